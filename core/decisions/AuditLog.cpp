#include "core/decisions/AuditLog.h"

#include "core/Text.h"
#include "core/formats/CsvWriter.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace gd::core {

QJsonObject AuditEntry::toJson() const
{
    return QJsonObject {
        { QStringLiteral("seq"), seq },
        { QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs) },
        { QStringLiteral("actor"), actor },
        { QStringLiteral("event"), event },
        { QStringLiteral("decision_id"), decisionId.isEmpty() ? QJsonValue() : QJsonValue(decisionId) },
        { QStringLiteral("details"), details },
        { QStringLiteral("prev_hash"), prevHash },
        { QStringLiteral("hash"), hash },
    };
}

namespace AuditLog {

namespace {

const QString kAnchorKey = QStringLiteral("audit_head");

AuditEntry fromRow(const QSqlQuery& q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.event = q.value(3).toString();
    e.decisionId = q.value(4).toString();
    e.details = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

const char* const kColumns = "seq, at, actor, event, decision_id, details, prev_hash, hash";

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

QString rowHash(const AuditEntry& e)
{
    const QJsonObject canonical {
        { QStringLiteral("seq"), e.seq },
        { QStringLiteral("at"), e.atMs },
        { QStringLiteral("actor"), e.actor },
        { QStringLiteral("event"), e.event },
        { QStringLiteral("decision_id"), e.decisionId },
        { QStringLiteral("details"), e.details },
        { QStringLiteral("prev_hash"), e.prevHash },
    };
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

bool append(Workspace& ws, const QString& actor, const QString& event, const QString& decisionId,
    const QJsonObject& details, QString* error)
{
    // A savepoint inside the caller's transaction (the row commits or rolls back with the change
    // it records), else a transaction of its own.
    Transaction tx(ws);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    AuditEntry e;
    {
        QSqlQuery last(ws.db());
        if (last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && last.next()) {
            e.seq = last.value(0).toLongLong() + 1;
            e.prevHash = last.value(1).toString();
        } else {
            e.seq = 1;
            e.prevHash = kGenesis;
        }
    }
    e.atMs = nowMs();
    e.actor = actor;
    e.event = event;
    e.decisionId = decisionId;
    e.details = details;
    e.hash = rowHash(e);
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, event, decision_id, details, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.atMs);
    q.addBindValue(e.actor);
    q.addBindValue(e.event);
    q.addBindValue(e.decisionId.isEmpty() ? QVariant() : QVariant(e.decisionId));
    q.addBindValue(json::compact(e.details));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (!ws.execWrite(q, QStringLiteral("audit:append"), error))
        return false;
    if (!ws.setMeta(kAnchorKey, QStringLiteral("%1:%2").arg(e.seq).arg(e.hash), error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

AuditVerification verify(Workspace& ws)
{
    AuditVerification v;
    QString prev = kGenesis;
    qint64 expected = 1;
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    auto bad = [&](qint64 seq, const QString& problem) {
        v.ok = false;
        v.firstBadSeq = seq;
        v.problem = problem;
    };
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        ++v.rows;
        if (e.seq != expected) {
            bad(e.seq, tr("row %1 follows row %2: rows are missing or out of order").arg(e.seq).arg(expected - 1));
            return v;
        }
        if (e.prevHash != prev) {
            bad(e.seq, tr("row %1 does not follow the row before it: a row was changed, deleted or moved").arg(e.seq));
            return v;
        }
        if (rowHash(e) != e.hash) {
            bad(e.seq, tr("row %1 was changed after it was written").arg(e.seq));
            return v;
        }
        prev = e.hash;
        ++expected;
    }
    v.headHash = prev;
    const QString anchor = ws.meta(kAnchorKey);
    if (!anchor.isEmpty()) {
        const qint64 anchoredRows = anchor.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QString anchoredHash = anchor.section(QLatin1Char(':'), 1);
        if (v.rows < anchoredRows)
            bad(v.rows + 1,
                tr("the log ends at row %1 but %2 rows were written: it was cut off").arg(v.rows).arg(anchoredRows));
        else if (v.rows == anchoredRows && anchoredHash != prev)
            bad(v.rows, tr("the last row differs from the one recorded when it was written"));
    } else if (v.rows > 0) {
        bad(v.rows, tr("the log's anchor is missing"));
    }
    return v;
}

QList<AuditEntry> query(Workspace& ws, const AuditFilter& f)
{
    QStringList where;
    QVariantList binds;
    if (!f.decisionId.isEmpty()) {
        where << QStringLiteral("decision_id = ?");
        binds << f.decisionId;
    }
    if (!f.actor.isEmpty()) {
        where << QStringLiteral("actor = ?");
        binds << f.actor;
    }
    if (!f.event.isEmpty()) {
        where << QStringLiteral("event = ?");
        binds << f.event;
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral("(instr(lower(details), lower(?)) > 0 OR instr(actor, ?) > 0 OR instr(event, ?) > 0)");
        binds << f.text << f.text << f.text;
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(QLatin1String(kColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(std::max(1, f.limit));
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    QList<AuditEntry> result;
    if (q.exec()) {
        while (q.next())
            result << fromRow(q);
    }
    return result;
}

QByteArray exportCsv(Workspace& ws)
{
    QString out = CsvWriter::record({ QStringLiteral("seq"), QStringLiteral("at"), QStringLiteral("actor"),
        QStringLiteral("event"), QStringLiteral("decision_id"), QStringLiteral("details"), QStringLiteral("prev_hash"),
        QStringLiteral("hash") });
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    while (q.next()) {
        const AuditEntry e = fromRow(q);
        out += CsvWriter::record({ QString::number(e.seq), isoTime(e.atMs), e.actor, e.event, e.decisionId,
            json::compact(e.details), e.prevHash, e.hash });
    }
    return out.toUtf8();
}

QByteArray exportJson(Workspace& ws)
{
    QJsonArray rows;
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns)));
    while (q.next())
        rows.append(fromRow(q).toJson());
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}

} // namespace AuditLog

} // namespace gd::core
