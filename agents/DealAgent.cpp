#include "agents/DealAgent.h"

#include "agents/RelationshipAgent.h"
#include "agents/TaskTypes.h"
#include "core/sales/DealStage.h"
#include "core/store/DealStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <stdexcept>

namespace gd::agents {

namespace {
constexpr qint64 kStaleMs = 21LL * 24 * 3600 * 1000;
}

DealAgent::DealAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Deal"), { TaskTypes::pipelineSummary })
{
}

double DealAgent::stageProbability(const QString& stage)
{
    const std::optional<core::DealStage> known = core::dealStageFromKey(stage);
    return known ? core::dealStageDefaultProbability(*known) : 0.0;
}

QJsonObject DealAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::pipelineSummary)
        throw std::runtime_error("deal agent cannot run this task type");
    const qint64 now = core::nowMs();
    QHash<QString, qint64> perStage;
    double forecastCents = 0;
    qint64 openCents = 0;
    QJsonArray stale;
    for (const core::DealRow& deal : core::DealStore::all(context.workspace())) {
        perStage[deal.stage] += deal.valueCents;
        const std::optional<core::DealStage> stage = core::dealStageFromKey(deal.stage);
        const bool closed = stage ? core::isClosed(*stage) : deal.stage.startsWith(QLatin1String("closed"));
        if (!closed) {
            openCents += deal.valueCents;
            forecastCents += stageProbability(deal.stage) * static_cast<double>(deal.valueCents);
            if (now - deal.updatedAtMs > kStaleMs && deal.prospectId != 0)
                stale.append(deal.prospectId);
        }
    }
    QJsonObject stages;
    for (auto it = perStage.cbegin(); it != perStage.cend(); ++it)
        stages.insert(it.key(), static_cast<double>(it.value()) / 100.0);

    if (!stale.isEmpty()) {
        core::Message ask;
        ask.receiver = RelationshipAgent::agentName();
        ask.type = core::MessageType::InformationRequest;
        ask.priority = core::Priority::Medium;
        ask.correlationId = task.id;
        ask.requiredResponse = true;
        ask.responseDeadlineMs = now + 60'000;
        ask.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("contact_health") },
            { QStringLiteral("prospect_ids"), stale },
            { QStringLiteral("summary"),
                QStringLiteral("%1 stale deals: how healthy are their contacts?").arg(stale.size()) } };
        context.send(ask);
    }
    return QJsonObject {
        { QStringLiteral("open_value_eur"), static_cast<double>(openCents) / 100.0 },
        { QStringLiteral("forecast_eur"), forecastCents / 100.0 },
        { QStringLiteral("per_stage_eur"), stages },
        { QStringLiteral("stale_deals"), stale.size() },
        { QStringLiteral("summary"),
            QStringLiteral("open pipeline EUR %1, forecast EUR %2, %3 stale")
                .arg(openCents / 100)
                .arg(qRound64(forecastCents / 100.0))
                .arg(stale.size()) },
    };
}

} // namespace gd::agents
