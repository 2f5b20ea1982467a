#pragma once

#include "core/runtime/Agent.h"

namespace gd::agents {

// Improves the team. Now: reviews the latest metrics snapshot, finds agents that fail or whose
// handling p99 is far above the team's median, and tells them (and the operator's log) through
// performance feedback. Experiments and retraining come with later work.
class OptimizationAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("optimization"); }
    OptimizationAgent();

    // Agents flagged in a snapshot's "agents" object, with the reason for each.
    static QJsonObject review(const QJsonObject& agents);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
