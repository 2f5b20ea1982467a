// The Conversations tab on the demo workspace: threads with their class, confidence and reasons,
// the timeline with the full text and the decisions, unread count in the tab title, reading marks
// read (in the workspace too), and a reply draft is reviewed in the approval queue.
#include "core/mail/ConversationStore.h"
#include "core/mail/MailSync.h"
#include "core/runtime/Runtime.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/ApprovalQueueView.h"
#include "ui/ConversationModel.h"
#include "ui/ConversationsView.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace gd;

class TestConversations final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
    }

    void modelStandsTheTester()
    {
        ui::ConversationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::Conversation a;
        a.id = 1;
        a.contact = QStringLiteral("a@x.test");
        a.replyClass = QStringLiteral("interested");
        a.unread = 2;
        core::Conversation b = a;
        b.id = 2;
        b.unread = 0;
        model.setConversations({ a, b });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unreadTotal(), 2);
        model.markRead(1);
        QCOMPARE(model.unreadTotal(), 0);
        model.setConversations({ b });
        QCOMPARE(model.rowCount(), 1);
        model.setConversations({});
        QCOMPARE(model.rowCount(), 0);
    }

    void demoConversationsReadAndAnswered()
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
        window.openWorkspace(m_dir.file(QStringLiteral("c.greendoor")), ui::MainWindow::OpenKind::Demo);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        ui::ConversationsView* view = window.conversationsView();
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTabWidget* tabs = window.tabs();
        const int index = tabs->indexOf(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 6, 10000);
        QTRY_COMPARE(tabs->tabText(index), QStringLiteral("Conversations (6)"));
        tabs->setCurrentWidget(view);

        // The interested reply: class, confidence and the sentences that decided it.
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(ui::ConversationModel::ClassRole).toString()
                == QLatin1String("interested"))
                row = r;
        }
        QVERIFY(row >= 0);
        QVERIFY(!view->model()->index(row, ui::ConversationModel::ReasonsColumn).data().toString().isEmpty());
        QVERIFY(view->model()->index(row, ui::ConversationModel::ConfidenceColumn).data().toDouble() > 0.5);
        const qint64 id = view->model()->index(row, 0).data(ui::ConversationModel::IdRole).toLongLong();
        QString draftApproval;
        // Anna writes again, now while the agents run: the reply is answered with proposals.
        {
            core::MailSync sync(window.runtime()->workspace(), window.runtime()->decisions());
            QString error;
            const core::MailSync::Item item = sync.ingest(
                "From: Anna Becker <anna.becker@northwindanalytics.example>\r\nTo: sam@greendoor-demo.invalid\r\n"
                "Subject: Re: A question about your pipeline\r\nMessage-ID: <anna-2@northwindanalytics.example>\r\n"
                "In-Reply-To: <reply-demo-1@greendoor-demo.invalid>\r\n\r\nSounds good. Could we set up a call next "
                "week to go through it?\r\n",
                core::MailSync::Source {}, &error);
            window.runtime()->workspace()->releaseThreadConnection();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(item.conversationId, id);
            QCOMPARE(item.replyClass, QStringLiteral("interested"));
            for (const QJsonValue& d : item.decisions) {
                if (d.toObject().value(QStringLiteral("type")).toString() == QLatin1String("email.reply"))
                    draftApproval = d.toObject().value(QStringLiteral("approval_id")).toString();
            }
            QVERIFY(!draftApproval.isEmpty());
        }
        view->refresh();
        QTRY_COMPARE(tabs->tabText(index), QStringLiteral("Conversations (7)"));
        QSignalSpy shown(view, &ui::ConversationsView::timelineShown);
        view->selectConversation(id);
        QTRY_COMPARE(shown.count(), 1);
        const QString text = view->timeline()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Sent to anna.becker@northwindanalytics.example")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("set up a call next week")));
        QVERIFY(text.contains(QLatin1String("meeting.book")));
        QVERIFY(text.contains(QLatin1String("email.reply")));
        // Read: the title counts two fewer, in the workspace too.
        QTRY_COMPARE(tabs->tabText(index), QStringLiteral("Conversations (5)"));
        QTRY_COMPARE(test::scalar(*window.runtime()->workspace(),
                         QStringLiteral("SELECT unread FROM conversations WHERE id = ?"), { id })
                         .toInt(),
            0);
        window.runtime()->workspace()->releaseThreadConnection();

        const QString dir = qEnvironmentVariable("GREENDOOR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(QDir(dir).filePath(QStringLiteral("conversations.png")));
        }

        // The reply draft goes through the approval queue.
        QVERIFY(view->reviewButton()->isEnabled());
        QTRY_VERIFY(window.approvalsView()->model()->rowOf(draftApproval) >= 0);
        view->reviewButton()->click();
        QCOMPARE(tabs->currentWidget(), window.approvalsView());
        QTRY_VERIFY(!window.approvalsView()->selectedIds().isEmpty());
        const QString approval = window.approvalsView()->selectedIds().first();
        QCOMPARE(approval, draftApproval);
        QCOMPARE(window.approvalsView()->model()->itemAt(window.approvalsView()->model()->rowOf(approval))->type,
            QStringLiteral("email.reply"));
    }
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
