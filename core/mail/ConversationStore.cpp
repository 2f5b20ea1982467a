#include "core/mail/ConversationStore.h"

#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

const QString kMessageColumns = QStringLiteral(
    "id, message_key, conversation_id, direction, mailbox, folder, uid, in_reply_to, refs, sender, recipients, "
    "subject, sent_at, body, analysed_text, attachments, class, confidence, evidence, details, decisions, is_read, "
    "received_at");

StoredMessage messageFromRow(const QSqlQuery& q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.key = q.value(1).toString();
    m.conversationId = q.value(2).toLongLong();
    m.direction = q.value(3).toString();
    m.mailbox = q.value(4).toString();
    m.folder = q.value(5).toString();
    m.uid = q.value(6).toLongLong();
    m.inReplyTo = q.value(7).toString();
    m.references = q.value(8).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m.sender = q.value(9).toString();
    m.recipients = q.value(10).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& r : m.recipients)
        r = r.trimmed();
    m.subject = q.value(11).toString();
    m.sentAt = q.value(12).toLongLong();
    m.body = q.value(13).toString();
    m.analysedText = q.value(14).toString();
    m.attachments = json::array(q.value(15).toString());
    m.replyClass = q.value(16).toString();
    m.confidence = q.value(17).toDouble();
    m.evidence = json::array(q.value(18).toString());
    m.details = json::object(q.value(19).toString());
    m.decisions = json::array(q.value(20).toString());
    m.read = q.value(21).toBool();
    m.receivedAt = q.value(22).toLongLong();
    return m;
}

const QString kConversationColumns = QStringLiteral(
    "c.id, c.contact, c.subject, c.campaign, c.class, c.confidence, c.unread, c.last_at, c.created_at, "
    "(SELECT count(*) FROM mail_messages m WHERE m.conversation_id = c.id), "
    "(SELECT m.evidence FROM mail_messages m WHERE m.conversation_id = c.id AND m.class <> '' "
    " ORDER BY m.sent_at DESC, m.id DESC LIMIT 1)");

Conversation conversationFromRow(const QSqlQuery& q)
{
    Conversation c;
    c.id = q.value(0).toLongLong();
    c.contact = q.value(1).toString();
    c.subject = q.value(2).toString();
    c.campaign = q.value(3).toString();
    c.replyClass = q.value(4).toString();
    c.confidence = q.value(5).toDouble();
    c.unread = q.value(6).toInt();
    c.lastAt = q.value(7).toLongLong();
    c.createdAt = q.value(8).toLongLong();
    c.messages = q.value(9).toInt();
    for (const QJsonValue& v : json::array(q.value(10).toString()))
        c.reasons << v.toString();
    return c;
}

} // namespace

QJsonObject StoredMessage::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("key"), key },
        { QStringLiteral("conversation_id"), conversationId },
        { QStringLiteral("direction"), direction },
        { QStringLiteral("mailbox"), mailbox },
        { QStringLiteral("uid"), uid },
        { QStringLiteral("in_reply_to"), inReplyTo },
        { QStringLiteral("references"), QJsonArray::fromStringList(references) },
        { QStringLiteral("sender"), sender },
        { QStringLiteral("recipients"), QJsonArray::fromStringList(recipients) },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("sent_at"), sentAt },
        { QStringLiteral("body"), body },
        { QStringLiteral("analysed_text"), analysedText },
        { QStringLiteral("attachments"), attachments },
        { QStringLiteral("class"), replyClass },
        { QStringLiteral("confidence"), qRound(confidence * 1000) / 1000.0 },
        { QStringLiteral("evidence"), evidence },
        { QStringLiteral("details"), details },
        { QStringLiteral("decisions"), decisions },
        { QStringLiteral("read"), read },
    };
}

QJsonObject Conversation::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("contact"), contact },
        { QStringLiteral("subject"), subject },
        { QStringLiteral("campaign"), campaign },
        { QStringLiteral("class"), replyClass },
        { QStringLiteral("confidence"), qRound(confidence * 1000) / 1000.0 },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) },
        { QStringLiteral("unread"), unread },
        { QStringLiteral("messages"), messages },
        { QStringLiteral("last_at"), lastAt },
    };
}

