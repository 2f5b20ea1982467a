// The Dashboard on the demo workspace with a goal: its figures come from the workspace's
// records, every chart draws, and a chart saves as a PNG.
#include "core/reports/Dashboard.h"
#include "core/runtime/Types.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
#include "core/store/DemoData.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/DashboardView.h"

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace gd;

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figuresChartsAndPng()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QString error;
        QVERIFY2(core::DemoData::populate(*ws, &error), qPrintable(error));
        const core::Goal goal = core::GoalParser::parse(QStringLiteral("Win 6 deals in 6 weeks"), QDate::currentDate());
        QVERIFY(core::GoalStore(*ws).add(goal, &error));

        const core::DashboardData d = core::loadDashboard(*ws, core::nowMs());
        QCOMPARE(d.funnel.size(), 7);
        QCOMPARE(
            d.funnel.first().count, test::scalar(*ws, QStringLiteral("SELECT count(*) FROM prospects")).toLongLong());
        QCOMPARE(d.funnel.at(5).count, test::scalar(*ws, QStringLiteral("SELECT count(*) FROM deals")).toLongLong());
        QCOMPARE(d.funnel.at(6).count,
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'closed_won'")).toLongLong());
        QCOMPARE(d.weeks.size(), 8);
        QCOMPARE(d.goals.size(), 1);
        QVERIFY(d.goals.first().measured);
        QCOMPARE(d.pipeline.size(), core::DealStageCount);

        ui::AsyncRunner runner(ws);
        ui::DashboardView view;
        view.resize(1280, 760);
        view.setRunner(&runner);
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.charts().size(), 6);
        for (QChartView* chart : view.charts())
            QVERIFY2(!chart->chart()->series().isEmpty(), qPrintable(chart->chart()->title()));
        QVERIFY(view.alerts()->count() > 0); // the demo has stalled deals
        const QString png = dir.file(QStringLiteral("funnel.png"));
        QVERIFY(view.saveChart(1, png));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(!view.saveChart(9, png));
        if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty()) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(shots + QStringLiteral("/dashboard.png"));
        }
        // A goal set in plain words from the dashboard.
        QSignalSpy added(&view, &ui::DashboardView::goalAdded);
        view.proposeGoal(QStringLiteral("Book 12 meetings with CFOs by end of Q1"), false);
        QVERIFY(added.wait(10000));
        QVERIFY(added.constFirst().constFirst().toLongLong() > 0);
        view.proposeGoal(QStringLiteral("grow faster"), false);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).constFirst().toLongLong(), 0);
        QCOMPARE(core::GoalStore(*ws).list().size(), 2);
        runner.stop();
        runner.wait();
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
