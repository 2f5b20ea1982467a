#include "agents/OptimizationAgent.h"

#include "agents/TaskTypes.h"
#include "core/store/MetricStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <algorithm>
#include <stdexcept>

namespace gd::agents {

namespace {
constexpr double kSlowFactor = 3.0;
constexpr double kMinP99Ms = 5.0; // below this nothing is slow enough to matter
constexpr double kFailureRate = 0.05;
} // namespace

OptimizationAgent::OptimizationAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Optimization"), { TaskTypes::runtimeReview })
{
}

QJsonObject OptimizationAgent::review(const QJsonObject& agents)
{
    std::vector<double> p99s;
    for (auto it = agents.begin(); it != agents.end(); ++it)
        p99s.push_back(it.value().toObject().value(QStringLiteral("handling_p99_ms")).toDouble());
    double median = 0;
    if (!p99s.empty()) {
        std::nth_element(p99s.begin(), p99s.begin() + static_cast<std::ptrdiff_t>(p99s.size() / 2), p99s.end());
        median = p99s[p99s.size() / 2];
    }
    QJsonObject flagged;
    for (auto it = agents.begin(); it != agents.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        const double p99 = m.value(QStringLiteral("handling_p99_ms")).toDouble();
        const double handled = m.value(QStringLiteral("handled")).toDouble();
        const double failed = m.value(QStringLiteral("failed")).toDouble();
        QStringList reasons;
        if (p99 >= kMinP99Ms && p99 > kSlowFactor * std::max(median, 0.001))
            reasons << QStringLiteral("handling p99 %1 ms is over %2x the team median (%3 ms)")
                           .arg(p99, 0, 'f', 1)
                           .arg(kSlowFactor)
                           .arg(median, 0, 'f', 1);
        if (handled + failed >= 20 && failed / (handled + failed) > kFailureRate)
            reasons << QStringLiteral("%1% of messages failed").arg(qRound(100 * failed / (handled + failed)));
        if (m.value(QStringLiteral("restarts")).toInt() > 0)
            reasons << QStringLiteral("restarted %1 times").arg(m.value(QStringLiteral("restarts")).toInt());
        if (!reasons.isEmpty())
            flagged.insert(it.key(), reasons.join(QStringLiteral("; ")));
    }
    return flagged;
}

QJsonObject OptimizationAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type != TaskTypes::runtimeReview)
        throw std::runtime_error("optimization agent cannot run this task type");
    const std::optional<QJsonObject> snapshot = core::MetricStore::latest(context.workspace());
    if (!snapshot)
        return QJsonObject { { QStringLiteral("summary"), QStringLiteral("no metrics snapshot yet") } };
    const QJsonObject flagged = review(snapshot->value(QStringLiteral("agents")).toObject());
    for (auto it = flagged.begin(); it != flagged.end(); ++it) {
        core::Message feedback;
        feedback.receiver = it.key();
        feedback.type = core::MessageType::PerformanceFeedback;
        feedback.priority = core::Priority::Medium;
        feedback.correlationId = task.id;
        feedback.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("review") },
            { QStringLiteral("summary"), it.value().toString() } };
        context.send(feedback);
    }
    return QJsonObject { { QStringLiteral("flagged"), flagged },
        { QStringLiteral("summary"),
            flagged.isEmpty() ? QStringLiteral("all agents within norms")
                              : QStringLiteral("%1 agent(s) flagged").arg(flagged.size()) } };
}

} // namespace gd::agents
