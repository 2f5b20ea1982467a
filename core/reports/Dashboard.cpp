#include "core/reports/Dashboard.h"

#include "core/Text.h"
#include "core/sales/GoalStore.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

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

} // namespace

DashboardData loadDashboard(Workspace& ws, qint64 nowMs, int weekCount)
{
    DashboardData d;
    d.funnel = {
        { tr("Prospects"), count(ws, QStringLiteral("SELECT count(*) FROM prospects")) },
        { tr("Contacted"),
            count(ws,
                QStringLiteral(
                    "SELECT count(DISTINCT target) FROM outbox WHERE type LIKE 'email.%' AND status = 'done'")) },
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

    DealBook book(ws);
    d.currency = book.currencies().value(0, QStringLiteral("EUR"));
    d.pipeline = book.pipeline(d.currency);

    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    for (int i = weekCount - 1; i >= 0; --i)
        d.weeks << thisMonday.addDays(-7LL * i);
    const qint64 from = msAt(d.weeks.first());
    QSqlQuery replies(ws.db());
    replies.prepare(
        QStringLiteral("SELECT class, received_at FROM mail_messages WHERE direction = 'in' AND class != '' "
                       "AND received_at >= ?"));
    replies.addBindValue(from);
    if (replies.exec()) {
        while (replies.next()) {
            const QString cls = replies.value(0).toString();
            const QDate day = QDateTime::fromMSecsSinceEpoch(replies.value(1).toLongLong()).date();
            const int week = static_cast<int>(d.weeks.first().daysTo(day) / 7);
            if (week < 0 || week >= weekCount)
                continue;
            if (!d.repliesByClass.contains(cls)) {
                d.repliesByClass.insert(cls, QList<int>(weekCount, 0));
                d.replyClasses << cls;
            }
            ++d.repliesByClass[cls][week];
        }
    }
    d.replyClasses.sort();

    for (const QDate& monday : std::as_const(d.weeks)) {
        DashboardData::WeekRate r;
        r.week = monday;
        const QVariantList span { msAt(monday), msAt(monday.addDays(7)) };
        r.decisions = static_cast<int>(count(ws,
            QStringLiteral("SELECT count(*) FROM decisions WHERE outcome IN ('act', 'queue') AND created_at >= ? AND "
                           "created_at < ?"),
            span));
        const qint64 alone = count(ws,
            QStringLiteral(
                "SELECT count(*) FROM decisions WHERE outcome = 'act' AND created_at >= ? AND created_at < ?"),
            span);
        r.autonomy = r.decisions ? 100.0 * static_cast<double>(alone) / r.decisions : 0;
        r.reviewed = static_cast<int>(count(ws,
            QStringLiteral("SELECT count(*) FROM approvals WHERE status IN ('approved', 'rejected', 'edited') AND "
                           "decided_at >= ? AND decided_at < ?"),
            span));
        const qint64 overridden = count(ws,
            QStringLiteral(
                "SELECT count(*) FROM approvals WHERE status IN ('rejected', 'edited') AND decided_at >= ? AND "
                "decided_at < ?"),
            span);
        r.overrides = r.reviewed ? 100.0 * static_cast<double>(overridden) / r.reviewed : 0;
        d.rates << r;
    }

    GoalStore goals(ws);
    for (const StoredGoal& g : goals.list()) {
        const GoalProgress p = goals.progress(g, today);
        DashboardData::GoalLine line;
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
        d.goals << line;
        if (p.measured && !p.onTrack)
            d.alerts << tr("Goal behind: %1 — %2").arg(line.summary, p.why);
    }

    QSqlQuery agents(ws.db());
    agents.prepare(QStringLiteral("SELECT agent, count(*), avg(completed_at - started_at) FROM tasks WHERE status = "
                                  "'done' AND completed_at >= ? AND agent IS NOT NULL GROUP BY agent ORDER BY agent"));
    agents.addBindValue(nowMs - 24LL * 3600 * 1000);
    if (agents.exec()) {
        while (agents.next())
            d.agents << DashboardData::AgentLoad { agents.value(0).toString(), agents.value(1).toInt(),
                agents.value(2).toDouble() / 1000.0 };
    }

    for (const auto& [deal, why] : book.stalled(14, nowMs))
        d.alerts << tr("Deal stalled: %1 — %2").arg(deal.title, why);
    QSqlQuery paused(ws.db());
    if (paused.exec(QStringLiteral("SELECT name, paused_reason FROM mailboxes WHERE paused = 1"))) {
        while (paused.next())
            d.alerts << tr("Mailbox %1 paused: %2").arg(paused.value(0).toString(), paused.value(1).toString());
    }
    const qint64 waiting = count(ws, QStringLiteral("SELECT count(*) FROM approvals WHERE status = 'pending'"));
    if (waiting > 0)
        d.alerts.prepend(tr("%n approval(s) waiting for you", nullptr, static_cast<int>(waiting)));
    return d;
}

} // namespace gd::core
