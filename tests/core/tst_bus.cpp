#include "core/runtime/Bus.h"
#include "core/store/MessageStore.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace gd;
using core::Message;
using core::MessageType;
using core::Priority;

namespace {

Message make(
    const QString& receiver, Priority priority, const QString& label, MessageType type = MessageType::StatusUpdate)
{
    Message m;
    m.sender = QStringLiteral("tester");
    m.receiver = receiver;
    m.type = type;
    m.priority = priority;
    m.content
        = QJsonObject { { QStringLiteral("kind"), QStringLiteral("test") }, { QStringLiteral("summary"), label } };
    return m;
}

QStringList drainLabels(core::AgentInbox* box)
{
    QStringList labels;
    while (auto m = box->pop())
        labels << m->content.value(QStringLiteral("summary")).toString();
    return labels;
}

} // namespace

class TestBus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void persistsBeforeDelivery();
    void deliversByPriorityThenFifo();
    void redeliversUnackedAfterCrash();
    void ignoresDuplicateIds();
    void retriesFailedBatchWithoutPartialRows();
    void trailIsQueryable();
    void messageJsonHasSeedSchema();
    void groupCommitKeepsEachPartAlone();
    void messageIdsFollowCreationTime();
};

void TestBus::persistsBeforeDelivery()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Bus bus(ws);
    bus.start();
    core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("x"));
    // When the inbox is told about a message, the message must already be in the file.
    std::atomic<int> seenInStore { 0 };
    std::atomic<int> notified { 0 };
    box->setNotifier(this, [&] {
        // Runs on the writer thread, after the commit: read through that thread's connection.
        if (core::MessageStore::count(*ws) >= 1)
            ++seenInStore;
        ++notified;
    });
    const QString id = bus.publish(make(QStringLiteral("x"), Priority::Medium, QStringLiteral("one")));
    QVERIFY(bus.flush());
    QTRY_COMPARE(notified.load(), 1);
    QCOMPARE(seenInStore.load(), 1);
    auto stored = core::MessageStore::byId(*ws, id);
    QVERIFY(stored);
    QCOMPARE(stored->receiver, QStringLiteral("x"));
    QCOMPARE(stored->ackedAtMs, 0);
    QCOMPARE(box->depth(), 1);
    QCOMPARE(box->pop()->id, id);
    QCOMPARE(bus.persistedCount(), 1u);
}

void TestBus::deliversByPriorityThenFifo()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Bus bus(ws);
    bus.start();
    core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("x"));
    const QList<QPair<Priority, QString>> sent = {
        { Priority::Low, QStringLiteral("low-1") },
        { Priority::High, QStringLiteral("high-1") },
        { Priority::Critical, QStringLiteral("critical-1") },
        { Priority::Medium, QStringLiteral("medium-1") },
        { Priority::Low, QStringLiteral("low-2") },
        { Priority::High, QStringLiteral("high-2") },
        { Priority::Medium, QStringLiteral("medium-2") },
    };
    for (const auto& [priority, label] : sent) {
        bus.publish(make(QStringLiteral("x"), priority, label));
        if (label == QLatin1String("critical-1"))
            QVERIFY(bus.flush()); // split into several batches
    }
    QVERIFY(bus.flush());
    QCOMPARE(drainLabels(box),
        QStringList({ QStringLiteral("critical-1"), QStringLiteral("high-1"), QStringLiteral("high-2"),
            QStringLiteral("medium-1"), QStringLiteral("medium-2"), QStringLiteral("low-1"),
            QStringLiteral("low-2") }));
}

void TestBus::redeliversUnackedAfterCrash()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ws.greendoor"));
    QStringList ids;
    {
        auto ws = test::createWorkspace(dir);
        core::Bus bus(ws);
        bus.start();
        // Nobody has registered "agent" yet: messages are stored, not delivered.
        for (int i = 0; i < 5; ++i)
            ids << bus.publish(
                make(QStringLiteral("agent"), i == 3 ? Priority::High : Priority::Low, QStringLiteral("m%1").arg(i)));
        QVERIFY(bus.flush());
        // The process "crashes" here: nothing was handled or acked.
    }
    {
        core::WorkspaceError error;
        auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws);
        core::Bus bus(ws);
        bus.start();
        core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("agent"));
        QCOMPARE(box->depth(), 5);
        // Redelivered by priority, then in the original order.
        auto first = box->pop();
        QCOMPARE(first->id, ids.at(3));
        auto second = box->pop();
        QCOMPARE(second->id, ids.at(0));
        // Handle and ack these two; the other three stay pending.
        QVERIFY(core::MessageStore::ack(*ws, first->seq, core::nowMs(), core::nowMs(), {}));
        QVERIFY(core::MessageStore::ack(*ws, second->seq, core::nowMs(), core::nowMs(), {}));
    }
    {
        core::WorkspaceError error;
        auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
        core::Bus bus(ws);
        bus.start();
        core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("agent"));
        QCOMPARE(box->depth(), 3);
        QStringList again;
        while (auto m = box->pop())
            again << m->id;
        QCOMPARE(again, QStringList({ ids.at(1), ids.at(2), ids.at(4) }));
    }
}

