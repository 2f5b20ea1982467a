#include "core/Types.h"

#include <QDateTime>
#include <QUuid>

#include <chrono>

namespace gd::core {

namespace {

constexpr std::array<const char*, MessageTypeCount> kMessageTypeNames = {
    "task_assignment",
    "information_request",
    "status_update",
    "collaboration_request",
    "resource_request",
    "escalation_alert",
    "performance_feedback",
};

constexpr std::array<const char*, PriorityCount> kPriorityNames = { "low", "medium", "high", "critical" };

constexpr std::array<const char*, 6> kAgentStateNames = { "idle", "working", "paused", "failed", "restarting",
    "stopped" };

constexpr std::array<const char*, 5> kTaskStatusNames = { "queued", "assigned", "running", "done", "failed" };

template<typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<const char*, N>& names, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace

QString nameOf(MessageType type)
{
    return QLatin1String(kMessageTypeNames.at(static_cast<std::size_t>(type)));
}

QString nameOf(Priority priority)
{
    return QLatin1String(kPriorityNames.at(static_cast<std::size_t>(priority)));
}

QString nameOf(AgentState state)
{
    return QLatin1String(kAgentStateNames.at(static_cast<std::size_t>(state)));
}

QString nameOf(TaskStatus status)
{
    return QLatin1String(kTaskStatusNames.at(static_cast<std::size_t>(status)));
}

std::optional<MessageType> messageTypeFromString(QStringView text)
{
    return lookup<MessageType>(kMessageTypeNames, text);
}

std::optional<Priority> priorityFromString(QStringView text)
{
    return lookup<Priority>(kPriorityNames, text);
}

std::optional<AgentState> agentStateFromString(QStringView text)
{
    return lookup<AgentState>(kAgentStateNames, text);
}

std::optional<TaskStatus> taskStatusFromString(QStringView text)
{
    return lookup<TaskStatus>(kTaskStatusNames, text);
}

QStringList allMessageTypeNames()
{
    QStringList names;
    for (const char* name : kMessageTypeNames)
        names << QLatin1String(name);
    return names;
}

QStringList allPriorityNames()
{
    QStringList names;
    for (const char* name : kPriorityNames)
        names << QLatin1String(name);
    return names;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace gd::core
