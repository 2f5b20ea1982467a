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

// What the manager's dashboard shows, read in one go off the GUI thread: every figure from the
// workspace's own records of real events.
struct DashboardData
{
    struct Step
    {
        QString label; // for people
        qint64 count = 0;
    };
    QList<Step> funnel; // prospects, contacted, replied, positive, meetings, deals, won

    QString currency;
    QList<StageTotal> pipeline;

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

    struct GoalLine
    {
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
    };
    QList<GoalLine> goals;

    struct AgentLoad
    {
        QString agent;
        int done = 0; // tasks finished in the last 24 hours
        double averageSeconds = 0; // from start to finish
    };
    QList<AgentLoad> agents;

    QStringList alerts; // goals behind, stalled deals, paused mailboxes, approvals waiting
};

DashboardData loadDashboard(Workspace& workspace, qint64 nowMs, int weeks = 8);

} // namespace gd::core
