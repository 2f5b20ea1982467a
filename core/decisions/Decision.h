#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::core {

enum class RiskLevel
{
    Low,
    Medium,
    High,
    Critical
};
enum class AutonomyMode
{
    Autopilot,
    ReviewRisky,
    ReviewAll
};
enum class DecisionOutcome
{
    Act,
    Queue,
    Refuse
};

QString nameOf(RiskLevel level);
QString nameOf(AutonomyMode mode);
QString nameOf(DecisionOutcome outcome);
// The words people read (translated), as opposed to the stored names above.
QString riskLevelText(RiskLevel level);
QString outcomeText(DecisionOutcome outcome);
// An approval's stored status (pending, approved, rejected, expired, superseded, edited) for people.
QString approvalStatusText(const QString& status);
std::optional<RiskLevel> riskLevelFromString(QStringView text);
std::optional<AutonomyMode> autonomyModeFromString(QStringView text);

// One kind of action with an effect outside the app, and the facts its risk needs.
struct DecisionTypeInfo
{
    QString id;
    QString title;
    QStringList inputs; // facts the risk engine reads (missing ones count as risk)
    bool contactFacing = false; // addressed to a person: relationship and consent checks apply
    bool involvesMoney = false;
    bool undoable = false;
};

const QList<DecisionTypeInfo>& decisionTypes();
const DecisionTypeInfo* decisionType(const QString& id);

// What an agent (or the operator, or an admin trying the matrix) proposes.
struct Proposal
{
    QString id; // stable: the same proposal gets the same id (see stableId)
    QString type;
    QString agent;
    QString target; // what it is about: a recipient, a deal id, a provider...
    QString campaign;
    QJsonObject action; // the exact action, e.g. {to, subject, body}
    QJsonObject inputs; // facts for the risk: amount, deal_value, discount_pct, lawful_basis...
    QString reasoning;

    QString actionHash() const;
    QString inputsHash() const;
    // An id derived from agent, type, target, inputs and action, so proposing the same
    // thing twice is recognised.
    QString stableId() const;
    static std::optional<Proposal> fromJson(const QJsonObject& json, QString* error);
    QJsonObject toJson() const;
};

// SHA-256 (hex) of a JSON value's canonical text (Qt keeps object keys sorted).
QString canonicalHash(const QJsonObject& object);
QString hashAction(const QString& type, const QString& target, const QJsonObject& action);

} // namespace gd::core

Q_DECLARE_METATYPE(gd::core::Proposal)
