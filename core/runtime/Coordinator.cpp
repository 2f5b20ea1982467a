#include "core/runtime/Coordinator.h"

#include "core/Logging.h"
#include "core/runtime/AgentInbox.h"
#include "core/runtime/Bus.h"
#include "core/store/AgentStore.h"
#include "core/store/MessageStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/TaskStore.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QThread>
#include <QTimer>

namespace gd::core {

namespace {

QJsonObject statusJson(const AgentStatus& s)
{
    return QJsonObject {
        { QStringLiteral("handled"), static_cast<qint64>(s.handled) },
        { QStringLiteral("failed"), static_cast<qint64>(s.failed) },
        { QStringLiteral("queue_depth"), s.queueDepth },
        { QStringLiteral("restarts"), s.restarts },
        { QStringLiteral("handling_p50_ms"), s.handlingP50Ms },
        { QStringLiteral("handling_p99_ms"), s.handlingP99Ms },
        { QStringLiteral("delivery_p50_ms"), s.deliveryP50Ms },
        { QStringLiteral("delivery_p99_ms"), s.deliveryP99Ms },
        { QStringLiteral("current_task"), s.currentTask },
        { QStringLiteral("last_error"), s.lastError },
    };
}

} // namespace

Coordinator::Coordinator(
    std::shared_ptr<Workspace> workspace, Bus* bus, QList<AgentSpec> specs, Options options, DecisionEngine* decisions)
    : m_workspace(std::move(workspace))
    , m_bus(bus)
    , m_decisions(decisions)
    , m_options(options)
{
    for (AgentSpec& spec : specs) {
        auto* host = new Host;
        host->spec = std::move(spec);
        m_names << host->spec.name;
        m_hosts << host;
    }
}

Coordinator::~Coordinator()
{
    qDeleteAll(m_hosts);
}

QString Coordinator::submitTask(const QString& type, const QJsonObject& payload, Priority priority, int maxAttempts)
{
    const QString id = newId();
    QMetaObject::invokeMethod(
        this, [=, this] { doSubmit(id, type, payload, priority, maxAttempts); }, Qt::QueuedConnection);
    return id;
}

void Coordinator::setAgentPaused(const QString& name, bool paused)
{
    QMetaObject::invokeMethod(
        this, [=, this] { doSetAgentPaused(name, paused); }, Qt::QueuedConnection);
}

void Coordinator::setAutonomyPaused(bool paused)
{
    QMetaObject::invokeMethod(
        this, [=, this] { doSetAutonomyPaused(paused, true); }, Qt::QueuedConnection);
}

bool Coordinator::isAutonomyPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_autonomyPaused;
}

QList<AgentStatus> Coordinator::agentStatuses() const
{
    QMutexLocker lock(&m_mutex);
    return m_statuses;
}

RuntimeCounts Coordinator::counts() const
{
    QMutexLocker lock(&m_mutex);
    return m_counts;
}

QStringList Coordinator::agentNames() const
{
    return m_names;
}

Coordinator::Host* Coordinator::hostByName(const QString& name)
{
    for (Host* host : std::as_const(m_hosts)) {
        if (host->spec.name == name)
            return host;
    }
    return nullptr;
}