ConversationStore::ConversationStore(Workspace& workspace)
    : m_workspace(workspace)
{
}

std::optional<ConversationStore::SyncState> ConversationStore::syncState(const QString& mailbox, const QString& folder)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT uid_validity, last_uid FROM mail_sync WHERE mailbox = ? AND folder = ?"));
    q.addBindValue(mailbox);
    q.addBindValue(folder);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return SyncState { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

bool ConversationStore::setSyncState(
    const QString& mailbox, const QString& folder, const SyncState& state, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("INSERT INTO mail_sync (mailbox, folder, uid_validity, last_uid, synced_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (mailbox, folder) DO UPDATE SET "
                             "uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, "
                             "synced_at = excluded.synced_at"));
    q.addBindValue(mailbox);
    q.addBindValue(folder);
    q.addBindValue(state.uidValidity);
    q.addBindValue(state.lastUid);
    q.addBindValue(nowMs());
    return m_workspace.execWrite(q, QStringLiteral("mail_sync:set"), error);
}

std::optional<qint64> ConversationStore::messageByKey(const QString& key)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id FROM mail_messages WHERE message_key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

QString ConversationStore::baseSubject(const QString& subject)
{
    static const QRegularExpression prefix(
        QStringLiteral(R"(^\s*((re|aw|wg|fw|fwd|sv|vs|antw|tr|rif|r|odp|res)\s*(\[\d+\])?\s*[:：]\s*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = subject;
    s.remove(prefix);
    return s.simplified().toLower();
}

qint64 ConversationStore::createConversation(
    const QString& contact, const QString& subject, const QString& campaign, qint64 at, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("INSERT INTO conversations (contact, subject, campaign, last_at, created_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(contact.trimmed().toLower());
    q.addBindValue(notNull(subject));
    q.addBindValue(notNull(campaign));
    q.addBindValue(at);
    q.addBindValue(at);
    if (!m_workspace.execWrite(q, QStringLiteral("conversations:create"), error))
        return 0;
    return q.lastInsertId().toLongLong();
}

// The conversation of a stored message (creating one for an 'out' row that has none yet).
qint64 ConversationStore::conversationOfMessage(
    const QString& key, QString* contact, QString* campaign, QString* error, qint64 at)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id, conversation_id, direction, sender, recipients, subject, sent_at "
                             "FROM mail_messages WHERE message_key IN (?, ?) ORDER BY id LIMIT 1"));
    q.addBindValue(key);
    q.addBindValue(QString(QLatin1Char('<') + key + QLatin1Char('>')));
    if (!q.exec() || !q.next())
        return 0;
    const qint64 rowId = q.value(0).toLongLong();
    qint64 conversation = q.value(1).toLongLong();
    const bool out = q.value(2).toString() == QLatin1String("out");
    const QString who
        = out ? q.value(4).toString().section(QLatin1Char(','), 0, 0).trimmed().toLower() : q.value(3).toString();
    if (conversation > 0) {
        QSqlQuery c(m_workspace.db());
        c.prepare(QStringLiteral("SELECT contact, campaign FROM conversations WHERE id = ?"));
        c.addBindValue(conversation);
        if (c.exec() && c.next()) {
            *contact = c.value(0).toString();
            *campaign = c.value(1).toString();
        }
        return conversation;
    }
    // An 'out' row SENDING wrote: its campaign comes from the campaign send with that Message-ID.
    QSqlQuery s(m_workspace.db());
    s.prepare(QStringLiteral("SELECT campaign FROM campaign_sends WHERE message_id IN (?, ?) LIMIT 1"));
    s.addBindValue(key);
    s.addBindValue(QString(QLatin1Char('<') + key + QLatin1Char('>')));
    const QString camp = s.exec() && s.next() ? s.value(0).toString() : QString();
    const qint64 sentAt = q.value(6).toLongLong();
    conversation = createConversation(who, q.value(5).toString(), camp, sentAt > 0 ? sentAt : at, error);
    if (conversation == 0)
        return 0;
    QSqlQuery u(m_workspace.db());
    u.prepare(QStringLiteral("UPDATE mail_messages SET conversation_id = ? WHERE id = ?"));
    u.addBindValue(conversation);
    u.addBindValue(rowId);
    if (!m_workspace.execWrite(u, QStringLiteral("mail_messages:thread"), error))
        return 0;
    *contact = who;
    *campaign = camp;
    return conversation;
}

