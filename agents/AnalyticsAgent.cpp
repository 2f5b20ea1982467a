#include "agents/AnalyticsAgent.h"

#include "agents/TaskTypes.h"
#include "core/runtime/LatencyStats.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <stdexcept>

namespace gd::agents {

namespace {
constexpr qint64 kWindowMs = 15LL * 60 * 1000;
}

AnalyticsAgent::AnalyticsAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Analytics"), { TaskTypes::metricsSnapshot })
{
}

QJsonObject AnalyticsAgent::computeSnapshot(core::Workspace& workspace, qint64 windowMs)
{
    const qint64 since = core::nowMs() - windowMs;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);

    QJsonObject messages;
    q.prepare(QStringLiteral("SELECT type, count(*) FROM messages WHERE created_at >= ? GROUP BY type"));
    q.addBindValue(since);
    qint64 messageTotal = 0;
    if (q.exec()) {
        while (q.next()) {
            messages.insert(q.value(0).toString(), q.value(1).toLongLong());
            messageTotal += q.value(1).toLongLong();
        }
    }

    QJsonObject tasks;
    q.prepare(QStringLiteral("SELECT status, count(*) FROM tasks WHERE created_at >= ? GROUP BY status"));
    q.addBindValue(since);
    if (q.exec()) {
        while (q.next())
            tasks.insert(q.value(0).toString(), q.value(1).toLongLong());
    }

    QHash<QString, std::vector<qint64>> turnaround;
    q.prepare(QStringLiteral("SELECT type, completed_at - created_at FROM tasks "
                             "WHERE status = 'done' AND completed_at >= ?"));
    q.addBindValue(since);
    if (q.exec()) {
        while (q.next())
            turnaround[q.value(0).toString()].push_back(q.value(1).toLongLong() * 1'000'000);
    }
    QJsonObject perType;
    for (auto it = turnaround.begin(); it != turnaround.end(); ++it) {
        perType.insert(it.key(),
            QJsonObject { { QStringLiteral("done"), static_cast<qint64>(it.value().size()) },
                { QStringLiteral("p50_ms"), core::percentileMs(it.value(), 50) },
                { QStringLiteral("p99_ms"), core::percentileMs(it.value(), 99) } });
    }

    QJsonObject agents;
    if (q.exec(QStringLiteral("SELECT name, state, metrics FROM agents"))) {
        while (q.next()) {
            QJsonObject m = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
            m.insert(QStringLiteral("state"), q.value(1).toString());
            agents.insert(q.value(0).toString(), m);
        }
    }
    return QJsonObject {
        { QStringLiteral("window_ms"), windowMs },
        { QStringLiteral("messages_total"), messageTotal },
        { QStringLiteral("messages_by_type"), messages },
        { QStringLiteral("tasks_by_status"), tasks },
        { QStringLiteral("turnaround_by_type"), perType },
        { QStringLiteral("agents"), agents },
    };
}

QJsonObject AnalyticsAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::metricsSnapshot)
        throw std::runtime_error("analytics agent cannot run this task type");
    const QJsonObject snapshot = computeSnapshot(context.workspace(), kWindowMs);
    const QByteArray json = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
    const qint64 now = core::nowMs();
    context.stage([json, now](core::Workspace& ws, QString* error) {
        QSqlQuery u(ws.db());
        u.prepare(QStringLiteral("INSERT INTO metric_snapshots (created_at, metrics) VALUES (?, ?)"));
        u.addBindValue(now);
        u.addBindValue(QString::fromUtf8(json));
        return ws.execWrite(u, QStringLiteral("analytics:snapshot"), error);
    });
    const qint64 messages = snapshot.value(QStringLiteral("messages_total")).toInteger();
    const qint64 done
        = snapshot.value(QStringLiteral("tasks_by_status")).toObject().value(QStringLiteral("done")).toInteger();
    core::Message feedback;
    feedback.receiver = QStringLiteral("optimization");
    feedback.type = core::MessageType::PerformanceFeedback;
    feedback.priority = core::Priority::Low;
    feedback.correlationId = task.id;
    feedback.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("metrics_snapshot") },
        { QStringLiteral("turnaround_by_type"), snapshot.value(QStringLiteral("turnaround_by_type")) },
        { QStringLiteral("summary"), QStringLiteral("%1 messages, %2 tasks done in 15 min").arg(messages).arg(done) } };
    context.send(feedback);
    return QJsonObject { { QStringLiteral("messages"), messages }, { QStringLiteral("tasks_done"), done },
        { QStringLiteral("summary"), QStringLiteral("snapshot: %1 messages, %2 tasks done").arg(messages).arg(done) } };
}

} // namespace gd::agents
