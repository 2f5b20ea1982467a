#include "core/runtime/Bus.h"
#include "core/runtime/Runtime.h"
#include "core/store/MessageStore.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"
#include "support/TestAgents.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace gd;
using core::TaskStatus;

namespace {

std::optional<core::TaskRecord> task(core::Workspace& ws, const QString& id)
{
    return core::TaskStore::byId(ws, id);
}

bool taskIs(core::Workspace& ws, const QString& id, TaskStatus status)
{
    auto t = task(ws, id);
    return t && t->status == status;
}

// Runs one round of the coordinator's housekeeping (assignment included) and waits for its end.
bool tick(core::Coordinator* coordinator)
{
    QSignalSpy ticked(coordinator, &core::Coordinator::ticked);
    coordinator->tickNow();
    return QTest::qWaitFor([&ticked] { return !ticked.isEmpty(); }, 10000);
}

int restartsOf(core::Coordinator* coordinator, const QString& name)
{
    for (const core::AgentStatus& s : coordinator->agentStatuses()) {
        if (s.name == name)
            return s.restarts;
    }
    return -1;
}

} // namespace

class TestCoordinator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { test::Ledger::instance().reset(); }
    void routesByCapability();
    void balancesByLeastLoad();
    void restartsThrowingAgentAndRequeuesTask();
    void givesUpAfterRetryLimitAndEscalates();
    void detectsMissingHeartbeat();
    void failsTaskNobodyCanRun();
    void requeuesTasksLeftByACrashedRun();
    void commitsEffectsWithTheAck();
    void handledMessagesAreNotRedelivered();
    void reportsLiveStatus();
    void failedRegistrationCommitLeavesNothingBehind();
};

void TestCoordinator::routesByCapability()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(ws,
        { test::testSpec(QStringLiteral("a"), { QStringLiteral("echo") }),
            test::testSpec(QStringLiteral("b"), { QStringLiteral("work") }) },
        test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString echo = runtime.coordinator()->submitTask(QStringLiteral("echo"), { { QStringLiteral("x"), 1 } });
    const QString work = runtime.coordinator()->submitTask(QStringLiteral("work"), {});
    QTRY_VERIFY(taskIs(*ws, echo, TaskStatus::Done));
    QTRY_VERIFY(taskIs(*ws, work, TaskStatus::Done));
    QCOMPARE(task(*ws, echo)->agent, QStringLiteral("a"));
    QCOMPARE(task(*ws, work)->agent, QStringLiteral("b"));
    QCOMPARE(task(*ws, echo)->attempts, 1);
    QCOMPARE(task(*ws, echo)->result.value(QStringLiteral("payload")).toObject().value(QStringLiteral("x")).toInt(), 1);
    // The assignment and the completion are in the trail, correlated by the task id.
    core::MessageFilter f;
    f.correlationId = echo;
    QTRY_COMPARE(core::MessageStore::query(*ws, f).size(), 2);
}

void TestCoordinator::balancesByLeastLoad()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(ws,
        { test::testSpec(QStringLiteral("w1"), { QStringLiteral("work") }),
            test::testSpec(QStringLiteral("w2"), { QStringLiteral("work") }),
            test::testSpec(QStringLiteral("w3"), { QStringLiteral("work") }) },
        test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    QStringList ids;
    for (int i = 0; i < 30; ++i)
        ids << runtime.coordinator()->submitTask(QStringLiteral("work"), { { QStringLiteral("sleep_ms"), 10 } });
    for (const QString& id : std::as_const(ids))
        QTRY_VERIFY_WITH_TIMEOUT(taskIs(*ws, id, TaskStatus::Done), 20000);
    const QHash<QString, int> perAgent = test::Ledger::instance().tasksPerAgent();
    QCOMPARE(perAgent.value(QStringLiteral("w1")) + perAgent.value(QStringLiteral("w2"))
            + perAgent.value(QStringLiteral("w3")),
        30);
    for (const QString& name : { QStringLiteral("w1"), QStringLiteral("w2"), QStringLiteral("w3") })
        QVERIFY2(
            perAgent.value(name) >= 5, qPrintable(QStringLiteral("%1 ran %2").arg(name).arg(perAgent.value(name))));
}

