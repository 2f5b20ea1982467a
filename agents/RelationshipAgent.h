#pragma once

#include "core/runtime/Agent.h"

#include <optional>

namespace gd::agents {

// Keeps every contact's health. Scores each prospect from their latest reply's class when they
// answered (interested high, unsubscribe and bounce zero, with the reason), else from the time
// since the last touch (a 30-day half-life), and whether a deal is open; stores it, proposes the
// follow-ups that reminders ask for, and answers other agents' requests for contact health.
class RelationshipAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("relationship"); }
    RelationshipAgent();

    // 0..1: 1 just contacted, halving every 30 days; +0.2 (capped) with an open deal.
    static double healthScore(qint64 daysSinceContact, bool openDeal);
    // The health a reply class stands for (interested 0.95 ... unsubscribe and bounce 0), or
    // nothing when the class says nothing about the relationship (out of office).
    static std::optional<double> replyHealth(const QString& replyClass);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
    void onMessage(const core::Message& message, core::HandlerContext& context) override;
};

} // namespace gd::agents
