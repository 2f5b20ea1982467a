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

namespace gd::core {

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
    return json;
}

std::optional<AuthorityRule> AuthorityRule::fromJson(const QJsonObject& json, QString* error)
{
    static const QStringList known = { QStringLiteral("type"), QStringLiteral("campaign"), QStringLiteral("level"),
        QStringLiteral("mode"), QStringLiteral("money_limit"), QStringLiteral("ceiling_amount"),
        QStringLiteral("ceiling_risk"), QStringLiteral("deadline_minutes") };
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
    return matrix;
}

AuthorityRule AuthorityMatrix::ruleFor(const QString& type, const QString& campaign) const
{
    if (!campaign.isEmpty()) {
        if (auto it = m_rules.constFind(key(type, campaign)); it != m_rules.constEnd())
            return *it;
    }
    if (auto it = m_rules.constFind(key(type, {})); it != m_rules.constEnd())
        return *it;
    AuthorityRule fallback;
    fallback.type = type;
    return fallback;
}

QList<AuthorityRule> AuthorityMatrix::rules() const
{
    QList<AuthorityRule> list = m_rules.values();
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
    if (!workspace.execWrite(q, QStringLiteral("matrix:save"), error))
        return false;
    return AuditLog::append(workspace, actor, QStringLiteral("matrix_changed"), {},
        QJsonObject { { QStringLiteral("before"), before.toJson() }, { QStringLiteral("after"), rule.toJson() } },
        error);
}

} // namespace gd::core
