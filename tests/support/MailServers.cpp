#include "support/MailServers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/types.h>

#ifndef GREENDOOR_TEST_SUPPORT_DIR
#error "GREENDOOR_TEST_SUPPORT_DIR must name tests/support"
#endif

namespace gd::test {

namespace {

const char* const kDovecot = "/usr/sbin/dovecot";
const char* const kPython = "/usr/bin/python3"; // Debian's, which sees python3-aiosmtpd

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(20);
    }
    return false;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readLine(QTcpSocket& s)
{
    QDeadlineTimer deadline(5000);
    while (!s.canReadLine() && !deadline.hasExpired())
        s.waitForReadyRead(100);
    return s.readLine();
}

// Reads an SMTP/LMTP reply (possibly multi-line) and returns its code.
int readReply(QTcpSocket& s)
{
    for (;;) {
        const QByteArray line = readLine(s);
        if (line.size() < 4)
            return 0;
        if (line.at(3) != '-')
            return line.left(3).toInt();
    }
}

} // namespace

MailServers::MailServers() = default;

MailServers::~MailServers()
{
    stop();
}

QString MailServers::unavailableReason()
{
    if (!QFileInfo::exists(QLatin1String(kDovecot)))
        return QStringLiteral("Dovecot is not installed (apt-get install dovecot-imapd dovecot-lmtpd)");
    if (!QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/aiosmtpd")))
        return QStringLiteral("aiosmtpd is not installed (apt-get install python3-aiosmtpd)");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return QStringLiteral("openssl is not installed (apt-get install openssl)");
    return {};
}

QString MailServers::certificatePath() const
{
    return m_dir.filePath(QStringLiteral("cert.pem"));
}

QByteArray MailServers::publicKeyPin() const
{
    QProcess p;
    p.start(QStringLiteral("sh"),
        { QStringLiteral("-c"),
            QStringLiteral("openssl x509 -in '%1' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst "
                           "-sha256 -binary | base64")
                .arg(certificatePath()) });
    p.waitForFinished(10000);
    return "sha256//" + p.readAllStandardOutput().trimmed();
}

bool MailServers::writeDovecotConfig()
{
    const QString d = m_dir.path();
    const QByteArray conf = QStringLiteral(R"(base_dir = %1/run
state_dir = %1/run
listen = 127.0.0.1
protocols = imap lmtp
ssl = yes
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = nobody
default_internal_user = nobody
default_internal_group = nogroup
first_valid_uid = 0
mail_location = maildir:%1/mail/%u
log_path = %1/dovecot.log
lmtp_save_to_detail_mailbox = yes
recipient_delimiter = +
lda_mailbox_autocreate = yes
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/users
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=%1/mail/%u allow_all_users=yes
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = %2
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %3
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = %4
  }
}
)")
                                .arg(d)
                                .arg(m_imapPort)
                                .arg(m_imapsPort)
                                .arg(m_lmtpPort)
                                .toUtf8();
    return writeFile(m_dir.filePath(QStringLiteral("dovecot.conf")), conf);
}