void Coordinator::startInThread()
{
    Workspace& ws = *m_workspace;
    m_coordinatorBox = m_bus->registerEndpoint(kCoordinatorEndpoint);
    m_operatorBox = m_bus->registerEndpoint(kOperatorEndpoint);
    auto notify = [this] { QMetaObject::invokeMethod(this, &Coordinator::drainOwnInboxes, Qt::QueuedConnection); };
    m_coordinatorBox->setNotifier(this, notify);
    m_operatorBox->setNotifier(this, notify);

    const bool paused = ws.meta(keys::AutonomyPaused) == QLatin1String("1");
    {
        QMutexLocker lock(&m_mutex);
        m_autonomyPaused = paused;
        m_counts.autonomyPaused = paused;
    }

    // Register the agents in the workspace, keeping a paused agent paused.
    const QHash<QString, bool> pausedAgents = AgentStore::pausedByName(ws);
    for (Host* host : std::as_const(m_hosts))
        host->paused = pausedAgents.value(host->spec.name, false);
    registerAgents();

    for (Host* host : std::as_const(m_hosts)) {
        host->inbox = m_bus->registerEndpoint(host->spec.name);
        spawn(*host);
    }
    requeueOrphanedTasks();

    m_watchdogTimer = new QTimer(this);
    m_watchdogTimer->setInterval(std::clamp(m_options.heartbeatTimeoutMs / 5, 20, 1000));
    connect(m_watchdogTimer, &QTimer::timeout, this, &Coordinator::watchdog);
    m_watchdogTimer->start();

    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(m_options.statusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, &Coordinator::publishStatus);
    m_statusTimer->start();

    m_slowTimer = new QTimer(this);
    m_slowTimer->setInterval(1000);
    connect(m_slowTimer, &QTimer::timeout, this, &Coordinator::tick);
    m_slowTimer->start();

    refreshCounts();
    runSchedules();
    assignQueued();
    drainOwnInboxes();
    publishStatus();
    Q_EMIT started();
    qCInfo(lcRuntime) << "coordinator started with" << m_hosts.size() << "agents, autonomy paused:" << paused;
}

void Coordinator::tickNow()
{
    QMetaObject::invokeMethod(this, &Coordinator::tick, Qt::QueuedConnection);
}

void Coordinator::tick()
{
    if (!m_slowTimer)
        return; // not started, or stopped
    m_workspace->checkpoint();
    if (!m_registered)
        registerAgents();
    pollMeta();
    runSchedules();
    assignQueued();
    refreshCounts();
    persistAgents();
    Q_EMIT ticked(++m_ticks);
}

void Coordinator::stopInThread()
{
    for (AgentInbox* box : { m_coordinatorBox, m_operatorBox }) {
        if (box)
            box->clearNotifier(this);
    }
    if (m_watchdogTimer)
        m_watchdogTimer->stop();
    if (m_statusTimer)
        m_statusTimer->stop();
    if (m_slowTimer)
        m_slowTimer->stop();
    for (Host* host : std::as_const(m_hosts)) {
        if (host->agent)
            retire(*host, !host->failed);
    }
    for (QThread* zombie : std::as_const(m_zombies)) {
        if (!zombie->wait(5000)) {
            qCWarning(lcRuntime) << "agent thread" << zombie->objectName() << "did not finish; terminating it";
            zombie->terminate();
            zombie->wait();
        }
    }
    m_zombies.clear();
    publishStatus();
    persistAgents();
    // Timers belong to this thread; remove them before it ends.
    delete m_watchdogTimer;
    delete m_statusTimer;
    delete m_slowTimer;
    m_watchdogTimer = m_statusTimer = m_slowTimer = nullptr;
    m_workspace->releaseThreadConnection();
    QThread::currentThread()->quit();
}

void Coordinator::spawn(Host& host)
{
    Agent* agent = host.spec.factory();
    agent->attach(m_workspace, m_bus, host.inbox, m_options.heartbeatIntervalMs, m_decisions);
    agent->setPaused(host.paused || m_autonomyPaused);
    agent->setRestarts(host.restarts);
    auto* thread = new QThread;
    thread->setObjectName(QStringLiteral("gd-agent-%1").arg(host.spec.name));
    agent->moveToThread(thread);
    const QString name = host.spec.name;
    connect(agent, &Agent::failed, this, [this, name, agent](const QString& reason) {
        Host* h = hostByName(name);
        if (h && h->agent == agent)
            onAgentFailed(name, reason);
    });
    connect(agent, &Agent::taskFinished, this, [this, name, agent](const QString& taskId, bool ok, const QString&) {
        Host* h = hostByName(name);
        if (h && h->agent == agent)
            onTaskFinished(name, taskId, ok);
    });
    connect(thread, &QThread::started, agent, &Agent::startInThread);
    host.agent = agent;
    host.thread = thread;
    host.failed = false;
    thread->start();
}

