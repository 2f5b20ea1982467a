#include "core/runtime/Agent.h"

#include "core/Logging.h"
#include "core/decisions/DecisionEngine.h"
#include "core/runtime/AgentInbox.h"
#include "core/runtime/Bus.h"
#include "core/store/MessageStore.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <exception>

namespace gd::core {

namespace {
constexpr int kMaxBatch = 256;
constexpr qint64 kMaxBatchNs = 5'000'000; // 5 ms, so timers and pause requests stay responsive
constexpr int kMaxCommitFailures = 3;
} // namespace

HandlerContext::HandlerContext(Workspace& workspace, Bus& bus, QString agentName, DecisionEngine* decisions)
    : m_workspace(workspace)
    , m_bus(bus)
    , m_agentName(std::move(agentName))
    , m_decisions(decisions)
{
}

ProposeResult HandlerContext::propose(Proposal proposal)
{
    if (!m_decisions) {
        ProposeResult none;
        none.error = QStringLiteral("no decision framework in this runtime");
        return none;
    }
    proposal.agent = m_agentName;
    return m_decisions->propose(std::move(proposal));
}

Agent::Agent(QString name, QString title, QStringList capabilities, QObject* parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_title(std::move(title))
    , m_capabilities(std::move(capabilities))
{
    m_status.name = m_name;
    m_status.title = m_title;
    m_status.capabilities = m_capabilities;
}

Agent::~Agent() = default;

void Agent::attach(std::shared_ptr<Workspace> workspace, Bus* bus, AgentInbox* inbox, int heartbeatIntervalMs,
    DecisionEngine* decisions)
{
    m_workspace = std::move(workspace);
    m_bus = bus;
    m_decisions = decisions;
    m_inbox = inbox;
    m_heartbeatIntervalMs = heartbeatIntervalMs;
}

AgentStatus Agent::status() const
{
    QMutexLocker lock(&m_statusMutex);
    AgentStatus s = m_status;
    s.queueDepth = m_inbox ? m_inbox->depth() : 0;
    s.handlingP50Ms = m_handling.percentileMs(50);
    s.handlingP99Ms = m_handling.percentileMs(99);
    s.deliveryP50Ms = m_delivery.percentileMs(50);
    s.deliveryP99Ms = m_delivery.percentileMs(99);
    const qint64 beat = m_lastHeartbeatNs.load(std::memory_order_relaxed);
    s.heartbeatAgeMs = beat == 0 ? -1 : (monotonicNs() - beat) / 1'000'000;
    s.lastHeartbeatMs = beat == 0 ? 0 : nowMs() - s.heartbeatAgeMs;
    return s;
}

void Agent::setPaused(bool paused)
{
    m_paused.store(paused);
    QMutexLocker lock(&m_statusMutex);
    if (m_status.state == AgentState::Failed || m_status.state == AgentState::Stopped)
        return;
    if (paused)
        m_status.state = AgentState::Paused;
    else if (m_status.state == AgentState::Paused)
        m_status.state = AgentState::Idle;
    lock.unlock();
    if (!paused)
        scheduleDrain();
}

void Agent::abandon()
{
    m_abandoned.store(true);
}

void Agent::setRestarts(int restarts)
{
    QMutexLocker lock(&m_statusMutex);
    m_status.restarts = restarts;
}

void Agent::setState(AgentState state, const QString& currentTask)
{
    QMutexLocker lock(&m_statusMutex);
    m_status.state = state;
    m_status.currentTask = currentTask;
}

void Agent::startInThread()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_heartbeatTimer = new QTimer(this);
    m_heartbeatTimer->setInterval(m_heartbeatIntervalMs);
    connect(m_heartbeatTimer, &QTimer::timeout, this, &Agent::heartbeat);
    m_heartbeatTimer->start();
    heartbeat();
    setState(m_paused.load() ? AgentState::Paused : AgentState::Idle);
    m_inbox->setNotifier(this, [this] { scheduleDrain(); });
    scheduleDrain();
}

void Agent::stopInThread()
{
    m_stopped.store(true);
    if (m_inbox)
        m_inbox->clearNotifier(this);
    delete m_heartbeatTimer;
    m_heartbeatTimer = nullptr;
    if (!m_failed.load())
        setState(AgentState::Stopped);
    if (m_workspace)
        m_workspace->releaseThreadConnection();
    QThread::currentThread()->quit();
}

void Agent::wake()
{
    drain();
}

void Agent::scheduleDrain()
{
    if (m_drainPending.exchange(true))
        return;
    QMetaObject::invokeMethod(this, &Agent::wake, Qt::QueuedConnection);
}

void Agent::heartbeat()
{
    m_lastHeartbeatNs.store(monotonicNs(), std::memory_order_relaxed);
}

void Agent::onMessage(const Message&, HandlerContext&)
{
}

void Agent::process(Message message, Processed& out)
{
    out.deliveredAtMs = nowMs();
    const qint64 startNs = monotonicNs();
    if (message.publishedNs > 0) {
        QMutexLocker lock(&m_statusMutex);
        m_delivery.add(startNs - message.publishedNs);
    }
    HandlerContext context(*m_workspace, *m_bus, m_name, m_decisions);
    context.m_keepAlive = [this] { heartbeat(); };
    const bool isTask = message.type == MessageType::TaskAssignment
        && message.content.value(QStringLiteral("kind")).toString() == QLatin1String("task");
    try {
        if (isTask) {
            Task task;
            task.id = message.content.value(QStringLiteral("task_id")).toString();
            task.type = message.content.value(QStringLiteral("task_type")).toString();
            task.attempt = message.content.value(QStringLiteral("attempt")).toInt();
            task.payload = message.content.value(QStringLiteral("payload")).toObject();
            task.priority = message.priority;
            out.taskId = task.id;

            // Run only the current assignment: a requeued task has a newer attempt.
            if (!TaskStore::isCurrentAssignment(*m_workspace, task.id, task.attempt)) {
                out.error = QStringLiteral("stale assignment (task was requeued or finished)");
                out.taskId.clear();
            } else {
                setState(AgentState::Working, task.type);
                const qint64 startedAt = out.deliveredAtMs;
                const QJsonObject result = runTask(task, context);
                out.taskRan = true;
                context.stage([task, result, startedAt](Workspace& ws, QString* error) {
                    return TaskStore::markDone(ws, task.id, task.attempt, result, startedAt, error);
                });
                Message done;
                done.sender = m_name;
                done.receiver = kCoordinatorEndpoint;
                done.type = MessageType::StatusUpdate;
                done.priority = Priority::Low;
                done.correlationId = task.id;
                QJsonObject content { { QStringLiteral("kind"), QStringLiteral("task_done") },
                    { QStringLiteral("task_id"), task.id }, { QStringLiteral("task_type"), task.type } };
                const QString summary = result.value(QStringLiteral("summary")).toString();
                if (!summary.isEmpty())
                    content.insert(QStringLiteral("summary"), summary);
                done.content = content;
                context.send(done);
            }
        } else {
            setState(AgentState::Working, nameOf(message.type));
            onMessage(message, context);
        }
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
        if (out.error.isEmpty())
            out.error = QStringLiteral("handler failed");
        out.taskRan = isTask && !out.taskId.isEmpty();
        out.threw = true;
        context.m_writes.clear();
        context.m_outgoing.clear();
    } catch (...) {
        out.error = QStringLiteral("handler failed with an unknown exception");
        out.taskRan = isTask && !out.taskId.isEmpty();
        out.threw = true;
        context.m_writes.clear();
        context.m_outgoing.clear();
    }
    out.writes = std::move(context.m_writes);
    out.outgoing = std::move(context.m_outgoing);
    out.message = std::move(message);
    QMutexLocker lock(&m_statusMutex);
    m_handling.add(monotonicNs() - startNs);
}

bool Agent::commit(std::vector<Processed>& batch, QString* error)
{
    // The bus writer stores the handlers' writes and the acks in its next transaction, together
    // with the other agents' and the next messages (group commit); it runs this in a savepoint
    // of its own, so a failure here rolls back this batch and nothing else.
    const qint64 ackedAt = nowMs();
    return m_bus->commit(
        [&batch, ackedAt](Workspace& ws, QString* why) {
            for (Processed& p : batch) {
                for (const auto& write : p.writes) {
                    if (!write(ws, why))
                        return false;
                }
                if (!MessageStore::ack(ws, p.message.seq, p.deliveredAtMs, ackedAt, p.error, why))
                    return false;
            }
            return true;
        },
        error);
}

void Agent::drain()
{
    m_drainPending.store(false);
    if (m_abandoned.load() || m_failed.load() || m_stopped.load() || m_paused.load()) {
        if (m_abandoned.load() && !m_stopped.load())
            stopInThread();
        return;
    }

    std::vector<Processed> batch;
    QString failure;
    const qint64 deadline = monotonicNs() + kMaxBatchNs;
    while (static_cast<int>(batch.size()) < kMaxBatch && monotonicNs() < deadline && !m_paused.load()) {
        std::optional<Message> next = m_inbox->pop();
        if (!next)
            break;
        batch.emplace_back();
        process(std::move(*next), batch.back());
        heartbeat();
        if (m_abandoned.load()) {
            // The coordinator gave up on us while the handler ran; someone else has the work now.
            stopInThread();
            return;
        }
        if (batch.back().threw) {
            failure = batch.back().error;
            break;
        }
    }
    if (batch.empty()) {
        setState(m_paused.load() ? AgentState::Paused : AgentState::Idle);
        return;
    }

    QString error;
    if (!commit(batch, &error)) {
        // Nothing of the batch was stored: hand the messages back and retry, or give up.
        std::vector<Message> back;
        back.reserve(batch.size());
        for (Processed& p : batch)
            back.push_back(std::move(p.message));
        m_inbox->pushFront(std::move(back));
        ++m_commitFailures;
        qCWarning(lcAgents) << m_name << "could not store handled messages:" << error;
        if (m_commitFailures >= kMaxCommitFailures) {
            m_failed.store(true);
            setState(AgentState::Failed);
            {
                QMutexLocker lock(&m_statusMutex);
                m_status.lastError = error;
            }
            Q_EMIT failed(tr("cannot store results: %1").arg(error));
            return;
        }
        QTimer::singleShot(20 * m_commitFailures, this, &Agent::scheduleDrain);
        return;
    }
    m_commitFailures = 0;

    quint64 ok = 0;
    quint64 bad = 0;
    for (Processed& p : batch) {
        for (Message& m : p.outgoing) {
            if (m.sender.isEmpty())
                m.sender = m_name;
            m_bus->publish(std::move(m));
        }
        if (p.error.isEmpty())
            ++ok;
        else
            ++bad;
        if (!p.taskId.isEmpty() && p.taskRan)
            Q_EMIT taskFinished(p.taskId, p.error.isEmpty(), p.error);
    }
    {
        QMutexLocker lock(&m_statusMutex);
        m_status.handled += ok;
        m_status.failed += bad;
        if (!failure.isEmpty())
            m_status.lastError = failure;
    }

    if (!failure.isEmpty()) {
        qCWarning(lcAgents) << m_name << "handler failed:" << failure;
        m_failed.store(true);
        setState(AgentState::Failed);
        Q_EMIT failed(failure);
        return;
    }
    if (m_inbox->depth() > 0)
        scheduleDrain();
    else
        setState(m_paused.load() ? AgentState::Paused : AgentState::Idle);
}

} // namespace gd::core
