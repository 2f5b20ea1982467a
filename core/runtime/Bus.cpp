#include "core/runtime/Bus.h"

#include "core/Logging.h"
#include "core/store/MessageStore.h"
#include "core/store/SqlStatement.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRandomGenerator64>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <array>

namespace gd::core {

namespace {

constexpr std::size_t kMaxBatch = 4096;

// A message id that sorts by creation time (the UUID version 7 layout: 48 bits of Unix time in
// milliseconds, then 74 random bits), so that the unique index on message_id grows at its end
// instead of taking every insert at a random page: a commit then rewrites a page or two of that
// index instead of one per message.
QString newMessageId()
{
    thread_local QRandomGenerator64 random = [] {
        std::array<quint32, 8> seed {};
        QRandomGenerator::system()->fillRange(seed.data(), seed.size());
        return QRandomGenerator64(seed.data(), static_cast<qsizetype>(seed.size()));
    }();
    const quint64 ms = static_cast<quint64>(nowMs());
    const quint64 a = random.generate();
    const quint64 b = random.generate();
    const uint time = static_cast<uint>(ms >> 16);
    const auto timeLow = static_cast<ushort>(ms & 0xFFFF);
    const auto versionAndRandom = static_cast<ushort>(0x7000 | (a & 0x0FFF));
    const quint64 variantAndRandom = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    const QUuid uuid(time, timeLow, versionAndRandom, static_cast<uchar>(variantAndRandom >> 56),
        static_cast<uchar>(variantAndRandom >> 48), static_cast<uchar>(variantAndRandom >> 40),
        static_cast<uchar>(variantAndRandom >> 32), static_cast<uchar>(variantAndRandom >> 24),
        static_cast<uchar>(variantAndRandom >> 16), static_cast<uchar>(variantAndRandom >> 8),
        static_cast<uchar>(variantAndRandom));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

Bus::Bus(std::shared_ptr<Workspace> workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
}

Bus::~Bus()
{
    stop();
}

void Bus::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_running)
        return;
    m_running = true;
    m_stopping = false;
    m_writerActive = true;
    m_thread = QThread::create([this] { writerLoop(); });
    m_thread->setObjectName(QStringLiteral("gd-bus-writer"));
    m_thread->start();
}

void Bus::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_running)
            return;
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    QMutexLocker lock(&m_mutex);
    m_running = false;
    m_progress.wakeAll();
}

AgentInbox* Bus::registerEndpoint(const QString& name)
{
    auto registration = std::make_shared<Registration>();
    registration->name = name;
    QMutexLocker lock(&m_mutex);
    if (auto it = m_inboxes.constFind(name); it != m_inboxes.constEnd())
        return it->get();
    if (!m_running) {
        // Not started: register directly; pending messages load when the writer starts.
        auto box = std::make_shared<AgentInbox>(name);
        m_inboxes.insert(name, box);
        return box.get();
    }
    m_registrations.push_back(registration);
    m_wake.wakeAll();
    while (!registration->done && m_running)
        m_progress.wait(&m_mutex);
    return m_inboxes.value(name).get();
}

AgentInbox* Bus::inbox(const QString& name) const
{
    QMutexLocker lock(&m_mutex);
    return m_inboxes.value(name).get();
}

QString Bus::publish(Message message)
{
    if (message.id.isEmpty())
        message.id = newMessageId();
    if (message.createdAtMs == 0)
        message.createdAtMs = nowMs();
    if (message.publishedNs == 0)
        message.publishedNs = monotonicNs();
    QString id = message.id;
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(std::move(message));
    ++m_published;
    if (m_queue.size() == 1)
        m_wake.wakeOne();
    return id;
}

bool Bus::flush(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    const quint64 ticket = m_published;
    while (m_done < ticket) {
        if (!m_running)
            return false;
        if (!m_progress.wait(&m_mutex, deadline))
            return m_done >= ticket;
    }
    return true;
}

quint64 Bus::persistedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_persisted;
}

QString Bus::lastWriteError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

