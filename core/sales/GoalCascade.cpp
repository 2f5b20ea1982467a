#include "core/sales/GoalCascade.h"

#include "core/Text.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Types.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace gd::core {

namespace {

// Defaults when the workspace has too little history (B2B cold outreach rules of thumb).
struct RateSpec
{
    const char* key;
    double fallback;
    int minExamples; // history needed before the workspace's own rate is used
};
constexpr RateSpec kRates[] = {
    { "positive_per_email", 0.03, 50 },
    { "reply_per_email", 0.08, 50 },
    { "meeting_per_positive", 0.5, 10 },
    { "deal_per_meeting", 0.4, 10 },
    { "win_rate", 0.25, 10 },
    { "deal_value", 10000, 5 },
};

double scalar(Workspace& ws, const QString& sql, const QVariant& bind = {})
{
    QSqlQuery q(ws.db());
    q.prepare(sql);
    if (bind.isValid())
        q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toDouble() : 0.0;
}

FunnelRate rate(const RateSpec& spec, double numerator, double denominator)
{
    FunnelRate r { QLatin1String(spec.key), spec.fallback, false, static_cast<int>(denominator) };
    if (denominator >= spec.minExamples && numerator > 0) {
        r.value = numerator / denominator;
        r.measured = true;
    }
    return r;
}

QList<FunnelRate> workspaceRates(Workspace& ws, const QString& currency)
{
    const double emails
        = scalar(ws, QStringLiteral("SELECT count(*) FROM outbox WHERE type LIKE 'email.%' AND status = 'done'"));
    const double positives = scalar(
        ws, QStringLiteral("SELECT count(*) FROM mail_messages WHERE direction = 'in' AND class = 'interested'"));
    const double replies = scalar(ws,
        QStringLiteral("SELECT count(*) FROM mail_messages WHERE direction = 'in' AND class NOT IN ('bounce', "
                       "'out_of_office')"));
    const double meetings = scalar(
        ws, QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'meeting.book' AND status = 'executed'"));
    const double deals = scalar(ws, QStringLiteral("SELECT count(*) FROM deals"));
    const double won = scalar(ws, QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'closed_won'"));
    const double closed
        = scalar(ws, QStringLiteral("SELECT count(*) FROM deals WHERE stage IN ('closed_won', 'closed_lost')"));
    const double valued
        = scalar(ws, QStringLiteral("SELECT count(*) FROM deals WHERE value_cents > 0 AND currency = ?"), currency);
    const double valueSum = scalar(ws,
        QStringLiteral(
            "SELECT coalesce(sum(value_cents), 0) / 100.0 FROM deals WHERE value_cents > 0 AND currency = ?"),
        currency);
    return { rate(kRates[0], positives, emails), rate(kRates[1], replies, emails), rate(kRates[2], meetings, positives),
        rate(kRates[3], deals, meetings), rate(kRates[4], won, closed), rate(kRates[5], valueSum, valued) };
}

double valueOf(const QList<FunnelRate>& rates, const QString& key)
{
    for (const FunnelRate& r : rates) {
        if (r.key == key)
            return std::max(r.value, 1e-3);
    }
    return 1.0;
}

int weekdaysBetween(const QDate& from, const QDate& to)
{
    int n = 0;
    for (QDate d = from; d < to && n < 3660; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5)
            ++n;
    }
    return std::max(1, n);
}

QString shareAgentTitle(const QString& agent)
{
    if (agent == QLatin1String("research"))
        return tr("Research");
    if (agent == QLatin1String("outreach"))
        return tr("Outreach");
    return tr("Deal");
}

QString whatText(const QString& what, double n)
{
    const QString count = QLocale().toString(n, 'f', 0);
    if (what == QLatin1String("prospects_researched"))
        return tr("%1 prospects to research").arg(count);
    if (what == QLatin1String("emails_sent"))
        return tr("%1 first-touch emails").arg(count);
    if (what == QLatin1String("meetings_booked"))
        return tr("%1 meetings to book").arg(count);
    if (what == QLatin1String("deals_opened"))
        return tr("%1 meetings to turn into deals").arg(count);
    if (what == QLatin1String("deals_won"))
        return tr("%1 deals to win").arg(count);
    return QStringLiteral("%1 %2").arg(count, what);
}

} // namespace

QString FunnelRate::text() const
{
    QString name;
    if (key == QLatin1String("positive_per_email"))
        name = tr("positive replies per email");
    else if (key == QLatin1String("reply_per_email"))
        name = tr("replies per email");
    else if (key == QLatin1String("meeting_per_positive"))
        name = tr("meetings per positive reply");
    else if (key == QLatin1String("deal_per_meeting"))
        name = tr("deals per meeting");
    else if (key == QLatin1String("win_rate"))
        name = tr("deals won per deal closed");
    else
        name = tr("average deal value");
    const QString figure = key == QLatin1String("deal_value") ? QLocale().toString(value, 'f', 0)
                                                              : QStringLiteral("%1%").arg(value * 100, 0, 'f', 1);
    return measured ? tr("%1: %2 (this workspace, %3 examples)").arg(name, figure).arg(examples)
                    : tr("%1: %2 (default: %3 examples so far)").arg(name, figure).arg(examples);
}

QString GoalShare::text() const
{
    return tr("%1: %2, %3 a week")
        .arg(shareAgentTitle(agent), whatText(what, total), QLocale().toString(perWeek, 'f', 0));
}

QJsonObject GoalShare::toJson() const
{
    return { { QStringLiteral("agent"), agent }, { QStringLiteral("task_type"), taskType },
        { QStringLiteral("what"), what }, { QStringLiteral("total"), total }, { QStringLiteral("per_week"), perWeek },
        { QStringLiteral("text"), text() } };
}

QJsonObject GoalPlan::toJson() const
{
    QJsonArray r, s, c;
    for (const FunnelRate& x : rates)
        r.append(QJsonObject { { QStringLiteral("key"), x.key }, { QStringLiteral("value"), x.value },
            { QStringLiteral("measured"), x.measured }, { QStringLiteral("examples"), x.examples },
            { QStringLiteral("text"), x.text() } });
    for (const GoalShare& x : shares)
        s.append(x.toJson());
    for (const GoalCap& x : caps) {
        QJsonObject o = x.toJson();
        o.insert(QStringLiteral("type"), x.type);
        c.append(o);
    }
    QJsonObject json { { QStringLiteral("rates"), r }, { QStringLiteral("shares"), s }, { QStringLiteral("caps"), c },
        { QStringLiteral("notes"), QJsonArray::fromStringList(notes) },
        { QStringLiteral("conflicts"), QJsonArray::fromStringList(conflicts) } };
    if (campaign)
        json.insert(QStringLiteral("campaign_segment"), campaign->toJson().value(QStringLiteral("segment")));
    return json;
}

CampaignSegment GoalCascade::segmentOf(const Goal& goal)
{
    CampaignSegment s;
    s.industries = goal.industries;
    const IcpTaxonomy& taxonomy = IcpTaxonomy::shipped();
    for (const QString& region : goal.regions)
        s.countries += taxonomy.regionCountries.value(region);
    s.countries.removeDuplicates();
    s.titles = goal.roles;
    static const QStringList bands = { QStringLiteral("1-50"), QStringLiteral("51-1000"), QStringLiteral("1000+") };
    for (const QString& size : goal.sizes) {
        if (bands.contains(size))
            s.companySizes << size;
    }
    s.limit = 1000;
    return s;
}

GoalPlan GoalCascade::plan(Workspace& ws, const Goal& goal, qint64 goalId, const QDate& today)
{
    GoalPlan plan;
    const QString currency = goal.currency.isEmpty() ? QStringLiteral("EUR") : goal.currency;
    plan.rates = workspaceRates(ws, currency);
    const double posRate = valueOf(plan.rates, QStringLiteral("positive_per_email"));
    const double replyRate = valueOf(plan.rates, QStringLiteral("reply_per_email"));
    const double meetRate = valueOf(plan.rates, QStringLiteral("meeting_per_positive"));
    const double dealRate = valueOf(plan.rates, QStringLiteral("deal_per_meeting"));
    const double winRate = valueOf(plan.rates, QStringLiteral("win_rate"));
    const double dealValue = valueOf(plan.rates, QStringLiteral("deal_value"));

    // Walk the funnel down from the goal's metric: what each stage must deliver.
    const QString& m = goal.metric;
    const double t = goal.target;
    double won = 0, deals = 0, meetings = 0, emails = 0, prospects = 0;
    if (m == QLatin1String("revenue_closed"))
        won = std::ceil(t / dealValue);
    else if (m == QLatin1String("deals_won"))
        won = t;
    if (won > 0)
        deals = std::ceil(won / winRate);
    if (m == QLatin1String("pipeline_value"))
        deals = std::ceil(t / dealValue);
    if (deals > 0)
        meetings = std::ceil(deals / dealRate);
    if (m == QLatin1String("meetings_booked"))
        meetings = t;
    double positives = meetings > 0 ? std::ceil(meetings / meetRate) : 0;
    if (m == QLatin1String("positive_replies"))
        positives = t;
    if (positives > 0)
        emails = std::ceil(positives / posRate);
    if (m == QLatin1String("replies"))
        emails = std::ceil(t / replyRate);
    if (m == QLatin1String("emails_sent"))
        emails = t;
    prospects = emails; // one first touch per researched prospect; follow-ups come on top
    if (m == QLatin1String("prospects_researched"))
        prospects = t;
    if (m == QLatin1String("win_rate") || m == QLatin1String("response_time"))
        plan.notes
            << tr("%1 is a rate: no volume to share out; progress is measured as it stands").arg(Goal::metricText(m));

    const qint64 days = std::max<qint64>(1, today.daysTo(goal.deadline));
    const double weeks = std::max(1.0, static_cast<double>(days) / 7.0);
    auto share = [&](const char* agent, const char* type, const char* what, double total) {
        if (total > 0)
            plan.shares.append(GoalShare {
                QLatin1String(agent), QLatin1String(type), QLatin1String(what), total, std::ceil(total / weeks) });
    };
    share("research", "goal.research", "prospects_researched", prospects);
    share("outreach", "goal.outreach", "emails_sent", emails);
    if (won > 0)
        share("deal", "goal.deals", "deals_won", won);
    else if (deals > 0)
        share("deal", "goal.deals", "deals_opened", meetings);
    else if (meetings > 0)
        share("deal", "goal.deals", "meetings_booked", meetings);

    // The constraints as limits on decision types.
    for (const GoalConstraint& c : goal.constraints) {
        if (c.kind == QLatin1String("max_discount_pct")) {
            for (const char* type : { "pricing.discount", "deal.move_stage", "deal.close" })
                plan.caps.append(GoalCap {
                    goalId, QLatin1String(type), QStringLiteral("max_discount_pct"), c.value, {}, c.text, 0 });
        } else if (c.kind == QLatin1String("max_emails_per_day")) {
            for (const char* type : { "email.first_touch", "email.follow_up", "email.reply" })
                plan.caps.append(
                    GoalCap { goalId, QLatin1String(type), QStringLiteral("daily_cap"), c.value, {}, c.text, 0 });
            const double perDay = std::ceil(emails / weekdaysBetween(today, goal.deadline));
            if (perDay > c.value)
                plan.conflicts << tr("the target needs about %1 emails a working day, but the goal allows at most %2")
                                      .arg(perDay)
                                      .arg(c.value);
        } else if (c.kind == QLatin1String("max_spend")) {
            const QString cur = c.currency.isEmpty() ? currency : c.currency;
            if (cur == QLatin1String("EUR"))
                plan.caps.append(GoalCap {
                    goalId, QStringLiteral("provider.spend"), QStringLiteral("max_spend"), c.value, cur, c.text, 0 });
            else
                plan.notes << tr("the budget in %1 is not enforced: spend is recorded in EUR").arg(cur);
        }
    }

    const CampaignSegment segment = segmentOf(goal);
    if (segment.industries.isEmpty() && segment.countries.isEmpty() && segment.titles.isEmpty()
        && segment.companySizes.isEmpty()) {
        plan.notes << tr("no segment named (industries, roles, regions or sizes): no campaign drafted");
    } else {
        CampaignDefinition d;
        d.name = QStringLiteral("goal-%1").arg(goalId);
        d.segment = segment;
        const QJsonObject json { { QStringLiteral("name"), d.name },
            { QStringLiteral("segment"),
                QJsonObject { { QStringLiteral("industries"), QJsonArray::fromStringList(segment.industries) },
                    { QStringLiteral("countries"), QJsonArray::fromStringList(segment.countries) },
                    { QStringLiteral("titles"), QJsonArray::fromStringList(segment.titles) },
                    { QStringLiteral("company_sizes"), QJsonArray::fromStringList(segment.companySizes) },
                    { QStringLiteral("limit"), segment.limit } } },
            { QStringLiteral("steps"),
                QJsonArray { QJsonObject { { QStringLiteral("kind"), QStringLiteral("first_touch") },
                                 { QStringLiteral("template"), QStringLiteral("first_touch") } },
                    QJsonObject { { QStringLiteral("kind"), QStringLiteral("follow_up") },
                        { QStringLiteral("after_business_days"), 3 },
                        { QStringLiteral("template"), QStringLiteral("follow_up") } } } },
            { QStringLiteral("comment"), tr("drafted from goal %1: %2").arg(goalId).arg(goal.summary()) } };
        QStringList problems;
        plan.campaign = CampaignDefinition::parse(json, nullptr, &problems);
        if (!plan.campaign)
            plan.notes << tr("the segment could not become a campaign: %1").arg(problems.join(QStringLiteral("; ")));
    }
    return plan;
}

std::optional<QJsonObject> GoalCascade::apply(
    Workspace& ws, const Goal& goal, qint64 goalId, const QDate& today, QString* error)
{
    GoalPlan p = plan(ws, goal, goalId, today);
    const qint64 now = nowMs();
    for (GoalCap& cap : p.caps)
        cap.sinceMs = now;
    if (!AuthorityMatrix::addGoalCaps(ws, p.caps, QStringLiteral("operator"), error))
        return std::nullopt;
    QJsonObject done = p.toJson();
    if (p.campaign) {
        // A name taken by the user's own campaign: the goal's draft gets the next free one.
        QString name = p.campaign->name;
        for (int i = 2; CampaignStore::find(ws, name); ++i)
            name = QStringLiteral("goal-%1-%2").arg(goalId).arg(i);
        p.campaign->name = name;
        if (!CampaignStore::create(ws, *p.campaign, error))
            return std::nullopt;
        done.insert(QStringLiteral("campaign"), name);
    }
    QJsonArray tasks;
    for (const GoalShare& s : std::as_const(p.shares)) {
        QJsonObject payload = s.toJson();
        payload.insert(QStringLiteral("goal_id"), goalId);
        payload.insert(QStringLiteral("deadline"), goal.deadline.toString(Qt::ISODate));
        payload.insert(QStringLiteral("since"), now);
        if (done.contains(QStringLiteral("campaign")))
            payload.insert(QStringLiteral("campaign"), done.value(QStringLiteral("campaign")));
        const QString id = TaskStore::enqueue(ws, s.taskType, payload, Priority::Low, 3, error);
        if (id.isEmpty())
            return std::nullopt;
        tasks.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("agent"), s.agent },
            { QStringLiteral("type"), s.taskType } });
    }
    done.insert(QStringLiteral("tasks"), tasks);
    return done;
}

