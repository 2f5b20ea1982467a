// Report generation time and file size for a year of activity on a million-prospect workspace.
//
//   bench_report [--prospects N] [--runs N] [--keep DIR] [--kinds audit,...] [--formats pdf,csv]
//                [--no-baseline] [--no-gui]
//
// --keep DIR keeps the workspace (and reuses it on the next run); --kinds, --formats pdf,csv,
// --no-baseline and --no-gui narrow the run (for profiling).
// Builds the workspace with direct inserts (prospects, companies, a year of decisions with their
// approvals, outbox rows and a valid hash-chained audit trail, deals with their stage history,
// replies, suppressions, goals), then times each report kind as PDF and as CSV (build, charts,
// file written) over N runs: min / median / max, the file's size and the run's peak RSS. Baseline,
// same run: the sqlite3 command-line tool writing the same base rows as CSV (`sqlite3 -csv`), no
// sentences, no privacy filter, no charts; the ratio is median over baseline median. Last, the
// Export Report dialog's preview of each kind, with the longest stall of the GUI thread.
#include "core/decisions/AuditLog.h"
#include "core/reports/Report.h"
#include "core/reports/ReportPrivacy.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/ReportChartImage.h"
#include "ui/ReportDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <random>
#include <sqlite3.h>
#include <sys/resource.h>

using namespace gd;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

struct Db
{
    sqlite3* db = nullptr;
    bool exec(const char* sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            out() << "SQL failed: " << sql << ": " << message << Qt::endl;
            sqlite3_free(message);
            return false;
        }
        return true;
    }
    sqlite3_stmt* prepare(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            out() << "prepare failed: " << sql << ": " << sqlite3_errmsg(db) << Qt::endl;
        return s;
    }
    bool step(sqlite3_stmt* s)
    {
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            out() << "insert failed: " << sqlite3_errmsg(db) << Qt::endl;
            return false;
        }
        return true;
    }
};

