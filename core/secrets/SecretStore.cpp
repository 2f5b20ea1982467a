#include "core/secrets/SecretStore.h"

#include "core/Text.h"

#include <QLoggingCategory>
#include <QThread>
#include <future>
#include <memory>
#include <utility>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "greendoor.core.secrets", QtInfoMsg)

constexpr auto pollInterval = std::chrono::milliseconds(20);

} // namespace

SecretStore::Result SecretStore::Result::success(QString secret)
{
    Result r;
    r.ok = true;
    r.status = Ok;
    r.secret = std::move(secret);
    return r;
}

SecretStore::Result SecretStore::Result::failure(Status status, QString error)
{
    Result r;
    r.ok = false;
    r.status = status;
    r.error = std::move(error);
    return r;
}

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::statusName(Result::Status status)
{
    switch (status) {
    case Result::Ok:
        return QStringLiteral("ok");
    case Result::NotFound:
        return QStringLiteral("not_found");
    case Result::Unavailable:
        return QStringLiteral("unavailable");
    case Result::Failed:
        break;
    }
    return QStringLiteral("failed");
}

void SecretStore::dispatch(std::function<void(Callback)> op, Callback done)
{
    // The receiver lives on the calling thread: the result is posted to it, so done runs there,
    // and always later than this call. It is deleted (on its own thread) once nothing refers to it.
    const std::shared_ptr<QObject> receiver(new QObject, [](QObject* o) { o->deleteLater(); });
    Callback deliver = [receiver, done = std::move(done)](Result result) {
        QMetaObject::invokeMethod(
            receiver.get(), [receiver, done, result = std::move(result)] { done(result); }, Qt::QueuedConnection);
    };
    if (QThread::currentThread() == thread()) {
        op(std::move(deliver));
        return;
    }
    QMetaObject::invokeMethod(
        this, [op = std::move(op), deliver = std::move(deliver)]() mutable { op(std::move(deliver)); },
        Qt::QueuedConnection);
}

SecretStore::Result SecretStore::readBlocking(
    SecretStore& store, const QString& key, const std::atomic<bool>* cancel, std::chrono::milliseconds timeout)
{
    if (QThread::currentThread() == store.thread()) {
        qCWarning(lcSecrets) << "readBlocking called on the secret store's own thread; key" << key;
        return Result::failure(Result::Failed,
            tr("Internal error: a blocking secret read on the secret store's own thread would never finish"));
    }
    // The promise is owned only by the work in flight: should the store drop that work (it was
    // destroyed), the promise goes with it and the future reports a broken promise at once.
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> future = promise->get_future();
    QMetaObject::invokeMethod(
        &store,
        [store = &store, key, promise]() mutable {
            store->read(key, [promise](Result result) { promise->set_value(std::move(result)); });
        },
        Qt::QueuedConnection);
    promise.reset();

    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (future.wait_for(pollInterval) != std::future_status::ready) {
        if (cancel && cancel->load())
            return Result::failure(Result::Failed, tr("Cancelled"));
        if (std::chrono::steady_clock::now() >= deadline) {
            qCWarning(lcSecrets) << "no answer from the secret store within" << timeout.count() << "ms; key" << key;
            return Result::failure(Result::Failed, tr("The secret store did not answer in time"));
        }
    }
    try {
        return future.get();
    } catch (const std::future_error&) {
        return Result::failure(Result::Failed, tr("The secret store was closed before it answered"));
    }
}

MemorySecretStore::MemorySecretStore(QObject* parent)
    : SecretStore(parent)
{
}

bool MemorySecretStore::contains(const QString& key) const
{
    return m_secrets.contains(key);
}

namespace {

SecretStore::Result unavailableResult()
{
    return SecretStore::Result::failure(
        SecretStore::Result::Unavailable, tr("The keychain is not available (simulated by the test store)"));
}

} // namespace

void MemorySecretStore::read(const QString& key, Callback done)
{
    dispatch(
        [this, key](Callback reply) {
            ++m_reads;
            if (m_unavailable.load())
                reply(unavailableResult());
            else if (const auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
                reply(Result::success(*it));
            else
                reply(Result::failure(Result::NotFound, tr("Nothing is stored under \"%1\"").arg(key)));
        },
        std::move(done));
}

void MemorySecretStore::write(const QString& key, const QString& secret, Callback done)
{
    dispatch(
        [this, key, secret](Callback reply) {
            if (m_unavailable.load()) {
                reply(unavailableResult());
                return;
            }
            m_secrets.insert(key, secret);
            reply(Result::success());
        },
        std::move(done));
}

void MemorySecretStore::remove(const QString& key, Callback done)
{
    dispatch(
        [this, key](Callback reply) {
            if (m_unavailable.load()) {
                reply(unavailableResult());
                return;
            }
            m_secrets.remove(key);
            reply(Result::success());
        },
        std::move(done));
}

} // namespace gd::core
