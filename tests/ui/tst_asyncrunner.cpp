#include "core/store/ProspectStore.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace gd;

// The console's one async pattern: answers arrive queued on the GUI thread, stale answers and
// answers for a destroyed context are dropped, and stop() drops queued jobs and waits for the
// running ones.
class TestAsyncRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheGuiThreadAndAnswersOnIt();
    void aNewerRequestSupersedesAnOlderOne();
    void answersForADestroyedContextAreDropped();
    void stopDropsQueuedJobsAndWaitsForRunningOnes();
    void busySlotsAndProgress();
};

void TestAsyncRunner::runsOffTheGuiThreadAndAnswersOnIt()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    ui::AsyncRunner runner(ws);
    QObject context;
    QThread* jobThread = nullptr;
    QThread* answerThread = nullptr;
    qint64 count = -1;
    QSignalSpy idle(&runner, &ui::AsyncRunner::idle);
    runner.run(
        &context, QStringLiteral("count"),
        [&jobThread](core::Workspace& w) {
            jobThread = QThread::currentThread();
            return core::ProspectStore::count(w);
        },
        [&](qint64 n) {
            answerThread = QThread::currentThread();
            count = n;
        });
    QCOMPARE(runner.pendingJobs(), 1);
    QVERIFY(runner.isBusy(&context, QStringLiteral("count")));
    QVERIFY(idle.wait(10000));
    QCOMPARE(count, 0);
    QVERIFY(jobThread && jobThread != QThread::currentThread());
    QVERIFY(jobThread->objectName().startsWith(QStringLiteral("gd-ui-jobs-")));
    QCOMPARE(answerThread, QThread::currentThread());
    QVERIFY(!runner.isBusy(&context, QStringLiteral("count")));
    QCOMPARE(runner.pendingJobs(), 0);
}

void TestAsyncRunner::aNewerRequestSupersedesAnOlderOne()
{
    ui::AsyncRunner runner(nullptr, 1);
    QObject context;
    QSemaphore gate;
    QSemaphore started;
    std::atomic<int> ran { 0 };
    QList<int> answers;
    QSignalSpy idle(&runner, &ui::AsyncRunner::idle);
    // 1 runs (and blocks), 2 waits in the queue and is superseded by 3 before it starts;
    // 1's answer arrives after 3 was issued: stale, dropped. Only 3 is delivered.
    for (int i = 1; i <= 3; ++i) {
        runner.run(
            &context, QStringLiteral("slot"),
            [&gate, &started, &ran, i] {
                if (i == 1) {
                    started.release();
                    gate.acquire();
                }
                ++ran;
                return i;
            },
            [&answers](int value) { answers << value; });
        if (i == 1)
            QVERIFY(started.tryAcquire(1, 10000));
    }
    // An empty slot never goes stale.
    runner.run(
        &context, QString(), [] { return 10; }, [&answers](int value) { answers << value; });
    runner.run(
        &context, QString(), [] { return 11; }, [&answers](int value) { answers << value; });
    gate.release();
    QVERIFY(idle.wait(10000));
    QCOMPARE(answers, QList<int>({ 3, 10, 11 }));
    QCOMPARE(ran.load(), 2); // 1 and 3; 2 never ran
}

void TestAsyncRunner::answersForADestroyedContextAreDropped()
{
    ui::AsyncRunner runner(nullptr, 2);
    auto* context = new QObject;
    QSemaphore started;
    QSemaphore gate;
    bool delivered = false;
    QSignalSpy idle(&runner, &ui::AsyncRunner::idle);
    runner.run(
        context, QStringLiteral("slot"),
        [&] {
            started.release();
            gate.acquire();
            return 1;
        },
        [&delivered](int) { delivered = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    delete context;
    gate.release();
    QVERIFY(idle.wait(10000));
    QVERIFY(!delivered);
}

void TestAsyncRunner::stopDropsQueuedJobsAndWaitsForRunningOnes()
{
    ui::AsyncRunner runner(nullptr, 1);
    QObject context;
    QSemaphore started;
    std::atomic<bool> sawStop { false };
    std::atomic<bool> queuedRan { false };
    bool delivered = false;
    runner.run(
        &context, QString(),
        [&] {
            started.release();
            // A long job polls stopRequested() and ends early.
            while (!runner.stopRequested())
                QThread::msleep(1);
            sawStop = true;
            return 1;
        },
        [&delivered](int) { delivered = true; });
    runner.run(
        &context, QString(), [&queuedRan] { queuedRan = true; }, [&delivered] { delivered = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    runner.stop();
    runner.wait();
    QVERIFY(sawStop.load());
    QVERIFY(!queuedRan.load());
    // Nothing is delivered after stop(), and nothing new is accepted.
    runner.run(
        &context, QString(), [&queuedRan] { queuedRan = true; }, [&delivered] { delivered = true; });
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!delivered);
    QVERIFY(!queuedRan.load());
    QVERIFY(runner.isStopped());
}

void TestAsyncRunner::busySlotsAndProgress()
{
    ui::AsyncRunner runner(nullptr, 1);
    QObject context;
    QList<int> progress;
    QSignalSpy idle(&runner, &ui::AsyncRunner::idle);
    QPointer<QObject> guard(&context);
    runner.run(
        &context, QStringLiteral("work"), [] { return 0; }, [](int) {});
    runner.run(
        &context, QStringLiteral("progress"),
        [&runner, guard, &progress] {
            for (int i = 1; i <= 3; ++i)
                runner.notify(guard, [&progress, i] { progress << i; });
        },
        [] {});
    QVERIFY(runner.isBusy(&context, QStringLiteral("work")));
    QVERIFY(!runner.isBusy(&context, QStringLiteral("other")));
    QVERIFY(idle.wait(10000));
    // Progress reports arrive on the GUI thread, in order, before the job's answer.
    QCOMPARE(progress, QList<int>({ 1, 2, 3 }));
}

QTEST_GUILESS_MAIN(TestAsyncRunner)
#include "tst_asyncrunner.moc"
