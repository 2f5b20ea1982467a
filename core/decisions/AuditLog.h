#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace gd::core {

class Workspace;

struct AuditEntry
{
    qint64 seq = 0;
    qint64 atMs = 0;
    QString actor; // an agent's name, "operator", "admin", "system"
    QString event; // proposed, assessed, queued, authorized, refused, approved, rejected, edited, expired,
                   // executed, execution_failed, overridden, undone, matrix_changed, learning_reset
    QString decisionId;
    QJsonObject details;
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
};

struct AuditVerification
{
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBadSeq = 0; // 0 when ok
    QString problem;
    QString headHash;
};

struct AuditFilter
{
    QString decisionId;
    QString actor;
    QString event;
    QString text;
    int limit = 1000; // newest first
};

// The tamper-evident audit trail. Each row stores the previous row's hash and the SHA-256 of
// its own canonical content including that previous hash, so editing, deleting or reordering
// any row breaks the chain from there on; an anchor (row count and head hash, kept in the same
// transaction) also catches a cut-off tail.
namespace AuditLog {

inline const QString kGenesis = QString(64, QLatin1Char('0'));

// Appends one row. Runs inside the caller's transaction when there is one (so the row commits
// or rolls back with the change it records), else in its own.
bool append(Workspace& workspace, const QString& actor, const QString& event, const QString& decisionId,
    const QJsonObject& details, QString* error = nullptr);

QString rowHash(const AuditEntry& entry);
AuditVerification verify(Workspace& workspace);
QList<AuditEntry> query(Workspace& workspace, const AuditFilter& filter);
// All rows, oldest first, as CSV (RFC 4180) or a JSON array.
QByteArray exportCsv(Workspace& workspace);
QByteArray exportJson(Workspace& workspace);

} // namespace AuditLog

} // namespace gd::core
