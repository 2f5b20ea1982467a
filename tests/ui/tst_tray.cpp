// The tray: what it announces and when (TrayNotifier: the pending count, each new escalation
// once, a goal falling behind once per change, nothing while switched off), the switch
// remembered across starts, a clean absence under the offscreen platform (no system tray), goal
// checks read off the GUI thread, and a click opening the console on its Approvals tab.
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
#include "support/TestSupport.h"
#include "ui/ApprovalQueueView.h"
#include "ui/AsyncRunner.h"
#include "ui/MainWindow.h"
#include "ui/TrayIcon.h"
#include "ui/TrayNotifier.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTest>

using namespace gd;
using Notifier = ui::TrayNotifier;

class TestTray final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tray"));
    }

    void pendingCount()
    {
        Notifier n;
        QVERIFY(n.setPendingApprovals(0));
        QVERIFY(!n.setPendingApprovals(0));
        QVERIFY(n.setPendingApprovals(3));
        QCOMPARE(n.pendingApprovals(), 3);
        QVERIFY(n.toolTip().contains(QLatin1String("3")));
        QVERIFY(!n.setPendingApprovals(3));
    }

    void eachEscalationOnce()
    {
        Notifier n;
        const auto first = n.escalation(QStringLiteral("m1"), QStringLiteral("Deal agent: discount above the cap"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().kind, Notifier::Kind::Escalation);
        QCOMPARE(first.first().text, QStringLiteral("Deal agent: discount above the cap"));
        QVERIFY(n.escalation(QStringLiteral("m1"), QStringLiteral("again")).isEmpty()); // delivered twice: once
        QCOMPARE(n.escalation(QStringLiteral("m2"), QStringLiteral("another")).size(), 1);
        n.setEnabled(false);
        QVERIFY(n.escalation(QStringLiteral("m3"), QStringLiteral("while off")).isEmpty());
        n.setEnabled(true);
        QVERIFY(n.escalation(QStringLiteral("m3"), QStringLiteral("while off")).isEmpty()); // no replay
        QCOMPARE(n.escalation(QStringLiteral("m4"), QStringLiteral("new")).size(), 1);
    }

    void goalBehindOncePerChange()
    {
        Notifier n;
        const Notifier::GoalState behind { 1, QStringLiteral("15 meetings by 31 Jan"),
            QStringLiteral("2 of 15; at this pace 6 (behind)"), true };
        Notifier::GoalState onTrack = behind;
        onTrack.behind = false;
        const auto first = n.goals({ behind });
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().kind, Notifier::Kind::GoalBehind);
        QVERIFY(first.first().text.contains(QLatin1String("15 meetings by 31 Jan")));
        QVERIFY(first.first().text.contains(QLatin1String("(behind)")));
        QVERIFY(n.goals({ behind }).isEmpty()); // still behind: no news
        QVERIFY(n.goals({ behind }).isEmpty());
        QVERIFY(n.goals({ onTrack }).isEmpty()); // back on track: nothing to say
        QCOMPARE(n.goals({ behind }).size(), 1); // behind again: news again
        // A second goal falls behind: only it is announced.
        Notifier::GoalState other { 2, QStringLiteral("EUR 50,000 pipeline"), QString(), true };
        const auto second = n.goals({ behind, other });
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().text, QStringLiteral("EUR 50,000 pipeline"));
        // Switched off: changes are followed silently, and switching on does not replay them.
        n.setEnabled(false);
        QVERIFY(n.goals({ onTrack, other }).isEmpty());
        QVERIFY(n.goals({ behind, other }).isEmpty());
        n.setEnabled(true);
        QVERIFY(n.goals({ behind, other }).isEmpty());
        // A removed goal is forgotten.
        QVERIFY(n.goals({ other }).isEmpty());
        QCOMPARE(n.goals({ behind, other }).size(), 1);
    }

    void noTrayOffscreenAndTheSwitchIsRemembered()
    {
        QSettings().remove(ui::TrayIcon::settingsKey());
        {
            ui::TrayIcon tray;
            QCOMPARE(tray.isShown(), QSystemTrayIcon::isSystemTrayAvailable());
            if (QGuiApplication::platformName() == QLatin1String("offscreen"))
                QVERIFY(!tray.isShown()); // no icon, no crash
            QVERIFY(tray.notificationsEnabled()); // on by default
            QVERIFY(tray.notificationsAction()->isChecked());
            QSignalSpy notified(&tray, &ui::TrayIcon::notified);
            tray.setPendingApprovals(4);
            QCOMPARE(tray.notifier().pendingApprovals(), 4);
            tray.escalation(QStringLiteral("e1"), QStringLiteral("Outreach: reply needs a person"));
            tray.escalation(QStringLiteral("e1"), QStringLiteral("Outreach: reply needs a person"));
            QCOMPARE(notified.size(), 1);
            QCOMPARE(notified.first().at(1).toString(), QStringLiteral("Outreach: reply needs a person"));
            tray.notificationsAction()->trigger(); // the menu switch turns them off ...
            QVERIFY(!tray.notificationsEnabled());
            tray.escalation(QStringLiteral("e2"), QStringLiteral("quiet"));
            QCOMPARE(notified.size(), 1);
        }
        QCOMPARE(QSettings().value(ui::TrayIcon::settingsKey()).toBool(), false); // ... and it is remembered
        {
            ui::TrayIcon tray;
            QVERIFY(!tray.notificationsEnabled());
            QVERIFY(!tray.notificationsAction()->isChecked());
            tray.setNotificationsEnabled(true);
            QVERIFY(tray.notificationsAction()->isChecked());
        }
        QCOMPARE(QSettings().value(ui::TrayIcon::settingsKey()).toBool(), true);
    }

    void goalChecksFromTheWorkspace()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        // Nothing booked yet against a big target: behind from day one.
        const core::Goal goal
            = core::GoalParser::parse(QStringLiteral("Book 40 meetings in 3 weeks"), QDate::currentDate());
        QVERIFY(!goal.ambiguous);
        QString error;
        QVERIFY2(core::GoalStore(*ws).add(goal, &error), qPrintable(error));
        ui::AsyncRunner runner(ws);
        ui::TrayIcon tray;
        tray.setNotificationsEnabled(true);
        QSignalSpy checked(&tray, &ui::TrayIcon::goalsChecked);
        QSignalSpy notified(&tray, &ui::TrayIcon::notified);
        tray.setRunner(&runner); // checks at once
        QVERIFY(checked.wait(10000));
        QCOMPARE(notified.size(), 1);
        QVERIFY(notified.first().at(1).toString().contains(QLatin1String("40")));
        tray.checkGoals();
        QVERIFY(checked.wait(10000));
        QCOMPARE(notified.size(), 1); // once per change
        tray.setRunner(nullptr);
        runner.stop();
        runner.wait();
    }

    void clickingOpensTheApprovalsTab()
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.trayIcon());
        QCOMPARE(window.tabs()->currentIndex(), 0); // the dashboard first
        Q_EMIT window.trayIcon()->openApprovalsRequested();
        QCOMPARE(window.tabs()->currentWidget(), window.approvalsView());
        // The switch is in the Settings menu.
        bool found = false;
        for (QAction* menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(window.trayIcon()->notificationsAction()))
                found = true;
        }
        QVERIFY(found);
    }

private:
    test::TempDir m_dir;
};

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
