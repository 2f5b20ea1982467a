#include "ui/MainWindow.h"

#include "agents/StandardAgents.h"
#include "core/ai/ModelSettings.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Runtime.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/DemoData.h"
#include "core/store/MessageStore.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"
#include "ui/AgentDetailPane.h"
#include "ui/AgentTableModel.h"
#include "ui/Appearance.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/ApprovalQueueView.h"
#include "ui/AsyncRunner.h"
#include "ui/AuditView.h"
#include "ui/CampaignsView.h"
#include "ui/ConversationsView.h"
#include "ui/DashboardView.h"
#include "ui/IcpDialog.h"
#include "ui/ImportDialog.h"
#include "ui/LearnedView.h"
#include "ui/MailboxDialog.h"
#include "ui/MatrixDialog.h"
#include "ui/MessageLogModel.h"
#include "ui/MessageLogWidget.h"
#include "ui/ModelDialog.h"
#include "ui/PipelineView.h"
#include "ui/ProspectsView.h"
#include "ui/ReportDialog.h"
#include "ui/TrayIcon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gd::ui {

namespace {
constexpr int kMaxRecent = 8;
bool isDark(const QPalette& palette)
{
    return palette.window().color().lightness() < 128;
}

// The "Pause all autonomy" button: a calm green while autonomy runs, red while it is paused; on a
// dark palette a deep green with light text (the light green glared on a dark toolbar).
QString pauseStyle(bool dark)
{
    return dark ? QStringLiteral("QToolButton { padding: 4px 12px; font-weight: bold; border: 1px solid #4caf50; "
                                 "border-radius: 4px; background: #1b3d20; color: #c8e6c9; }"
                                 "QToolButton:checked { background: #b71c1c; border-color: #ef5350; color: white; }")
                : QStringLiteral("QToolButton { padding: 4px 12px; font-weight: bold; border: 1px solid #2e7d32; "
                                 "border-radius: 4px; background: #e8f5e9; color: #1b5e20; }"
                                 "QToolButton:checked { background: #c62828; border-color: #8e0000; color: white; }");
}

// Red for warnings in text, readable on the palette's background.
QColor alertRed(bool dark)
{
    return dark ? QColor(0xef, 0x73, 0x73) : QColor(0xc6, 0x28, 0x28);
}

// A standard icon in the palette's text colour (the style's media glyphs are dark: on a dark
// toolbar they all but vanished).
QIcon glyph(const QStyle* style, QStyle::StandardPixmap which, const QPalette& palette)
{
    const QIcon base = style->standardIcon(which);
    if (!isDark(palette))
        return base;
    QIcon tinted;
    for (const int side : { 16, 24, 32 }) {
        QPixmap pixmap = base.pixmap(QSize(side, side));
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), palette.color(QPalette::ButtonText));
        painter.end();
        tinted.addPixmap(pixmap);
    }
    return tinted;
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_lifecycle(std::make_unique<AsyncRunner>(nullptr, 1))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/greendoor.svg")));
    buildActions();
    buildUi();
    restoreSettings();
    updateActions();
    applyPalette(); // View > Appearance was applied while the actions were built
}

MainWindow::~MainWindow()
{
    // Normally closeEvent stopped everything in the background; this is the fallback.
    for (const QPointer<QDialog>& dialog : std::as_const(m_workspaceDialogs))
        delete dialog.data();
    m_jobs.reset(); // stops and waits for its jobs
    if (m_runtime)
        m_runtime->stop();
    m_lifecycle.reset(); // waits for an open or a stop under way
}

