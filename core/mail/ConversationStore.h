#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::core {

class Workspace;

// One message of a conversation, in (a reply that arrived) or out (what GreenDoor sent).
struct StoredMessage
{
    qint64 id = 0;
    QString key; // Message-ID without brackets, or "sha256:" + hash of the raw message
    qint64 conversationId = 0;
    QString direction; // "in" or "out"
    QString mailbox;
    QString folder;
    qint64 uid = 0;
    QString inReplyTo;
    QStringList references;
    QString sender; // address, lower case
    QStringList recipients;
    QString subject;
    qint64 sentAt = 0; // ms
    QString body; // the full text, for display
    QString analysedText; // without quoted history and signature: what was classified
    QJsonArray attachments; // [{file_name, content_type, size}]: noted, never stored
    QString replyClass; // one of kReplyClassNames, or empty for 'out' rows and unclassified mail
    double confidence = 0;
    QJsonArray evidence; // the deciding sentences
    QJsonObject details; // return_date, referred_to, bounce, auto_reply, too_large...
    QJsonArray decisions; // [{id, type, outcome}]
    bool read = false;
    qint64 receivedAt = 0;

    QJsonObject toJson() const;
};

struct Conversation
{
    qint64 id = 0;
    QString contact;
    QString subject;
    QString campaign;
    QString replyClass; // the class of the latest classified reply
    double confidence = 0;
    int unread = 0;
    int messages = 0;
    qint64 lastAt = 0;
    qint64 createdAt = 0;
    QStringList reasons; // the deciding sentences of the latest classified reply

    QJsonObject toJson() const;
};

// The one home of the SQL of mail_sync, conversations and mail_messages: the IMAP sync position,
// the threads and every message stored once.
class ConversationStore final
{
public:
    explicit ConversationStore(Workspace& workspace);

    struct SyncState
    {
        qint64 uidValidity = 0;
        qint64 lastUid = 0;
    };
    std::optional<SyncState> syncState(const QString& mailbox, const QString& folder);
    bool setSyncState(const QString& mailbox, const QString& folder, const SyncState& state, QString* error);

    // The stored message with this key (Message-ID or hash), if any.
    std::optional<qint64> messageByKey(const QString& key);

    // Where a message belongs. conversationId 0: no thread found.
    struct ThreadMatch
    {
        qint64 conversationId = 0;
        QString contact; // from the matched 'out' row or campaign send
        QString campaign;
        QString how; // "in-reply-to", "references", "campaign-send", "subject", or empty
    };
    // By In-Reply-To / References (ids without brackets, most specific first) against stored
    // messages (in and out) and campaign_sends.message_id; then by subject and contact.
    // Creates the conversation of an 'out' row or campaign send it matches that has none yet.
    ThreadMatch findThread(
        const QStringList& messageIds, const QString& subject, const QString& contact, qint64 at, QString* error);
    qint64 createConversation(
        const QString& contact, const QString& subject, const QString& campaign, qint64 at, QString* error);
    bool insertMessage(StoredMessage& message, QString* error);
    bool setDecisions(qint64 messageId, const QJsonArray& decisions, QString* error);
    // After a message joined a conversation: its time, and for a classified reply its class.
    bool touch(qint64 conversationId, const StoredMessage& message, QString* error);
    // Gives every 'out' row without a conversation one (by its references, else a new one with
    // its first recipient as the contact). Returns how many, or -1 on error.
    int threadOutgoing(QString* error);

    // Newest first; contact empty for all.
    QList<Conversation> list(const QString& contact = {}, int limit = 500);
    std::optional<Conversation> conversation(qint64 id);
    // Oldest first.
    QList<StoredMessage> messages(qint64 conversationId);
    std::optional<StoredMessage> message(qint64 id);
    bool markRead(qint64 conversationId, QString* error);
    int unreadTotal();

    // The latest classified reply of every contact (lower-case address -> it).
    struct LatestReply
    {
        QString replyClass;
        double confidence = 0;
        qint64 at = 0;
        QString subject;
    };
    QHash<QString, LatestReply> latestReplies();

    // Reminders (reminder.create): open ones due by `now`, oldest first; and their status.
    struct Reminder
    {
        QString id;
        QString contact;
        qint64 dueAt = 0;
        QString note;
        QString source;
    };
    QList<Reminder> dueReminders(qint64 now, int limit = 50);
    bool setReminderStatus(const QString& id, const QString& status, QString* error);

    // "Re: AW: Fwd: Offer" -> "offer": the subject two messages of one thread share.
    static QString baseSubject(const QString& subject);

private:
    qint64 conversationOfMessage(const QString& key, QString* contact, QString* campaign, QString* error, qint64 at);
    Workspace& m_workspace;
};

} // namespace gd::core
