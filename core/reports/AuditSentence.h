#pragma once

#include "core/decisions/AuditLog.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace gd::core {

class ReportPrivacy;
class Workspace;

// What an audit row's decision is about, for its sentence.
struct AuditSubject
{
    QString type; // decision type id
    QString who; // the person (or "a suppressed contact"), a deal's title, or the target as written
    bool hidden = false; // about a suppressed or erased person: no free text about them is shown
    bool hasRisk = false;
    double risk = 0;
    QString level; // low, medium, high, critical
    QStringList reasons;
};

// The audit trail as sentences an admin reads ("queued for approval: First-touch email to
// Olivia Jansen, risk 0.20 low: cold contact"), in the user's language (every sentence goes
// through tr()), numbers rounded for people. The raw row stays what the chain hashes; this is
// only how it reads. Shared by the Audit trail tab and the audit report.
namespace AuditSentence {

// The subjects of the decisions these entries are about, keyed by decision id (one query per
// few hundred ids). People are named through privacy.
QHash<QString, AuditSubject> subjects(
    Workspace& workspace, const QList<AuditEntry>& entries, const ReportPrivacy& privacy);

// One entry as a sentence; subject may be null (an entry about no decision, or one not found).
QString sentence(const AuditEntry& entry, const AuditSubject* subject);
// Whether sentence() reads the entry's details for this event: a long read parses the details'
// JSON only when it does.
bool usesDetails(const QString& event);

// The subjects of decisions met one by one in a long, ordered read (the audit report): the same
// subject subjects() gives, read through prepared statements once per decision, with names and
// deal titles looked up once per distinct target, both in bounded memos (a decision's rows lie
// close together in the trail). One thread, one workspace.
class SubjectReader final
{
public:
    SubjectReader(Workspace& workspace, const ReportPrivacy& privacy);
    // The decision's subject, or null when there is no such decision (or the id is empty). Valid
    // until the next call.
    const AuditSubject* subject(const QString& decisionId);

private:
    struct Names
    {
        QString exact; // the prospect whose address is the target as written
        QString lower; // ... or its lower case
    };
    const Names& names(const QString& target);
    const std::optional<QString>& dealTitle(const QString& target);

    Workspace& m_workspace;
    const ReportPrivacy& m_privacy;
    QHash<QString, std::optional<AuditSubject>> m_subjects; // by decision id
    QHash<QString, Names> m_names; // by target
    QHash<QString, std::optional<QString>> m_dealTitles; // by target
};

// A number for people: at most two decimals, no trailing zeros (0.19999999999999996 -> "0.2",
// 12 -> "12", 0.125 -> "0.13").
QString number(double value);
// JSON as compact text with every fraction rounded by number(): what the details say, readable.
QString roundedJson(const QJsonValue& value);

} // namespace AuditSentence

} // namespace gd::core