void TestCoordinator::restartsThrowingAgentAndRequeuesTask()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(
        ws, { test::testSpec(QStringLiteral("flaky"), { QStringLiteral("flaky") }) }, test::fastOptions());
    QSignalSpy restarted(runtime.coordinator(), &core::Coordinator::agentRestarted);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString id
        = runtime.coordinator()->submitTask(QStringLiteral("flaky"), { { QStringLiteral("fail_times"), 1 } });
    QTRY_VERIFY(taskIs(*ws, id, TaskStatus::Done));
    const auto t = task(*ws, id);
    QCOMPARE(t->attempts, 2);
    QCOMPARE(test::Ledger::instance().taskCalls(id), 2);
    QCOMPARE(t->result.value(QStringLiteral("call")).toInt(), 2);
    QTRY_COMPARE(restarted.count(), 1);
    QVERIFY(restarted.at(0).at(1).toString().contains(QStringLiteral("flaky failure 1")));
    QTRY_COMPARE(restartsOf(runtime.coordinator(), QStringLiteral("flaky")), 1);
    // The failed handling is recorded on its message, and the restart is in the trail.
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT count(*) FROM messages WHERE handler_error LIKE 'flaky failure%'"))
            .toInt(),
        1);
    QTRY_COMPARE(
        test::scalar(*ws, QStringLiteral("SELECT count(*) FROM messages WHERE content LIKE '%agent_restarted%'"))
            .toInt(),
        1);
    // The restarted agent keeps working.
    const QString next = runtime.coordinator()->submitTask(QStringLiteral("flaky"), {});
    QTRY_VERIFY(taskIs(*ws, next, TaskStatus::Done));
    QCOMPARE(task(*ws, next)->attempts, 1);
}

void TestCoordinator::givesUpAfterRetryLimitAndEscalates()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(
        ws, { test::testSpec(QStringLiteral("flaky"), { QStringLiteral("flaky") }) }, test::fastOptions());
    QSignalSpy escalations(runtime.coordinator(), &core::Coordinator::escalationRaised);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString id = runtime.coordinator()->submitTask(
        QStringLiteral("flaky"), { { QStringLiteral("fail_times"), 99 } }, core::Priority::High, 3);
    QTRY_VERIFY_WITH_TIMEOUT(taskIs(*ws, id, TaskStatus::Failed), 15000);
    const auto t = task(*ws, id);
    QCOMPARE(t->attempts, 3);
    QCOMPARE(test::Ledger::instance().taskCalls(id), 3);
    QVERIFY2(t->lastError.contains(QStringLiteral("3 attempts")), qPrintable(t->lastError));
    QVERIFY2(t->lastError.contains(QStringLiteral("flaky failure 3")), qPrintable(t->lastError));
    // An escalation_alert to the operator, critical, correlated with the task.
    core::MessageFilter f;
    f.type = core::MessageType::EscalationAlert;
    f.correlationId = id;
    QTRY_COMPARE(core::MessageStore::query(*ws, f).size(), 1);
    const core::Message alert = core::MessageStore::query(*ws, f).first();
    QCOMPARE(alert.receiver, core::kOperatorEndpoint);
    QCOMPARE(alert.priority, core::Priority::Critical);
    QVERIFY(alert.content.value(QStringLiteral("reason")).toString().contains(QStringLiteral("flaky failure")));
    QTRY_COMPARE(escalations.count(), 1);
    // It is not retried again: a round of assignment after the failure leaves it failed.
    QVERIFY(tick(runtime.coordinator()));
    QVERIFY(taskIs(*ws, id, TaskStatus::Failed));
    QCOMPARE(test::Ledger::instance().taskCalls(id), 3);
}

void TestCoordinator::detectsMissingHeartbeat()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    // The handler blocks its thread for 1.5 s on the first attempt; the timeout is 300 ms.
    core::Runtime runtime(
        ws, { test::testSpec(QStringLiteral("sleepy"), { QStringLiteral("hang") }) }, test::fastOptions(300));
    QSignalSpy restarted(runtime.coordinator(), &core::Coordinator::agentRestarted);
    QSignalSpy abandoned(runtime.coordinator(), &core::Coordinator::abandonedAgentFinished);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString id = runtime.coordinator()->submitTask(
        QStringLiteral("hang"), { { QStringLiteral("hang_ms"), 1500 }, { QStringLiteral("hang_times"), 1 } });
    QTRY_VERIFY_WITH_TIMEOUT(taskIs(*ws, id, TaskStatus::Done), 10000);
    QVERIFY(restarted.count() >= 1);
    QVERIFY2(restarted.at(0).at(1).toString().contains(QStringLiteral("no heartbeat")),
        qPrintable(restarted.at(0).at(1).toString()));
    const auto t = task(*ws, id);
    QCOMPARE(t->attempts, 2);
    QCOMPARE(t->result.value(QStringLiteral("call")).toInt(), 2);
    // The abandoned first attempt finishes later (its thread ends) without overwriting the result.
    QTRY_COMPARE_WITH_TIMEOUT(abandoned.count(), 1, 10000);
    QCOMPARE(abandoned.at(0).at(0).toString(), QStringLiteral("sleepy"));
    QCOMPARE(task(*ws, id)->result.value(QStringLiteral("call")).toInt(), 2);
    QCOMPARE(task(*ws, id)->status, TaskStatus::Done);
}

