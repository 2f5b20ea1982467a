// Sending through the user's own mailbox against real Dovecot and aiosmtpd on loopback: an
// approved email leaves exactly once, the crash rule (Message-ID looked up in Sent, else held),
// SMTP failures (server down, slow, dropped mid-DATA, AUTH refused, 4xx, 5xx on the recipient),
// a full disk during the bookkeeping, the caps, and the headers read back by Python's parser.
#include "core/decisions/AuditLog.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/DecisionStore.h"
#include "core/decisions/Executor.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/SendGate.h"
#include "core/mail/SendLedger.h"
#include "core/mail/SuppressionStore.h"
#include "core/sales/Campaign.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"
#include "support/MailServers.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace gd;
using gd::core::DecisionOutcome;

namespace {

const QString kSam = QStringLiteral("sam@greendoor.test");

void letActAlone(core::Workspace& ws, const QString& type)
{
    core::AuthorityRule rule = core::AuthorityMatrix::load(ws).ruleFor(type);
    rule.level = core::RiskLevel::Low;
    rule.mode = core::AutonomyMode::Autopilot;
    rule.ceilingRisk = 0.95;
    QVERIFY(core::AuthorityMatrix::saveRule(ws, rule, QStringLiteral("admin"), nullptr));
}

QStringList messageIds(const QList<QByteArray>& raws)
{
    QStringList ids;
    for (const QByteArray& raw : raws) {
        const auto parsed = core::MimeMessage::parse(raw);
        ids << (parsed ? parsed->messageId : QString());
    }
    return ids;
}

struct CliResult
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

CliResult cli(const QString& home, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GREENDOOR_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    CliResult r;
    if (!p.waitForFinished(120000)) {
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

#define REQUIRE_SERVERS()                                                                                              \
    if (!m_running)                                                                                                    \
        QSKIP(qPrintable(QStringLiteral("mail servers unavailable: ") + m_servers.error()));                           \
    m_servers.setSmtpControl({})

class TestSend final : public QObject
{
    Q_OBJECT

private:
    test::MailServers m_servers;
    bool m_running = false;
    int m_recipient = 0;

    struct Fixture
    {
        test::TempDir dir;
        QString mount; // a small tmpfs the workspace lives on (disk-full test), else empty
        std::shared_ptr<core::Workspace> ws;
        std::unique_ptr<core::DecisionEngine> engine;
        std::unique_ptr<core::Executor> executor;
        qint64 now = QDateTime::currentMSecsSinceEpoch();
        ~Fixture()
        {
            executor.reset();
            engine.reset();
            ws.reset();
            if (!mount.isEmpty())
                ::umount2(QFile::encodeName(mount).constData(), MNT_DETACH);
        }
    };

    // A workspace with mailbox "sam" on the loopback servers, caps off unless the test sets them.
    // smallDisk: the workspace on its own 8 MiB tmpfs when this process may mount one (root).
    std::unique_ptr<Fixture> fixture(bool serverSavesSent = false, bool imap = true, bool smallDisk = false)
    {
        auto f = std::make_unique<Fixture>();
        QString name = QStringLiteral("ws.greendoor");
        if (smallDisk) {
            const QString mount = f->dir.file(QStringLiteral("disk"));
            QDir().mkpath(mount);
            if (::mount("tmpfs", QFile::encodeName(mount).constData(), "tmpfs", 0, "size=8m") == 0) {
                f->mount = mount;
                name = QStringLiteral("disk/ws.greendoor");
            }
        }
        f->ws = test::createWorkspace(f->dir, name);
        letActAlone(*f->ws, QStringLiteral("email.first_touch"));
        letActAlone(*f->ws, QStringLiteral("email.reply"));
        f->ws->setMeta(core::keys::SendDomainDailyCap, QStringLiteral("0"));
        core::Mailbox m;
        m.name = QStringLiteral("sam");
        m.email = kSam;
        m.displayName = QString::fromUtf8("Sam Müller");
        m.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_servers.smtpPort()));
        if (imap)
            m.imapUrl = QUrl(QStringLiteral("imap://127.0.0.1:%1").arg(m_servers.imapPort()));
        m.user = kSam;
        m.smtpPin = m.imapPin = m_servers.publicKeyPin();
        m.dailyCap = 2000;
        m.warmupStartCap = 2000;
        m.warmupStep = 0;
        m.gapSeconds = 0;
        m.gapJitterSeconds = 0;
        m.setWindow(QStringLiteral("any"));
        m.serverSavesSent = serverSavesSent;
        QString error;
        if (!core::MailboxStore(*f->ws).add(m, &error))
            qWarning() << error;
        f->engine = std::make_unique<core::DecisionEngine>(f->ws);
        f->executor = std::make_unique<core::Executor>(f->ws, f->engine.get());
        f->executor->setSecretReader([](const QString&, QString*) { return QStringLiteral("secret"); });
        Fixture* raw = f.get();
        f->executor->setClock([raw] { return raw->now; });
        f->executor->setRandom([] { return 0.5; });
        return f;
    }

    QString newRecipient() { return QStringLiteral("r%1@brightpath.test").arg(++m_recipient); }

    QString propose(Fixture& f, const QString& to, QJsonObject extra = {})
    {
        core::Proposal p;
        p.type = extra.contains(QStringLiteral("in_reply_to")) ? QStringLiteral("email.reply")
                                                               : QStringLiteral("email.first_touch");
        p.agent = QStringLiteral("outreach");
        p.target = to;
        QJsonObject action { { QStringLiteral("to"), to }, { QStringLiteral("subject"), QStringLiteral("Hello") },
            { QStringLiteral("body"), QStringLiteral("Hi there,\nA question.\n") } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            action.insert(it.key(), it.value());
        p.action = action;
        p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
        p.reasoning = QStringLiteral("test");
        const core::ProposeResult r = f.engine->propose(p);
        if (!r.error.isEmpty() || r.outcome != DecisionOutcome::Act)
            qWarning() << "propose:" << r.error << r.why;
        return r.decisionId;
    }

    static QString outboxStatus(Fixture& f, const QString& decision, QString* reason = nullptr)
    {
        if (reason)
            *reason = test::scalar(
                *f.ws, QStringLiteral("SELECT last_error FROM outbox WHERE decision_id = ?"), { decision })
                          .toString();
        return test::scalar(*f.ws, QStringLiteral("SELECT status FROM outbox WHERE decision_id = ?"), { decision })
            .toString();
    }

    static QString sendState(Fixture& f, const QString& decision)
    {
        return test::scalar(*f.ws,
            QStringLiteral(
                "SELECT s.state FROM mail_sends s JOIN outbox o ON o.id = s.outbox_id WHERE o.decision_id = ?"),
            { decision })
            .toString();
    }

    // Runs the executor until nothing more is due at the fixture's clock.
    static void drain(Fixture& f)
    {
        for (int i = 0; i < 20 && f.executor->runPending() > 0; ++i) { }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_running = m_servers.start({ { kSam, QStringLiteral("secret") } });
        if (!m_running)
            qWarning() << "mail servers did not start:" << m_servers.error();
    }

    // The whole path through greendoor-cli: mailbox add (password in the real keychain),
    // propose, approve, outbox run: the email is in the recipient's Maildir once; a held email is
    // listed with its reason and resolved by the operator.
    void approvedThroughTheCliArrivesOnce()
    {
        REQUIRE_SERVERS();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run inside dbus-run-session with gnome-keyring (the README's test command "
                  "does)");
        test::TempDir dir;
        const QString ws = dir.file(QStringLiteral("cli.greendoor"));
        auto w = [&](QStringList rest) { return QStringList { QStringLiteral("--workspace"), ws } + rest; };
        QCOMPARE(cli(dir.path(), w({ QStringLiteral("init") })).code, 0);
        const CliResult added = cli(dir.path(),
            w({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("sam"),
                QStringLiteral("--email"), kSam, QStringLiteral("--smtp"),
                QStringLiteral("smtp://127.0.0.1:%1").arg(m_servers.smtpPort()), QStringLiteral("--imap"),
                QStringLiteral("imap://127.0.0.1:%1").arg(m_servers.imapPort()), QStringLiteral("--user"), kSam,
                QStringLiteral("--trust-cert"), QStringLiteral("--window"), QStringLiteral("any"),
                QStringLiteral("--gap-seconds"), QStringLiteral("0"), QStringLiteral("--gap-jitter-seconds"),
                QStringLiteral("0") }),
            "secret\n");
        QVERIFY2(added.code == 0, added.err.constData());
        const QString to = newRecipient();
        const QString input = dir.file(QStringLiteral("proposal.json"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"({"target": "%1", "agent": "outreach", "reasoning": "cli test",
                "action": {"to": "%1", "subject": "Once only", "body": "Exactly once.", "mailbox": "sam"},
                "inputs": {"lawful_basis": "consent", "region": "DE"}})")
                    .arg(to)
                    .toUtf8());
        f.close();
        const CliResult proposed = cli(dir.path(),
            w({ QStringLiteral("decisions"), QStringLiteral("propose"), QStringLiteral("--type"),
                QStringLiteral("email.first_touch"), QStringLiteral("--input"), input, QStringLiteral("--json") }));
        const QString approval
            = QJsonDocument::fromJson(proposed.out).object().value(QStringLiteral("approval_id")).toString();
        QVERIFY2(!approval.isEmpty(), proposed.out.constData());
        QCOMPARE(cli(dir.path(), w({ QStringLiteral("approvals"), QStringLiteral("approve"), approval })).code, 0);
        const CliResult run
            = cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--json") }));
        QVERIFY2(run.code == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("carried_out")).toInt(), 1);
        QCOMPARE(m_servers.messages(to).size(), 1);
        QCOMPARE(cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("run") })).code, 0);
        QCOMPARE(m_servers.messages(to).size(), 1);

        // Delivered, then the connection drops; the server does not file sent mail: held.
        m_servers.setSmtpControl({ { QStringLiteral("deliver_then_drop"), true } });
        const QString other = newRecipient();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QStringLiteral(R"({"target": "%1", "agent": "outreach", "reasoning": "cli test",
                "action": {"to": "%1", "subject": "Held", "body": "Maybe sent."},
                "inputs": {"lawful_basis": "consent", "region": "DE"}})")
                    .arg(other)
                    .toUtf8());
        f.close();
        const QString second = QJsonDocument::fromJson(
            cli(dir.path(),
                w({ QStringLiteral("decisions"), QStringLiteral("propose"), QStringLiteral("--type"),
                    QStringLiteral("email.first_touch"), QStringLiteral("--input"), input, QStringLiteral("--json") }))
                .out)
                                   .object()
                                   .value(QStringLiteral("approval_id"))
                                   .toString();
        QCOMPARE(cli(dir.path(), w({ QStringLiteral("approvals"), QStringLiteral("approve"), second })).code, 0);
        cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("run") }));
        m_servers.setSmtpControl({});
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("run") }));
                const QJsonArray items = QJsonDocument::fromJson(
                    cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") }))
                        .out)
                                             .array();
                return items.size() == 1
                    && items.at(0).toObject().value(QStringLiteral("status")).toString() == QLatin1String("held");
            }(),
            20000);
        const QJsonObject held = QJsonDocument::fromJson(
            cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") })).out)
                                     .array()
                                     .at(0)
                                     .toObject();
        QVERIFY(held.value(QStringLiteral("reason")).toString().contains(QStringLiteral("outbox resolve")));
        const QString heldId = held.value(QStringLiteral("id")).toString();
        QCOMPARE(cli(dir.path(),
                     w({ QStringLiteral("outbox"), QStringLiteral("resolve"), heldId, QStringLiteral("--sent") }))
                     .code,
            0);
        QCOMPARE(cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("run") })).code, 0);
        QCOMPARE(
            QJsonDocument::fromJson(
                cli(dir.path(), w({ QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json") })).out)
                .array()
                .size(),
            0);
        QCOMPARE(m_servers.messages(other).size(), 1);
    }

    void approvedEmailArrivesOnce()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        QCOMPARE(f->executor->runPending(), 1);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("done"));
        QCOMPARE(sendState(*f, id), QStringLiteral("sent"));
        const QList<QByteArray> got = m_servers.messages(to);
        QCOMPARE(got.size(), 1);
        const QString messageId = messageIds(got).first();
        QVERIFY2(messageId.startsWith(QStringLiteral("gd.")) && messageId.endsWith(QStringLiteral("@greendoor.test")),
            qPrintable(messageId));
        // The queue id is booked, the message is stored for threading, a copy went to Sent.
        QVERIFY(!test::scalar(*f->ws, QStringLiteral("SELECT queue_id FROM mail_sends")).toString().isEmpty());
        QCOMPARE(test::scalar(*f->ws,
                     QStringLiteral("SELECT count(*) FROM mail_messages WHERE direction = 'out' AND message_key = ?"),
                     { messageId })
                     .toInt(),
            1);
        QVERIFY(messageIds(m_servers.sentMessages(kSam)).contains(messageId));
        // Nothing is sent twice.
        QCOMPARE(f->executor->runPending(), 0);
        QCOMPARE(m_servers.messages(to).size(), 1);
    }

    void headersReadBackByPython()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        core::MailboxStore boxes(*f->ws);
        auto m = *boxes.find(QStringLiteral("sam"));
        m.signature = QStringLiteral("Sam Müller\nGreenDoor");
        m.postalAddress = QStringLiteral("GreenDoor GmbH, Hauptstr. 1, 50667 Köln");
        m.unsubscribeUrl = QStringLiteral("https://greendoor.test/u/1");
        QString error;
        QVERIFY2(boxes.update(m, &error), qPrintable(error));
        const QString to = newRecipient();
        propose(*f, to, { { QStringLiteral("html"), QStringLiteral("<p>Hi there,</p><p>A question.</p>") } });
        QCOMPARE(f->executor->runPending(), 1);
        const QString reply = newRecipient();
        propose(*f, reply,
            { { QStringLiteral("in_reply_to"), QStringLiteral("<orig-2@brightpath.test>") },
                { QStringLiteral("references"),
                    QJsonArray {
                        QStringLiteral("orig-1@brightpath.test"), QStringLiteral("orig-2@brightpath.test") } } });
        QCOMPARE(f->executor->runPending(), 1);
        const QByteArray first = m_servers.messages(to).value(0);
        const QByteArray second = m_servers.messages(reply).value(0);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString script = QStringLiteral(R"PY(
import email, email.policy, json, sys
out = []
for path in sys.argv[1:]:
    m = email.message_from_bytes(open(path, 'rb').read(), policy=email.policy.default)
    plain = m.get_body(('plain',))
    html = m.get_body(('html',))
    out.append({'from': str(m['From']), 'type': m.get_content_type(),
        'lu': str(m.get('List-Unsubscribe', '')), 'lup': str(m.get('List-Unsubscribe-Post', '')),
        'irt': str(m.get('In-Reply-To', '')), 'refs': str(m.get('References', '')),
        'text': plain.get_content() if plain else '', 'html': html.get_content() if html else ''})
print(json.dumps(out))
)PY");
        test::TempDir tmp;
        QFile a(tmp.file(QStringLiteral("a.eml"))), b(tmp.file(QStringLiteral("b.eml")));
        QVERIFY(a.open(QIODevice::WriteOnly) && a.write(first) == first.size());
        QVERIFY(b.open(QIODevice::WriteOnly) && b.write(second) == second.size());
        a.close();
        b.close();
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), script, a.fileName(), b.fileName() });
        QVERIFY(py.waitForFinished(30000));
        const QJsonArray parsed = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QVERIFY2(parsed.size() == 2, py.readAllStandardError().constData());
        const QJsonObject o = parsed.at(0).toObject();
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QString::fromUtf8("Sam Müller <sam@greendoor.test>"));
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("multipart/alternative"));
        QVERIFY(o.value(QStringLiteral("lu"))
                    .toString()
                    .contains(QStringLiteral("<mailto:sam@greendoor.test?subject=unsubscribe>")));
        QVERIFY(o.value(QStringLiteral("lu")).toString().contains(QStringLiteral("<https://greendoor.test/u/1>")));
        QCOMPARE(o.value(QStringLiteral("lup")).toString(), QStringLiteral("List-Unsubscribe=One-Click"));
        const QString text = o.value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("Hi there,"))
                && text.contains(QStringLiteral("-- \nSam Müller\nGreenDoor"))
                && text.contains(QStringLiteral("Hauptstr. 1, 50667 Köln")),
            qPrintable(text));
        QVERIFY(o.value(QStringLiteral("html")).toString().contains(QStringLiteral("50667 K")));
        const QJsonObject r = parsed.at(1).toObject();
        QCOMPARE(r.value(QStringLiteral("irt")).toString(), QStringLiteral("<orig-2@brightpath.test>"));
        QCOMPARE(r.value(QStringLiteral("refs")).toString(),
            QStringLiteral("<orig-1@brightpath.test> <orig-2@brightpath.test>"));
        QCOMPARE(r.value(QStringLiteral("type")).toString(), QStringLiteral("text/plain"));
        // A reply to a person carries the signature but no outreach footer or unsubscribe header.
        QVERIFY(r.value(QStringLiteral("lu")).toString().isEmpty());
        QVERIFY(!r.value(QStringLiteral("text")).toString().contains(QStringLiteral("Hauptstr")));
    }

    void noMailboxKeepsTheFile()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        letActAlone(*ws, QStringLiteral("email.first_touch"));
        core::DecisionEngine engine(ws);
        core::Executor executor(ws, &engine);
        core::Proposal p;
        p.type = QStringLiteral("email.first_touch");
        p.agent = QStringLiteral("outreach");
        p.target = QStringLiteral("a@brightpath.test");
        p.action = QJsonObject { { QStringLiteral("to"), p.target },
            { QStringLiteral("subject"), QStringLiteral("Hi") }, { QStringLiteral("body"), QStringLiteral("Body") } };
        p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
        QCOMPARE(engine.propose(p).outcome, DecisionOutcome::Act);
        QCOMPARE(executor.runPending(), 1);
        const QJsonObject result
            = QJsonDocument::fromJson(test::scalar(*ws, QStringLiteral("SELECT result FROM outbox")).toByteArray())
                  .object();
        QCOMPARE(result.value(QStringLiteral("transport")).toString(), QStringLiteral("file"));
        QVERIFY(result.value(QStringLiteral("note")).toString().contains(QStringLiteral("not sent")));
        QVERIFY(QFile::exists(result.value(QStringLiteral("file")).toString()));
    }

    void serverDownWaitsThenSends()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        m_servers.stopSmtp();
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        QCOMPARE(f->executor->runPending(), 0);
        QString reason;
        QCOMPARE(outboxStatus(*f, id, &reason), QStringLiteral("pending"));
        QVERIFY2(reason.contains(QStringLiteral("cannot be reached")), qPrintable(reason));
        QCOMPARE(
            test::scalar(*f->ws, QStringLiteral("SELECT attempts FROM outbox")).toInt(), 0); // waiting, not failing
        QVERIFY(m_servers.startSmtp());
        QCOMPARE(f->executor->runPending(), 0); // not before its next try
        f->now += 10 * 60'000;
        QCOMPARE(f->executor->runPending(), 1);
        QCOMPARE(m_servers.messages(to).size(), 1);
    }

    void slowServerStillOnce()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        m_servers.setSmtpControl({ { QStringLiteral("delay_ms"), 1500 } });
        const QString to = newRecipient();
        propose(*f, to);
        QCOMPARE(f->executor->runPending(), 1);
        QCOMPARE(m_servers.messages(to).size(), 1);
    }

    void droppedMidDataIsResentWhenTheServerFilesSentMail()
    {
        REQUIRE_SERVERS();
        auto f = fixture(true);
        m_servers.setSmtpControl(
            { { QStringLiteral("drop_after_data"), true }, { QStringLiteral("save_sent"), true } });
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        QCOMPARE(f->executor->runPending(), 0);
        QCOMPARE(sendState(*f, id), QStringLiteral("unknown"));
        QCOMPARE(m_servers.messages(to).size(), 0);
        m_servers.setSmtpControl({ { QStringLiteral("save_sent"), true } });
        f->now += 60'000;
        drain(*f);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("done"));
        QCOMPARE(m_servers.messages(to).size(), 1);
    }

    void deliveredThenDroppedIsFoundInSent()
    {
        REQUIRE_SERVERS();
        auto f = fixture(true);
        m_servers.setSmtpControl(
            { { QStringLiteral("deliver_then_drop"), true }, { QStringLiteral("save_sent"), true } });
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        QCOMPARE(f->executor->runPending(), 0);
        QCOMPARE(m_servers.messages(to).size(), 1);
        m_servers.setSmtpControl({ { QStringLiteral("save_sent"), true } });
        f->now += 60'000;
        drain(*f);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("done"));
        QCOMPARE(sendState(*f, id), QStringLiteral("sent"));
        QCOMPARE(m_servers.messages(to).size(), 1); // found, not sent again
    }

    void cannotKnowIsHeldForAnOperator()
    {
        REQUIRE_SERVERS();
        auto f = fixture(false);
        m_servers.setSmtpControl({ { QStringLiteral("deliver_then_drop"), true } });
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        QCOMPARE(f->executor->runPending(), 0);
        m_servers.setSmtpControl({});
        f->now += 60'000;
        drain(*f);
        QString reason;
        QCOMPARE(outboxStatus(*f, id, &reason), QStringLiteral("held"));
        QVERIFY2(reason.contains(QStringLiteral("outbox resolve")), qPrintable(reason));
        QCOMPARE(test::scalar(*f->ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'execution_held'"))
                     .toInt(),
            1);
        f->now += 3600'000;
        drain(*f);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("held")); // never guessed
        QCOMPARE(m_servers.messages(to).size(), 1);
    }

    void rejectedLoginPausesTheMailboxOnce()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        m_servers.setSmtpControl({ { QStringLiteral("reject_auth"), true } });
        const QString a = newRecipient();
        const QString b = newRecipient();
        const QString ida = propose(*f, a);
        const QString idb = propose(*f, b);
        QCOMPARE(f->executor->runPending(), 0);
        f->now += 120'000;
        QCOMPARE(f->executor->runPending(), 0);
        const auto box = core::MailboxStore(*f->ws).find(QStringLiteral("sam"));
        QVERIFY(box->paused);
        QCOMPARE(test::scalar(*f->ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'mailbox_paused'"))
                     .toInt(),
            1);
        QString reason;
        QCOMPARE(outboxStatus(*f, ida, &reason), QStringLiteral("pending"));
        QVERIFY2(reason.contains(QStringLiteral("paused")), qPrintable(reason));
        QCOMPARE(outboxStatus(*f, idb), QStringLiteral("pending"));
        // Fixed and resumed: both go out.
        m_servers.setSmtpControl({});
        QString error;
        QVERIFY(core::MailboxStore(*f->ws).setPaused(QStringLiteral("sam"), false, {}, &error));
        f->now += 120'000;
        drain(*f);
        QCOMPARE(m_servers.messages(a).size(), 1);
        QCOMPARE(m_servers.messages(b).size(), 1);
    }

    void temporaryFailureIsRetried()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        m_servers.setSmtpControl({ { QStringLiteral("tempfail"), 1 } });
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        QCOMPARE(f->executor->runPending(), 0);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("pending"));
        QCOMPARE(sendState(*f, id), QStringLiteral("failed")); // refused: not counted, not sent
        QVERIFY(
            f->executor->retryAt(test::scalar(*f->ws, QStringLiteral("SELECT id FROM outbox")).toString()) > f->now);
        QCOMPARE(f->executor->runPending(), 0); // backing off
        f->now += 60'000;
        QCOMPARE(f->executor->runPending(), 1);
        QCOMPARE(m_servers.messages(to).size(), 1);
    }

    void rejectedRecipientBounces()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        const QString to = newRecipient();
        m_servers.setSmtpControl({ { QStringLiteral("reject_rcpt"), QJsonArray { to } } });
        const qint64 at = f->now;
        QVERIFY(f->ws->execWrite(QStringLiteral("INSERT INTO enrolments (email, sequence, status, step, next_at, "
                                                "updated_at) VALUES ('%1', 'c1', 'active', 0, 0, %2)")
                                     .arg(to)
                                     .arg(at),
            QStringLiteral("test")));
        const QString id = propose(*f, to, { { QStringLiteral("campaign"), QStringLiteral("c1") } });
        QVERIFY(
            f->ws->execWrite(QStringLiteral("INSERT INTO campaign_sends (campaign, email, step, decision_id, status, "
                                            "created_at, updated_at) VALUES ('c1', '%1', 0, '%2', 'proposed', 0, 0)")
                                 .arg(to, id),
                QStringLiteral("test")));
        QCOMPARE(f->executor->runPending(), 0);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("failed"));
        QCOMPARE(sendState(*f, id), QStringLiteral("bounced"));
        QCOMPARE(test::scalar(*f->ws, QStringLiteral("SELECT status FROM campaign_sends")).toString(),
            QStringLiteral("bounced"));
        QCOMPARE(
            test::scalar(*f->ws, QStringLiteral("SELECT status FROM enrolments")).toString(), QStringLiteral("ended"));
        QVERIFY(core::SuppressionStore(*f->ws).match(to));
        // Never mailed again.
        QVERIFY2(test::scalar(*f->ws, QStringLiteral("SELECT last_error FROM outbox"))
                     .toString()
                     .contains(QStringLiteral("550")),
            qPrintable(test::scalar(*f->ws, QStringLiteral("SELECT last_error FROM outbox")).toString()));
        QCOMPARE(m_servers.messages(to).size(), 0);
    }

    void diskFullDuringTheBookkeeping()
    {
        REQUIRE_SERVERS();
        auto f = fixture(true, true, true);
        m_servers.setSmtpControl({ { QStringLiteral("save_sent"), true } });
        const QString to = newRecipient();
        const QString id = propose(*f, to);
        // The message is accepted, then the workspace's disk is full. Where this process may
        // mount a filesystem, a real one: the 8 MiB tmpfs under the workspace is filled to the
        // last byte (ENOSPC). Elsewhere the kernel refuses every write past a tiny file-size
        // limit (RLIMIT_FSIZE, EFBIG), which fails writes the same way.
        const QString filler = f->mount.isEmpty() ? QString() : f->mount + QStringLiteral("/filler");
        rlimit old {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        ::signal(SIGXFSZ, SIG_IGN);
        bool full = false;
        f->executor->setFaultHandler([&](const char* point) {
            if (QByteArray(point) != "send:after_smtp")
                return;
            if (filler.isEmpty()) {
                rlimit tiny { 4096, old.rlim_max };
                full = ::setrlimit(RLIMIT_FSIZE, &tiny) == 0;
                return;
            }
            QFile fill(filler);
            if (!fill.open(QIODevice::WriteOnly))
                return;
            const QByteArray chunk(64 * 1024, 'x');
            while (fill.write(chunk) == chunk.size() && fill.flush()) { }
            QByteArray byte(1, 'x');
            while (fill.write(byte) == 1 && fill.flush()) { }
            full = true;
        });
        QCOMPARE(f->executor->runPending(), 0);
        rlimit restore = old;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &restore) == 0);
        QVERIFY(full);
        if (!filler.isEmpty()) {
            qInfo("disk full: a real full tmpfs (ENOSPC)");
            QVERIFY(QFile::remove(filler));
        } else {
            qInfo("disk full: RLIMIT_FSIZE (no permission to mount a small filesystem)");
        }
        QCOMPARE(m_servers.messages(to).size(), 1);
        QVERIFY(outboxStatus(*f, id) != QLatin1String("done"));
        f->executor->setFaultHandler({});
        // Space again: found in Sent and booked, not sent twice.
        f->now += 10 * 60'000;
        drain(*f);
        QCOMPARE(outboxStatus(*f, id), QStringLiteral("done"));
        QCOMPARE(m_servers.messages(to).size(), 1);
        QCOMPARE(test::scalar(*f->ws, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    void capsHoldWithReadableReasons()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        core::MailboxStore boxes(*f->ws);
        auto m = *boxes.find(QStringLiteral("sam"));
        m.dailyCap = 40;
        m.warmupStartCap = 2;
        m.warmupStep = 5;
        QString error;
        QVERIFY2(boxes.update(m, &error), qPrintable(error));
        const QString a = newRecipient(), b = newRecipient(), c = newRecipient();
        propose(*f, a);
        propose(*f, b);
        const QString idc = propose(*f, c);
        drain(*f);
        QString reason;
        QCOMPARE(outboxStatus(*f, idc, &reason), QStringLiteral("pending"));
        QVERIFY2(
            reason.startsWith(QStringLiteral("daily cap of 2 reached for mailbox sam; next slot")), qPrintable(reason));
        QCOMPARE(m_servers.messages(c).size(), 0);
        // A day later the warm-up allows 7, and the slot of the first send has passed.
        f->now += 24LL * 3600 * 1000 + 1000;
        drain(*f);
        QCOMPARE(m_servers.messages(c).size(), 1);
        // Minimum gap (no jitter): the next one waits 90 s.
        m = *boxes.find(QStringLiteral("sam"));
        m.gapSeconds = 90;
        QVERIFY(boxes.update(m, &error));
        const QString d = newRecipient();
        const QString idd = propose(*f, d);
        drain(*f);
        QCOMPARE(outboxStatus(*f, idd, &reason), QStringLiteral("pending"));
        QVERIFY2(reason.contains(QStringLiteral("waiting 90 s between sends")), qPrintable(reason));
        f->now += 91'000;
        drain(*f);
        QCOMPARE(m_servers.messages(d).size(), 1);
        // Per recipient domain.
        f->ws->setMeta(core::keys::SendDomainDailyCap, QStringLiteral("1"));
        m.gapSeconds = 0;
        QVERIFY(boxes.update(m, &error));
        const QString e = QStringLiteral("x@otherco.test"), g = QStringLiteral("y@otherco.test");
        const QString ide = propose(*f, e);
        const QString idg = propose(*f, g);
        drain(*f);
        QCOMPARE(m_servers.messages(e).size() + m_servers.messages(g).size(), 1); // either one, not both
        const QString waitingId = m_servers.messages(e).isEmpty() ? ide : idg;
        QCOMPARE(outboxStatus(*f, waitingId, &reason), QStringLiteral("pending"));
        QVERIFY2(
            reason.startsWith(QStringLiteral("domain cap of 1 a day reached for otherco.test")), qPrintable(reason));
    }

    void windowInTheRecipientsTime()
    {
        REQUIRE_SERVERS();
        // 2026-11-30 12:00 UTC is 04:00 in San Francisco and 13:00 in Berlin.
        const qint64 noonUtc = QDateTime(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        auto f = fixture();
        f->now = noonUtc;
        core::MailboxStore boxes(*f->ws);
        auto m = *boxes.find(QStringLiteral("sam"));
        m.setWindow(QStringLiteral("09:00-17:00"));
        QString error;
        QVERIFY(boxes.update(m, &error));
        QVERIFY(f->ws->execWrite(
            QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at, city, country) "
                           "VALUES ('A', 'a@sf.test', 'test', 0, 'San Francisco', 'US'), "
                           "('B', 'b@berlin.test', 'test', 0, 'Berlin', 'Germany')"),
            QStringLiteral("test")));
        const QString sf = propose(*f, QStringLiteral("a@sf.test"));
        const QString berlin = propose(*f, QStringLiteral("b@berlin.test"));
        drain(*f);
        QString reason;
        QCOMPARE(outboxStatus(*f, berlin), QStringLiteral("done"));
        QCOMPARE(outboxStatus(*f, sf, &reason), QStringLiteral("pending"));
        QVERIFY2(reason.contains(QStringLiteral("America/Los_Angeles")), qPrintable(reason));
        const qint64 opens
            = test::scalar(*f->ws, QStringLiteral("SELECT not_before FROM outbox WHERE decision_id = ?"), { sf })
                  .toLongLong();
        QCOMPARE(opens, QDateTime(QDate(2026, 11, 30), QTime(17, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        f->now = opens;
        drain(*f);
        QCOMPARE(outboxStatus(*f, sf), QStringLiteral("done"));
    }

    // An email approved before its campaign was paused waits in the outbox while it is paused and
    // goes once it is active again; one whose contact's sequence ended since (a reply) is not sent.
    void pausedCampaignHoldsApprovedEmails()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        QStringList problems;
        const auto d = core::CampaignDefinition::parse(
            QJsonDocument::fromJson(R"({"name": "c1", "segment": {"industries": ["Logistics"]},
                "steps": [{"kind": "first_touch"}]})")
                .object(),
            f->ws.get(), &problems);
        QVERIFY2(d, qPrintable(problems.join(QLatin1Char('\n'))));
        QString error;
        QVERIFY(core::CampaignStore::create(*f->ws, *d, &error));
        QVERIFY(core::CampaignStore::setStatus(*f->ws, QStringLiteral("c1"), QStringLiteral("active"), &error));
        const QString a = newRecipient(), b = newRecipient();
        for (const QString& to : { a, b })
            QVERIFY(f->ws->execWrite(QStringLiteral("INSERT INTO enrolments (email, sequence, status, step, "
                                                    "updated_at) VALUES ('%1', 'c1', 'active', 1, 0)")
                                         .arg(to),
                QStringLiteral("test")));
        QVERIFY(core::CampaignStore::setStatus(*f->ws, QStringLiteral("c1"), QStringLiteral("paused"), &error));
        const QJsonObject campaign { { QStringLiteral("campaign"), QStringLiteral("c1") },
            { QStringLiteral("step"), 0 } };
        const QString ida = propose(*f, a, campaign);
        const QString idb = propose(*f, b, campaign);
        QVERIFY(f->ws->execWrite(QStringLiteral("INSERT INTO campaign_sends (campaign, email, step, decision_id, "
                                                "status, created_at, updated_at) VALUES ('c1', '%1', 0, '%2', "
                                                "'proposed', 0, 0)")
                                     .arg(b, idb),
            QStringLiteral("test")));
        drain(*f);
        QString reason;
        QCOMPARE(outboxStatus(*f, ida, &reason), QStringLiteral("pending"));
        QVERIFY2(reason.contains(QStringLiteral("paused")), qPrintable(reason));
        QCOMPARE(m_servers.messages(a).size(), 0);
        // b replied meanwhile: the sequence engine ended its enrolment.
        QVERIFY(f->ws->execWrite(QStringLiteral("UPDATE enrolments SET status = 'ended', reason = 'ended: replied "
                                                "today' WHERE email = '%1'")
                                     .arg(b),
            QStringLiteral("test")));
        QVERIFY(core::CampaignStore::setStatus(*f->ws, QStringLiteral("c1"), QStringLiteral("active"), &error));
        f->now += 61'000;
        drain(*f);
        QCOMPARE(outboxStatus(*f, ida), QStringLiteral("done"));
        QTRY_COMPARE(m_servers.messages(a).size(), 1);
        QCOMPARE(outboxStatus(*f, idb, &reason), QStringLiteral("failed"));
        QVERIFY2(reason.contains(QStringLiteral("replied")), qPrintable(reason));
        QCOMPARE(
            test::scalar(*f->ws, QStringLiteral("SELECT status FROM campaign_sends WHERE email = ?"), { b }).toString(),
            QStringLiteral("skipped"));
        QCOMPARE(m_servers.messages(b).size(), 0);
    }

    void suppressedRightBeforeTheSend()
    {
        REQUIRE_SERVERS();
        auto f = fixture();
        core::MailboxStore boxes(*f->ws);
        auto m = *boxes.find(QStringLiteral("sam"));
        m.gapSeconds = 60;
        QString error;
        QVERIFY(boxes.update(m, &error));
        const QString a = newRecipient(), b = newRecipient();
        propose(*f, a);
        const QString idb = propose(*f, b);
        drain(*f); // b waits for the gap
        QVERIFY(core::SuppressionStore(*f->ws).add(
            b, core::SuppressionStore::Global, QStringLiteral("unsubscribe"), QStringLiteral("test"), &error));
        f->now += 61'000;
        drain(*f);
        QCOMPARE(outboxStatus(*f, idb), QStringLiteral("failed"));
        QCOMPARE(m_servers.messages(b).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSend)
#include "tst_send.moc"
