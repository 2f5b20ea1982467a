#pragma once

#include "core/runtime/Agent.h"

namespace gd::agents {

// Measures the team. Now: snapshots the runtime's real metrics (messages by type, tasks by
// status, task turnaround p50/p99 per type, agent counters) into the workspace and sends the
// Optimization agent the figures as performance feedback.
class AnalyticsAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("analytics"); }
    AnalyticsAgent();

    // The snapshot over the last windowMs of activity.
    static QJsonObject computeSnapshot(core::Workspace& workspace, qint64 windowMs);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
