#include "core/mail/SendLedger.h"

#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

const char* const kColumns = "message_id, outbox_id, mailbox, recipient, recipient_domain, state, attempts, "
                             "started_at, sent_at, queue_id, smtp_reply, raw_size";

SendLedger::Record fromRow(const QSqlQuery& q)
{
    SendLedger::Record r;
    r.messageId = q.value(0).toString();
    r.outboxId = q.value(1).toString();
    r.mailbox = q.value(2).toString();
    r.recipient = q.value(3).toString();
    r.recipientDomain = q.value(4).toString();
    r.state = q.value(5).toString();
    r.attempts = q.value(6).toInt();
    r.startedAt = q.value(7).toLongLong();
    r.sentAt = q.value(8).toLongLong();
    r.queueId = q.value(9).toString();
    r.smtpReply = q.value(10).toString();
    r.rawSize = q.value(11).toLongLong();
    return r;
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QList<qint64> longs(QSqlQuery& q)
{
    QList<qint64> out;
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

} // namespace

SendLedger::SendLedger(Workspace& workspace)
    : m_workspace(workspace)
{
}

std::optional<SendLedger::Record> SendLedger::byOutbox(const QString& outboxId)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mail_sends WHERE outbox_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(outboxId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<SendLedger::Record> SendLedger::byMessageId(const QString& messageId)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mail_sends WHERE message_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(messageId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool SendLedger::begin(const Record& r, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "INSERT INTO mail_sends (message_id, outbox_id, mailbox, recipient, recipient_domain, state, attempts, "
        "started_at, raw_size) VALUES (?, ?, ?, ?, ?, 'sending', 1, ?, ?) "
        "ON CONFLICT (message_id) DO UPDATE SET state = 'sending', attempts = attempts + 1, "
        "started_at = excluded.started_at, raw_size = excluded.raw_size"));
    q.addBindValue(r.messageId);
    q.addBindValue(r.outboxId);
    q.addBindValue(r.mailbox);
    q.addBindValue(r.recipient);
    q.addBindValue(r.recipientDomain);
    q.addBindValue(r.startedAt);
    q.addBindValue(r.rawSize);
    return m_workspace.execWrite(q, QStringLiteral("mail_sends:begin"), error);
}

bool SendLedger::setState(const QString& messageId, const QString& state, const QString& smtpReply, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE mail_sends SET state = ?, smtp_reply = ? WHERE message_id = ?"));
    q.addBindValue(state);
    q.addBindValue(text(smtpReply.left(1000)));
    q.addBindValue(messageId);
    return m_workspace.execWrite(q, QStringLiteral("mail_sends:state"), error);
}

bool SendLedger::markSent(
    const QString& messageId, const QString& queueId, const QString& smtpReply, qint64 sentAt, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "UPDATE mail_sends SET state = 'sent', sent_at = ?, queue_id = ?, smtp_reply = ? WHERE message_id = ?"));
    q.addBindValue(sentAt);
    q.addBindValue(text(queueId.left(200)));
    q.addBindValue(text(smtpReply.left(1000)));
    q.addBindValue(messageId);
    return m_workspace.execWrite(q, QStringLiteral("mail_sends:sent"), error);
}

QList<qint64> SendLedger::startsSince(const QString& mailbox, qint64 since)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT started_at FROM mail_sends WHERE mailbox = ? AND started_at > ? AND state IN (%1) "
                             "ORDER BY started_at")
                  .arg(countedStates()));
    q.addBindValue(mailbox);
    q.addBindValue(since);
    return longs(q);
}

qint64 SendLedger::lastStart(const QString& mailbox, QString* messageId)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT started_at, message_id FROM mail_sends WHERE mailbox = ? AND state IN (%1) "
                             "ORDER BY started_at DESC LIMIT 1")
                  .arg(countedStates()));
    q.addBindValue(mailbox);
    if (!q.exec() || !q.next())
        return 0;
    if (messageId)
        *messageId = q.value(1).toString();
    return q.value(0).toLongLong();
}

QList<qint64> SendLedger::domainStartsSince(const QString& domain, qint64 since)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT started_at FROM mail_sends WHERE recipient_domain = ? AND started_at > ? "
                             "AND state IN (%1) ORDER BY started_at")
                  .arg(countedStates()));
    q.addBindValue(domain);
    q.addBindValue(since);
    return longs(q);
}

QList<SendLedger::Record> SendLedger::inStates(const QStringList& states, int limit)
{
    QList<Record> out;
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mail_sends WHERE state IN (%2) ORDER BY started_at LIMIT %3")
                  .arg(QLatin1String(kColumns), marks.join(QLatin1Char(',')))
                  .arg(std::max(1, limit)));
    for (const QString& s : states)
        q.addBindValue(s);
    if (!q.exec())
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

} // namespace gd::core
