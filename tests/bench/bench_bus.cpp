// Benchmark of the message bus. Prints figures; asserts nothing.
//
// 1. Persisted publish throughput: N messages to an endpoint nobody consumes, then flush().
//    Baseline in the same run: the same rows inserted with the SQLite C API into an identical
//    schema, in transactions of the bus's batch size.
// 2. End to end through a Runtime with 1 and 6 bench agents in their threads: saturated
//    throughput until every message is handled and acked, and publish -> handler-start
//    latency under a paced load. Baseline in the same run: a Qt queued call to the same
//    number of worker threads (the floor for a cross-thread hand-off on this machine).

#include "core/runtime/Agent.h"
#include "core/runtime/Bus.h"
#include "core/store/Migrations.h"
#include "core/runtime/Runtime.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <numeric>
#include <sqlite3.h>
#include <stdexcept>
#include <thread>
#include <vector>

namespace {

using gd::core::monotonicNs;

constexpr int kBusBatch = 4096; // kMaxBatch in core/Bus.cpp
constexpr double kTargetPersistedPerSecond = 50'000;
constexpr double kTargetP99Ms = 5.0;
constexpr int kWarmupPerAgent = 200;

const QString kProducer = QStringLiteral("bench-producer");
const QString kSink = QStringLiteral("bench-sink"); // an endpoint nobody registers

struct Config
{
    int messages = 200'000;
    int repeat = 1; // part 1 runs, interleaved; the median run is reported
    int e2eMessages = 50'000;
    QList<int> agentCounts { 1, 6 };
    QList<int> rates { 2'000, 10'000 };
    double seconds = 3.0;
    bool runPublish = true;
    bool runE2e = true;
    bool json = false;
};

double seconds(qint64 ns)
{
    return static_cast<double>(ns) / 1e9;
}

double perSecond(quint64 count, qint64 ns)
{
    return ns > 0 ? static_cast<double>(count) * 1e9 / static_cast<double>(ns) : 0.0;
}

// The content every benchmark message carries: small, like a status update.
QJsonObject benchContent()
{
    return QJsonObject { { QStringLiteral("kind"), QStringLiteral("status") },
        { QStringLiteral("summary"), QStringLiteral("benchmark message") }, { QStringLiteral("agent"), kProducer } };
}

struct Latency
{
    std::size_t samples = 0;
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    double mean = 0;

