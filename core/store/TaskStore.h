#pragma once

#include "core/runtime/Types.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <optional>

namespace gd::core {

class Workspace;

// One row of the task table (the seed's agent_tasks).
struct TaskRecord
{
    QString id;
    QString type;
    QJsonObject payload;
    TaskStatus status = TaskStatus::Queued;
    Priority priority = Priority::Medium;
    QString agent;
    int attempts = 0;
    int maxAttempts = 0;
    QString lastError;
    QJsonObject result;
    qint64 createdAtMs = 0;
    qint64 assignedAtMs = 0;
    qint64 completedAtMs = 0;

    QJsonObject toJson() const;
};

// A queued task as the coordinator assigns it.
struct QueuedTask
{
    QString id;
    QString type;
    QJsonObject payload;
    Priority priority = Priority::Medium;
    int attempts = 0;
};

// A task an agent holds (assigned or running).
struct ActiveTask
{
    QString id;
    QString type;
    int attempts = 0;
    int maxAttempts = 0;
};

// The SQL of the tasks table (the seed's agent_tasks). Every function runs on the calling
// thread's connection and is part of the caller's transaction, if one is open.
namespace TaskStore {

// Newest first; agent empty for all agents.
QList<TaskRecord> recent(Workspace& workspace, const QString& agent, int limit);
std::optional<TaskRecord> byId(Workspace& workspace, const QString& id);
// Queues a task for whichever runtime works on the workspace (a console, or greendoor-cli run):
// its coordinator assigns queued tasks within a second. Returns the task's id, empty on error.
QString enqueue(Workspace& workspace, const QString& type, const QJsonObject& payload, Priority priority,
    int maxAttempts = 3, QString* error = nullptr);
// The same with a caller-chosen id (the coordinator hands the id out before the row exists).
bool insertQueued(Workspace& workspace, const QString& id, const QString& type, const QJsonObject& payload,
    Priority priority, int maxAttempts, QString* error = nullptr);

// Queued tasks, highest priority first, then oldest first (ties broken by id).
QList<QueuedTask> queued(Workspace& workspace, int limit, QString* error = nullptr);
// Assigns a queued task to an agent (attempts + 1). False on a write error; a task that is no
// longer queued is left alone (and true is returned).
bool markAssigned(Workspace& workspace, const QString& id, const QString& agent, QString* error = nullptr);
// True when the task is assigned and this is its current attempt (a requeued task has a newer one).
bool isCurrentAssignment(Workspace& workspace, const QString& id, int attempt);
// Stores the result of the current attempt; a stale attempt changes nothing.
bool markDone(Workspace& workspace, const QString& id, int attempt, const QJsonObject& result, qint64 startedAtMs,
    QString* error = nullptr);
// Fails a task for good with a reason. tag names the write for the fault injector.
bool markFailed(
    Workspace& workspace, const QString& id, const QString& reason, const QString& tag, QString* error = nullptr);
// Puts a task back in the queue (no agent) with the reason of the interruption.
bool requeue(
    Workspace& workspace, const QString& id, const QString& reason, const QString& tag, QString* error = nullptr);
// Tasks assigned to (or running on) an agent.
QList<ActiveTask> activeOf(Workspace& workspace, const QString& agent);
// Requeues tasks a previous run assigned but never finished.
bool requeueUnfinished(Workspace& workspace, const QString& reason, QString* error = nullptr);
// True while a task of this type is queued, assigned or running.
bool hasUnfinished(Workspace& workspace, const QString& type);

// Number of tasks per status name ("queued", "done", ...), created at or after sinceMs.
QMap<QString, qint64> countByStatus(Workspace& workspace, qint64 sinceMs = 0);
// Done tasks completed at or after sinceMs: (type, milliseconds from creation to completion).
QList<QPair<QString, qint64>> turnaroundSince(Workspace& workspace, qint64 sinceMs);

} // namespace TaskStore

} // namespace gd::core

Q_DECLARE_METATYPE(gd::core::TaskRecord)
