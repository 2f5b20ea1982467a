#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QWaitCondition>
#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;

namespace gd::core {
class Workspace;
}

namespace gd::ui {

// The console's one way to work off the GUI thread (STYLE.md rule 16; KeePassXC's
// AsyncTask::runThenCallback). A runner belongs to one open workspace and owns a few named
// worker threads, each with its own SQLite connection (Workspace gives every thread its own).
//
//   runner->run(view, QStringLiteral("items"),
//       [](core::Workspace& ws) { return Store::query(ws); },   // on a worker
//       [view](const Result& r) { view->show(r); });             // queued, on the GUI thread
//
// The answer is delivered as a queued call on the GUI thread, and dropped when
//  - the context object was destroyed meanwhile,
//  - a newer run() for the same (context, slot) was issued (a stale answer; a job that is
//    already stale when a worker picks it up is not run at all; an empty slot never goes stale),
//  - or the runner was stopped (the workspace is closing).
// Jobs take core::Workspace& or nothing (network jobs). Shutdown: stop() drops the queued jobs
// and raises stopRequested() for the running ones (long jobs poll it), wait() blocks until every
// worker has finished and released its connection; the destructor does both. No job outlives
// the runner, so none outlives the workspace it uses.
class AsyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AsyncRunner)

public:
    static constexpr int kDefaultThreads = 3;

    // workspace may be null for a runner whose jobs take no workspace.
    explicit AsyncRunner(
        std::shared_ptr<core::Workspace> workspace, int threads = kDefaultThreads, QObject* parent = nullptr);
    ~AsyncRunner() override;

    const std::shared_ptr<core::Workspace>& workspace() const { return m_workspace; }

    template<typename Job, typename Then>
    void run(QObject* context, const QString& slot, Job job, Then then);

    // From a running job (any thread): calls call on the GUI thread, unless context is gone or
    // the runner stopped meanwhile. For progress reports. Take the QPointer on the GUI thread.
    void notify(const QPointer<QObject>& context, std::function<void()> call);

    // True while a job for (context, slot) is queued, running, or its answer not yet delivered.
    // Periodic refreshes skip a slot that is busy instead of superseding it.
    bool isBusy(const QObject* context, const QString& slot) const;
    // Jobs issued and not yet answered (or dropped), over all slots. GUI thread.
    int pendingJobs() const { return m_pending; }

    // Ends the runner's work: queued jobs are dropped, no answer is delivered any more, running
    // jobs see stopRequested(). Returns at once. GUI thread.
    void stop();
    // Blocks until every worker thread has ended. Any thread (shutdown waits off the GUI thread).
    void wait();
    bool isStopped() const { return m_stopped; }
    // Raised by stop(); long jobs (imports, crawls, exports) poll it to end early.
    const std::atomic<bool>& stopRequested() const { return *m_stopFlag; }
    // The same flag, to hand to code that wants a pointer (e.g. a cancel argument).
    std::shared_ptr<const std::atomic<bool>> stopFlag() const { return m_stopFlag; }

Q_SIGNALS:
    // pendingJobs() fell to zero: every answer was delivered or dropped. Tests wait on it.
    void idle();

private:
    struct Ticket
    {
        std::shared_ptr<std::atomic<quint64>> latest; // null: never stale
        quint64 generation = 0;
        bool stale() const { return latest && latest->load() != generation; }
    };
    struct Slot
    {
        std::shared_ptr<std::atomic<quint64>> latest = std::make_shared<std::atomic<quint64>>(0);
        int outstanding = 0;
    };
    using Key = std::pair<const QObject*, QString>;
    using Task = std::function<void(core::Workspace*)>;

    Ticket issue(QObject* context, const QString& slot);
    void enqueue(Task task);
    // Posts an answer (or the notice that there is none) back to the GUI thread.
    void post(std::function<void()> answer);
    bool deliverable(const Ticket& ticket, const QPointer<QObject>& context) const;
    void finish(const Key& key);
    void workerLoop();

    std::shared_ptr<core::Workspace> m_workspace;
    QList<QThread*> m_threads;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Task> m_queue;
    bool m_stopping = false; // under m_mutex
    std::shared_ptr<std::atomic<bool>> m_stopFlag = std::make_shared<std::atomic<bool>>(false);
    // GUI thread only:
    QHash<Key, Slot> m_slots;
    int m_pending = 0;
    bool m_stopped = false;
};

template<typename Job, typename Then>
void AsyncRunner::run(QObject* context, const QString& slot, Job job, Then then)
{
    constexpr bool takesWorkspace = std::is_invocable_v<Job&, core::Workspace&>;
    static_assert(takesWorkspace || std::is_invocable_v<Job&>, "a job takes core::Workspace& or nothing");
    Q_ASSERT_X(!takesWorkspace || m_workspace, "AsyncRunner::run", "a workspace job on a runner without one");
    if (m_stopped)
        return;
    const Ticket ticket = issue(context, slot);
    const Key key { context, slot };
    QPointer<QObject> guard(context);
    enqueue([this, ticket, key, guard, job = std::move(job), then = std::move(then)](core::Workspace* ws) mutable {
        if (ticket.stale() || stopRequested()) {
            post([this, key] { finish(key); });
            return;
        }
        auto call = [&]() -> decltype(auto) {
            if constexpr (takesWorkspace)
                return job(*ws);
            else
                return job();
        };
        using Result = std::decay_t<decltype(call())>;
        if constexpr (std::is_void_v<Result>) {
            call();
            post([this, ticket, key, guard, then = std::move(then)]() mutable {
                if (deliverable(ticket, guard))
                    then();
                finish(key);
            });
        } else {
            Result result = call();
            post([this, ticket, key, guard, then = std::move(then), result = std::move(result)]() mutable {
                if (deliverable(ticket, guard))
                    then(std::move(result));
                finish(key);
            });
        }
    });
}

} // namespace gd::ui