    QJsonObject toJson() const
    {
        return QJsonObject { { QStringLiteral("samples"), static_cast<qint64>(samples) },
            { QStringLiteral("p50_ms"), p50 }, { QStringLiteral("p99_ms"), p99 }, { QStringLiteral("max_ms"), max },
            { QStringLiteral("mean_ms"), mean } };
    }
};

Latency summarize(std::vector<qint64> ns)
{
    Latency l;
    l.samples = ns.size();
    if (ns.empty())
        return l;
    l.max = static_cast<double>(*std::max_element(ns.begin(), ns.end())) / 1e6;
    l.mean = static_cast<double>(std::accumulate(ns.begin(), ns.end(), qint64 { 0 })) / static_cast<double>(ns.size())
        / 1e6;
    l.p50 = gd::core::percentileMs(ns, 50);
    l.p99 = gd::core::percentileMs(ns, 99);
    return l;
}

// ---------------------------------------------------------------------------------------------
// 1. Persisted publish throughput

struct PublishRun
{
    QString name;
    quint64 messages = 0;
    qint64 publishNs = 0; // until the last publish() returned (bus runs)
    qint64 totalNs = 0; // until everything is persisted
    double rate() const { return perSecond(messages, totalNs); }
};

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

// Publish as fast as possible while the writer runs, then flush().
PublishRun runBusPublish(const gd::test::TempDir& dir, int n)
{
    const QString file = QStringLiteral("bus-publish.greendoor");
    PublishRun run;
    run.name = QStringLiteral("bus: publish + flush");
    {
        auto ws = gd::test::createWorkspace(dir, file);
        if (!ws)
            return run;
        gd::core::Bus bus(ws);
        bus.start();
        const QJsonObject content = benchContent();
        const qint64 start = monotonicNs();
        for (int i = 0; i < n; ++i) {
            gd::core::Message m;
            m.sender = kProducer;
            m.receiver = kSink;
            m.type = gd::core::MessageType::StatusUpdate;
            m.content = content;
            bus.publish(std::move(m));
        }
        run.publishNs = monotonicNs() - start;
        if (!bus.flush(600'000))
            qWarning("bench_bus: flush timed out");
        run.totalNs = monotonicNs() - start;
        run.messages = bus.persistedCount();
        bus.stop();
        ws->releaseThreadConnection();
    }
    removeDatabaseFiles(dir.file(file));
    return run;
}

// Queue everything before the writer starts: the writer's cost alone, on one core.
PublishRun runBusWriterOnly(const gd::test::TempDir& dir, int n)
{
    const QString file = QStringLiteral("bus-writer.greendoor");
    PublishRun run;
    run.name = QStringLiteral("bus: writer only (queue pre-filled)");
    {
        auto ws = gd::test::createWorkspace(dir, file);
        if (!ws)
            return run;
        gd::core::Bus bus(ws);
        const QJsonObject content = benchContent();
        for (int i = 0; i < n; ++i) {
            gd::core::Message m;
            m.sender = kProducer;
            m.receiver = kSink;
            m.type = gd::core::MessageType::StatusUpdate;
            m.content = content;
            bus.publish(std::move(m));
        }
        const qint64 start = monotonicNs();
        bus.start();
        if (!bus.flush(600'000))
            qWarning("bench_bus: flush timed out");
        run.totalNs = monotonicNs() - start;
        run.messages = bus.persistedCount();
        bus.stop();
        ws->releaseThreadConnection();
    }
    removeDatabaseFiles(dir.file(file));
    return run;
}

bool sqliteExec(sqlite3* db, const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qWarning("bench_bus: sqlite: %s: %s", sql, message ? message : "?");
        sqlite3_free(message);
        return false;
    }
    return true;
}

// The same rows through the SQLite C API: one prepared statement, transactions of the bus's
// batch size, WAL and synchronous=NORMAL, the workspace schema (taken from the migrations, so
// the table and its indexes are the ones the bus writes to). Ids and JSON are prepared before
// the clock starts: this is SQLite's own cost.
PublishRun runRawSqlite(const gd::test::TempDir& dir, int n)
{
    const QString file = dir.file(QStringLiteral("raw.sqlite"));
    PublishRun run;
    run.name = QStringLiteral("raw SQLite C API (baseline)");

    std::vector<QByteArray> ids;
    ids.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        ids.push_back(gd::core::newId().toUtf8());
    const QByteArray content = QJsonDocument(benchContent()).toJson(QJsonDocument::Compact);
    const QByteArray context = QJsonDocument(QJsonObject()).toJson(QJsonDocument::Compact);
    const QByteArray sender = kProducer.toUtf8();
    const QByteArray receiver = kSink.toUtf8();
    const QByteArray type = gd::core::nameOf(gd::core::MessageType::StatusUpdate).toUtf8();

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        qWarning("bench_bus: cannot open %s", qPrintable(file));
        sqlite3_close(db);
        return run;
    }
    sqlite3_busy_timeout(db, 10'000);
    sqlite3_stmt* mode = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &mode, nullptr);
    const bool wal = sqlite3_step(mode) == SQLITE_ROW
        && QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(mode, 0))).toLower() == "wal";
    sqlite3_finalize(mode);
    if (!wal)
        qWarning("bench_bus: raw baseline could not switch to WAL");
    sqliteExec(db, "PRAGMA synchronous = NORMAL");
    sqliteExec(db, "PRAGMA foreign_keys = ON");
    sqliteExec(db, "PRAGMA temp_store = MEMORY");
    sqliteExec(db, "BEGIN IMMEDIATE");
    for (const gd::core::Migration& migration : gd::core::migrations()) {
        for (const QString& statement : migration.statements)
            sqliteExec(db, statement.toUtf8().constData());
    }
    sqliteExec(db, "COMMIT");

    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db,
        "INSERT INTO messages (message_id, sender, receiver, type, priority, content, context, required_response, "
        "response_deadline, correlation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (message_id) DO NOTHING",
        -1, &insert, nullptr);

