#include "core/reports/Dashboard.h"

#include "core/Text.h"
#include "core/formats/Json.h"
#include "core/sales/GoalStore.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>
#include <map>

namespace gd::core {

namespace {

// Debug level: how long each part of the read took (QT_LOGGING_RULES="greendoor.core.dashboard.debug=true").
Q_LOGGING_CATEGORY(lcDashboard, "greendoor.core.dashboard", QtInfoMsg)

constexpr qint64 kQuarterHourMs = 15LL * 60 * 1000;
constexpr qint64 kSnapshotBucketMs = 30LL * 60 * 1000;
constexpr int kStalledDays = 14;
constexpr int kStalledShown = 5;

qint64 count(Workspace& ws, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(ws.db());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 msAt(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

// Which of the weeks (Mondays, oldest first) a moment falls in; -1 outside.
int weekOf(const QList<QDate>& weeks, qint64 ms)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
    const qint64 days = weeks.first().daysTo(day);
    if (days < 0)
        return -1;
    const auto week = static_cast<int>(days / 7);
    return week < weeks.size() ? week : -1;
}

void loadFunnel(Workspace& ws, DashboardData& d)
{
    // Each count reads one index (migration "dashboard"), not the rows.
    d.funnel = {
        { tr("Prospects"), count(ws, QStringLiteral("SELECT count(*) FROM prospects")) },
        { tr("Contacted"),
            count(ws,
                // Everyone written to: GreenDoor's sent emails, campaign steps sent (or bounced), and
                // threads with a message of ours (mail sent from the user's own mail client too).
                QStringLiteral("SELECT count(*) FROM (SELECT target FROM outbox WHERE status = 'done' AND type LIKE "
                               "'email.%' UNION SELECT email FROM campaign_sends WHERE status IN ('sent', "
                               "'bounced') UNION SELECT c.contact FROM conversations c WHERE EXISTS (SELECT 1 FROM "
                               "mail_messages m WHERE m.conversation_id = c.id AND m.direction = 'out'))")) },
        { tr("Replied"),
            count(ws,
                QStringLiteral("SELECT count(DISTINCT sender) FROM mail_messages WHERE direction = 'in' AND class NOT "
                               "IN ('bounce', 'out_of_office', '')")) },
        { tr("Positive"),
            count(ws,
                QStringLiteral("SELECT count(DISTINCT sender) FROM mail_messages WHERE direction = 'in' AND class = "
                               "'interested'")) },
        { tr("Meetings"),
            count(ws,
                QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'meeting.book' AND status = 'executed'")) },
        { tr("Deals"), count(ws, QStringLiteral("SELECT count(*) FROM deals")) },
        { tr("Won"), count(ws, QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'closed_won'")) },
    };
}

void loadReplies(Workspace& ws, DashboardData& d, qint64 from, qint64 to)
{
    const auto weekCount = static_cast<int>(d.weeks.size());
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT received_at / ?, class, count(*) FROM mail_messages WHERE direction = 'in' AND "
                             "received_at >= ? AND received_at < ? AND class != '' GROUP BY 1, 2"));
    q.addBindValue(kQuarterHourMs);
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec())
        return;
    while (q.next()) {
        const int week = weekOf(d.weeks, q.value(0).toLongLong() * kQuarterHourMs);
        if (week < 0)
            continue;
        const QString cls = q.value(1).toString();
        auto it = d.repliesByClass.find(cls);
        if (it == d.repliesByClass.end()) {
            it = d.repliesByClass.insert(cls, QList<int>(weekCount, 0));
            d.replyClasses << cls;
        }
        (*it)[week] += q.value(2).toInt();
    }
    d.replyClasses.sort();
}

void loadRates(Workspace& ws, DashboardData& d, qint64 from, qint64 to)
{
    QList<qint64> decisions(d.weeks.size(), 0), alone(d.weeks.size(), 0), reviewed(d.weeks.size(), 0),
        overridden(d.weeks.size(), 0);
    auto read = [&](const QString& sql, QList<qint64>& all, QList<qint64>& some) {
        QSqlQuery q(ws.db());
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(kQuarterHourMs);
        q.addBindValue(from);
        q.addBindValue(to);
        if (!q.exec())
            return;
        while (q.next()) {
            const int week = weekOf(d.weeks, q.value(0).toLongLong() * kQuarterHourMs);
            if (week < 0)
                continue;
            all[week] += q.value(1).toLongLong();
            some[week] += q.value(2).toLongLong();
        }
    };
    read(QStringLiteral("SELECT created_at / ?, count(*), sum(outcome = 'act') FROM decisions WHERE created_at >= ? "
                        "AND created_at < ? AND outcome IN ('act', 'queue') GROUP BY 1"),
        decisions, alone);
    read(QStringLiteral(
             "SELECT decided_at / ?, count(*), sum(status IN ('rejected', 'edited')) FROM approvals WHERE "
             "decided_at >= ? AND decided_at < ? AND status IN ('approved', 'rejected', 'edited') GROUP BY 1"),
        reviewed, overridden);
    for (int i = 0; i < d.weeks.size(); ++i) {
        DashboardData::WeekRate r;
        r.week = d.weeks.at(i);
        r.decisions = static_cast<int>(decisions.at(i));
        r.autonomy = r.decisions ? 100.0 * static_cast<double>(alone.at(i)) / r.decisions : 0;
        r.reviewed = static_cast<int>(reviewed.at(i));
        r.overrides = r.reviewed ? 100.0 * static_cast<double>(overridden.at(i)) / r.reviewed : 0;
        d.rates << r;
    }
}

// Open pipeline per stage at the end of each week, rebuilt backwards from the stages as they
// stand now: at a moment T a deal was in the stage it left by its first move after T (or in its
// current stage when it has not moved since), and not there at all before it was created. Only
// the deals created or moved within the period differ from today's totals, so only they are read.
void loadPipelineHistory(Workspace& ws, DashboardData& d, qint64 nowMs)
{
    QList<qint64> ends;
    for (const QDate& monday : std::as_const(d.weeks))
        ends << std::min(msAt(monday.addDays(7)), nowMs);
    for (const StageTotal& t : std::as_const(d.pipeline)) {
        const auto stage = dealStageFromKey(t.stage);
        if (stage && !isClosed(*stage)) {
            d.pipelineStages << t.stage;
            d.pipelineByWeek.insert(t.stage, QList<double>(ends.size(), t.value));
        }
    }
    struct Move
    {
        qint64 at;
        QString from;
    };
    std::map<qint64, std::vector<Move>> moves; // deal -> its moves after the first week's end, in time order
    {
        QSqlQuery q(ws.db());
        q.setForwardOnly(true);
        // By the events' (at, kind, deal_id, from_stage) index; put in order here.
        q.prepare(QStringLiteral("SELECT deal_id, at, from_stage FROM deal_events WHERE at > ? AND kind IN ('stage', "
                                 "'closed') AND from_stage != ''"));
        q.addBindValue(ends.first());
        if (q.exec()) {
            while (q.next())
                moves[q.value(0).toLongLong()].push_back({ q.value(1).toLongLong(), q.value(2).toString() });
        }
        for (auto& [deal, list] : moves)
            std::sort(list.begin(), list.end(), [](const Move& a, const Move& b) { return a.at < b.at; });
    }
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, created_at, stage, value_cents FROM deals WHERE currency = ? AND (created_at "
                             "> ? OR id IN (SELECT deal_id FROM deal_events WHERE at > ? AND kind IN ('stage', "
                             "'closed') AND from_stage != ''))"));
    q.addBindValue(d.currency);
    q.addBindValue(ends.first());
    q.addBindValue(ends.first());
    if (!q.exec())
        return;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 created = q.value(1).toLongLong();
        const QString current = q.value(2).toString();
        const double value = static_cast<double>(q.value(3).toLongLong()) / 100.0;
        const auto found = moves.find(id);
        for (int w = 0; w < ends.size(); ++w) {
            const QString* stage = &current;
            if (created > ends.at(w)) {
                stage = nullptr; // not there yet
            } else if (found != moves.end()) {
                for (const Move& m : found->second) {
                    if (m.at > ends.at(w)) {
                        stage = &m.from;
                        break;
                    }
                }
            }
            if (stage && *stage == current)
                continue; // as today
            if (auto now = d.pipelineByWeek.find(current); now != d.pipelineByWeek.end())
                (*now)[w] -= value;
            if (!stage)
                continue;
            if (auto then = d.pipelineByWeek.find(*stage); then != d.pipelineByWeek.end())
                (*then)[w] += value;
        }
    }
}

void loadVariantRates(Workspace& ws, DashboardData& d)
{
    // Two index reads: the sends per campaign and variant, then the replies (by in_reply_to) each
    // looked up to its send by Message-ID (CROSS JOIN keeps that order: the replies are the fewer).
    // A bounced send is not delivered.
    struct Counts
    {
        qint64 sent = 0, bounced = 0, replied = 0, positive = 0;
    };
    std::map<std::pair<QString, QString>, Counts> counts;
    QSqlQuery sends(ws.db());
    sends.setForwardOnly(true);
    if (!sends.exec(QStringLiteral("SELECT campaign, variant, count(*) FROM campaign_sends WHERE status = 'sent' "
                                   "GROUP BY campaign, variant")))
        return;
    while (sends.next())
        counts[{ sends.value(0).toString(), sends.value(1).toString() }].sent = sends.value(2).toLongLong();
    QSqlQuery replies(ws.db());
    replies.setForwardOnly(true);
    if (!replies.exec(QStringLiteral(
            "SELECT s.campaign, s.variant, sum(r.bounced), sum(r.replied AND NOT r.bounced), "
            "sum(r.positive AND NOT r.bounced) FROM (SELECT in_reply_to, max(class NOT IN ('bounce', 'out_of_office', "
            "'')) AS replied, max(class = 'interested') AS positive, max(class = 'bounce') AS bounced FROM "
            "mail_messages WHERE direction = 'in' AND in_reply_to != '' GROUP BY in_reply_to) r "
            "CROSS JOIN campaign_sends s WHERE s.message_id = r.in_reply_to AND s.status = 'sent' "
            "GROUP BY s.campaign, s.variant")))
        return;
    while (replies.next()) {
        Counts& c = counts[{ replies.value(0).toString(), replies.value(1).toString() }];
        c.bounced = replies.value(2).toLongLong();
        c.replied = replies.value(3).toLongLong();
        c.positive = replies.value(4).toLongLong();
    }
    auto withIntervals = [](DashboardData::VariantRate r) {
        const auto [rl, rh] = wilsonInterval(r.replied, r.delivered);
        const auto [pl, ph] = wilsonInterval(r.positive, r.delivered);
        const double n = std::max<double>(1.0, static_cast<double>(r.delivered));
        r.replyRate = 100.0 * static_cast<double>(r.replied) / n;
        r.positiveRate = 100.0 * static_cast<double>(r.positive) / n;
        r.replyLow = 100.0 * rl;
        r.replyHigh = 100.0 * rh;
        r.positiveLow = 100.0 * pl;
        r.positiveHigh = 100.0 * ph;
        return r;
    };
    QList<std::pair<DashboardData::VariantRate, QList<DashboardData::VariantRate>>> campaigns;
    for (const auto& [key, c] : counts) { // ordered by campaign, then variant
        DashboardData::VariantRate v;
        v.campaign = key.first;
        v.variant = key.second;
        v.delivered = std::max<qint64>(0, c.sent - c.bounced);
        v.replied = c.replied;
        v.positive = c.positive;
        if (campaigns.isEmpty() || campaigns.last().first.campaign != v.campaign) {
            DashboardData::VariantRate whole;
            whole.campaign = v.campaign;
            campaigns.append({ whole, {} });
        }
        auto& [whole, variants] = campaigns.last();
        whole.delivered += v.delivered;
        whole.replied += v.replied;
        whole.positive += v.positive;
        variants << withIntervals(v);
    }
    std::stable_sort(campaigns.begin(), campaigns.end(),
        [](const auto& a, const auto& b) { return a.first.delivered > b.first.delivered; });
    for (auto& [whole, variants] : campaigns) {
        d.variantRates << withIntervals(whole);
        if (variants.size() > 1) // one variant is the campaign itself
            d.variantRates += variants;
    }
}

void loadGoals(Workspace& ws, DashboardData& d, const QDate& today, qint64 nowMs)
{
    GoalStore goals(ws);
    for (const StoredGoal& g : goals.list()) {
        const GoalProgress p = goals.progress(g, today);
        DashboardData::GoalLine line;
        line.id = g.id;
        line.summary = g.goal.summary();
        line.progress = p.why;
        line.target = g.goal.target;
        line.current = p.current;
        line.projected = p.projected;
        line.start = QDateTime::fromMSecsSinceEpoch(g.createdAtMs).date();
        line.today = today;
        line.deadline = g.goal.deadline;
        line.measured = p.measured;
        line.onTrack = p.onTrack;
        line.level = g.goal.metric == QLatin1String("win_rate") || g.goal.metric == QLatin1String("pipeline_value");
        if (p.measured && !line.level) {
            // The burn-up: what was reached by each of a few moments = all since the start minus
            // what came after that moment (the goal's own measure, from a later start).
            line.history << QPointF(static_cast<double>(g.createdAtMs), 0);
            const qint64 span = nowMs - g.createdAtMs;
            constexpr int kPoints = 12;
            for (int i = 1; span > 0 && i < kPoints; ++i) {
                StoredGoal later = g;
                later.createdAtMs = g.createdAtMs + span * i / kPoints;
                const GoalProgress after = goals.progress(later, today);
                line.history << QPointF(
                    static_cast<double>(later.createdAtMs), std::max(0.0, p.current - after.current));
            }
            line.history << QPointF(static_cast<double>(std::max(nowMs, g.createdAtMs)), p.current);
        }
        d.goals << line;
        if (p.measured && !p.onTrack)
            d.alerts << tr("Goal behind: %1 — %2").arg(line.summary, p.why);
    }
}

void loadAgents(Workspace& ws, DashboardData& d, qint64 nowMs)
{
    // The newest snapshot of each half hour of the last day, and one before it for the first step.
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT created_at, metrics FROM metric_snapshots WHERE id IN (SELECT max(id) FROM "
                             "metric_snapshots WHERE created_at >= ? AND created_at <= ? GROUP BY created_at / ?) "
                             "ORDER BY created_at"));
    q.addBindValue(nowMs - 24LL * 3600 * 1000 - kSnapshotBucketMs);
    q.addBindValue(nowMs);
    q.addBindValue(kSnapshotBucketMs);
    if (!q.exec())
        return;
    struct Last
    {
        qint64 at = 0;
        double handled = -1;
        double done = 0;
        double p50 = 0;
    };
    std::map<QString, Last> last;
    std::map<QString, DashboardData::AgentSeries> series;
    const qint64 dayAgo = nowMs - 24LL * 3600 * 1000;
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        const QJsonObject agents = json::object(q.value(1)).value(QStringLiteral("agents")).toObject();
        for (auto it = agents.constBegin(); it != agents.constEnd(); ++it) {
            const QJsonObject m = it.value().toObject();
            const double handled = m.value(QStringLiteral("handled")).toDouble();
            const double p50 = m.value(QStringLiteral("handling_p50_ms")).toDouble();
            Last& prev = last[it.key()];
            DashboardData::AgentSeries& s = series[it.key()];
            s.agent = it.key();
            if (prev.handled >= 0 && at > prev.at) {
                // A counter that went down was restarted with the app: all it shows is new.
                const double delta = handled >= prev.handled ? handled - prev.handled : handled;
                const double hours = static_cast<double>(at - prev.at) / 3'600'000.0;
                if (at >= dayAgo) {
                    s.throughput << QPointF(static_cast<double>(at), delta / hours);
                    prev.done += delta;
                }
            }
            if (at >= dayAgo)
                s.latencyMs << QPointF(static_cast<double>(at), p50);
            prev.at = at;
            prev.handled = handled;
            prev.p50 = p50;
        }
    }
    for (auto& [name, s] : series) {
        d.agentSeries << s;
        d.agents << DashboardData::AgentLoad { name, static_cast<int>(last[name].done), last[name].p50 / 1000.0 };
    }
}

