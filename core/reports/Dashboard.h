#pragma once

#include "core/sales/DealBook.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace gd::core {

class Workspace;

// The Wilson score interval of a proportion (successes of trials) at 95 %: {low, high} as
// fractions. {0, 0} with no trials.
std::pair<double, double> wilsonInterval(qint64 successes, qint64 trials, double z = 1.959964);

// What the manager's dashboard shows, read in one go off the GUI thread: every figure from the
// workspace's own records of real events. Each part is one aggregate query over an index (see the
// dashboard migration), so the whole read stays well under a second on a million prospects.
struct DashboardData
{
    // The seed's aims for the decision framework, drawn on the autonomy chart.
    static constexpr double kAutonomyTarget = 85.0; // at least, percent of decisions taken alone
    static constexpr double kOverrideTarget = 10.0; // below, percent of reviewed approvals overridden

    struct Step
    {
        QString label; // for people
        qint64 count = 0;
    };
    QList<Step> funnel; // prospects, contacted, replied, positive, meetings, deals, won

    QString currency;
    QList<StageTotal> pipeline;

    // Open pipeline value per stage at the end of each week (weeks below; the last one is now),
    // rebuilt from the deals' stage history (deal_events), at each deal's current value.
    QStringList pipelineStages; // open stages, pipeline order
    QHash<QString, QList<double>> pipelineByWeek; // stage -> value per week

    QList<QDate> weeks; // Mondays, oldest first
    QStringList replyClasses; // classes seen in the period
    QHash<QString, QList<int>> repliesByClass; // class -> count per week

    struct WeekRate
    {
        QDate week;
        int decisions = 0;
        double autonomy = 0; // share of decisions the agents could carry out alone, percent
        int reviewed = 0;
        double overrides = 0; // share of reviewed approvals rejected or edited, percent
    };
    QList<WeekRate> rates;

    // Reply and positive-reply rates of delivered campaign emails, per campaign (variant empty)
    // and per variant, with their 95 % Wilson intervals (percent).
    struct VariantRate
    {
        QString campaign;
        QString variant; // empty: the whole campaign
        qint64 delivered = 0;
        qint64 replied = 0;
        qint64 positive = 0;
        double replyRate = 0, replyLow = 0, replyHigh = 0;
        double positiveRate = 0, positiveLow = 0, positiveHigh = 0;
    };
    QList<VariantRate> variantRates; // campaigns by emails delivered, each followed by its variants

    struct GoalLine
    {
        qint64 id = 0;
        QString summary;
        QString progress; // "3 of 15 meetings booked; at this pace 9 by ... (behind)"
        double target = 0;
        double current = 0;
        double projected = 0;
        QDate start;
        QDate today;
        QDate deadline;
        bool measured = false;
        bool onTrack = false;
        bool level = false; // a level (win rate, open pipeline), not a running count
        QList<QPointF> history; // (ms since epoch, figure reached by then), start to today
    };
    QList<GoalLine> goals;

    // From the analytics agent's metric snapshots (every few seconds), per agent over the last
    // 24 hours in half-hour buckets: messages handled per hour and the median handling time.
    struct AgentSeries
    {
        QString agent;
        QList<QPointF> throughput; // (ms, messages per hour)
        QList<QPointF> latencyMs; // (ms, p50 handling ms)
    };
    QList<AgentSeries> agentSeries;

    struct AgentLoad
    {
        QString agent;
        int done = 0; // messages handled in the last 24 hours (snapshots)
        double averageSeconds = 0; // latest median handling time
    };
    QList<AgentLoad> agents;

    QStringList alerts; // goals behind, stalled deals, paused mailboxes, approvals waiting
    int pendingApprovals = 0;
    qint64 nowMs = 0; // the moment the figures describe
    qint64 loadMs = 0; // how long the read took
};

DashboardData loadDashboard(Workspace& workspace, qint64 nowMs, int weeks = 8);

} // namespace gd::core
