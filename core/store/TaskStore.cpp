#include "core/store/TaskStore.h"

#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
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
    sql += QStringLiteral(" ORDER BY created_at DESC, rowid DESC LIMIT %1").arg(std::max(1, limit));
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
    QSqlQuery q(workspace.db());
    q.prepare(
        QStringLiteral("INSERT INTO tasks (id, type, payload, status, priority, attempts, max_attempts, created_at) "
                       "VALUES (?, ?, ?, 'queued', ?, 0, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(type);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(static_cast<int>(priority));
    q.addBindValue(maxAttempts);
    q.addBindValue(nowMs());
    return workspace.execWrite(q, QStringLiteral("task:enqueue"), error) ? id : QString();
}

} // namespace TaskStore

} // namespace gd::core
