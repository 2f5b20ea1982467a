#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace gd::core {

class Workspace;

// The send ledger (mail_sends): one row per email handed to SMTP, keyed by its Message-ID and
// written with state 'sending' BEFORE the first byte goes out, so that after a crash GreenDoor
// knows an email may have left and looks for it instead of sending it again. The caps count
// these rows. The one home of the mail_sends table's SQL.
class SendLedger final
{
public:
    struct Record
    {
        QString messageId; // without angle brackets
        QString outboxId;
        QString mailbox;
        QString recipient;
        QString recipientDomain;
        QString state; // sending | sent | unknown | failed | bounced
        int attempts = 0;
        qint64 startedAt = 0;
        qint64 sentAt = 0;
        QString queueId;
        QString smtpReply;
        qint64 rawSize = 0;
    };

    // States that count against the caps: an email that may have left.
    static QString countedStates() { return QStringLiteral("'sending', 'sent', 'unknown'"); }

    explicit SendLedger(Workspace& workspace);

    std::optional<Record> byOutbox(const QString& outboxId);
    std::optional<Record> byMessageId(const QString& messageId);
    // Records that an attempt starts now: a new row, or the existing row (same Message-ID) back
    // to 'sending' with one more attempt. Call inside the transaction that checked the caps and
    // commit it before sending.
    bool begin(const Record& record, QString* error);
    bool setState(const QString& messageId, const QString& state, const QString& smtpReply, QString* error);
    bool markSent(
        const QString& messageId, const QString& queueId, const QString& smtpReply, qint64 sentAt, QString* error);

    // How many emails of a mailbox (or to a domain) may have left since `since` (ms). When that
    // is at least `cap`, *slotStart is the start of the oldest row that must age out (24 hours)
    // before the count drops below the cap: the row at offset count - cap, oldest first.
    int countSince(const QString& mailbox, qint64 since, int cap, qint64* slotStart);
    int domainCountSince(const QString& domain, qint64 since, int cap, qint64* slotStart);
    // The same over every mailbox (a goal's "at most 30 emails a day").
    int allCountSince(qint64 since, int cap, qint64* slotStart);
    // The latest start of a mailbox and its Message-ID (0 when none).
    qint64 lastStart(const QString& mailbox, QString* messageId = nullptr);
    // Rows in a state, oldest first (for `outbox list`).
    QList<Record> inStates(const QStringList& states, int limit);

private:
    Workspace& m_workspace;
};

} // namespace gd::core
