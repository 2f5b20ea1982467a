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

namespace {

// Counts rows of one mailbox or domain since a moment; at or over the cap, also the start of the
// row whose 24 hours end first among those that keep the count at the cap.
int countWithSlot(Workspace& ws, const char* column, const QString& value, qint64 since, int cap, qint64* slotStart)
{
    *slotStart = 0;
    QSqlQuery q(ws.db());
    // No column: every row counts (all mailboxes).
    const QString where = column ? QStringLiteral("%1 = ? AND ").arg(QLatin1String(column)) : QString();
    q.prepare(QStringLiteral("SELECT count(*) FROM mail_sends WHERE %1started_at > ? AND state IN (%2)")
                  .arg(where, SendLedger::countedStates()));
    if (column)
        q.addBindValue(value);
    q.addBindValue(since);
    if (!q.exec() || !q.next())
        return 0;
    const int count = q.value(0).toInt();
    if (cap <= 0 || count < cap)
        return count;
    QSqlQuery slot(ws.db());
    slot.prepare(QStringLiteral("SELECT started_at FROM mail_sends WHERE %1started_at > ? AND state IN (%2) "
                                "ORDER BY started_at LIMIT 1 OFFSET %3")
                     .arg(where, SendLedger::countedStates())
                     .arg(count - cap));
    if (column)
        slot.addBindValue(value);
    slot.addBindValue(since);
    if (slot.exec() && slot.next())
        *slotStart = slot.value(0).toLongLong();
    return count;
}

} // namespace

int SendLedger::countSince(const QString& mailbox, qint64 since, int cap, qint64* slotStart)
{
    return countWithSlot(m_workspace, "mailbox", mailbox, since, cap, slotStart);
}

int SendLedger::allCountSince(qint64 since, int cap, qint64* slotStart)
{
    return countWithSlot(m_workspace, nullptr, {}, since, cap, slotStart);
}

int SendLedger::domainCountSince(const QString& domain, qint64 since, int cap, qint64* slotStart)
{
    return countWithSlot(m_workspace, "recipient_domain", domain, since, cap, slotStart);
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
