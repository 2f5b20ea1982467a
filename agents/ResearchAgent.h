#pragma once

#include "core/Agent.h"

namespace gd::agents {

// Finds, checks and (in later work) scores prospects. Now: profiles the prospect data the
// workspace holds (counts, invalid emails, duplicates) so the operator sees its quality.
class ResearchAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("research"); }
    ResearchAgent();

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
