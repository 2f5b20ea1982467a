#pragma once

#include "core/decisions/Decision.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace gd::core {

class Workspace;

// A limit a goal puts on one decision type ("no discount beyond 8%", "at most 30 emails a day",
// "budget 500 EUR"): kept apart from the admin's rules, shown with them, removed with the goal.
struct GoalCap
{
    qint64 goalId = 0;
    QString type; // decision type
    QString kind; // max_discount_pct, daily_cap, max_spend
    double value = 0;
    QString currency; // max_spend only
    QString text; // the goal's words
    qint64 sinceMs = 0; // when the goal was added (a budget counts spend from then)

    // For people: "goal 3: no discount beyond 8%".
    QString describe() const;
    QJsonObject toJson() const;
};

// Whether a proposal stays within the goals' limits. refuse: it goes beyond a hard limit (a
// discount or a budget); queue: an operator decides (the day's email cap is reached).
struct GoalCapCheck
{
    QStringList refuse;
    QStringList queue;
};

// What the operator and admin allow for one decision type (optionally for one campaign).
struct AuthorityRule
{
    QString type;
    QString campaign; // empty: the default for every campaign
    RiskLevel level = RiskLevel::High;
    AutonomyMode mode = AutonomyMode::ReviewAll;
    double moneyLimit = 0; // EUR an agent may commit alone
    double ceilingAmount = 0; // admin's hard ceiling in EUR (0: none set)
    double ceilingRisk = 0.3; // admin's hard ceiling on combined risk: at or above, never autonomous
    int deadlineMinutes = 1440; // how long an approval waits before the safe default (deny)
    QJsonObject extra; // type-specific policy, e.g. max_discount_pct
    QList<GoalCap> goalCaps; // limits from active goals (read-only here: saved with the goal)

    QJsonObject toJson() const;
    static std::optional<AuthorityRule> fromJson(const QJsonObject& json, QString* error);
    bool operator==(const AuthorityRule& other) const;
};

// The authority matrix: shipped defaults (resources/decisions/authority_matrix.json) that the
// workspace can override per type and per campaign. Changes are audited by whoever saves them.
class AuthorityMatrix final
{
public:
    // The shipped defaults.
    static AuthorityMatrix defaults();
    // The defaults overlaid with the workspace's rules.
    static AuthorityMatrix load(Workspace& workspace);

    // The rule for a type in a campaign: the campaign's own rule, else the type's default, else
    // a conservative fallback (high, review all).
    AuthorityRule ruleFor(const QString& type, const QString& campaign = {}) const;
    QList<AuthorityRule> rules() const;
    void setRule(const AuthorityRule& rule);

    // Stores one rule in the workspace and appends the change to the audit log, inside the
    // caller's transaction if there is one.
    static bool saveRule(Workspace& workspace, const AuthorityRule& rule, const QString& actor, QString* error);

    // Goals' limits: added when a goal is added, removed with it; each change audited. Call inside
    // the caller's transaction.
    static bool addGoalCaps(Workspace& workspace, const QList<GoalCap>& caps, const QString& actor, QString* error);
    static bool removeGoalCaps(Workspace& workspace, qint64 goalId, const QString& actor, QString* error);
    // The active goals' limits, or one goal's (goalId > 0).
    static QList<GoalCap> goalCaps(Workspace& workspace, qint64 goalId = 0);
    // Checks the exact action against the goals' limits on its type (from the rule's goalCaps),
    // with the workspace's usage: emails authorized in the last 24 hours, spend since the goal.
    static GoalCapCheck checkGoalCaps(Workspace& workspace, const AuthorityRule& rule, const Proposal& proposal);

private:
    static QString key(const QString& type, const QString& campaign) { return type + QLatin1Char('|') + campaign; }
    QHash<QString, AuthorityRule> m_rules;
    QHash<QString, QList<GoalCap>> m_goalCaps; // by decision type
};

} // namespace gd::core