void TestCoordinator::failsTaskNobodyCanRun()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(ws, { test::testSpec(QStringLiteral("a"), { QStringLiteral("echo") }) }, test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString id = runtime.coordinator()->submitTask(QStringLiteral("teleport"), {});
    QTRY_VERIFY(taskIs(*ws, id, TaskStatus::Failed));
    QVERIFY(task(*ws, id)->lastError.contains(QStringLiteral("no agent can run")));
    core::MessageFilter f;
    f.type = core::MessageType::EscalationAlert;
    f.correlationId = id;
    QTRY_COMPARE(core::MessageStore::query(*ws, f).size(), 1);
}

void TestCoordinator::requeuesTasksLeftByACrashedRun()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    // A previous run assigned this task and died before finishing it.
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("INSERT INTO tasks (id, type, payload, status, priority, agent, attempts, max_attempts, "
                             "created_at, assigned_at) VALUES ('t-1', 'echo', '{}', 'assigned', 1, 'a', 1, 3, ?, ?)"));
    q.addBindValue(core::nowMs());
    q.addBindValue(core::nowMs());
    QVERIFY(q.exec());
    core::Runtime runtime(ws, { test::testSpec(QStringLiteral("a"), { QStringLiteral("echo") }) }, test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    QTRY_VERIFY(taskIs(*ws, QStringLiteral("t-1"), TaskStatus::Done));
    QCOMPARE(task(*ws, QStringLiteral("t-1"))->attempts, 2);
    QCOMPARE(test::Ledger::instance().taskCalls(QStringLiteral("t-1")), 1);
}

void TestCoordinator::commitsEffectsWithTheAck()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    std::atomic<int> acks { 0 };
    // The first ack of the agent's batch fails: the task's staged write must not be visible
    // until the retry commits both together.
    ws->setFaultInjector([&acks](const QString& tag) { return tag == QLatin1String("bus:ack") && ++acks == 1; });
    core::Runtime runtime(
        ws, { test::testSpec(QStringLiteral("a"), { QStringLiteral("stage") }) }, test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString id = runtime.coordinator()->submitTask(QStringLiteral("stage"),
        { { QStringLiteral("key"), QStringLiteral("effect") },
            { QStringLiteral("value"), QStringLiteral("applied") } });
    QTRY_VERIFY(taskIs(*ws, id, TaskStatus::Done));
    QCOMPARE(ws->meta(QStringLiteral("effect")), QStringLiteral("applied"));
    QVERIFY(acks.load() >= 2);
    // The handler ran twice (the first commit was rolled back), the effect is there once and
    // the message is acked exactly once.
    QCOMPARE(test::Ledger::instance().taskCalls(id), 2);
    QCOMPARE(test::scalar(*ws,
                 QStringLiteral("SELECT count(*) FROM messages WHERE correlation_id = ? AND type = "
                                "'task_assignment' AND acked_at IS NOT NULL"),
                 { id })
                 .toInt(),
        1);
}

