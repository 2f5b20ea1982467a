#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace gd::core {

// How to reach one mail server (SMTP submission or IMAP) for one mailbox. The password comes
// from the keychain just before use and is never stored with the account or logged.
struct MailServerAccount
{
    QUrl url; // smtp://host:587 (STARTTLS required), smtps://host:465, imap://host:143 (STARTTLS), imaps://host:993
    QString user;
    QString password;
    // "sha256//BASE64" of the server's public key when the user ticked "trust this certificate":
    // then (and only then) a certificate no CA vouches for is accepted, and only this one.
    QByteArray pinnedPublicKey;
    // Extra CA bundle (PEM file) to trust, e.g. a company CA; empty: the system's.
    QString caFile;
    int connectTimeoutMs = 15000;
    int timeoutMs = 60000;
};

// What went wrong talking to a mail server, in the words the mailbox settings show.
enum class MailErrorKind
{
    None,
    Dns, // the host name does not resolve
    Connect, // nothing answers on that port
    Tls, // TLS failed: no STARTTLS, a certificate no one vouches for, a pin that does not match
    Auth, // user name or password refused
    MailboxNotFound, // IMAP: the folder does not exist
    Timeout,
    Temporary, // 4xx: try again later
    Permanent, // 5xx for the message
    RecipientRejected, // 5xx for the recipient: a bounce for that contact
    ConnectionLost, // the server went away mid-conversation
    Cancelled,
    TooLarge,
    Other,
};

QString mailErrorText(MailErrorKind kind);

} // namespace gd::core
