// The Dashboard on a large workspace: open time and the longest GUI-thread stall while the charts
// refresh, against an idle baseline. Prints figures; asserts nothing.
//
//   bench_dashboard [--prospects N] [--deals N] [--runs R] [--refreshes K] [--workspace PATH] [--keep]
//                   [--drop-indexes]
//
// Builds (in a child process, with the SQLite C API in one transaction) a workspace with N
// prospects (default 1,000,000) and N deals (default 100,000) plus a year of activity shaped
// like a busy team's: 300,000 decisions (85 % taken alone), their approvals, 200,000 sent emails
// in the outbox, 10 campaigns x 2 variants with 200,000 sends, 40,000 replies with bodies, deal
// stage histories, and a week of metric snapshots every 5 s (120,960 rows). Or opens PATH.
//
// Then, R times (default 5): a fresh DashboardView and AsyncRunner, refresh, and the time until
// the charts are drawn (loaded() + a synchronous repaint) = "open"; the query part alone is
// DashboardData::loadMs. Stall: a 1 ms precise QTimer on the GUI thread records the largest gap
// between its ticks during K refreshes back to back (default 5, each waits for its answer and
// its paint), and during an idle stretch as long (nothing refreshing) = the baseline.
// --drop-indexes removes the dashboard migration's indexes first (to see what they buy).

#include "core/reports/Dashboard.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/DashboardView.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <array>
#include <atomic>
#include <ctime>
#include <random>
#include <sqlite3.h>
#include <thread>
#include <vector>

using namespace gd;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Sql
{
    sqlite3* db = nullptr;
    bool exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            err() << "SQL failed: " << sql << ": " << message << "\n";
            sqlite3_free(message);
            return false;
        }
        return true;
    }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            err() << "prepare failed: " << sql << ": " << sqlite3_errmsg(db) << "\n";
        return s;
    }
    bool step(sqlite3_stmt* s)
    {
        const bool ok = sqlite3_step(s) == SQLITE_DONE;
        if (!ok)
            err() << "insert failed: " << sqlite3_errmsg(db) << "\n";
        sqlite3_reset(s);
        return ok;
    }
};

