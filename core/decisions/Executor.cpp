#include "core/decisions/Executor.h"

#include "core/Logging.h"
#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/decisions/Decision.h"
#include "core/decisions/DecisionEngine.h"
#include "core/net/ProviderConnector.h"
#include "core/runtime/Types.h"
#include "core/secrets/SecretStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>
#include <csignal>

namespace gd::core {

namespace {

QString siblingDir(const Workspace& ws, const char* suffix)
{
    const QFileInfo info(ws.path());
    return info.absoluteDir().filePath(info.completeBaseName() + QLatin1String(suffix));
}

// File names never come from input: the idempotency key is a generated id or a validated
// token; anything else is replaced by its hash.
QString fileStem(const QString& key)
{
    if (effects::isPlainToken(key))
        return key;
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

Executor::Executor(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, SecretStore* secrets)
    : m_workspace(std::move(workspace))
    , m_engine(engine)
    , m_secrets(secrets)
    , m_fault(qEnvironmentVariable("GREENDOOR_FAULT"))
{
}

Executor::~Executor() = default;

QString Executor::outgoingDir(const Workspace& workspace)
{
    return siblingDir(workspace, "-outgoing");
}

QString Executor::exportsDir(const Workspace& workspace)
{
    return siblingDir(workspace, "-exports");
}

qint64 Executor::retryDelayMs(int attempts, double random01)
{
    constexpr qint64 base = 2'000;
    constexpr qint64 cap = 10 * 60'000;
    const qint64 exp = std::min<qint64>(cap, base << std::clamp(attempts - 1, 0, 20));
    const double jitter = std::clamp(random01, 0.0, 1.0);
    return exp / 2 + static_cast<qint64>(jitter * static_cast<double>(exp / 2));
}

qint64 Executor::now() const
{
    return m_clock ? m_clock() : nowMs();
}

ProviderConnector* Executor::provider(QString* why)
{
    if (m_provider)
        return m_provider.get();
    if (!m_secrets) {
        *why = tr("no keychain to read the provider's API key from");
        return nullptr;
    }
    Workspace& ws = *m_workspace;
    ProviderOptions options;
    options.baseUrl = QUrl(ws.meta(keys::ProviderApolloBaseUrl, options.baseUrl.toString()));
    options.eurPerCredit = ws.meta(keys::ProviderApolloEurPerCredit, QStringLiteral("0")).toDouble();
    if (m_tuneProvider)
        m_tuneProvider(options);
    m_provider = std::make_unique<ProviderConnector>(*m_secrets, options);
    return m_provider.get();
}

int Executor::runPending(QString* error)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    const QList<OutboxItem> items = store.dueOutbox(100, now());
    Q_UNUSED(error)
    int done = 0;
    for (const OutboxItem& item : items) {
        if (m_cancel && m_cancel->load())
            break;
        if (m_retryAt.value(item.id) > now())
            continue; // backing off after a failed attempt
        if (m_filter && !m_filter(item))
            continue;
        QString why;
        bool requeue = false;
        if (!authorized(item, &why, &requeue)) {
            if (requeue)
                requeueForApproval(item, why);
            else
                fail(item, why, true);
            continue;
        }
        const DecisionEffect* effect = effectFor(item.type);
        if (!effect) {
            fail(item, tr("unknown decision type \"%1\"").arg(item.type), true);
            continue;
        }
        // The world may have changed since the approval: the target gone, the contact opted out.
        if (auto proposal = store.proposalOf(item.decisionId)) {
            proposal->target = item.target;
            proposal->action = item.action;
            const QString blocker = m_engine->executionBlocker(*proposal);
            if (!blocker.isEmpty()) {
                fail(item, blocker, true);
                continue;
            }
        }
        bool claimedNow = false;
        if (item.status == QLatin1String("pending")) {
            // Claim it: from here on a crash leaves it "executing", and the effect is repeatable.
            if (!store.claim(item.id, nullptr))
                continue;
            claimedNow = true;
            if (m_fault == QLatin1String("executor:after_claim"))
                ::raise(SIGKILL);
        }
        EffectEnvironment env;
        env.workspace = m_workspace;
        env.fileStem = fileStem(item.key);
        env.outgoingDir = outgoingDir(ws);
        env.exportsDir = exportsDir(ws);
        env.provider = [this](QString* reason) { return provider(reason); };
        env.cancel = m_cancel;
        env.outboxId = item.id;
        env.secret = [this](const QString& key, QString* why) { return secret(key, why); };
        env.forgetSecret = [this](const QString& key) { m_secretCache.remove(key); };
        env.fault = [this](const char* point) {
            if (m_faultHandler)
                m_faultHandler(point);
            else if (m_fault == QLatin1String(point))
                ::raise(SIGKILL);
        };
        env.clock = [this] { return now(); };
        if (m_fault == QLatin1String("executor:after_effect"))
            env.afterFileWritten = [] { ::raise(SIGKILL); };
        const EffectRequest request { item.decisionId, item.key, item.type, item.target, item.action };
        QJsonObject result;
        const bool lastTry = item.attempts + 1 >= kMaxAttempts;
        if (const auto failed = effect->perform(request, env, &result)) {
            if (failed->code == EffectError::Code::Waiting) {
                wait(item, failed->message, failed->notBefore, claimedNow);
                continue;
            }
            if (failed->code == EffectError::Code::Held) {
                hold(item, failed->message);
                continue;
            }
            if (m_cancel && m_cancel->load())
                break; // stopped mid-effect: still claimed, carried out on the next start
            fail(item, failed->message, failed->permanent() || lastTry);
            continue;
        }
        EffectStatus failure;
        if (finish(item, *effect, result, &failure)) {
            m_retryAt.remove(item.id);
            ++done;
        } else if (failure) { // retried (file effects are not repeated: their file exists), and counted
            fail(item, failure->message, failure->permanent() || lastTry);
        }
    }
    return done;
}

bool Executor::authorized(const OutboxItem& item, QString* why, bool* requeue)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    if (hashAction(item.type, item.target, item.action) != item.actionHash) {
        *why = tr("the action does not match its recorded hash (it was altered)");
        return false;
    }
    if (!item.approvalId.isEmpty()) {
        if (!store.approvalMatches(item.approvalId, item.actionHash)) {
            *why = tr("no approval matches this exact action");
            return false;
        }
        return true;
    }
    QString outcome;
    const auto p = store.proposalOf(item.decisionId, &outcome);
    if (!p || outcome != QLatin1String("act")) {
        *why = tr("the decision was not authorized to act without approval");
        return false;
    }
    if (item.status == QLatin1String("executing"))
        return true; // already under way before a restart: finish it
    // The matrix may have changed since: check that it still allows acting alone.
    const Evaluation e = m_engine->evaluate(*p);
    if (e.outcome == DecisionOutcome::Refuse) {
        *why = e.why.join(QStringLiteral("; "));
        return false;
    }
    if (e.outcome == DecisionOutcome::Queue) {
        *why = e.why.join(QStringLiteral("; "));
        *requeue = true;
        return false;
    }
    return true;
}

bool Executor::finish(const OutboxItem& item, const DecisionEffect& effect, QJsonObject result, EffectStatus* failure)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    Transaction tx(ws);
    QString why;
    auto writeFailed = [&](const QString& message) {
        *failure = EffectError { EffectError::Code::WriteFailed, message };
        return false;
    };
    if (!tx.ok())
        return writeFailed(tx.error());
    const EffectRequest request { item.decisionId, item.key, item.type, item.target, item.action };
    if (const auto failed = effect.apply(ws, request, &result)) {
        *failure = failed;
        return false;
    }
    if (!store.markDone(item.id, result, &why))
        return false; // someone else finished it (or the write failed: it is tried again)
    if (!store.setDecisionStatus(item.decisionId, QStringLiteral("executed"), 0, &why)
        || !AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("executed"), item.decisionId,
            QJsonObject { { QStringLiteral("outbox_id"), item.id }, { QStringLiteral("idempotency_key"), item.key },
                { QStringLiteral("action_hash"), item.actionHash }, { QStringLiteral("result"), result } },
            &why))
        return writeFailed(why);
    if (!tx.commit())
        return writeFailed(tx.error());
    return true;
}

