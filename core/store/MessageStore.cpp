#include "core/store/MessageStore.h"

#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QJsonDocument>
#include <QSqlError>

namespace gd::core {

namespace MessageStore {

const char* const kColumns = "seq, message_id, sender, receiver, type, priority, content, context, required_response, "
                             "response_deadline, correlation_id, created_at, delivered_at, acked_at, handler_error";

Message fromRow(const QSqlQuery& q)
{
    Message m;
    m.seq = q.value(0).toLongLong();
    m.id = q.value(1).toString();
    m.sender = q.value(2).toString();
    m.receiver = q.value(3).toString();
    m.type = messageTypeFromString(q.value(4).toString()).value_or(MessageType::StatusUpdate);
    m.priority = static_cast<Priority>(std::clamp(q.value(5).toInt(), 0, PriorityCount - 1));
    m.content = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    m.context = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
    m.requiredResponse = q.value(8).toBool();
    m.responseDeadlineMs = q.value(9).toLongLong();
    m.correlationId = q.value(10).toString();
    m.createdAtMs = q.value(11).toLongLong();
    m.deliveredAtMs = q.value(12).toLongLong();
    m.ackedAtMs = q.value(13).toLongLong();
    m.handlerError = q.value(14).toString();
    return m;
}

QList<Message> query(Workspace& workspace, const MessageFilter& f, QString* error)
{
    QStringList where;
    QVariantList binds;
    if (!f.agent.isEmpty()) {
        where << QStringLiteral("(sender = ? OR receiver = ?)");
        binds << f.agent << f.agent;
    }
    if (f.type) {
        where << QStringLiteral("type = ?");
        binds << nameOf(*f.type);
    }
    if (f.minPriority) {
        where << QStringLiteral("priority >= ?");
        binds << static_cast<int>(*f.minPriority);
    }
    if (!f.correlationId.isEmpty()) {
        where << QStringLiteral("correlation_id = ?");
        binds << f.correlationId;
    }
    if (f.sinceMs > 0) {
        where << QStringLiteral("created_at >= ?");
        binds << f.sinceMs;
    }
    if (f.untilMs > 0) {
        where << QStringLiteral("created_at < ?");
        binds << f.untilMs;
    }
    if (f.afterSeq > 0) {
        where << QStringLiteral("seq > ?");
        binds << f.afterSeq;
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral(
            "(instr(lower(content), lower(?)) > 0 OR instr(sender, ?) > 0 OR instr(receiver, ?) > 0)");
        binds << f.text << f.text << f.text;
    }
    QString sql = QStringLiteral("SELECT %1 FROM messages").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(std::max(1, f.limit));

    QList<Message> result;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(fromRow(q));
    return result;
}

std::optional<Message> byId(Workspace& workspace, const QString& messageId)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE message_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(messageId);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

QList<Message> pending(Workspace& workspace, const QString& receiver, QString* error)
{
    QList<Message> result;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM messages WHERE receiver = ? AND acked_at IS NULL ORDER BY seq")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(receiver);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(fromRow(q));
    return result;
}

qint64 count(Workspace& workspace)
{
    QSqlQuery q(workspace.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM messages")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 lastSeq(Workspace& workspace)
{
    QSqlQuery q(workspace.db());
    if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM messages")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

qint64 countOfType(Workspace& workspace, MessageType type)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE type = ?"));
    q.addBindValue(nameOf(type));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QMap<QString, qint64> countByTypeSince(Workspace& workspace, qint64 sinceMs)
{
    QMap<QString, qint64> counts;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT type, count(*) FROM messages WHERE created_at >= ? GROUP BY type"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next())
            counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return counts;
}

namespace {

QByteArray compactJson(const QJsonObject& object)
{
    return object.isEmpty() ? QByteArrayLiteral("{}") : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

bool store(Workspace& workspace, Message& m, QString* error)
{
    SqlStatement* insert = workspace.statement(
        "INSERT INTO messages (message_id, sender, receiver, type, priority, content, context, required_response, "
        "response_deadline, correlation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (message_id) DO NOTHING",
        error);
    if (!insert)
        return false;
    insert->bind(0, m.id);
    insert->bind(1, m.sender);
    insert->bind(2, m.receiver);
    insert->bind(3, nameOf(m.type));
    insert->bind(4, static_cast<int>(m.priority));
    insert->bindUtf8(5, compactJson(m.content));
    insert->bindUtf8(6, compactJson(m.context));
    insert->bind(7, m.requiredResponse ? 1 : 0);
    if (m.responseDeadlineMs > 0)
        insert->bind(8, m.responseDeadlineMs);
    else
        insert->bindNull(8);
    if (m.correlationId.isEmpty())
        insert->bindNull(9);
    else
        insert->bind(9, m.correlationId);
    insert->bind(10, m.createdAtMs);
    if (!insert->exec(workspace, QStringLiteral("bus:insert"), error))
        return false;
    // seq 0 marks a duplicate id: stored before.
    m.seq = insert->changes() > 0 ? insert->lastInsertId() : 0;
    return true;
}

bool insert(Workspace& workspace, Message message, QString* error)
{
    if (message.id.isEmpty())
        message.id = newId();
    if (message.createdAtMs == 0)
        message.createdAtMs = nowMs();
    return store(workspace, message, error);
}

bool ack(Workspace& workspace, qint64 seq, qint64 deliveredAtMs, qint64 ackedAtMs, const QString& handlerError,
    QString* error)
{
    SqlStatement* ack = workspace.statement(
        "UPDATE messages SET delivered_at = ?, acked_at = ?, handler_error = ? WHERE seq = ? AND acked_at IS NULL",
        error);
    if (!ack)
        return false;
    ack->bind(0, deliveredAtMs);
    ack->bind(1, ackedAtMs);
    if (handlerError.isEmpty())
        ack->bindNull(2);
    else
        ack->bind(2, handlerError);
    ack->bind(3, seq);
    return ack->exec(workspace, QStringLiteral("bus:ack"), error);
}

} // namespace MessageStore

} // namespace gd::core
