#include "ui/AgentTableModel.h"
#include "ui/MessageLogModel.h"
#include "ui/TaskListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gd;

namespace {

core::AgentStatus status(const QString& name, core::AgentState state, quint64 handled)
{
    core::AgentStatus s;
    s.name = name;
    s.title = name.toUpper();
    s.state = state;
    s.handled = handled;
    s.heartbeatAgeMs = 120;
    s.handlingP99Ms = 1.25;
    return s;
}

core::Message message(qint64 seq, bool acked = false)
{
    core::Message m;
    m.seq = seq;
    m.id = QStringLiteral("m%1").arg(seq);
    m.sender = QStringLiteral("a");
    m.receiver = QStringLiteral("b");
    m.createdAtMs = 1'700'000'000'000 + seq;
    m.ackedAtMs = acked ? m.createdAtMs + 1 : 0;
    m.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("k%1").arg(seq) } };
    return m;
}

QList<core::Message> range(qint64 from, qint64 to, qint64 ackedUpTo = 0)
{
    QList<core::Message> list; // newest first
    for (qint64 s = to; s >= from; --s)
        list << message(s, s <= ackedUpTo);
    return list;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agentTableModel();
    void messageLogMergesWithoutReset();
    void taskListModel();
};

void TestModels::agentTableModel()
{
    ui::AgentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ui::AgentTableModel::ColumnCount));
    model.setStatuses({ status(QStringLiteral("research"), core::AgentState::Idle, 1),
        status(QStringLiteral("deal"), core::AgentState::Working, 2) });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ui::AgentTableModel::NameColumn).data().toString(), QStringLiteral("DEAL"));
    QCOMPARE(model.index(1, ui::AgentTableModel::StateColumn).data().toString(), QStringLiteral("Working"));
    QCOMPARE(model.index(0, 0).data(ui::AgentTableModel::AgentNameRole).toString(), QStringLiteral("research"));
    QCOMPARE(model.index(0, ui::AgentTableModel::HeartbeatColumn).data().toString(), QStringLiteral("120 ms"));
    QCOMPARE(model.rowOf(QStringLiteral("deal")), 1);

    // Same agents: one dataChanged, no reset.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStatuses({ status(QStringLiteral("research"), core::AgentState::Paused, 5),
        status(QStringLiteral("deal"), core::AgentState::Failed, 2) });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(0, ui::AgentTableModel::HandledColumn).data().toString(), QStringLiteral("5"));
    QCOMPARE(model.index(1, ui::AgentTableModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    // Different agents: reset.
    model.setStatuses({ status(QStringLiteral("x"), core::AgentState::Idle, 0) });
    QCOMPARE(reset.count(), 1);
    model.setStatuses({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::messageLogMergesWithoutReset()
{
    ui::MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.resetMessages(range(1, 10));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, 0).data(ui::MessageLogModel::SeqRole).toLongLong(), 10);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // Three newer messages arrive, 4..8 got acked, the window stays at 10.
    model.mergeMessages(range(4, 13, 8));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, 0).data(ui::MessageLogModel::SeqRole).toLongLong(), 13);
    QCOMPARE(model.index(9, 0).data(ui::MessageLogModel::SeqRole).toLongLong(), 4);
    QCOMPARE(model.index(9, ui::MessageLogModel::StatusColumn).data().toString(), QStringLiteral("Handled"));
    QCOMPARE(model.index(0, ui::MessageLogModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ui::MessageLogModel::SeqRole).toLongLong(), 13 - row);
    // Nothing new: nothing emitted.
    inserted.clear();
    changed.clear();
    model.mergeMessages(range(4, 13, 8));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
    model.mergeMessages({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::taskListModel()
{
    ui::TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    core::TaskRecord done;
    done.id = QStringLiteral("t1");
    done.type = QStringLiteral("echo");
    done.status = core::TaskStatus::Done;
    done.attempts = 1;
    done.maxAttempts = 3;
    done.result = QJsonObject { { QStringLiteral("summary"), QStringLiteral("all good") } };
    core::TaskRecord failed = done;
    failed.id = QStringLiteral("t2");
    failed.status = core::TaskStatus::Failed;
    failed.lastError = QStringLiteral("boom");
    model.setTasks({ done, failed });
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ui::TaskListModel::OutcomeColumn).data().toString(), QStringLiteral("all good"));
    QCOMPARE(model.index(1, ui::TaskListModel::OutcomeColumn).data().toString(), QStringLiteral("boom"));
    QCOMPARE(model.index(1, ui::TaskListModel::AttemptsColumn).data().toString(), QStringLiteral("1 of 3"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    failed.attempts = 2;
    model.setTasks({ done, failed });
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(1, ui::TaskListModel::AttemptsColumn).data().toString(), QStringLiteral("2 of 3"));
    model.setTasks({ failed });
    QCOMPARE(reset.count(), 1);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
