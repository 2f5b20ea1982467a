#include "ui/WorkspaceReader.h"

#include "core/store/Workspace.h"

#include <QThread>

namespace gd::ui {

WorkspaceReader::WorkspaceReader(std::shared_ptr<core::Workspace> workspace)
    : m_workspace(std::move(workspace))
    , m_decisions(std::make_unique<core::DecisionEngine>(m_workspace))
{
    qRegisterMetaType<QList<gd::core::Message>>();
    qRegisterMetaType<QList<gd::core::TaskRecord>>();
    qRegisterMetaType<QList<gd::core::ApprovalItem>>();
    qRegisterMetaType<QList<gd::core::AuditEntry>>();
    qRegisterMetaType<QList<gd::ui::LearnedModel::Row>>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("gd-ui-reader"));
    moveToThread(m_thread);
    m_thread->start();
}

WorkspaceReader::~WorkspaceReader()
{
    // Release this thread's connection from inside it, then end the thread.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_workspace->releaseThreadConnection();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void WorkspaceReader::requestMessages(quint64 generation, const core::MessageFilter& filter)
{
    QMetaObject::invokeMethod(
        this, [=, this] { runMessages(generation, filter); }, Qt::QueuedConnection);
}

void WorkspaceReader::requestAgentDetail(quint64 generation, const QString& agent)
{
    QMetaObject::invokeMethod(
        this, [=, this] { runAgentDetail(generation, agent); }, Qt::QueuedConnection);
}

void WorkspaceReader::requestApprovals(quint64 generation, const QString& status)
{
    QMetaObject::invokeMethod(
        this,
        [=, this] {
            const QList<core::ApprovalItem> items = status == QLatin1String("autonomous")
                ? m_decisions->autonomousDecisions(2000)
                : m_decisions->approvals(status, 2000);
            Q_EMIT approvalsReady(generation, items, m_decisions->pendingCount());
        },
        Qt::QueuedConnection);
}

void WorkspaceReader::requestLearned(quint64 generation)
{
    QMetaObject::invokeMethod(
        this,
        [=, this] {
            QList<LearnedModel::Row> rows;
            const QList<core::LearningEvent> events = m_decisions->learningEvents({}, 500);
            for (const core::CalibrationState& state : m_decisions->learned()) {
                LearnedModel::Row row { state, std::nullopt };
                for (const core::LearningEvent& e : events) {
                    if (e.type == state.type) {
                        row.last = e;
                        break;
                    }
                }
                rows << row;
            }
            Q_EMIT learnedReady(generation, rows);
        },
        Qt::QueuedConnection);
}

void WorkspaceReader::requestAudit(quint64 generation, const core::AuditFilter& filter)
{
    QMetaObject::invokeMethod(
        this, [=, this] { Q_EMIT auditReady(generation, core::AuditLog::query(*m_workspace, filter)); },
        Qt::QueuedConnection);
}

void WorkspaceReader::runMessages(quint64 generation, const core::MessageFilter& filter)
{
    Q_EMIT messagesReady(generation, core::MessageStore::query(*m_workspace, filter));
}

void WorkspaceReader::runAgentDetail(quint64 generation, const QString& agent)
{
    core::MessageFilter filter;
    filter.agent = agent;
    filter.limit = 50;
    Q_EMIT agentDetailReady(generation, agent, core::TaskStore::recent(*m_workspace, agent, 50),
        core::MessageStore::query(*m_workspace, filter));
}

} // namespace gd::ui
