#include "core/runtime/Types.h"

#include "core/Text.h"

#include <QCoreApplication>
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

constexpr std::array<const char*, 6> kAgentStateNames
    = { "idle", "working", "paused", "failed", "restarting", "stopped" };

constexpr std::array<const char*, 5> kTaskStatusNames = { "queued", "assigned", "running", "done", "failed" };

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
    return enumFromName<MessageType>(kMessageTypeNames, text);
}

std::optional<Priority> priorityFromString(QStringView text)
{
    return enumFromName<Priority>(kPriorityNames, text);
}

std::optional<AgentState> agentStateFromString(QStringView text)
{
    return enumFromName<AgentState>(kAgentStateNames, text);
}

std::optional<TaskStatus> taskStatusFromString(QStringView text)
{
    return enumFromName<TaskStatus>(kTaskStatusNames, text);
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

QString agentTitle(const QString& id)
{
    // The titles the agents register with (agents/*Agent.cpp), in the same context.
    static const char* const titles[][2] = { { "research", QT_TRANSLATE_NOOP("gd::agents", "Research") },
        { "outreach", QT_TRANSLATE_NOOP("gd::agents", "Outreach") },
        { "relationship", QT_TRANSLATE_NOOP("gd::agents", "Relationship") },
        { "deal", QT_TRANSLATE_NOOP("gd::agents", "Deal") },
        { "analytics", QT_TRANSLATE_NOOP("gd::agents", "Analytics") },
        { "optimization", QT_TRANSLATE_NOOP("gd::agents", "Optimization") },
        { "operator", QT_TRANSLATE_NOOP("gd::agents", "Operator") },
        { "system", QT_TRANSLATE_NOOP("gd::agents", "System") } };
    for (const auto& t : titles) {
        if (id == QLatin1String(t[0]))
            return QCoreApplication::translate("gd::agents", t[1]);
    }
    return id;
}

} // namespace gd::core
