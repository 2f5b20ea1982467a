#include "core/decisions/AuthorityMatrix.h"

#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <cmath>

namespace gd::core {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString number(double v)
{
    return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
}

} // namespace

QString GoalCap::describe() const
{
    if (kind == QLatin1String("max_discount_pct"))
        return tr("goal %1: no discount beyond %2%").arg(goalId).arg(number(value));
    if (kind == QLatin1String("daily_cap"))
        return tr("goal %1: at most %2 emails a day").arg(goalId).arg(number(value));
    if (kind == QLatin1String("max_spend"))
        return tr("goal %1: spend at most %2 %3").arg(goalId).arg(number(value), currency);
    return tr("goal %1: %2 %3").arg(goalId).arg(kind, number(value));
}

QJsonObject GoalCap::toJson() const
{
    QJsonObject json { { QStringLiteral("goal_id"), goalId }, { QStringLiteral("kind"), kind },
        { QStringLiteral("value"), value }, { QStringLiteral("text"), text },
        { QStringLiteral("description"), describe() } };
    if (!currency.isEmpty())
        json.insert(QStringLiteral("currency"), currency);
    return json;
}

QJsonObject AuthorityRule::toJson() const
{
    QJsonObject json {
        { QStringLiteral("type"), type },
        { QStringLiteral("level"), nameOf(level) },
        { QStringLiteral("mode"), nameOf(mode) },
        { QStringLiteral("money_limit"), moneyLimit },
        { QStringLiteral("ceiling_amount"), ceilingAmount },
        { QStringLiteral("ceiling_risk"), ceilingRisk },
        { QStringLiteral("deadline_minutes"), deadlineMinutes },
    };
    if (!campaign.isEmpty())
        json.insert(QStringLiteral("campaign"), campaign);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    if (!goalCaps.isEmpty()) {
        QJsonArray caps;
        for (const GoalCap& c : goalCaps)
            caps.append(c.toJson());
        json.insert(QStringLiteral("goal_caps"), caps);
    }
    return json;
}

std::optional<AuthorityRule> AuthorityRule::fromJson(const QJsonObject& json, QString* error)
{
    static const QStringList known = { QStringLiteral("type"), QStringLiteral("campaign"), QStringLiteral("level"),
        QStringLiteral("mode"), QStringLiteral("money_limit"), QStringLiteral("ceiling_amount"),
        QStringLiteral("ceiling_risk"), QStringLiteral("deadline_minutes"), QStringLiteral("goal_caps") };
    AuthorityRule rule;
    rule.type = json.value(QStringLiteral("type")).toString();
    rule.campaign = json.value(QStringLiteral("campaign")).toString();
    const auto level = riskLevelFromString(json.value(QStringLiteral("level")).toString());
    const auto mode = autonomyModeFromString(json.value(QStringLiteral("mode")).toString());
    if (!decisionType(rule.type) || !level || !mode) {
        if (error)
            *error = tr("invalid authority rule for \"%1\": needs a known type, level and mode").arg(rule.type);
        return std::nullopt;
    }
    rule.level = *level;
    rule.mode = *mode;
    rule.moneyLimit = std::max(0.0, json.value(QStringLiteral("money_limit")).toDouble());
    rule.ceilingAmount = std::max(0.0, json.value(QStringLiteral("ceiling_amount")).toDouble());
    rule.ceilingRisk = std::clamp(json.value(QStringLiteral("ceiling_risk")).toDouble(0.3), 0.0, 1.0);
    rule.deadlineMinutes = std::max(1, json.value(QStringLiteral("deadline_minutes")).toInt(1440));
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            rule.extra.insert(it.key(), it.value());
    }
    // Goals' limits travel with the rule for display; they are saved with their goal, never here.
    for (const QJsonValue& v : json.value(QStringLiteral("goal_caps")).toArray()) {
        const QJsonObject c = v.toObject();
        rule.goalCaps.append(GoalCap { c.value(QStringLiteral("goal_id")).toInteger(), rule.type,
            c.value(QStringLiteral("kind")).toString(), c.value(QStringLiteral("value")).toDouble(),
            c.value(QStringLiteral("currency")).toString(), c.value(QStringLiteral("text")).toString(), 0 });
    }
    return rule;
}

bool AuthorityRule::operator==(const AuthorityRule& other) const
{
    return toJson() == other.toJson();
}

