#pragma once

#include "core/prospects/Icp.h"

#include <QStringList>

namespace gd::core {

// What the scorer knows of a prospect and its company.
struct ProspectFacts
{
    QString title;
    QString companyName;
    QString industry;
    int employees = -1; // -1: unknown
    QString country; // ISO code or name
    QStringList technologies;
};

struct ProspectScore
{
    int score = 0; // 0..100
    QStringList reasons;
};

// Scores prospects 0..100 against one ICP version, with the reasons: matched industry (30),
// size band (20), role (25) and seniority (10), region (15); a disqualifier caps the score at 5.
// Missing facts score nothing and say so. Deterministic; build once per ICP, then call score()
// from any thread.
class ProspectScorer final
{
public:
    explicit ProspectScorer(const Icp& icp);

    ProspectScore score(const ProspectFacts& facts) const;
    int icpVersion() const { return m_version; }

    static QString sizeBand(int employees);
    // The taxonomy value (e.g. "Sales", "VP") a title names, or empty.
    static QString roleOf(const QString& title);
    static QString seniorityOf(const QString& title);

private:
    int m_version;
    QStringList m_industries; // lower case
    QStringList m_sizes;
    QStringList m_roles;
    QStringList m_seniorities;
    QStringList m_regions;
    QStringList m_countries; // upper-case ISO codes covered by the regions
    bool m_global = false;
    QStringList m_technologies;
    QHash<QString, QStringList> m_disqualifierKeywords;
};

} // namespace gd::core
