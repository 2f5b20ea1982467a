#pragma once

#include "core/runtime/Agent.h"

namespace gd::agents {

// Runs deals. Now: summarises the pipeline (value per stage, stage-weighted forecast), finds
// stale open deals (no change in 21 days) and asks the Relationship agent for their contacts'
// health.
class DealAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("deal"); }
    DealAgent();

    // Probability used to weight an open deal in the forecast, by stage.
    static double stageProbability(const QString& stage);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
