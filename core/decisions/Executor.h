#pragma once

#include "core/decisions/DecisionStore.h"
#include "core/decisions/effects/DecisionEffect.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace gd::core {

class DecisionEngine;
class ProviderConnector;
struct ProviderOptions;
class SecretStore;
class Workspace;

// Carries out what the decision framework allowed, from the durable outbox, exactly once.
// An item runs only if its action still hashes to the stored hash and it has a matching
// approval (or was authorized autonomously and the current authority still allows that), and
// only if its effect still validates against the workspace (a deal deleted since the approval
// fails the item, with the reason). What each type does is its DecisionEffect's business.
// File effects are written under a name derived from the idempotency key, so a crash after the
// effect and before the bookkeeping repeats nothing; workspace effects commit together with
// the bookkeeping. Failed attempts are retried with exponential backoff and jitter. Lives as
// long as the run (DecisionWorker owns it), and so does its provider connector, whose rate
// limiter and circuit breaker see every call.
class Executor final
{
public:
    // secrets: where provider API keys are read from (nullptr: provider searches fail, saying so).
    Executor(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, SecretStore* secrets = nullptr);
    ~Executor();

    // Runs every due item; returns how many completed.
    int runPending(QString* error = nullptr);
    // Set by the owner from any thread to stop: a provider search in flight (its retries,
    // back-off and transfer) ends at once, the item stays claimed and is carried out next time.
    void setCancel(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Where email and calendar effects are written until a mail transport is configured.
    static QString outgoingDir(const Workspace& workspace);
    static QString exportsDir(const Workspace& workspace);

    // How long to wait before attempt `attempts + 1` after `attempts` failed ones: exponential
    // from 2 s, capped at 10 min, with full jitter (random01 in [0, 1)) above half of it.
    static qint64 retryDelayMs(int attempts, double random01);
    static constexpr int kMaxAttempts = 5;

    // Tests: the clock and the random source of the backoff.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setRandom(std::function<double()> random) { m_random = std::move(random); }
    // Tests: adjusts the provider connector's options (clock, thresholds) before it is built.
    void setProviderTuning(std::function<void(ProviderOptions&)> tune) { m_tuneProvider = std::move(tune); }
    // Tests and benchmarks: reads mailbox passwords instead of the keychain.
    void setSecretReader(std::function<QString(const QString& key, QString* why)> reader)
    {
        m_secretReader = std::move(reader);
    }
    // Tests: called at the named fault points instead of GREENDOOR_FAULT's SIGKILL.
    void setFaultHandler(std::function<void(const char* point)> handler) { m_faultHandler = std::move(handler); }
    // Only items this accepts are carried out by runPending() (e.g. `mail sync` carrying out at
    // once the suppressions its replies asked for, and nothing else). Empty: every due item.
    void setFilter(std::function<bool(const OutboxItem&)> filter) { m_filter = std::move(filter); }
    // When a failed item is tried again (0: not waiting).
    qint64 retryAt(const QString& outboxId) const { return m_retryAt.value(outboxId); }

private:
    bool authorized(const OutboxItem& item, QString* why, bool* requeue);
    bool finish(const OutboxItem& item, const DecisionEffect& effect, QJsonObject result, EffectStatus* failure);
    void fail(const OutboxItem& item, const QString& why, bool permanent);
    bool requeueForApproval(const OutboxItem& item, const QString& why);
    void wait(const OutboxItem& item, const QString& why, qint64 notBefore, bool claimedNow);
    void hold(const OutboxItem& item, const QString& why);
    QString secret(const QString& key, QString* why);
    ProviderConnector* provider(QString* why);
    qint64 now() const;

    std::shared_ptr<Workspace> m_workspace;
    DecisionEngine* m_engine;
    SecretStore* m_secrets;
    std::unique_ptr<ProviderConnector> m_provider;
    const std::atomic<bool>* m_cancel = nullptr;
    // GREENDOOR_FAULT, for crash tests: executor:after_claim, executor:after_effect,
    // send:after_ledger (the ledger row committed, nothing sent), send:after_smtp (accepted, not booked)
    QString m_fault;
    std::function<qint64()> m_clock;
    std::function<double()> m_random;
    std::function<void(ProviderOptions&)> m_tuneProvider;
    std::function<bool(const OutboxItem&)> m_filter;
    QHash<QString, qint64> m_retryAt; // outbox id -> earliest next attempt
    std::function<QString(const QString&, QString*)> m_secretReader;
    std::function<void(const char*)> m_faultHandler;
    QHash<QString, std::pair<QString, qint64>> m_secretCache; // keychain key -> (secret, good until)
};

} // namespace gd::core
