#include "agents/RelationshipAgent.h"

#include "agents/TaskTypes.h"
#include "core/store/ContactHealthStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <stdexcept>

namespace gd::agents {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr double kAtRisk = 0.4;
} // namespace

RelationshipAgent::RelationshipAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Relationship"), { TaskTypes::contactsHealth })
{
}

double RelationshipAgent::healthScore(qint64 daysSinceContact, bool openDeal)
{
    const double base = daysSinceContact < 0 ? 0.1 : std::pow(0.5, static_cast<double>(daysSinceContact) / 30.0);
    return std::min(1.0, base + (openDeal ? 0.2 : 0.0));
}

QJsonObject RelationshipAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::contactsHealth)
        throw std::runtime_error("relationship agent cannot run this task type");
    const qint64 now = core::nowMs();
    QList<core::ContactHealth> rows;
    int atRisk = 0;
    for (const core::ContactFacts& f : core::ContactHealthStore::facts(context.workspace())) {
        const bool contacted = f.lastContactedAtMs.has_value();
        const qint64 days = contacted ? (now - *f.lastContactedAtMs) / kDayMs : -1;
        const double score = healthScore(days, f.openDeal);
        QString reason
            = contacted ? QStringLiteral("last touch %1 days ago").arg(days) : QStringLiteral("never contacted");
        if (f.openDeal)
            reason += QStringLiteral(", open deal");
        if (score < kAtRisk)
            ++atRisk;
        rows.append({ f.prospectId, score, reason });
    }
    context.stage([rows, now](core::Workspace& ws, QString* error) {
        return core::ContactHealthStore::save(ws, rows, now, error);
    });
    return QJsonObject {
        { QStringLiteral("contacts"), rows.size() },
        { QStringLiteral("at_risk"), atRisk },
        { QStringLiteral("summary"), QStringLiteral("%1 contacts scored, %2 at risk").arg(rows.size()).arg(atRisk) },
    };
}

void RelationshipAgent::onMessage(const core::Message& message, core::HandlerContext& context)
{
    if (message.type != core::MessageType::InformationRequest
        || message.content.value(QStringLiteral("kind")).toString() != QLatin1String("contact_health"))
        return;
    QJsonArray answers;
    for (const QJsonValue& id : message.content.value(QStringLiteral("prospect_ids")).toArray()) {
        if (const auto health = core::ContactHealthStore::byProspect(context.workspace(), id.toInteger()))
            answers.append(QJsonObject { { QStringLiteral("prospect_id"), id },
                { QStringLiteral("score"), health->score }, { QStringLiteral("reason"), health->reason } });
        else
            answers.append(
                QJsonObject { { QStringLiteral("prospect_id"), id }, { QStringLiteral("score"), QJsonValue() },
                    { QStringLiteral("reason"), QStringLiteral("not scored yet") } });
    }
    core::Message reply;
    reply.receiver = message.sender;
    reply.type = core::MessageType::StatusUpdate;
    reply.priority = message.priority;
    reply.correlationId = message.correlationId.isEmpty() ? message.id : message.correlationId;
    reply.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("contact_health") },
        { QStringLiteral("contacts"), answers },
        { QStringLiteral("summary"), QStringLiteral("health of %1 contacts").arg(answers.size()) } };
    context.send(reply);
}

} // namespace gd::agents