void Coordinator::retire(Host& host, bool responsive)
{
    Agent* agent = host.agent;
    QThread* thread = host.thread;
    host.agent = nullptr;
    host.thread = nullptr;
    if (!agent)
        return;
    if (responsive) {
        QMetaObject::invokeMethod(agent, &Agent::stopInThread, Qt::QueuedConnection);
        if (thread->wait(5000)) {
            delete agent;
            delete thread;
            return;
        }
        qCWarning(lcRuntime) << host.spec.name << "did not stop in time; abandoning its thread";
    }
    // The thread does not answer (a handler hangs): let it finish on its own, without work.
    agent->abandon();
    const QString name = host.spec.name;
    connect(thread, &QThread::finished, this, [this, thread, agent, name] {
        m_zombies.removeAll(thread);
        delete agent;
        thread->deleteLater();
        Q_EMIT abandonedAgentFinished(name);
    });
    m_zombies << thread;
}

void Coordinator::restart(Host& host, const QString& reason)
{
    qCWarning(lcRuntime) << "restarting agent" << host.spec.name << "-" << reason;
    const bool responsive = host.failed; // a failed agent returned from its handler
    host.failed = true;
    requeueTasksOf(host.spec.name, reason);
    retire(host, responsive);
    host.restarts += 1;
    host.outstanding = 0;
    spawn(host);

    Message note;
    note.sender = kCoordinatorEndpoint;
    note.receiver = kOperatorEndpoint;
    note.type = MessageType::StatusUpdate;
    note.priority = Priority::High;
    note.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("agent_restarted") },
        { QStringLiteral("agent"), host.spec.name }, { QStringLiteral("summary"), reason },
        { QStringLiteral("restarts"), host.restarts } };
    m_bus->publish(note);
    Q_EMIT agentRestarted(host.spec.name, reason);
    assignQueued();
}

void Coordinator::onAgentFailed(const QString& name, const QString& reason)
{
    Host* host = hostByName(name);
    if (!host)
        return;
    host->failed = true;
    restart(*host, reason);
}

void Coordinator::onTaskFinished(const QString& name, const QString&, bool)
{
    if (Host* host = hostByName(name))
        host->outstanding = std::max(0, host->outstanding - 1);
    assignQueued();
}

void Coordinator::requeueTasksOf(const QString& agentName, const QString& reason)
{
    Workspace& ws = *m_workspace;
    const QList<ActiveTask> rows = TaskStore::activeOf(ws, agentName);
    if (rows.isEmpty())
        return;
    QList<ActiveTask> exhausted;
    QString error;
    Transaction tx(ws);
    bool ok = tx.ok();
    for (const ActiveTask& row : rows) {
        if (!ok)
            break;
        if (row.attempts >= row.maxAttempts) {
            ok = TaskStore::markFailed(ws, row.id,
                tr("gave up after %1 attempts; last: %2").arg(row.attempts).arg(reason), QStringLiteral("task:requeue"),
                &error);
            exhausted << row;
        } else {
            ok = TaskStore::requeue(ws, row.id, reason, QStringLiteral("task:requeue"), &error);
        }
    }
    if (!ok || !tx.commit()) {
        qCWarning(lcRuntime) << "cannot requeue the tasks of" << agentName << ":"
                             << (error.isEmpty() ? tx.error() : error);
        return;
    }
    qCInfo(lcRuntime) << "requeued" << rows.size() - exhausted.size() << "task(s) of" << agentName << ","
                      << exhausted.size() << "gave up";
    for (const ActiveTask& row : std::as_const(exhausted)) {
        Message alert;
        alert.sender = kCoordinatorEndpoint;
        alert.receiver = kOperatorEndpoint;
        alert.type = MessageType::EscalationAlert;
        alert.priority = Priority::Critical;
        alert.correlationId = row.id;
        alert.requiredResponse = true;
        alert.content = QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("task_failed") },
            { QStringLiteral("task_id"), row.id },
            { QStringLiteral("task_type"), row.type },
            { QStringLiteral("attempts"), row.attempts },
            { QStringLiteral("agent"), agentName },
            { QStringLiteral("reason"), reason },
            { QStringLiteral("summary"), tr("%1 failed %2 times: %3").arg(row.type).arg(row.attempts).arg(reason) },
        };
        m_bus->publish(alert);
        Q_EMIT taskFailed(row.id, reason);
    }
}

