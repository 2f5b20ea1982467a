#pragma once

#include "core/runtime/Agent.h"
#include "core/runtime/Types.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <functional>
#include <memory>

class QThread;
class QTimer;

namespace gd::core {

class Workspace;
class Bus;
class DecisionEngine;
class AgentInbox;
class Workspace;

// A task type an agent asks the coordinator to run on a schedule.
struct Schedule
{
    QString taskType;
    int intervalMs = 60000;
    Priority priority = Priority::Low;
    // When set, the task is only submitted while this says there is work (a cheap query).
    std::function<bool(Workspace&)> needed;
};

// How to make one agent: its registry entry.
struct AgentSpec
{
    QString name;
    QString title;
    QStringList capabilities;
    std::function<Agent*()> factory;
    QList<Schedule> schedules;
};

// Counts for the status bar.
struct RuntimeCounts
{
    int tasksQueued = 0;
    int tasksActive = 0;
    int tasksDone = 0;
    int tasksFailed = 0;
    qint64 messages = 0;
    int escalations = 0;
    bool autonomyPaused = false;
};

// The Coordinator: the agent registry, the task table, assignment by capability and least
// load, failure detection (a handler throws, or no heartbeat within the timeout) and restart
// with requeue, and the pause switches. It lives in its own thread; the public methods are
// thread-safe and return at once.
class Coordinator final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int heartbeatIntervalMs = 250;
        int heartbeatTimeoutMs = 5000;
        int statusIntervalMs = 250;
        int defaultMaxAttempts = 3;
        bool schedulesEnabled = true;
    };

    Coordinator(std::shared_ptr<Workspace> workspace, Bus* bus, QList<AgentSpec> specs, Options options,
        DecisionEngine* decisions = nullptr);
    ~Coordinator() override;
    Q_DISABLE_COPY_MOVE(Coordinator)

    // Thread-safe API.
    QString submitTask(
        const QString& type, const QJsonObject& payload, Priority priority = Priority::Medium, int maxAttempts = 0);
    void setAgentPaused(const QString& name, bool paused);
    void setAutonomyPaused(bool paused);
    bool isAutonomyPaused() const;
    QList<AgentStatus> agentStatuses() const;
    RuntimeCounts counts() const;
    QStringList agentNames() const;
    // Runs the periodic housekeeping now instead of at the next second (the pause switches
    // stored by other processes, schedules, assignment, counts); ticked() follows.
    void tickNow();

public Q_SLOTS:
    // Run in the coordinator's thread (the Runtime invokes them).
    void startInThread();
    void stopInThread();

Q_SIGNALS:
    void started();
    void statusChanged(const QList<gd::core::AgentStatus>& statuses, const gd::core::RuntimeCounts& counts);
    void autonomyPausedChanged(bool paused);
    void agentRestarted(const QString& name, const QString& reason);
    void escalationRaised(const gd::core::Message& message);
    void taskFailed(const QString& taskId, const QString& reason);
    // The coordinator stored a submitted task (or failed to) and ran an assignment pass after it:
    // from here on the task is assigned, or it waits (paused agents, paused autonomy).
    void taskSubmitted(const QString& taskId, bool stored);
    // A round of the periodic housekeeping finished (the count of rounds so far).
    void ticked(quint64 round);
    // The thread of an agent that stopped answering (and was replaced) has finished: nothing of
    // that agent runs any more.
    void abandonedAgentFinished(const QString& name);

private:
    struct Host
    {
        AgentSpec spec;
        Agent* agent = nullptr;
        QThread* thread = nullptr;
        AgentInbox* inbox = nullptr;
        int outstanding = 0;
        int restarts = 0;
        bool paused = false;
        bool failed = false;
        QHash<QString, qint64> lastScheduled;
        AgentStatus lastStatus;
    };

    void doSubmit(
        const QString& id, const QString& type, const QJsonObject& payload, Priority priority, int maxAttempts);
    void doSetAgentPaused(const QString& name, bool paused);
    void doSetAutonomyPaused(bool paused, bool persist);
    void spawn(Host& host);
    void retire(Host& host, bool responsive);
    void restart(Host& host, const QString& reason);
    void onAgentFailed(const QString& name, const QString& reason);
    void onTaskFinished(const QString& name, const QString& taskId, bool ok);
    void requeueTasksOf(const QString& agentName, const QString& reason);
    void requeueOrphanedTasks();
    void assignQueued();
    void failTask(const QString& taskId, const QString& reason);
    void watchdog();
    void publishStatus();
    void persistAgents();
    void registerAgents();
    void tick();
    void runSchedules();
    void pollMeta();
    void drainOwnInboxes();
    Host* hostByName(const QString& name);
    void refreshCounts();

    std::shared_ptr<Workspace> m_workspace;
    Bus* m_bus;
    DecisionEngine* m_decisions;
    Options m_options;
    QList<Host*> m_hosts;
    QList<QThread*> m_zombies;
    AgentInbox* m_coordinatorBox = nullptr;
    AgentInbox* m_operatorBox = nullptr;
    QTimer* m_watchdogTimer = nullptr;
    QTimer* m_statusTimer = nullptr;
    QTimer* m_slowTimer = nullptr;
    bool m_assignPending = false;
    qint64 m_lastPersistMs = 0;
    quint64 m_ticks = 0;
    bool m_registered = false;

    mutable QMutex m_mutex;
    QList<AgentStatus> m_statuses;
    RuntimeCounts m_counts;
    bool m_autonomyPaused = false;
    QStringList m_names;
};

} // namespace gd::core

Q_DECLARE_METATYPE(gd::core::AgentStatus)
Q_DECLARE_METATYPE(gd::core::RuntimeCounts)
