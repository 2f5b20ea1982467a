#pragma once

#include "core/sales/Goal.h"

#include <QList>
#include <optional>

namespace gd::core {

class Workspace;

// Where a goal stands, from real events in the workspace since the goal was added.
struct GoalProgress
{
    bool measured = false; // false: the metric has no event source yet (why says so)
    double current = 0;
    double expected = 0; // where a steady pace from start to deadline would be today
    double projected = 0; // current pace continued to the deadline
    bool onTrack = false;
    QString why; // for people: "3 of 15 meetings booked; at this pace 9 by 31 Jan (behind)"
};

struct StoredGoal
{
    qint64 id = 0;
    Goal goal;
    qint64 createdAtMs = 0;
    QJsonObject cascade; // what adding it set in motion (GoalCascade::apply)
};

// The one home of the goals table's SQL.
class GoalStore final
{
public:
    explicit GoalStore(Workspace& workspace);

    // Adds the goal and its cascade (matrix limits, a draft campaign for its segment, the agents'
    // tasks) in one transaction; the shares are planned from today (the current date when invalid).
    std::optional<qint64> add(const Goal& goal, QString* error, const QDate& today = {});
    QList<StoredGoal> list();
    std::optional<StoredGoal> find(qint64 id);
    // Removes the goal and takes back its cascade (GoalCascade::undo: its limits on the matrix,
    // its tasks not yet run, its campaign deleted or archived), audited as goal_removed with what
    // was removed; removed (when given) gets the same.
    bool remove(qint64 id, QString* error, QJsonObject* removed = nullptr);
    GoalProgress progress(const StoredGoal& goal, const QDate& today);
    // Other active goals that pull against this one: the same metric and segment with another
    // target or deadline, or constraints that contradict (two different email caps); and the goal
    // against its own limits (a target that needs more emails a day than it allows).
    // selfId: the goal's own id when it is stored (left out of the comparison).
    QStringList conflicts(const Goal& goal, const QDate& today = {}, qint64 selfId = 0);

private:
    Workspace& m_workspace;
};

} // namespace gd::core
