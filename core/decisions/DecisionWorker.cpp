#include "core/decisions/DecisionWorker.h"

#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QThread>
#include <QTimer>

namespace gd::core {

DecisionWorker::DecisionWorker(std::shared_ptr<Workspace> workspace, DecisionEngine* engine,
    std::function<bool()> paused, int intervalMs, SecretStore* secrets)
    : m_workspace(std::move(workspace))
    , m_engine(engine)
    , m_executor(std::make_unique<Executor>(m_workspace, engine, secrets))
    , m_paused(std::move(paused))
    , m_intervalMs(intervalMs)
{
    m_executor->setCancel(&m_stopping);
}

DecisionWorker::~DecisionWorker() = default;

void DecisionWorker::startInThread()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_intervalMs);
    connect(m_timer, &QTimer::timeout, this, &DecisionWorker::runOnce);
    m_timer->start();
    runOnce();
}

void DecisionWorker::stopInThread()
{
    delete m_timer;
    m_timer = nullptr;
    m_workspace->releaseThreadConnection();
    QThread::currentThread()->quit();
}

void DecisionWorker::runOnce()
{
    const int expired = m_engine->expireDue(nowMs());
    const int executed = m_paused && m_paused() ? 0 : m_executor->runPending();
    if (expired > 0 || executed > 0)
        Q_EMIT decisionsChanged(executed, expired);
}

} // namespace gd::core
