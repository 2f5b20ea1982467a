// Send throughput with caps off: messages/s through GreenDoor's outbox (authorization check,
// send ledger row committed before each send, SMTP, bookkeeping transaction with the audit
// entry) against a baseline of plain libcurl sending the same prepared messages over one
// connection with no bookkeeping, both to the same loopback aiosmtpd server (STARTTLS, AUTH) in
// the same run; five runs each, min/median/max.
//
//   bench_send [--emails 400] [--runs 5] [--deliver]
//
// Without --deliver the server accepts and discards (what is measured is the client side);
// with it every message is also delivered to Dovecot over LMTP.
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
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
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <curl/curl.h>
#include <sys/resource.h>

using namespace gd;

namespace {

struct Upload
{
    const QByteArray* data;
    qsizetype offset;
};

size_t readUpload(char* buffer, size_t size, size_t count, void* user)
{
    auto* u = static_cast<Upload*>(user);
    const qsizetype n = std::min<qsizetype>(static_cast<qsizetype>(size * count), u->data->size() - u->offset);
    std::memcpy(buffer, u->data->constData() + u->offset, static_cast<size_t>(n));
    u->offset += n;
    return static_cast<size_t>(n);
}

// Plain libcurl: one easy handle (so one connection, STARTTLS and AUTH once) for all messages.
double baseline(const test::MailServers& servers, const QList<QByteArray>& messages, const QList<QByteArray>& rcpts)
{
    CURL* curl = curl_easy_init();
    const QByteArray url = "smtp://127.0.0.1:" + QByteArray::number(servers.smtpPort());
    const QByteArray pin = servers.publicKeyPin();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pin.constData());
    curl_easy_setopt(curl, CURLOPT_USERNAME, "sam@greendoor.test");
    curl_easy_setopt(curl, CURLOPT_PASSWORD, "secret");
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, "<sam@greendoor.test>");
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readUpload);
    QElapsedTimer timer;
    timer.start();
    int ok = 0;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        curl_slist* to = curl_slist_append(nullptr, rcpts.at(i).constData());
        curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, to);
        Upload up { &messages.at(i), 0 };
        curl_easy_setopt(curl, CURLOPT_READDATA, &up);
        curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(messages.at(i).size()));
        if (curl_easy_perform(curl) == CURLE_OK)
            ++ok;
        curl_slist_free_all(to);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    curl_easy_cleanup(curl);
    if (ok != messages.size())
        std::printf("baseline: only %d of %lld sent\n", ok, static_cast<long long>(messages.size()));
    return ok / seconds;
}

double greendoor(
    const test::MailServers& servers, int emails, int run, QList<QByteArray>* prepared, QList<QByteArray>* rcpts)
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
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
    m.serverSavesSent = true; // no APPEND per message
    QString error;
    core::MailboxStore(*ws).add(m, &error);
    core::DecisionEngine engine(ws);
    for (int i = 0; i < emails; ++i) {
        core::Proposal p;
        p.type = QStringLiteral("email.first_touch");
        p.agent = QStringLiteral("outreach");
        p.target = QStringLiteral("p%1.%2@bench.test").arg(run).arg(i);
        p.action = QJsonObject { { QStringLiteral("to"), p.target },
            { QStringLiteral("subject"), QStringLiteral("A question, number %1").arg(i) },
            { QStringLiteral("body"), QStringLiteral("Hello,\n\nA short question about your onboarding.\n\nSam\n") } };
        p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
        engine.propose(p);
    }
    core::Executor executor(ws, &engine);
    executor.setSecretReader([](const QString&, QString*) { return QStringLiteral("secret"); });
    QElapsedTimer timer;
    rusage before {};
    ::getrusage(RUSAGE_SELF, &before);
    timer.start();
    int done = 0;
    for (int round = 0; round < 1000; ++round) {
        const int n = executor.runPending();
        done += n;
        if (n == 0)
            break;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    rusage after {};
    ::getrusage(RUSAGE_SELF, &after);
    auto cpu = [](const rusage& r) {
        return r.ru_utime.tv_sec + r.ru_stime.tv_sec + (r.ru_utime.tv_usec + r.ru_stime.tv_usec) / 1e6;
    };
    std::printf("  run %d: %.2f ms per email, of which %.2f ms CPU in GreenDoor's process\n", run + 1,
        seconds * 1000 / std::max(1, done), (cpu(after) - cpu(before)) * 1000 / std::max(1, done));
    if (done != emails)
        std::printf("greendoor: only %d of %d sent\n", done, emails);
    // The same messages, prepared once, for the baseline.
    if (prepared->isEmpty()) {
        for (int i = 0; i < emails; ++i) {
            core::OutgoingEmail e;
            e.from = { QString(), m.email };
            e.to = { { QString(), QStringLiteral("b%1@bench.test").arg(i) } };
            e.subject = QStringLiteral("A question, number %1").arg(i);
            e.text = QStringLiteral("Hello,\n\nA short question about your onboarding.\n\nSam\n");
            e.messageId = QStringLiteral("bench.%1@greendoor.test").arg(i);
            e.listUnsubscribeMailto = m.email + QStringLiteral("?subject=unsubscribe");
            *prepared << *core::MimeMessage::build(e);
            *rcpts << "<b" + QByteArray::number(i) + "@bench.test>";
        }
    }
    return done / seconds;
}

void report(const char* name, QList<double> v)
{
    std::sort(v.begin(), v.end());
    std::printf("%-40s min %7.1f  median %7.1f  max %7.1f messages/s\n", name, v.first(), v.at(v.size() / 2), v.last());
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
    const int emails = option("--emails", 400);
    const int runs = option("--runs", 5);
    const bool deliver = args.contains(QStringLiteral("--deliver"));
    test::MailServers servers;
    if (!servers.start()) {
        std::printf("SKIP: mail servers unavailable: %s\n", qPrintable(servers.error()));
        return 0;
    }
    servers.setSmtpControl({ { QStringLiteral("no_delivery"), !deliver } });
    curl_global_init(CURL_GLOBAL_DEFAULT);
    QList<double> ours;
    QList<double> base;
    QList<QByteArray> prepared;
    QList<QByteArray> rcpts;
    for (int r = 0; r < runs; ++r) {
        ours << greendoor(servers, emails, r, &prepared, &rcpts);
        base << baseline(servers, prepared, rcpts);
    }
    std::printf("%d emails per run, %d runs, server %s\n", emails, runs,
        deliver ? "delivers to Dovecot over LMTP" : "accepts and discards");
    report("GreenDoor outbox (ledger + SMTP + books)", ours);
    report("baseline: libcurl, prepared, one conn.", base);
    return 0;
}
