#pragma once

#include <QString>

// The task types the six agents accept (their capabilities).
namespace gd::agents::TaskTypes {

inline const QString prospectsProfile = QStringLiteral("prospects.profile");
inline const QString prospectsScore = QStringLiteral("prospects.score");
inline const QString companyEnrich = QStringLiteral("company.enrich");
inline const QString prospectsSearch = QStringLiteral("prospects.search");
inline const QString outreachPlan = QStringLiteral("outreach.plan");
inline const QString contactsHealth = QStringLiteral("contacts.health");
inline const QString pipelineSummary = QStringLiteral("pipeline.summary");
inline const QString metricsSnapshot = QStringLiteral("metrics.snapshot");
inline const QString runtimeReview = QStringLiteral("runtime.review");
// A goal's share for one agent (core/sales/GoalCascade): where it stands when run.
inline const QString goalResearch = QStringLiteral("goal.research");
inline const QString goalOutreach = QStringLiteral("goal.outreach");
inline const QString goalDeals = QStringLiteral("goal.deals");
// The Deal agent's review: stage moves from evidence, stalled deals, contacts' health.
inline const QString dealsReview = QStringLiteral("deals.review");

} // namespace gd::agents::TaskTypes
