#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace gd::core {

// The seven inter-agent message types of the communication protocol.
enum class MessageType
{
    TaskAssignment,
    InformationRequest,
    StatusUpdate,
    CollaborationRequest,
    ResourceRequest,
    EscalationAlert,
    PerformanceFeedback,
};
inline constexpr int MessageTypeCount = 7;

// Priorities, ordered so that a larger value is delivered first.
enum class Priority
{
    Low = 0,
    Medium = 1,
    High = 2,
    Critical = 3,
};
inline constexpr int PriorityCount = 4;

enum class AgentState
{
    Idle,
    Working,
    Paused,
    Failed,
    Restarting,
    Stopped,
};

enum class TaskStatus
{
    Queued,
    Assigned,
    Running,
    Done,
    Failed,
};

QString nameOf(MessageType type);
QString nameOf(Priority priority);
QString nameOf(AgentState state);
QString nameOf(TaskStatus status);

std::optional<MessageType> messageTypeFromString(QStringView text);
std::optional<Priority> priorityFromString(QStringView text);
std::optional<AgentState> agentStateFromString(QStringView text);
std::optional<TaskStatus> taskStatusFromString(QStringView text);

QStringList allMessageTypeNames();
QStringList allPriorityNames();

// Milliseconds since the Unix epoch, the unit of every timestamp in the workspace.
qint64 nowMs();

// Nanoseconds on a monotonic clock, for latency measurement inside one process.
qint64 monotonicNs();

// A new random identifier (UUID without braces).
QString newId();

// An agent's name for people ("Outreach", "Ergebnisse"...), from its id ("outreach"); the
// operator and the system too. An unknown id is returned as it is.
QString agentTitle(const QString& id);

} // namespace gd::core