void text(sqlite3_stmt* s, int i, const QByteArray& value)
{
    sqlite3_bind_text(s, i, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
}

constexpr std::array kFirst = { "Anna", "Jonas", "Marie", "Thomas", "Laura", "Lukas", "Sophie", "Daniel", "Olivia",
    "Noah", "Emma", "Liam", "Mia", "Felix", "Clara", "Paul", "Lena", "Jan", "Sarah", "David" };
constexpr std::array kLast = { "Müller", "Schmidt", "Jansen", "de Vries", "Smith", "Johnson", "Dubois", "Rossi",
    "Nowak", "Hansen", "Weber", "Bakker", "Martin", "Garcia", "Fischer", "Peeters", "Meyer", "Brown" };
constexpr std::array kTitles = { "Head of Operations", "COO", "CFO", "IT Manager", "VP Sales", "Controller",
    "Logistics Manager", "Procurement Manager", "CEO", "Software Engineer" };
constexpr std::array kClasses
    = { "interested", "not_interested", "not_now", "objection", "out_of_office", "referral", "unsubscribe", "bounce" };
constexpr std::array kClassWeights = { 14, 30, 14, 10, 18, 3, 6, 5 };
constexpr std::array kStages = { "qualified", "discovery", "proposal", "negotiation", "closed_won", "closed_lost" };
constexpr std::array kStageWeights = { 30, 20, 15, 10, 10, 15 };
constexpr std::array kAgents = { "research", "outreach", "relationship", "deal", "analytics", "optimization" };

// --child-build PATH PROSPECTS DEALS
int childBuild(const QString& path, qint64 prospects, qint64 deals)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::CreateNew, &error);
    if (!ws) {
        err() << "cannot create the workspace: " << error.message << "\n";
        return 1;
    }
    const QVariant handle = ws->db().driver()->handle();
    Sql sql;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        sql.db = *static_cast<sqlite3* const*>(handle.data());
    if (!sql.db)
        return 1;
    sql.exec("PRAGMA cache_size = -262144");
    if (!sql.exec("BEGIN"))
        return 1;
    std::mt19937_64 rng(2026);
    auto uniform = [&rng](qint64 n) { return static_cast<qint64>(rng() % static_cast<quint64>(n)); };
    auto weighted = [&](const auto& weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int pick = static_cast<int>(uniform(total));
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (pick < weights[i])
                return i;
            pick -= weights[i];
        }
        return weights.size() - 1;
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 kDay = 86'400'000;
    auto withinYear = [&] { return now - uniform(365 * kDay); };
    const QByteArray body = QByteArray(
        "Hello,\n\nthanks for reaching out about the logistics planning pilot. We looked at the numbers you sent "
        "and would like to understand how the routing works with our current carriers. ")
                                .repeated(6);

    // Companies and prospects.
    const qint64 companies = std::max<qint64>(100, prospects / 50);
    sqlite3_stmt* company = sql.prepare("INSERT INTO companies (id, name, domain, industry, employees, country) "
                                        "VALUES (?, ?, ?, 'Logistics', ?, 'NL')");
    for (qint64 i = 1; i <= companies; ++i) {
        sqlite3_bind_int64(company, 1, i);
        text(company, 2, "Company " + QByteArray::number(i) + " B.V.");
        text(company, 3, "company" + QByteArray::number(i) + ".example");
        sqlite3_bind_int64(company, 4, 10 + uniform(5000));
        if (!sql.step(company))
            return 1;
    }
    sqlite3_finalize(company);
    sqlite3_stmt* prospect = sql.prepare(
        "INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, country, name_key, score, "
        "score_reasons, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'NL', ?, ?, ?, "
        "'import:prospects.csv', ?, ?)");
    std::vector<QByteArray> emails;
    emails.reserve(static_cast<std::size_t>(prospects));
    for (qint64 i = 0; i < prospects; ++i) {
        const qint64 c = 1 + uniform(companies);
        const QByteArray first = kFirst.at(static_cast<std::size_t>(uniform(kFirst.size())));
        const QByteArray last = kLast.at(static_cast<std::size_t>(uniform(kLast.size())));
        const QByteArray email
            = first.toLower() + '.' + QByteArray::number(i) + "@company" + QByteArray::number(c) + ".example";
        const qint64 created = withinYear();
        sqlite3_bind_int64(prospect, 1, c);
        text(prospect, 2, first + ' ' + last);
        text(prospect, 3, first);
        text(prospect, 4, last);
        text(prospect, 5, email);
        text(prospect, 6, kTitles.at(static_cast<std::size_t>(uniform(kTitles.size()))));
        text(prospect, 7, (first + ' ' + last).toLower() + "|company" + QByteArray::number(c) + ".example");
        sqlite3_bind_int64(prospect, 8, uniform(101));
        text(prospect, 9, "+30 industry Logistics matches the profile\n+25 role matches");
        sqlite3_bind_int64(prospect, 10, created);
        sqlite3_bind_int64(prospect, 11, created);
        if (!sql.step(prospect))
            return 1;
        emails.push_back(email);
    }
    sqlite3_finalize(prospect);
    auto someone = [&] { return emails.at(static_cast<std::size_t>(uniform(static_cast<qint64>(emails.size())))); };

    // Decisions (300,000, 85 % alone), their approvals, and the outbox's sent emails.
    const qint64 decisionCount = 300'000;
    const QByteArray action = R"({"to":"x@example.com","subject":"Logistics planning","template":"first_touch",)"
                              R"("sentences":[{"text":"You run 40 trucks from Rotterdam.","fact":"f1"}]})";
    const QByteArray risk = R"({"combined":0.2,"financial":0.0,"relationship":0.2,"compliance":0.1,"strategic":0.0,)"
                            R"("reasons":["cold contact"]})";
    sqlite3_stmt* decision = sql.prepare(
        "INSERT INTO decisions (id, type, agent, target, action, action_hash, inputs, inputs_hash, reasoning, risk, "
        "combined_risk, outcome, status, explanation, created_at, decided_at) VALUES (?, ?, 'outreach', ?, ?, 'h', "
        "'{}', 'h', 'first touch to a prospect in the segment', ?, 0.2, ?, ?, 'within the matrix', ?, ?)");
    sqlite3_stmt* approval = sql.prepare(
        "INSERT INTO approvals (id, decision_id, action, action_hash, status, created_at, deadline_at, decided_at, "
        "decided_by) VALUES (?, ?, ?, 'h', ?, ?, ?, ?, 'operator')");
    sqlite3_stmt* outbox = sql.prepare(
        "INSERT INTO outbox (id, decision_id, idempotency_key, type, target, action, action_hash, status, created_at, "
        "executed_at) VALUES (?, ?, ?, 'email.first_touch', ?, ?, 'h', 'done', ?, ?)");
    qint64 approvals = 0, sent = 0;
    for (qint64 i = 0; i < decisionCount; ++i) {
        const QByteArray id = "dec-" + QByteArray::number(i);
        const qint64 at = withinYear();
        const qint64 kind = uniform(100);
        const char* type = kind < 78 ? "email.first_touch" : kind < 80 ? "meeting.book" : "deal.move_stage";
        const bool alone = uniform(100) < 85;
        const QByteArray target = someone();
        text(decision, 1, id);
        text(decision, 2, type);
        text(decision, 3, target);
        text(decision, 4, action);
        text(decision, 5, risk);
        text(decision, 6, alone ? "act" : "queue");
        text(decision, 7, "executed");
        sqlite3_bind_int64(decision, 8, at);
        sqlite3_bind_int64(decision, 9, at);
        if (!sql.step(decision))
            return 1;
        if (!alone) {
            const qint64 r = uniform(100);
            text(approval, 1, "apr-" + QByteArray::number(i));
            text(approval, 2, id);
            text(approval, 3, action);
            text(approval, 4, r < 90 ? "approved" : r < 96 ? "rejected" : "edited");
            sqlite3_bind_int64(approval, 5, at);
            sqlite3_bind_int64(approval, 6, at + kDay);
            sqlite3_bind_int64(approval, 7, at + uniform(3'600'000));
            if (!sql.step(approval))
                return 1;
            ++approvals;
        }
        if (qstrcmp(type, "email.first_touch") == 0 && sent < 200'000) {
            text(outbox, 1, "out-" + QByteArray::number(i));
            text(outbox, 2, id);
            text(outbox, 3, "key-" + QByteArray::number(i));
            text(outbox, 4, target);
            text(outbox, 5, action + body);
            sqlite3_bind_int64(outbox, 6, at);
            sqlite3_bind_int64(outbox, 7, at + 60'000);
            if (!sql.step(outbox))
                return 1;
            ++sent;
        }
    }
    for (int i = 0; i < 30; ++i) { // waiting for the operator now
        const QByteArray id = "dec-pending-" + QByteArray::number(i);
        text(decision, 1, id);
        text(decision, 2, "email.first_touch");
        text(decision, 3, someone());
        text(decision, 4, action);
        text(decision, 5, risk);
        text(decision, 6, "queue");
        text(decision, 7, "pending");
        sqlite3_bind_int64(decision, 8, now - 3'600'000);
        sqlite3_bind_null(decision, 9);
        if (!sql.step(decision))
            return 1;
        text(approval, 1, "apr-pending-" + QByteArray::number(i));
        text(approval, 2, id);
        text(approval, 3, action);
        text(approval, 4, "pending");
        sqlite3_bind_int64(approval, 5, now - 3'600'000);
        sqlite3_bind_int64(approval, 6, now + kDay);
        sqlite3_bind_null(approval, 7);
        if (!sql.step(approval))
            return 1;
    }
    sqlite3_finalize(decision);
    sqlite3_finalize(approval);
    sqlite3_finalize(outbox);

    // Campaign sends (10 campaigns x 2 variants) and 40,000 replies, 30,000 of them to a send.
    sqlite3_stmt* send = sql.prepare("INSERT INTO campaign_sends (campaign, email, step, variant, message_id, status, "
                                     "created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?)");
    std::vector<QByteArray> messageIds;
    for (qint64 i = 0; i < 200'000; ++i) {
        const QByteArray campaign = "Campaign " + QByteArray::number(i % 10);
        const QByteArray variant = (i / 10) % 2 ? "B" : "A";
        const QByteArray mid = "<send-" + QByteArray::number(i) + "@bench.example>";
        const qint64 at = withinYear();
        text(send, 1, campaign);
        text(send, 2, "c" + QByteArray::number(i) + '.' + someone());
        text(send, 3, variant);
        text(send, 4, mid);
        text(send, 5, uniform(100) < 95 ? "sent" : "skipped");
        sqlite3_bind_int64(send, 6, at);
        sqlite3_bind_int64(send, 7, at);
        if (!sql.step(send))
            return 1;
        messageIds.push_back(mid);
    }
    sqlite3_finalize(send);
    sqlite3_stmt* reply = sql.prepare(
        "INSERT INTO mail_messages (message_key, direction, sender, recipients, subject, sent_at, body, class, "
        "confidence, in_reply_to, received_at) VALUES (?, 'in', ?, 'me@example.com', 'Re: Logistics planning', ?, ?, "
        "?, "
        "0.9, ?, ?)");
    for (qint64 i = 0; i < 40'000; ++i) {
        const qint64 at = withinYear();
        text(reply, 1, "<reply-" + QByteArray::number(i) + "@bench.example>");
        text(reply, 2, someone());
        sqlite3_bind_int64(reply, 3, at);
        text(reply, 4, body);
        text(reply, 5, kClasses.at(weighted(kClassWeights)));
        text(reply, 6, i < 30'000 ? messageIds.at(static_cast<std::size_t>(uniform(200'000))) : QByteArray());
        sqlite3_bind_int64(reply, 7, at);
        if (!sql.step(reply))
            return 1;
    }
    sqlite3_finalize(reply);

    // Deals with their stage histories.
    sqlite3_stmt* deal = sql.prepare("INSERT INTO deals (id, title, company, stage, value_cents, currency, "
                                     "updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt* event
        = sql.prepare("INSERT INTO deal_events (deal_id, at, kind, from_stage, to_stage) VALUES (?, ?, ?, ?, ?)");
    qint64 events = 0;
    for (qint64 i = 1; i <= deals; ++i) {
        const std::size_t stage = weighted(kStageWeights);
        const qint64 created = withinYear();
        // Moved stage by stage to its current one; a lost deal was lost from one of the open stages.
        std::vector<std::size_t> path;
        if (stage == 5) {
            const auto lostFrom = static_cast<std::size_t>(uniform(4));
            for (std::size_t s = 1; s <= lostFrom; ++s)
                path.push_back(s);
            path.push_back(5);
        } else {
            for (std::size_t s = 1; s <= stage; ++s)
                path.push_back(s);
        }
        std::vector<qint64> times;
        qint64 at = created;
        for (std::size_t k = 0; k < path.size(); ++k) {
            at = std::min(now, at + uniform(20 * kDay));
            times.push_back(at);
        }
        sqlite3_bind_int64(deal, 1, i);
        text(deal, 2, "Deal " + QByteArray::number(i));
        text(deal, 3, "Company " + QByteArray::number(1 + uniform(companies)));
        text(deal, 4, kStages.at(stage));
        sqlite3_bind_int64(deal, 5, (5'000 + uniform(95'000)) * 100);
        text(deal, 6, uniform(10) == 0 ? "USD" : "EUR");
        sqlite3_bind_int64(deal, 7, at);
        sqlite3_bind_int64(deal, 8, created);
        if (!sql.step(deal))
            return 1;
        sqlite3_bind_int64(event, 1, i);
        sqlite3_bind_int64(event, 2, created);
        text(event, 3, "created");
        text(event, 4, "");
        text(event, 5, "qualified");
        if (!sql.step(event))
            return 1;
        ++events;
        std::size_t from = 0;
        for (std::size_t k = 0; k < path.size(); ++k) {
            const std::size_t to = path.at(k);
            sqlite3_bind_int64(event, 1, i);
            sqlite3_bind_int64(event, 2, times.at(k));
            text(event, 3, to >= 4 ? "closed" : "stage");
            text(event, 4, kStages.at(from));
            text(event, 5, kStages.at(to));
            if (!sql.step(event))
                return 1;
            ++events;
            from = to;
        }
    }
    sqlite3_finalize(deal);
    sqlite3_finalize(event);

    // A week of metric snapshots every 5 s, as the analytics agent writes them.
    sqlite3_stmt* snapshot = sql.prepare("INSERT INTO metric_snapshots (created_at, metrics) VALUES (?, ?)");
    const qint64 snapshots = 7 * 24 * 720;
    std::array<qint64, kAgents.size()> handled {};
    for (qint64 i = 0; i < snapshots; ++i) {
        const qint64 at = now - (snapshots - i) * 5000;
        QByteArray metrics = R"({"window_ms":900000,"messages_total":120,"agents":{)";
        for (std::size_t a = 0; a < kAgents.size(); ++a) {
            handled[a] += uniform(4);
            if (a)
                metrics += ',';
            metrics += '"' + QByteArray(kAgents[a]) + R"(":{"handled":)" + QByteArray::number(handled[a])
                + R"(,"failed":0,"queue_depth":)" + QByteArray::number(uniform(3))
                + R"(,"restarts":0,"handling_p50_ms":)" + QByteArray::number(2 + uniform(30)) + R"(,"handling_p99_ms":)"
                + QByteArray::number(40 + uniform(200))
                + R"(,"delivery_p50_ms":1.2,"delivery_p99_ms":8.5,"current_task":"","last_error":"","state":"idle"})";
        }
        metrics += "}}";
        sqlite3_bind_int64(snapshot, 1, at);
        text(snapshot, 2, metrics);
        if (!sql.step(snapshot))
            return 1;
    }
    sqlite3_finalize(snapshot);
    if (!sql.exec("COMMIT"))
        return 1;
    sql.exec("PRAGMA cache_size = -2000");
    sql.exec("ANALYZE");
    QString why;
    if (!ws->checkpoint(&why))
        err() << "checkpoint: " << why << "\n";
    out() << "  built: " << prospects << " prospects, " << deals << " deals (" << events << " stage events), "
          << decisionCount << " decisions, " << approvals << " approvals, " << sent << " sent emails, 200000 "
          << "campaign sends, 40000 replies, " << snapshots << " metric snapshots\n";
    out().flush();
    return 0;
}

qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64 { ts.tv_sec } * 1000000000 + ts.tv_nsec;
}

// Times every event dispatched on the GUI thread (outermost only): the longest, wall and CPU,
// tells work on the GUI thread from waiting for a core.
class TimedApplication final : public QApplication
{
public:
    TimedApplication(int& argc, char** argv)
        : QApplication(argc, argv)
    {
        m_clock.start();
    }
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || !measuring)
            return QApplication::notify(receiver, event);
        ++m_depth;
        const char* what = receiver->metaObject()->className(); // the receiver may be gone afterwards
        const int type = event->type(); // as may the event
        const qint64 wall = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 took = m_clock.nsecsElapsed() - wall;
        if (took > longestNs) {
            longestNs = took;
            longestCpuNs = threadCpuNs() - cpu;
            longest = QStringLiteral("%1 to %2").arg(type).arg(QLatin1String(what));
        }
        --m_depth;
        return result;
    }
    void reset()
    {
        longestNs = longestCpuNs = 0;
        longest.clear();
    }
    bool measuring = false;
    qint64 longestNs = 0;
    qint64 longestCpuNs = 0;
    QString longest;

private:
    QElapsedTimer m_clock;
    int m_depth = 0;
};

void spin(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

// The largest gap between the ticks of a 1 ms precise timer on the GUI thread.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(1);
        connect(&m_tick, &QTimer::timeout, this, [this] {
            const qint64 t = m_clock.nsecsElapsed();
            m_max = std::max(m_max, t - m_last);
            m_last = t;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_max = 0;
        m_tick.start();
    }
    double stopMs()
    {
        m_tick.stop();
        return static_cast<double>(m_max) / 1e6;
    }

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

QString stats(std::vector<double> v, int decimals = 1)
{
    std::sort(v.begin(), v.end());
    if (v.empty())
        return QStringLiteral("-");
    return QStringLiteral("%1 / %2 / %3")
        .arg(v.front(), 0, 'f', decimals)
        .arg(v.at(v.size() / 2), 0, 'f', decimals)
        .arg(v.back(), 0, 'f', decimals);
}

} // namespace

int main(int argc, char* argv[])
{
    for (int i = 1; i + 3 < argc; ++i) {
        if (qstrcmp(argv[i], "--child-build") == 0) {
            QCoreApplication app(argc, argv);
            return childBuild(QString::fromLocal8Bit(argv[i + 1]), QByteArray(argv[i + 2]).toLongLong(),
                QByteArray(argv[i + 3]).toLongLong());
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, qint64 fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 prospects = option("--prospects", 1'000'000);
    const qint64 deals = option("--deals", 100'000);
    const int runs = static_cast<int>(option("--runs", 5));
    const int refreshes = static_cast<int>(option("--refreshes", 5));
    const bool keep = args.contains(QStringLiteral("--keep"));
    QTemporaryDir tmp;
    tmp.setAutoRemove(!keep);
    QString path;
    if (const qsizetype i = args.indexOf(QStringLiteral("--workspace")); i >= 0 && i + 1 < args.size())
        path = args.at(i + 1);
    if (path.isEmpty()) {
        path = tmp.filePath(QStringLiteral("bench.greendoor"));
        QElapsedTimer timer;
        timer.start();
        QProcess build;
        build.setProcessChannelMode(QProcess::ForwardedChannels);
        build.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--child-build"), path, QString::number(prospects), QString::number(deals) });
        if (!build.waitForFinished(-1) || build.exitStatus() != QProcess::NormalExit || build.exitCode() != 0) {
            err() << "bench_dashboard: building the workspace failed\n";
            return 1;
        }
        out() << "bench_dashboard: built the workspace in " << QString::number(timer.elapsed() / 1000.0, 'f', 1)
              << " s (" << QString::number(static_cast<double>(QFileInfo(path).size()) / 1048576.0, 'f', 0) << " MB)\n";
    }
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    if (!ws) {
        err() << "bench_dashboard: cannot open " << path << ": " << error.message << "\n";
        return 1;
    }
    if (args.contains(QStringLiteral("--drop-indexes"))) {
        QSqlQuery q(ws->db());
        for (const char* index : { "outbox_done_target", "mail_messages_class", "mail_messages_received",
                 "mail_messages_reply_to", "decisions_created", "approvals_decided", "metric_snapshots_created",
                 "deal_events_at", "deals_currency_stage", "campaign_sends_rates" })
            q.exec(QStringLiteral("DROP INDEX IF EXISTS ") + QLatin1String(index));
        out() << "  the dashboard migration's indexes dropped\n";
    }
    {
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM prospects), (SELECT count(*) FROM deals)"));
        q.next();
        out() << "  workspace: " << QLocale(QLocale::English).toString(q.value(0).toLongLong()) << " prospects, "
              << QLocale(QLocale::English).toString(q.value(1).toLongLong()) << " deals; platform "
              << QGuiApplication::platformName() << "\n";
    }
    out().flush();

    std::vector<double> open, openStall, query, draw, stall, readsOnly, idle, busyBaseline, event, eventCpu;
    StallMeter meter;
    for (int run = 0; run < runs; ++run) {
        // Open: a fresh view and runner (new connections), refresh, drawn.
        ui::AsyncRunner runner(ws);
        ui::DashboardView view;
        view.resize(1280, 800);
        view.show();
        spin(50);
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        QElapsedTimer timer;
        timer.start();
        meter.start();
        view.setRunner(&runner);
        view.refresh();
        if (!loaded.wait(120000)) {
            err() << "bench_dashboard: no answer within 120 s\n";
            return 1;
        }
        const qint64 answered = timer.nsecsElapsed();
        view.repaint();
        open.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        openStall.push_back(meter.stopMs());
        query.push_back(static_cast<double>(view.data().loadMs));
        draw.push_back(static_cast<double>(timer.nsecsElapsed() - answered) / 1e6);
        spin(100);

        // Stall while the charts refresh, K times back to back.
        QElapsedTimer busy;
        busy.start();
        app.reset();
        app.measuring = true;
        meter.start();
        for (int k = 0; k < refreshes; ++k) {
            const auto before = loaded.size();
            view.refresh();
            while (loaded.size() == before)
                spin(1);
            spin(20); // its paint
        }
        stall.push_back(meter.stopMs());
        app.measuring = false;
        event.push_back(static_cast<double>(app.longestNs) / 1e6);
        eventCpu.push_back(static_cast<double>(app.longestCpuNs) / 1e6);
        const qint64 busyMs = busy.elapsed();
        // The idle baseline: as long, with nothing refreshing.
        meter.start();
        spin(static_cast<int>(busyMs));
        idle.push_back(meter.stopMs());
        // The same reads with their answers dropped (nothing drawn): what the background read
        // alone costs the GUI thread.
        {
            QObject context;
            int answered = 0;
            meter.start();
            for (int k = 0; k < refreshes; ++k) {
                const int before = answered;
                runner.run(
                    &context, QStringLiteral("bare"),
                    [](core::Workspace& w) { return core::loadDashboard(w, core::nowMs()).loadMs; },
                    [&answered](qint64) { ++answered; });
                while (answered == before)
                    spin(1);
            }
            readsOnly.push_back(meter.stopMs());
        }
        // A second baseline: as long again, with one thread of this process busy on plain CPU work
        // (what a background read costs the GUI thread in scheduling alone on a shared machine).
        std::atomic<bool> burn { true };
        std::thread burner([&burn] {
            volatile quint64 x = 0;
            while (burn.load(std::memory_order_relaxed))
                x = x + 1;
        });
        meter.start();
        spin(static_cast<int>(busyMs));
        busyBaseline.push_back(meter.stopMs());
        burn = false;
        burner.join();
        out() << "  run " << run + 1 << ": open " << QString::number(open.back(), 'f', 0) << " ms (query "
              << view.data().loadMs << " ms, drawing " << QString::number(draw.back(), 'f', 0) << " ms, longest stall "
              << QString::number(openStall.back(), 'f', 1) << " ms); refreshing " << refreshes << "x over " << busyMs
              << " ms: longest stall " << QString::number(stall.back(), 'f', 1) << " ms, reads alone (not drawn) "
              << QString::number(readsOnly.back(), 'f', 1) << " ms, idle " << QString::number(idle.back(), 'f', 1)
              << " ms, idle with a busy thread " << QString::number(busyBaseline.back(), 'f', 1)
              << " ms; longest GUI event " << QString::number(event.back(), 'f', 1) << " ms wall / "
              << QString::number(eventCpu.back(), 'f', 1) << " ms CPU (" << app.longest << ")\n";
        out().flush();
        view.setRunner(nullptr);
        runner.stop();
        runner.wait();
    }
    out() << "\nbench_dashboard (" << runs << " runs, min / median / max):\n"
          << "  open (refresh to charts drawn): " << stats(open, 0) << " ms\n"
          << "    of which the background read (loadDashboard): " << stats(query, 0) << " ms\n"
          << "    of which drawing on the GUI thread (answer to painted): " << stats(draw, 0) << " ms\n"
          << "  longest GUI-thread stall while opening (every chart drawn): " << stats(openStall) << " ms\n"
          << "  longest GUI-thread stall while the charts refresh: " << stats(stall) << " ms\n"
          << "  the same reads with nothing drawn (answers dropped): " << stats(readsOnly) << " ms\n"
          << "  idle baseline, same timer, nothing refreshing:      " << stats(idle) << " ms\n"
          << "  idle baseline with one busy thread in the process:  " << stats(busyBaseline) << " ms\n"
          << "  longest single GUI-thread event while refreshing: " << stats(event) << " ms wall, " << stats(eventCpu)
          << " ms CPU\n";
    if (keep)
        out() << "kept: " << path << "\n";
    return 0;
}
