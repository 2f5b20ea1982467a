#include "core/runtime/Runtime.h"

#include "core/Logging.h"
#include "core/ai/ModelAccess.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/DecisionWorker.h"
#include "core/mail/MailSyncWorker.h"
#include "core/runtime/Bus.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Workspace.h"

#include <QDeadlineTimer>
#include <QThread>

namespace gd::core {

void registerCoreMetaTypes()
{
    qRegisterMetaType<gd::core::Message>();
    qRegisterMetaType<gd::core::AgentStatus>();
    qRegisterMetaType<gd::core::RuntimeCounts>();
    qRegisterMetaType<QList<gd::core::AgentStatus>>();
}

Runtime::Runtime(
    std::shared_ptr<Workspace> workspace, QList<AgentSpec> specs, Coordinator::Options options, QObject* parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_bus(std::make_unique<Bus>(m_workspace))
    , m_decisions(std::make_unique<DecisionEngine>(m_workspace))
{
    registerCoreMetaTypes();
    m_decisions->setNotifier([bus = m_bus.get()](const Message& m) { bus->publish(m); });
    m_coordinator = new Coordinator(m_workspace, m_bus.get(), std::move(specs), options, m_decisions.get());
    // Direct: the flag must be set even while the owner's thread waits in waitUntilStarted().
    connect(
        m_coordinator, &Coordinator::started, this,
        [this] {
            QMutexLocker lock(&m_startedMutex);
            m_started = true;
            m_startedCondition.wakeAll();
        },
        Qt::DirectConnection);
    connect(m_coordinator, &Coordinator::started, this, &Runtime::started);
}

Runtime::~Runtime()
{
    stop();
    delete m_coordinator;
}

void Runtime::start()
{
    if (m_running)
        return;
    m_running = true;
    {
        QMutexLocker lock(&m_startedMutex);
        m_started = false;
    }
    m_bus->start();
    // The agents' language model reads its API key from the same keychain.
    ModelAccess::setSecretStore(secretStore());
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("gd-coordinator"));
    m_coordinator->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_coordinator, &Coordinator::startInThread);
    m_thread->start();

    Coordinator* coordinator = m_coordinator;
    m_decisionWorker = new DecisionWorker(
        m_workspace, m_decisions.get(), [coordinator] { return coordinator->isAutonomyPaused(); }, 200, secretStore());
    m_decisionThread = new QThread;
    m_decisionThread->setObjectName(QStringLiteral("gd-decisions"));
    m_decisionWorker->moveToThread(m_decisionThread);
    // Only once the coordinator has loaded the persisted pause switch may anything execute.
    connect(m_coordinator, &Coordinator::started, m_decisionWorker, &DecisionWorker::startInThread);
    connect(m_decisionWorker, &DecisionWorker::decisionsChanged, this, &Runtime::decisionsChanged);
    m_decisionThread->start();

    // Replies: read on a timer in their own thread; what they lead to is carried out at once.
    m_mailWorker = new MailSyncWorker(m_workspace, m_decisions.get(), secretStore());
    m_mailThread = new QThread;
    m_mailThread->setObjectName(QStringLiteral("gd-mail"));
    m_mailWorker->moveToThread(m_mailThread);
    connect(m_coordinator, &Coordinator::started, m_mailWorker, &MailSyncWorker::startInThread);
    connect(m_mailWorker, &MailSyncWorker::synced, this, [this](int stored, int decisions, const QString& error) {
        if (decisions > 0)
            runDecisionPass();
        Q_EMIT mailSynced(stored, decisions, error);
    });
    m_mailThread->start();
}

void Runtime::syncMailNow()
{
    if (!m_mailWorker)
        return;
    QMetaObject::invokeMethod(m_mailWorker, &MailSyncWorker::runOnce, Qt::QueuedConnection);
}

void Runtime::runDecisionPass()
{
    if (!m_decisionWorker)
        return;
    QMetaObject::invokeMethod(
        m_decisionWorker,
        [this, worker = m_decisionWorker] {
            worker->runOnce();
            Q_EMIT decisionPassFinished();
        },
        Qt::QueuedConnection);
}

SecretStore* Runtime::secretStore() const
{
    if (m_secrets)
        return m_secrets;
    if (!m_keychain)
        const_cast<Runtime*>(this)->m_keychain = std::make_unique<KeychainSecretStore>();
    return m_keychain.get();
}

bool Runtime::waitUntilStarted(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_startedMutex);
    while (!m_started) {
        if (!m_startedCondition.wait(&m_startedMutex, deadline))
            return m_started;
    }
    return true;
}

void Runtime::stop()
{
    if (!m_running)
        return;
    // The agents' keychain reads and model calls end now (the keychain answers on this thread).
    ModelAccess::setSecretStore(nullptr);
    m_mailWorker->requestStop(); // directly: its thread may be waiting for a mail server
    QMetaObject::invokeMethod(m_mailWorker, &MailSyncWorker::stopInThread, Qt::QueuedConnection);
    m_mailThread->wait();
    delete m_mailThread;
    m_mailThread = nullptr;
    delete m_mailWorker;
    m_mailWorker = nullptr;
    m_decisionWorker->requestStop(); // directly: its thread may be busy in a provider call
    QMetaObject::invokeMethod(m_decisionWorker, &DecisionWorker::stopInThread, Qt::QueuedConnection);
    m_decisionThread->wait();
    delete m_decisionThread;
    m_decisionThread = nullptr;
    delete m_decisionWorker;
    m_decisionWorker = nullptr;
    QMetaObject::invokeMethod(m_coordinator, &Coordinator::stopInThread, Qt::QueuedConnection);
    m_thread->wait();
    // The coordinator is back to no thread; keep it owned here until destruction.
    delete m_thread;
    m_thread = nullptr;
    m_bus->stop();
    m_workspace->releaseThreadConnection();
    m_running = false;
    qCInfo(lcRuntime) << "runtime stopped";
}

} // namespace gd::core