void TestCoordinator::handledMessagesAreNotRedelivered()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ws.greendoor"));
    QString handledId;
    QString pendingId;
    {
        auto ws = test::createWorkspace(dir);
        core::Runtime runtime(ws, { test::testSpec(QStringLiteral("a"), {}) }, test::fastOptions());
        runtime.start();
        QVERIFY(runtime.waitUntilStarted());
        core::Message m;
        m.sender = QStringLiteral("tester");
        m.receiver = QStringLiteral("a");
        m.type = core::MessageType::InformationRequest;
        handledId = runtime.bus()->publish(m);
        QTRY_COMPARE(test::Ledger::instance().messageCalls(handledId), 1);
        QTRY_VERIFY(core::MessageStore::byId(*ws, handledId)->ackedAtMs > 0);
        // Paused: the next one is stored but not handled before "the crash".
        runtime.coordinator()->setAgentPaused(QStringLiteral("a"), true);
        QTRY_VERIFY(test::scalar(*ws, QStringLiteral("SELECT paused FROM agents WHERE name = 'a'")).toBool());
        pendingId = runtime.bus()->publish(m.id.isEmpty() ? m : m);
        QVERIFY(runtime.bus()->flush());
        // It is in a's inbox and a is paused; stopping joins every agent thread, so a count of
        // zero afterwards proves it was never handled.
        runtime.stop();
        QCOMPARE(test::Ledger::instance().messageCalls(pendingId), 0);
        // Resume in the stored state so the next run takes it.
        QSqlQuery u(ws->db());
        QVERIFY(u.exec(QStringLiteral("UPDATE agents SET paused = 0")));
    }
    core::WorkspaceError error;
    auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
    core::Runtime runtime(ws, { test::testSpec(QStringLiteral("a"), {}) }, test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    QTRY_COMPARE(test::Ledger::instance().messageCalls(pendingId), 1);
    // A redelivered handledId would come first (delivery follows the trail's order); stopping
    // joins the agent's thread, so nothing can still be on its way.
    runtime.stop();
    QCOMPARE(test::Ledger::instance().messageCalls(handledId), 1);
    QCOMPARE(test::Ledger::instance().messageCalls(pendingId), 1);
}

void TestCoordinator::reportsLiveStatus()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Runtime runtime(ws,
        { test::testSpec(QStringLiteral("a"), { QStringLiteral("work") }),
            test::testSpec(QStringLiteral("b"), { QStringLiteral("echo") }) },
        test::fastOptions());
    QSignalSpy status(runtime.coordinator(), &core::Coordinator::statusChanged);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    for (int i = 0; i < 20; ++i)
        runtime.coordinator()->submitTask(QStringLiteral("work"), { { QStringLiteral("sleep_ms"), 2 } });
    QTRY_VERIFY(status.count() >= 5);
    QTRY_COMPARE(runtime.coordinator()->agentStatuses().value(0).handled, 20u);
    const auto statuses = runtime.coordinator()->agentStatuses();
    QCOMPARE(statuses.size(), 2);
    const core::AgentStatus& a = statuses.at(0);
    QCOMPARE(a.name, QStringLiteral("a"));
    QVERIFY(a.heartbeatAgeMs >= 0 && a.heartbeatAgeMs < 1000);
    QVERIFY(a.handlingP50Ms >= 1.5);
    QVERIFY(a.handlingP99Ms >= a.handlingP50Ms);
    QVERIFY(a.deliveryP99Ms >= a.deliveryP50Ms);
    QCOMPARE(a.failed, 0u);
    // The agents table mirrors the status for other processes (the CLI).
    QTRY_VERIFY(
        test::scalar(*ws, QStringLiteral("SELECT last_heartbeat FROM agents WHERE name = 'a'")).toLongLong() > 0);
}

void TestCoordinator::failedRegistrationCommitLeavesNothingBehind()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    // The first commit after start is the one registering the team; it fails.
    std::atomic<bool> armed { true };
    ws->setFaultInjector(
        [&armed](const QString& tag) { return tag == QLatin1String("commit") && armed.exchange(false); });
    core::Runtime runtime(ws,
        { test::testSpec(QStringLiteral("a"), { QStringLiteral("echo") }),
            test::testSpec(QStringLiteral("b"), { QStringLiteral("work") }) },
        test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    QVERIFY(!armed.load());
    // Nothing half-registered, and no transaction left open holding the write lock: work goes on.
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM agents")).toInt(), 0);
    const QString id = runtime.coordinator()->submitTask(QStringLiteral("echo"), {});
    QTRY_VERIFY(taskIs(*ws, id, TaskStatus::Done));
    // The registration is retried at the next round, in the team's order.
    QVERIFY(tick(runtime.coordinator()));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM agents")).toInt(), 2);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT name FROM agents ORDER BY position DESC")).toString(),
        QStringLiteral("b"));
}

QTEST_GUILESS_MAIN(TestCoordinator)
#include "tst_coordinator.moc"
