#include "agents/DealAgent.h"

#include "agents/RelationshipAgent.h"
#include "agents/TaskTypes.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
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
    static const QHash<QString, double> probabilities = {
        { QStringLiteral("qualified"), 0.1 },
        { QStringLiteral("discovery"), 0.2 },
        { QStringLiteral("proposal"), 0.4 },
        { QStringLiteral("negotiation"), 0.7 },
        { QStringLiteral("closed_won"), 1.0 },
        { QStringLiteral("closed_lost"), 0.0 },
    };
    return probabilities.value(stage, 0.0);
}

QJsonObject DealAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::pipelineSummary)
        throw std::runtime_error("deal agent cannot run this task type");
    const qint64 now = core::nowMs();
    QSqlQuery q(context.workspace().db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT stage, value_cents, updated_at, prospect_id FROM deals"));
    QHash<QString, qint64> perStage;
    double forecastCents = 0;
    qint64 openCents = 0;
    QJsonArray stale;
    while (q.next()) {
        const QString stage = q.value(0).toString();
        const qint64 value = q.value(1).toLongLong();
        perStage[stage] += value;
        if (!stage.startsWith(QLatin1String("closed"))) {
            openCents += value;
            forecastCents += stageProbability(stage) * static_cast<double>(value);
            if (now - q.value(2).toLongLong() > kStaleMs && !q.value(3).isNull())
                stale.append(q.value(3).toLongLong());
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
