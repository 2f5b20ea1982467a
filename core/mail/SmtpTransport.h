#pragma once

#include "core/mail/MailServerAccount.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <atomic>

namespace gd::core {

// Sends one prepared message over SMTP submission with libcurl (STARTTLS required on a plain
// port, implicit TLS on smtps://). Blocking: run it on a worker thread. Stateless and
// thread-safe; the caller owns retries, caps and bookkeeping (the outbox).
class SmtpTransport final
{
public:
    struct Result
    {
        MailErrorKind error = MailErrorKind::None;
        long smtpCode = 0; // the server's last reply code
        QString serverReply; // the server's last reply line
        QString queueId; // "queued as X" when the server said so
        // True when the whole message went out but no final answer came back: the server may
        // have accepted it. The outbox must find out (Sent folder, queue id) before any resend.
        bool outcomeUnknown = false;
        QString detail; // readable, never contains the password
        bool ok() const { return error == MailErrorKind::None; }
    };

    static Result send(const MailServerAccount& account, const QString& envelopeFrom, const QStringList& recipients,
        const QByteArray& rawMessage, const std::atomic<bool>* cancel = nullptr);

    // Connects, says EHLO, upgrades to TLS and authenticates, then quits: "Test connection".
    static Result test(const MailServerAccount& account, const std::atomic<bool>* cancel = nullptr);
};

} // namespace gd::core
