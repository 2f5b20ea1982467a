#pragma once

#include "core/decisions/AuditLog.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

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

// A number for people: at most two decimals, no trailing zeros (0.19999999999999996 -> "0.2",
// 12 -> "12", 0.125 -> "0.13").
QString number(double value);
// JSON as compact text with every fraction rounded by number(): what the details say, readable.
QString roundedJson(const QJsonValue& value);

} // namespace AuditSentence

} // namespace gd::core