AuthorityMatrix AuthorityMatrix::defaults()
{
    static const AuthorityMatrix shipped = [] {
        AuthorityMatrix matrix;
        QFile file(QStringLiteral(":/decisions/authority_matrix.json"));
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray rules
                = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rules")).toArray();
            for (const QJsonValue& v : rules) {
                if (auto rule = AuthorityRule::fromJson(v.toObject(), nullptr))
                    matrix.setRule(*rule);
            }
        }
        return matrix;
    }();
    return shipped;
}

AuthorityMatrix AuthorityMatrix::load(Workspace& workspace)
{
    AuthorityMatrix matrix = defaults();
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT decision_type, campaign, level, mode, money_limit, ceiling_amount, ceiling_risk, "
                           "deadline_minutes, extra FROM authority_rules")))
        return matrix;
    while (q.next()) {
        QJsonObject json = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        json.insert(QStringLiteral("type"), q.value(0).toString());
        json.insert(QStringLiteral("campaign"), q.value(1).toString());
        json.insert(QStringLiteral("level"), q.value(2).toString());
        json.insert(QStringLiteral("mode"), q.value(3).toString());
        json.insert(QStringLiteral("money_limit"), q.value(4).toDouble());
        json.insert(QStringLiteral("ceiling_amount"), q.value(5).toDouble());
        json.insert(QStringLiteral("ceiling_risk"), q.value(6).toDouble());
        json.insert(QStringLiteral("deadline_minutes"), q.value(7).toInt());
        if (auto rule = AuthorityRule::fromJson(json, nullptr))
            matrix.setRule(*rule);
    }
    for (const GoalCap& cap : goalCaps(workspace))
        matrix.m_goalCaps[cap.type].append(cap);
    return matrix;
}

AuthorityRule AuthorityMatrix::ruleFor(const QString& type, const QString& campaign) const
{
    AuthorityRule rule;
    rule.type = type; // the conservative fallback unless a rule is set
    if (auto it = m_rules.constFind(key(type, campaign)); !campaign.isEmpty() && it != m_rules.constEnd())
        rule = *it;
    else if (auto d = m_rules.constFind(key(type, {})); d != m_rules.constEnd())
        rule = *d;
    // A goal's limits hold in every campaign.
    rule.goalCaps = m_goalCaps.value(type);
    return rule;
}

QList<AuthorityRule> AuthorityMatrix::rules() const
{
    QList<AuthorityRule> list = m_rules.values();
    for (AuthorityRule& rule : list)
        rule.goalCaps = m_goalCaps.value(rule.type);
    std::sort(list.begin(), list.end(), [](const AuthorityRule& a, const AuthorityRule& b) {
        return std::tie(a.type, a.campaign) < std::tie(b.type, b.campaign);
    });
    return list;
}

void AuthorityMatrix::setRule(const AuthorityRule& rule)
{
    m_rules.insert(key(rule.type, rule.campaign), rule);
}

bool AuthorityMatrix::saveRule(Workspace& workspace, const AuthorityRule& rule, const QString& actor, QString* error)
{
    const AuthorityRule before = load(workspace).ruleFor(rule.type, rule.campaign);
    QJsonObject extra = rule.extra;
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral(
        "INSERT INTO authority_rules (decision_type, campaign, level, mode, money_limit, ceiling_amount, ceiling_risk, "
        "deadline_minutes, extra, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (decision_type, campaign) DO UPDATE SET level = excluded.level, mode = excluded.mode, "
        "money_limit = excluded.money_limit, ceiling_amount = excluded.ceiling_amount, "
        "ceiling_risk = excluded.ceiling_risk, deadline_minutes = excluded.deadline_minutes, extra = excluded.extra, "
        "updated_at = excluded.updated_at"));
    q.addBindValue(rule.type);
    q.addBindValue(notNull(rule.campaign));
    q.addBindValue(nameOf(rule.level));
    q.addBindValue(nameOf(rule.mode));
    q.addBindValue(rule.moneyLimit);
    q.addBindValue(rule.ceilingAmount);
    q.addBindValue(rule.ceilingRisk);
    q.addBindValue(rule.deadlineMinutes);
    q.addBindValue(json::compact(extra));
    q.addBindValue(nowMs());
    AuthorityRule after = rule;
    after.goalCaps = before.goalCaps; // not the admin's to change: audit what holds
    if (!workspace.execWrite(q, QStringLiteral("matrix:save"), error))
        return false;
    return AuditLog::append(workspace, actor, QStringLiteral("matrix_changed"), {},
        QJsonObject { { QStringLiteral("before"), before.toJson() }, { QStringLiteral("after"), after.toJson() } },
        error);
}

