#pragma once

#include "core/runtime/Agent.h"
#include "core/sales/DealBook.h"

#include <QHash>

namespace gd::agents {

// Runs deals. pipeline.summary: value per stage and the stage-weighted forecast. deals.review:
// reads each open deal's evidence (a booked meeting, an interested reply, a proposal emailed, a
// reply saying they signed) and finds stalled deals; asks the Relationship agent for the health
// of those deals' contacts and, with the answer, proposes the moves as deal.move_stage decisions
// (the evidence in the reasoning) and notes stalled and at-risk deals on their timeline. A
// contact in poor health holds a forward move back (the deal is flagged at risk instead); a
// signed reply is still proposed, with less confidence.
class DealAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("deal"); }
    DealAgent();

    static constexpr int kStallDays = 21;
    static constexpr double kAtRiskHealth = 0.4; // below: the contact is at risk

    // Probability used to weight an open deal in the forecast, by stage.
    static double stageProbability(const QString& stage);

    struct Health
    {
        double score = 0;
        QString reason;
    };

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
    void onMessage(const core::Message& message, core::HandlerContext& context) override;

private:
    // Proposes the moves and notes the flags; health by prospect id (missing: not known).
    QJsonObject act(
        const QList<core::DealSignal>& found, const QHash<qint64, Health>& health, core::HandlerContext& context);
};

} // namespace gd::agents
