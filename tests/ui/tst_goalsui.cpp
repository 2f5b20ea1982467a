// A goal's limits in the Authority Matrix dialog: shown in their own column as coming from the
// goal, kept out of the admin's saved rules, gone once the goal is removed.
#include "core/decisions/AuthorityMatrix.h"
#include "core/sales/GoalStore.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/MatrixDialog.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace gd;

namespace {

int rowOf(QTableWidget* table, const QString& type)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->toolTip() == type)
            return row;
    }
    return -1;
}

} // namespace

class TestGoalsUi final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixDialogShowsTheGoalsLimits()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        core::GoalStore goals(*ws);
        QString error;
        const auto id
            = goals.add(core::GoalParser::parse(QStringLiteral("Win 6 deals by end of Q1, no discount beyond 8%, "
                                                               "at most 30 emails a day"),
                            QDate::currentDate()),
                &error);
        QVERIFY2(id, qPrintable(error));
        ui::AsyncRunner runner(ws);
        ui::MatrixDialog dialog(&runner, core::AuthorityMatrix::load(*ws));
        QTableWidget* table = dialog.table();
        const int goalColumn = table->columnCount() - 1;
        QCOMPARE(table->horizontalHeaderItem(goalColumn)->text(), QStringLiteral("Limits from goals"));
        const int discount = rowOf(table, QStringLiteral("pricing.discount"));
        QVERIFY(discount >= 0);
        QCOMPARE(table->item(discount, goalColumn)->text(), QStringLiteral("goal %1: no discount beyond 8%").arg(*id));
        QVERIFY(!(table->item(discount, goalColumn)->flags() & Qt::ItemIsEditable));
        QCOMPARE(table->item(rowOf(table, QStringLiteral("email.follow_up")), goalColumn)->text(),
            QStringLiteral("goal %1: at most 30 emails a day").arg(*id));
        QVERIFY(table->item(rowOf(table, QStringLiteral("data.erase")), goalColumn)->text().isEmpty());
        dialog.resize(1200, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (!qEnvironmentVariableIsEmpty("GOALS_SHOT"))
            dialog.grab().save(qEnvironmentVariable("GOALS_SHOT"));

        // The admin saves a change to that row: the goal's limit is not saved as the admin's.
        auto* mode = qobject_cast<QComboBox*>(table->cellWidget(discount, 2));
        mode->setCurrentIndex(mode->findData(QStringLiteral("review_risky")));
        QSignalSpy saved(&dialog, &ui::MatrixDialog::saveFinished);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(0).toString(), QString());
        QVERIFY(!test::scalar(*ws,
            QStringLiteral("SELECT extra FROM authority_rules WHERE decision_type = "
                           "'pricing.discount'"))
                     .toString()
                     .contains(QStringLiteral("goal")));
        QVERIFY(goals.remove(*id, &error));
        const core::AuthorityRule after = core::AuthorityMatrix::load(*ws).ruleFor(QStringLiteral("pricing.discount"));
        QCOMPARE(after.mode, core::AutonomyMode::ReviewRisky);
        QVERIFY(after.goalCaps.isEmpty());
        ui::MatrixDialog reopened(&runner, core::AuthorityMatrix::load(*ws));
        QVERIFY(reopened.table()->item(discount, goalColumn)->text().isEmpty());
    }
};

QTEST_MAIN(TestGoalsUi)
#include "tst_goalsui.moc"
