// greendoor-cli mailbox add|test|list|set|remove against real Dovecot and aiosmtpd on loopback,
// with the password in a real Secret Service (the test command runs inside dbus-run-session).
#include "support/MailServers.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gd;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Result cli(const QString& home, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GREENDOOR_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    Result r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestMailboxCli final : public QObject
{
    Q_OBJECT

private:
    test::MailServers m_servers;
    test::TempDir m_dir;
    QString m_ws;
    QStringList m_base;

    QStringList addArgs(const QString& name, const QString& email, bool trust) const
    {
        QStringList a = m_base;
        a << QStringLiteral("mailbox") << QStringLiteral("add") << QStringLiteral("--name") << name
          << QStringLiteral("--email") << email << QStringLiteral("--smtp")
          << QStringLiteral("smtp://127.0.0.1:%1").arg(m_servers.smtpPort()) << QStringLiteral("--imap")
          << QStringLiteral("imaps://127.0.0.1:%1").arg(m_servers.imapsPort()) << QStringLiteral("--user")
          << QStringLiteral("sam@greendoor.test") << QStringLiteral("--window") << QStringLiteral("09:00-17:30");
        if (trust)
            a << QStringLiteral("--trust-cert");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run inside dbus-run-session with gnome-keyring (the README's test command "
                  "does)");
        if (!m_servers.start())
            QSKIP(qPrintable(QStringLiteral("mail servers unavailable: ") + m_servers.error()));
        m_ws = m_dir.file(QStringLiteral("mail.greendoor"));
        m_base = { QStringLiteral("--workspace"), m_ws };
        const Result init = cli(m_dir.path(), m_base + QStringList { QStringLiteral("init") });
        QVERIFY2(init.code == 0, init.err.constData());
    }

    void addRefusesAnUntrustedCertificate()
    {
        const Result r = cli(
            m_dir.path(), addArgs(QStringLiteral("sales"), QStringLiteral("sam@greendoor.test"), false), "secret\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("TLS") || r.err.contains("TLS"), r.out.constData());
        QVERIFY(r.err.contains("not added"));
        const Result list = cli(m_dir.path(),
            m_base + QStringList { QStringLiteral("--json"), QStringLiteral("mailbox"), QStringLiteral("list") });
        QCOMPARE(list.json().array().size(), 0);
    }

    void addRefusesAWrongPassword()
    {
        const Result r = cli(m_dir.path(), addArgs(QStringLiteral("sales"), QStringLiteral("sam@greendoor.test"), true),
            "not-the-password\n");
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("user name or password"), r.out.constData());
        QVERIFY(!r.out.contains("not-the-password") && !r.err.contains("not-the-password"));
    }

    void addRefusesAMultiLinePassword()
    {
        const Result r = cli(m_dir.path(), addArgs(QStringLiteral("sales"), QStringLiteral("sam@greendoor.test"), true),
            "secret\nsecond line\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("several lines"));
    }

    void addTestListSetRemove()
    {
        Result r = cli(m_dir.path(),
            addArgs(QStringLiteral("sales"), QStringLiteral("sam@greendoor.test"), true) << QStringLiteral("--json"),
            "secret\n");
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject added = r.json().object();
        QVERIFY(added.value(QStringLiteral("smtp_certificate"))
                    .toObject()
                    .value(QStringLiteral("pin"))
                    .toString()
                    .startsWith(QLatin1String("sha256//")));
        QCOMPARE(added.value(QStringLiteral("mailbox"))
                     .toObject()
                     .value(QStringLiteral("trusted_smtp_certificate"))
                     .toString(),
            QString::fromLatin1(m_servers.publicKeyPin()));
        // The password is in the keychain, not in the workspace.
        QFile file(m_ws);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret"));

        r = cli(m_dir.path(),
            m_base + QStringList { QStringLiteral("mailbox"), QStringLiteral("test"), QStringLiteral("sales") });
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("SMTP") && r.out.contains("IMAP"));

        r = cli(m_dir.path(),
            m_base + QStringList { QStringLiteral("--json"), QStringLiteral("mailbox"), QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        const QJsonObject listed = r.json().array().at(0).toObject();
        QCOMPARE(listed.value(QStringLiteral("name")).toString(), QStringLiteral("sales"));
        QCOMPARE(listed.value(QStringLiteral("window")).toString(), QStringLiteral("09:00-17:30"));
        QVERIFY(!r.out.contains("secret"));

        r = cli(m_dir.path(),
            m_base
                + QStringList { QStringLiteral("mailbox"), QStringLiteral("set"), QStringLiteral("sales"),
                    QStringLiteral("--daily-cap"), QStringLiteral("25"), QStringLiteral("--window"),
                    QStringLiteral("any") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(m_dir.path(),
            m_base + QStringList { QStringLiteral("--json"), QStringLiteral("mailbox"), QStringLiteral("list") });
        QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("daily_cap")).toInt(), 25);
        QCOMPARE(r.json().array().at(0).toObject().value(QStringLiteral("window")).toString(), QStringLiteral("any"));
        r = cli(m_dir.path(),
            m_base
                + QStringList { QStringLiteral("mailbox"), QStringLiteral("set"), QStringLiteral("sales"),
                    QStringLiteral("--window"), QStringLiteral("25:00-26:00") });
        QCOMPARE(r.code, 2);

        // A second mailbox with the same address is refused.
        r = cli(m_dir.path(), addArgs(QStringLiteral("other"), QStringLiteral("sam@greendoor.test"), true), "secret\n");
        QCOMPARE(r.code, 1);

        r = cli(m_dir.path(),
            m_base + QStringList { QStringLiteral("mailbox"), QStringLiteral("remove"), QStringLiteral("sales") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = cli(m_dir.path(),
            m_base + QStringList { QStringLiteral("mailbox"), QStringLiteral("test"), QStringLiteral("sales") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("no mailbox named sales"));
    }

    void usage()
    {
        Result r = cli(m_dir.path(),
            m_base
                + QStringList { QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"),
                    QStringLiteral("x") },
            "secret\n");
        QCOMPARE(r.code, 2);
        r = cli(m_dir.path(), m_base + QStringList { QStringLiteral("mailbox"), QStringLiteral("frobnicate") });
        QCOMPARE(r.code, 2);
        r = cli(
            m_dir.path(), addArgs(QStringLiteral("bad name!"), QStringLiteral("sam@greendoor.test"), true), "secret\n");
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestMailboxCli)
#include "tst_mailbox_cli.moc"
