#include "core/secrets/KeychainSecretStore.h"

#include "core/Text.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>
#include <utility>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "greendoor.core.secrets", QtInfoMsg)

enum class Operation
{
    Read,
    Write,
    Remove
};

const char* operationName(Operation op)
{
    switch (op) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

// The errors that mean "no keychain to talk to (yet)". QtKeychain reports a missing session bus,
// a Secret Service that is not running and (with KWallet) a missing wallet as OtherError, so that
// counts too, as in Nextcloud's client.
bool isUnavailableError(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

QString unavailableMessage(const QString& detail)
{
    const QString base = tr("The system keychain is not available, so GreenDoor cannot store or read passwords and "
                            "API keys there. Start and unlock a keyring (GNOME Keyring, KWallet or KeePassXC) and "
                            "try again, or enter the key when asked.");
    return detail.isEmpty() ? base : tr("%1 (%2)").arg(base, detail);
}

} // namespace

struct KeychainSecretStore::Shared
{
    std::chrono::milliseconds retryDelay;
    std::atomic<bool> knownUnavailable { false };
};

namespace {

// One operation: a job, possibly a second one after the retry delay, then the answer.
void startJob(const std::shared_ptr<KeychainSecretStore::Shared>& shared, Operation op, const QString& key,
    const QString& secret, const SecretStore::Callback& reply, bool mayRetry)
{
    using Result = SecretStore::Result;
    const QString service = KeychainSecretStore::serviceName();
    QKeychain::Job* job = nullptr;
    switch (op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    job->setInsecureFallback(false); // never plain text on disk; this is also the default
    job->setAutoDelete(true); // deletes itself after finished

    QObject::connect(
        job, &QKeychain::Job::finished, job, [shared, op, key, secret, reply, mayRetry](QKeychain::Job* j) {
            const QKeychain::Error error = j->error();
            if (error == QKeychain::NoError) {
                shared->knownUnavailable = false;
                if (op == Operation::Read)
                    reply(Result::success(qobject_cast<QKeychain::ReadPasswordJob*>(j)->textData()));
                else
                    reply(Result::success());
                return;
            }
            const QString detail = j->errorString();
            // errorString() comes from the backend (D-Bus, libsecret): it names keys, never secrets.
            if (error == QKeychain::EntryNotFound) {
                shared->knownUnavailable = false;
                if (op == Operation::Remove)
                    reply(Result::success()); // already gone
                else
                    reply(Result::failure(
                        Result::NotFound, tr("Nothing is stored in the keychain under \"%1\"").arg(key)));
                return;
            }
            if (isUnavailableError(error)) {
                if (mayRetry && !shared->knownUnavailable.load()) {
                    qCInfo(lcKeychain) << "keychain unavailable (yet?) for" << operationName(op) << key
                                       << "- retrying in" << shared->retryDelay.count() << "ms:" << detail;
                    // A timer of its own on this thread (the job deletes itself when this returns).
                    auto* timer = new QTimer;
                    timer->setSingleShot(true);
                    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
                    QObject::connect(timer, &QTimer::timeout, timer, [shared, op, key, secret, reply, timer] {
                        timer->deleteLater();
                        startJob(shared, op, key, secret, reply, false);
                    });
                    timer->start(shared->retryDelay);
                    return;
                }
                shared->knownUnavailable = true;
                qCWarning(lcKeychain) << "keychain unavailable for" << operationName(op) << key << ":" << detail;
                reply(Result::failure(Result::Unavailable, unavailableMessage(detail)));
                return;
            }
            if (error == QKeychain::AccessDenied) {
                // Typically a locked keyring whose unlock prompt could not be shown.
                qCWarning(lcKeychain) << "keychain access denied for" << operationName(op) << key << ":" << detail;
                reply(Result::failure(Result::Unavailable,
                    tr("The system keychain is locked or refused access. Unlock it and try again, or enter the key "
                       "when asked. (%1)")
                        .arg(detail)));
                return;
            }
            qCWarning(lcKeychain) << "keychain" << operationName(op) << "failed for" << key << "error"
                                  << static_cast<int>(error) << ":" << detail;
            QString message;
            if (error == QKeychain::AccessDeniedByUser)
                message = tr("Access to the system keychain was denied");
            else if (op == Operation::Read)
                message = tr("The system keychain could not read \"%1\": %2").arg(key, detail);
            else if (op == Operation::Write)
                message = tr("The system keychain could not store \"%1\": %2").arg(key, detail);
            else
                message = tr("The system keychain could not remove \"%1\": %2").arg(key, detail);
            reply(Result::failure(Result::Failed, message));
        });
    job->start();
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("org.greendoor.GreenDoor");
}

KeychainSecretStore::KeychainSecretStore(std::chrono::milliseconds retryDelay, QObject* parent)
    : SecretStore(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->retryDelay = retryDelay;
}

KeychainSecretStore::~KeychainSecretStore() = default;

bool KeychainSecretStore::knownUnavailable() const
{
    return m_shared->knownUnavailable.load();
}

void KeychainSecretStore::read(const QString& key, Callback done)
{
    dispatch([shared = m_shared, key](Callback reply) { startJob(shared, Operation::Read, key, {}, reply, true); },
        std::move(done));
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Callback done)
{
    dispatch([shared = m_shared, key, secret](
                 Callback reply) { startJob(shared, Operation::Write, key, secret, reply, true); },
        std::move(done));
}

void KeychainSecretStore::remove(const QString& key, Callback done)
{
    dispatch([shared = m_shared, key](Callback reply) { startJob(shared, Operation::Remove, key, {}, reply, true); },
        std::move(done));
}

} // namespace gd::core
