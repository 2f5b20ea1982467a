#pragma once

#include "core/runtime/Agent.h"

#include <QHash>

namespace gd::agents {

// Writes outreach. With active campaigns it runs their sequences (core::SequenceEngine); without,
// it finds prospects eligible for a first touch (valid email, not contacted in 30 days, no closed
// deal) and proposes drafts through the decision framework, which sends, queues or refuses them.
// Every sentence about a prospect is filled from a stored fact (core::OutreachDrafter); a draft
// that needs a missing fact is held, never guessed.
class OutreachAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("outreach"); }
    OutreachAgent();

    // Placeholders ({{name}}) in a template that name no stored fact.
    static QStringList unknownPlaceholders(const QString& text);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