ConversationStore::ThreadMatch ConversationStore::findThread(
    const QStringList& messageIds, const QString& subject, const QString& contact, qint64 at, QString* error)
{
    ThreadMatch match;
    for (int i = 0; i < messageIds.size(); ++i) {
        const QString id = messageIds.at(i).trimmed();
        if (id.isEmpty())
            continue;
        const qint64 c = conversationOfMessage(id, &match.contact, &match.campaign, error, at);
        if (c > 0) {
            match.conversationId = c;
            match.how = i == 0 ? QStringLiteral("in-reply-to") : QStringLiteral("references");
            return match;
        }
        if (error && !error->isEmpty())
            return match;
        // A campaign step sent before SENDING stored its 'out' row.
        QSqlQuery s(m_workspace.db());
        s.prepare(QStringLiteral(
            "SELECT campaign, email FROM campaign_sends WHERE message_id IN (?, ?) ORDER BY step LIMIT 1"));
        s.addBindValue(id);
        s.addBindValue(QString(QLatin1Char('<') + id + QLatin1Char('>')));
        if (s.exec() && s.next()) {
            match.campaign = s.value(0).toString();
            match.contact = s.value(1).toString().trimmed().toLower();
            QSqlQuery c2(m_workspace.db());
            c2.prepare(QStringLiteral("SELECT id FROM conversations WHERE contact = ? AND campaign = ? "
                                      "ORDER BY last_at DESC, id DESC LIMIT 1"));
            c2.addBindValue(match.contact);
            c2.addBindValue(match.campaign);
            match.conversationId = c2.exec() && c2.next()
                ? c2.value(0).toLongLong()
                : createConversation(match.contact, subject, match.campaign, at, error);
            match.how = QStringLiteral("campaign-send");
            return match;
        }
    }
    const QString base = baseSubject(subject);
    if (!contact.isEmpty() && !base.isEmpty()) {
        QSqlQuery q(m_workspace.db());
        q.prepare(QStringLiteral("SELECT id, subject, campaign FROM conversations WHERE contact = ? "
                                 "ORDER BY last_at DESC, id DESC"));
        q.addBindValue(contact.trimmed().toLower());
        if (q.exec()) {
            while (q.next()) {
                if (baseSubject(q.value(1).toString()) == base) {
                    match.conversationId = q.value(0).toLongLong();
                    match.contact = contact.trimmed().toLower();
                    match.campaign = q.value(2).toString();
                    match.how = QStringLiteral("subject");
                    return match;
                }
            }
        }
    }
    return match;
}

