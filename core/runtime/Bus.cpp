#include "core/runtime/Bus.h"

#include "core/Logging.h"
#include "core/store/MessageStore.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>

namespace gd::core {

namespace {
constexpr std::size_t kMaxBatch = 4096;
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
        message.id = newId();
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
        // A savepoint, so that a failed insert leaves the requests' work to commit.
        Transaction inserts(ws);
        stored = inserts.ok();
        if (stored) {
            for (Message& m : batch) {
                // seq 0 marks a duplicate id: stored before, not delivered again.
                if (!MessageStore::store(ws, m, error)) {
                    stored = false;
                    break;
                }
            }
        }
        if (stored && !inserts.commit())
            stored = false;
        if (!stored && error && error->isEmpty())
            *error = inserts.error();
    }
    for (const auto& r : requests) {
        Transaction own(ws);
        QString why;
        r->ok = own.ok() && r->work(ws, &why) && own.commit();
        if (!r->ok)
            r->error = why.isEmpty() ? own.error() : why;
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
