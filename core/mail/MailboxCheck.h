#pragma once

#include "core/mail/Mailbox.h"
#include "core/mail/ServerCertificate.h"

#include <QString>
#include <atomic>
#include <optional>

namespace gd::core {

// "Test connection" and "trust this certificate" for a mailbox, shared by the CLI and the
// settings dialog. Blocking network calls: run them on a worker thread.
class MailboxCheck final
{
public:
    struct Server
    {
        QString url;
        bool ok = false;
        MailErrorKind error = MailErrorKind::None;
        QString detail; // what failed, in the user's words; never the password
    };
    struct Result
    {
        Server smtp;
        std::optional<Server> imap; // when the mailbox has an IMAP server
        bool ok() const { return smtp.ok && (!imap || imap->ok); }
    };

    // Logs in to the SMTP server (EHLO, TLS, AUTH) and, when set, to the IMAP server (and finds INBOX).
    static Result test(const Mailbox& mailbox, const QString& password, const std::atomic<bool>* cancel = nullptr);

    struct Certificates
    {
        ServerCertificate smtp;
        std::optional<ServerCertificate> imap;
        QString error; // empty when every certificate was read
    };
    // Reads the servers' certificates without trusting them, for the user to decide.
    static Certificates fetchCertificates(const Mailbox& mailbox);
    // Stores the pins of certificates read by fetchCertificates() in the mailbox.
    static void trust(Mailbox* mailbox, const Certificates& certificates);
};

} // namespace gd::core
