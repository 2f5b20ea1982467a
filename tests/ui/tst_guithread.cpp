#include "core/decisions/Decision.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Runtime.h"
#include "core/store/ProspectStore.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/AgentDetailPane.h"
#include "ui/AgentTableModel.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/ApprovalQueueView.h"
#include "ui/AsyncRunner.h"
#include "ui/AuditModel.h"
#include "ui/AuditView.h"
#include "ui/CampaignsModel.h"
#include "ui/CampaignsView.h"
#include "ui/IcpDialog.h"
#include "ui/ImportDialog.h"
#include "ui/LearnedModel.h"
#include "ui/LearnedView.h"
#include "ui/MainWindow.h"
#include "ui/MatrixDialog.h"
#include "ui/MessageLogModel.h"
#include "ui/MessageLogWidget.h"
#include "ui/ProspectTableModel.h"
#include "ui/ProspectsView.h"
#include "ui/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <atomic>

using namespace gd;

namespace {

// The debug check: a Workspace access observer that counts every db() request made on the
// GUI thread while armed.
std::atomic<bool> g_armed { false };
std::atomic<int> g_guiAccesses { 0 };

void observeAccess(const core::Workspace&)
{
    if (!g_armed.load())
        return;
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        ++g_guiAccesses;
        qWarning("database access on the GUI thread");
    }
}

struct Armed
{
    Armed()
    {
        g_guiAccesses = 0;
        g_armed = true;
    }
    ~Armed() { g_armed = false; }
};

QString fixture(const QString& name)
{
    return QStringLiteral(GREENDOOR_TEST_DATA "/import/") + name;
}

} // namespace

// Issue #8: "no database work on the GUI thread at all". Every tab and every action of the
// console is exercised with the observer armed; the GUI thread must never ask for a connection.
class TestGuiThread final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theCheckCatchesGuiThreadAccess();
    void consoleNeverTouchesTheDatabaseOnTheGuiThread();

private:
    test::TempDir m_dir;
};

void TestGuiThread::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guithread"));
    core::Workspace::setAccessObserver(&observeAccess);
}

void TestGuiThread::cleanupTestCase()
{
    core::Workspace::setAccessObserver(nullptr);
}

void TestGuiThread::theCheckCatchesGuiThreadAccess()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    {
        Armed armed;
        QTest::ignoreMessage(QtWarningMsg, "database access on the GUI thread");
        core::ProspectStore::count(*ws); // on the GUI thread: counted
        QCOMPARE(g_guiAccesses.load(), 1);
        // The same on a runner's worker: not counted.
        ui::AsyncRunner runner(ws);
        QObject context;
        QSignalSpy idle(&runner, &ui::AsyncRunner::idle);
        runner.run(
            &context, QStringLiteral("count"), [](core::Workspace& w) { return core::ProspectStore::count(w); },
            [](qint64) {});
        QVERIFY(idle.wait(10000));
        QCOMPARE(g_guiAccesses.load(), 1);
    }
    ws->releaseThreadConnection();
}

