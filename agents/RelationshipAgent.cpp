#include "agents/RelationshipAgent.h"

#include "agents/TaskTypes.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>
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
    struct Row
    {
        qint64 id;
        double score;
        QString reason;
    };
    QList<Row> rows;
    QSqlQuery q(context.workspace().db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT p.id, p.last_contacted_at, EXISTS (SELECT 1 FROM deals d WHERE d.prospect_id = p.id "
                          "AND d.stage NOT LIKE 'closed%') FROM prospects p"));
    int atRisk = 0;
    while (q.next()) {
        const bool contacted = !q.value(1).isNull();
        const qint64 days = contacted ? (now - q.value(1).toLongLong()) / kDayMs : -1;
        const bool openDeal = q.value(2).toBool();
        const double score = healthScore(days, openDeal);
        QString reason
            = contacted ? QStringLiteral("last touch %1 days ago").arg(days) : QStringLiteral("never contacted");
        if (openDeal)
            reason += QStringLiteral(", open deal");
        if (score < kAtRisk)
            ++atRisk;
        rows.append({ q.value(0).toLongLong(), score, reason });
    }
    context.stage([rows, now](core::Workspace& ws, QString* error) {
        QSqlQuery u(ws.db());
        u.prepare(
            QStringLiteral("INSERT INTO contact_health (prospect_id, score, reason, updated_at) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (prospect_id) DO UPDATE SET score = excluded.score, "
                           "reason = excluded.reason, updated_at = excluded.updated_at"));
        for (const Row& row : rows) {
            u.bindValue(0, row.id);
            u.bindValue(1, row.score);
            u.bindValue(2, row.reason);
            u.bindValue(3, now);
            if (!ws.execWrite(u, QStringLiteral("relationship:health"), error))
                return false;
        }
        return true;
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
    QSqlQuery q(context.workspace().db());
    q.prepare(QStringLiteral("SELECT score, reason FROM contact_health WHERE prospect_id = ?"));
    for (const QJsonValue& id : message.content.value(QStringLiteral("prospect_ids")).toArray()) {
        q.bindValue(0, id.toInteger());
        if (q.exec() && q.next())
            answers.append(
                QJsonObject { { QStringLiteral("prospect_id"), id }, { QStringLiteral("score"), q.value(0).toDouble() },
                    { QStringLiteral("reason"), q.value(1).toString() } });
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