void MainWindow::buildActions()
{
    m_newAction = new QAction(tr("&New Workspace..."), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseNewWorkspace);

    m_openAction = new QAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Workspace..."), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseOpenWorkspace);

    m_demoAction = new QAction(tr("Open &Demo Workspace"), this);
    connect(m_demoAction, &QAction::triggered, this,
        [this] { openWorkspace(core::DemoData::defaultDemoPath(), OpenKind::Demo); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_pauseAll = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause all autonomy"), this);
    m_pauseAll->setObjectName(QStringLiteral("pauseAllAction"));
    m_pauseAll->setCheckable(true);
    m_pauseAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_pauseAll->setToolTip(tr("Stop every agent from taking new work (Ctrl+Shift+P)"));
    connect(m_pauseAll, &QAction::triggered, this, &MainWindow::setAutonomyPaused);

    m_pauseAgent = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause Agent"), this);
    m_pauseAgent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pauseAgent, &QAction::triggered, this, [this] { setSelectedAgentPaused(true); });

    m_resumeAgent = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Resume Agent"), this);
    m_resumeAgent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_resumeAgent, &QAction::triggered, this, [this] { setSelectedAgentPaused(false); });

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(m_demoAction);
    file->addSeparator();
    m_reportAction = new QAction(tr("Export &Report..."), this);
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::openReportDialog);
    file->addAction(m_reportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_importAction = new QAction(tr("&Import Prospects..."), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::openImportDialog);
    m_icpAction = new QAction(tr("Ideal Customer &Profile..."), this);
    connect(m_icpAction, &QAction::triggered, this, &MainWindow::openIcpDialog);
    QMenu* prospects = menuBar()->addMenu(tr("&Prospects"));
    prospects->addAction(m_importAction);
    prospects->addAction(m_icpAction);

    QMenu* agents = menuBar()->addMenu(tr("&Agents"));
    agents->addAction(m_pauseAll);
    agents->addSeparator();
    agents->addAction(m_pauseAgent);
    agents->addAction(m_resumeAgent);

    // View > Appearance: the system's look, or a fixed light or dark one (remembered).
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* look = view->addMenu(tr("&Appearance"));
    auto* looks = new QActionGroup(this);
    const Appearance savedLook = appearance::saved();
    for (const auto& [choice, text] : { std::pair { Appearance::System, tr("&System") },
             std::pair { Appearance::Light, tr("&Light") }, std::pair { Appearance::Dark, tr("&Dark") } }) {
        QAction* action = look->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == savedLook);
        action->setActionGroup(looks);
        connect(action, &QAction::triggered, this, [choice] {
            appearance::save(choice);
            appearance::apply(choice);
        });
    }
    if (savedLook != Appearance::System)
        appearance::apply(savedLook);

    // The tray: pending approvals, escalations and goals falling behind on the desktop.
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::openApprovalsRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_tabs->setCurrentWidget(m_approvals);
    });

    m_matrixAction = new QAction(tr("Authority &Matrix..."), this);
    connect(m_matrixAction, &QAction::triggered, this, &MainWindow::openMatrixDialog);
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_matrixAction);
    m_mailboxAction = new QAction(tr("&Mailboxes..."), this);
    connect(m_mailboxAction, &QAction::triggered, this, &MainWindow::openMailboxDialog);
    settings->addAction(m_mailboxAction);
    m_modelAction = new QAction(tr("&Language Model..."), this);
    connect(m_modelAction, &QAction::triggered, this, &MainWindow::openModelDialog);
    settings->addAction(m_modelAction);
    settings->addSeparator();
    settings->addAction(m_tray->notificationsAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About GreenDoor"), this, [this] {
        QMessageBox::about(this, tr("About GreenDoor"),
            tr("<h3>GreenDoor %1</h3><p>An autonomous AI sales team that runs on your own machine, "
               "with you in charge.</p>")
                .arg(QStringLiteral(GREENDOOR_VERSION)));
    });
}

