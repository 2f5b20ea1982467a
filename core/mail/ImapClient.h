#pragma once

#include "core/mail/MailServerAccount.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace gd::core {

// IMAP over libcurl (STARTTLS required on imap://, implicit TLS on imaps://): what GreenDoor
// needs to poll a mailbox by UID and to find a message it may already have sent. Blocking: run
// it on a worker thread. libcurl has no IDLE, so callers poll.
class ImapClient final
{
public:
    explicit ImapClient(MailServerAccount account);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    struct FolderStatus
    {
        qint64 uidValidity = 0;
        qint64 uidNext = 0;
        qint64 messages = 0;
    };

    // The last error (kind and readable detail) after a call returned nothing.
    MailErrorKind error() const { return m_error; }
    QString errorDetail() const { return m_detail; }

    // Logs in and asks for the capabilities: "Test connection".
    bool test(const std::atomic<bool>* cancel = nullptr);
    std::optional<FolderStatus> status(const QString& folder, const std::atomic<bool>* cancel = nullptr);
    // UIDs >= fromUid in the folder, ascending.
    std::optional<QList<qint64>> uidsFrom(
        const QString& folder, qint64 fromUid, const std::atomic<bool>* cancel = nullptr);
    // UIDs of messages whose Message-ID header is messageId (without brackets).
    std::optional<QList<qint64>> findMessageId(
        const QString& folder, const QString& messageId, const std::atomic<bool>* cancel = nullptr);
    // The raw message, checked against uidValidity (MailboxNotFound when it changed or the
    // message is gone). Larger than maxBytes: TooLarge, nothing returned.
    std::optional<QByteArray> fetch(const QString& folder, qint64 uidValidity, qint64 uid, qint64 maxBytes,
        const std::atomic<bool>* cancel = nullptr);
    // The header section of a message only (for one too large to fetch whole), checked like fetch().
    std::optional<QByteArray> fetchHeader(
        const QString& folder, qint64 uidValidity, qint64 uid, const std::atomic<bool>* cancel = nullptr);
    // Stores a copy of a message (APPEND), e.g. into the Sent folder; creates the folder once if missing.
    bool append(const QString& folder, const QByteArray& raw, const std::atomic<bool>* cancel = nullptr);

private:
    std::optional<QByteArray> run(const QString& folder, const QByteArray& command, const QByteArray& suffix,
        qint64 maxBytes, const std::atomic<bool>* cancel, const QByteArray* upload = nullptr);
    MailServerAccount m_account;
    void* m_curl = nullptr; // CURL*: kept between commands so the connection is reused
    MailErrorKind m_error = MailErrorKind::None;
    QString m_detail;
};

} // namespace gd::core
