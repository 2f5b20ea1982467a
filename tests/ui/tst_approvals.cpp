#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/runtime/Runtime.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/ApprovalQueueView.h"
#include "ui/AsyncRunner.h"
#include "ui/AuditModel.h"
#include "ui/AuditView.h"
#include "ui/LearnedModel.h"
#include "ui/LearnedView.h"
#include "ui/MainWindow.h"
#include "ui/MatrixDialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace gd;

class TestApprovals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void approveRejectEditThroughTheView();
    void keyboardAndBulkAnswers();
    void learnedAndAuditViews();
    void matrixDialogChangesAreAudited();
    void overridesFromTheView();

private:
    void open(ui::MainWindow& window, const QString& name);
    QString propose(ui::MainWindow& window, const QString& email, const QString& subject);
    void shot(QWidget* widget, const QString& name);
    test::TempDir m_dir;
};

void TestApprovals::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
}

void TestApprovals::open(ui::MainWindow& window, const QString& name)
{
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
    window.openWorkspace(m_dir.file(name), ui::MainWindow::OpenKind::Demo);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    // The Outreach agent drafts first touches on its first run; they wait for approval.
    QTRY_VERIFY_WITH_TIMEOUT(window.pendingApprovals() >= 3, 15000);
}

QString TestApprovals::propose(ui::MainWindow& window, const QString& email, const QString& subject)
{
    core::Proposal p;
    p.type = QStringLiteral("email.follow_up");
    p.agent = QStringLiteral("outreach");
    p.target = email;
    p.action = QJsonObject { { QStringLiteral("to"), email }, { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), QStringLiteral("Hello again") } };
    p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
    p.reasoning = QStringLiteral("test follow-up");
    const core::ProposeResult r = window.runtime()->decisions()->propose(p);
    window.runtime()->workspace()->releaseThreadConnection();
    return r.approvalId;
}

void TestApprovals::shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GREENDOOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