bool MailServers::start(const QList<User>& users)
{
    m_error = unavailableReason();
    if (!m_error.isEmpty())
        return false;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString d = m_dir.path();
    QDir().mkpath(d + QStringLiteral("/run"));
    QDir().mkpath(d + QStringLiteral("/mail"));
    QFile::setPermissions(d + QStringLiteral("/mail"), QFileDevice::Permissions(0x7777));
    QFile::setPermissions(d, QFileDevice::Permissions(0x7755));

    QByteArray userLines;
    for (const User& u : users)
        userLines += (u.name + QStringLiteral(":{PLAIN}") + u.password + QLatin1Char('\n')).toUtf8();
    if (!writeFile(m_dir.filePath(QStringLiteral("users")), userLines)) {
        m_error = QStringLiteral("cannot write the users file");
        return false;
    }

    // A throwaway certificate for 127.0.0.1.
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), d + QStringLiteral("/key.pem"), QStringLiteral("-out"),
            d + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1") });
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not make a certificate: ") + QString::fromUtf8(openssl.readAll());
        return false;
    }

    m_imapPort = freePort();
    m_imapsPort = freePort();
    m_lmtpPort = freePort();
    m_smtpPort = freePort();
    m_smtpsPort = freePort();
    if (!writeDovecotConfig()) {
        m_error = QStringLiteral("cannot write dovecot.conf");
        return false;
    }
    if (QProcess::execute(QLatin1String(kDovecot), { QStringLiteral("-c"), d + QStringLiteral("/dovecot.conf") })
        != 0) {
        m_error = QStringLiteral("dovecot did not start: ") + QString::fromUtf8([&] {
            QFile f(d + QStringLiteral("/dovecot.log"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }());
        return false;
    }
    m_dovecotRunning = true;
    if (!waitForPort(m_imapPort, 10000) || !waitForPort(m_lmtpPort, 10000)) {
        m_error = QStringLiteral("dovecot does not listen");
        return false;
    }
    return startSmtp();
}

bool MailServers::startSmtp()
{
    if (m_smtp)
        return true;
    const QString d = m_dir.path();
    QFile::remove(d + QStringLiteral("/smtp.ready"));
    m_smtp = new QProcess;
    m_smtp->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_smtp->start(QLatin1String(kPython),
        { QStringLiteral(GREENDOOR_TEST_SUPPORT_DIR "/mail/smtp_server.py"), d, QString::number(m_smtpPort),
            QString::number(m_smtpsPort), QString::number(m_lmtpPort), d + QStringLiteral("/cert.pem"),
            d + QStringLiteral("/key.pem") });
    if (!m_smtp->waitForStarted(5000)) {
        m_error = QStringLiteral("the SMTP server did not start");
        return false;
    }
    QDeadlineTimer deadline(15000);
    while (!QFileInfo::exists(d + QStringLiteral("/smtp.ready")) && !deadline.hasExpired()) {
        if (m_smtp->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the SMTP server exited: ") + smtpLog();
            return false;
        }
        QThread::msleep(20);
    }
    if (!waitForPort(m_smtpPort, 5000)) {
        m_error = QStringLiteral("the SMTP server does not listen");
        return false;
    }
    return true;
}

void MailServers::stopSmtp()
{
    if (!m_smtp)
        return;
    m_smtp->terminate();
    if (!m_smtp->waitForFinished(5000)) {
        m_smtp->kill();
        m_smtp->waitForFinished(2000);
    }
    delete m_smtp;
    m_smtp = nullptr;
}

void MailServers::stop()
{
    stopSmtp();
    if (!m_dovecotRunning)
        return;
    m_dovecotRunning = false;
    QFile pidFile(m_dir.filePath(QStringLiteral("run/master.pid")));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const pid_t pid = static_cast<pid_t>(pidFile.readAll().trimmed().toLongLong());
    if (pid <= 0)
        return;
    ::kill(pid, SIGTERM);
    QDeadlineTimer deadline(5000);
    while (::kill(pid, 0) == 0 && !deadline.hasExpired())
        QThread::msleep(20);
    if (::kill(pid, 0) == 0)
        ::kill(pid, SIGKILL);
}

void MailServers::setSmtpControl(const QJsonObject& control)
{
    const QString path = m_dir.filePath(QStringLiteral("smtp-control.json"));
    writeFile(path + QStringLiteral(".tmp"), QJsonDocument(control).toJson(QJsonDocument::Compact));
    ::rename(QFile::encodeName(path + QStringLiteral(".tmp")).constData(), QFile::encodeName(path).constData());
}

QList<QByteArray> MailServers::messages(const QString& user) const
{
    QList<std::pair<QString, QByteArray>> found;
    for (const char* sub : { "new", "cur" }) {
        QDir dir(m_dir.filePath(QStringLiteral("mail/") + user + QLatin1Char('/') + QLatin1String(sub)));
        for (const QFileInfo& info : dir.entryInfoList(QDir::Files)) {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly))
                found.append({ info.fileName(), f.readAll() });
        }
    }
    // Maildir names start with the delivery time in seconds, then a unique part.
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<QByteArray> out;
    for (const auto& m : found)
        out << m.second;
    return out;
}

bool MailServers::deliver(const QString& recipient, const QByteArray& raw, const QString& from)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_lmtpPort);
    if (!s.waitForConnected(5000) || readReply(s) != 220)
        return false;
    auto command = [&s](const QByteArray& line) {
        s.write(line + "\r\n");
        s.waitForBytesWritten(5000);
        return readReply(s);
    };
    if (command("LHLO greendoor.test") != 250 || command("MAIL FROM:<" + from.toUtf8() + ">") != 250
        || command("RCPT TO:<" + recipient.toUtf8() + ">") != 250 || command("DATA") != 354)
        return false;
    QByteArray body = raw;
    body.replace("\r\n", "\n");
    body.replace("\n", "\r\n");
    if (!body.endsWith("\r\n"))
        body += "\r\n";
    body.replace("\r\n.", "\r\n..");
    if (body.startsWith('.'))
        body.prepend('.');
    s.write(body + ".\r\n");
    s.waitForBytesWritten(5000);
    const bool ok = readReply(s) == 250;
    command("QUIT");
    return ok;
}

QList<QByteArray> MailServers::sentMessages(const QString& user) const
{
    QList<QByteArray> out;
    for (const char* sub : { "new", "cur" }) {
        QDir dir(m_dir.filePath(QStringLiteral("mail/") + user + QStringLiteral("/.Sent/") + QLatin1String(sub)));
        for (const QFileInfo& info : dir.entryInfoList(QDir::Files, QDir::Name)) {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly))
                out << f.readAll();
        }
    }
    return out;
}

QString MailServers::smtpLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("smtp.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace gd::test
