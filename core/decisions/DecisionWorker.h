#pragma once

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace gd::core {

class DecisionEngine;
class Executor;
class SecretStore;
class Workspace;

// Lives in its own thread: carries out the outbox (unless autonomy is paused: approved actions
// are held then) and denies approvals past their deadline.
class DecisionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionWorker)

public:
    DecisionWorker(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, std::function<bool()> paused,
        int intervalMs = 200, SecretStore* secrets = nullptr);
    ~DecisionWorker() override;

    // Thread-safe: makes the work in progress (a provider search) end now, so that stopping
    // does not wait for network time-outs and retries.
    void requestStop() { m_stopping.store(true); }

public Q_SLOTS:
    void startInThread();
    void stopInThread();
    void runOnce();

Q_SIGNALS:
    // Something changed in the queue or the outbox (executed, expired).
    void decisionsChanged(int executed, int expired);

private:
    std::shared_ptr<Workspace> m_workspace;
    DecisionEngine* m_engine;
    std::unique_ptr<Executor> m_executor;
    std::function<bool()> m_paused;
    int m_intervalMs;
    QTimer* m_timer = nullptr;
    std::atomic<bool> m_stopping { false };
};

} // namespace gd::core