void Executor::fail(const OutboxItem& item, const QString& why, bool permanent)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    Transaction tx(ws);
    if (!tx.ok())
        return;
    bool ok = store.markFailed(item.id, why, permanent, nullptr);
    if (ok && permanent) {
        ok = store.setDecisionStatus(item.decisionId, QStringLiteral("failed"), 0, nullptr)
            && AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("execution_failed"), item.decisionId,
                QJsonObject { { QStringLiteral("outbox_id"), item.id }, { QStringLiteral("reason"), why } });
    }
    if (!ok || !tx.commit())
        return;
    if (permanent) {
        m_retryAt.remove(item.id);
    } else {
        const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
        m_retryAt.insert(item.id, now() + retryDelayMs(item.attempts + 1, r));
    }
    qCWarning(lcRuntime) << "outbox item" << item.id << (permanent ? "failed:" : "will be retried:") << why;
}

QString Executor::secret(const QString& key, QString* why)
{
    const auto cached = m_secretCache.constFind(key);
    if (cached != m_secretCache.cend() && cached->second > now())
        return cached->first;
    QString value;
    if (m_secretReader) {
        value = m_secretReader(key, why);
    } else if (!m_secrets) {
        *why = tr("no keychain to read the mailbox password from");
    } else {
        const SecretStore::Result r = SecretStore::readBlocking(*m_secrets, key, m_cancel, std::chrono::seconds(30));
        if (r.ok && !r.secret.isEmpty())
            value = r.secret;
        else
            *why = r.status == SecretStore::Result::NotFound ? tr("no password in the keychain for %1").arg(key)
                                                             : tr("the keychain could not be read: %1").arg(r.error);
    }
    if (!value.isEmpty())
        m_secretCache.insert(key, { value, now() + 10 * 60'000 }); // a short while: the user may change it
    return value;
}

void Executor::wait(const OutboxItem& item, const QString& why, qint64 notBefore, bool claimedNow)
{
    DecisionStore store(*m_workspace);
    if (!store.markWaiting(item.id, why, notBefore, claimedNow, nullptr))
        qCWarning(lcRuntime) << "outbox item" << item.id << "could not be set waiting";
    m_retryAt.remove(item.id);
}

void Executor::hold(const OutboxItem& item, const QString& why)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    Transaction tx(ws);
    if (!tx.ok())
        return;
    const bool ok = store.markHeld(item.id, why, nullptr)
        && AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("execution_held"), item.decisionId,
            QJsonObject { { QStringLiteral("outbox_id"), item.id }, { QStringLiteral("reason"), why } });
    if (ok && tx.commit())
        qCWarning(lcRuntime) << "outbox item" << item.id << "held for an operator:" << why;
    m_retryAt.remove(item.id);
}

bool Executor::requeueForApproval(const OutboxItem& item, const QString& why)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    Transaction tx(ws);
    if (!tx.ok())
        return false;
    const qint64 at = nowMs();
    ApprovalRecord approval;
    approval.id = newId();
    approval.decisionId = item.decisionId;
    approval.action = item.action;
    approval.actionHash = item.actionHash;
    approval.createdAtMs = at;
    approval.deadlineAtMs = at + 24LL * 3600 * 1000;
    const bool ok = store.markRequeued(item.id, why, nullptr) && store.insertApproval(approval, nullptr)
        && store.requeueDecision(item.decisionId, nullptr)
        && AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("queued"), item.decisionId,
            QJsonObject { { QStringLiteral("approval_id"), approval.id },
                { QStringLiteral("why"),
                    QJsonArray { QString(QStringLiteral("authority changed before execution: ") + why) } } });
    return ok && tx.commit();
}

} // namespace gd::core
