#pragma once

#include "core/decisions/Decision.h"
#include "core/decisions/RiskEngine.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::core {

class Workspace;

// One approval-queue item with what the operator needs to decide.
struct ApprovalItem
{
    QString id;
    QString decisionId;
    QString agent;
    QString type;
    QString target;
    QString campaign;
    QJsonObject action;
    QString actionHash;
    QJsonObject inputs;
    QString reasoning;
    RiskAssessment risk;
    QString status; // pending, approved, rejected, expired, superseded
    QStringList why;
    qint64 createdAtMs = 0;
    qint64 deadlineAtMs = 0;
    qint64 decidedAtMs = 0;
    QString decidedBy;
    QString reason;
    QString editedFrom;

    QJsonObject toJson() const;
};

// A row of the decisions table as the engine writes it.
struct DecisionRecord
{
    Proposal proposal;
    QString actionHash;
    RiskAssessment risk;
    DecisionOutcome outcome = DecisionOutcome::Queue;
    QString status;
    QStringList why;
    qint64 createdAtMs = 0;
    qint64 decidedAtMs = 0; // 0: not decided yet
};

// A new approval row.
struct ApprovalRecord
{
    QString id;
    QString decisionId;
    QJsonObject action;
    QString actionHash;
    QString status = QStringLiteral("pending");
    qint64 createdAtMs = 0;
    qint64 deadlineAtMs = 0;
    qint64 decidedAtMs = 0; // 0: not decided
    QString decidedBy;
    QString editedFrom;
};

// One outbox row.
struct OutboxItem
{
    QString id;
    QString decisionId;
    QString approvalId; // empty: authorized autonomously
    QString key; // idempotency key
    QString type;
    QString target;
    QJsonObject action;
    QString actionHash;
    QString status;
    int attempts = 0;
    QJsonObject result;
    QString lastError; // why it failed, waits or is held
    qint64 notBefore = 0; // a waiting item is not due before this (ms since the epoch)
};

// The one home of the SQL of the decision tables: decisions, approvals, outbox and rejections.
// Every call runs on the calling thread's connection, inside the caller's transaction when there
// is one. Writes return false with a readable error.
class DecisionStore final
{
public:
    explicit DecisionStore(Workspace& workspace)
        : m_ws(workspace)
    {
    }

    // decisions
    bool insertDecision(const DecisionRecord& record, QString* error);
    // The stored outcome of a decision id, if it exists.
    std::optional<DecisionOutcome> outcomeOf(const QString& decisionId);
    // The proposal as stored (for re-evaluation before an autonomous execution).
    std::optional<Proposal> proposalOf(const QString& decisionId, QString* outcome = nullptr);
    bool setDecisionStatus(const QString& decisionId, const QString& status, qint64 decidedAtMs, QString* error);
    // After an edit: the decision is about the edited action now.
    bool updateDecisionAction(const QString& decisionId, const QString& target, const QJsonObject& action,
        const QString& actionHash, const RiskAssessment& risk, const QStringList& why, QString* error);
    bool requeueDecision(const QString& decisionId, QString* error);
    QList<ApprovalItem> autonomousDecisions(int limit);

    // approvals
    bool insertApproval(const ApprovalRecord& record, QString* error);
    std::optional<ApprovalItem> approval(const QString& approvalId);
    QList<ApprovalItem> approvals(const QString& status, int limit);
    QList<ApprovalItem> dueApprovals(qint64 nowMs);
    int pendingCount();
    // pending -> status; false (with error) when it was no longer pending.
    bool closeApproval(
        const QString& approvalId, const QString& status, const QString& actor, qint64 atMs, QString* error);
    bool setApprovalReason(const QString& approvalId, const QString& reason, QString* error);
    // approved, with exactly this action hash
    bool approvalMatches(const QString& approvalId, const QString& actionHash);

    // rejections (sticky: the same action for the same target is refused until its inputs change)
    QString stickyRejection(const QString& type, const QString& target, const QString& inputsHash);
    bool recordRejection(const QString& decisionId, const QString& reason, QString* error);

    // outbox
    bool addToOutbox(const OutboxItem& item, QString* error);
    // Pending and executing items whose not_before has come (now: 0 for the clock's now).
    QList<OutboxItem> dueOutbox(int limit, qint64 now = 0);
    std::optional<OutboxItem> outboxItem(const QString& outboxId);
    QList<OutboxItem> outboxInStates(const QStringList& statuses, int limit);
    // Not now (a cap, a window, a paused mailbox): pending again, not before notBefore, with the
    // reason; uncountAttempt gives back the attempt its claim counted.
    bool markWaiting(
        const QString& outboxId, const QString& why, qint64 notBefore, bool uncountAttempt, QString* error);
    // Cannot know whether the effect already happened: 'held' until an operator resolves it.
    bool markHeld(const QString& outboxId, const QString& why, QString* error);
    // A held item back to pending (the operator resolved it).
    bool release(const QString& outboxId, const QString& note, QString* error);
    std::optional<OutboxItem> doneItemOf(const QString& decisionId);
    bool claim(const QString& outboxId, QString* error);
    bool markDone(const QString& outboxId, const QJsonObject& result, QString* error);
    bool markFailed(const QString& outboxId, const QString& why, bool permanent, QString* error);
    bool markRequeued(const QString& outboxId, const QString& why, QString* error);

private:
    Workspace& m_ws;
};

} // namespace gd::core
