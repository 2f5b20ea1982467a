// The Pipeline tab on the demo workspace: stages with their totals, a deal's detail and
// timeline, and a move that becomes a decision (queued for approval under the shipped matrix).
#include "core/decisions/DecisionEngine.h"
#include "core/sales/DealBook.h"
#include "core/store/DemoData.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/PipelineView.h"

#include <QDialog>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace gd;

class TestPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stagesDetailAndMove()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QString error;
        QVERIFY2(core::DemoData::populate(*ws, &error), qPrintable(error));
        core::DecisionEngine engine(ws);
        ui::AsyncRunner runner(ws);
        ui::PipelineView view;
        view.resize(1200, 700);
        view.setContext(&runner, &engine);
        QSignalSpy loaded(&view, &ui::PipelineView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QTreeWidget* tree = view.tree();
        QCOMPARE(tree->topLevelItemCount(), core::DealStageCount);
        int deals = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            deals += tree->topLevelItem(i)->childCount();
        QCOMPARE(deals, test::scalar(*ws, QStringLiteral("SELECT count(*) FROM deals WHERE currency = 'EUR'")).toInt());

        QTreeWidgetItem* qualified = tree->topLevelItem(0);
        QVERIFY(qualified->childCount() > 0);
        tree->setCurrentItem(qualified->child(0));
        const qint64 id = view.selectedDeal();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(view.detail()->toPlainText().contains(QStringLiteral("Timeline")), 10000);
        if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty()) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(shots + QStringLiteral("/pipeline.png"));
        }

        // Stage Probabilities...: the user sets negotiation to 55 %; saved, audited, the weighted value follows.
        {
            QDialog* dialog = view.editProbabilities();
            auto* negotiation = dialog->findChild<QSpinBox*>(QStringLiteral("probability_negotiation"));
            QVERIFY(negotiation);
            QCOMPARE(
                negotiation->value(), qRound(core::DealBook(*ws).probability(QStringLiteral("negotiation")) * 100));
            negotiation->setValue(55);
            if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty()) {
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                dialog->grab().save(shots + QStringLiteral("/stage-probabilities.png"));
            }
            QSignalSpy saved(&view, &ui::PipelineView::probabilitiesSaved);
            QSignalSpy reloaded(&view, &ui::PipelineView::loaded);
            dialog->accept();
            QVERIFY(saved.wait(10000));
            QCOMPARE(saved.constFirst().constFirst().toString(), QString());
            QCOMPARE(core::DealBook(*ws).probability(QStringLiteral("negotiation")), 0.55);
            QVERIFY(test::scalar(*ws,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE event = "
                                       "'stage_probabilities_changed'"))
                        .toInt()
                == 1);
            QVERIFY(reloaded.count() > 0 || reloaded.wait(10000));
            bool shown = false;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                shown = shown || tree->topLevelItem(i)->text(0).contains(QStringLiteral("55 %"));
            QVERIFY(shown);
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        }

        QSignalSpy moved(&view, &ui::PipelineView::moveProposed);
        view.moveSelected(QStringLiteral("discovery"));
        QVERIFY(moved.wait(10000));
        QCOMPARE(moved.constFirst().constFirst().toString(), QStringLiteral("queue"));
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'deal.move_stage' AND target = ?"),
                     { QString::number(id) })
                     .toInt(),
            1);
        runner.stop();
        runner.wait();
    }
};

QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
