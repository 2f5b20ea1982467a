#include "agents/AnalyticsAgent.h"

#include "agents/TaskTypes.h"
#include "core/runtime/LatencyStats.h"
#include "core/store/AgentStore.h"
#include "core/store/MessageStore.h"
#include "core/store/MetricStore.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <stdexcept>

namespace gd::agents {

namespace {
constexpr qint64 kWindowMs = 15LL * 60 * 1000;
}

AnalyticsAgent::AnalyticsAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Analytics"), { TaskTypes::metricsSnapshot })
{
}

QJsonObject AnalyticsAgent::computeSnapshot(core::Workspace& workspace, qint64 windowMs)
{
    const qint64 since = core::nowMs() - windowMs;

    QJsonObject messages;
    qint64 messageTotal = 0;
    const QMap<QString, qint64> byType = core::MessageStore::countByTypeSince(workspace, since);
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        messages.insert(it.key(), it.value());
        messageTotal += it.value();
    }

    QJsonObject tasks;
    const QMap<QString, qint64> byStatus = core::TaskStore::countByStatus(workspace, since);
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        tasks.insert(it.key(), it.value());

    QHash<QString, std::vector<qint64>> turnaround;
    for (const auto& [type, ms] : core::TaskStore::turnaroundSince(workspace, since))
        turnaround[type].push_back(ms * 1'000'000);
    QJsonObject perType;
    for (auto it = turnaround.begin(); it != turnaround.end(); ++it) {
        perType.insert(it.key(),
            QJsonObject { { QStringLiteral("done"), static_cast<qint64>(it.value().size()) },
                { QStringLiteral("p50_ms"), core::percentileMs(it.value(), 50) },
                { QStringLiteral("p99_ms"), core::percentileMs(it.value(), 99) } });
    }

    QJsonObject agents;
    for (const core::AgentRecord& a : core::AgentStore::all(workspace)) {
        QJsonObject m = a.metrics;
        m.insert(QStringLiteral("state"), a.state);
        agents.insert(a.name, m);
    }
    return QJsonObject {
        { QStringLiteral("window_ms"), windowMs },
        { QStringLiteral("messages_total"), messageTotal },
        { QStringLiteral("messages_by_type"), messages },
        { QStringLiteral("tasks_by_status"), tasks },
        { QStringLiteral("turnaround_by_type"), perType },
        { QStringLiteral("agents"), agents },
    };
}

QJsonObject AnalyticsAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::metricsSnapshot)
        throw std::runtime_error("analytics agent cannot run this task type");
    const QJsonObject snapshot = computeSnapshot(context.workspace(), kWindowMs);
    const qint64 now = core::nowMs();
    context.stage([snapshot, now](core::Workspace& ws, QString* error) {
        return core::MetricStore::addSnapshot(ws, now, snapshot, error);
    });
    const qint64 messages = snapshot.value(QStringLiteral("messages_total")).toInteger();
    const qint64 done
        = snapshot.value(QStringLiteral("tasks_by_status")).toObject().value(QStringLiteral("done")).toInteger();
    core::Message feedback;
    feedback.receiver = QStringLiteral("optimization");
    feedback.type = core::MessageType::PerformanceFeedback;
    feedback.priority = core::Priority::Low;
    feedback.correlationId = task.id;
    feedback.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("metrics_snapshot") },
        { QStringLiteral("turnaround_by_type"), snapshot.value(QStringLiteral("turnaround_by_type")) },
        { QStringLiteral("summary"), QStringLiteral("%1 messages, %2 tasks done in 15 min").arg(messages).arg(done) } };
    context.send(feedback);
    return QJsonObject { { QStringLiteral("messages"), messages }, { QStringLiteral("tasks_done"), done },
        { QStringLiteral("summary"), QStringLiteral("snapshot: %1 messages, %2 tasks done").arg(messages).arg(done) } };
}

} // namespace gd::agents