bool Bus::commit(Work work, QString* error)
{
    auto request = std::make_shared<CommitRequest>();
    request->work = std::move(work);
    {
        QMutexLocker lock(&m_mutex);
        if (m_writerActive) {
            m_requests.push_back(request);
            if (m_requests.size() == 1)
                m_wake.wakeOne();
            while (!request->done)
                request->finished.wait(&m_mutex);
            if (!request->ok && error)
                *error = request->error;
            return request->ok;
        }
    }
    // No writer: a transaction of our own.
    Workspace& ws = *m_workspace;
    Transaction tx(ws);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (!request->work(ws, error))
        return false; // rolled back by tx
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

namespace {

// A savepoint around one part of the writer's transaction (the batch's inserts, one agent's
// acks), so that a part that fails rolls back alone. Fixed names and statements prepared once:
// parts never nest inside each other (work inside a part may open Transactions of its own).
class Part final
{
public:
    explicit Part(Workspace& ws)
        : m_ws(ws)
    {
        SqlStatement* open = ws.statement("SAVEPOINT gd_bus_part", &m_error);
        m_open = open && open->run(&m_error);
    }
    ~Part()
    {
        if (m_open)
            rollback();
    }
    Part(const Part&) = delete;
    Part& operator=(const Part&) = delete;

    bool ok() const { return m_open; }
    const QString& error() const { return m_error; }

    bool release()
    {
        SqlStatement* release = m_ws.statement("RELEASE gd_bus_part", &m_error);
        if (release && release->run(&m_error)) {
            m_open = false;
            return true;
        }
        rollback();
        return false;
    }

private:
    void rollback()
    {
        m_open = false;
        QString why;
        SqlStatement* back = m_ws.statement("ROLLBACK TO gd_bus_part", &why);
        SqlStatement* release = m_ws.statement("RELEASE gd_bus_part", &why);
        if (!back || !back->run(&why) || !release || !release->run(&why))
            qCWarning(lcBus) << "rollback to savepoint failed:" << why;
    }

    Workspace& m_ws;
    QString m_error;
    bool m_open = false;
};

} // namespace

bool Bus::writeRound(std::vector<Message>& batch, Requests& requests, QString* error)
{
    Workspace& ws = *m_workspace;
    auto failRequests = [&requests](const QString& why) {
        for (const auto& r : requests) {
            r->ok = false;
            r->error = why;
        }
    };
    Transaction tx(ws);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        failRequests(tx.error());
        return false;
    }
    bool stored = true;
    if (!batch.empty()) {
        // A part of its own, so that a failed insert leaves the requests' work to commit.
        Part inserts(ws);
        stored = inserts.ok();
        for (auto it = batch.begin(); stored && it != batch.end(); ++it)
            stored = MessageStore::store(ws, *it, error); // seq 0: a duplicate id, not delivered again
        if (stored && !inserts.release())
            stored = false;
        if (!stored && error && error->isEmpty())
            *error = inserts.error();
    }
    // Some errors (disk full, I/O) make SQLite roll the whole transaction back: then nothing of
    // this round is stored, and no part may run on in autocommit mode.
    QString lost;
    auto transactionLost = [&ws, &lost](const QString& why) {
        if (ws.inTransaction())
            return false;
        lost = why.isEmpty() ? QStringLiteral("the transaction was rolled back") : why;
        return true;
    };
    if (!stored && transactionLost(error ? *error : QString())) {
        failRequests(lost);
        return false;
    }
    for (const auto& r : requests) {
        Part part(ws);
        QString why;
        r->ok = part.ok() && r->work(ws, &why) && part.release();
        if (!r->ok)
            r->error = why.isEmpty() ? part.error() : why;
        if (!r->ok && transactionLost(r->error)) {
            if (error)
                *error = lost;
            failRequests(lost);
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        failRequests(tx.error());
        return false;
    }
    return stored;
}

void Bus::writerLoop()
{
    Workspace& ws = *m_workspace;
    int backoffMs = 0;
    {
        // Endpoints registered before start: load what they have pending.
        QMutexLocker lock(&m_mutex);
        for (auto it = m_inboxes.cbegin(); it != m_inboxes.cend(); ++it) {
            const QList<Message> pending = MessageStore::pending(ws, it.key());
            for (const Message& m : pending)
                it.value()->push(m);
            if (!pending.isEmpty())
                it.value()->notify();
        }
    }

    for (;;) {
        std::vector<Message> batch;
        Requests requests;
        std::vector<std::shared_ptr<Registration>> registrations;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && m_registrations.empty() && m_requests.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_registrations.empty() && m_requests.empty() && m_stopping) {
                // Under the lock: a commit() from now on runs on its caller's thread.
                m_writerActive = false;
                break;
            }
            if (m_queue.size() <= kMaxBatch) {
                batch.swap(m_queue);
            } else {
                batch.assign(std::make_move_iterator(m_queue.begin()),
                    std::make_move_iterator(m_queue.begin() + static_cast<std::ptrdiff_t>(kMaxBatch)));
                m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(kMaxBatch));
            }
            registrations.swap(m_registrations);
            requests.swap(m_requests);
        }

        if (!batch.empty() || !requests.empty()) {
            QString error;
            const bool batchStored = writeRound(batch, requests, &error);
            if (!requests.empty()) {
                QMutexLocker lock(&m_mutex);
                for (const auto& r : requests) {
                    r->done = true;
                    r->finished.wakeOne();
                }
            }
            if (!batchStored && !batch.empty()) {
                // Nothing of the batch was stored: keep it, in order, and try again shortly.
                qCWarning(lcBus) << "batch of" << batch.size() << "messages not persisted, retrying:" << error;
                backoffMs = std::clamp(backoffMs * 2, 10, 1000);
                {
                    QMutexLocker lock(&m_mutex);
                    m_lastError = error;
                    m_queue.insert(
                        m_queue.begin(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
                    m_registrations.insert(m_registrations.begin(), registrations.begin(), registrations.end());
                }
                Q_EMIT writeFailed(error);
                QThread::msleep(static_cast<unsigned long>(backoffMs));
                continue;
            }
            if (!batch.empty())
                backoffMs = 0;
        }

        int stored = 0;
        {
            QMutexLocker lock(&m_mutex);
            // Deliver what was stored, highest priority first within this batch.
            std::stable_sort(
                batch.begin(), batch.end(), [](const Message& a, const Message& b) { return a.priority > b.priority; });
            QSet<AgentInbox*> touched;
            for (Message& m : batch) {
                if (m.seq == 0)
                    continue;
                ++stored;
                if (auto it = m_inboxes.constFind(m.receiver); it != m_inboxes.constEnd()) {
                    it.value()->push(std::move(m));
                    touched.insert(it.value().get());
                }
            }
            for (const auto& registration : registrations) {
                if (m_inboxes.contains(registration->name)) {
                    registration->done = true;
                    continue;
                }
                auto box = std::make_shared<AgentInbox>(registration->name);
                for (const Message& m : MessageStore::pending(ws, registration->name))
                    box->push(m);
                m_inboxes.insert(registration->name, box);
                registration->done = true;
            }
            m_done += batch.size();
            m_persisted += static_cast<quint64>(stored);
            m_progress.wakeAll();
            lock.unlock();
            for (AgentInbox* box : std::as_const(touched))
                box->notify();
        }
        if (stored > 0)
            Q_EMIT messagesPersisted(stored);
    }
    ws.releaseThreadConnection();
}

} // namespace gd::core
