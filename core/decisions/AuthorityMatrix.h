#pragma once

#include "core/decisions/Decision.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace gd::core {

class Workspace;

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

private:
    static QString key(const QString& type, const QString& campaign) { return type + QLatin1Char('|') + campaign; }
    QHash<QString, AuthorityRule> m_rules;
};

} // namespace gd::core