void loadAlerts(Workspace& ws, DashboardData& d, qint64 nowMs)
{
    // Stalled: an open deal with no event and no change for two weeks (the Deal agent's rule),
    // oldest first; the count of all, the first few by name.
    const qint64 cutoff = nowMs - kStalledDays * 86'400'000LL;
    // Candidates by their own last change, each checked for a newer event with one probe of the
    // events' (deal_id, at) index; the count of all in the same pass, the newest event read only for
    // the few shown.
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT title, stage, updated_at, (SELECT max(e.at) FROM deal_events e WHERE e.deal_id = t.id), n FROM "
        "(SELECT d.id, d.title, d.stage, d.updated_at, count(*) OVER () AS n FROM deals d WHERE d.stage NOT IN "
        "('closed_won', 'closed_lost') AND d.updated_at < ? AND NOT EXISTS (SELECT 1 FROM deal_events e WHERE "
        "e.deal_id = d.id AND e.at >= ?) ORDER BY d.updated_at, d.title LIMIT ?) t ORDER BY updated_at, title"));
    q.addBindValue(cutoff);
    q.addBindValue(cutoff);
    q.addBindValue(kStalledShown);
    qint64 stalled = 0;
    if (q.exec()) {
        while (q.next()) {
            stalled = q.value(4).toLongLong();
            const qint64 last = std::max(q.value(2).toLongLong(), q.value(3).toLongLong());
            d.alerts << tr("Deal stalled: %1 — no activity for %2 days in stage %3")
                            .arg(q.value(0).toString())
                            .arg((nowMs - last) / 86'400'000)
                            .arg(dealStageText(q.value(1).toString()));
        }
    }
    if (stalled > kStalledShown)
        d.alerts << tr(
            "%n more stalled deal(s) in the Pipeline tab", nullptr, static_cast<int>(stalled - kStalledShown));
    QSqlQuery paused(ws.db());
    if (paused.exec(QStringLiteral("SELECT name, paused_reason FROM mailboxes WHERE paused = 1 ORDER BY name"))) {
        while (paused.next())
            d.alerts << tr("Mailbox %1 paused: %2").arg(paused.value(0).toString(), paused.value(1).toString());
    }
    d.pendingApprovals
        = static_cast<int>(count(ws, QStringLiteral("SELECT count(*) FROM approvals WHERE status = 'pending'")));
    if (d.pendingApprovals > 0)
        d.alerts.prepend(tr("%n approval(s) waiting for you", nullptr, d.pendingApprovals));
}

} // namespace