void TestGuiThread::consoleNeverTouchesTheDatabaseOnTheGuiThread()
{
    std::weak_ptr<core::Workspace> firstWorkspace;
    {
        Armed armed;
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
        window.openWorkspace(m_dir.file(QStringLiteral("a.greendoor")), ui::MainWindow::OpenKind::Demo);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        firstWorkspace = window.runtime()->workspace();

        // Agents tab: the live table, the log, the selected agent's history; the filters.
        QAbstractItemModelTester agents(window.agentModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester log(
            window.messageLog()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tasks(
            window.detailPane()->taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(window.messageLog()->model()->rowCount() >= 6, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->taskModel()->rowCount() > 0, 15000);
        window.agentView()->selectRow(2);
        QTRY_COMPARE(window.detailPane()->agentName(), window.agentModel()->statusAt(2)->name);
        ui::MessageLogWidget* messages = window.messageLog();
        messages->typeBox()->setCurrentIndex(messages->typeBox()->findData(int(core::MessageType::TaskAssignment)));
        QTRY_VERIFY(messages->model()->rowCount() > 0);
        messages->typeBox()->setCurrentIndex(0);

        // The pause switch (the coordinator stores it in its own thread).
        auto* pause = window.findChild<QToolButton*>(QStringLiteral("pauseAllButton"));
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY(window.runtime()->coordinator()->isAutonomyPaused());
        QTest::mouseClick(pause, Qt::LeftButton);
        QTRY_VERIFY(!window.runtime()->coordinator()->isAutonomyPaused());

        // Prospects: count, pages, a filter.
        window.tabs()->setCurrentWidget(window.prospectsView());
        ui::ProspectTableModel* prospects = window.prospectsView()->model();
        QAbstractItemModelTester prospectTester(prospects, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(prospects->rowCount() > 0, 15000);
        QTRY_VERIFY(prospects->index(0, 0).data(ui::ProspectTableModel::LoadedRole).toBool());
        window.prospectsView()->minScoreBox()->setValue(1);
        QTRY_VERIFY(!prospects->isCounting());

        // Approvals: read, approve, reject, edit then approve, undo and mark wrong.
        ui::ApprovalQueueView* queue = window.approvalsView();
        QAbstractItemModelTester queueTester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.tabs()->setCurrentWidget(queue);
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->rowCount() >= 3, 15000);
        QSignalSpy answered(queue, &ui::ApprovalQueueView::answered);
        queue->selectIds({ queue->model()->itemAt(0)->id });
        queue->approveSelected();
        QVERIFY(queue->isBusy());
        QVERIFY(answered.wait(15000));
        QCOMPARE(answered.last().at(0).toInt(), 1);
        QTRY_VERIFY(queue->model()->rowCount() >= 2);
        queue->selectIds({ queue->model()->itemAt(0)->id });
        queue->rejectSelected(QStringLiteral("not now"));
        QVERIFY(answered.wait(15000));
        QTRY_VERIFY(queue->model()->rowCount() >= 1);
        const core::ApprovalItem item = *queue->model()->itemAt(0);
        queue->selectIds({ item.id });
        QJsonObject edited = item.action;
        edited.insert(QStringLiteral("subject"), QStringLiteral("Edited"));
        queue->editSelected(edited);
        QVERIFY(answered.wait(15000));
        auto* status = queue->findChild<QComboBox*>(QStringLiteral("approvalStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("approved")));
        QTRY_VERIFY(queue->model()->rowCount() >= 1);
        queue->selectIds({ queue->model()->itemAt(0)->id });
        queue->markSelectedWrong(QStringLiteral("too early"));
        QVERIFY(answered.wait(15000));
        status->setCurrentIndex(status->findData(QStringLiteral("pending")));

        // What was learned: read and reset.
        window.tabs()->setCurrentWidget(window.learnedView());
        ui::LearnedModel* learned = window.learnedView()->model();
        QAbstractItemModelTester learnedTester(learned, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(learned->rowCount(), static_cast<int>(core::decisionTypes().size()));
        QSignalSpy reset(window.learnedView(), &ui::LearnedView::resetFinished);
        window.learnedView()->resetType(QStringLiteral("email.first_touch"), false);
        QVERIFY(reset.wait(15000));
        QVERIFY(reset.at(0).at(1).toBool());

        // Campaigns: the list, a campaign's figures and contacts, start and pause.
        ui::CampaignsView* campaigns = window.campaignsView();
        QAbstractItemModelTester campaignTester(
            campaigns->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.tabs()->setCurrentWidget(campaigns);
        QTRY_VERIFY_WITH_TIMEOUT(campaigns->model()->rowCount() >= 1, 15000);
        campaigns->selectCampaign(QStringLiteral("demo-operations-q1"));
        QTRY_COMPARE(campaigns->detailName(), QStringLiteral("demo-operations-q1"));
        QSignalSpy campaignDone(campaigns, &ui::CampaignsView::finished);
        campaigns->startSelected();
        QVERIFY(campaignDone.wait(15000));
        QTRY_VERIFY(!campaigns->findChild<QPushButton*>(QStringLiteral("campaignStart"))->isEnabled());
        campaigns->pauseSelected();
        QVERIFY(campaignDone.wait(15000));
        QVERIFY(campaignDone.last().at(1).toBool());

        // The audit trail: read, filter, verify, export.
        window.tabs()->setCurrentWidget(window.auditView());
        ui::AuditModel* audit = window.auditView()->model();
        QAbstractItemModelTester auditTester(audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(audit->rowCount() >= 5);
        QSignalSpy verified(window.auditView(), &ui::AuditView::verified);
        window.auditView()->verify();
        QVERIFY(verified.wait(15000));
        QVERIFY(verified.at(0).at(0).toBool());
        QSignalSpy exported(window.auditView(), &ui::AuditView::exported);
        window.auditView()->exportTo(m_dir.file(QStringLiteral("audit.json")), false);
        QVERIFY(exported.wait(15000));
        QCOMPARE(exported.at(0).at(1).toString(), QString());
        window.auditView()->searchField()->setText(QStringLiteral("approved"));
        QTRY_VERIFY(audit->rowCount() >= 1);

        // Settings: the authority matrix, read before the dialog opens, saved in the background.
        QSignalSpy matrixOpened(&window, &ui::MainWindow::matrixDialogOpened);
        window.openMatrixDialog();
        QVERIFY(matrixOpened.wait(15000));
        auto* matrix = qobject_cast<ui::MatrixDialog*>(matrixOpened.at(0).at(0).value<QDialog*>());
        QVERIFY(matrix);
        auto* mode = qobject_cast<QComboBox*>(matrix->table()->cellWidget(1, 2));
        mode->setCurrentIndex(mode->findData(QStringLiteral("review_all")));
        QSignalSpy matrixSaved(matrix, &ui::MatrixDialog::saveFinished);
        matrix->save();
        QVERIFY(matrixSaved.wait(15000));
        QCOMPARE(matrixSaved.at(0).at(0).toString(), QString());
        matrix->reject();

        // The ideal customer profile: read, then saved.
        auto* icp = qobject_cast<ui::IcpDialog*>(window.openIcpDialog());
        QVERIFY(icp);
        QSignalSpy icpLoaded(icp, &ui::IcpDialog::currentLoaded);
        QVERIFY(icpLoaded.wait(15000));
        icp->showForm(core::Icp());
        icp->field(QStringLiteral("industries"))->setText(QStringLiteral("Logistics"));
        QSignalSpy icpSaved(icp, &ui::IcpDialog::saved);
        icp->save();
        QVERIFY(icpSaved.wait(15000));
        QVERIFY(icpSaved.at(0).at(0).toInt() >= 1);

        // Import: preview, import, save the rejects.
        auto* import = qobject_cast<ui::ImportDialog*>(window.openImportDialog());
        QVERIFY(import);
        QSignalSpy preview(import, &ui::ImportDialog::previewReady);
        import->setFile(fixture(QStringLiteral("hubspot.csv")));
        QVERIFY(preview.wait(15000));
        QSignalSpy imported(import, &ui::ImportDialog::importFinished);
        import->startImport();
        QVERIFY(imported.wait(15000));
        QVERIFY(import->report().ok());
        QSignalSpy rejects(import, &ui::ImportDialog::rejectsSaved);
        import->saveRejects(m_dir.file(QStringLiteral("rejects.csv")));
        QVERIFY(rejects.wait(15000));

        // Switching workspace (an open dialog and all) stops and waits for the old one's jobs:
        // nothing keeps the first workspace alive afterwards.
        opened.clear();
        window.openWorkspace(m_dir.file(QStringLiteral("b.greendoor")), ui::MainWindow::OpenKind::Demo);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        QVERIFY(firstWorkspace.expired());
        QTRY_VERIFY_WITH_TIMEOUT(window.pendingApprovals() >= 1, 15000);
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 15000);
        QVERIFY(!window.runtime());
        QVERIFY(!window.jobs());
    }
    QCOMPARE(g_guiAccesses.load(), 0);
}

QTEST_MAIN(TestGuiThread)
#include "tst_guithread.moc"