void Coordinator::requeueOrphanedTasks()
{
    // Tasks a previous run assigned but never finished (it stopped or crashed).
    QString error;
    if (!TaskStore::requeueUnfinished(
            *m_workspace, QStringLiteral("runtime restarted before the task finished"), &error))
        qCWarning(lcRuntime) << "cannot requeue unfinished tasks:" << error;
}

void Coordinator::failTask(const QString& taskId, const QString& reason)
{
    QString error;
    if (!TaskStore::markFailed(*m_workspace, taskId, reason, QStringLiteral("task:fail"), &error)) {
        qCWarning(lcRuntime) << "cannot mark task" << taskId << "failed:" << error;
        return;
    }
    Message alert;
    alert.sender = kCoordinatorEndpoint;
    alert.receiver = kOperatorEndpoint;
    alert.type = MessageType::EscalationAlert;
    alert.priority = Priority::Critical;
    alert.correlationId = taskId;
    alert.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("task_failed") },
        { QStringLiteral("task_id"), taskId }, { QStringLiteral("reason"), reason },
        { QStringLiteral("summary"), reason } };
    m_bus->publish(alert);
    Q_EMIT taskFailed(taskId, reason);
}

void Coordinator::doSubmit(
    const QString& id, const QString& type, const QJsonObject& payload, Priority priority, int maxAttempts)
{
    QString error;
    const bool stored = TaskStore::insertQueued(*m_workspace, id, type, payload, priority,
        maxAttempts > 0 ? maxAttempts : m_options.defaultMaxAttempts, &error);
    if (!stored)
        qCWarning(lcRuntime) << "cannot store task" << type << error;
    else
        assignQueued();
    Q_EMIT taskSubmitted(id, stored);
}

void Coordinator::assignQueued()
{
    if (m_autonomyPaused)
        return;
    Workspace& ws = *m_workspace;
    const QList<QueuedTask> rows = TaskStore::queued(ws, 500);
    if (rows.isEmpty())
        return;

    QList<Message> outgoing;
    QList<QPair<QString, QString>> unrunnable;
    QHash<Host*, int> added;
    QString error;
    Transaction tx(ws);
    if (!tx.ok()) {
        qCWarning(lcRuntime) << "cannot assign tasks:" << tx.error();
        return;
    }
    bool ok = true;
    for (const QueuedTask& row : rows) {
        Host* best = nullptr;
        bool anyCapable = false;
        int bestLoad = 0;
        for (Host* host : std::as_const(m_hosts)) {
            if (!host->spec.capabilities.contains(row.type))
                continue;
            anyCapable = true;
            if (host->paused || host->failed || !host->agent)
                continue;
            const int load = host->outstanding + added.value(host) + host->inbox->depth();
            if (!best || load < bestLoad) {
                best = host;
                bestLoad = load;
            }
        }
        if (!anyCapable) {
            unrunnable.append({ row.id, tr("no agent can run tasks of type %1").arg(row.type) });
            continue;
        }
        if (!best)
            continue;
        if (!TaskStore::markAssigned(ws, row.id, best->spec.name, &error)) {
            ok = false;
            break;
        }
        added[best] += 1;
        Message m;
        m.sender = kCoordinatorEndpoint;
        m.receiver = best->spec.name;
        m.type = MessageType::TaskAssignment;
        m.priority = row.priority;
        m.correlationId = row.id;
        m.content = QJsonObject {
            { QStringLiteral("kind"), QStringLiteral("task") },
            { QStringLiteral("task_id"), row.id },
            { QStringLiteral("task_type"), row.type },
            { QStringLiteral("attempt"), row.attempts + 1 },
            { QStringLiteral("payload"), row.payload },
        };
        outgoing.append(m);
    }
    if (!ok || !tx.commit()) {
        qCWarning(lcRuntime) << "cannot assign tasks:" << (error.isEmpty() ? tx.error() : error);
        return;
    }
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        it.key()->outstanding += it.value();
    for (Message& m : outgoing)
        m_bus->publish(std::move(m));
    for (const auto& [taskId, reason] : std::as_const(unrunnable))
        failTask(taskId, reason);
}

