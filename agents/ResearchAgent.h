#pragma once

#include "core/runtime/Agent.h"

namespace gd::agents {

// Finds, checks and scores prospects: profiles the prospect data (counts, invalid emails,
// duplicates) and scores every prospect 0..100 against the current ICP with the reasons,
// incrementally as prospects or the profile change.
class ResearchAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("research"); }
    ResearchAgent();

    static constexpr int kScoreBatch = 50000;

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;

private:
    QJsonObject score(core::HandlerContext& context);
    QJsonObject proposeSearch(const core::Task& task, core::HandlerContext& context);
};

} // namespace gd::agents