void MainWindow::buildUi()
{
    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    m_pauseAllButton = new QToolButton(toolbar);
    m_pauseAllButton->setObjectName(QStringLiteral("pauseAllButton"));
    m_pauseAllButton->setDefaultAction(m_pauseAll);
    m_pauseAllButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pauseAllButton->setStyleSheet(pauseStyle(isDark(palette())));
    toolbar->addWidget(m_pauseAllButton);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAgent);
    toolbar->addAction(m_resumeAgent);

    m_agentModel = new AgentTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_agentModel);
    proxy->setSortRole(AgentTableModel::SortRole);
    m_agentView = new QTableView(this);
    m_agentView->setObjectName(QStringLiteral("agentTableView"));
    m_agentView->setModel(proxy);
    m_agentView->setSortingEnabled(true);
    m_agentView->sortByColumn(-1, Qt::AscendingOrder);
    m_agentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agentView->setAlternatingRowColors(true);
    m_agentView->verticalHeader()->hide();
    m_agentView->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView* header = m_agentView->horizontalHeader();
    header->setDefaultSectionSize(78);
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(AgentTableModel::CurrentTaskColumn, QHeaderView::Stretch);
    m_agentView->setColumnWidth(AgentTableModel::NameColumn, 110);
    m_agentView->setColumnWidth(AgentTableModel::StateColumn, 96);
    m_agentView->setColumnWidth(AgentTableModel::P99Column, 90);
    m_agentView->setColumnWidth(AgentTableModel::HeartbeatColumn, 90);
    connect(m_agentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QString name = selectedAgent();
        m_detail->showStatus(m_agentModel->statusAt(m_agentModel->rowOf(name)));
        refreshDetail();
        updateActions();
    });

    m_detail = new AgentDetailPane(this);
    connect(m_detail, &AgentDetailPane::pauseRequested, this, [this](const QString& agent, bool pause) {
        if (m_runtime)
            m_runtime->coordinator()->setAgentPaused(agent, pause);
    });

    m_messageLog = new MessageLogWidget(this);
    connect(m_messageLog, &MessageLogWidget::filterChanged, this, [this] {
        m_messagesNeedReset = true;
        refreshMessages(); // supersedes a read for the old filter
    });

    m_horizontal = new QSplitter(Qt::Horizontal, this);
    m_horizontal->setObjectName(QStringLiteral("agentSplitter"));
    m_horizontal->addWidget(m_agentView);
    m_horizontal->addWidget(m_detail);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_vertical->setObjectName(QStringLiteral("mainSplitter"));
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(m_messageLog);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);

    m_approvals = new ApprovalQueueView(this);
    connect(m_approvals, &ApprovalQueueView::refreshRequested, this, [this] { refreshDecisions(); });
    connect(m_approvals, &ApprovalQueueView::pendingCountChanged, this, &MainWindow::setPendingApprovals);
    m_learned = new LearnedView(this);
    m_campaigns = new CampaignsView(this);
    connect(m_campaigns, &CampaignsView::refreshRequested, this, [this] { refreshDecisions(); });
    connect(m_learned, &LearnedView::refreshRequested, this, [this] { refreshDecisions(); });
    m_audit = new AuditView(this);
    connect(m_audit, &AuditView::refreshRequested, this, [this] { refreshDecisions(); });
    connect(m_audit, &AuditView::exported, this, [this](const QString& path, const QString& error) {
        statusBar()->showMessage(error.isEmpty()
                ? tr("Exported the audit trail to %1").arg(QDir::toNativeSeparators(path))
                : tr("Export failed: %1").arg(error),
            10000);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_prospects = new ProspectsView(this);
    connect(m_prospects, &ProspectsView::importRequested, this, &MainWindow::openImportDialog);
    connect(m_prospects, &ProspectsView::profileRequested, this, &MainWindow::openIcpDialog);
    connect(m_prospects, &ProspectsView::enrichRequested, this, [this](qint64 companyId, const QString& company) {
        if (!m_runtime)
            return;
        m_runtime->coordinator()->submitTask(QStringLiteral("company.enrich"),
            QJsonObject { { QStringLiteral("company_id"), companyId } }, core::Priority::Medium);
        statusBar()->showMessage(tr("The Research agent is reading %1's website.").arg(company), 10000);
    });
    m_dashboard = new DashboardView(this);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_vertical, tr("Agents"));
    m_tabs->addTab(m_prospects, tr("Prospects"));
    m_tabs->addTab(m_campaigns, tr("Campaigns"));
    m_pipeline = new PipelineView(this);
    m_tabs->addTab(m_pipeline, tr("Pipeline"));
    m_tabs->addTab(m_approvals, tr("Approvals"));
    m_conversations = new ConversationsView(this);
    m_tabs->insertTab(m_tabs->indexOf(m_campaigns) + 1, m_conversations, tr("Conversations"));
    m_tabs->addTab(m_learned, tr("What GreenDoor learned"));
    m_tabs->addTab(m_audit, tr("Audit trail"));
    connect(m_conversations, &ConversationsView::unreadChanged, this, [this](int unread) {
        m_tabs->setTabText(
            m_tabs->indexOf(m_conversations), unread > 0 ? tr("Conversations (%1)").arg(unread) : tr("Conversations"));
    });
    connect(m_conversations, &ConversationsView::syncRequested, this, [this] {
        if (m_runtime)
            m_runtime->syncMailNow();
        statusBar()->showMessage(tr("Checking the mailboxes for replies..."), 5000);
    });
    connect(m_conversations, &ConversationsView::reviewRequested, this, [this](const QStringList& approvalIds) {
        m_tabs->setCurrentWidget(m_approvals);
        m_approvals->selectIds(approvalIds);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refreshDecisions(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_prospects && m_workspace)
            m_prospects->refresh();
        if (m_tabs->currentWidget() == m_pipeline && m_workspace)
            m_pipeline->refresh();
        if (m_tabs->currentWidget() == m_dashboard && m_workspace)
            m_dashboard->refresh();
    });
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(go);
    }
    setCentralWidget(m_tabs);

    m_workspaceLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_autonomyLabel = new QLabel(this);
    statusBar()->addWidget(m_workspaceLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_autonomyLabel);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(1000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshMessages(true);
        refreshDetail(true);
        refreshDecisions(true);
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    m_vertical->restoreState(settings.value(QStringLiteral("mainWindow/mainSplitter")).toByteArray());
    m_horizontal->restoreState(settings.value(QStringLiteral("mainWindow/agentSplitter")).toByteArray());
    m_agentView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mainWindow/agentColumns")).toByteArray());
    rebuildRecentMenu();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/mainSplitter"), m_vertical->saveState());
    settings.setValue(QStringLiteral("mainWindow/agentSplitter"), m_horizontal->saveState());
    settings.setValue(QStringLiteral("mainWindow/agentColumns"), m_agentView->horizontalHeader()->saveState());
}

