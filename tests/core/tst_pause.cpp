#include "core/runtime/Runtime.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"
#include "support/TestAgents.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace gd;
using core::TaskStatus;

namespace {

TaskStatus statusOf(core::Workspace& ws, const QString& id)
{
    auto t = core::TaskStore::byId(ws, id);
    return t ? t->status : TaskStatus::Queued;
}

QList<core::AgentSpec> team()
{
    return { test::testSpec(QStringLiteral("a"), { QStringLiteral("echo") }),
        test::testSpec(QStringLiteral("b"), { QStringLiteral("work") }) };
}

core::AgentState stateOf(core::Coordinator* c, const QString& name)
{
    for (const core::AgentStatus& s : c->agentStatuses()) {
        if (s.name == name)
            return s.state;
    }
    return core::AgentState::Stopped;
}

} // namespace

class TestPause final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::Ledger::instance().reset(); }
    void pausedAgentTakesNoWork();
    void globalPauseHoldsEverythingAndPersists();
    void pauseFromAnotherProcessReachesRunningRuntime();
};

void TestPause::pausedAgentTakesNoWork()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(ws, team(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    runtime.coordinator()->setAgentPaused(QStringLiteral("a"), true);
    QTRY_COMPARE(stateOf(runtime.coordinator(), QStringLiteral("a")), core::AgentState::Paused);
    const QString held = runtime.coordinator()->submitTask(QStringLiteral("echo"), {});
    const QString other = runtime.coordinator()->submitTask(QStringLiteral("work"), {});
    QTRY_COMPARE(statusOf(*ws, other), TaskStatus::Done); // b is not paused
    QTest::qWait(300);
    QCOMPARE(statusOf(*ws, held), TaskStatus::Queued);
    QCOMPARE(test::Ledger::instance().taskCalls(held), 0);
    runtime.coordinator()->setAgentPaused(QStringLiteral("a"), false);
    QTRY_COMPARE(statusOf(*ws, held), TaskStatus::Done);
}

void TestPause::globalPauseHoldsEverythingAndPersists()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ws.greendoor"));
    QString a;
    QString b;
    {
        auto ws = test::createWorkspace(dir);
        core::Runtime runtime(ws, team(), test::fastOptions());
        QSignalSpy changed(runtime.coordinator(), &core::Coordinator::autonomyPausedChanged);
        runtime.start();
        QVERIFY(runtime.waitUntilStarted());
        runtime.coordinator()->setAutonomyPaused(true);
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(runtime.coordinator()->isAutonomyPaused());
        QTRY_COMPARE(stateOf(runtime.coordinator(), QStringLiteral("a")), core::AgentState::Paused);
        QTRY_COMPARE(stateOf(runtime.coordinator(), QStringLiteral("b")), core::AgentState::Paused);
        a = runtime.coordinator()->submitTask(QStringLiteral("echo"), {});
        b = runtime.coordinator()->submitTask(QStringLiteral("work"), {});
        QTest::qWait(400);
        QCOMPARE(statusOf(*ws, a), TaskStatus::Queued);
        QCOMPARE(statusOf(*ws, b), TaskStatus::Queued);
        QCOMPARE(ws->meta(QStringLiteral("autonomy_paused")), QStringLiteral("1"));
    }
    // Reopened: still paused, nothing ran.
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    core::Runtime runtime(ws, team(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    QVERIFY(runtime.coordinator()->isAutonomyPaused());
    QTRY_COMPARE(stateOf(runtime.coordinator(), QStringLiteral("a")), core::AgentState::Paused);
    QTest::qWait(300);
    QCOMPARE(statusOf(*ws, a), TaskStatus::Queued);
    QCOMPARE(test::Ledger::instance().taskCalls(a), 0);
    runtime.coordinator()->setAutonomyPaused(false);
    QTRY_COMPARE(statusOf(*ws, a), TaskStatus::Done);
    QTRY_COMPARE(statusOf(*ws, b), TaskStatus::Done);
    QCOMPARE(ws->meta(QStringLiteral("autonomy_paused")), QStringLiteral("0"));
}

void TestPause::pauseFromAnotherProcessReachesRunningRuntime()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ws.greendoor"));
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(ws, team(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    // What `greendoor-cli pause` does: a separate connection writes the switch.
    {
        core::WorkspaceError error;
        auto other = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(other);
        QVERIFY(other->setMeta(QStringLiteral("autonomy_paused"), QStringLiteral("1")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(runtime.coordinator()->isAutonomyPaused(), 5000);
    const QString held = runtime.coordinator()->submitTask(QStringLiteral("echo"), {});
    QTest::qWait(300);
    QCOMPARE(statusOf(*ws, held), TaskStatus::Queued);
    {
        core::WorkspaceError error;
        auto other = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(other->setMeta(QStringLiteral("autonomy_paused"), QStringLiteral("0")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(*ws, held) == TaskStatus::Done, 5000);
}

QTEST_GUILESS_MAIN(TestPause)
#include "tst_pause.moc"