bool ConversationStore::insertMessage(StoredMessage& m, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "INSERT INTO mail_messages (message_key, conversation_id, direction, mailbox, folder, uid, in_reply_to, refs, "
        "sender, recipients, subject, sent_at, body, analysed_text, attachments, class, confidence, evidence, "
        "details, decisions, is_read, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?)"));
    q.addBindValue(m.key);
    q.addBindValue(m.conversationId > 0 ? QVariant(m.conversationId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.direction);
    q.addBindValue(notNull(m.mailbox));
    q.addBindValue(notNull(m.folder));
    q.addBindValue(m.uid > 0 ? QVariant(m.uid) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(notNull(m.inReplyTo));
    q.addBindValue(notNull(m.references.join(QLatin1Char(' '))));
    q.addBindValue(notNull(m.sender));
    q.addBindValue(notNull(m.recipients.join(QStringLiteral(", "))));
    q.addBindValue(notNull(m.subject));
    q.addBindValue(m.sentAt);
    q.addBindValue(notNull(m.body));
    q.addBindValue(notNull(m.analysedText));
    q.addBindValue(json::compact(m.attachments));
    q.addBindValue(notNull(m.replyClass));
    q.addBindValue(m.confidence);
    q.addBindValue(json::compact(m.evidence));
    q.addBindValue(json::compact(m.details));
    q.addBindValue(json::compact(m.decisions));
    q.addBindValue(m.read ? 1 : 0);
    q.addBindValue(m.receivedAt > 0 ? m.receivedAt : nowMs());
    if (!m_workspace.execWrite(q, QStringLiteral("mail_messages:insert"), error))
        return false;
    m.id = q.lastInsertId().toLongLong();
    return true;
}

bool ConversationStore::setDecisions(qint64 messageId, const QJsonArray& decisions, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE mail_messages SET decisions = ? WHERE id = ?"));
    q.addBindValue(json::compact(decisions));
    q.addBindValue(messageId);
    return m_workspace.execWrite(q, QStringLiteral("mail_messages:decisions"), error);
}

bool ConversationStore::touch(qint64 conversationId, const StoredMessage& m, QString* error)
{
    QSqlQuery q(m_workspace.db());
    if (!m.replyClass.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE conversations SET class = ?, confidence = ?, last_at = max(last_at, ?), "
                                 "unread = unread + ? WHERE id = ?"));
        q.addBindValue(m.replyClass);
        q.addBindValue(m.confidence);
    } else {
        q.prepare(
            QStringLiteral("UPDATE conversations SET last_at = max(last_at, ?), unread = unread + ? WHERE id = ?"));
    }
    q.addBindValue(m.sentAt);
    q.addBindValue(m.direction == QLatin1String("in") && !m.read ? 1 : 0);
    q.addBindValue(conversationId);
    return m_workspace.execWrite(q, QStringLiteral("conversations:touch"), error);
}

int ConversationStore::threadOutgoing(QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(
        QStringLiteral("SELECT id, message_key, in_reply_to, refs, recipients, subject, sent_at "
                       "FROM mail_messages WHERE direction = 'out' AND conversation_id IS NULL ORDER BY sent_at, id"));
    if (!q.exec())
        return -1;
    struct Row
    {
        qint64 id;
        QString key;
        QStringList ids;
        QString contact;
        QString subject;
        qint64 sentAt;
    };
    QList<Row> rows;
    while (q.next()) {
        QStringList ids;
        if (!q.value(2).toString().isEmpty())
            ids << q.value(2).toString();
        QStringList refs = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::reverse(refs.begin(), refs.end());
        ids << refs;
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(), ids,
            q.value(4).toString().section(QLatin1Char(','), 0, 0).trimmed().toLower(), q.value(5).toString(),
            q.value(6).toLongLong() });
    }
    int threaded = 0;
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return -1;
    }
    for (const Row& r : rows) {
        QString why;
        ThreadMatch match = findThread(r.ids, r.subject, r.contact, r.sentAt, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return -1;
        }
        qint64 conversation = match.conversationId;
        if (conversation == 0) {
            // Its own campaign, when SENDING booked it against a campaign step.
            QSqlQuery s(m_workspace.db());
            s.prepare(QStringLiteral("SELECT campaign FROM campaign_sends WHERE message_id IN (?, ?) LIMIT 1"));
            s.addBindValue(r.key);
            s.addBindValue(QString(QLatin1Char('<') + r.key + QLatin1Char('>')));
            const QString campaign = s.exec() && s.next() ? s.value(0).toString() : QString();
            conversation = createConversation(r.contact, r.subject, campaign, r.sentAt, error);
            if (conversation == 0)
                return -1;
        }
        QSqlQuery u(m_workspace.db());
        u.prepare(
            QStringLiteral("UPDATE mail_messages SET conversation_id = ? WHERE id = ? AND conversation_id IS NULL"));
        u.addBindValue(conversation);
        u.addBindValue(r.id);
        if (!m_workspace.execWrite(u, QStringLiteral("mail_messages:thread"), error))
            return -1;
        QSqlQuery t(m_workspace.db());
        t.prepare(QStringLiteral("UPDATE conversations SET last_at = max(last_at, ?) WHERE id = ?"));
        t.addBindValue(r.sentAt);
        t.addBindValue(conversation);
        if (!m_workspace.execWrite(t, QStringLiteral("conversations:touch"), error))
            return -1;
        ++threaded;
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return -1;
    }
    return threaded;
}

