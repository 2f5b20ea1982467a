// kill -9 during a send: N approved emails go out through the outbox of a child process that
// is SIGKILLed at K random moments (and restarted each time), then finished by a last child.
// Counts what the real servers received: duplicate Message-IDs across the recipients'
// Maildirs, emails lost (approved, not received and not held for an operator), items held, and
// PRAGMA integrity_check of the workspace. Exit code 0 only for 0 duplicates, 0 lost, "ok".
//
//   bench_send_crash [--emails 2000] [--kills 200] [--seed N]
//
// The mailbox is set up like Gmail or Outlook (the server files each accepted message in Sent),
// so the crash rule can always decide: found in Sent -> booked, not there -> sent again.
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/DecisionStore.h"
#include "core/decisions/Executor.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/MimeMessage.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"
#include "support/MailServers.h"
#include "support/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <csignal>
#include <cstdio>
#include <sys/types.h>

using namespace gd;

namespace {

QString recipient(int i)
{
    return QStringLiteral("r%1@crash.test").arg(i);
}

int pendingCount(core::Workspace& ws)
{
    return test::scalar(ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status IN ('pending', 'executing')"))
        .toInt();
}

// The child: carries out the outbox until nothing is left to do (held items are left to the operator).
int child(const QString& path)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    if (!ws) {
        std::fprintf(stderr, "child: %s\n", qPrintable(error.message));
        return 2;
    }
    core::DecisionEngine engine(ws);
    core::Executor executor(ws, &engine);
    executor.setSecretReader([](const QString&, QString*) { return QStringLiteral("secret"); });
    executor.setRandom([] { return 0.0; });
    QElapsedTimer timer;
    timer.start();
    while (pendingCount(*ws) > 0 && timer.elapsed() < 600'000) {
        if (executor.runPending() == 0)
            QThread::msleep(20);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
    };
    if (args.value(1) == QLatin1String("--child"))
        return child(args.value(2));
    const int emails = option("--emails", 2000);
    const int kills = option("--kills", 200);
    const quint32 seed = static_cast<quint32>(option("--seed", static_cast<int>(QDateTime::currentSecsSinceEpoch())));
    QRandomGenerator random(seed);

    test::MailServers servers;
    if (!servers.start({ { QStringLiteral("sam@greendoor.test"), QStringLiteral("secret") } })) {
        std::printf("SKIP: mail servers unavailable: %s\n", qPrintable(servers.error()));
        return 0;
    }
    servers.setSmtpControl({ { QStringLiteral("save_sent"), true } });
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("crash.greendoor"));
    {
        auto ws = test::createWorkspace(dir, QStringLiteral("crash.greendoor"));
        core::AuthorityRule rule = core::AuthorityMatrix::load(*ws).ruleFor(QStringLiteral("email.first_touch"));
        rule.level = core::RiskLevel::Low;
        rule.mode = core::AutonomyMode::Autopilot;
        rule.ceilingRisk = 0.95;
        core::AuthorityMatrix::saveRule(*ws, rule, QStringLiteral("admin"), nullptr);
        ws->setMeta(core::keys::SendDomainDailyCap, QStringLiteral("0"));
        core::Mailbox m;
        m.name = QStringLiteral("sam");
        m.email = QStringLiteral("sam@greendoor.test");
        m.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(servers.smtpPort()));
        m.imapUrl = QUrl(QStringLiteral("imap://127.0.0.1:%1").arg(servers.imapPort()));
        m.user = m.email;
        m.smtpPin = m.imapPin = servers.publicKeyPin();
        m.dailyCap = m.warmupStartCap = 2000;
        m.warmupStep = m.gapSeconds = m.gapJitterSeconds = 0;
        m.setWindow(QStringLiteral("any"));
        m.serverSavesSent = true;
        QString error;
        if (!core::MailboxStore(*ws).add(m, &error)) {
            std::printf("mailbox: %s\n", qPrintable(error));
            return 2;
        }
        core::DecisionEngine engine(ws);
        for (int i = 0; i < emails; ++i) {
            core::Proposal p;
            p.type = QStringLiteral("email.first_touch");
            p.agent = QStringLiteral("outreach");
            p.target = recipient(i);
            p.action = QJsonObject { { QStringLiteral("to"), p.target },
                { QStringLiteral("subject"), QStringLiteral("Email %1").arg(i) },
                { QStringLiteral("body"), QStringLiteral("Hello number %1.").arg(i) } };
            p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
            p.id = QStringLiteral("crash-%1").arg(i);
            const auto r = engine.propose(p);
            if (!r.error.isEmpty() || r.outcome != core::DecisionOutcome::Act) {
                std::printf("propose %d: %s\n", i, qPrintable(r.error));
                return 2;
            }
        }
    }

    QElapsedTimer total;
    total.start();
    int killed = 0;
    int rounds = 0;
    // Random moments: a child's start-up takes ~50 ms, a send a few ms; kill within 30-400 ms.
    while (killed < kills) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), path });
        if (!p.waitForStarted(10000))
            break;
        ++rounds;
        const int delay = 30 + static_cast<int>(random.bounded(370));
        if (p.waitForFinished(delay)) {
            break; // finished before the kill: all done
        }
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        p.waitForFinished(10000);
        ++killed;
    }
    // The last run, undisturbed.
    QProcess last;
    last.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    last.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), path });
    last.waitForFinished(900'000);

    core::WorkspaceError openError;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &openError);
    if (!ws) {
        std::printf("open: %s\n", qPrintable(openError.message));
        return 2;
    }
    QHash<QString, int> seen;
    int received = 0;
    for (int r = 0; r < emails; ++r) {
        for (const QByteArray& raw : servers.messages(recipient(r))) {
            const auto parsed = core::MimeMessage::parse(raw);
            ++received;
            ++seen[parsed ? parsed->messageId : QString()];
        }
    }
    int duplicates = 0;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        duplicates += it.value() - 1;
    const int held = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'held'")).toInt();
    const int done = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'done'")).toInt();
    const int failed = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'failed'")).toInt();
    // Lost: approved, neither received by the server nor held for the operator.
    int lost = 0;
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT o.status, s.message_id FROM outbox o LEFT JOIN mail_sends s ON s.outbox_id = o.id"));
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("held"))
            continue;
        if (!seen.contains(q.value(1).toString()))
            ++lost;
    }
    QSqlQuery states(ws->db());
    states.exec(
        QStringLiteral("SELECT status, last_error, count(*) FROM outbox GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5"));
    while (states.next())
        std::printf("  outbox %s x%d: %s\n", qPrintable(states.value(0).toString()), states.value(2).toInt(),
            qPrintable(states.value(1).toString().left(160)));
    const int recovered
        = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE result LIKE '%\"recovered\":true%'"))
              .toInt();
    const int resent = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_sends WHERE attempts > 1")).toInt();
    std::printf("interrupted sends: %d found in Sent and booked without resending, %d sent again after not being "
                "found\n",
        recovered, resent);
    const QString integrity = test::scalar(*ws, QStringLiteral("PRAGMA integrity_check")).toString();
    std::printf("emails %d, kills %d (%d child runs + 1 final), seed %u, %.1f s\n", emails, killed, rounds, seed,
        total.elapsed() / 1000.0);
    std::printf("received %d, distinct Message-IDs %lld, duplicates %d, lost %d, held %d, done %d, failed %d, "
                "integrity_check %s\n",
        received, static_cast<long long>(seen.size()), duplicates, lost, held, done, failed, qPrintable(integrity));
    return duplicates == 0 && lost == 0 && integrity == QLatin1String("ok") ? 0 : 1;
}