std::pair<double, double> wilsonInterval(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return { 0.0, 0.0 };
    const double n = static_cast<double>(trials);
    const double p = std::clamp(static_cast<double>(successes) / n, 0.0, 1.0);
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}

DashboardData loadDashboard(Workspace& ws, qint64 nowMs, int weekCount)
{
    QElapsedTimer timer;
    timer.start();
    DashboardData d;
    d.nowMs = nowMs;
    QStringList parts;
    qint64 last = 0;
    auto lap = [&](const char* part) {
        const qint64 at = timer.elapsed();
        parts << QStringLiteral("%1 %2 ms").arg(QLatin1String(part)).arg(at - last);
        last = at;
    };
    loadFunnel(ws, d);
    lap("funnel");

    DealBook book(ws);
    d.currency = book.currencies().value(0, QStringLiteral("EUR"));
    d.pipeline = book.pipeline(d.currency);
    lap("pipeline");

    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (int i = std::max(1, weekCount) - 1; i >= 0; --i)
        d.weeks << thisMonday.addDays(-7LL * i);
    const qint64 from = msAt(d.weeks.first());
    const qint64 to = msAt(thisMonday.addDays(7));
    loadReplies(ws, d, from, to);
    lap("replies");
    loadRates(ws, d, from, to);
    lap("rates");
    loadPipelineHistory(ws, d, nowMs);
    lap("pipeline by week");
    loadVariantRates(ws, d);
    lap("variants");
    loadGoals(ws, d, today, nowMs);
    lap("goals");
    loadAgents(ws, d, nowMs);
    lap("agents");
    loadAlerts(ws, d, nowMs);
    lap("alerts");
    qCDebug(lcDashboard).noquote() << "dashboard read:" << parts.join(QStringLiteral(", "));
    d.loadMs = timer.elapsed();
    return d;
}

} // namespace gd::core
