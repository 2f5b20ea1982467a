#pragma once

#include "core/decisions/AuthorityMatrix.h"
#include "core/sales/Campaign.h"
#include "core/sales/Goal.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace gd::core {

class Workspace;

// One step of the funnel and the rate the plan uses for it: the workspace's own when it has
// enough history, else a stated default.
struct FunnelRate
{
    QString key; // positive_per_email, reply_per_email, meeting_per_positive, deal_per_meeting, win_rate, deal_value
    double value = 0;
    bool measured = false; // from the workspace's history (else the default)
    int examples = 0; // how many events the measured rate rests on
    QString text() const; // "meetings per positive reply: 50% (default: 3 positive replies so far)"
};

// An agent's part of a goal: what to do, how much in all and per week.
struct GoalShare
{
    QString agent; // research, outreach, deal
    QString taskType; // goal.research, goal.outreach, goal.deals
    QString what; // prospects_researched, emails_sent, meetings_booked, deals_opened, deals_won
    double total = 0;
    double perWeek = 0;
    QString text() const; // "Outreach: 600 first-touch emails, 75 a week"
    QJsonObject toJson() const;
};

// What a goal sets in motion: the limits it puts on decisions, the campaign for its segment,
// and each agent's share (from the target, the deadline and the funnel rates).
struct GoalPlan
{
    QList<FunnelRate> rates;
    QList<GoalShare> shares;
    QList<GoalCap> caps;
    std::optional<CampaignDefinition> campaign;
    QStringList notes; // what is not enforced or assumed
    QStringList conflicts; // the goal pulls against its own limits ("needs 45 emails a day, allows 30")
    QJsonObject toJson() const;
};

// The goal cascade. GoalStore::add applies it and GoalStore::remove undoes it, in their transaction.
class GoalCascade final
{
public:
    static GoalPlan plan(Workspace& workspace, const Goal& goal, qint64 goalId, const QDate& today);
    // Adds the caps to the authority matrix, the segment as a draft campaign and one task per
    // share; returns what was done (the plan plus the campaign's name and the task ids).
    static std::optional<QJsonObject> apply(
        Workspace& workspace, const Goal& goal, qint64 goalId, const QDate& today, QString* error);
    // Takes back what apply set in motion: removes the goal's caps, cancels its tasks not yet run
    // (queued or assigned), deletes its campaign when it never ran and archives it when it did
    // (CampaignStore::retire). removed (when given) says what was done: caps, campaign and
    // campaign_action (deleted, archived, missing), tasks_cancelled and tasks_left (already run).
    static bool undo(Workspace& workspace, qint64 goalId, const QJsonObject& cascade, QString* error,
        QJsonObject* removed = nullptr);
    // How much of a share is done since a moment, from real events.
    static double shareDone(Workspace& workspace, const QString& what, qint64 sinceMs);
    // An agent's run of its share task (payload as apply wrote it): where the share stands.
    static QJsonObject runShare(Workspace& workspace, const QJsonObject& payload);
    // The segment in the campaigns' terms: regions become countries, roles title words.
    static CampaignSegment segmentOf(const Goal& goal);
};

} // namespace gd::core
