#include "agents/DealAgent.h"

#include "agents/RelationshipAgent.h"
#include "agents/TaskTypes.h"
#include "core/decisions/DecisionEngine.h"
#include "core/sales/DealStage.h"
#include "core/sales/GoalCascade.h"
#include "core/store/DealStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <stdexcept>

Q_LOGGING_CATEGORY(lcDealAgent, "greendoor.agents.deal", QtInfoMsg)

namespace gd::agents {

namespace {
constexpr qint64 kStaleMs = 21LL * 24 * 3600 * 1000;
const QString kPurpose = QStringLiteral("deals.review");

} // namespace

DealAgent::DealAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Deal"),
        { TaskTypes::pipelineSummary, TaskTypes::dealsReview, TaskTypes::goalDeals })
{
}

double DealAgent::stageProbability(const QString& stage)
{
    const std::optional<core::DealStage> known = core::dealStageFromKey(stage);
    return known ? core::dealStageDefaultProbability(*known) : 0.0;
}

QJsonObject DealAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type == TaskTypes::goalDeals)
        return core::GoalCascade::runShare(context.workspace(), task.payload);
    if (task.type == TaskTypes::dealsReview) {
        const QList<core::DealSignal> found = core::DealBook(context.workspace()).review(core::nowMs(), kStallDays);
        QJsonArray ids;
        for (const core::DealSignal& s : found) {
            if (s.deal.prospectId != 0 && !ids.contains(s.deal.prospectId))
                ids.append(s.deal.prospectId);
        }
        if (ids.isEmpty() || !context.canPropose())
            return act(found, {}, context);
        // The moves wait for the answer: the contacts' health can change them.
        core::Message ask;
        ask.receiver = RelationshipAgent::agentName();
        ask.type = core::MessageType::InformationRequest;
        ask.priority = core::Priority::Medium;
        ask.correlationId = task.id;
        ask.requiredResponse = true;
        ask.responseDeadlineMs = core::nowMs() + 60'000;
        ask.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("contact_health") },
            { QStringLiteral("purpose"), kPurpose }, { QStringLiteral("prospect_ids"), ids },
            { QStringLiteral("summary"),
                QStringLiteral("%1 deals to review: how healthy are their %2 contacts?")
                    .arg(found.size())
                    .arg(ids.size()) } };
        context.send(ask);
        return QJsonObject { { QStringLiteral("found"), found.size() }, { QStringLiteral("asked"), ids.size() },
            { QStringLiteral("summary"),
                QStringLiteral("%1 deals with news or stalled; asked the relationship agent about %2 contacts")
                    .arg(found.size())
                    .arg(ids.size()) } };
    }
    if (task.type != TaskTypes::pipelineSummary)
        throw std::runtime_error("deal agent cannot run this task type");
    const qint64 now = core::nowMs();
    QHash<QString, qint64> perStage;
    double forecastCents = 0;
    qint64 openCents = 0;
    int stale = 0;
    for (const core::DealRow& deal : core::DealStore::all(context.workspace())) {
        perStage[deal.stage] += deal.valueCents;
        const std::optional<core::DealStage> stage = core::dealStageFromKey(deal.stage);
        const bool closed = stage ? core::isClosed(*stage) : deal.stage.startsWith(QLatin1String("closed"));
        if (!closed) {
            openCents += deal.valueCents;
            forecastCents += stageProbability(deal.stage) * static_cast<double>(deal.valueCents);
            if (now - deal.updatedAtMs > kStaleMs)
                ++stale;
        }
    }
    QJsonObject stages;
    for (auto it = perStage.cbegin(); it != perStage.cend(); ++it)
        stages.insert(it.key(), static_cast<double>(it.value()) / 100.0);
    return QJsonObject {
        { QStringLiteral("open_value_eur"), static_cast<double>(openCents) / 100.0 },
        { QStringLiteral("forecast_eur"), forecastCents / 100.0 },
        { QStringLiteral("per_stage_eur"), stages },
        { QStringLiteral("stale_deals"), stale },
        { QStringLiteral("summary"),
            QStringLiteral("open pipeline EUR %1, forecast EUR %2, %3 stale")
                .arg(openCents / 100)
                .arg(qRound64(forecastCents / 100.0))
                .arg(stale) },
    };
}

