#pragma once

#include "core/runtime/LatencyStats.h"
#include "core/runtime/Message.h"
#include "core/runtime/Types.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace gd::core {

class Bus;
class DecisionEngine;
class AgentInbox;
struct Proposal;
struct ProposeResult;
class Workspace;

// What an agent reports about itself; copied across threads.
struct AgentStatus
{
    QString name;
    QString title;
    QStringList capabilities;
    AgentState state = AgentState::Idle;
    QString currentTask;
    int queueDepth = 0;
    quint64 handled = 0;
    quint64 failed = 0;
    int restarts = 0;
    double handlingP50Ms = 0;
    double handlingP99Ms = 0;
    double deliveryP50Ms = 0;
    double deliveryP99Ms = 0;
    qint64 lastHeartbeatMs = 0; // wall clock
    qint64 heartbeatAgeMs = -1; // -1: never
    QString lastError;
};

// A task as an agent receives it.
struct Task
{
    QString id;
    QString type;
    QJsonObject payload;
    int attempt = 0;
    Priority priority = Priority::Medium;
};

// Collects an agent's writes for one message; they commit together with the message's ack,
// so a message's effects are stored exactly when it is marked handled.
class HandlerContext final
{
public:
    using Write = std::function<bool(Workspace&, QString* error)>;

    HandlerContext(Workspace& workspace, Bus& bus, QString agentName, DecisionEngine* decisions);

    Workspace& workspace() { return m_workspace; }
    const QString& agentName() const { return m_agentName; }

    // Staged: applied in the transaction that acks the message.
    void stage(Write write) { m_writes.push_back(std::move(write)); }
    // Sent after that transaction commits.
    void send(Message message) { m_outgoing.push_back(std::move(message)); }

    // Every action with an effect outside the app goes through the decision framework: it is
    // carried out, queued for approval or refused there, never by the agent itself. Proposing the
    // same thing again is recognised and returns the earlier decision.
    ProposeResult propose(Proposal proposal);
    bool canPropose() const { return m_decisions != nullptr; }

    // For long work (network): tells the coordinator the agent is alive, not hung.
    void keepAlive() const
    {
        if (m_keepAlive)
            m_keepAlive();
    }

private:
    friend class Agent;
    Workspace& m_workspace;
    Bus& m_bus;
    QString m_agentName;
    DecisionEngine* m_decisions;
    std::function<void()> m_keepAlive;
    std::vector<Write> m_writes;
    std::vector<Message> m_outgoing;
};

// Base of the six agents. An Agent is a QObject living in its own named thread; it takes one
// message at a time from its inbox, runs the handler, and commits the handler's writes with
// the message's ack in one transaction (batched over consecutive messages). A handler that
// throws marks the agent failed; the Coordinator restarts it.
class Agent : public QObject
{
    Q_OBJECT

public:
    Agent(QString name, QString title, QStringList capabilities, QObject* parent = nullptr);
    ~Agent() override;

    QString name() const { return m_name; }
    QString title() const { return m_title; }
    QStringList capabilities() const { return m_capabilities; }
    bool canHandle(const QString& taskType) const { return m_capabilities.contains(taskType); }

    // Called by the Coordinator before the agent's thread starts.
    void attach(std::shared_ptr<Workspace> workspace, Bus* bus, AgentInbox* inbox, int heartbeatIntervalMs,
        DecisionEngine* decisions = nullptr);

    // Thread-safe.
    AgentStatus status() const;
    qint64 lastHeartbeatNs() const { return m_lastHeartbeatNs.load(std::memory_order_relaxed); }
    void setPaused(bool paused);
    bool isPaused() const { return m_paused.load(); }
    // The agent stops touching its inbox; used when its thread no longer answers.
    void abandon();
    bool isAbandoned() const { return m_abandoned.load(); }
    void setRestarts(int restarts);

public Q_SLOTS:
    void startInThread();
    // Stops timers, releases the thread's connection and quits the thread.
    void stopInThread();
    void wake();

Q_SIGNALS:
    void taskFinished(const QString& taskId, bool ok, const QString& error);
    void failed(const QString& reason);

protected:
    // Runs a task; returns its result or throws (std::exception) to fail.
    virtual QJsonObject runTask(const Task& task, HandlerContext& context) = 0;
    // Any message that is not a task assignment. The default only records it.
    virtual void onMessage(const Message& message, HandlerContext& context);

    Workspace& workspace() const { return *m_workspace; }

private:
    struct Processed
    {
        Message message;
        qint64 deliveredAtMs = 0;
        QString error;
        std::vector<HandlerContext::Write> writes;
        std::vector<Message> outgoing;
        QString taskId;
        bool taskRan = false;
        bool threw = false;
    };

    void drain();
    void scheduleDrain();
    void heartbeat();
    void process(Message message, Processed& out);
    bool commit(std::vector<Processed>& batch, QString* error);
    void setState(AgentState state, const QString& currentTask = {});

    const QString m_name;
    const QString m_title;
    const QStringList m_capabilities;
    std::shared_ptr<Workspace> m_workspace;
    Bus* m_bus = nullptr;
    DecisionEngine* m_decisions = nullptr;
    AgentInbox* m_inbox = nullptr;
    int m_heartbeatIntervalMs = 250;
    QTimer* m_heartbeatTimer = nullptr;
    int m_commitFailures = 0;

    std::atomic<bool> m_paused { false };
    std::atomic<bool> m_abandoned { false };
    std::atomic<bool> m_failed { false };
    std::atomic<bool> m_stopped { false };
    std::atomic<bool> m_drainPending { false };
    std::atomic<qint64> m_lastHeartbeatNs { 0 };

    mutable QMutex m_statusMutex;
    AgentStatus m_status;
    LatencyStats m_handling;
    LatencyStats m_delivery;
};

} // namespace gd::core
