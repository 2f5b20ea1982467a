#include "core/sales/GoalStore.h"

#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/sales/GoalCascade.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

// The figure a metric has reached since a moment, from the tables that record real events.
std::optional<double> measure(Workspace& ws, const Goal& goal, qint64 sinceMs)
{
    QString sql;
    const QString& m = goal.metric;
    if (m == QLatin1String("meetings_booked"))
        sql = QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'meeting.book' AND status = 'executed' "
                             "AND decided_at >= :since");
    else if (m == QLatin1String("emails_sent"))
        sql = QStringLiteral("SELECT count(*) FROM outbox WHERE type LIKE 'email.%' AND status = 'done' "
                             "AND executed_at >= :since");
    else if (m == QLatin1String("replies"))
        sql = QStringLiteral("SELECT count(*) FROM mail_messages WHERE direction = 'in' AND received_at >= :since "
                             "AND class NOT IN ('bounce', 'out_of_office')");
    else if (m == QLatin1String("positive_replies"))
        sql = QStringLiteral("SELECT count(*) FROM mail_messages WHERE direction = 'in' AND received_at >= :since "
                             "AND class = 'interested'");
    else if (m == QLatin1String("prospects_researched"))
        sql = QStringLiteral("SELECT count(*) FROM prospects WHERE created_at >= :since OR updated_at >= :since");
    else if (m == QLatin1String("deals_won"))
        sql = QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'closed_won' AND updated_at >= :since");
    else if (m == QLatin1String("revenue_closed"))
        sql = QStringLiteral("SELECT coalesce(sum(value_cents), 0) / 100.0 FROM deals WHERE stage = 'closed_won' "
                             "AND updated_at >= :since AND currency = :currency");
    else if (m == QLatin1String("pipeline_value"))
        sql = QStringLiteral(
            "SELECT coalesce(sum(value_cents), 0) / 100.0 FROM deals WHERE stage NOT IN ('closed_won', "
            "'closed_lost') AND currency = :currency");
    else if (m == QLatin1String("win_rate"))
        sql = QStringLiteral(
            "SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * sum(stage = 'closed_won') / count(*) END "
            "FROM deals WHERE stage IN ('closed_won', 'closed_lost') AND updated_at >= :since");
    else
        return std::nullopt; // response_time: no reply-time events are recorded yet
    QSqlQuery q(ws.db());
    q.prepare(sql);
    if (sql.contains(QLatin1String(":since")))
        q.bindValue(QStringLiteral(":since"), sinceMs);
    if (sql.contains(QLatin1String(":currency")))
        q.bindValue(QStringLiteral(":currency"), goal.currency);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toDouble();
}

} // namespace

GoalStore::GoalStore(Workspace& workspace)
    : m_workspace(workspace)
{
}