void TestBus::ignoresDuplicateIds()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Bus bus(ws);
    bus.start();
    core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("x"));
    Message m = make(QStringLiteral("x"), Priority::Medium, QStringLiteral("once"));
    m.id = QStringLiteral("fixed-id");
    bus.publish(m);
    QVERIFY(bus.flush());
    bus.publish(m);
    bus.publish(m);
    QVERIFY(bus.flush());
    QCOMPARE(box->depth(), 1);
    QCOMPARE(bus.persistedCount(), 1u);
    QCOMPARE(core::MessageStore::count(*ws), 1);
}

void TestBus::retriesFailedBatchWithoutPartialRows()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    std::atomic<int> inserts { 0 };
    // The third insert of the first attempt fails: the two before it must not stay.
    ws->setFaultInjector(
        [&inserts](const QString& tag) { return tag == QLatin1String("bus:insert") && ++inserts == 3; });
    core::Bus bus(ws);
    QSignalSpy failures(&bus, &core::Bus::writeFailed);
    bus.start();
    core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("x"));
    QStringList ids;
    // Publish under one lock-step so the three go out in one batch.
    for (int i = 0; i < 5; ++i)
        ids << bus.publish(make(QStringLiteral("x"), Priority::Medium, QStringLiteral("m%1").arg(i)));
    QVERIFY(bus.flush());
    QVERIFY(failures.count() >= 1);
    QCOMPARE(core::MessageStore::count(*ws), 5);
    QCOMPARE(box->depth(), 5);
    QStringList delivered;
    while (auto m = box->pop())
        delivered << m->id;
    QCOMPARE(delivered, ids);
    QVERIFY(bus.lastWriteError().contains(QStringLiteral("injected")));
}

void TestBus::trailIsQueryable()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Bus bus(ws);
    bus.start();
    Message a = make(
        QStringLiteral("research"), Priority::Low, QStringLiteral("find prospects"), MessageType::TaskAssignment);
    a.sender = QStringLiteral("coordinator");
    a.correlationId = QStringLiteral("task-1");
    a.createdAtMs = 1'000'000;
    Message b = make(
        QStringLiteral("deal"), Priority::High, QStringLiteral("health please"), MessageType::InformationRequest);
    b.sender = QStringLiteral("research");
    b.correlationId = QStringLiteral("task-1");
    b.createdAtMs = 2'000'000;
    Message c = make(
        QStringLiteral("operator"), Priority::Critical, QStringLiteral("needs a human"), MessageType::EscalationAlert);
    c.sender = QStringLiteral("coordinator");
    c.createdAtMs = 3'000'000;
    bus.publish(a);
    bus.publish(b);
    bus.publish(c);
    QVERIFY(bus.flush());

    core::MessageFilter f;
    f.agent = QStringLiteral("research");
    QCOMPARE(core::MessageStore::query(*ws, f).size(), 2);
    f = {};
    f.type = MessageType::EscalationAlert;
    QCOMPARE(core::MessageStore::query(*ws, f).size(), 1);
    f = {};
    f.correlationId = QStringLiteral("task-1");
    const auto correlated = core::MessageStore::query(*ws, f);
    QCOMPARE(correlated.size(), 2);
    QCOMPARE(correlated.at(0).summary(), QStringLiteral("test: health please")); // newest first
    f = {};
    f.sinceMs = 1'500'000;
    f.untilMs = 2'500'000;
    QCOMPARE(core::MessageStore::query(*ws, f).size(), 1);
    f = {};
    f.minPriority = Priority::High;
    QCOMPARE(core::MessageStore::query(*ws, f).size(), 2);
    f = {};
    f.text = QStringLiteral("HUMAN");
    QCOMPARE(core::MessageStore::query(*ws, f).size(), 1);
    f = {};
    f.limit = 1;
    QCOMPARE(core::MessageStore::query(*ws, f).size(), 1);
}