void Coordinator::watchdog()
{
    for (Host* host : std::as_const(m_hosts)) {
        if (!host->agent || host->failed)
            continue;
        const qint64 beat = host->agent->lastHeartbeatNs();
        if (beat == 0)
            continue;
        const qint64 ageMs = (monotonicNs() - beat) / 1'000'000;
        if (ageMs > m_options.heartbeatTimeoutMs)
            restart(*host, tr("no heartbeat for %1 ms").arg(ageMs));
    }
}

void Coordinator::publishStatus()
{
    QList<AgentStatus> statuses;
    statuses.reserve(m_hosts.size());
    for (Host* host : std::as_const(m_hosts)) {
        AgentStatus s;
        if (host->agent) {
            s = host->agent->status();
            host->lastStatus = s;
        } else {
            // Stopped: keep the figures of its last run.
            s = host->lastStatus;
            s.name = host->spec.name;
            s.title = host->spec.title;
            s.capabilities = host->spec.capabilities;
            s.state = AgentState::Stopped;
            s.currentTask.clear();
        }
        s.restarts = host->restarts;
        statuses << s;
    }
    RuntimeCounts counts;
    {
        QMutexLocker lock(&m_mutex);
        m_statuses = statuses;
        counts = m_counts;
    }
    Q_EMIT statusChanged(statuses, counts);
}

void Coordinator::refreshCounts()
{
    RuntimeCounts c;
    const QMap<QString, qint64> byStatus = TaskStore::countByStatus(*m_workspace);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        const auto status = taskStatusFromString(it.key());
        const int n = static_cast<int>(it.value());
        if (!status)
            continue;
        switch (*status) {
        case TaskStatus::Queued:
            c.tasksQueued = n;
            break;
        case TaskStatus::Assigned:
        case TaskStatus::Running:
            c.tasksActive += n;
            break;
        case TaskStatus::Done:
            c.tasksDone = n;
            break;
        case TaskStatus::Failed:
            c.tasksFailed = n;
            break;
        }
    }
    c.messages = MessageStore::lastSeq(*m_workspace);
    c.escalations = static_cast<int>(MessageStore::countOfType(*m_workspace, MessageType::EscalationAlert));
    QMutexLocker lock(&m_mutex);
    c.autonomyPaused = m_autonomyPaused;
    m_counts = c;
}

void Coordinator::persistAgents()
{
    Workspace& ws = *m_workspace;
    QList<AgentStatus> statuses;
    {
        QMutexLocker lock(&m_mutex);
        statuses = m_statuses;
    }
    if (statuses.isEmpty())
        return;
    QString error;
    Transaction tx(ws);
    bool ok = tx.ok();
    for (const AgentStatus& s : std::as_const(statuses)) {
        if (!ok)
            break;
        ok = AgentStore::saveSnapshot(ws, { s.name, s.state, s.lastHeartbeatMs, statusJson(s) }, &error);
    }
    if (!ok || !tx.commit())
        qCWarning(lcRuntime) << "cannot store the agents' status:" << (error.isEmpty() ? tx.error() : error);
}

void Coordinator::registerAgents()
{
    Workspace& ws = *m_workspace;
    QString error;
    Transaction tx(ws);
    bool ok = tx.ok();
    int position = 0;
    for (Host* host : std::as_const(m_hosts)) {
        if (!ok)
            break;
        ok = AgentStore::registerAgent(
            ws, host->spec.name, host->spec.title, host->spec.capabilities, position++, host->paused, &error);
    }
    m_registered = ok && tx.commit();
    if (!m_registered)
        qCWarning(lcRuntime) << "cannot register the agents (retrying at the next tick):"
                             << (error.isEmpty() ? tx.error() : error);
}