std::optional<qint64> GoalStore::add(const Goal& goal, QString* error, const QDate& today)
{
    if (goal.ambiguous) {
        *error = tr("not a goal yet: %1").arg(goal.question);
        return std::nullopt;
    }
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        *error = tx.error();
        return std::nullopt;
    }
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("INSERT INTO goals (text, goal, status, created_at) VALUES (?, ?, 'active', ?)"));
    q.addBindValue(goal.text);
    q.addBindValue(json::compact(goal.toJson()));
    q.addBindValue(nowMs());
    if (!m_workspace.execWrite(q, QStringLiteral("goals:add"), error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    const auto cascade
        = GoalCascade::apply(m_workspace, goal, id, today.isValid() ? today : QDate::currentDate(), error);
    if (!cascade)
        return std::nullopt;
    QSqlQuery c(m_workspace.db());
    c.prepare(QStringLiteral("UPDATE goals SET cascade = ? WHERE id = ?"));
    c.addBindValue(json::compact(*cascade));
    c.addBindValue(id);
    if (!m_workspace.execWrite(c, QStringLiteral("goals:add"), error))
        return std::nullopt;
    if (!tx.commit()) {
        *error = tx.error();
        return std::nullopt;
    }
    return id;
}

QList<StoredGoal> GoalStore::list()
{
    QList<StoredGoal> goals;
    QSqlQuery q(m_workspace.db());
    if (!q.exec(QStringLiteral("SELECT id, goal, created_at, cascade FROM goals WHERE status = 'active' ORDER BY id")))
        return goals;
    while (q.next()) {
        const auto goal = Goal::fromJson(json::parseObject(q.value(1).toString().toUtf8()).object);
        if (goal)
            goals.append(StoredGoal { q.value(0).toLongLong(), *goal, q.value(2).toLongLong(),
                json::parseObject(q.value(3).toString().toUtf8()).object });
    }
    return goals;
}

std::optional<StoredGoal> GoalStore::find(qint64 id)
{
    for (const StoredGoal& g : list()) {
        if (g.id == id)
            return g;
    }
    return std::nullopt;
}

bool GoalStore::remove(qint64 id, QString* error, QJsonObject* removed)
{
    const auto stored = find(id);
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE goals SET status = 'removed' WHERE id = ? AND status = 'active'"));
    q.addBindValue(id);
    if (!m_workspace.execWrite(q, QStringLiteral("goals:remove"), error))
        return false;
    if (q.numRowsAffected() == 0 || !stored) {
        *error = tr("no goal %1").arg(id);
        return false;
    }
    QJsonObject undone;
    if (!GoalCascade::undo(m_workspace, id, stored->cascade, error, &undone))
        return false;
    undone.insert(QStringLiteral("goal_id"), id);
    undone.insert(QStringLiteral("goal"), stored->goal.summary());
    if (!AuditLog::append(m_workspace, QStringLiteral("operator"), QStringLiteral("goal_removed"), {}, undone, error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    if (removed)
        *removed = undone;
    return true;
}

GoalProgress GoalStore::progress(const StoredGoal& stored, const QDate& today)
{
    GoalProgress p;
    const Goal& g = stored.goal;
    const auto current = measure(m_workspace, g, stored.createdAtMs);
    if (!current) {
        p.why = tr("%1 is not measured from events yet").arg(Goal::metricText(g.metric));
        return p;
    }
    p.measured = true;
    p.current = *current;
    const QDate start = QDateTime::fromMSecsSinceEpoch(stored.createdAtMs).date();
    const double total = std::max<qint64>(1, start.daysTo(g.deadline));
    const double elapsed = std::clamp<double>(static_cast<double>(start.daysTo(today)), 0.0, total);
    const double fraction = std::max(elapsed, 1.0) / total;
    const bool level = g.metric == QLatin1String("win_rate") || g.metric == QLatin1String("pipeline_value");
    // A level (a rate, the open pipeline) is compared with its target as it stands; a count
    // grows: the pace so far is carried to the deadline.
    p.expected = level ? g.target : g.target * fraction;
    p.projected = level ? p.current : p.current / fraction;
    p.onTrack = p.projected >= g.target;
    const QLocale locale;
    p.why = tr("%1 of %2 %3; at this pace %4 by %5 (%6)")
                .arg(locale.toString(p.current, 'f', 0), locale.toString(g.target, 'f', 0), Goal::metricText(g.metric),
                    locale.toString(p.projected, 'f', 0), locale.toString(g.deadline, QLocale::ShortFormat),
                    p.onTrack ? tr("on track") : tr("behind"));
    return p;
}

QStringList GoalStore::conflicts(const Goal& goal, const QDate& today, qint64 selfId)
{
    QStringList found;
    for (const StoredGoal& other : list()) {
        if (other.id == selfId)
            continue;
        const Goal& o = other.goal;
        if (o.metric == goal.metric && o.industries == goal.industries && o.regions == goal.regions
            && o.roles == goal.roles && (o.target != goal.target || o.deadline != goal.deadline))
            found << tr("goal %1 aims for the same result with another target or date: %2")
                         .arg(other.id)
                         .arg(o.summary());
        for (const GoalConstraint& c : o.constraints) {
            for (const GoalConstraint& mine : goal.constraints) {
                if (c.kind == mine.kind && c.value != mine.value)
                    found << tr("goal %1 sets another limit: %2 (this one: %3)").arg(other.id).arg(c.text, mine.text);
            }
        }
    }
    found += GoalCascade::plan(m_workspace, goal, 0, today.isValid() ? today : QDate::currentDate()).conflicts;
    return found;
}

} // namespace gd::core
