#include "core/runtime/Runtime.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/AgentDetailPane.h"
#include "ui/AgentTableModel.h"
#include "ui/MainWindow.h"
#include "ui/MessageLogModel.h"
#include "ui/MessageLogWidget.h"
#include "ui/TaskListModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace gd;

namespace {

bool allAgentsLive(const ui::AgentTableModel* model, qint64 maxAgeMs = 2000)
{
    if (model->rowCount() != 6)
        return false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const core::AgentStatus* s = model->statusAt(row);
        if (s->state == core::AgentState::Stopped || s->state == core::AgentState::Failed || s->heartbeatAgeMs < 0
            || s->heartbeatAgeMs > maxAgeMs)
            return false;
    }
    return true;
}

bool allAgentsIn(const ui::AgentTableModel* model, core::AgentState state)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->statusAt(row)->state != state)
            return false;
    }
    return model->rowCount() > 0;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDemoWorkspaceWithSixLiveAgents();
    void pauseAllAutonomyToggle();
    void pauseOneAgentFromDetailPane();
    void filtersTheMessageLog();
    void refusesABrokenFileWithAMessage();
    void remembersRecentWorkspacesAndLayout();

private:
    void openDemo(ui::MainWindow& window);
    test::TempDir m_dir;
    QString m_demoPath;
};

void TestMainWindow::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    m_demoPath = m_dir.file(QStringLiteral("demo.greendoor"));
}

void TestMainWindow::openDemo(ui::MainWindow& window)
{
    QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
    window.openWorkspace(m_demoPath, ui::MainWindow::OpenKind::Demo);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(allAgentsLive(window.agentModel()), 10000);
}

void TestMainWindow::opensDemoWorkspaceWithSixLiveAgents()
{
    ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openDemo(window);
    QCOMPARE(window.workspacePath(), QFileInfo(m_demoPath).absoluteFilePath());
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));

    // Live: heartbeats keep arriving.
    QList<qint64> firstBeats;
    for (int row = 0; row < 6; ++row)
        firstBeats << window.agentModel()->statusAt(row)->lastHeartbeatMs;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < 6; ++row) {
                if (window.agentModel()->statusAt(row)->lastHeartbeatMs <= firstBeats.at(row))
                    return false;
            }
            return true;
        }(),
        5000);

    // The agents do their scheduled work; it shows in the log and in the detail pane.
    QTRY_VERIFY_WITH_TIMEOUT(window.messageLog()->model()->rowCount() >= 6, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.agentModel()->statusAt(0)->handled > 0, 10000);
    QCOMPARE(window.detailPane()->agentName(), QStringLiteral("research"));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->taskModel()->rowCount() > 0, 10000);
    QCOMPARE(window.detailPane()->taskModel()->index(0, ui::TaskListModel::StatusColumn).data().toString(),
        QStringLiteral("Done"));

    const QString shots = qEnvironmentVariable("GREENDOOR_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(QDir(shots).filePath(QStringLiteral("mainwindow.png"))));
    }

    QSignalSpy destroyed(window.runtime(), &QObject::destroyed);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QTRY_COMPARE(destroyed.count(), 1);
}

void TestMainWindow::pauseAllAutonomyToggle()
{
    ui::MainWindow window;
    window.show();
    openDemo(window);
    auto* button = window.findChild<QToolButton*>(QStringLiteral("pauseAllButton"));
    QVERIFY(button);
    QVERIFY(!window.pauseAllAction()->isChecked());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(window.pauseAllAction()->isChecked());
    QTRY_VERIFY(window.runtime()->coordinator()->isAutonomyPaused());
    QTRY_VERIFY(allAgentsIn(window.agentModel(), core::AgentState::Paused));
    QCOMPARE(window.runtime()->workspace()->meta(QStringLiteral("autonomy_paused")), QStringLiteral("1"));
    QVERIFY(window.pauseAllAction()->text() != QStringLiteral("Pause all autonomy"));
    // Keyboard shortcut turns it back on.
    QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(!window.runtime()->coordinator()->isAutonomyPaused());
    QTRY_VERIFY(allAgentsLive(window.agentModel()));
    QCOMPARE(window.pauseAllAction()->text(), QStringLiteral("Pause all autonomy"));
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestMainWindow::pauseOneAgentFromDetailPane()
{
    ui::MainWindow window;
    window.show();
    openDemo(window);
    window.agentView()->selectRow(3);
    QTRY_COMPARE(window.detailPane()->agentName(), window.agentModel()->statusAt(3)->name);
    const QString agent = window.detailPane()->agentName();
    QPushButton* pause = window.detailPane()->pauseButton();
    QVERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(window.agentModel()->statusAt(window.agentModel()->rowOf(agent))->state, core::AgentState::Paused);
    QTRY_COMPARE(pause->text(), QStringLiteral("Resume agent"));
    // Only that one.
    QCOMPARE(window.agentModel()->statusAt(0)->state == core::AgentState::Paused, false);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_VERIFY(window.agentModel()->statusAt(window.agentModel()->rowOf(agent))->state != core::AgentState::Paused);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestMainWindow::filtersTheMessageLog()
{
    ui::MainWindow window;
    window.show();
    openDemo(window);
    ui::MessageLogWidget* log = window.messageLog();
    QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() >= 6, 10000);
    const int all = log->model()->rowCount();

    log->typeBox()->setCurrentIndex(log->typeBox()->findData(int(core::MessageType::TaskAssignment)));
    QTRY_VERIFY(log->model()->rowCount() > 0 && log->model()->rowCount() < all);
    for (int row = 0; row < log->model()->rowCount(); ++row)
        QCOMPARE(log->model()->messageAt(row)->type, core::MessageType::TaskAssignment);

    log->typeBox()->setCurrentIndex(0);
    log->agentBox()->setCurrentIndex(log->agentBox()->findData(QStringLiteral("deal")));
    QTRY_VERIFY(log->model()->rowCount() > 0);
    QTRY_VERIFY([&] {
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            const core::Message* m = log->model()->messageAt(row);
            if (m->sender != QLatin1String("deal") && m->receiver != QLatin1String("deal"))
                return false;
        }
        return true;
    }());

    log->agentBox()->setCurrentIndex(0);
    QTest::keyClicks(log->searchField(), QStringLiteral("no-such-text-anywhere"));
    QTRY_COMPARE(log->model()->rowCount(), 0);
    log->searchField()->clear();
    QTRY_VERIFY(log->model()->rowCount() > 0);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestMainWindow::refusesABrokenFileWithAMessage()
{
    const QString path = m_dir.file(QStringLiteral("broken.greendoor"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a workspace\n");
    f.close();
    const QByteArray before = test::fileHash(path);
    ui::MainWindow window;
    window.show();
    QSignalSpy failed(&window, &ui::MainWindow::workspaceFailed);
    window.openWorkspace(path);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("not a GreenDoor workspace")));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!window.runtime());
    // The console stays usable: it can open something else right after.
    openDemo(window);
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

void TestMainWindow::remembersRecentWorkspacesAndLayout()
{
    {
        ui::MainWindow window;
        window.resize(1111, 777);
        window.show();
        openDemo(window);
        QCOMPARE(window.recentWorkspaces().value(0), QFileInfo(m_demoPath).absoluteFilePath());
        window.close();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    }
    QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    QCOMPARE(settings.value(QStringLiteral("workspaces/last")).toString(), QFileInfo(m_demoPath).absoluteFilePath());
    ui::MainWindow again;
    QCOMPARE(again.size(), QSize(1111, 777));
    QCOMPARE(again.recentWorkspaces().value(0), QFileInfo(m_demoPath).absoluteFilePath());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
