#pragma once

#include <QObject>
#include <atomic>
#include <memory>

class QTimer;

namespace gd::core {

class DecisionEngine;
class SecretStore;
class Workspace;

// Lives in its own thread while the agents run: every few seconds (the workspace setting
// mail:sync_seconds, default 30) reads new mail from every mailbox that has an IMAP server and is
// not paused, with the password from the keychain, and hands it to MailSync.
class MailSyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailSyncWorker)

public:
    MailSyncWorker(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, SecretStore* secrets);
    ~MailSyncWorker() override;

    void requestStop() { m_stopping.store(true); }
    static constexpr int kDefaultSeconds = 30;
    // The interval the workspace asks for, in seconds (1..86400).
    static int intervalSeconds(Workspace& workspace);

public Q_SLOTS:
    void startInThread();
    void stopInThread();
    void runOnce();

Q_SIGNALS:
    // A pass finished: messages stored and decisions proposed, over all mailboxes.
    void synced(int stored, int decisions, const QString& error);

private:
    std::shared_ptr<Workspace> m_workspace;
    DecisionEngine* m_engine;
    SecretStore* m_secrets;
    QTimer* m_timer = nullptr;
    std::atomic<bool> m_stopping { false };
};

} // namespace gd::core
