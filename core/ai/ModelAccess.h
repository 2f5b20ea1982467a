#pragma once

#include "core/ai/OpenAiCompatibleModel.h"

#include <atomic>
#include <memory>

namespace gd::core {

class SecretStore;
class Workspace;

// The language model the agents and the mail worker use for a task, opened per run on their own
// thread: the configured server (its API key read from the keychain, blocking) with the offline
// model underneath, or the offline model when none is configured.
class ModelAccess final
{
public:
    // Where the API key comes from for worker threads: the Runtime's keychain. Process-wide;
    // without one, the configured model is asked without a key (fine for a local server).
    // Setting none (the Runtime stopping) also raises stopFlag(): key reads and model calls of
    // the agents end at once instead of holding up the shutdown.
    static void setSecretStore(SecretStore* store);
    // Cancels the agents' keychain reads and model calls while the Runtime stops.
    static const std::atomic<bool>* stopFlag();
    // Tests: timeouts, retries and the clock of the clients opened from now on.
    static void setClientOptions(const ModelClientOptions& options);

    // Not on the thread of the secret store (it blocks until the keychain answers; `cancel`, or
    // stopFlag() when none is given, ends the wait).
    // `why` says why the configured model is not used (empty when it is, or none is configured).
    static std::shared_ptr<LanguageModel> open(Workspace& workspace, const QString& agent, QString* why = nullptr,
        const std::atomic<bool>* cancel = nullptr, SecretStore* secrets = nullptr);
};

} // namespace gd::core