void DealAgent::onMessage(const core::Message& message, core::HandlerContext& context)
{
    if (message.type != core::MessageType::StatusUpdate
        || message.content.value(QStringLiteral("kind")).toString() != QLatin1String("contact_health")
        || message.content.value(QStringLiteral("purpose")).toString() != kPurpose)
        return;
    QHash<qint64, Health> health;
    for (const QJsonValue& v : message.content.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("score")).isDouble())
            health.insert(c.value(QStringLiteral("prospect_id")).toInteger(),
                Health { c.value(QStringLiteral("score")).toDouble(), c.value(QStringLiteral("reason")).toString() });
    }
    // The evidence as it stands now (the answer may come a while after the question).
    const QJsonObject done
        = act(core::DealBook(context.workspace()).review(core::nowMs(), kStallDays), health, context);
    qCInfo(lcDealAgent) << done.value(QStringLiteral("summary")).toString();
}

QJsonObject DealAgent::act(
    const QList<core::DealSignal>& found, const QHash<qint64, Health>& health, core::HandlerContext& context)
{
    int proposed = 0, held = 0, stalled = 0, atRisk = 0;
    for (const core::DealSignal& s : found) {
        const qint64 dealId = s.deal.id;
        const auto h = health.constFind(s.deal.prospectId);
        const bool known = s.deal.prospectId != 0 && h != health.constEnd();
        const bool poor = known && h->score < kAtRiskHealth;
        QStringList flags;
        if (!s.stalled.isEmpty()) {
            ++stalled;
            const QString why = s.stalled;
            context.stage([dealId, why](core::Workspace& ws, QString* error) {
                return core::DealBook::flag(ws, dealId, QStringLiteral("stalled"), why, error);
            });
        }
        const bool won = s.toStage == core::dealStageKey(core::DealStage::ClosedWon);
        if (poor) {
            ++atRisk;
            QString why = tr("contact health %1 (%2)").arg(h->score, 0, 'f', 2).arg(h->reason);
            if (!s.toStage.isEmpty() && !won)
                why += tr("; the move to %1 is held back").arg(core::dealStageText(s.toStage));
            context.stage([dealId, why](core::Workspace& ws, QString* error) {
                return core::DealBook::flag(ws, dealId, QStringLiteral("at_risk"), why, error);
            });
        }
        if (s.toStage.isEmpty())
            continue;
        if (poor && !won) {
            ++held;
            continue;
        }
        // Health scales the confidence: a cooling contact makes any evidence weaker.
        const double confidence = known ? s.confidence * (0.5 + 0.5 * std::clamp(h->score, 0.0, 1.0)) : s.confidence;
        core::Proposal p;
        p.type = QStringLiteral("deal.move_stage");
        p.agent = agentName();
        p.target = QString::number(dealId);
        p.action = QJsonObject { { QStringLiteral("to_stage"), s.toStage },
            { QStringLiteral("reason"), s.evidence.join(QStringLiteral("; ")) } };
        p.inputs = QJsonObject { { QStringLiteral("from_stage"), s.deal.stage },
            { QStringLiteral("to_stage"), s.toStage }, { QStringLiteral("deal_value"), s.deal.value() } };
        p.reasoning = tr("Deal %1 (%2): move from %3 to %4. Evidence: %5. Confidence %6%7.")
                          .arg(dealId)
                          .arg(s.deal.title, core::dealStageText(s.deal.stage), core::dealStageText(s.toStage),
                              s.evidence.join(QStringLiteral("; ")))
                          .arg(confidence, 0, 'f', 2)
                          .arg(known ? tr("; contact health %1 (%2)").arg(h->score, 0, 'f', 2).arg(h->reason)
                                     : tr("; contact health not known"));
        const core::ProposeResult r = context.propose(p);
        if (r.error.isEmpty())
            ++proposed;
        else
            qCWarning(lcDealAgent) << "cannot propose a move of deal" << dealId << r.error;
    }
    return QJsonObject { { QStringLiteral("proposed"), proposed }, { QStringLiteral("held_back"), held },
        { QStringLiteral("stalled"), stalled }, { QStringLiteral("at_risk"), atRisk },
        { QStringLiteral("summary"),
            QStringLiteral("%1 stage moves proposed, %2 held back for poor contact health, %3 stalled, %4 at risk")
                .arg(proposed)
                .arg(held)
                .arg(stalled)
                .arg(atRisk) } };
}

} // namespace gd::agents
