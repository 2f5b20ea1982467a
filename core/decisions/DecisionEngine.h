#pragma once

#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/Decision.h"
#include "core/decisions/DecisionStore.h"
#include "core/decisions/RiskEngine.h"
#include "core/decisions/effects/DecisionEffect.h"
#include "core/runtime/Message.h"

#include <functional>
#include <memory>

namespace gd::core {

class Workspace;

// What the framework makes of a proposal: the rule, the risk, what was learned, and the outcome.
struct Evaluation
{
    Proposal proposal;
    AuthorityRule rule;
    RiskAssessment risk;
    CalibrationState calibration;
    DecisionOutcome outcome = DecisionOutcome::Queue;
    QStringList why;
    EffectStatus invalid; // set when the action cannot be carried out as it stands (outcome refuse)

    QJsonObject toJson() const;
};

struct ProposeResult
{
    QString decisionId;
    DecisionOutcome outcome = DecisionOutcome::Queue;
    QString approvalId; // when queued
    QString outboxId; // when authorized to act
    bool duplicate = false; // proposed before: the earlier decision stands
    QStringList why;
    QString error;
};

// The decision framework: proposal -> risk -> authority matrix and learned calibration -> act,
// queue for approval, or refuse; approvals, rejections, edits, expiries and overrides, each
// recorded in the hash-chained audit log and used as a labelled example. Effects leave only
// through the outbox (see Executor). Thread-safe: every call uses the calling thread's
// connection and its own transaction.
// One labelled example, as the "What GreenDoor learned" view shows it.
struct LearningEvent
{
    QString type;
    qint64 atMs = 0;
    QString label; // approved, rejected, edited, expired, override, reset
    double thresholdBefore = 0;
    double thresholdAfter = 0;
    QString decisionId;
    QString note;
};

class DecisionEngine final
{
public:
    using Notifier = std::function<void(const Message&)>;

    explicit DecisionEngine(std::shared_ptr<Workspace> workspace);

    // How agents are told about rejections. Without one, the message is stored for delivery at
    // the agent's next start.
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }

    // What would happen, without acting (for admins trying the matrix).
    Evaluation evaluate(const Proposal& proposal);
    // The policy itself, pure: no workspace involved (the property tests drive this).
    static Evaluation decide(const Proposal& proposal, const AuthorityRule& rule, const RiskAssessment& risk,
        const CalibrationState& calibration, const QString& stickyRejection);

    ProposeResult propose(Proposal proposal);
    bool approve(const QString& approvalId, const QString& actor, QString* error = nullptr);
    bool reject(const QString& approvalId, const QString& actor, const QString& reason, QString* error = nullptr);
    // Replaces a pending item's action. The edited action is a new proposal: validated, assessed
    // and checked against suppressions and the matrix; it is refused when it could not be
    // proposed, or when it goes beyond a hard ceiling that the original action stayed within.
    // Otherwise it gets its own approval (approved at once when approveNow) and the outbox
    // carries its own target. Returns the new approval's id, or empty on error.
    QString edit(const QString& approvalId, const QJsonObject& newAction, const QString& actor, bool approveNow,
        QString* error = nullptr);
    // Denies (the safe default) every pending item past its deadline. Returns how many.
    int expireDue(qint64 nowMs, QString* error = nullptr);
    // After the fact: the operator says an executed decision was wrong, or undoes it.
    bool markWrong(const QString& decisionId, const QString& actor, const QString& note, QString* error = nullptr);
    bool undo(const QString& decisionId, const QString& actor, QString* error = nullptr);

    QList<ApprovalItem> approvals(const QString& status = QStringLiteral("pending"), int limit = 1000);
    // Decisions the agents were allowed to carry out without asking, newest first, shown like
    // approval items (id is the decision id) so the operator can mark them wrong or undo them.
    QList<ApprovalItem> autonomousDecisions(int limit = 500);
    std::optional<ApprovalItem> approval(const QString& approvalId);
    int pendingCount();
    QList<CalibrationState> learned();
    // Newest first; type empty for all types.
    QList<LearningEvent> learningEvents(const QString& type, int limit = 50);
    bool resetLearning(const QString& type, const QString& actor, QString* error = nullptr);

    // Why an approved action may no longer be carried out (its target is gone, a field became
    // invalid, the contact opted out since), or empty when it still may.
    QString executionBlocker(const Proposal& proposal);

    Workspace& workspace() { return *m_workspace; }

    // Proposals (with their action and inputs) above this size are refused, whatever the entry point.
    static constexpr qint64 kMaxProposalBytes = 1024 * 1024;
    // A proposal's id names files and keys: letters, digits, '_' and '-', at most 64.
    static bool isValidId(const QString& id);

private:
    bool finishApproval(const ApprovalItem& item, const QString& actor, const QString& status, QString* error);
    void notify(const Message& message);

    std::shared_ptr<Workspace> m_workspace;
    Notifier m_notifier;
};

} // namespace gd::core
