#include "core/store/TaskStore.h"

#include "core/formats/Json.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::core {

namespace {

const char* const kColumns = "id, type, payload, status, priority, agent, attempts, max_attempts, last_error, result, "
                             "created_at, assigned_at, completed_at";

TaskRecord fromRow(const QSqlQuery& q)
{
    TaskRecord t;
    t.id = q.value(0).toString();
    t.type = q.value(1).toString();
    t.payload = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    t.status = taskStatusFromString(q.value(3).toString()).value_or(TaskStatus::Queued);
    t.priority = static_cast<Priority>(std::clamp(q.value(4).toInt(), 0, PriorityCount - 1));
    t.agent = q.value(5).toString();
    t.attempts = q.value(6).toInt();
    t.maxAttempts = q.value(7).toInt();
    t.lastError = q.value(8).toString();
    t.result = QJsonDocument::fromJson(q.value(9).toByteArray()).object();
    t.createdAtMs = q.value(10).toLongLong();
    t.assignedAtMs = q.value(11).toLongLong();
    t.completedAtMs = q.value(12).toLongLong();
    return t;
}

QJsonValue time(qint64 ms)
{
    return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

QJsonObject TaskRecord::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("type"), type },
        { QStringLiteral("payload"), payload },
        { QStringLiteral("status"), nameOf(status) },
        { QStringLiteral("priority"), nameOf(priority) },
        { QStringLiteral("agent"), agent.isEmpty() ? QJsonValue() : QJsonValue(agent) },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("max_attempts"), maxAttempts },
        { QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError) },
        { QStringLiteral("result"), result },
        { QStringLiteral("created_at"), time(createdAtMs) },
        { QStringLiteral("assigned_at"), time(assignedAtMs) },
        { QStringLiteral("completed_at"), time(completedAtMs) },
    };
}

namespace TaskStore {

QList<TaskRecord> recent(Workspace& workspace, const QString& agent, int limit)
{
    QList<TaskRecord> result;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM tasks").arg(QLatin1String(kColumns));
    if (!agent.isEmpty())
        sql += QStringLiteral(" WHERE agent = ?");
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT %1").arg(std::max(1, limit));
    q.prepare(sql);
    if (!agent.isEmpty())
        q.addBindValue(agent);
    if (q.exec()) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

std::optional<TaskRecord> byId(Workspace& workspace, const QString& id)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QString enqueue(Workspace& workspace, const QString& type, const QJsonObject& payload, Priority priority,
    int maxAttempts, QString* error)
{
    const QString id = newId();
    return insertQueued(workspace, id, type, payload, priority, maxAttempts, error) ? id : QString();
}

bool insertQueued(Workspace& workspace, const QString& id, const QString& type, const QJsonObject& payload,
    Priority priority, int maxAttempts, QString* error)
{
    QSqlQuery q(workspace.db());
    q.prepare(
        QStringLiteral("INSERT INTO tasks (id, type, payload, status, priority, attempts, max_attempts, created_at) "
                       "VALUES (?, ?, ?, 'queued', ?, 0, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(type);
    q.addBindValue(json::compact(payload));
    q.addBindValue(static_cast<int>(priority));
    q.addBindValue(maxAttempts);
    q.addBindValue(nowMs());
    return workspace.execWrite(q, QStringLiteral("task:enqueue"), error);
}

QList<QueuedTask> queued(Workspace& workspace, int limit, QString* error)
{
    QList<QueuedTask> rows;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, type, payload, priority, attempts FROM tasks WHERE status = 'queued' "
                               "ORDER BY priority DESC, created_at, id LIMIT %1")
                    .arg(std::max(1, limit)))) {
        if (error)
            *error = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        rows.append(
            { q.value(0).toString(), q.value(1).toString(), QJsonDocument::fromJson(q.value(2).toByteArray()).object(),
                static_cast<Priority>(std::clamp(q.value(3).toInt(), 0, PriorityCount - 1)), q.value(4).toInt() });
    }
    return rows;
}

bool markAssigned(Workspace& workspace, const QString& id, const QString& agent, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("UPDATE tasks SET status = 'assigned', agent = ?, attempts = attempts + 1, "
                             "assigned_at = ? WHERE id = ? AND status = 'queued'"));
    u.addBindValue(agent);
    u.addBindValue(nowMs());
    u.addBindValue(id);
    return workspace.execWrite(u, QStringLiteral("task:assign"), error);
}

bool isCurrentAssignment(Workspace& workspace, const QString& id, int attempt)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT status, attempts FROM tasks WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("assigned") && q.value(1).toInt() == attempt;
}

bool markDone(
    Workspace& workspace, const QString& id, int attempt, const QJsonObject& result, qint64 startedAtMs, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("UPDATE tasks SET status = 'done', result = ?, started_at = ?, "
                             "completed_at = ?, last_error = NULL "
                             "WHERE id = ? AND attempts = ? AND status = 'assigned'"));
    u.addBindValue(json::compact(result));
    u.addBindValue(startedAtMs);
    u.addBindValue(nowMs());
    u.addBindValue(id);
    u.addBindValue(attempt);
    return workspace.execWrite(u, QStringLiteral("task:done"), error);
}

bool markFailed(Workspace& workspace, const QString& id, const QString& reason, const QString& tag, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("UPDATE tasks SET status = 'failed', last_error = ?, completed_at = ? WHERE id = ?"));
    u.addBindValue(reason);
    u.addBindValue(nowMs());
    u.addBindValue(id);
    return workspace.execWrite(u, tag, error);
}

bool requeue(Workspace& workspace, const QString& id, const QString& reason, const QString& tag, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("UPDATE tasks SET status = 'queued', agent = NULL, last_error = ? WHERE id = ?"));
    u.addBindValue(reason);
    u.addBindValue(id);
    return workspace.execWrite(u, tag, error);
}

QList<ActiveTask> activeOf(Workspace& workspace, const QString& agent)
{
    QList<ActiveTask> rows;
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT id, type, attempts, max_attempts FROM tasks "
                             "WHERE agent = ? AND status IN ('assigned', 'running')"));
    q.addBindValue(agent);
    if (q.exec()) {
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() });
    }
    return rows;
}

bool requeueUnfinished(Workspace& workspace, const QString& reason, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("UPDATE tasks SET status = 'queued', agent = NULL, last_error = ? "
                             "WHERE status IN ('assigned', 'running')"));
    u.addBindValue(reason);
    return workspace.execWrite(u, QStringLiteral("task:orphans"), error);
}

bool hasUnfinished(Workspace& workspace, const QString& type)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT 1 FROM tasks WHERE type = ? AND status IN ('queued', 'assigned', 'running') "
                             "LIMIT 1"));
    q.addBindValue(type);
    return q.exec() && q.next();
}

QMap<QString, qint64> countByStatus(Workspace& workspace, qint64 sinceMs)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (sinceMs > 0) {
        q.prepare(QStringLiteral("SELECT status, count(*) FROM tasks WHERE created_at >= ? GROUP BY status"));
        q.addBindValue(sinceMs);
    } else {
        q.prepare(QStringLiteral("SELECT status, count(*) FROM tasks GROUP BY status"));
    }
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

QList<QPair<QString, qint64>> turnaroundSince(Workspace& workspace, qint64 sinceMs)
{
    QList<QPair<QString, qint64>> rows;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT type, completed_at - created_at FROM tasks "
                             "WHERE status = 'done' AND completed_at >= ?"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next())
            rows.append({ q.value(0).toString(), q.value(1).toLongLong() });
    }
    return rows;
}

} // namespace TaskStore

} // namespace gd::core