void text(sqlite3_stmt* s, int i, const QByteArray& v)
{
    sqlite3_bind_text(s, i, v.constData(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

struct Volumes
{
    qint64 prospects = 1'000'000;
    qint64 companies = 0;
    qint64 decisions = 0;
    qint64 approvals = 0;
    qint64 outbox = 0;
    qint64 audit = 0;
    qint64 deals = 0;
    qint64 dealEvents = 0;
    qint64 replies = 0;
    qint64 suppressions = 0;
};

bool build(const QString& path, Volumes* v, const QDate& from, const QDate& to)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::CreateNew, &error);
    if (!ws) {
        out() << "cannot create the workspace: " << error.message << Qt::endl;
        return false;
    }
    QString why;
    ws->setMeta(QStringLiteral("workspace_name"), QStringLiteral("Bench: a million prospects, one year"), &why);
    const QVariant handle = ws->db().driver()->handle();
    Db db;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db.db = *static_cast<sqlite3* const*>(handle.data());
    if (!db.db)
        return false;
    db.exec("PRAGMA cache_size = -262144");
    if (!db.exec("BEGIN"))
        return false;
    std::mt19937_64 rng(42);
    auto uniform = [&rng](qint64 n) { return static_cast<qint64>(rng() % static_cast<quint64>(n)); };
    const qint64 start = QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 span = QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - start;
    auto when = [&] { return start + uniform(span); };

    v->companies = v->prospects / 50;
    sqlite3_stmt* company = db.prepare("INSERT INTO companies (id, name, domain, industry, employees, country) VALUES "
                                       "(?, ?, ?, 'Logistics', 250, 'NL')");
    for (qint64 i = 1; i <= v->companies; ++i) {
        sqlite3_bind_int64(company, 1, i);
        text(company, 2, "Company " + QByteArray::number(i));
        text(company, 3, "c" + QByteArray::number(i) + ".example");
        if (!db.step(company))
            return false;
    }
    sqlite3_finalize(company);
    static const char* const first[] = { "Olivia", "Lars", "Eva", "Tom", "Mila", "Sem", "Noa", "Finn", "Sara", "Jan" };
    static const char* const last[] = { "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos" };
    sqlite3_stmt* prospect = db.prepare("INSERT INTO prospects (id, company_id, full_name, email, title, source, "
                                        "created_at) VALUES (?, ?, ?, ?, 'Head of Operations', 'import:bench.csv', ?)");
    for (qint64 i = 1; i <= v->prospects; ++i) {
        sqlite3_bind_int64(prospect, 1, i);
        sqlite3_bind_int64(prospect, 2, 1 + uniform(v->companies));
        text(prospect, 3, QByteArray(first[uniform(10)]) + ' ' + last[uniform(8)]);
        text(prospect, 4, "p" + QByteArray::number(i) + "@c" + QByteArray::number(1 + i % v->companies) + ".example");
        sqlite3_bind_int64(prospect, 5, start - 86'400'000);
        if (!db.step(prospect))
            return false;
    }
    sqlite3_finalize(prospect);
    auto emailOf = [&](qint64 i) -> QByteArray {
        return "p" + QByteArray::number(i) + "@c" + QByteArray::number(1 + i % v->companies) + ".example";
    };

    // A year of decisions: ~500 emails a day, meetings and stage moves; 85 % acted alone.
    // Deals: 100k opened over the year (stage moves target them).
    v->deals = 100'000;
    const qint64 emails = 182'500, meetings = 2'500, moves = 15'000;
    v->decisions = emails + meetings + moves;
    sqlite3_stmt* decision = db.prepare(
        "INSERT INTO decisions (id, type, agent, target, action, action_hash, inputs, inputs_hash, reasoning, risk, "
        "combined_risk, outcome, status, explanation, created_at, decided_at) VALUES (?, ?, ?, ?, '{}', 'h', '{}', "
        "'h', "
        "'bench', ?, ?, ?, ?, '', ?, ?)");
    sqlite3_stmt* approval = db.prepare("INSERT INTO approvals (id, decision_id, action, action_hash, status, "
                                        "created_at, deadline_at, decided_at, decided_by) "
                                        "VALUES (?, ?, '{}', 'h', ?, ?, ?, ?, 'operator')");
    sqlite3_stmt* outbox = db.prepare(
        "INSERT INTO outbox (id, decision_id, idempotency_key, type, target, action, action_hash, status, attempts, "
        "created_at, executed_at) VALUES (?, ?, ?, ?, ?, '{}', 'h', 'done', 1, ?, ?)");
    sqlite3_stmt* audit = db.prepare("INSERT INTO audit_log (seq, at, actor, event, decision_id, details, prev_hash, "
                                     "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    struct Row
    {
        qint64 at;
        QByteArray id;
        QByteArray type;
        QByteArray target;
        QByteArray agent;
    };
    std::vector<Row> rows;
    rows.reserve(static_cast<std::size_t>(v->decisions));
    for (qint64 i = 0; i < emails; ++i)
        rows.push_back({ when(), "b" + QByteArray::number(i), i % 3 ? "email.follow_up" : "email.first_touch",
            emailOf(1 + uniform(v->prospects)), "outreach" });
    for (qint64 i = 0; i < meetings; ++i)
        rows.push_back(
            { when(), "m" + QByteArray::number(i), "meeting.book", emailOf(1 + uniform(v->prospects)), "deal" });
    for (qint64 i = 0; i < moves; ++i)
        rows.push_back({ when(), "s" + QByteArray::number(i), "deal.move_stage",
            QByteArray::number(1 + uniform(v->deals)), "deal" });
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at < b.at; });

    QString prev = core::AuditLog::kGenesis;
    qint64 seq = 0;
    auto log = [&](qint64 at, const QString& actor, const QString& event, const QString& decisionId,
                   const QJsonObject& details) {
        core::AuditEntry e;
        e.seq = ++seq;
        e.atMs = at;
        e.actor = actor;
        e.event = event;
        e.decisionId = decisionId;
        e.details = details;
        e.prevHash = prev;
        e.hash = core::AuditLog::rowHash(e);
        sqlite3_bind_int64(audit, 1, e.seq);
        sqlite3_bind_int64(audit, 2, at);
        text(audit, 3, actor.toUtf8());
        text(audit, 4, event.toUtf8());
        text(audit, 5, decisionId.toUtf8());
        text(audit, 6, QJsonDocument(details).toJson(QJsonDocument::Compact));
        text(audit, 7, prev.toLatin1());
        text(audit, 8, e.hash.toLatin1());
        prev = e.hash;
        return db.step(audit);
    };
    for (const Row& r : rows) {
        const bool queued = uniform(100) < 15;
        const double combined = queued ? 0.30000000000000004 : 0.19999999999999996;
        const QJsonObject risk { { QStringLiteral("combined"), combined },
            { QStringLiteral("level"), queued ? QStringLiteral("medium") : QStringLiteral("low") },
            { QStringLiteral("relationship"),
                QJsonObject { { QStringLiteral("score"), 0.2 },
                    { QStringLiteral("reasons"), QJsonArray { QStringLiteral("cold contact (health 0.35)") } } } } };
        const QByteArray riskJson = QJsonDocument(risk).toJson(QJsonDocument::Compact);
        const int verdict = static_cast<int>(uniform(100));
        const QByteArray status = !queued ? "executed"
            : verdict < 90                ? "executed"
            : verdict < 97                ? "rejected"
                                          : "executed";
        text(decision, 1, r.id);
        text(decision, 2, r.type);
        text(decision, 3, r.agent);
        text(decision, 4, r.target);
        text(decision, 5, riskJson);
        sqlite3_bind_double(decision, 6, combined);
        text(decision, 7, queued ? "queue" : "act");
        text(decision, 8, status);
        sqlite3_bind_int64(decision, 9, r.at);
        sqlite3_bind_int64(decision, 10, r.at + (queued ? 3'600'000 : 0));
        if (!db.step(decision))
            return false;
        const QString id = QString::fromLatin1(r.id);
        if (!log(r.at, QString::fromLatin1(r.agent), QStringLiteral("proposed"), id,
                { { QStringLiteral("type"), QString::fromLatin1(r.type) },
                    { QStringLiteral("target"), QString::fromLatin1(r.target) },
                    { QStringLiteral("action_hash"), QStringLiteral("h") },
                    { QStringLiteral("reasoning"), QStringLiteral("bench") } })
            || !log(r.at, QStringLiteral("system"), QStringLiteral("assessed"), id,
                { { QStringLiteral("risk"), risk }, { QStringLiteral("threshold"), 0.44999999999999996 } }))
            return false;
        if (queued) {
            const QByteArray approvalStatus = verdict < 87 ? "approved"
                : verdict < 97                             ? (verdict < 94 ? "rejected" : "edited")
                                                           : "approved";
            text(approval, 1, "a" + r.id);
            text(approval, 2, r.id);
            text(approval, 3, approvalStatus);
            sqlite3_bind_int64(approval, 4, r.at);
            sqlite3_bind_int64(approval, 5, r.at + 86'400'000);
            sqlite3_bind_int64(approval, 6, r.at + 3'600'000);
            if (!db.step(approval))
                return false;
            ++v->approvals;
            if (!log(r.at, QStringLiteral("system"), QStringLiteral("queued"), id,
                    { { QStringLiteral("approval_id"), QString(QStringLiteral("a") + id) },
                        { QStringLiteral("why"),
                            QJsonArray { QStringLiteral("risk above what the agent may take alone") } } })
                || !log(r.at + 3'600'000, QStringLiteral("operator"),
                    approvalStatus == "rejected" ? QStringLiteral("rejected") : QStringLiteral("approved"), id,
                    { { QStringLiteral("approval_id"), QString(QStringLiteral("a") + id) },
                        { QStringLiteral("reason"), QStringLiteral("not now") } }))
                return false;
        } else if (!log(r.at, QStringLiteral("system"), QStringLiteral("authorized"), id,
                       { { QStringLiteral("why"), QJsonArray { QStringLiteral("within the matrix") } } })) {
            return false;
        }
        if (status == "executed") {
            const qint64 done = r.at + (queued ? 3'700'000 : 60'000);
            text(outbox, 1, "o" + r.id);
            text(outbox, 2, r.id);
            text(outbox, 3, r.id);
            text(outbox, 4, r.type);
            text(outbox, 5, r.target);
            sqlite3_bind_int64(outbox, 6, r.at);
            sqlite3_bind_int64(outbox, 7, done);
            if (!db.step(outbox))
                return false;
            ++v->outbox;
            if (!log(done, QStringLiteral("system"), QStringLiteral("executed"), id,
                    { { QStringLiteral("outbox_id"), QString(QStringLiteral("o") + id) },
                        { QStringLiteral("result"), QJsonObject { { QStringLiteral("ms"), 12.300000000000001 } } } }))
                return false;
        }
    }
    v->audit = seq;
    sqlite3_finalize(decision);
    sqlite3_finalize(approval);
    sqlite3_finalize(outbox);
    sqlite3_finalize(audit);

    // Deals opened over the year, with their stage history.
    static const char* const stages[]
        = { "qualified", "discovery", "proposal", "negotiation", "closed_won", "closed_lost" };
    sqlite3_stmt* deal = db.prepare("INSERT INTO deals (id, prospect_id, title, stage, value_cents, currency, "
                                    "updated_at, company, created_at) VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?, ?)");
    sqlite3_stmt* event
        = db.prepare("INSERT INTO deal_events (deal_id, at, kind, from_stage, to_stage) VALUES (?, ?, ?, ?, ?)");
    for (qint64 i = 1; i <= v->deals; ++i) {
        const qint64 created = when();
        const int stage = static_cast<int>(uniform(6));
        sqlite3_bind_int64(deal, 1, i);
        sqlite3_bind_int64(deal, 2, 1 + uniform(v->prospects));
        text(deal, 3, "Deal " + QByteArray::number(i));
        text(deal, 4, stages[stage]);
        sqlite3_bind_int64(deal, 5, (5 + uniform(200)) * 100'000);
        sqlite3_bind_int64(deal, 6, created + stage * 86'400'000LL);
        text(deal, 7, "Company " + QByteArray::number(1 + uniform(v->companies)));
        sqlite3_bind_int64(deal, 8, created);
        if (!db.step(deal))
            return false;
        sqlite3_bind_int64(event, 1, i);
        sqlite3_bind_int64(event, 2, created);
        text(event, 3, "created");
        text(event, 4, "");
        text(event, 5, "qualified");
        if (!db.step(event))
            return false;
        ++v->dealEvents;
        for (int s = 1; s <= std::min(stage, 3); ++s) { // up to negotiation; closing is its own event
            sqlite3_bind_int64(event, 1, i);
            sqlite3_bind_int64(event, 2, created + s * 86'400'000LL);
            text(event, 3, "stage");
            text(event, 4, stages[s - 1]);
            text(event, 5, stages[s]);
            if (!db.step(event))
                return false;
            ++v->dealEvents;
        }
        if (stage >= 4) {
            sqlite3_bind_int64(event, 1, i);
            sqlite3_bind_int64(event, 2, created + stage * 86'400'000LL);
            text(event, 3, "closed");
            text(event, 4, "negotiation");
            text(event, 5, stages[stage]);
            if (!db.step(event))
                return false;
            ++v->dealEvents;
        }
    }
    sqlite3_finalize(deal);
    sqlite3_finalize(event);

    // Replies: ~7 % of the emails, classified.
    static const char* const classes[]
        = { "interested", "not_now", "objection", "referral", "out_of_office", "unsubscribe", "not_interested" };
    sqlite3_stmt* reply
        = db.prepare("INSERT INTO mail_messages (message_key, direction, sender, recipients, subject, sent_at, body, "
                     "class, received_at) VALUES (?, 'in', ?, 'me@bench.example', 'Re: hello', ?, 'Thanks', ?, ?)");
    v->replies = 12'500;
    for (qint64 i = 0; i < v->replies; ++i) {
        const qint64 at = when();
        text(reply, 1, "<r" + QByteArray::number(i) + "@bench>");
        text(reply, 2, emailOf(1 + uniform(v->prospects)));
        sqlite3_bind_int64(reply, 3, at);
        text(reply, 4, classes[uniform(7)]);
        sqlite3_bind_int64(reply, 5, at);
        if (!db.step(reply))
            return false;
    }
    sqlite3_finalize(reply);
    sqlite3_stmt* suppression = db.prepare("INSERT OR IGNORE INTO suppressions (address, scope, reason, source, "
                                           "created_at) VALUES (?, 'global', 'unsubscribe', 'bench', ?)");
    v->suppressions = 5'000;
    for (qint64 i = 0; i < v->suppressions; ++i) {
        text(suppression, 1, emailOf(1 + uniform(v->prospects)));
        sqlite3_bind_int64(suppression, 2, when());
        if (!db.step(suppression))
            return false;
    }
    sqlite3_finalize(suppression);
    if (!db.exec("COMMIT"))
        return false;
    if (!ws->setMeta(QStringLiteral("audit_head"), QStringLiteral("%1:%2").arg(seq).arg(prev), &why))
        return false;
    core::GoalStore goals(*ws);
    for (const char* objective : { "Book 120 meetings by the end of next quarter", "Win 40 deals by EOY",
             "Reach 2000000 EUR pipeline value in 6 months" }) {
        const core::Goal g = core::GoalParser::parse(QString::fromLatin1(objective), to);
        if (!goals.add(g, &why))
            out() << "goal not added: " << why << Qt::endl;
    }
    // Set at the start of the year, so that the goals report of the year shows them.
    db.exec(QStringLiteral("UPDATE goals SET created_at = %1").arg(start).toLatin1().constData());
    db.exec("ANALYZE");
    return true;
}

struct Stats
{
    qint64 min = 0, median = 0, max = 0;
};

Stats stats(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return { v.front(), v[v.size() / 2], v.back() };
}

QString kb(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / 1024.0, 'f', 0) + QStringLiteral(" KB");
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Linux: writing 5 to clear_refs resets the peak resident set (VmHWM) to the current one, so each
// run's peak is its own.
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time (user + system) of this process or of its ended children: what a run cost, whatever
// else the machine does.
qint64 cpuMs(int who = RUSAGE_SELF)
{
    rusage usage {};
    getrusage(who, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

QString mb(qint64 kilobytes)
{
    return QString::number(static_cast<double>(kilobytes) / 1024.0, 'f', 0) + QStringLiteral(" MB");
}

QString ratio(qint64 value, qint64 base)
{
    return base > 0 ? QString::number(static_cast<double>(value) / static_cast<double>(base), 'f', 1) + QLatin1Char('x')
                    : QStringLiteral("-");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    Volumes v;
    int runs = 5;
    QString keep;
    QStringList only;
    QStringList formats { QStringLiteral("pdf"), QStringLiteral("csv") };
    bool gui = true;
    bool baselines = true;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const bool hasValue = i + 1 < args.size();
        if (args.at(i) == QLatin1String("--prospects") && hasValue)
            v.prospects = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--keep") && hasValue)
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--kinds") && hasValue)
            only = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args.at(i) == QLatin1String("--formats") && hasValue)
            formats = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (args.at(i) == QLatin1String("--no-gui"))
            gui = false;
        else if (args.at(i) == QLatin1String("--no-baseline"))
            baselines = false;
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("bench-report.greendoor"));
    // The period is stored with the workspace so a kept workspace is measured over its own year.
    const QString periodFile = QDir(dir).filePath(QStringLiteral("bench-report.period"));
    QDate to = QDate::currentDate().addDays(-1);
    if (QFile::exists(path)) {
        QFile f(periodFile);
        if (f.open(QIODevice::ReadOnly))
            to = QDate::fromString(QString::fromLatin1(f.readAll()).trimmed(), Qt::ISODate);
    }
    const QDate from = to.addDays(-364);
    out() << "load average " << loadAverage() << " at start" << Qt::endl;
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        if (!build(path, &v, from, to))
            return 1;
        QFile f(periodFile);
        if (f.open(QIODevice::WriteOnly))
            f.write(to.toString(Qt::ISODate).toLatin1());
        out() << "built in " << t.elapsed() / 1000.0 << " s: " << v.prospects << " prospects, " << v.companies
              << " companies, " << v.decisions << " decisions, " << v.approvals << " approvals, " << v.outbox
              << " outbox rows, " << v.audit << " audit rows, " << v.deals << " deals, " << v.dealEvents
              << " deal events, " << v.replies << " replies, " << v.suppressions << " suppressions" << Qt::endl;
    } else {
        out() << "reusing the workspace in " << dir << Qt::endl;
    }
    out() << "workspace " << QFileInfo(path).size() / (1024 * 1024) << " MB; period " << from.toString(Qt::ISODate)
          << " to " << to.toString(Qt::ISODate) << "; " << runs << " runs each" << Qt::endl;

    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    if (!ws) {
        out() << "cannot open: " << error.message << Qt::endl;
        return 1;
    }
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const qint64 fromMs = QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    const QString span = QStringLiteral(">= %1 AND %3 < %2").arg(fromMs).arg(toMs);
    // The same base rows the report reads, joined as it joins them, without sentences, privacy
    // or charts: what the report costs on top of reading its data.
    const QHash<QString, QString> baselineSql = {
        { QStringLiteral("pipeline"),
            QStringLiteral(
                "SELECT d.*, p.full_name, p.email FROM deals d LEFT JOIN prospects p ON p.id = d.prospect_id") },
        { QStringLiteral("activity"),
            QStringLiteral("SELECT type, executed_at FROM outbox WHERE status = 'done' AND executed_at %1")
                .arg(span.arg(QStringLiteral("executed_at"))) },
        { QStringLiteral("decisions"),
            QStringLiteral("SELECT d.*, p.full_name FROM decisions d LEFT JOIN prospects p ON p.email = d.target "
                           "WHERE d.created_at %1")
                .arg(span.arg(QStringLiteral("d.created_at"))) },
        { QStringLiteral("goals"), QStringLiteral("SELECT * FROM goals") },
        { QStringLiteral("audit"),
            QStringLiteral("SELECT a.*, d.type, d.target, d.risk, p.full_name FROM audit_log a LEFT JOIN decisions d "
                           "ON d.id = a.decision_id LEFT JOIN prospects p ON p.email = d.target WHERE a.at %1 "
                           "ORDER BY a.seq")
                .arg(span.arg(QStringLiteral("a.at"))) },
    };

    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                 .arg(QStringLiteral("kind"), -10)
                 .arg(QStringLiteral("format"), -9)
                 .arg(QStringLiteral("min ms"), 8)
                 .arg(QStringLiteral("median"), 8)
                 .arg(QStringLiteral("max"), 8)
                 .arg(QStringLiteral("size"), 10)
                 .arg(QStringLiteral("rows"), 8)
                 .arg(QStringLiteral("peak RSS"), 9)
                 .arg(QStringLiteral("/baseline"), 10)
                 .arg(QStringLiteral("CPU ms"), 8)
          << Qt::endl;
    const qint64 idleRss = peakRssKb();
    for (const QString& kind : core::reportKindNames()) {
        if (!only.isEmpty() && !only.contains(kind))
            continue;
        out() << "-- " << kind << ", load average " << loadAverage() << Qt::endl;
        qint64 baseMedian = 0;
        if (!sqlite3.isEmpty() && baselines) {
            std::vector<qint64> times, cpu;
            const QString file = QDir(dir).filePath(QStringLiteral("%1-baseline.csv").arg(kind));
            for (int r = 0; r < runs; ++r) {
                const qint64 cpuBefore = cpuMs(RUSAGE_CHILDREN);
                QProcess p;
                p.setStandardOutputFile(file);
                QElapsedTimer t;
                t.start();
                p.start(sqlite3,
                    { QStringLiteral("-csv"), QStringLiteral("-header"), QStringLiteral("-readonly"), path,
                        baselineSql.value(kind) });
                p.waitForFinished(-1);
                times.push_back(t.elapsed());
                cpu.push_back(cpuMs(RUSAGE_CHILDREN) - cpuBefore);
            }
            const Stats s = stats(times);
            baseMedian = s.median;
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                         .arg(kind, -10)
                         .arg(QStringLiteral("sqlite3"), -9)
                         .arg(s.min, 8)
                         .arg(s.median, 8)
                         .arg(s.max, 8)
                         .arg(kb(QFileInfo(file).size()), 10)
                         .arg(QStringLiteral("-"), 8)
                         .arg(QStringLiteral("-"), 9)
                         .arg(QStringLiteral("1.0x"), 10)
                         .arg(stats(cpu).median, 8)
                  << Qt::endl;
        }
        for (const QString& format : std::as_const(formats)) {
            std::vector<qint64> times, cpu;
            qint64 size = 0, rows = 0, peak = 0;
            for (int r = 0; r < runs; ++r) {
                const QString file = QDir(dir).filePath(QStringLiteral("%1.%2").arg(kind, format));
                resetPeakRss();
                const qint64 cpuBefore = cpuMs();
                QElapsedTimer t;
                t.start();
                QString why;
                auto request = core::ReportRequest::parse(
                    kind, from.toString(Qt::ISODate), to.toString(Qt::ISODate), format, &why);
                request->detailOnly = format == QLatin1String("csv"); // as the CLI and the dialog write CSV
                const core::ReportPrivacy privacy = core::ReportPrivacy::load(*ws);
                const auto report = core::Reports::build(*ws, *request, privacy, nullptr, {}, &why);
                if (!report) {
                    out() << kind << ": " << why << Qt::endl;
                    return 1;
                }
                QFile f(file);
                if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    return 1;
                bool ok = true;
                if (format == QLatin1String("pdf"))
                    ok = core::Reports::writePdf(
                        *ws, *report, privacy, ui::ReportChartImage::renderAll(*report), &f, nullptr, &why);
                else
                    ok = (rows = core::Reports::writeCsv(*ws, *report, privacy, &f, nullptr, &why)) >= 0;
                f.close();
                times.push_back(t.elapsed());
                cpu.push_back(cpuMs() - cpuBefore);
                peak = std::max(peak, peakRssKb());
                if (!ok) {
                    out() << kind << " " << format << ": " << why << Qt::endl;
                    return 1;
                }
                size = QFileInfo(file).size();
            }
            const Stats s = stats(times);
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                         .arg(kind, -10)
                         .arg(format, -9)
                         .arg(s.min, 8)
                         .arg(s.median, 8)
                         .arg(s.max, 8)
                         .arg(kb(size), 10)
                         .arg(format == QLatin1String("csv") ? QString::number(rows) : QStringLiteral("-"), 8)
                         .arg(mb(peak), 9)
                         .arg(ratio(s.median, baseMedian), 10)
                         .arg(stats(cpu).median, 8)
                  << Qt::endl;
        }
    }
    out() << "peak RSS before the reports (workspace open, Qt up): " << mb(idleRss) << Qt::endl;

    // File > Export Report's preview on this workspace: the GUI thread must stay responsive while
    // it builds. A 10 ms timer on the GUI thread records the longest gap between its ticks.
    if (gui) {
        ui::AsyncRunner runner(ws);
        for (const QString& kind : core::reportKindNames()) {
            if (!only.isEmpty() && !only.contains(kind))
                continue;
            ui::ReportDialog dialog(&runner);
            dialog.findChild<QComboBox*>(QStringLiteral("reportKind"))
                ->setCurrentIndex(static_cast<int>(core::reportKindNames().indexOf(kind)));
            dialog.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->setDate(from);
            dialog.findChild<QDateEdit*>(QStringLiteral("reportTo"))->setDate(to);
            dialog.show();
            QCoreApplication::processEvents();
            QElapsedTimer sinceTick, total;
            qint64 longest = 0;
            QTimer tick;
            tick.setInterval(10);
            QObject::connect(&tick, &QTimer::timeout, [&] { longest = std::max(longest, sinceTick.restart()); });
            QEventLoop loop;
            QObject::connect(&dialog, &ui::ReportDialog::previewShown, &loop, &QEventLoop::quit);
            total.start();
            sinceTick.start();
            tick.start();
            dialog.showPreview();
            QTimer::singleShot(600'000, &loop, &QEventLoop::quit);
            loop.exec();
            tick.stop();
            longest = std::max(longest, sinceTick.elapsed()); // the gap the preview's answer took
            const qint64 shown = total.elapsed();
            // What the answer does on the GUI thread, timed alone: the charts drawn, the HTML set.
            QString why;
            const auto request = core::ReportRequest::parse(
                kind, from.toString(Qt::ISODate), to.toString(Qt::ISODate), QStringLiteral("pdf"), &why);
            const core::ReportPrivacy privacy = core::ReportPrivacy::load(*ws);
            const auto report = core::Reports::build(*ws, *request, privacy, nullptr, {}, &why);
            const QString html = report
                ? core::Reports::html(*ws, *report, privacy, core::Reports::kPreviewRows, nullptr, nullptr, &why)
                : QString();
            QElapsedTimer gui;
            gui.start();
            const QList<QImage> charts = report ? ui::ReportChartImage::renderAll(*report) : QList<QImage>();
            const qint64 chartsMs = gui.restart();
            QTextBrowser browser;
            browser.resize(940, 560);
            for (int i = 0; i < charts.size(); ++i)
                browser.document()->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                    charts.at(i).scaledToWidth(700, Qt::SmoothTransformation));
            browser.setHtml(html);
            browser.grab();
            const qint64 htmlMs = gui.elapsed();
            out() << QStringLiteral("GUI preview %1: shown after %2 ms; longest GUI-thread gap %3 ms (of which, "
                                    "timed alone: charts %4 ms, preview HTML set and drawn %5 ms)")
                         .arg(kind, -10)
                         .arg(shown)
                         .arg(longest)
                         .arg(chartsMs)
                         .arg(htmlMs)
                  << Qt::endl;
        }
    }
    out() << "load average " << loadAverage() << " at the end" << Qt::endl;
    return 0;
}
