#pragma once

#include "core/Agent.h"

namespace gd::agents {

// Writes and (once the decision framework lands) sends outreach. Now: checks the shipped
// message templates against the fields it can fill, and counts the prospects eligible for a
// first touch (valid email, not contacted in 30 days, no closed deal).
class OutreachAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("outreach"); }
    OutreachAgent();

    // Placeholders ({{name}}) in a template that the agent has no fact to fill.
    static QStringList unknownPlaceholders(const QString& text);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