    quint64 stored = 0;
    qint64 lastSeq = 0;
    const qint64 start = monotonicNs();
    for (int first = 0; first < n; first += kBusBatch) {
        const int end = std::min(n, first + kBusBatch);
        sqliteExec(db, "BEGIN IMMEDIATE");
        for (int i = first; i < end; ++i) {
            const QByteArray& id = ids[static_cast<std::size_t>(i)];
            sqlite3_bind_text(insert, 1, id.constData(), static_cast<int>(id.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 2, sender.constData(), static_cast<int>(sender.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 3, receiver.constData(), static_cast<int>(receiver.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 4, type.constData(), static_cast<int>(type.size()), SQLITE_STATIC);
            sqlite3_bind_int(insert, 5, static_cast<int>(gd::core::Priority::Medium));
            sqlite3_bind_text(insert, 6, content.constData(), static_cast<int>(content.size()), SQLITE_STATIC);
            sqlite3_bind_text(insert, 7, context.constData(), static_cast<int>(context.size()), SQLITE_STATIC);
            sqlite3_bind_int(insert, 8, 0);
            sqlite3_bind_null(insert, 9);
            sqlite3_bind_null(insert, 10);
            sqlite3_bind_int64(insert, 11, gd::core::nowMs());
            if (sqlite3_step(insert) != SQLITE_DONE)
                qWarning("bench_bus: raw insert failed: %s", sqlite3_errmsg(db));
            if (sqlite3_changes(db) > 0) {
                lastSeq = sqlite3_last_insert_rowid(db);
                ++stored;
            }
            sqlite3_reset(insert);
        }
        sqliteExec(db, "COMMIT");
    }
    run.totalNs = monotonicNs() - start;
    run.messages = stored;
    Q_UNUSED(lastSeq);
    sqlite3_finalize(insert);
    sqlite3_close(db);
    removeDatabaseFiles(file);
    return run;
}

// ---------------------------------------------------------------------------------------------
// 2. End to end

// What one bench agent saw; outlives agent restarts.
struct Recorder
{
    QMutex mutex;
    std::vector<qint64> samples; // publish -> handler start, ns
    std::atomic<quint64> count { 0 };
    std::atomic<gd::core::Agent*> agent { nullptr };

    void reset()
    {
        QMutexLocker lock(&mutex);
        samples.clear();
        count.store(0);
    }
};

class BenchAgent final : public gd::core::Agent
{
public:
    BenchAgent(const QString& name, std::shared_ptr<Recorder> recorder)
        : Agent(name, name, { QStringLiteral("bench") })
        , m_recorder(std::move(recorder))
    {
    }

protected:
    QJsonObject runTask(const gd::core::Task&, gd::core::HandlerContext&) override
    {
        throw std::runtime_error("bench agents run no tasks");
    }

    void onMessage(const gd::core::Message& message, gd::core::HandlerContext&) override
    {
        const qint64 latency = monotonicNs() - message.publishedNs;
        {
            QMutexLocker lock(&m_recorder->mutex);
            m_recorder->samples.push_back(latency);
        }
        m_recorder->count.fetch_add(1, std::memory_order_release);
    }

private:
    std::shared_ptr<Recorder> m_recorder;
};

struct E2eRun
{
    QString mode; // "saturated" or "paced"
    int agents = 0;
    int rate = 0; // paced: requested messages/s
    quint64 messages = 0;
    quint64 handled = 0;
    qint64 publishNs = 0;
    qint64 totalNs = 0; // first publish -> all handled and acked
    qint64 maxProducerLagNs = 0; // paced: how far the producer fell behind its schedule
    quint64 ackedInDb = 0;
    bool complete = false;
    Latency latency;
    // Baseline: a Qt queued call to the same number of worker threads.
    qint64 baselineTotalNs = 0;
    Latency baseline;
};

// Publishes count messages round-robin to the targets; paced when rate > 0. Paced messages go
// out on 1 ms ticks (all that are due by then), so the producer wakes at most 1000 times a
// second and leaves the two cores to what is measured. Runs in its own thread.
struct Producer
{
    qint64 startNs = 0;
    qint64 endNs = 0;
    qint64 maxLagNs = 0; // paced: how late a tick came

    template<typename Publish>
    void run(int count, int rate, int targets, Publish&& publish)
    {
        using Clock = std::chrono::steady_clock;
        constexpr qint64 kTickNs = 1'000'000;
        const auto t0 = Clock::now();
        startNs = monotonicNs();
        for (int i = 0; i < count; ++i) {
            if (rate > 0) {
                const qint64 dueNs = static_cast<qint64>(i) * 1'000'000'000 / rate;
                const qint64 nowNs = std::chrono::nanoseconds(Clock::now() - t0).count();
                if (nowNs < dueNs) {
                    const qint64 tickNs = (dueNs + kTickNs - 1) / kTickNs * kTickNs;
                    std::this_thread::sleep_until(t0 + std::chrono::nanoseconds(tickNs));
                    const qint64 wokeNs = std::chrono::nanoseconds(Clock::now() - t0).count();
                    maxLagNs = std::max(maxLagNs, wokeNs - tickNs);
                }
            }
            publish(i % targets);
        }
        endNs = monotonicNs();
    }
};

template<typename Predicate>
bool waitFor(Predicate&& done, int timeoutMs, int pollMs = 1)
{
    const qint64 deadline = monotonicNs() + static_cast<qint64>(timeoutMs) * 1'000'000;
    while (!done()) {
        if (monotonicNs() > deadline)
            return false;
        QThread::msleep(static_cast<unsigned long>(pollMs));
    }
    return true;
}

class RuntimeHarness
{
public:
    RuntimeHarness(const gd::test::TempDir& dir, int agents, int index)
        : m_file(dir.file(QStringLiteral("e2e-%1.greendoor").arg(index)))
    {
        m_workspace = gd::test::createWorkspace(dir, QStringLiteral("e2e-%1.greendoor").arg(index));
        if (!m_workspace)
            return;
        QList<gd::core::AgentSpec> specs;
        for (int i = 0; i < agents; ++i) {
            auto recorder = std::make_shared<Recorder>();
            recorder->samples.reserve(200'000);
            m_recorders.push_back(recorder);
            gd::core::AgentSpec spec;
            spec.name = QStringLiteral("bench-%1").arg(i + 1);
            spec.title = spec.name;
            spec.capabilities = QStringList { QStringLiteral("bench") };
            spec.factory = [name = spec.name, recorder] {
                auto* agent = new BenchAgent(name, recorder);
                recorder->agent.store(agent);
                return agent;
            };
            m_names << spec.name;
            specs << spec;
        }
        gd::core::Coordinator::Options options;
        options.schedulesEnabled = false;
        m_runtime = std::make_unique<gd::core::Runtime>(m_workspace, specs, options);
        m_runtime->start();
        m_ok = m_runtime->waitUntilStarted(30'000);
        if (!m_ok)
            qWarning("bench_bus: runtime did not start");
    }

    ~RuntimeHarness()
    {
        m_runtime.reset();
        if (m_workspace)
            m_workspace->releaseThreadConnection();
        m_workspace.reset();
        removeDatabaseFiles(m_file);
    }

    bool ok() const { return m_ok; }
    int agents() const { return static_cast<int>(m_names.size()); }

    quint64 recorded() const
    {
        quint64 sum = 0;
        for (const auto& r : m_recorders)
            sum += r->count.load(std::memory_order_acquire);
        return sum;
    }

    // Handled and acked: the agent counts a message as handled after its ack committed.
    quint64 handled() const
    {
        quint64 sum = 0;
        for (const auto& r : m_recorders) {
            if (gd::core::Agent* agent = r->agent.load())
                sum += agent->status().handled;
        }
        return sum;
    }

    qint64 maxSeq()
    {
        QSqlQuery q(m_workspace->db());
        if (q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM messages")) && q.next())
            return q.value(0).toLongLong();
        return 0;
    }

    // Bench messages stored after afterSeq and marked handled.
    quint64 ackedInDb(qint64 afterSeq)
    {
        QSqlQuery q(m_workspace->db());
        q.prepare(QStringLiteral("SELECT count(*) FROM messages WHERE seq > ? AND receiver LIKE 'bench-%' "
                                 "AND acked_at IS NOT NULL"));
        q.addBindValue(afterSeq);
        if (q.exec() && q.next())
            return static_cast<quint64>(q.value(0).toLongLong());
        return 0;
    }

    void publish(int target)
    {
        gd::core::Message m;
        m.sender = kProducer;
        m.receiver = m_names.at(target);
        m.type = gd::core::MessageType::StatusUpdate;
        m.content = m_content;
        m_runtime->bus()->publish(std::move(m));
    }

    // Sends count messages (paced when rate > 0) and waits until all are handled and acked.
    E2eRun measure(const QString& mode, int count, int rate, int timeoutMs)
    {
        E2eRun run;
        run.mode = mode;
        run.agents = agents();
        run.rate = rate;
        run.messages = static_cast<quint64>(count);
        if (!m_ok)
            return run;

        // Warm up: connections opened, threads running, caches filled.
        const quint64 handledBefore = handled();
        for (int i = 0; i < kWarmupPerAgent * agents(); ++i)
            publish(i % agents());
        const quint64 warm = handledBefore + static_cast<quint64>(kWarmupPerAgent * agents());
        if (!waitFor([&] { return handled() >= warm; }, 30'000, 2))
            qWarning("bench_bus: warm-up did not finish");
        for (const auto& r : m_recorders)
            r->reset();
        const quint64 base = handled();
        const qint64 seqBefore = maxSeq();

        Producer producer;
        QThread* thread = QThread::create([&] { producer.run(count, rate, agents(), [this](int t) { publish(t); }); });
        thread->setObjectName(QStringLiteral("bench-producer"));
        thread->start();
        const bool recordedAll = waitFor([&] { return recorded() >= static_cast<quint64>(count); }, timeoutMs);
        const bool ackedAll
            = recordedAll && waitFor([&] { return handled() >= base + static_cast<quint64>(count); }, timeoutMs, 1);
        const qint64 endNs = monotonicNs();
        thread->wait();
        delete thread;

        run.complete = ackedAll;
        run.publishNs = producer.endNs - producer.startNs;
        run.totalNs = endNs - producer.startNs;
        run.maxProducerLagNs = producer.maxLagNs;
        run.handled = handled() - base;
        std::vector<qint64> all;
        for (const auto& r : m_recorders) {
            QMutexLocker lock(&r->mutex);
            all.insert(all.end(), r->samples.begin(), r->samples.end());
        }
        run.latency = summarize(std::move(all));
        run.ackedInDb = ackedInDb(seqBefore);
        return run;
    }

private:
    QString m_file;
    std::shared_ptr<gd::core::Workspace> m_workspace;
    std::unique_ptr<gd::core::Runtime> m_runtime;
    std::vector<std::shared_ptr<Recorder>> m_recorders;
    QStringList m_names;
    const QJsonObject m_content = benchContent();
    bool m_ok = false;
};

// Baseline worker: receives queued calls in its own thread and records the hand-off latency.
class HandoffWorker final : public QObject
{
public:
    std::vector<qint64> samples; // touched only in the worker's thread until the run ends
    std::atomic<quint64> count { 0 };

    void receive(qint64 publishedNs)
    {
        samples.push_back(monotonicNs() - publishedNs);
        count.fetch_add(1, std::memory_order_release);
    }
};

// The same load as a bus run, delivered with QMetaObject::invokeMethod to worker threads.
void measureBaseline(E2eRun& run, int count, int rate, int workers, int timeoutMs)
{
    std::vector<std::unique_ptr<HandoffWorker>> objects;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < workers; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("bench-worker-%1").arg(i + 1));
        auto worker = std::make_unique<HandoffWorker>();
        worker->samples.reserve(static_cast<std::size_t>(count / workers + kWarmupPerAgent + 1));
        worker->moveToThread(thread.get());
        thread->start();
        objects.push_back(std::move(worker));
        threads.push_back(std::move(thread));
    }
    auto send = [&](int target) {
        HandoffWorker* worker = objects[static_cast<std::size_t>(target)].get();
        const qint64 now = monotonicNs();
        QMetaObject::invokeMethod(
            worker, [worker, now] { worker->receive(now); }, Qt::QueuedConnection);
    };
    auto received = [&] {
        quint64 sum = 0;
        for (const auto& w : objects)
            sum += w->count.load(std::memory_order_acquire);
        return sum;
    };
    // Warm-up, then forget it.
    for (int i = 0; i < kWarmupPerAgent * workers; ++i)
        send(i % workers);
    waitFor([&] { return received() >= static_cast<quint64>(kWarmupPerAgent * workers); }, timeoutMs);
    const quint64 warm = received();

    Producer producer;
    QThread* thread = QThread::create([&] { producer.run(count, rate, workers, send); });
    thread->setObjectName(QStringLiteral("bench-producer"));
    thread->start();
    waitFor([&] { return received() >= warm + static_cast<quint64>(count); }, timeoutMs);
    const qint64 endNs = monotonicNs();
    thread->wait();
    delete thread;
    run.baselineTotalNs = endNs - producer.startNs;

    for (auto& t : threads) {
        t->quit();
        t->wait();
    }
    std::vector<qint64> all;
    for (const auto& w : objects) {
        const auto skip = static_cast<std::ptrdiff_t>(std::min<std::size_t>(w->samples.size(), kWarmupPerAgent));
        all.insert(all.end(), w->samples.begin() + skip, w->samples.end());
    }
    run.baseline = summarize(std::move(all));
}

// ---------------------------------------------------------------------------------------------
// Output

QString num(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) : QStringLiteral("-");
}

QString metText(bool met)
{
    return met ? QStringLiteral("MET") : QStringLiteral("NOT MET");
}

QString pad(const QString& text, int width)
{
    return width < 0 ? text.leftJustified(-width) : text.rightJustified(width);
}

QList<int> parseList(const QString& text)
{
    QList<int> values;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.trimmed().toInt(&ok);
        if (ok && v > 0)
            values << v;
    }
    return values;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_bus"));
    // Keep the runtime's info lines out of the figures; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("greendoor.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GreenDoor message bus benchmark: prints figures."));
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"),
        QStringLiteral("Messages for the persisted publish throughput (default 200000)."), QStringLiteral("N"));
    const QCommandLineOption e2eOption(QStringLiteral("e2e-messages"),
        QStringLiteral("Messages for the saturated end-to-end run (default 50000)."), QStringLiteral("N"));
    const QCommandLineOption rateOption(QStringLiteral("rate"),
        QStringLiteral("Paced publish rates in messages/s, comma separated (default 2000,10000)."),
        QStringLiteral("list"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
        QStringLiteral("Duration of each paced run in seconds (default 3)."), QStringLiteral("s"));
    const QCommandLineOption agentsOption(QStringLiteral("agents"),
        QStringLiteral("Agent counts for the end-to-end runs, comma separated (default 1,6)."), QStringLiteral("list"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("Run only one part: publish or e2e."), QStringLiteral("part"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
        QStringLiteral("Runs of the publish throughput part, interleaved; the median is reported (default 1)."),
        QStringLiteral("R"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOptions(
        { repeatOption, messagesOption, e2eOption, rateOption, secondsOption, agentsOption, onlyOption, jsonOption });
    parser.process(app);

    Config config;
    if (parser.isSet(messagesOption))
        config.messages = std::max(1, parser.value(messagesOption).toInt());
    if (parser.isSet(repeatOption))
        config.repeat = std::max(1, parser.value(repeatOption).toInt());
    if (parser.isSet(e2eOption))
        config.e2eMessages = std::max(1, parser.value(e2eOption).toInt());
    if (parser.isSet(rateOption))
        config.rates = parseList(parser.value(rateOption));
    if (parser.isSet(secondsOption))
        config.seconds = std::max(0.1, parser.value(secondsOption).toDouble());
    if (parser.isSet(agentsOption))
        config.agentCounts = parseList(parser.value(agentsOption));
    if (parser.isSet(onlyOption)) {
        const QString only = parser.value(onlyOption);
        config.runPublish = only == QLatin1String("publish");
        config.runE2e = only == QLatin1String("e2e");
    }
    config.json = parser.isSet(jsonOption);

    gd::test::TempDir dir;
    QTextStream out(stdout);
    auto progress = [&](const QString& what) { QTextStream(stderr) << "bench_bus: " << what << "\n"; };

    // 1. Persisted publish throughput.
    // Baseline and bus interleaved, so drift in machine load hits both alike.
    QList<PublishRun> raws;
    QList<PublishRun> buses;
    QList<PublishRun> writers;
    if (config.runPublish) {
        for (int r = 0; r < config.repeat; ++r) {
            progress(QStringLiteral("raw SQLite baseline, %1 rows").arg(config.messages));
            raws << runRawSqlite(dir, config.messages);
            progress(QStringLiteral("bus publish + flush, %1 messages").arg(config.messages));
            buses << runBusPublish(dir, config.messages);
            progress(QStringLiteral("bus writer only, %1 messages").arg(config.messages));
            writers << runBusWriterOnly(dir, config.messages);
        }
    }
    auto medianRun = [](QList<PublishRun> runs) {
        if (runs.isEmpty())
            return PublishRun {};
        std::sort(
            runs.begin(), runs.end(), [](const PublishRun& a, const PublishRun& b) { return a.rate() < b.rate(); });
        return runs.at(runs.size() / 2);
    };
    const PublishRun raw = medianRun(raws);
    const PublishRun bus = medianRun(buses);
    const PublishRun writer = medianRun(writers);

    // 2. End to end.
    QList<E2eRun> saturated;
    QList<E2eRun> paced;
    if (config.runE2e) {
        int index = 0;
        for (int agents : std::as_const(config.agentCounts)) {
            {
                progress(QStringLiteral("saturated, %1 agent(s), %2 messages").arg(agents).arg(config.e2eMessages));
                RuntimeHarness harness(dir, agents, ++index);
                E2eRun run = harness.measure(QStringLiteral("saturated"), config.e2eMessages, 0, 300'000);
                measureBaseline(run, config.e2eMessages, 0, agents, 300'000);
                saturated << run;
            }
            for (int rate : std::as_const(config.rates)) {
                const int count = std::max(1, static_cast<int>(rate * config.seconds));
                progress(QStringLiteral("paced, %1 agent(s), %2 messages/s for %3 s")
                             .arg(agents)
                             .arg(rate)
                             .arg(config.seconds));
                RuntimeHarness harness(dir, agents, ++index);
                E2eRun run = harness.measure(QStringLiteral("paced"), count, rate, 300'000);
                measureBaseline(run, count, rate, agents, 300'000);
                paced << run;
            }
        }
    }

    const bool persistMet = bus.rate() >= kTargetPersistedPerSecond;
    bool latencyMet = !paced.isEmpty();
    for (const E2eRun& run : std::as_const(paced))
        latencyMet = latencyMet && run.complete && run.latency.p99 <= kTargetP99Ms;

    const QString machine = QStringLiteral("%1 CPUs, Qt %2, SQLite %3")
                                .arg(QThread::idealThreadCount())
                                .arg(QLatin1String(qVersion()), QLatin1String(sqlite3_libversion()));

    if (config.json) {
        QJsonObject root;
        root.insert(QStringLiteral("machine"),
            QJsonObject { { QStringLiteral("cpus"), QThread::idealThreadCount() },
                { QStringLiteral("qt"), QLatin1String(qVersion()) },
                { QStringLiteral("sqlite"), QLatin1String(sqlite3_libversion()) } });
        if (config.runPublish) {
            auto runJson = [](const PublishRun& r, const QList<PublishRun>& all) {
                QJsonArray rates;
                for (const PublishRun& x : all)
                    rates.append(x.rate());
                return QJsonObject { { QStringLiteral("messages"), static_cast<qint64>(r.messages) },
                    { QStringLiteral("seconds"), seconds(r.totalNs) },
                    { QStringLiteral("publish_seconds"), seconds(r.publishNs) },
                    { QStringLiteral("messages_per_s"), r.rate() },
                    { QStringLiteral("all_runs_messages_per_s"), rates } };
            };
            root.insert(QStringLiteral("publish"),
                QJsonObject { { QStringLiteral("messages"), config.messages }, { QStringLiteral("batch"), kBusBatch },
                    { QStringLiteral("repeat"), config.repeat }, { QStringLiteral("raw_sqlite"), runJson(raw, raws) },
                    { QStringLiteral("bus"), runJson(bus, buses) },
                    { QStringLiteral("bus_writer_only"), runJson(writer, writers) },
                    { QStringLiteral("ratio_bus_to_raw"), raw.rate() > 0 ? bus.rate() / raw.rate() : 0.0 },
                    { QStringLiteral("ratio_writer_only_to_raw"), raw.rate() > 0 ? writer.rate() / raw.rate() : 0.0 },
                    { QStringLiteral("target_messages_per_s"), kTargetPersistedPerSecond },
                    { QStringLiteral("target_met"), persistMet } });
        }
        if (config.runE2e) {
            auto runJson = [](const E2eRun& r) {
                QJsonObject o { { QStringLiteral("mode"), r.mode }, { QStringLiteral("agents"), r.agents },
                    { QStringLiteral("messages"), static_cast<qint64>(r.messages) },
                    { QStringLiteral("handled"), static_cast<qint64>(r.handled) },
                    { QStringLiteral("acked_in_db"), static_cast<qint64>(r.ackedInDb) },
                    { QStringLiteral("complete"), r.complete }, { QStringLiteral("seconds"), seconds(r.totalNs) },
                    { QStringLiteral("publish_seconds"), seconds(r.publishNs) },
                    { QStringLiteral("handled_per_s"), perSecond(r.handled, r.totalNs) },
                    { QStringLiteral("latency"), r.latency.toJson() },
                    { QStringLiteral("baseline_qt_handoff"),
                        QJsonObject { { QStringLiteral("seconds"), seconds(r.baselineTotalNs) },
                            { QStringLiteral("handled_per_s"), perSecond(r.messages, r.baselineTotalNs) },
                            { QStringLiteral("latency"), r.baseline.toJson() } } } };
                if (r.rate > 0) {
                    o.insert(QStringLiteral("rate"), r.rate);
                    o.insert(QStringLiteral("achieved_rate"), perSecond(r.messages, r.publishNs));
                    o.insert(QStringLiteral("max_producer_lag_ms"), static_cast<double>(r.maxProducerLagNs) / 1e6);
                    o.insert(QStringLiteral("p99_target_met"), r.complete && r.latency.p99 <= kTargetP99Ms);
                }
                return o;
            };
            QJsonArray sat;
            for (const E2eRun& r : std::as_const(saturated))
                sat.append(runJson(r));
            QJsonArray pac;
            for (const E2eRun& r : std::as_const(paced))
                pac.append(runJson(r));
            root.insert(QStringLiteral("e2e"),
                QJsonObject { { QStringLiteral("saturated"), sat }, { QStringLiteral("paced"), pac },
                    { QStringLiteral("target_p99_ms"), kTargetP99Ms }, { QStringLiteral("target_met"), latencyMet } });
        }
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return 0;
    }

    out << "GreenDoor bus benchmark (" << machine << ")\n";
    if (config.runPublish) {
        out << "\n1. Persisted publish throughput: " << num(config.messages) << " messages to an unconsumed endpoint, "
            << "batches of " << kBusBatch << ", WAL, synchronous=NORMAL"
            << (config.repeat > 1 ? QStringLiteral(", median of %1 interleaved runs").arg(config.repeat) : QString())
            << "\n\n";
        out << "   " << pad(QStringLiteral("run"), -38) << pad(QStringLiteral("persisted"), 11)
            << pad(QStringLiteral("seconds"), 9) << pad(QStringLiteral("messages/s"), 12)
            << pad(QStringLiteral("vs raw"), 8) << "\n";
        for (const PublishRun* r : { &raw, &bus, &writer }) {
            out << "   " << pad(r->name, -38) << pad(num(static_cast<double>(r->messages)), 11)
                << pad(num(seconds(r->totalNs), 2), 9) << pad(num(r->rate()), 12)
                << pad(ratio(r->rate(), raw.rate()), 8) << "\n";
        }
        if (config.repeat > 1) {
            auto rates = [](const QList<PublishRun>& runs) {
                QStringList parts;
                for (const PublishRun& r : runs)
                    parts << num(r.rate());
                return parts.join(QStringLiteral("  "));
            };
            out << "\n   all runs, messages/s: raw " << rates(raws) << " | bus " << rates(buses) << " | writer only "
                << rates(writers) << "\n";
        }
        out << "\n   bus publish() calls alone: "
            << num(perSecond(static_cast<quint64>(config.messages), bus.publishNs)) << " messages/s ("
            << num(seconds(bus.publishNs), 2) << " s)\n";
        out << "   target >= " << num(kTargetPersistedPerSecond) << " persisted messages/s: " << metText(persistMet)
            << " (" << num(bus.rate()) << "/s)\n";
    }
    if (config.runE2e) {
        out << "\n2. End to end: producer thread -> bus (persist) -> agent threads (handle + ack), "
               "status_update round-robin\n"
            << "   baseline: Qt queued call from the producer to the same number of plain worker threads\n";
        out << "\n   (i) saturated throughput, first publish until every message is handled and acked\n\n";
        out << "   " << pad(QStringLiteral("agents"), 6) << pad(QStringLiteral("messages"), 10)
            << pad(QStringLiteral("acked"), 10) << pad(QStringLiteral("seconds"), 9)
            << pad(QStringLiteral("handled/s"), 11) << pad(QStringLiteral("baseline/s"), 12)
            << pad(QStringLiteral("vs base"), 9) << pad(QStringLiteral("p50 ms"), 9) << pad(QStringLiteral("p99 ms"), 9)
            << pad(QStringLiteral("max ms"), 9) << "\n";
        for (const E2eRun& r : std::as_const(saturated)) {
            const double rate = perSecond(r.handled, r.totalNs);
            const double base = perSecond(r.messages, r.baselineTotalNs);
            out << "   " << pad(QString::number(r.agents), 6) << pad(num(static_cast<double>(r.messages)), 10)
                << pad(num(static_cast<double>(r.ackedInDb)), 10) << pad(num(seconds(r.totalNs), 2), 9)
                << pad(num(rate), 11) << pad(num(base), 12) << pad(ratio(rate, base), 9)
                << pad(num(r.latency.p50, 1), 9) << pad(num(r.latency.p99, 1), 9) << pad(num(r.latency.max, 1), 9)
                << (r.complete ? "" : "  INCOMPLETE") << "\n";
        }
        out << "   (latency under saturation is mostly queueing; see (ii) for delivery latency)\n";
        out << "\n   (ii) delivery latency, publish -> handler start, paced load of " << num(config.seconds, 1)
            << " s per run\n\n";
        out << "   " << pad(QStringLiteral("agents"), 6) << pad(QStringLiteral("rate/s"), 8)
            << pad(QStringLiteral("achieved"), 10) << pad(QStringLiteral("samples"), 9)
            << pad(QStringLiteral("p50 ms"), 8) << pad(QStringLiteral("p99 ms"), 8) << pad(QStringLiteral("max ms"), 8)
            << pad(QStringLiteral("base p50"), 10) << pad(QStringLiteral("base p99"), 10)
            << pad(QStringLiteral("p99/base"), 10) << pad(QStringLiteral("p99<=5ms"), 10) << "\n";
        for (const E2eRun& r : std::as_const(paced)) {
            out << "   " << pad(QString::number(r.agents), 6) << pad(num(r.rate), 8)
                << pad(num(perSecond(r.messages, r.publishNs)), 10)
                << pad(num(static_cast<double>(r.latency.samples)), 9) << pad(num(r.latency.p50, 2), 8)
                << pad(num(r.latency.p99, 2), 8) << pad(num(r.latency.max, 1), 8) << pad(num(r.baseline.p50, 3), 10)
                << pad(num(r.baseline.p99, 3), 10) << pad(ratio(r.latency.p99, r.baseline.p99), 10)
                << pad(metText(r.complete && r.latency.p99 <= kTargetP99Ms), 10) << "\n";
        }
        out << "   target p99 <= " << num(kTargetP99Ms, 0) << " ms delivery under paced load: " << metText(latencyMet)
            << "\n";
    }
    return 0;
}