double GoalCascade::shareDone(Workspace& ws, const QString& what, qint64 since)
{
    QString sql;
    if (what == QLatin1String("prospects_researched"))
        sql = QStringLiteral("SELECT count(*) FROM prospects WHERE created_at >= :since OR updated_at >= :since");
    else if (what == QLatin1String("emails_sent"))
        sql = QStringLiteral("SELECT count(*) FROM outbox WHERE type = 'email.first_touch' AND status = 'done' "
                             "AND executed_at >= :since");
    else if (what == QLatin1String("meetings_booked") || what == QLatin1String("deals_opened"))
        sql = what == QLatin1String("meetings_booked")
            ? QStringLiteral("SELECT count(*) FROM decisions WHERE type = 'meeting.book' AND status = 'executed' "
                             "AND decided_at >= :since")
            : QStringLiteral("SELECT count(*) FROM deals WHERE created_at >= :since");
    else if (what == QLatin1String("deals_won"))
        sql = QStringLiteral("SELECT count(*) FROM deals WHERE stage = 'closed_won' AND updated_at >= :since");
    else
        return 0;
    QSqlQuery q(ws.db());
    q.prepare(sql);
    q.bindValue(QStringLiteral(":since"), since);
    return q.exec() && q.next() ? q.value(0).toDouble() : 0.0;
}

