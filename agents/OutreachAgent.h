#pragma once

#include "core/runtime/Agent.h"

#include <QHash>

namespace gd::agents {

// Writes outreach. Checks the shipped templates against the facts it can fill, finds prospects
// eligible for a first touch (valid email, not contacted in 30 days, no closed deal) and proposes
// personalised drafts through the decision framework, which sends, queues or refuses them.
class OutreachAgent final : public core::Agent
{
    Q_OBJECT

public:
    static QString agentName() { return QStringLiteral("outreach"); }
    OutreachAgent();

    // Placeholders ({{name}}) in a template that the agent has no fact to fill.
    static QStringList unknownPlaceholders(const QString& text);
    // Fills {{name}} placeholders from facts; throws when a fact is missing (never invents one).
    static QString fill(const QString& text, const QHash<QString, QString>& facts);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
};

} // namespace gd::agents