void TestApprovals::approveRejectEditThroughTheView()
{
    ui::MainWindow window;
    open(window, QStringLiteral("a.greendoor"));
    ui::ApprovalQueueView* queue = window.approvalsView();
    QAbstractItemModelTester tester(queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.tabs()->setCurrentWidget(queue);
    QTRY_VERIFY(queue->model()->rowCount() >= 3);
    QVERIFY(window.tabs()
                ->tabText(window.tabs()->indexOf(window.approvalsView()))
                .startsWith(QStringLiteral("Approvals (")));

    // The emails of the queue (the Deal agent may have queued a stage move among them).
    auto firstEmail = [queue]() -> const core::ApprovalItem* {
        for (int row = 0; row < queue->model()->rowCount(); ++row) {
            const core::ApprovalItem* item = queue->model()->itemAt(row);
            if (item && item->action.contains(QStringLiteral("body")))
                return item;
        }
        return nullptr;
    };
    QTRY_VERIFY(firstEmail());
    // The detail pane shows why it waits, the risk breakdown and the email in full.
    const QString first = firstEmail()->id;
    queue->selectIds({ first });
    auto* risk = queue->findChild<QTextBrowser*>(QStringLiteral("approvalRisk"));
    auto* action = queue->findChild<QPlainTextEdit*>(QStringLiteral("approvalAction"));
    QVERIFY(risk->toPlainText().contains(QStringLiteral("Relationship")));
    QVERIFY(risk->toPlainText().contains(QStringLiteral("nothing learned")));
    QVERIFY(action->toPlainText().startsWith(QStringLiteral("To: ")));
    QVERIFY(action->toPlainText().contains(QStringLiteral("Subject: ")));
    shot(&window, QStringLiteral("approvals.png"));

    // Approve: executed exactly once, as the .eml in the outgoing folder.
    QSignalSpy answered(queue, &ui::ApprovalQueueView::answered);
    queue->approveSelected();
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).toInt(), 1);
    const QString outgoing = core::Executor::outgoingDir(*window.runtime()->workspace());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(QDir(outgoing).filePath(first + QStringLiteral(".eml"))), 10000);
    QTRY_VERIFY(queue->model()->rowOf(first) < 0);

    // Reject with a reason: recorded, sticky, the agent told.
    QTRY_VERIFY(firstEmail());
    const QString second = firstEmail()->id;
    const QString secondTarget = firstEmail()->target;
    queue->selectIds({ second });
    answered.clear();
    queue->rejectSelected(QStringLiteral("not our persona"));
    QTRY_COMPARE(answered.count(), 1);
    auto& ws = *window.runtime()->workspace();
    QTRY_COMPARE(
        test::scalar(ws, QStringLiteral("SELECT reason FROM rejections WHERE target = ?"), { secondTarget }).toString(),
        QStringLiteral("not our persona"));
    QTRY_VERIFY_WITH_TIMEOUT(test::scalar(ws,
                                 QStringLiteral("SELECT count(*) FROM messages WHERE receiver = 'outreach' AND "
                                                "type = 'performance_feedback' AND content LIKE '%not our persona%'"))
                                 .toInt()
            == 1,
        20000); // the bus writes in rounds; a loaded machine may take a while

    // Edit then approve: a new approval bound to the edited action; the old one superseded.
    QTRY_VERIFY(queue->model()->rowOf(second) < 0 && queue->model()->rowCount() >= 1);
    QTRY_VERIFY(firstEmail());
    const core::ApprovalItem third = *firstEmail();
    queue->selectIds({ third.id });
    QJsonObject edited = third.action;
    edited.insert(QStringLiteral("subject"), QStringLiteral("A better subject"));
    answered.clear();
    queue->editSelected(edited);
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(test::scalar(ws, QStringLiteral("SELECT status FROM approvals WHERE id = ?"), { third.id }).toString(),
        QStringLiteral("superseded"));
    const QString editedId
        = test::scalar(ws, QStringLiteral("SELECT id FROM approvals WHERE edited_from = ?"), { third.id }).toString();
    QVERIFY(!editedId.isEmpty());
    QCOMPARE(
        test::scalar(ws, QStringLiteral("SELECT action_hash FROM approvals WHERE id = ?"), { editedId }).toString(),
        core::hashAction(third.type, third.target, edited));
    const QString editedFile = QDir(outgoing).filePath(editedId + QStringLiteral(".eml"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(editedFile), 10000);
    QFile file(editedFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Subject: A better subject"));
    QVERIFY(!QFile::exists(QDir(outgoing).filePath(third.id + QStringLiteral(".eml"))));
    ws.releaseThreadConnection();
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestApprovals::keyboardAndBulkAnswers()
{
    ui::MainWindow window;
    open(window, QStringLiteral("b.greendoor"));
    ui::ApprovalQueueView* queue = window.approvalsView();
    window.tabs()->setCurrentWidget(queue);
    const QString a = propose(window, QStringLiteral("anna.becker@northwindanalytics.example"), QStringLiteral("A"));
    const QString b = propose(window, QStringLiteral("ben.novak@blueharborfreight.example"), QStringLiteral("B"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QTRY_VERIFY(queue->model()->rowOf(a) >= 0 && queue->model()->rowOf(b) >= 0);

    // Ctrl+Enter approves the selection.
    queue->selectIds({ a });
    queue->view()->setFocus();
    QSignalSpy answered(queue, &ui::ApprovalQueueView::answered);
    QTest::keyClick(queue->view(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(answered.count(), 1);
    auto& ws = *window.runtime()->workspace();
    QCOMPARE(test::scalar(ws, QStringLiteral("SELECT status FROM approvals WHERE id = ?"), { a }).toString(),
        QStringLiteral("approved"));

    // Bulk: everything still pending, rejected at once.
    QTRY_VERIFY(queue->model()->rowOf(a) < 0);
    QStringList all;
    for (int row = 0; row < queue->model()->rowCount(); ++row)
        all << queue->model()->itemAt(row)->id;
    QVERIFY(all.size() >= 2);
    queue->selectIds(all);
    QCOMPARE(queue->selectedIds().size(), all.size());
    answered.clear();
    queue->rejectSelected(QStringLiteral("bulk: not now"));
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).toInt(), all.size());
    QTRY_COMPARE(window.pendingApprovals(), 0);
    QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(window.approvalsView())), QStringLiteral("Approvals"));
    ws.releaseThreadConnection();
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestApprovals::learnedAndAuditViews()
{
    ui::MainWindow window;
    open(window, QStringLiteral("c.greendoor"));
    ui::ApprovalQueueView* queue = window.approvalsView();
    window.tabs()->setCurrentWidget(queue);
    QTRY_VERIFY(queue->model()->rowCount() >= 1);
    queue->selectIds({ queue->model()->itemAt(0)->id });
    QSignalSpy answered(queue, &ui::ApprovalQueueView::answered);
    queue->approveSelected();
    QTRY_COMPARE(answered.count(), 1);

    window.tabs()->setCurrentWidget(window.learnedView());
    ui::LearnedModel* learned = window.learnedView()->model();
    QAbstractItemModelTester tester(learned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE(learned->rowCount(), static_cast<int>(core::decisionTypes().size()));
    QTRY_VERIFY(learned->index(0, ui::LearnedModel::ExamplesColumn).data().toInt() >= 1);
    QVERIFY(
        learned->index(0, ui::LearnedModel::LastChangeColumn).data().toString().contains(QStringLiteral("approved")));
    shot(&window, QStringLiteral("learned.png"));
    window.learnedView()->resetType(QStringLiteral("email.first_touch"), false);
    QTRY_VERIFY(
        learned->index(0, ui::LearnedModel::LastChangeColumn).data().toString().contains(QStringLiteral("reset")));

    window.tabs()->setCurrentWidget(window.auditView());
    ui::AuditModel* audit = window.auditView()->model();
    QAbstractItemModelTester auditTester(audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(audit->rowCount() >= 5);
    QSignalSpy verified(window.auditView(), &ui::AuditView::verified);
    window.auditView()->verify();
    QTRY_COMPARE(verified.count(), 1);
    QVERIFY(verified.at(0).at(0).toBool());
    shot(&window, QStringLiteral("audit.png"));
    QSignalSpy exported(window.auditView(), &ui::AuditView::exported);
    const QString csv = m_dir.file(QStringLiteral("audit.csv"));
    window.auditView()->exportTo(csv, true);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.at(0).at(1).toString(), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("seq,at,actor,event"));
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestApprovals::matrixDialogChangesAreAudited()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    ui::AsyncRunner runner(ws);
    ui::MatrixDialog dialog(&runner, core::AuthorityMatrix::load(*ws));
    QSignalSpy saved(&dialog, &ui::MatrixDialog::saveFinished);
    QTableWidget* table = dialog.table();
    QCOMPARE(table->rowCount(), static_cast<int>(core::decisionTypes().size()));
    QList<core::AuthorityRule> rules = dialog.editedRules();
    QCOMPARE(rules.at(0).type, QStringLiteral("email.first_touch"));
    // Change the first rule's mode to review all through its editor.
    auto* mode = qobject_cast<QComboBox*>(table->cellWidget(0, 2));
    QVERIFY(mode);
    mode->setCurrentIndex(mode->findData(QStringLiteral("review_all")));
    // The save runs in the background; the dialog shows it is busy until the answer is back.
    dialog.save();
    QVERIFY(dialog.isSaving());
    QVERIFY(!table->isEnabled());
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.at(0).at(0).toString(), QString());
    QVERIFY(!dialog.isSaving());
    QVERIFY(table->isEnabled());
    QCOMPARE(core::AuthorityMatrix::load(*ws).ruleFor(QStringLiteral("email.first_touch")).mode,
        core::AutonomyMode::ReviewAll);
    core::AuditFilter f;
    f.event = QStringLiteral("matrix_changed");
    const QList<core::AuditEntry> changes = core::AuditLog::query(*ws, f);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().details.value(QStringLiteral("after")).toObject().value(QStringLiteral("mode")).toString(),
        QStringLiteral("review_all"));
    QVERIFY(core::AuditLog::verify(*ws).ok);
    // Saving again without changes records nothing.
    dialog.save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.at(1).at(0).toString(), QString());
    QCOMPARE(core::AuditLog::query(*ws, f).size(), 1);
}

void TestApprovals::overridesFromTheView()
{
    ui::MainWindow window;
    open(window, QStringLiteral("d.greendoor"));
    auto& ws = *window.runtime()->workspace();
    // An enrolment the agent may carry out alone (level low, autopilot in the shipped matrix).
    core::Proposal p;
    p.type = QStringLiteral("sequence.enrol");
    p.agent = QStringLiteral("outreach");
    p.target = QStringLiteral("anna.becker@northwindanalytics.example");
    p.action = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("nurture") } };
    p.inputs = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("nurture") },
        { QStringLiteral("lawful_basis"), QStringLiteral("consent") } };
    const core::ProposeResult r = window.runtime()->decisions()->propose(p);
    QCOMPARE(r.outcome, core::DecisionOutcome::Act);
    QTRY_COMPARE(
        test::scalar(ws, QStringLiteral("SELECT status FROM enrolments WHERE sequence = 'nurture'")).toString(),
        QStringLiteral("active"));

    ui::ApprovalQueueView* queue = window.approvalsView();
    window.tabs()->setCurrentWidget(queue);
    auto* filter = queue->findChild<QComboBox*>(QStringLiteral("approvalStatusFilter"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("autonomous")));
    QTRY_VERIFY(queue->model()->rowOf(r.decisionId) >= 0);
    queue->selectIds({ r.decisionId });
    QVERIFY(queue->undoAction()->isEnabled());
    QVERIFY(!queue->approveAction()->isEnabled());
    QSignalSpy answered(queue, &ui::ApprovalQueueView::answered);
    queue->undoSelected();
    QTRY_COMPARE(answered.count(), 1);
    QCOMPARE(answered.at(0).at(0).toInt(), 1);
    QCOMPARE(test::scalar(ws, QStringLiteral("SELECT status FROM enrolments WHERE sequence = 'nurture'")).toString(),
        QStringLiteral("stopped"));
    queue->selectIds({ r.decisionId });
    queue->markSelectedWrong(QStringLiteral("not a fit for nurture"));
    QTRY_COMPARE(answered.count(), 2);
    QCOMPARE(
        test::scalar(ws, QStringLiteral("SELECT count(*) FROM learning_events WHERE label = 'override'")).toInt(), 2);
    QCOMPARE(test::scalar(ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event IN ('undone', 'overridden')"))
                 .toInt(),
        2);
    ws.releaseThreadConnection();
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

QTEST_MAIN(TestApprovals)
#include "tst_approvals.moc"
