#include "ui/WorkspaceReader.h"

#include "core/Workspace.h"

#include <QThread>

namespace gd::ui {

WorkspaceReader::WorkspaceReader(std::shared_ptr<core::Workspace> workspace)
    : m_workspace(std::move(workspace))
{
    qRegisterMetaType<QList<gd::core::Message>>();
    qRegisterMetaType<QList<gd::core::TaskRecord>>();
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
    QMetaObject::invokeMethod(this, [=, this] { runMessages(generation, filter); }, Qt::QueuedConnection);
}

void WorkspaceReader::requestAgentDetail(quint64 generation, const QString& agent)
{
    QMetaObject::invokeMethod(this, [=, this] { runAgentDetail(generation, agent); }, Qt::QueuedConnection);
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