QStringList MainWindow::recentWorkspaces() const
{
    return QSettings().value(settingsRecentKey()).toStringList();
}

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(settingsRecentKey()).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(settingsRecentKey(), recent);
    settings.setValue(QStringLiteral("workspaces/last"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(settingsRecentKey());
            rebuildRecentMenu();
        });
    }
}

void MainWindow::chooseNewWorkspace()
{
    const QString suffix = core::Workspace::fileSuffix();
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
        QDir::home().filePath(tr("sales") + QLatin1Char('.') + suffix), tr("GreenDoor workspaces (*.%1)").arg(suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    openWorkspace(path, OpenKind::New);
}

void MainWindow::chooseOpenWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QDir::homePath(),
        tr("GreenDoor workspaces (*.%1);;All files (*)").arg(core::Workspace::fileSuffix()));
    if (!path.isEmpty())
        openWorkspace(path);
}

QString MainWindow::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void MainWindow::openWorkspace(const QString& rawPath, OpenKind kind)
{
    if (m_busy)
        return;
    const QString path = QFileInfo(rawPath).absoluteFilePath();
    m_busy = true;
    m_onboardingPending = kind == OpenKind::New;
    updateActions();
    statusBar()->showMessage(tr("Opening %1...").arg(QDir::toNativeSeparators(path)));
    shutdown([this, path, kind] {
        m_lifecycle->run(
            this, QStringLiteral("open"),
            [path, kind]() {
                OpenResult result;
                core::WorkspaceError error;
                const bool existed = QFileInfo::exists(path);
                const auto mode = kind == OpenKind::New ? core::Workspace::OpenMode::CreateNew
                    : kind == OpenKind::Demo            ? core::Workspace::OpenMode::OpenOrCreate
                                                        : core::Workspace::OpenMode::OpenExisting;
                result.workspace = core::Workspace::open(path, mode, &error);
                if (!result.workspace) {
                    result.error = error.message;
                    return result;
                }
                if (kind == OpenKind::Demo && !existed) {
                    QString why;
                    if (!core::DemoData::populate(*result.workspace, &why))
                        result.error = tr("The demo data could not be loaded: %1").arg(why);
                }
                result.workspace->releaseThreadConnection();
                if (!result.error.isEmpty())
                    result.workspace.reset();
                return result;
            },
            [this](const OpenResult& result) { onOpenFinished(result); });
    });
}

