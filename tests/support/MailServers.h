#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

class QProcess;

namespace gd::test {

// Real mail servers on 127.0.0.1 for end-to-end tests, started from Debian's packages in a
// temporary folder (no system service, free ports): Dovecot for IMAP (plain+STARTTLS and
// implicit TLS) and LMTP delivery into Maildirs, and an aiosmtpd SMTP submission server
// (tests/support/mail/smtp_server.py, STARTTLS and implicit TLS, AUTH) that hands every
// accepted message to Dovecot over LMTP. TLS uses a throwaway self-signed certificate.
// Dovecot accepts any recipient (each gets a Maildir); users() can log in over IMAP/SMTP.
class MailServers final
{
public:
    struct User
    {
        QString name; // e.g. "sam@greendoor.test"
        QString password;
    };

    MailServers();
    ~MailServers();
    MailServers(const MailServers&) = delete;
    MailServers& operator=(const MailServers&) = delete;

    // Starts both servers; false with the reason when a package or port is missing.
    bool start(const QList<User>& users = { { QStringLiteral("sam@greendoor.test"), QStringLiteral("secret") } });
    void stop();
    void stopSmtp(); // the SMTP server only (server-down tests)
    bool startSmtp();
    QString error() const { return m_error; }
    // Why the servers cannot run on this machine (missing package), else empty: tests skip with it.
    static QString unavailableReason();

    quint16 smtpPort() const { return m_smtpPort; } // plain, offers STARTTLS
    quint16 smtpsPort() const { return m_smtpsPort; } // implicit TLS
    quint16 imapPort() const { return m_imapPort; } // plain, offers STARTTLS
    quint16 imapsPort() const { return m_imapsPort; } // implicit TLS
    QString certificatePath() const; // PEM of the throwaway certificate
    // "sha256//BASE64" of the certificate's public key (what "trust this certificate" stores).
    QByteArray publicKeyPin() const;

    // Faults for the SMTP server, read at every transaction (see smtp_server.py).
    void setSmtpControl(const QJsonObject& control);

    // The raw messages in a user's Maildir (new/ and cur/), oldest first.
    QList<QByteArray> messages(const QString& user) const;
    // The raw messages in a user's Sent folder (filed by the server with {"save_sent": true} or
    // stored by the client with IMAP APPEND).
    QList<QByteArray> sentMessages(const QString& user) const;
    // Delivers a raw message straight into a user's INBOX over LMTP (what arrives from outside).
    bool deliver(
        const QString& recipient, const QByteArray& raw, const QString& from = QStringLiteral("x@outside.test"));
    QString folder() const { return m_dir.path(); }
    QString smtpLog() const;

private:
    bool writeDovecotConfig();
    QTemporaryDir m_dir;
    QProcess* m_smtp = nullptr;
    bool m_dovecotRunning = false;
    quint16 m_smtpPort = 0;
    quint16 m_smtpsPort = 0;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    quint16 m_lmtpPort = 0;
    QString m_error;
};

} // namespace gd::test
