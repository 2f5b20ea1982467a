#pragma once

#include "core/secrets/SecretStore.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace gd::core {

// Secrets in the OS keychain through QtKeychain (on Linux the Secret Service: GNOME Keyring,
// KWallet, KeePassXC), under the service name "org.greendoor.GreenDoor" and the caller's key.
//
// Never falls back to storing secrets in plain text (QtKeychain's insecure fallback stays off).
// When the keychain cannot be reached (no backend, no session bus, the service not running yet,
// which happens right after login) an operation is retried once after retryDelay, as Nextcloud's
// client does (keychainUnavailableRetryLater); if that fails too the result is Unavailable with a
// message for the user, and until an operation succeeds again later operations report Unavailable
// after one attempt, without the retry delay. A locked keychain is Unavailable at once.
//
// Results arrive on the calling thread (see SecretStore). The store can be destroyed while jobs
// are running: their callbacks still come.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static QString serviceName(); // "org.greendoor.GreenDoor"

    explicit KeychainSecretStore(
        std::chrono::milliseconds retryDelay = std::chrono::seconds(5), QObject* parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString& key, Callback done) override;
    void write(const QString& key, const QString& secret, Callback done) override;
    void remove(const QString& key, Callback done) override;

    // The keychain failed with an "unavailable" error after its retry, and nothing has
    // succeeded since.
    bool knownUnavailable() const;

    struct Shared; // what running jobs need, kept alive by them

private:
    std::shared_ptr<Shared> m_shared;
};

} // namespace gd::core
