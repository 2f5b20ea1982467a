#include "core/store/MessageStore.h"

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

bool prepareInsert(QSqlQuery& query)
{
    return query.prepare(QStringLiteral(
        "INSERT INTO messages (message_id, sender, receiver, type, priority, content, context, required_response, "
        "response_deadline, correlation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (message_id) DO NOTHING"));
}

void bindInsert(QSqlQuery& insert, const Message& m)
{
    insert.bindValue(0, m.id);
    insert.bindValue(1, m.sender);
    insert.bindValue(2, m.receiver);
    insert.bindValue(3, nameOf(m.type));
    insert.bindValue(4, static_cast<int>(m.priority));
    insert.bindValue(5, QString::fromUtf8(QJsonDocument(m.content).toJson(QJsonDocument::Compact)));
    insert.bindValue(6, QString::fromUtf8(QJsonDocument(m.context).toJson(QJsonDocument::Compact)));
    insert.bindValue(7, m.requiredResponse ? 1 : 0);
    insert.bindValue(8, m.responseDeadlineMs > 0 ? QVariant(m.responseDeadlineMs) : QVariant());
    insert.bindValue(9, m.correlationId.isEmpty() ? QVariant() : QVariant(m.correlationId));
    insert.bindValue(10, m.createdAtMs);
}

bool insert(Workspace& workspace, Message message, QString* error)
{
    if (message.id.isEmpty())
        message.id = newId();
    if (message.createdAtMs == 0)
        message.createdAtMs = nowMs();
    QSqlQuery q(workspace.db());
    prepareInsert(q);
    bindInsert(q, message);
    return workspace.execWrite(q, QStringLiteral("bus:insert"), error);
}

bool prepareAck(QSqlQuery& query)
{
    return query.prepare(QStringLiteral("UPDATE messages SET delivered_at = ?, acked_at = ?, handler_error = ? "
                                        "WHERE seq = ? AND acked_at IS NULL"));
}

void bindAck(QSqlQuery& q, qint64 seq, qint64 deliveredAtMs, qint64 ackedAtMs, const QString& handlerError)
{
    q.bindValue(0, deliveredAtMs);
    q.bindValue(1, ackedAtMs);
    q.bindValue(2, handlerError.isEmpty() ? QVariant() : QVariant(handlerError));
    q.bindValue(3, seq);
}

bool ack(Workspace& workspace, qint64 seq, qint64 deliveredAtMs, qint64 ackedAtMs, const QString& handlerError,
    QString* error)
{
    QSqlQuery q(workspace.db());
    prepareAck(q);
    bindAck(q, seq, deliveredAtMs, ackedAtMs, handlerError);
    return workspace.execWrite(q, QStringLiteral("bus:ack"), error);
}

} // namespace MessageStore

} // namespace gd::core