void MainWindow::onOpenFinished(const OpenResult& result)
{
    m_busy = false;
    statusBar()->clearMessage();
    if (!result.workspace) {
        auto* box
            = new QMessageBox(QMessageBox::Warning, tr("Cannot open workspace"), result.error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        updateActions();
        Q_EMIT workspaceFailed(result.error);
        return;
    }
    m_workspace = result.workspace;
    core::Coordinator::Options options;
    m_runtime = std::make_unique<core::Runtime>(m_workspace, agents::standardAgents(), options);
    core::Coordinator* coordinator = m_runtime->coordinator();
    connect(coordinator, &core::Coordinator::statusChanged, this, &MainWindow::onStatus);
    connect(coordinator, &core::Coordinator::autonomyPausedChanged, this, &MainWindow::onAutonomyPaused);
    connect(coordinator, &core::Coordinator::agentRestarted, this, [this](const QString& name, const QString& reason) {
        statusBar()->showMessage(tr("Agent %1 was restarted: %2").arg(name, reason), 10000);
    });
    connect(coordinator, &core::Coordinator::escalationRaised, this, [this](const core::Message& m) {
        statusBar()->showMessage(tr("Escalation: %1").arg(m.summary()), 15000);
        m_tray->escalation(m.id, m.summary());
    });
    m_jobs = std::make_unique<AsyncRunner>(m_workspace);
    connect(m_runtime.get(), &core::Runtime::decisionsChanged, this, [this] { refreshDecisions(); });
    m_approvals->setContext(m_jobs.get(), m_runtime->decisions());
    m_learned->setContext(m_jobs.get(), m_runtime->decisions());
    m_campaigns->setContext(m_jobs.get(), m_runtime->decisions());
    m_audit->setRunner(m_jobs.get());
    m_prospects->setRunner(m_jobs.get());
    m_pipeline->setContext(m_jobs.get(), m_runtime->decisions());
    m_dashboard->setRunner(m_jobs.get());
    m_dashboard->refresh();
    m_tray->setRunner(m_jobs.get());
    m_conversations->setRunner(m_jobs.get());
    connect(m_runtime.get(), &core::Runtime::mailSynced, this, [this](int stored) {
        if (stored > 0)
            m_conversations->refresh();
    });
    refreshDecisions();
    m_conversations->refresh();

    QStringList titles;
    const QList<core::AgentSpec> specs = agents::standardAgents();
    for (const core::AgentSpec& spec : specs)
        titles << spec.title;
    m_messageLog->setAgents(coordinator->agentNames(), titles);
    m_messagesNeedReset = true;
    m_runtime->start();
    m_refreshTimer->start();
    refreshMessages();

    const QString shown = QDir::toNativeSeparators(m_workspace->path());
    setWindowTitle(tr("%1 - GreenDoor").arg(QFileInfo(m_workspace->path()).completeBaseName()));
    m_workspaceLabel->setText(tr("Workspace: %1").arg(shown));
    addRecent(m_workspace->path());
    updateActions();
    Q_EMIT workspaceOpened(m_workspace->path());
    if (m_onboardingPending) {
        // A new workspace starts with "who do you sell to?".
        m_onboardingPending = false;
        openIcpDialog();
    }
}

void MainWindow::shutdown(std::function<void()> then)
{
    m_refreshTimer->stop();
    m_pauseRequest.reset();
    // Dialogs working on the workspace go first (their destructors cancel what they run).
    for (const QPointer<QDialog>& dialog : std::as_const(m_workspaceDialogs))
        delete dialog.data();
    m_workspaceDialogs.clear();
    m_agentModel->setStatuses({});
    m_detail->clear();
    m_messageLog->clear();
    m_approvals->setContext(nullptr, nullptr);
    m_learned->setContext(nullptr, nullptr);
    m_campaigns->setContext(nullptr, nullptr);
    m_audit->setRunner(nullptr);
    m_prospects->setRunner(nullptr);
    m_pipeline->setContext(nullptr, nullptr);
    m_dashboard->setRunner(nullptr);
    m_tray->setRunner(nullptr);
    m_conversations->setRunner(nullptr);
    setPendingApprovals(-1);
    if (!m_runtime) {
        m_jobs.reset();
        m_workspace.reset();
        then();
        return;
    }
    m_runtime->coordinator()->disconnect(this);
    m_runtime->disconnect(this);
    // No answer is delivered any more; queued jobs are dropped, running ones told to stop.
    m_jobs->stop();
    std::shared_ptr<core::Runtime> runtime(std::move(m_runtime));
    std::shared_ptr<AsyncRunner> jobs(std::move(m_jobs));
    m_workspace.reset();
    statusBar()->showMessage(tr("Stopping the agents..."));
    // Off the GUI thread: wait for the console's jobs (they use the runtime's engine), then
    // stop the agents. The runtime and the runner are released on the GUI thread afterwards.
    m_lifecycle->run(
        this, QStringLiteral("stop"),
        [runtime = runtime.get(), jobs = jobs.get()] {
            jobs->wait();
            runtime->stop();
        },
        [this, runtime, jobs, then]() mutable {
            jobs.reset();
            runtime.reset();
            statusBar()->clearMessage();
            then();
        });
}

void MainWindow::trackDialog(QDialog* dialog)
{
    m_workspaceDialogs.removeAll(nullptr);
    m_workspaceDialogs << dialog;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_closing || (!m_runtime && !m_busy)) {
        saveSettings();
        event->accept();
        return;
    }
    event->ignore();
    if (m_busy && !m_runtime)
        return; // an open is under way; the user can close once it is done
    saveSettings();
    m_busy = true;
    updateActions();
    shutdown([this] {
        m_closing = true;
        close();
    });
}

