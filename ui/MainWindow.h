#pragma once

#include "core/runtime/Coordinator.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace gd::core {
class Runtime;
class Workspace;
} // namespace gd::core

namespace gd::ui {

class AgentDetailPane;
class AgentTableModel;
class ApprovalQueueView;
class AsyncRunner;
class AuditView;
class CampaignsView;
class ConversationsView;
class LearnedView;
class PipelineView;
class DashboardView;
class TrayIcon;
class ProspectsView;
class MessageLogWidget;

// The console: the live agent table, the selected agent's detail, the message log, the
// global autonomy switch. Opening and closing a workspace happen off the GUI thread; while a
// workspace is open, every read and write of it runs on its AsyncRunner (jobs()), and closing
// it (or the window) stops the runner and waits for its jobs before the workspace goes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    enum class OpenKind
    {
        Existing,
        New,
        Demo
    };
    // Opens (or creates) a workspace in the background; workspaceOpened or workspaceFailed follows.
    void openWorkspace(const QString& path, OpenKind kind = OpenKind::Existing);

    QString workspacePath() const;
    core::Runtime* runtime() const { return m_runtime.get(); }
    AsyncRunner* jobs() const { return m_jobs.get(); }
    AgentTableModel* agentModel() const { return m_agentModel; }
    MessageLogWidget* messageLog() const { return m_messageLog; }
    AgentDetailPane* detailPane() const { return m_detail; }
    QTableView* agentView() const { return m_agentView; }
    QAction* pauseAllAction() const { return m_pauseAll; }
    QTabWidget* tabs() const { return m_tabs; }
    ApprovalQueueView* approvalsView() const { return m_approvals; }
    LearnedView* learnedView() const { return m_learned; }
    PipelineView* pipelineView() const { return m_pipeline; }
    DashboardView* dashboardView() const { return m_dashboard; }
    TrayIcon* trayIcon() const { return m_tray; }
    CampaignsView* campaignsView() const { return m_campaigns; }
    AuditView* auditView() const { return m_audit; }
    ConversationsView* conversationsView() const { return m_conversations; }
    ProspectsView* prospectsView() const { return m_prospects; }
    // Open the import dialog / the ICP dialog (non-modal); they are returned for tests. They
    // work on the open workspace's runner and are closed when the workspace is.
    QDialog* openImportDialog();
    QDialog* openReportDialog(); // File > Export Report
    QDialog* openIcpDialog();
    int pendingApprovals() const { return m_pendingApprovals; }
    void openMatrixDialog();
    // Settings > Mailboxes (non-modal, on the workspace's runner); returned for tests.
    QDialog* openMailboxDialog();
    // Settings → Language Model: reads the settings first, then opens the dialog (modelDialogOpened).
    void openModelDialog();
    QStringList recentWorkspaces() const;

    static QString settingsRecentKey() { return QStringLiteral("workspaces/recent"); }

Q_SIGNALS:
    void workspaceOpened(const QString& path);
    void workspaceFailed(const QString& message);
    // openMatrixDialog() reads the matrix first; the dialog, once open.
    void matrixDialogOpened(QDialog* dialog);
    void modelDialogOpened(QDialog* dialog);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct OpenResult
    {
        std::shared_ptr<core::Workspace> workspace;
        QString error;
    };

    void buildActions();
    void buildUi();
    void restoreSettings();
    void saveSettings();
    void rebuildRecentMenu();
    void addRecent(const QString& path);
    void chooseNewWorkspace();
    void chooseOpenWorkspace();
    // Stops the runtime in the background; then() runs on the GUI thread when it is done.
    void shutdown(std::function<void()> then);
    void onOpenFinished(const OpenResult& result);
    void trackDialog(QDialog* dialog);
    void onStatus(const QList<core::AgentStatus>& statuses, const core::RuntimeCounts& counts);
    void onAutonomyPaused(bool paused);
    void applyPalette();
    void setAutonomyPaused(bool paused);
    void setSelectedAgentPaused(bool paused);
    // Each reads in the background; onlyIfIdle (the periodic refresh) skips a read still under
    // way instead of superseding it.
    void refreshMessages(bool onlyIfIdle = false);
    void refreshDetail(bool onlyIfIdle = false);
    void refreshDecisions(bool onlyIfIdle = false);
    void setPendingApprovals(int pending);
    void updateActions();
    QString selectedAgent() const;

    std::shared_ptr<core::Workspace> m_workspace;
    std::unique_ptr<core::Runtime> m_runtime;
    // The open workspace's jobs; and the window's own (opening and stopping, no workspace).
    std::unique_ptr<AsyncRunner> m_jobs;
    std::unique_ptr<AsyncRunner> m_lifecycle;
    // Dialogs working on the open workspace: closed before it is.
    QList<QPointer<QDialog>> m_workspaceDialogs;
    bool m_busy = false;
    bool m_closing = false;
    bool m_messagesNeedReset = true; // the next message answer replaces the log (new filter)
    // The pause switch the operator asked for, until a status from the coordinator agrees: a
    // status sent before the request must not flip the button back.
    std::optional<bool> m_pauseRequest;

    AgentTableModel* m_agentModel = nullptr;
    QTableView* m_agentView = nullptr;
    AgentDetailPane* m_detail = nullptr;
    MessageLogWidget* m_messageLog = nullptr;
    QSplitter* m_vertical = nullptr;
    QTabWidget* m_tabs = nullptr;
    ApprovalQueueView* m_approvals = nullptr;
    LearnedView* m_learned = nullptr;
    PipelineView* m_pipeline = nullptr;
    DashboardView* m_dashboard = nullptr;
    int m_dashboardTicks = 0;
    TrayIcon* m_tray = nullptr;
    CampaignsView* m_campaigns = nullptr;
    AuditView* m_audit = nullptr;
    ConversationsView* m_conversations = nullptr;
    ProspectsView* m_prospects = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_icpAction = nullptr;
    bool m_onboardingPending = false;
    QAction* m_matrixAction = nullptr;
    QAction* m_mailboxAction = nullptr;
    QAction* m_modelAction = nullptr;
    QAction* m_reportAction = nullptr;
    int m_pendingApprovals = -1;
    QSplitter* m_horizontal = nullptr;
    QTimer* m_refreshTimer = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_demoAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_pauseAll = nullptr;
    QAction* m_pauseAgent = nullptr;
    QAction* m_resumeAgent = nullptr;
    QMenu* m_recentMenu = nullptr;
    QToolButton* m_pauseAllButton = nullptr;

    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_autonomyLabel = nullptr;
};

} // namespace gd::ui