void Coordinator::runSchedules()
{
    if (!m_options.schedulesEnabled || m_autonomyPaused)
        return;
    const qint64 now = nowMs();
    for (Host* host : std::as_const(m_hosts)) {
        if (host->paused)
            continue;
        for (const Schedule& schedule : std::as_const(host->spec.schedules)) {
            const qint64 last = host->lastScheduled.value(schedule.taskType, 0);
            if (last != 0 && now - last < schedule.intervalMs)
                continue;
            if (schedule.needed && !schedule.needed(*m_workspace))
                continue;
            if (TaskStore::hasUnfinished(*m_workspace, schedule.taskType))
                continue; // the previous one has not finished
            host->lastScheduled.insert(schedule.taskType, now);
            doSubmit(newId(), schedule.taskType, QJsonObject { { QStringLiteral("scheduled"), true } },
                schedule.priority, 0);
        }
    }
}

void Coordinator::pollMeta()
{
    // Another process (greendoor-cli pause) may have flipped the switch.
    const bool stored = m_workspace->meta(keys::AutonomyPaused) == QLatin1String("1");
    if (stored != m_autonomyPaused)
        doSetAutonomyPaused(stored, false);
    const QHash<QString, bool> pausedAgents = AgentStore::pausedByName(*m_workspace);
    for (auto it = pausedAgents.cbegin(); it != pausedAgents.cend(); ++it) {
        Host* host = hostByName(it.key());
        const bool paused = it.value();
        if (host && host->paused != paused) {
            host->paused = paused;
            if (host->agent)
                host->agent->setPaused(paused || m_autonomyPaused);
        }
    }
}

void Coordinator::doSetAgentPaused(const QString& name, bool paused)
{
    Host* host = hostByName(name);
    if (!host)
        return;
    host->paused = paused;
    // The agent first, so that once the switch is visible in the workspace the agent holds.
    if (host->agent)
        host->agent->setPaused(paused || m_autonomyPaused);
    QString error;
    if (!AgentStore::setPaused(*m_workspace, name, paused, nullptr, &error))
        qCWarning(lcRuntime) << "cannot store the pause switch of" << name << ":" << error;
    publishStatus();
    if (!paused)
        assignQueued();
}

void Coordinator::doSetAutonomyPaused(bool paused, bool persist)
{
    if (persist) {
        QString error;
        if (!m_workspace->setMeta(keys::AutonomyPaused, paused ? QStringLiteral("1") : QStringLiteral("0"), &error))
            qCWarning(lcRuntime) << "cannot store the autonomy switch:" << error;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_autonomyPaused = paused;
        m_counts.autonomyPaused = paused;
    }
    for (Host* host : std::as_const(m_hosts)) {
        if (host->agent)
            host->agent->setPaused(paused || host->paused);
    }
    qCInfo(lcRuntime) << (paused ? "autonomy paused" : "autonomy resumed");
    Q_EMIT autonomyPausedChanged(paused);
    publishStatus();
    if (!paused)
        assignQueued();
}

void Coordinator::drainOwnInboxes()
{
    std::vector<Message> taken;
    for (AgentInbox* box : { m_coordinatorBox, m_operatorBox }) {
        if (!box)
            continue;
        while (auto m = box->pop())
            taken.push_back(std::move(*m));
    }
    if (taken.empty())
        return;
    Workspace& ws = *m_workspace;
    const qint64 now = nowMs();
    QString error;
    Transaction tx(ws);
    bool ok = tx.ok();
    for (const Message& m : taken) {
        if (!ok)
            break;
        ok = MessageStore::ack(ws, m.seq, now, now, {}, &error);
    }
    if (!ok || !tx.commit()) {
        qCWarning(lcRuntime) << "cannot ack the coordinator's messages, retrying:"
                             << (error.isEmpty() ? tx.error() : error);
        // Keep them for the next attempt.
        std::vector<Message> coordinator;
        std::vector<Message> operatorMessages;
        for (Message& m : taken)
            (m.receiver == kOperatorEndpoint ? operatorMessages : coordinator).push_back(std::move(m));
        m_coordinatorBox->pushFront(std::move(coordinator));
        m_operatorBox->pushFront(std::move(operatorMessages));
        QTimer::singleShot(100, this, &Coordinator::drainOwnInboxes);
        return;
    }
    for (const Message& m : taken) {
        if (m.receiver == kOperatorEndpoint && m.type == MessageType::EscalationAlert)
            Q_EMIT escalationRaised(m);
    }
}

} // namespace gd::core
