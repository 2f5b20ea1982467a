#pragma once

#include "core/runtime/Coordinator.h"

#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <memory>

class QThread;

namespace gd::core {

class Bus;
class DecisionEngine;
class DecisionWorker;
class MailSyncWorker;
class SecretStore;
class Workspace;

// The running agent team on one workspace: the bus, the coordinator in its thread and the
// agents in theirs. The GUI and the CLI drive the same Runtime.
class Runtime final : public QObject
{
    Q_OBJECT

public:
    Runtime(std::shared_ptr<Workspace> workspace, QList<AgentSpec> specs, Coordinator::Options options = {},
        QObject* parent = nullptr);
    ~Runtime() override;
    Q_DISABLE_COPY_MOVE(Runtime)

    // Where API keys come from: the OS keychain unless a store is set (tests) before start().
    void setSecretStore(SecretStore* store) { m_secrets = store; }
    SecretStore* secretStore() const;

    // Starts the bus and the coordinator; returns at once. started() follows.
    void start();
    // Blocks until the coordinator has started (for the CLI and tests). False on timeout.
    bool waitUntilStarted(int timeoutMs = 10000);
    // Stops the agents and the coordinator, then persists what the bus still holds. Blocks.
    void stop();
    bool isRunning() const { return m_running; }
    // Runs one pass of the decision worker (expire due approvals, carry out the outbox) now, in
    // its thread; decisionPassFinished() follows. Lets a test wait for a pass instead of sleeping.
    void runDecisionPass();
    // Reads new mail from the mailboxes now (as the timer does every mail:sync_seconds);
    // mailSynced() follows.
    void syncMailNow();

    std::shared_ptr<Workspace> workspace() const { return m_workspace; }
    Bus* bus() const { return m_bus.get(); }
    Coordinator* coordinator() const { return m_coordinator; }
    DecisionEngine* decisions() const { return m_decisions.get(); }

Q_SIGNALS:
    void started();
    // The approval queue or the outbox changed (from the decision worker's thread).
    void decisionsChanged(int executed, int expired);
    // A pass asked for with runDecisionPass() finished (emitted from the decision worker's thread).
    void decisionPassFinished();
    // A mail sync pass finished (from the mail thread): messages stored, decisions proposed.
    void mailSynced(int stored, int decisions, const QString& error);

private:
    std::shared_ptr<Workspace> m_workspace;
    std::unique_ptr<Bus> m_bus;
    std::unique_ptr<DecisionEngine> m_decisions;
    Coordinator* m_coordinator = nullptr;
    QThread* m_thread = nullptr;
    DecisionWorker* m_decisionWorker = nullptr;
    std::unique_ptr<SecretStore> m_keychain; // lives in this object's thread, which has the event loop
    SecretStore* m_secrets = nullptr;
    QThread* m_decisionThread = nullptr;
    MailSyncWorker* m_mailWorker = nullptr;
    QThread* m_mailThread = nullptr;
    bool m_running = false;
    QMutex m_startedMutex;
    QWaitCondition m_startedCondition;
    bool m_started = false; // guarded by m_startedMutex
};

void registerCoreMetaTypes();

} // namespace gd::core
