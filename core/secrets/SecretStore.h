#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <atomic>
#include <chrono>
#include <functional>

namespace gd::core {

// Where credentials live (mailbox passwords, provider API keys): the OS keychain in the app
// (KeychainSecretStore), memory in tests (MemorySecretStore). Never the workspace file, never a log.
//
// Asynchronous: every call returns at once and `done` is called exactly once, later (never inside
// the call), on the calling thread; that thread needs a running event loop. A worker thread that
// blocks instead (no event loop while it works) uses readBlocking().
//
// A store is a QObject: it does its work on the thread it lives in (usually the GUI thread) and
// hands results back to whichever thread asked.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        enum Status
        {
            Ok,
            NotFound, // read: nothing stored under that key
            Unavailable, // no keychain (not installed, not running, locked): ask the user instead
            Failed, // anything else; error says what
        };

        bool ok = false;
        QString secret; // read only; empty otherwise. Never log it.
        Status status = Failed;
        QString error; // for people; never contains the secret

        static Result success(QString secret = {});
        static Result failure(Status status, QString error);
    };
    using Callback = std::function<void(Result)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    // Removing a key that is not there succeeds (Ok).
    virtual void remove(const QString& key, Callback done) = 0;

    // For worker threads that block: posts read() to the store's thread and waits for the answer,
    // polling cancel. Must not be called on the store's own thread (that would wait for itself):
    // it fails at once there. Also fails (Failed) after timeout, or when the store is destroyed
    // before answering; when cancelled it returns Failed with the message "Cancelled".
    static Result readBlocking(SecretStore& store, const QString& key, const std::atomic<bool>* cancel = nullptr,
        std::chrono::milliseconds timeout = std::chrono::seconds(60));

    static QString statusName(Result::Status status);

protected:
    // Runs op on the store's thread (now, when already there) and delivers the result it reports
    // to done later, on the calling thread. Implementations route every public call through it.
    void dispatch(std::function<void(Callback)> op, Callback done);

private:
    Q_DISABLE_COPY_MOVE(SecretStore)
};

// Secrets in a hash, for tests and for running without any keychain. Can pretend to be an
// unavailable keychain.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject* parent = nullptr);

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    // Every later call answers Unavailable (as a keychain that is not running does).
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    // How many read() calls reached the store (to prove a code path did not ask).
    int readCount() const { return m_reads.load(); }
    bool contains(const QString& key) const;

private:
    // Touched only on the store's thread (dispatch runs every operation there).
    QHash<QString, QString> m_secrets;
    std::atomic<bool> m_unavailable { false };
    std::atomic<int> m_reads { 0 };
};

} // namespace gd::core