QList<Conversation> ConversationStore::list(const QString& contact, int limit)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM conversations c %2 ORDER BY c.last_at DESC, c.id DESC LIMIT ?")
                  .arg(kConversationColumns, contact.isEmpty() ? QString() : QStringLiteral("WHERE c.contact = ?")));
    if (!contact.isEmpty())
        q.addBindValue(contact.trimmed().toLower());
    q.addBindValue(limit);
    QList<Conversation> list;
    if (q.exec()) {
        while (q.next())
            list.append(conversationFromRow(q));
    }
    return list;
}

std::optional<Conversation> ConversationStore::conversation(qint64 id)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM conversations c WHERE c.id = ?").arg(kConversationColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return conversationFromRow(q);
}

QList<StoredMessage> ConversationStore::messages(qint64 conversationId)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mail_messages WHERE conversation_id = ? ORDER BY sent_at, id")
                  .arg(kMessageColumns));
    q.addBindValue(conversationId);
    QList<StoredMessage> list;
    if (q.exec()) {
        while (q.next())
            list.append(messageFromRow(q));
    }
    return list;
}

std::optional<StoredMessage> ConversationStore::message(qint64 id)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mail_messages WHERE id = ?").arg(kMessageColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return messageFromRow(q);
}

bool ConversationStore::markRead(qint64 conversationId, QString* error)
{
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE mail_messages SET is_read = 1 WHERE conversation_id = ? AND is_read = 0"));
    q.addBindValue(conversationId);
    if (!m_workspace.execWrite(q, QStringLiteral("mail_messages:read"), error))
        return false;
    QSqlQuery c(m_workspace.db());
    c.prepare(QStringLiteral("UPDATE conversations SET unread = 0 WHERE id = ?"));
    c.addBindValue(conversationId);
    if (!m_workspace.execWrite(c, QStringLiteral("conversations:read"), error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

int ConversationStore::unreadTotal()
{
    QSqlQuery q(m_workspace.db());
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(unread), 0) FROM conversations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QHash<QString, ConversationStore::LatestReply> ConversationStore::latestReplies()
{
    QHash<QString, LatestReply> map;
    QSqlQuery q(m_workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.contact, m.class, m.confidence, m.sent_at, m.subject FROM mail_messages m "
                               "JOIN conversations c ON c.id = m.conversation_id WHERE m.direction = 'in' AND "
                               "m.class <> '' ORDER BY m.sent_at, m.id")))
        return map;
    while (q.next())
        map.insert(q.value(0).toString(),
            { q.value(1).toString(), q.value(2).toDouble(), q.value(3).toLongLong(), q.value(4).toString() });
    return map;
}

QList<ConversationStore::Reminder> ConversationStore::dueReminders(qint64 now, int limit)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT id, contact, due_at, note, source FROM reminders WHERE status = 'open' AND "
                             "due_at <= ? ORDER BY due_at, id LIMIT ?"));
    q.addBindValue(now);
    q.addBindValue(limit);
    QList<Reminder> list;
    if (q.exec()) {
        while (q.next())
            list.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                q.value(4).toString() });
    }
    return list;
}

bool ConversationStore::setReminderStatus(const QString& id, const QString& status, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE reminders SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(id);
    return m_workspace.execWrite(q, QStringLiteral("reminders:status"), error);
}

} // namespace gd::core