void MainWindow::onStatus(const QList<core::AgentStatus>& statuses, const core::RuntimeCounts& counts)
{
    m_agentModel->setStatuses(statuses);
    if (!m_agentView->currentIndex().isValid() && !statuses.isEmpty())
        m_agentView->selectRow(0);
    const QString agent = selectedAgent();
    m_detail->showStatus(m_agentModel->statusAt(m_agentModel->rowOf(agent)));

    int working = 0;
    for (const core::AgentStatus& s : statuses)
        working += s.state == core::AgentState::Working ? 1 : 0;
    const QLocale locale;
    m_countsLabel->setText(tr("%1 agents, %2 working | tasks: %3 queued, %4 active, %5 done, %6 failed | "
                              "%7 messages | %8 escalations")
                               .arg(statuses.size())
                               .arg(working)
                               .arg(counts.tasksQueued)
                               .arg(counts.tasksActive)
                               .arg(locale.toString(counts.tasksDone))
                               .arg(counts.tasksFailed)
                               .arg(locale.toString(counts.messages))
                               .arg(counts.escalations));
    if (m_pauseRequest && *m_pauseRequest == counts.autonomyPaused)
        m_pauseRequest.reset();
    if (!m_pauseRequest && m_pauseAll->isChecked() != counts.autonomyPaused)
        onAutonomyPaused(counts.autonomyPaused);
    updateActions();
}

void MainWindow::onAutonomyPaused(bool paused)
{
    m_pauseAll->setChecked(paused);
    m_pauseAll->setText(paused ? tr("Autonomy paused - click to resume") : tr("Pause all autonomy"));
    m_pauseAll->setIcon(glyph(style(), paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause, palette()));
    m_autonomyLabel->setText(paused ? tr("AUTONOMY PAUSED") : tr("Autonomy on"));
    m_autonomyLabel->setStyleSheet(
        paused ? QStringLiteral("color: %1; font-weight: bold;").arg(alertRed(isDark(palette())).name()) : QString());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_pauseAllButton)
        applyPalette();
}

