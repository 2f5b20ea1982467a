#pragma once

#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/Decision.h"

#include <QJsonObject>
#include <QStringList>

namespace gd::core {

class Workspace;

struct RiskFactor
{
    double score = 0; // 0..1
    QStringList reasons;

    // Adds a finding; findings compound (1 - (1-a)(1-b)), so two problems weigh more than one.
    void add(double value, const QString& reason);
    QJsonObject toJson() const;
};

struct RiskAssessment
{
    RiskFactor financial;
    RiskFactor relationship;
    RiskFactor compliance;
    RiskFactor strategic;
    double combined = 0;
    RiskLevel level = RiskLevel::Low;
    double amountEur = 0; // money the action commits (0 when none)
    bool blocked = false; // a compliance block: never allowed, not even with approval

    QJsonObject toJson() const;
    static RiskAssessment fromJson(const QJsonObject& json);
    QStringList reasons() const;
};

// What the workspace knows about the target, read before an assessment.
struct RiskContext
{
    bool recipientKnown = false; // the recipient is a prospect in the workspace
    int emailsLast5Days = 0; // emails executed to this recipient
    int emailsLast30Days = 0;
    qint64 suppressedAtMs = 0; // opted out / erased (0: not suppressed)
    QString suppressionReason;
    double contactHealth = -1; // -1: not scored
    bool dealExists = false; // the deal the target names is in the workspace
    double dealValue = -1; // -1: unknown (from the deals table, never from the proposer)
    QString dealStage;
    bool limitKnown = false; // limits.change: the limit's current value is set
    double limitValue = 0;
    int personRecords = -1; // data.export / data.erase: rows held about the person (-1: unknown)
    int campaignRecipients = -1; // campaign.launch: the stored campaign's segment size now (-1: no such campaign)
};

// Scores a proposal on four factors with human-readable reasons. Missing information counts
// as risk, not as safety. Deterministic: the same proposal, rule and context give the same result.
namespace RiskEngine {

RiskContext context(Workspace& workspace, const Proposal& proposal);
// The facts the assessment judges: the type's figures derived from the action and the context
// (amount, discount, deal value, stages, records...), plus the few facts only the proposer can
// declare (lawful basis, region, inbound class). Declared figures are ignored.
QJsonObject facts(const Proposal& proposal, const RiskContext& context);
RiskAssessment assess(const Proposal& proposal, const AuthorityRule& rule, const RiskContext& context);
RiskLevel levelFor(double combined);
// Every address an action addressed to people reaches (the parsed `to` list, else the target).
QStringList recipientsOf(const Proposal& proposal);
QString recipientOf(const Proposal& proposal);

} // namespace RiskEngine

// What was learned from the operator's answers for one decision type.
struct CalibrationState
{
    QString type;
    double approvals = 0; // weighted labels
    double rejections = 0;
    double approvalRate = 0; // posterior mean
    double threshold = 0; // combined risk below which it may act alone (within the matrix)
    int examples = 0;
    qint64 updatedAtMs = 0;
};

// A Beta model per decision type over "the operator would approve this". The threshold is
// derived from a lower confidence bound of the approval rate: steady approvals raise it (fewer
// escalations), rejections lower it. It is capped below the rule's hard ceiling and is never used
// for types whose level requires approval, so learning can never lift a decision above the matrix.
namespace Calibration {

double threshold(const AuthorityRule& rule, double approvals, double rejections);
CalibrationState state(Workspace& workspace, const AuthorityRule& rule);
// Records a labelled example (inside the caller's transaction).
bool record(Workspace& workspace, const AuthorityRule& rule, const QString& label, double approveWeight,
    double rejectWeight, const QString& decisionId, const QString& note, QString* error);
bool reset(Workspace& workspace, const AuthorityRule& rule, const QString& actor, QString* error);

} // namespace Calibration

} // namespace gd::core
