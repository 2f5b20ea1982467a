#pragma once

#include "core/mail/MailServerAccount.h"

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace gd::core {

// One sending mailbox: the user's own address, reached over SMTP submission (and IMAP for
// replies and the Sent folder). The password lives in the system keychain under
// passwordKey(), never in the workspace.
struct Mailbox
{
    QString name; // the user's label, unique in the workspace ("sales", "sam")
    QString email; // the From address
    QString displayName; // the From name
    QUrl smtpUrl; // smtp://host:587 or smtps://host:465
    QUrl imapUrl; // imap://host:143 or imaps://host:993; may be empty (no replies read)
    QString user; // login name for both servers
    QByteArray smtpPin; // "sha256//..." when the user trusted the SMTP server's certificate
    QByteArray imapPin;
    int dailyCap = 40; // emails per rolling 24 hours once warmed up
    int warmupStartCap = 10; // cap on the first day
    int warmupStep = 5; // the cap grows by this much per day until dailyCap (0: no ramp)
    int gapSeconds = 90; // minimum time between two sends
    int gapJitterSeconds = 60; // plus a random 0..jitter seconds
    int windowStartMinute = 8 * 60; // sending window in the recipient's local time (minutes after midnight)
    int windowEndMinute = 18 * 60; // start == end: any time
    QString signature;
    QString postalAddress; // physical postal address for the footer
    QString unsubscribeUrl; // optional https URL for one-click unsubscribe
    // The IMAP folder holding sent mail ("Sent", "Sent Items", "[Gmail]/Sent Mail"); empty: the
    // first of the common names that exists.
    QString sentFolder;
    // The server files a copy of every message it accepts into the Sent folder itself (Gmail,
    // Outlook): GreenDoor does not APPEND one, and a message not found there after a crash was
    // never accepted (safe to send again). False: GreenDoor APPENDs the copy after each send.
    bool serverSavesSent = false;
    bool paused = false; // paused by the user or after an authentication/TLS failure
    QString pausedReason;
    qint64 createdAt = 0;

    // Common names of the Sent folder, in the order they are tried when sentFolder is empty.
    static QStringList commonSentFolders();
    // The folders to look in for a sent message: sentFolder, else the common names.
    QStringList sentFolders() const;
    // The domain of the From address (Message-IDs are made on it).
    QString domain() const;

    bool anyTime() const { return windowStartMinute == windowEndMinute; }
    QString windowText() const; // "08:00-18:00" or "any"
    // The keychain entry holding the password: one per login on a server.
    QString passwordKey() const;
    MailServerAccount smtpAccount(const QString& password) const;
    MailServerAccount imapAccount(const QString& password) const;

    // A readable reason when a field is invalid, else empty.
    QString validate() const;
    // "08:00-18:00" or "any"; false when the text is neither.
    bool setWindow(const QString& text);
};

} // namespace gd::core
