#pragma once

#include <QStringList>

namespace gd::core {

class Workspace;

// Reads of the outbox table that agents need. The executor (core/decisions) owns the outbox's
// writes; these queries live here so no agent holds SQL.
namespace OutboxStore {

// Targets of carried-out effects of outboxType that no decision of decisionType covers yet,
// oldest first (by execution time, then id).
QStringList doneTargetsWithoutDecision(
    Workspace& workspace, const QString& outboxType, const QString& decisionType, int limit);

} // namespace OutboxStore

} // namespace gd::core