bool AuthorityMatrix::addGoalCaps(Workspace& ws, const QList<GoalCap>& caps, const QString& actor, QString* error)
{
    for (const GoalCap& cap : caps) {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO goal_caps (goal_id, decision_type, kind, value, currency, "
                                 "text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(cap.goalId);
        q.addBindValue(cap.type);
        q.addBindValue(cap.kind);
        q.addBindValue(cap.value);
        q.addBindValue(notNull(cap.currency));
        q.addBindValue(notNull(cap.text));
        q.addBindValue(cap.sinceMs > 0 ? cap.sinceMs : nowMs());
        if (!ws.execWrite(q, QStringLiteral("matrix:goal_caps"), error))
            return false;
        QJsonObject added = cap.toJson();
        added.insert(QStringLiteral("type"), cap.type);
        if (!AuditLog::append(ws, actor, QStringLiteral("matrix_changed"), {},
                QJsonObject { { QStringLiteral("goal_cap_added"), added } }, error))
            return false;
    }
    return true;
}

bool AuthorityMatrix::removeGoalCaps(Workspace& ws, qint64 goalId, const QString& actor, QString* error)
{
    const QList<GoalCap> caps = goalCaps(ws, goalId);
    if (caps.isEmpty())
        return true;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("DELETE FROM goal_caps WHERE goal_id = ?"));
    q.addBindValue(goalId);
    if (!ws.execWrite(q, QStringLiteral("matrix:goal_caps"), error))
        return false;
    QJsonArray removed;
    for (const GoalCap& cap : caps) {
        QJsonObject c = cap.toJson();
        c.insert(QStringLiteral("type"), cap.type);
        removed.append(c);
    }
    return AuditLog::append(ws, actor, QStringLiteral("matrix_changed"), {},
        QJsonObject { { QStringLiteral("goal_caps_removed"), removed } }, error);
}

QList<GoalCap> AuthorityMatrix::goalCaps(Workspace& ws, qint64 goalId)
{
    QList<GoalCap> caps;
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    // One goal's, whatever its status (it is being removed); else those of the active goals.
    q.prepare(QStringLiteral("SELECT c.goal_id, c.decision_type, c.kind, c.value, c.currency, c.text, c.created_at "
                             "FROM goal_caps c JOIN goals g ON g.id = c.goal_id WHERE ")
        + (goalId > 0 ? QStringLiteral("c.goal_id = ?") : QStringLiteral("g.status = 'active'"))
        + QStringLiteral(" ORDER BY c.goal_id, c.decision_type, c.kind"));
    if (goalId > 0)
        q.addBindValue(goalId);
    if (!q.exec())
        return caps;
    while (q.next())
        caps.append(GoalCap { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toDouble(), q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong() });
    return caps;
}

GoalCapCheck AuthorityMatrix::checkGoalCaps(Workspace& ws, const AuthorityRule& rule, const Proposal& p)
{
    GoalCapCheck check;
    for (const GoalCap& cap : rule.goalCaps) {
        if (cap.kind == QLatin1String("max_discount_pct")) {
            // The discount of the action that will be carried out (and the one the risk was told).
            double pct = -1;
            for (const QJsonObject* o : { &p.action, &p.inputs }) {
                const QJsonValue v = o->value(QStringLiteral("discount_pct"));
                if (v.isDouble())
                    pct = std::max(pct, v.toDouble());
            }
            if (pct > cap.value + 1e-9)
                check.refuse << tr("%1 (this one offers %2%)").arg(cap.describe(), number(pct));
        } else if (cap.kind == QLatin1String("daily_cap")) {
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("SELECT count(*) FROM decisions WHERE type LIKE 'email.%' AND status IN "
                                     "('authorized', 'approved', 'executed') AND decided_at >= ?"));
            q.addBindValue(nowMs() - kDayMs);
            const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
            if (static_cast<double>(n) >= cap.value)
                check.queue << tr("%1, and %2 were authorized in the last 24 hours").arg(cap.describe()).arg(n);
        } else if (cap.kind == QLatin1String("max_spend")) {
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("SELECT coalesce(sum(amount_eur), 0) FROM spend_ledger WHERE at >= ?"));
            q.addBindValue(cap.sinceMs);
            const double spent = q.exec() && q.next() ? q.value(0).toDouble() : 0;
            const double amount = std::max(0.0, p.action.value(QStringLiteral("amount")).toDouble());
            if (spent + amount > cap.value + 1e-9)
                check.refuse << tr("%1 (%2 spent since the goal was set, this adds %3)")
                                    .arg(cap.describe(), number(spent), number(amount));
        }
    }
    return check;
}

} // namespace gd::core
