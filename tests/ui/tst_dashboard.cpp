// The Dashboard: every figure checked against rows written by hand (funnel, replies per week,
// autonomy and override rates, pipeline now and week by week rebuilt from stage moves, reply
// rates per campaign and variant with Wilson intervals, agent throughput and latency from metric
// snapshots, stalled deals and approvals waiting), each chart drawing those figures, the palette
// switch, the read never touching the database on the GUI thread, and the demo with a goal set
// in plain words.
#include "core/reports/Dashboard.h"
#include "core/runtime/Types.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
#include "core/store/DemoData.h"
#include "support/TestSupport.h"
#include "ui/Appearance.h"
#include "ui/AsyncRunner.h"
#include "ui/DashboardView.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace gd;

namespace {

std::atomic<bool> g_armed { false };
std::atomic<int> g_guiAccesses { 0 };

void observeAccess(const core::Workspace&)
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (g_armed.load() && app && QThread::currentThread() == app->thread())
        ++g_guiAccesses;
}

qint64 at(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

// "Now" for the hand-written workspace: Wednesday 25 November 2026, noon. Its eight weeks start
// on the Mondays 5 Oct ... 23 Nov.
const qint64 kNow = at(2026, 11, 25);

void exec(core::Workspace& ws, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(ws.db());
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    QVERIFY2(q.exec(), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

int g_ids = 0;

QString decision(core::Workspace& ws, const QString& type, const QString& outcome, const QString& status, qint64 when,
    const QString& target = QStringLiteral("x@example.com"))
{
    const QString id = QStringLiteral("d%1").arg(++g_ids);
    exec(ws,
        QStringLiteral("INSERT INTO decisions (id, type, agent, target, action, action_hash, inputs, inputs_hash, "
                       "reasoning, risk, combined_risk, outcome, status, explanation, created_at) VALUES (?, ?, "
                       "'outreach', ?, '{}', 'h', '{}', 'h', '', '{}', 0.1, ?, ?, '', ?)"),
        { id, type, target, outcome, status, when });
    return id;
}

void approval(core::Workspace& ws, const QString& status, qint64 decided)
{
    const QString d = decision(
        ws, QStringLiteral("email.first_touch"), QStringLiteral("queue"), QStringLiteral("executed"), at(2026, 1, 1));
    exec(ws,
        QStringLiteral("INSERT INTO approvals (id, decision_id, action, action_hash, status, created_at, deadline_at, "
                       "decided_at) VALUES (?, ?, '{}', 'h', ?, ?, ?, ?)"),
        { QStringLiteral("a%1").arg(++g_ids), d, status, decided - 1000, decided + 86'400'000,
            status == QLatin1String("pending") ? QVariant() : QVariant(decided) });
}

void reply(core::Workspace& ws, const QString& sender, const QString& cls, qint64 received,
    const QString& inReplyTo = QString())
{
    exec(ws,
        QStringLiteral("INSERT INTO mail_messages (message_key, direction, sender, recipients, subject, sent_at, body, "
                       "class, in_reply_to, received_at) VALUES (?, 'in', ?, 'me@example.com', 'Re', ?, '', ?, ?, ?)"),
        { QStringLiteral("m%1").arg(++g_ids), sender, received, cls,
            inReplyTo.isNull() ? QStringLiteral("") : inReplyTo, received });
}

qint64 deal(core::Workspace& ws, const QString& stage, int value, qint64 created, qint64 updated)
{
    exec(ws,
        QStringLiteral("INSERT INTO deals (title, stage, value_cents, currency, updated_at, created_at) VALUES (?, ?, "
                       "?, 'EUR', ?, ?)"),
        { QStringLiteral("Deal %1").arg(++g_ids), stage, value * 100, updated, created });
    return test::scalar(ws, QStringLiteral("SELECT max(id) FROM deals")).toLongLong();
}

void move(core::Workspace& ws, qint64 id, const QString& from, const QString& to, qint64 when)
{
    exec(ws, QStringLiteral("INSERT INTO deal_events (deal_id, at, kind, from_stage, to_stage) VALUES (?, ?, ?, ?, ?)"),
        { id, when, to.startsWith(QLatin1String("closed")) ? QStringLiteral("closed") : QStringLiteral("stage"), from,
            to });
}

// The texts Qt Charts cut short with "..." in a chart as laid out (axis labels, legend entries).
QStringList elidedTexts(QChartView* view)
{
    QStringList cut;
    for (QGraphicsItem* item : view->scene()->items()) {
        QString text;
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item))
            text = t->toPlainText();
        else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
            text = simple->text();
        // ("No goal yet: Set a Goal..." is whole: the button's name.)
        if (item->isVisible() && text.endsWith(QLatin1String("...")) && text != view->chart()->title())
            cut << text;
    }
    return cut;
}

void snapshot(core::Workspace& ws, qint64 when, int handled, int p50)
{
    exec(ws, QStringLiteral("INSERT INTO metric_snapshots (created_at, metrics) VALUES (?, ?)"),
        { when,
            QStringLiteral("{\"agents\":{\"research\":{\"handled\":%1,\"handling_p50_ms\":%2}}}")
                .arg(handled)
                .arg(p50) });
}

// The hand-written workspace (see each block for what it should show).
void fill(core::Workspace& ws)
{
    for (int i = 0; i < 400; ++i)
        exec(ws, QStringLiteral("INSERT INTO prospects (full_name, source, created_at) VALUES (?, 'test', 0)"),
            { QStringLiteral("P %1").arg(i) });
    // Contacted: a, b, c (a twice) and the 170 campaign recipients sent a step (the 5 skipped are
    // not); d's email still waits.
    const QString d0 = decision(
        ws, QStringLiteral("email.first_touch"), QStringLiteral("act"), QStringLiteral("executed"), at(2026, 1, 1));
    int n = 0;
    for (const auto& [target, status] : { std::pair { "a@x.com", "done" }, std::pair { "a@x.com", "done" },
             std::pair { "b@x.com", "done" }, std::pair { "c@x.com", "done" }, std::pair { "d@x.com", "pending" } })
        exec(ws,
            QStringLiteral("INSERT INTO outbox (id, decision_id, idempotency_key, type, target, action, action_hash, "
                           "status, created_at) VALUES (?, ?, ?, 'email.first_touch', ?, '{}', 'h', ?, 0)"),
            { QStringLiteral("o%1").arg(++n), d0, QStringLiteral("k%1").arg(n), QLatin1String(target),
                QLatin1String(status) });
    // Decisions: this week 9 alone (2 of them executed meetings) + 1 queued = 90 %; last week 1 + 1 = 50 %.
    for (int i = 0; i < 9; ++i)
        decision(ws, i < 2 ? QStringLiteral("meeting.book") : QStringLiteral("email.first_touch"),
            QStringLiteral("act"), QStringLiteral("executed"), at(2026, 11, 24, 10));
    decision(ws, QStringLiteral("email.first_touch"), QStringLiteral("queue"), QStringLiteral("pending"),
        at(2026, 11, 24, 11));
    decision(
        ws, QStringLiteral("email.first_touch"), QStringLiteral("act"), QStringLiteral("executed"), at(2026, 11, 17));
    decision(
        ws, QStringLiteral("email.first_touch"), QStringLiteral("queue"), QStringLiteral("executed"), at(2026, 11, 18));
    // Approvals: this week 4 approved + 1 rejected = 20 % overridden; last week 1 edited = 100 %; 2 waiting.
    for (int i = 0; i < 4; ++i)
        approval(ws, QStringLiteral("approved"), at(2026, 11, 23, 9 + i));
    approval(ws, QStringLiteral("rejected"), at(2026, 11, 24, 9));
    approval(ws, QStringLiteral("edited"), at(2026, 11, 19, 9));
    approval(ws, QStringLiteral("pending"), at(2026, 11, 25, 9));
    approval(ws, QStringLiteral("pending"), at(2026, 11, 25, 10));
    // Replies in the weeks: this week interested (a), not_interested (b), out_of_office (c);
    // last week interested (a again) and a bounce (e).
    reply(ws, QStringLiteral("a@x.com"), QStringLiteral("interested"), at(2026, 11, 24, 9));
    reply(ws, QStringLiteral("b@x.com"), QStringLiteral("not_interested"), at(2026, 11, 24, 10));
    reply(ws, QStringLiteral("c@x.com"), QStringLiteral("out_of_office"), at(2026, 11, 25, 8));
    reply(ws, QStringLiteral("a@x.com"), QStringLiteral("interested"), at(2026, 11, 18, 9));
    reply(ws, QStringLiteral("e@x.com"), QStringLiteral("bounce"), at(2026, 11, 16, 9));
    // Campaign Q4: variant A 100 sent, 10 replied (3 interested); B 50 sent, 5 replied, 1 bounced;
    // 5 skipped. Campaign Solo: 20 sent, 2 replied. Their replies came in June (outside the weeks).
    auto send = [&](const QString& campaign, const QString& variant, int i, const QString& status) {
        exec(ws,
            QStringLiteral("INSERT INTO campaign_sends (campaign, email, step, variant, message_id, status, "
                           "created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, 0, 0)"),
            { campaign, QStringLiteral("%1%2%3@y.com").arg(campaign, variant).arg(i), variant,
                QStringLiteral("<%1-%2-%3>").arg(campaign, variant).arg(i), status });
    };
    for (int i = 0; i < 100; ++i)
        send(QStringLiteral("Q4"), QStringLiteral("A"), i, QStringLiteral("sent"));
    for (int i = 0; i < 50; ++i)
        send(QStringLiteral("Q4"), QStringLiteral("B"), i, QStringLiteral("sent"));
    for (int i = 100; i < 105; ++i)
        send(QStringLiteral("Q4"), QStringLiteral("A"), i, QStringLiteral("skipped"));
    for (int i = 0; i < 20; ++i)
        send(QStringLiteral("Solo"), QStringLiteral("A"), i, QStringLiteral("sent"));
    const qint64 june = at(2026, 6, 1);
    for (int i = 0; i < 10; ++i)
        reply(ws, QStringLiteral("ra%1@y.com").arg(i),
            i < 3 ? QStringLiteral("interested") : QStringLiteral("objection"), june,
            QStringLiteral("<Q4-A-%1>").arg(i));
    for (int i = 0; i < 5; ++i)
        reply(ws, QStringLiteral("rb%1@y.com").arg(i), QStringLiteral("not_now"), june,
            QStringLiteral("<Q4-B-%1>").arg(i));
    reply(ws, QStringLiteral("mailer-daemon@y.com"), QStringLiteral("bounce"), june, QStringLiteral("<Q4-B-49>"));
    for (int i = 0; i < 2; ++i)
        reply(ws, QStringLiteral("rs%1@y.com").arg(i), QStringLiteral("objection"), june,
            QStringLiteral("<Solo-A-%1>").arg(i));
    // Deals (EUR): D1 1,000 qualified -> discovery 3 Nov -> proposal 18 Nov; D2 500 qualified since
    // 17 Nov; D3 2,000 negotiation -> won 10 Nov; D4 700 lost in September; D5 300 in discovery
    // untouched since 20 Oct (stalled).
    const qint64 d1 = deal(ws, QStringLiteral("proposal"), 1000, at(2026, 10, 1), at(2026, 11, 18));
    move(ws, d1, QStringLiteral("qualified"), QStringLiteral("discovery"), at(2026, 11, 3, 10));
    move(ws, d1, QStringLiteral("discovery"), QStringLiteral("proposal"), at(2026, 11, 18));
    deal(ws, QStringLiteral("qualified"), 500, at(2026, 11, 17), at(2026, 11, 17));
    const qint64 d3 = deal(ws, QStringLiteral("closed_won"), 2000, at(2026, 10, 1), at(2026, 11, 10));
    move(ws, d3, QStringLiteral("negotiation"), QStringLiteral("closed_won"), at(2026, 11, 10));
    deal(ws, QStringLiteral("closed_lost"), 700, at(2026, 9, 1), at(2026, 9, 15));
    deal(ws, QStringLiteral("discovery"), 300, at(2026, 10, 1), at(2026, 10, 20));
    // Snapshots of the research agent's counters: 100, 130, 10 (restarted), 40 handled, half an
    // hour apart, median 5..8 ms; one 30 hours old is outside the day.
    snapshot(ws, kNow - 30LL * 3600 * 1000, 0, 99);
    snapshot(ws, kNow - 95LL * 60 * 1000, 100, 5);
    snapshot(ws, kNow - 65LL * 60 * 1000, 130, 6);
    snapshot(ws, kNow - 35LL * 60 * 1000, 10, 7);
    snapshot(ws, kNow - 5LL * 60 * 1000, 40, 8);
}

QList<double> values(QBarSet* set)
{
    QList<double> out;
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QAbstractSeries* named(QChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->series()) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

} // namespace

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::Workspace::setAccessObserver(&observeAccess);
    }
    void cleanupTestCase() { core::Workspace::setAccessObserver(nullptr); }

    void wilson()
    {
        // Known values (Wilson 1927; e.g. Newcombe 1998, table I): 10/100 -> 5.52 % .. 17.44 %.
        const auto [low, high] = core::wilsonInterval(10, 100);
        QVERIFY(qAbs(low - 0.0552) < 5e-4);
        QVERIFY(qAbs(high - 0.1744) < 5e-4);
        const auto [zeroLow, zeroHigh] = core::wilsonInterval(0, 20);
        QCOMPARE(zeroLow, 0.0);
        QVERIFY(qAbs(zeroHigh - 0.1611) < 5e-4);
        const auto [none, noneHigh] = core::wilsonInterval(0, 0);
        QCOMPARE(none, 0.0);
        QCOMPARE(noneHigh, 0.0);
    }

    void figuresFromKnownRows()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        fill(*ws);
        if (QTest::currentTestFailed())
            return;
        const core::DashboardData d = core::loadDashboard(*ws, kNow);

        // Funnel: 400 prospects, 173 contacted (3 by GreenDoor's own emails, 170 campaign steps), replied a, b + 15 + 2
        // campaign repliers, positive a + 3, 2 meetings, 5 deals, 1 won.
        QList<qint64> funnel;
        for (const auto& s : d.funnel)
            funnel << s.count;
        QCOMPARE(funnel, (QList<qint64> { 400, 173, 19, 4, 2, 5, 1 }));

        QCOMPARE(d.weeks.size(), 8);
        QCOMPARE(d.weeks.first(), QDate(2026, 10, 5));
        QCOMPARE(d.weeks.last(), QDate(2026, 11, 23));
        QCOMPARE(d.replyClasses,
            (QStringList { QStringLiteral("bounce"), QStringLiteral("interested"), QStringLiteral("not_interested"),
                QStringLiteral("out_of_office") }));
        QCOMPARE(d.repliesByClass.value(QStringLiteral("interested")), (QList<int> { 0, 0, 0, 0, 0, 0, 1, 1 }));
        QCOMPARE(d.repliesByClass.value(QStringLiteral("bounce")), (QList<int> { 0, 0, 0, 0, 0, 0, 1, 0 }));
        QCOMPARE(d.repliesByClass.value(QStringLiteral("out_of_office")), (QList<int> { 0, 0, 0, 0, 0, 0, 0, 1 }));

        QCOMPARE(d.rates.size(), 8);
        QCOMPARE(d.rates.at(7).decisions, 10);
        QCOMPARE(d.rates.at(7).autonomy, 90.0);
        QCOMPARE(d.rates.at(6).decisions, 2);
        QCOMPARE(d.rates.at(6).autonomy, 50.0);
        QCOMPARE(d.rates.at(7).reviewed, 5);
        QCOMPARE(d.rates.at(7).overrides, 20.0);
        QCOMPARE(d.rates.at(6).reviewed, 1);
        QCOMPARE(d.rates.at(6).overrides, 100.0);
        QCOMPARE(d.rates.at(0).decisions, 0);

        // Pipeline now and week by week.
        QCOMPARE(d.currency, QStringLiteral("EUR"));
        QHash<QString, double> now;
        for (const auto& t : d.pipeline)
            now.insert(t.stage, t.value);
        QCOMPARE(now.value(QStringLiteral("qualified")), 500.0);
        QCOMPARE(now.value(QStringLiteral("discovery")), 300.0);
        QCOMPARE(now.value(QStringLiteral("proposal")), 1000.0);
        QCOMPARE(now.value(QStringLiteral("closed_won")), 2000.0);
        QCOMPARE(d.pipelineStages,
            (QStringList { QStringLiteral("qualified"), QStringLiteral("discovery"), QStringLiteral("proposal"),
                QStringLiteral("negotiation") }));
        QCOMPARE(d.pipelineByWeek.value(QStringLiteral("qualified")),
            (QList<double> { 1000, 1000, 1000, 1000, 0, 0, 500, 500 }));
        QCOMPARE(d.pipelineByWeek.value(QStringLiteral("discovery")),
            (QList<double> { 300, 300, 300, 300, 1300, 1300, 300, 300 }));
        QCOMPARE(d.pipelineByWeek.value(QStringLiteral("proposal")), (QList<double> { 0, 0, 0, 0, 0, 0, 1000, 1000 }));
        QCOMPARE(d.pipelineByWeek.value(QStringLiteral("negotiation")),
            (QList<double> { 2000, 2000, 2000, 2000, 2000, 0, 0, 0 }));

        // Campaign and variant rates: Q4 (149 delivered) with A and B, then Solo (one variant: no rows).
        QCOMPARE(d.variantRates.size(), 4);
        const auto& q4 = d.variantRates.at(0);
        QCOMPARE(q4.campaign, QStringLiteral("Q4"));
        QVERIFY(q4.variant.isEmpty());
        QCOMPARE(q4.delivered, 149);
        QCOMPARE(q4.replied, 15);
        QCOMPARE(q4.positive, 3);
        const auto& a = d.variantRates.at(1);
        QCOMPARE(a.variant, QStringLiteral("A"));
        QCOMPARE(a.delivered, 100);
        QCOMPARE(a.replied, 10);
        QCOMPARE(a.replyRate, 10.0);
        QVERIFY(qAbs(a.replyLow - 5.52) < 0.05);
        QVERIFY(qAbs(a.replyHigh - 17.44) < 0.05);
        const auto& b = d.variantRates.at(2);
        QCOMPARE(b.variant, QStringLiteral("B"));
        QCOMPARE(b.delivered, 49);
        QCOMPARE(b.replied, 5);
        QCOMPARE(b.positive, 0);
        QCOMPARE(b.positiveLow, 0.0);
        QVERIFY(b.positiveHigh > 0);
        QCOMPARE(d.variantRates.at(3).campaign, QStringLiteral("Solo"));
        QCOMPARE(d.variantRates.at(3).delivered, 20);
        QCOMPARE(d.variantRates.at(3).replied, 2);

        // Agents from the snapshots: 30, then 10 after the restart, then 30 handled per half hour.
        QCOMPARE(d.agentSeries.size(), 1);
        const auto& research = d.agentSeries.first();
        QCOMPARE(research.agent, QStringLiteral("research"));
        QCOMPARE(research.throughput.size(), 3);
        QCOMPARE(research.throughput.at(0).y(), 60.0);
        QCOMPARE(research.throughput.at(1).y(), 20.0);
        QCOMPARE(research.throughput.at(2).y(), 60.0);
        QCOMPARE(research.latencyMs.size(), 4);
        QCOMPARE(research.latencyMs.last().y(), 8.0);
        QCOMPARE(d.agents.first().done, 70);

        // Alerts: the two approvals first, then the stalled deal by name.
        QCOMPARE(d.pendingApprovals, 2);
        QVERIFY(d.alerts.value(0).contains(QLatin1String("2")));
        QCOMPARE(d.alerts.filter(QStringLiteral("stalled")).size(), 1);
        QVERIFY(d.alerts.filter(QStringLiteral("stalled")).first().contains(QLatin1String("36 days")));
    }

    void chartsDrawTheFigures()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        fill(*ws);
        if (QTest::currentTestFailed())
            return;
        ui::DashboardView view;
        view.resize(1280, 1080);
        view.showData(core::loadDashboard(*ws, kNow));
        QCOMPARE(view.charts().size(), int(ui::DashboardView::ChartCount));

        QChart* funnel = view.charts().at(ui::DashboardView::FunnelChart)->chart();
        auto* bars = qobject_cast<QHorizontalBarSeries*>(funnel->series().value(0));
        QVERIFY(bars);
        QCOMPARE(values(bars->barSets().first()), (QList<double> { 1, 5, 2, 4, 19, 173, 400 })); // bottom up

        QChart* weekly = view.charts().at(ui::DashboardView::PipelineHistoryChart)->chart();
        auto* stacked = qobject_cast<QStackedBarSeries*>(weekly->series().value(0));
        QVERIFY(stacked);
        QCOMPARE(stacked->count(), 4);
        QCOMPARE(values(stacked->barSets().at(2)), (QList<double> { 0, 0, 0, 0, 0, 0, 1000, 1000 }));
        // Says what its figures rest on: the stage history, at the deals' current values.
        const QString basis = view.charts().at(ui::DashboardView::PipelineHistoryChart)->toolTip();
        QVERIFY2(basis.contains(QStringLiteral("stage history")) && basis.contains(QStringLiteral("current value")),
            qPrintable(basis));

        QChart* autonomy = view.charts().at(ui::DashboardView::AutonomyChart)->chart();
        auto* aim = qobject_cast<QLineSeries*>(named(autonomy, QStringLiteral("aim ≥ 85 %")));
        QVERIFY(aim);
        QCOMPARE(aim->at(0).y(), 85.0);
        auto* overrideAim = qobject_cast<QLineSeries*>(named(autonomy, QStringLiteral("aim under 10 %")));
        QVERIFY(overrideAim);
        QCOMPARE(overrideAim->at(1).y(), 10.0);
        auto* alone = qobject_cast<QLineSeries*>(named(autonomy, QStringLiteral("alone")));
        QVERIFY(alone);
        QCOMPARE(alone->points(), (QList<QPointF> { { 6, 50 }, { 7, 90 } }));

        QChart* variants = view.charts().at(ui::DashboardView::VariantChart)->chart();
        auto* replied = qobject_cast<QScatterSeries*>(named(variants, QStringLiteral("replied")));
        QVERIFY(replied);
        QCOMPARE(replied->count(), 4);
        QList<QPointF> rows = replied->points();
        std::sort(rows.begin(), rows.end(), [](const QPointF& a, const QPointF& b) { return a.y() > b.y(); });
        QCOMPARE(rows.at(0).x(), 100.0 * 15 / 149); // Q4 on top
        QCOMPARE(rows.at(1).x(), 10.0); // then its variant A
        QCOMPARE(rows.at(3).x(), 10.0); // Solo: 2 of 20

        // Agents by their names for people (core::agentTitle), not their ids.
        QChart* throughput = view.charts().at(ui::DashboardView::ThroughputChart)->chart();
        auto* research = qobject_cast<QLineSeries*>(named(throughput, QStringLiteral("Research")));
        QVERIFY(research);
        QCOMPARE(research->count(), 3);
        QChart* latency = view.charts().at(ui::DashboardView::LatencyChart)->chart();
        QCOMPARE(qobject_cast<QLineSeries*>(named(latency, QStringLiteral("Research")))->count(), 4);

        for (int i = ui::DashboardView::FunnelChart; i < ui::DashboardView::ChartCount; ++i) // no goal here
            QVERIFY2(
                !view.charts().at(i)->chart()->series().isEmpty(), qPrintable(view.charts().at(i)->chart()->title()));
        QCOMPARE(view.charts().at(ui::DashboardView::GoalChart)->chart()->title(),
            QStringLiteral("No goal yet: Set a Goal..."));
        QCOMPARE(view.alerts()->item(0)->text(), view.data().alerts.first());

        // A refresh with the same figures draws nothing again; a changed figure draws its chart only.
        const int drawn = view.redrawnCharts();
        core::DashboardData same = view.data();
        same.loadMs += 5;
        view.showData(same);
        QCOMPARE(view.redrawnCharts(), drawn);
        same.funnel[1].count = 4;
        view.showData(same);
        QCOMPARE(view.redrawnCharts(), drawn + 1);
        QCOMPARE(values(qobject_cast<QHorizontalBarSeries*>(funnel->series().value(0))->barSets().first()).at(5), 4.0);

        // Every chart saves as a PNG.
        QCOMPARE(view.saveAllCharts(dir.path()), int(ui::DashboardView::ChartCount));
        QVERIFY(!QImage(dir.file(QStringLiteral("dashboard-variants.png"))).isNull());
        if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty()) {
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(shots + QStringLiteral("/dashboard-known-light.png"));
            view.setPalette(ui::appearance::darkPalette());
            QTest::qWait(300); // a picture for people: let the new palette lay out
            view.grab().save(shots + QStringLiteral("/dashboard-known-dark.png"));
            view.saveAllCharts(shots);
        }
    }

    void paletteSwitch()
    {
        ui::DashboardView view;
        view.resize(1200, 900);
        view.setPalette(ui::appearance::lightPalette());
        QVERIFY(!view.isDark());
        QChart* chart = view.charts().first()->chart();
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        QVERIFY(chart->backgroundBrush().color().lightness() > 200);
        QVERIFY(chart->titleBrush().color().lightness() < 100);

        view.setPalette(ui::appearance::darkPalette());
        QVERIFY(view.isDark());
        for (QChartView* v : view.charts()) {
            QCOMPARE(v->chart()->theme(), QChart::ChartThemeDark);
            QVERIFY(v->chart()->backgroundBrush().color().lightness() < 60);
            QVERIFY(v->chart()->titleBrush().color().lightness() > 180); // light text on dark
        }
        // The saved picture is dark too.
        const QImage dark = view.charts().first()->grab().toImage();
        QVERIFY(dark.pixelColor(dark.width() / 2, dark.height() / 2).lightness() < 80);

        view.setPalette(ui::appearance::lightPalette());
        QVERIFY(!view.isDark());
        QCOMPARE(chart->theme(), QChart::ChartThemeLight);
        const QImage light = view.charts().first()->grab().toImage();
        QVERIFY(light.pixelColor(light.width() / 2, light.height() / 2).lightness() > 200);
    }

    void readsOffTheGuiThread()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        fill(*ws);
        if (QTest::currentTestFailed())
            return;
        ui::AsyncRunner runner(ws);
        ui::DashboardView view;
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        g_guiAccesses = 0;
        g_armed = true;
        view.setRunner(&runner);
        view.refresh();
        QVERIFY(loaded.wait(20000));
        view.refresh(true);
        view.refresh(true); // a periodic refresh while one runs is skipped, not queued
        QVERIFY(loaded.wait(20000));
        g_armed = false;
        QCOMPARE(g_guiAccesses.load(), 0);
        QCOMPARE(view.data().funnel.first().count, 400);
        runner.stop();
        runner.wait();
    }

    // Several goals: one at a time on the chart, chosen in the picker above it (as CRMs do), each
    // with its own pace line, forecast and behind-pace alert; the choice stays across refreshes;
    // a goal removed from the dashboard leaves the picker and the chart falls back to another.
    void eachGoalOnItsOwnChart()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QString error;
        QVERIFY2(core::DemoData::populate(*ws, &error), qPrintable(error));
        core::GoalStore store(*ws);
        const QDate today = QDate::currentDate();
        const auto meetings
            = store.add(core::GoalParser::parse(
                            QStringLiteral("Book 40 meetings with logistics firms in Benelux in 10 weeks"), today),
                &error, today);
        QVERIFY2(meetings, qPrintable(error));
        const auto deals
            = store.add(core::GoalParser::parse(QStringLiteral("Win 6 deals in 6 weeks"), today), &error, today);
        QVERIFY2(deals, qPrintable(error));
        const auto replies
            = store.add(core::GoalParser::parse(QStringLiteral("Get 90 replies by end of Q1"), today), &error, today);
        QVERIFY2(replies, qPrintable(error));

        ui::AsyncRunner runner(ws);
        ui::DashboardView view;
        view.resize(1280, 760);
        view.setRunner(&runner);
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        const core::DashboardData& d = view.data();
        QCOMPARE(d.goals.size(), 3);
        QComboBox* picker = view.goalPicker();
        QVERIFY(picker->isVisibleTo(&view));
        QCOMPARE(picker->count(), 3);
        QChart* chart = view.charts().at(ui::DashboardView::GoalChart)->chart();
        auto paceTarget = [&] {
            auto* pace = qobject_cast<QLineSeries*>(chart->series().value(0));
            return pace && pace->count() == 2 ? pace->at(1).y() : -1.0;
        };
        // The first goal by default.
        QCOMPARE(view.shownGoal(), *meetings);
        QCOMPARE(chart->title(), d.goals.at(0).summary);
        QCOMPARE(paceTarget(), 40.0);
        QVERIFY2(
            view.findChild<QLabel*>(QStringLiteral("dashboardHeadline"))->text().contains(QStringLiteral("1 of 3")),
            qPrintable(view.findChild<QLabel*>(QStringLiteral("dashboardHeadline"))->text()));
        // Each goal: its own summary, target, forecast and alert.
        for (int i = 0; i < 3; ++i) {
            picker->setCurrentIndex(i);
            const auto& g = view.data().goals.at(i);
            QCOMPARE(view.shownGoal(), g.id);
            QCOMPARE(chart->title(), g.summary);
            QCOMPARE(paceTarget(), g.target);
            auto* forecast = qobject_cast<QLineSeries*>(chart->series().value(2));
            QVERIFY(forecast);
            QCOMPARE(forecast->at(1).y(), g.projected);
            QCOMPARE(forecast->name(),
                g.onTrack ? QStringLiteral("at this pace: on track") : QStringLiteral("at this pace: behind"));
            QVERIFY(picker->itemText(i).contains(g.summary));
            QCOMPARE(picker->itemData(i, Qt::ToolTipRole).toString(), g.progress);
            // Its dot: red when behind, green on track.
            const QColor dot = picker->itemIcon(i).pixmap(12, 12).toImage().pixelColor(6, 6);
            if (g.measured)
                QVERIFY2(g.onTrack ? dot.green() > dot.red() : dot.red() > dot.green(), qPrintable(dot.name()));
            if (g.measured && !g.onTrack)
                QVERIFY2(!view.data().alerts.filter(QStringLiteral("Goal behind: %1").arg(g.summary)).isEmpty(),
                    qPrintable(view.data().alerts.join(QLatin1Char('\n'))));
        }
        QVERIFY(view.data().alerts.filter(QStringLiteral("Goal behind")).size() >= 2); // not just the first goal's
        // The choice stays across a refresh.
        picker->setCurrentIndex(1);
        QCOMPARE(view.shownGoal(), *deals);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(view.shownGoal(), *deals);
        QCOMPARE(picker->currentIndex(), 1);
        QCOMPARE(chart->title(), view.data().goals.at(1).summary);

        if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty()) {
            picker->setCurrentIndex(2);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.grab().save(shots + QStringLiteral("/dashboard-goals.png"));
            picker->setCurrentIndex(1);
        }
        // Asked first from the button; declined, nothing is removed.
        QTimer::singleShot(200, &view, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty())
                box->grab().save(shots + QStringLiteral("/dashboard-remove-goal.png"));
            box->button(QMessageBox::No)->click();
        });
        view.findChild<QPushButton*>(QStringLiteral("removeGoal"))->click();
        QCOMPARE(core::GoalStore(*ws).list().size(), 3);
        // Removed from the dashboard: gone from the picker, the chart shows the first goal again.
        QSignalSpy removed(&view, &ui::DashboardView::goalRemoved);
        view.removeGoal(*deals, false);
        QVERIFY(removed.wait(10000));
        QVERIFY(removed.constFirst().at(1).toBool());
        QVERIFY2(removed.constFirst().at(2).toString().contains(QStringLiteral("task(s) cancelled"))
                || removed.constFirst().at(2).toString().contains(QStringLiteral("cancelled")),
            qPrintable(removed.constFirst().at(2).toString()));
        QTRY_COMPARE(picker->count(), 2);
        QCOMPARE(view.shownGoal(), *meetings);
        QCOMPARE(chart->title(), view.data().goals.at(0).summary);
        QVERIFY(!core::GoalStore(*ws).find(*deals));
        // Two removals at once: both are carried out (writes never drop one another).
        view.removeGoal(*meetings, false);
        view.removeGoal(*replies, false);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 3, 10000);
        QVERIFY(removed.at(1).at(1).toBool() && removed.at(2).at(1).toBool());
        QVERIFY(core::GoalStore(*ws).list().isEmpty());
        QTRY_VERIFY(!picker->isVisibleTo(&view));
        QCOMPARE(chart->title(), QStringLiteral("No goal yet: Set a Goal..."));
        runner.stop();
        runner.wait();
    }

    // At the main window's size, in light and dark, no axis label or legend entry of any chart is
    // cut to "..." (the replies chart's week labels were, with its legend on the right).
    void nothingElided()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        fill(*ws);
        if (QTest::currentTestFailed())
            return;
        // More reply classes than before: every class the classifier knows, in one week.
        const QStringList classes { QStringLiteral("interested"), QStringLiteral("not_now"),
            QStringLiteral("objection"), QStringLiteral("referral"), QStringLiteral("out_of_office"),
            QStringLiteral("unsubscribe"), QStringLiteral("bounce"), QStringLiteral("not_interested") };
        for (int i = 0; i < classes.size(); ++i)
            reply(*ws, QStringLiteral("c%1@example.org").arg(i), classes.at(i), at(2026, 11, 24));
        // Both with figures and empty (no workspace open: the charts' titles say so).
        for (const int variant : { 0, 1, 2 }) {
            const bool dark = variant == 1;
            ui::DashboardView view;
            view.setPalette(dark ? ui::appearance::darkPalette() : ui::appearance::lightPalette());
            view.resize(1260, 700); // the tab inside a 1280 x 800 main window
            view.showData(variant == 2 ? core::DashboardData {} : core::loadDashboard(*ws, kNow));
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            for (QChartView* chartView : view.charts()) {
                chartView->grab(); // lays the chart out at its size
                const QStringList cut = elidedTexts(chartView);
                QVERIFY2(cut.isEmpty(),
                    qPrintable(QStringLiteral("%1 (%2): %3")
                                   .arg(chartView->chart()->title(),
                                       variant == 2 ? QStringLiteral("empty")
                                           : dark   ? QStringLiteral("dark")
                                                    : QStringLiteral("light"),
                                       cut.join(QStringLiteral(" | ")))));
            }
            if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty())
                view.grab().save(shots + QStringLiteral("/dashboard-1260-%1.png").arg(variant));
        }
    }

    void demoWithGoal()
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
        QCOMPARE(d.goals.size(), 1);
        QVERIFY(d.goals.first().measured);
        QVERIFY(d.goals.first().id > 0);
        QVERIFY(!d.goals.first().history.isEmpty()); // the burn-up's line
        QCOMPARE(d.goals.first().history.last().y(), d.goals.first().current);
        QCOMPARE(d.pipeline.size(), core::DealStageCount);

        ui::AsyncRunner runner(ws);
        ui::DashboardView view;
        view.resize(1280, 760);
        view.setRunner(&runner);
        QSignalSpy loaded(&view, &ui::DashboardView::loaded);
        view.refresh();
        QVERIFY(loaded.wait(10000));
        QChart* goalChart = view.charts().at(ui::DashboardView::GoalChart)->chart();
        QCOMPARE(goalChart->title(), d.goals.first().summary);
        QCOMPARE(goalChart->series().size(), 3); // pace, reached, projection
        QVERIFY(view.alerts()->count() > 0); // the demo has stalled deals
        const QString png = dir.file(QStringLiteral("funnel.png"));
        QVERIFY(view.saveChart(1, png));
        QVERIFY(!QImage(png).isNull());
        QVERIFY(!view.saveChart(99, png));
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
