#include "agents/RelationshipAgent.h"

#include "agents/TaskTypes.h"
#include "core/decisions/DecisionEngine.h"
#include "core/mail/ConversationStore.h"
#include "core/store/ContactHealthStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
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

std::optional<double> RelationshipAgent::replyHealth(const QString& replyClass)
{
    static const QHash<QString, double> health = {
        { QStringLiteral("interested"), 0.95 },
        { QStringLiteral("referral"), 0.5 },
        { QStringLiteral("not_now"), 0.5 },
        { QStringLiteral("objection"), 0.45 },
        { QStringLiteral("not_interested"), 0.15 },
        { QStringLiteral("unsubscribe"), 0.0 },
        { QStringLiteral("bounce"), 0.0 },
    };
    // An out-of-office says nothing about the relationship: the time since the last touch stands.
    if (const auto it = health.constFind(replyClass); it != health.constEnd())
        return *it;
    return std::nullopt;
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
    core::ConversationStore conversations(context.workspace());
    const QHash<QString, core::ConversationStore::LatestReply> replies = conversations.latestReplies();
    int fromReplies = 0;
    for (const core::ContactFacts& f : core::ContactHealthStore::facts(context.workspace())) {
        const bool contacted = f.lastContactedAtMs.has_value();
        const qint64 days = contacted ? (now - *f.lastContactedAtMs) / kDayMs : -1;
        double score = healthScore(days, f.openDeal);
        QString reason
            = contacted ? QStringLiteral("last touch %1 days ago").arg(days) : QStringLiteral("never contacted");
        if (f.openDeal)
            reason += QStringLiteral(", open deal");
        // What they answered says more than when we last wrote.
        if (const auto it = replies.constFind(f.email); !f.email.isEmpty() && it != replies.constEnd()) {
            if (const auto health = replyHealth(it->replyClass)) {
                score = std::clamp(*health + (f.openDeal ? 0.1 : 0.0), 0.0, 1.0);
                reason = QStringLiteral("replied %1 (confidence %2) on %3")
                             .arg(it->replyClass)
                             .arg(it->confidence, 0, 'f', 2)
                             .arg(QDateTime::fromMSecsSinceEpoch(it->at, Qt::UTC).date().toString(Qt::ISODate));
                if (f.openDeal)
                    reason += QStringLiteral(", open deal");
                ++fromReplies;
            }
        }
        if (score < kAtRisk)
            ++atRisk;
        rows.append({ f.prospectId, score, reason });
    }
    context.stage([rows, now](core::Workspace& ws, QString* error) {
        return core::ContactHealthStore::save(ws, rows, now, error);
    });
    // Follow-ups: a contact who said "not now, try me in March" gets a draft when March comes;
    // it waits for the operator like every email.
    int followUps = 0;
    for (const core::ConversationStore::Reminder& r : conversations.dueReminders(now)) {
        core::Proposal p;
        p.type = QStringLiteral("email.follow_up");
        p.agent = agentName();
        p.target = r.contact;
        const QString day = QDateTime::fromMSecsSinceEpoch(r.dueAt, Qt::UTC).date().toString(Qt::ISODate);
        p.action = QJsonObject { { QStringLiteral("to"), r.contact },
            { QStringLiteral("subject"), QCoreApplication::translate("gd::agents", "Coming back to our conversation") },
            { QStringLiteral("body"),
                QCoreApplication::translate("gd::agents",
                    "Hello,\n\nwhen we last spoke you asked me to come back to you around %1, so here I am: is "
                    "now a better time to talk? If not, just tell me when.\n\nBest regards")
                    .arg(day) } };
        p.inputs = QJsonObject { { QStringLiteral("reminder"), r.id } };
        p.reasoning = QStringLiteral("reminder due %1: %2").arg(day, r.note);
        const core::ProposeResult result = context.propose(p);
        if (!result.error.isEmpty())
            continue;
        ++followUps;
        const QString id = r.id;
        context.stage([id](core::Workspace& ws, QString* error) {
            return core::ConversationStore(ws).setReminderStatus(id, QStringLiteral("proposed"), error);
        });
    }
    return QJsonObject {
        { QStringLiteral("contacts"), rows.size() },
        { QStringLiteral("at_risk"), atRisk },
        { QStringLiteral("from_replies"), fromReplies },
        { QStringLiteral("follow_ups"), followUps },
        { QStringLiteral("summary"),
            QStringLiteral("%1 contacts scored (%2 from their replies), %3 at risk, %4 follow-ups proposed")
                .arg(rows.size())
                .arg(fromReplies)
                .arg(atRisk)
                .arg(followUps) },
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
        { QStringLiteral("purpose"), message.content.value(QStringLiteral("purpose")) }, // what the asker wants it for
        { QStringLiteral("contacts"), answers },
        { QStringLiteral("summary"), QStringLiteral("health of %1 contacts").arg(answers.size()) } };
    context.send(reply);
}

} // namespace gd::agents