// What the style sheets and glyphs fix in colour follows View > Appearance.
void MainWindow::applyPalette()
{
    const bool dark = isDark(palette());
    m_pauseAllButton->setStyleSheet(pauseStyle(dark));
    m_pauseAgent->setIcon(glyph(style(), QStyle::SP_MediaPause, palette()));
    m_resumeAgent->setIcon(glyph(style(), QStyle::SP_MediaPlay, palette()));
    onAutonomyPaused(m_pauseAll->isChecked());
    if (m_pendingApprovals > 0)
        m_tabs->tabBar()->setTabTextColor(m_tabs->indexOf(m_approvals), alertRed(dark));
}

void MainWindow::setAutonomyPaused(bool paused)
{
    if (!m_runtime)
        return;
    m_pauseRequest = paused;
    m_runtime->coordinator()->setAutonomyPaused(paused);
    onAutonomyPaused(paused);
}

void MainWindow::setSelectedAgentPaused(bool paused)
{
    const QString agent = selectedAgent();
    if (m_runtime && !agent.isEmpty())
        m_runtime->coordinator()->setAgentPaused(agent, paused);
}

QString MainWindow::selectedAgent() const
{
    return m_agentView->currentIndex().data(AgentTableModel::AgentNameRole).toString();
}

void MainWindow::refreshMessages(bool onlyIfIdle)
{
    const QString slot = QStringLiteral("messages");
    if (!m_jobs || (onlyIfIdle && m_jobs->isBusy(m_messageLog, slot)))
        return;
    m_jobs->run(
        m_messageLog, slot,
        [filter = m_messageLog->filter()](core::Workspace& ws) { return core::MessageStore::query(ws, filter); },
        [this](const QList<core::Message>& newestFirst) {
            m_messageLog->showMessages(newestFirst, m_messagesNeedReset);
            m_messagesNeedReset = false;
        });
}

void MainWindow::refreshDetail(bool onlyIfIdle)
{
    const QString agent = selectedAgent();
    const QString slot = QStringLiteral("history");
    if (!m_jobs || agent.isEmpty() || (onlyIfIdle && m_jobs->isBusy(m_detail, slot)))
        return;
    struct History
    {
        QList<core::TaskRecord> tasks;
        QList<core::Message> messages;
    };
    m_jobs->run(
        m_detail, slot,
        [agent](core::Workspace& ws) {
            core::MessageFilter filter;
            filter.agent = agent;
            filter.limit = 50;
            return History { core::TaskStore::recent(ws, agent, 50), core::MessageStore::query(ws, filter) };
        },
        [this, agent](const History& history) {
            if (agent == m_detail->agentName())
                m_detail->showHistory(history.tasks, history.messages);
        });
}

void MainWindow::refreshDecisions(bool onlyIfIdle)
{
    if (!m_jobs)
        return;
    m_approvals->refresh(onlyIfIdle);
    if (m_tabs->currentWidget() == m_learned)
        m_learned->refresh(onlyIfIdle);
    if (m_tabs->currentWidget() == m_campaigns)
        m_campaigns->refresh(onlyIfIdle);
    if (m_tabs->currentWidget() == m_audit)
        m_audit->refresh(onlyIfIdle);
    if (m_tabs->currentWidget() == m_pipeline)
        m_pipeline->refresh(onlyIfIdle);
    if (m_tabs->currentWidget() == m_dashboard && (!onlyIfIdle || ++m_dashboardTicks % 5 == 0))
        m_dashboard->refresh(onlyIfIdle); // every 5 s while shown
    if (m_tabs->currentWidget() == m_conversations)
        m_conversations->refresh(onlyIfIdle);
}

void MainWindow::setPendingApprovals(int pending)
{
    if (pending == m_pendingApprovals)
        return;
    m_pendingApprovals = pending;
    m_tray->setPendingApprovals(pending);
    m_tabs->setTabText(m_tabs->indexOf(m_approvals), pending > 0 ? tr("Approvals (%1)").arg(pending) : tr("Approvals"));
    m_tabs->tabBar()->setTabTextColor(
        m_tabs->indexOf(m_approvals), pending > 0 ? alertRed(isDark(palette())) : QColor());
}