QJsonObject GoalCascade::runShare(Workspace& ws, const QJsonObject& payload)
{
    GoalShare share { payload.value(QStringLiteral("agent")).toString(),
        payload.value(QStringLiteral("task_type")).toString(), payload.value(QStringLiteral("what")).toString(),
        payload.value(QStringLiteral("total")).toDouble(), payload.value(QStringLiteral("per_week")).toDouble() };
    const qint64 goalId = payload.value(QStringLiteral("goal_id")).toInteger();
    const double done = shareDone(ws, share.what, payload.value(QStringLiteral("since")).toInteger());
    return QJsonObject { { QStringLiteral("goal_id"), goalId }, { QStringLiteral("what"), share.what },
        { QStringLiteral("total"), share.total }, { QStringLiteral("per_week"), share.perWeek },
        { QStringLiteral("done"), done },
        { QStringLiteral("summary"),
            tr("goal %1, %2; %3 done so far").arg(goalId).arg(share.text(), QLocale().toString(done, 'f', 0)) } };
}

bool GoalCascade::undo(Workspace& ws, qint64 goalId, const QJsonObject& cascade, QString* error, QJsonObject* removed)
{
    const QList<GoalCap> caps = AuthorityMatrix::goalCaps(ws, goalId);
    if (!AuthorityMatrix::removeGoalCaps(ws, goalId, QStringLiteral("operator"), error))
        return false;
    QJsonArray capsRemoved;
    for (const GoalCap& cap : caps)
        capsRemoved.append(QStringLiteral("%1: %2").arg(cap.type, cap.text.isEmpty() ? cap.kind : cap.text));
    QJsonArray cancelled;
    QJsonArray left;
    for (const QJsonValue& v : cascade.value(QStringLiteral("tasks")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        const auto task = TaskStore::byId(ws, id);
        if (!task)
            continue;
        if (task->status == TaskStatus::Queued || task->status == TaskStatus::Assigned) {
            if (!TaskStore::markFailed(
                    ws, id, tr("goal %1 was removed").arg(goalId), QStringLiteral("goals:remove"), error))
                return false;
            cancelled.append(id);
        } else {
            left.append(id);
        }
    }
    QJsonObject done { { QStringLiteral("caps"), capsRemoved }, { QStringLiteral("tasks_cancelled"), cancelled },
        { QStringLiteral("tasks_left"), left } };
    const QString campaign = cascade.value(QStringLiteral("campaign")).toString();
    if (!campaign.isEmpty()) {
        const auto retired
            = CampaignStore::retire(ws, campaign, tr("campaign archived: goal %1 was removed").arg(goalId), error);
        if (!retired)
            return false;
        done.insert(QStringLiteral("campaign"), campaign);
        done.insert(QStringLiteral("campaign_action"),
            *retired == CampaignStore::Retired::Deleted        ? QStringLiteral("deleted")
                : *retired == CampaignStore::Retired::Archived ? QStringLiteral("archived")
                                                               : QStringLiteral("missing"));
    }
    if (removed)
        *removed = done;
    return true;
}

} // namespace gd::core
