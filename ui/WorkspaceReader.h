#pragma once

#include "core/decisions/AuditLog.h"
#include "core/decisions/DecisionEngine.h"
#include "core/runtime/Message.h"
#include "core/store/MessageStore.h"
#include "core/store/TaskStore.h"
#include "ui/LearnedModel.h"

#include <QObject>
#include <memory>

class QThread;

namespace gd::core {
class Workspace;
}

namespace gd::ui {

// Runs the console's queries in a thread of its own, so the GUI thread never waits on the
// workspace. Requests go in through the request*() methods (callable from the GUI thread);
// results come back as queued signals tagged with the request's generation.
class WorkspaceReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceReader)

public:
    explicit WorkspaceReader(std::shared_ptr<core::Workspace> workspace);
    ~WorkspaceReader() override;

    void requestMessages(quint64 generation, const core::MessageFilter& filter);
    void requestAgentDetail(quint64 generation, const QString& agent);
    void requestApprovals(quint64 generation, const QString& status);
    void requestLearned(quint64 generation);
    void requestAudit(quint64 generation, const core::AuditFilter& filter);

Q_SIGNALS:
    void messagesReady(quint64 generation, const QList<gd::core::Message>& newestFirst);
    void agentDetailReady(quint64 generation, const QString& agent, const QList<gd::core::TaskRecord>& tasks,
        const QList<gd::core::Message>& messages);
    // items for the status asked; pending is always the number waiting (for the badge).
    void approvalsReady(quint64 generation, const QList<gd::core::ApprovalItem>& items, int pending);
    void learnedReady(quint64 generation, const QList<gd::ui::LearnedModel::Row>& rows);
    void auditReady(quint64 generation, const QList<gd::core::AuditEntry>& entries);

private:
    void runMessages(quint64 generation, const core::MessageFilter& filter);
    void runAgentDetail(quint64 generation, const QString& agent);

    std::shared_ptr<core::Workspace> m_workspace;
    std::unique_ptr<core::DecisionEngine> m_decisions; // reads only
    QThread* m_thread = nullptr;
};

} // namespace gd::ui