QDialog* MainWindow::openReportDialog()
{
    if (!m_workspace || !m_runtime)
        return nullptr;
    auto* dialog = new ReportDialog(m_jobs.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    connect(dialog, &ReportDialog::saved, m_audit, [this](const QString&, const QString& error) {
        if (error.isEmpty())
            m_audit->refresh(true);
    });
    dialog->open();
    return dialog;
}

QDialog* MainWindow::openImportDialog()
{
    if (!m_workspace || !m_runtime)
        return nullptr;
    auto* dialog = new ImportDialog(m_jobs.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    connect(dialog, &ImportDialog::importFinished, this, [this](const core::ImportReport& report) {
        if (!report.ok())
            return;
        m_prospects->refresh();
        statusBar()->showMessage(tr("Imported %1 prospects (%2 merged, %3 rejected)")
                                     .arg(report.imported)
                                     .arg(report.merged)
                                     .arg(report.rejected),
            10000);
    });
    dialog->open();
    return dialog;
}

QDialog* MainWindow::openIcpDialog()
{
    if (!m_workspace || !m_runtime)
        return nullptr;
    // The dialog reads the current profile in the background and fills itself in.
    auto* dialog = new IcpDialog(m_jobs.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    connect(dialog, &IcpDialog::saved, this, [this](int version) {
        statusBar()->showMessage(
            tr("Saved profile version %1; the Research agent re-scores your prospects.").arg(version), 10000);
        m_prospects->refresh();
    });
    dialog->open();
    return dialog;
}

void MainWindow::openMatrixDialog()
{
    if (!m_workspace || !m_runtime || !m_jobs)
        return;
    // The matrix is read in the background; the dialog opens when it is here.
    m_jobs->run(
        this, QStringLiteral("matrix"), [](core::Workspace& ws) { return core::AuthorityMatrix::load(ws); },
        [this](const core::AuthorityMatrix& matrix) {
            auto* dialog = new MatrixDialog(m_jobs.get(), matrix, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            trackDialog(dialog);
            connect(dialog, &QDialog::accepted, this, [this] { refreshDecisions(); });
            dialog->open();
            Q_EMIT matrixDialogOpened(dialog);
        });
}

QDialog* MainWindow::openMailboxDialog()
{
    if (!m_workspace || !m_runtime || !m_jobs)
        return nullptr;
    auto* dialog = new MailboxDialog(m_jobs.get(), nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    trackDialog(dialog);
    dialog->open();
    return dialog;
}

void MainWindow::openModelDialog()
{
    if (!m_workspace || !m_runtime || !m_jobs)
        return;
    m_jobs->run(
        this, QStringLiteral("model"), [](core::Workspace& ws) { return core::ModelSettings::load(ws); },
        [this](const core::ModelSettings& settings) {
            auto* secrets = new core::KeychainSecretStore();
            auto* dialog = new ModelDialog(m_jobs.get(), secrets, settings, this);
            secrets->setParent(dialog);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            trackDialog(dialog);
            dialog->open();
            Q_EMIT modelDialogOpened(dialog);
        });
}

void MainWindow::updateActions()
{
    const bool running = m_runtime != nullptr;
    const QModelIndex current = m_agentView->currentIndex();
    const bool agentPaused = current.isValid()
        && current.data(AgentTableModel::StateRole).toInt() == static_cast<int>(core::AgentState::Paused);
    m_pauseAll->setEnabled(running);
    m_matrixAction->setEnabled(running);
    m_mailboxAction->setEnabled(running);
    m_modelAction->setEnabled(running);
    m_reportAction->setEnabled(running);
    m_importAction->setEnabled(running);
    m_icpAction->setEnabled(running);
    m_pauseAgent->setEnabled(running && current.isValid() && !agentPaused);
    m_resumeAgent->setEnabled(running && current.isValid() && agentPaused);
    m_newAction->setEnabled(!m_busy);
    m_openAction->setEnabled(!m_busy);
    m_demoAction->setEnabled(!m_busy);
    m_recentMenu->setEnabled(!m_busy);
}

} // namespace gd::ui
