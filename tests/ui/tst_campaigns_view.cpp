// The Campaigns tab on the demo workspace: the list, the selected campaign's figures per step
// and variant, its contacts with their reasons, and Start proposing the launch (it waits in the
// approval queue). Both models are checked by QAbstractItemModelTester. Set GREENDOOR_SHOT to a
// file name to keep a picture of the tab.
#include "core/runtime/Runtime.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/ApprovalQueueView.h"
#include "ui/CampaignsModel.h"
#include "ui/CampaignsView.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace gd;

class TestCampaignsView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void campaignsTabShowsFiguresContactsAndStarts();

private:
    test::TempDir m_dir;
};

void TestCampaignsView::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_campaigns_view"));
}

void TestCampaignsView::campaignsTabShowsFiguresContactsAndStarts()
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
    window.openWorkspace(m_dir.file(QStringLiteral("demo.greendoor")), ui::MainWindow::OpenKind::Demo);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);

    ui::CampaignsView* view = window.campaignsView();
    QAbstractItemModelTester list(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester contacts(view->contactsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.tabs()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 1, 15000);
    const QString name = QStringLiteral("demo-operations-q1");
    view->selectCampaign(name);
    QTRY_COMPARE_WITH_TIMEOUT(view->detailName(), name, 15000);
    const int row = view->model()->rowOf(name);
    QCOMPARE(view->model()->index(row, ui::CampaignsModel::StatusColumn).data().toString(), QStringLiteral("Paused"));
    QCOMPARE(view->model()->index(row, ui::CampaignsModel::EnrolledColumn).data().toInt(), 6);
    QCOMPARE(view->model()->index(row, ui::CampaignsModel::SentColumn).data().toInt(), 11);
    QCOMPARE(view->model()->index(row, ui::CampaignsModel::RepliedColumn).data().toInt(), 2);
    // Per step and variant; the bounced first touch is sent but not delivered.
    QTableWidget* figures = view->figuresTable();
    QVERIFY(figures->rowCount() >= 3);
    int sent = 0, delivered = 0, bounced = 0, replied = 0, positive = 0;
    for (int r = 0; r < figures->rowCount(); ++r) {
        sent += figures->item(r, 3)->text().toInt();
        delivered += figures->item(r, 4)->text().toInt();
        bounced += figures->item(r, 5)->text().toInt();
        replied += figures->item(r, 6)->text().toInt();
        positive += figures->item(r, 7)->text().toInt();
    }
    QCOMPARE(sent, 11);
    QCOMPARE(bounced, 1);
    QCOMPARE(delivered, 10);
    QCOMPARE(replied, 2);
    QCOMPARE(positive, 1);
    // The contacts with the reasons.
    QCOMPARE(view->contactsModel()->rowCount(), 6);
    QStringList reasons;
    for (int r = 0; r < view->contactsModel()->rowCount(); ++r)
        reasons << view->contactsModel()->index(r, ui::CampaignContactsModel::ReasonColumn).data().toString();
    QVERIFY(reasons.contains(QStringLiteral("ended: bounced")));
    QVERIFY(reasons.contains(QStringLiteral("waiting: the campaign is paused")));

    if (const QString shot = qEnvironmentVariable("GREENDOOR_SHOT"); !shot.isEmpty())
        QVERIFY(window.grab().save(shot));

    // Start: the launch waits in the approval queue.
    QSignalSpy finished(view, &ui::CampaignsView::finished);
    view->startSelected();
    QVERIFY(finished.wait(15000));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QVERIFY(view->message().contains(QStringLiteral("approval queue")));
    QTRY_COMPARE_WITH_TIMEOUT(
        view->model()->index(view->model()->rowOf(name), 0).data(ui::CampaignsModel::StatusRole).toString(),
        QStringLiteral("launching"), 15000);
    ui::ApprovalQueueView* queue = window.approvalsView();
    window.tabs()->setCurrentWidget(queue);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < queue->model()->rowCount(); ++r) {
                if (queue->model()->itemAt(r)->type == QLatin1String("campaign.launch"))
                    return true;
            }
            return false;
        }(),
        15000);

    // An email in the queue shows, per sentence, the fact it rests on and the stored value.
    QString email;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < queue->model()->rowCount(); ++r) {
                const core::ApprovalItem* item = queue->model()->itemAt(r);
                if (item->type == QLatin1String("email.first_touch")
                    && !item->action.value(QStringLiteral("sentences")).toArray().isEmpty()) {
                    email = item->id;
                    return true;
                }
            }
            return false;
        }(),
        30000);
    queue->selectIds({ email });
    auto* risk = queue->findChild<QTextBrowser*>(QStringLiteral("approvalRisk"));
    QVERIFY(risk);
    const QString text = risk->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("What each sentence rests on")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("prospect.first_name")));
    QVERIFY(text.contains(QStringLiteral("prospect.title")));
    QVERIFY(text.contains(QStringLiteral("no fact: about us / the ask")));
    if (const QString shot = qEnvironmentVariable("GREENDOOR_SHOT_APPROVAL"); !shot.isEmpty())
        QVERIFY(window.grab().save(shot));
}

QTEST_MAIN(TestCampaignsView)
#include "tst_campaigns_view.moc"
