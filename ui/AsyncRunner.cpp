#include "ui/AsyncRunner.h"

#include "core/store/Workspace.h"

#include <QThread>

namespace gd::ui {

AsyncRunner::AsyncRunner(std::shared_ptr<core::Workspace> workspace, int threads, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        QThread* thread = QThread::create([this] { workerLoop(); });
        thread->setObjectName(QStringLiteral("gd-ui-jobs-%1").arg(i + 1));
        m_threads << thread;
        thread->start();
    }
}

AsyncRunner::~AsyncRunner()
{
    stop();
    wait();
    qDeleteAll(m_threads);
}

AsyncRunner::Ticket AsyncRunner::issue(QObject* context, const QString& slot)
{
    Slot& s = m_slots[Key { context, slot }];
    ++s.outstanding;
    ++m_pending;
    if (slot.isEmpty())
        return {};
    return { s.latest, ++*s.latest };
}

void AsyncRunner::enqueue(Task task)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping)
        return;
    m_queue.push_back(std::move(task));
    m_wake.wakeOne();
}

void AsyncRunner::post(std::function<void()> answer)
{
    // The runner lives on the GUI thread and outlives its workers (the destructor joins them),
    // so posting to it from a worker is safe; posted calls die with it.
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

void AsyncRunner::notify(const QPointer<QObject>& context, std::function<void()> call)
{
    post([this, context, call = std::move(call)] {
        if (!m_stopped && context)
            call();
    });
}

bool AsyncRunner::deliverable(const Ticket& ticket, const QPointer<QObject>& context) const
{
    return !m_stopped && context && !ticket.stale();
}

void AsyncRunner::finish(const Key& key)
{
    if (m_stopped)
        return;
    auto it = m_slots.find(key);
    if (it != m_slots.end() && --it->outstanding <= 0)
        m_slots.erase(it);
    if (--m_pending == 0)
        Q_EMIT idle();
}

bool AsyncRunner::isBusy(const QObject* context, const QString& slot) const
{
    return m_slots.contains(Key { context, slot });
}

void AsyncRunner::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stopFlag->store(true);
    std::deque<Task> dropped;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        dropped.swap(m_queue);
        m_wake.wakeAll();
    }
    m_slots.clear();
    m_pending = 0;
    // dropped is destroyed here, outside the lock: the jobs' captures go with it.
}

void AsyncRunner::wait()
{
    for (QThread* thread : std::as_const(m_threads))
        thread->wait();
}

void AsyncRunner::workerLoop()
{
    for (;;) {
        Task task;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            task = std::move(m_queue.front());
            m_queue.pop_front();
        }
        task(m_workspace.get());
    }
    // This thread's connection goes with it.
    if (m_workspace)
        m_workspace->releaseThreadConnection();
}

} // namespace gd::ui
