#include "core/ai/ModelAccess.h"

#include "core/Text.h"
#include "core/ai/ModelSpend.h"
#include "core/ai/OfflineModel.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Workspace.h"

#include <QLoggingCategory>
#include <mutex>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcAccess, "greendoor.core.model", QtInfoMsg)

std::mutex g_mutex;
SecretStore* g_secrets = nullptr; // guarded by g_mutex
ModelClientOptions g_options; // guarded by g_mutex
std::atomic<bool> g_stopping { false };
QString g_lastKey; // guarded by g_mutex: the key last read, for a keychain slow to answer

// Below the coordinator's heartbeat timeout: an agent waiting for the keychain must not look hung.
constexpr std::chrono::seconds kKeyWait { 3 };

} // namespace

void ModelAccess::setSecretStore(SecretStore* store)
{
    const std::lock_guard lock(g_mutex);
    g_secrets = store;
    g_stopping = store == nullptr;
}

const std::atomic<bool>* ModelAccess::stopFlag()
{
    return &g_stopping;
}

void ModelAccess::setClientOptions(const ModelClientOptions& options)
{
    const std::lock_guard lock(g_mutex);
    g_options = options;
}

std::shared_ptr<LanguageModel> ModelAccess::open(
    Workspace& workspace, const QString& agent, QString* why, const std::atomic<bool>* cancel, SecretStore* secrets)
{
    const ModelSettings settings = ModelSettings::load(workspace);
    if (!settings.isConfigured())
        return std::make_shared<OfflineModel>();
    ModelClientOptions options;
    {
        const std::lock_guard lock(g_mutex);
        options = g_options;
        if (!secrets)
            secrets = g_secrets;
    }
    if (!cancel)
        cancel = &g_stopping;
    QString key;
    if (secrets) {
        const SecretStore::Result r
            = SecretStore::readBlocking(*secrets, ModelSettings::apiKeySecret(), cancel, kKeyWait);
        const std::lock_guard lock(g_mutex);
        if (r.ok) {
            key = r.secret.trimmed();
            g_lastKey = key;
        } else if (r.status == SecretStore::Result::NotFound) {
            g_lastKey.clear();
        } else {
            key = g_lastKey;
            qCInfo(lcAccess).noquote() << "the model's API key could not be read now:" << r.error
                                       << (key.isEmpty() ? "asking without one" : "using the one read before");
        }
    }
    // The workspace outlives the run that asks (the agent's or the worker's): a non-owning pointer.
    const std::shared_ptr<Workspace> ws(std::shared_ptr<Workspace>(), &workspace);
    QString problem;
    auto model = makeLanguageModel(ws, key, agent, &problem, options);
    if (why)
        *why = model->isOffline() ? problem : QString();
    return model;
}

} // namespace gd::core
