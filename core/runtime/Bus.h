#pragma once

#include "core/runtime/AgentInbox.h"
#include "core/runtime/Message.h"

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QWaitCondition>
#include <functional>
#include <memory>
#include <vector>

class QThread;

namespace gd::core {

class Workspace;

// The message bus. publish() is thread-safe and returns at once; a writer thread persists
// messages in batched transactions (group commit) and only then delivers them to the
// receivers' inboxes, highest priority first. Messages whose receiver has no endpoint yet
// stay pending in the workspace and are delivered when the endpoint registers, which is
// also how unacked messages are redelivered after a restart. Publishing an id that is
// already stored is ignored, so a message is delivered at most once per process.
//
// The writer is also the process's group committer for handled messages: agents hand their acks
// (with the writes their handlers staged) to commit(), and the writer stores them in the same
// transaction as the next batch of messages. One write transaction per round instead of one per
// agent keeps the agents and the bus from queueing behind each other for SQLite's write lock,
// which is what made the delivery latency's tail under load.
class Bus final : public QObject
{
    Q_OBJECT

public:
    explicit Bus(std::shared_ptr<Workspace> workspace, QObject* parent = nullptr);
    ~Bus() override;
    Q_DISABLE_COPY_MOVE(Bus)

    void start();
    // Persists what is queued, then stops the writer thread.
    void stop();

    // Registers an endpoint and returns its inbox (owned by the bus). Its pending messages
    // are loaded into the inbox before this returns. Registering twice returns the same one.
    AgentInbox* registerEndpoint(const QString& name);
    AgentInbox* inbox(const QString& name) const;

    // Queues a message for persistence and delivery. Fills in id and created time when empty.
    QString publish(Message message);

    // Blocks until every message published before the call is persisted (or the timeout
    // passes). Returns false on timeout.
    bool flush(int timeoutMs = 30000);

    // Work for the writer's next transaction, on the writer's connection.
    using Work = std::function<bool(Workspace& workspace, QString* error)>;
    // Runs work in a savepoint of the writer's next transaction and returns once that transaction
    // committed (true) or failed (false, error says why; nothing of the work is stored). Work
    // that fails rolls back only itself. When the writer is not running, the work runs in a
    // transaction of its own on the calling thread. Blocks the caller; never call it from work.
    bool commit(Work work, QString* error = nullptr);

    quint64 persistedCount() const;
    QString lastWriteError() const;

Q_SIGNALS:
    // Emitted from the writer thread after each batch.
    void messagesPersisted(int count);
    void writeFailed(const QString& reason);

private:
    struct Registration
    {
        QString name;
        bool done = false;
    };

    struct CommitRequest
    {
        Work work;
        bool done = false;
        bool ok = false;
        QString error;
        QWaitCondition finished;
    };
    using Requests = std::vector<std::shared_ptr<CommitRequest>>;

    void writerLoop();
    // One transaction: the batch's inserts in a savepoint, then each request in its own.
    // Returns whether the batch was stored (requests carry their own result).
    bool writeRound(std::vector<Message>& batch, Requests& requests, QString* error);

    std::shared_ptr<Workspace> m_workspace;
    QThread* m_thread = nullptr;

    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_progress;
    std::vector<Message> m_queue;
    Requests m_requests;
    std::vector<std::shared_ptr<Registration>> m_registrations;
    QHash<QString, std::shared_ptr<AgentInbox>> m_inboxes;
    quint64 m_published = 0; // messages accepted by publish()
    quint64 m_done = 0; // messages written (or dropped as duplicates)
    quint64 m_persisted = 0;
    QString m_lastError;
    bool m_stopping = false;
    bool m_running = false;
    bool m_writerActive = false; // the writer takes commit requests (guarded by m_mutex)
};

} // namespace gd::core
