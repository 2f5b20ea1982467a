#pragma once

#include "core/runtime/Types.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace gd::core {

class Workspace;

// One agent as another process (the CLI, the analytics agent) reads it from the agents table.
struct AgentRecord
{
    QString name;
    QString title;
    QString state;
    bool paused = false;
    qint64 lastHeartbeatMs = 0; // 0: never
    QJsonObject metrics;
    QJsonArray capabilities;
};

// What the coordinator writes about an agent while it runs.
struct AgentSnapshot
{
    QString name;
    AgentState state = AgentState::Idle;
    qint64 lastHeartbeatMs = 0; // 0: none yet
    QJsonObject metrics;
};

// The SQL of the agents table: the registry of the agents that ran on a workspace, their pause
// switches and the status the coordinator mirrors for other processes. Runs on the calling
// thread's connection, inside the caller's transaction if one is open.
namespace AgentStore {

// Registers (or updates the title and capabilities of) an agent, in the team's order
// (position); a new agent starts idle with the given pause switch, an existing one keeps its own.
bool registerAgent(Workspace& workspace, const QString& name, const QString& title, const QStringList& capabilities,
    int position, bool paused, QString* error = nullptr);
// The pause switch of every registered agent.
QHash<QString, bool> pausedByName(Workspace& workspace);
// Sets an agent's pause switch. Returns false on a write error; *found says whether the agent
// exists (when given).
bool setPaused(Workspace& workspace, const QString& name, bool paused, bool* found = nullptr, QString* error = nullptr);
// Mirrors the live status of one agent.
bool saveSnapshot(Workspace& workspace, const AgentSnapshot& snapshot, QString* error = nullptr);
// Every registered agent, in the team's order.
QList<AgentRecord> all(Workspace& workspace);

} // namespace AgentStore

} // namespace gd::core
