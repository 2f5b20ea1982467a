#pragma once

#include "core/runtime/Types.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

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

namespace TaskStore {

// Newest first; agent empty for all agents.
QList<TaskRecord> recent(Workspace& workspace, const QString& agent, int limit);
std::optional<TaskRecord> byId(Workspace& workspace, const QString& id);
// Queues a task for whichever runtime works on the workspace (a console, or greendoor-cli run):
// its coordinator assigns queued tasks within a second. Returns the task's id, empty on error.
QString enqueue(Workspace& workspace, const QString& type, const QJsonObject& payload, Priority priority,
    int maxAttempts = 3, QString* error = nullptr);

} // namespace TaskStore

} // namespace gd::core

Q_DECLARE_METATYPE(gd::core::TaskRecord)