void TestBus::messageJsonHasSeedSchema()
{
    Message m = make(QStringLiteral("deal"), Priority::High, QStringLiteral("x"), MessageType::CollaborationRequest);
    m.id = QStringLiteral("id-1");
    m.requiredResponse = true;
    m.responseDeadlineMs = 1'700'000'000'000;
    const QJsonObject json = m.toJson();
    for (const char* key : { "message_id", "sender", "receiver", "type", "priority", "payload", "correlation_id",
             "created_at", "delivered_at", "acked_at" })
        QVERIFY2(json.contains(QLatin1String(key)), key);
    const QJsonObject payload = json.value(QStringLiteral("payload")).toObject();
    for (const char* key : { "content", "context", "required_response", "response_deadline" })
        QVERIFY2(payload.contains(QLatin1String(key)), key);
    QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("collaboration_request"));
    QCOMPARE(json.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(core::allMessageTypeNames().size(), 7);
    for (const QString& name : core::allMessageTypeNames())
        QCOMPARE(core::nameOf(*core::messageTypeFromString(name)), name);
}

void TestBus::groupCommitKeepsEachPartAlone()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    std::atomic<int> inserts { 0 };
    // The writer's first insert fails: that batch is retried, the agents' work in the same round
    // is not touched by it.
    ws->setFaultInjector(
        [&inserts](const QString& tag) { return tag == QLatin1String("bus:insert") && ++inserts == 1; });
    core::Bus bus(ws);
    bus.start();
    core::AgentInbox* box = bus.registerEndpoint(QStringLiteral("x"));
    const QString id = bus.publish(make(QStringLiteral("x"), Priority::Medium, QStringLiteral("m")));
    auto setMeta = [](const QString& key, bool fail) {
        return [key, fail](core::Workspace& w, QString* error) {
            if (!w.setMeta(key, QStringLiteral("1"), error))
                return false;
            if (fail && error)
                *error = QStringLiteral("handler write failed");
            return !fail;
        };
    };
    QVERIFY(bus.commit(setMeta(QStringLiteral("kept"), false)));
    QString error;
    QVERIFY(!bus.commit(setMeta(QStringLiteral("dropped"), true), &error));
    QCOMPARE(error, QStringLiteral("handler write failed"));
    QVERIFY(bus.commit(setMeta(QStringLiteral("kept too"), false)));
    QVERIFY(bus.flush());
    QCOMPARE(ws->meta(QStringLiteral("kept")), QStringLiteral("1"));
    QCOMPARE(ws->meta(QStringLiteral("kept too")), QStringLiteral("1"));
    QVERIFY(ws->meta(QStringLiteral("dropped")).isEmpty());
    QVERIFY(!ws->inTransaction());
    QCOMPARE(box->depth(), 1);
    QCOMPARE(box->pop()->id, id);
    bus.stop();
    // Without a writer the work runs in a transaction of the caller's.
    QVERIFY(bus.commit(setMeta(QStringLiteral("after stop"), false)));
    QCOMPARE(ws->meta(QStringLiteral("after stop")), QStringLiteral("1"));
}

void TestBus::messageIdsFollowCreationTime()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Bus bus(ws);
    bus.start();
    QSet<QString> ids;
    QString first;
    for (int i = 0; i < 5000; ++i) {
        const QString id = bus.publish(make(QStringLiteral("nobody"), Priority::Low, QStringLiteral("m")));
        if (first.isEmpty())
            first = id;
        ids.insert(id);
    }
    QCOMPARE(ids.size(), 5000);
    const QUuid uuid = QUuid::fromString(first);
    QVERIFY(!uuid.isNull());
    QCOMPARE(first.at(14), QLatin1Char('7')); // version 7 (Qt 6.4's QUuid::version() predates it)
    QCOMPARE(static_cast<int>(uuid.variant()), static_cast<int>(QUuid::DCE));
    // Ids of messages created a few milliseconds apart sort in that order (the unique index on
    // message_id then grows at its end).
    const qint64 start = core::nowMs();
    QTRY_VERIFY(core::nowMs() >= start + 2);
    const QString later = bus.publish(make(QStringLiteral("nobody"), Priority::Low, QStringLiteral("later")));
    QVERIFY(later > first);
    QVERIFY(bus.flush());
    QCOMPARE(core::MessageStore::count(*ws), 5001);
}

QTEST_GUILESS_MAIN(TestBus)
#include "tst_bus.moc"
