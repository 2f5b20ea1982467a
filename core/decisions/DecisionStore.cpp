#include "core/decisions/DecisionStore.h"

#include "core/Text.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace gd::core {

namespace {

const char* const kApprovalColumns
    = "a.id, a.decision_id, d.agent, d.type, d.target, d.campaign, a.action, a.action_hash, d.inputs, d.reasoning, "
      "d.risk, a.status, d.explanation, a.created_at, a.deadline_at, a.decided_at, a.decided_by, a.reason, "
      "a.edited_from";

ApprovalItem approvalFromRow(const QSqlQuery& q)
{
    ApprovalItem a;
    a.id = q.value(0).toString();
    a.decisionId = q.value(1).toString();
    a.agent = q.value(2).toString();
    a.type = q.value(3).toString();
    a.target = q.value(4).toString();
    a.campaign = q.value(5).toString();
    a.action = json::object(q.value(6));
    a.actionHash = q.value(7).toString();
    a.inputs = json::object(q.value(8));
    a.reasoning = q.value(9).toString();
    a.risk = RiskAssessment::fromJson(json::object(q.value(10)));
    a.status = q.value(11).toString();
    for (const QJsonValue& w : json::array(q.value(12).toString()))
        a.why << w.toString();
    a.createdAtMs = q.value(13).toLongLong();
    a.deadlineAtMs = q.value(14).toLongLong();
    a.decidedAtMs = q.value(15).toLongLong();
    a.decidedBy = q.value(16).toString();
    a.reason = q.value(17).toString();
    a.editedFrom = q.value(18).toString();
    return a;
}

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant orNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

} // namespace

QJsonObject ApprovalItem::toJson() const
{
    auto time = [](qint64 ms) {
        return ms > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs))
                      : QJsonValue();
    };
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("decision_id"), decisionId },
        { QStringLiteral("agent"), agent },
        { QStringLiteral("type"), type },
        { QStringLiteral("target"), target },
        { QStringLiteral("action"), action },
        { QStringLiteral("action_hash"), actionHash },
        { QStringLiteral("reasoning"), reasoning },
        { QStringLiteral("risk"), risk.toJson() },
        { QStringLiteral("why"), QJsonArray::fromStringList(why) },
        { QStringLiteral("status"), status },
        { QStringLiteral("created_at"), time(createdAtMs) },
        { QStringLiteral("deadline"), time(deadlineAtMs) },
        { QStringLiteral("decided_at"), time(decidedAtMs) },
        { QStringLiteral("decided_by"), decidedBy.isEmpty() ? QJsonValue() : QJsonValue(decidedBy) },
        { QStringLiteral("reason"), reason.isEmpty() ? QJsonValue() : QJsonValue(reason) },
        { QStringLiteral("edited_from"), editedFrom.isEmpty() ? QJsonValue() : QJsonValue(editedFrom) },
    };
}

bool DecisionStore::insertDecision(const DecisionRecord& r, QString* error)
{
    const Proposal& p = r.proposal;
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral(
        "INSERT INTO decisions (id, type, agent, target, campaign, action, action_hash, inputs, inputs_hash, "
        "reasoning, risk, combined_risk, outcome, status, explanation, created_at, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(p.type);
    q.addBindValue(p.agent);
    q.addBindValue(p.target);
    q.addBindValue(p.campaign);
    q.addBindValue(json::compact(p.action));
    q.addBindValue(r.actionHash);
    q.addBindValue(json::compact(p.inputs));
    q.addBindValue(p.inputsHash());
    q.addBindValue(p.reasoning);
    q.addBindValue(json::compact(r.risk.toJson()));
    q.addBindValue(r.risk.combined);
    q.addBindValue(nameOf(r.outcome));
    q.addBindValue(r.status);
    q.addBindValue(json::compact(QJsonArray::fromStringList(r.why)));
    q.addBindValue(r.createdAtMs);
    q.addBindValue(orNull(r.decidedAtMs));
    return m_ws.execWrite(q, QStringLiteral("decision:insert"), error);
}

std::optional<DecisionOutcome> DecisionStore::outcomeOf(const QString& decisionId)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT outcome FROM decisions WHERE id = ?"));
    q.addBindValue(decisionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QString outcome = q.value(0).toString();
    return outcome == QLatin1String("act")   ? DecisionOutcome::Act
        : outcome == QLatin1String("refuse") ? DecisionOutcome::Refuse
                                             : DecisionOutcome::Queue;
}

std::optional<Proposal> DecisionStore::proposalOf(const QString& decisionId, QString* outcome)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral(
        "SELECT outcome, type, agent, target, campaign, action, inputs, reasoning FROM decisions WHERE id = ?"));
    q.addBindValue(decisionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    if (outcome)
        *outcome = q.value(0).toString();
    Proposal p;
    p.id = decisionId;
    p.type = q.value(1).toString();
    p.agent = q.value(2).toString();
    p.target = q.value(3).toString();
    p.campaign = q.value(4).toString();
    p.action = json::object(q.value(5));
    p.inputs = json::object(q.value(6));
    p.reasoning = q.value(7).toString();
    return p;
}

bool DecisionStore::setDecisionStatus(
    const QString& decisionId, const QString& status, qint64 decidedAtMs, QString* error)
{
    QSqlQuery q(m_ws.db());
    if (decidedAtMs > 0) {
        q.prepare(QStringLiteral("UPDATE decisions SET status = ?, decided_at = ? WHERE id = ?"));
        q.addBindValue(status);
        q.addBindValue(decidedAtMs);
    } else {
        q.prepare(QStringLiteral("UPDATE decisions SET status = ? WHERE id = ?"));
        q.addBindValue(status);
    }
    q.addBindValue(decisionId);
    return m_ws.execWrite(q, QStringLiteral("decision:update"), error);
}

bool DecisionStore::updateDecisionAction(const QString& decisionId, const QString& target, const QJsonObject& action,
    const QString& actionHash, const RiskAssessment& risk, const QStringList& why, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE decisions SET target = ?, action = ?, action_hash = ?, risk = ?, "
                             "combined_risk = ?, explanation = ? WHERE id = ?"));
    q.addBindValue(target);
    q.addBindValue(json::compact(action));
    q.addBindValue(actionHash);
    q.addBindValue(json::compact(risk.toJson()));
    q.addBindValue(risk.combined);
    q.addBindValue(json::compact(QJsonArray::fromStringList(why)));
    q.addBindValue(decisionId);
    return m_ws.execWrite(q, QStringLiteral("decision:update"), error);
}

bool DecisionStore::requeueDecision(const QString& decisionId, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE decisions SET status = 'pending', outcome = 'queue' WHERE id = ?"));
    q.addBindValue(decisionId);
    return m_ws.execWrite(q, QStringLiteral("decision:update"), error);
}

QList<ApprovalItem> DecisionStore::autonomousDecisions(int limit)
{
    QList<ApprovalItem> items;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.id, d.id, d.agent, d.type, d.target, d.campaign, d.action, d.action_hash, d.inputs, "
                       "d.reasoning, d.risk, d.status, d.explanation, d.created_at, 0, d.decided_at, 'agent', "
                       "NULL, NULL FROM decisions d WHERE d.outcome = 'act' ORDER BY d.created_at DESC, d.id DESC "
                       "LIMIT %1")
            .arg(std::max(1, limit)));
    if (q.exec()) {
        while (q.next())
            items << approvalFromRow(q);
    }
    return items;
}

bool DecisionStore::insertApproval(const ApprovalRecord& r, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO approvals (id, decision_id, action, action_hash, status, created_at, "
                       "deadline_at, decided_at, decided_by, edited_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.decisionId);
    q.addBindValue(json::compact(r.action));
    q.addBindValue(r.actionHash);
    q.addBindValue(r.status);
    q.addBindValue(r.createdAtMs);
    q.addBindValue(r.deadlineAtMs);
    q.addBindValue(orNull(r.decidedAtMs));
    q.addBindValue(orNull(r.decidedBy));
    q.addBindValue(orNull(r.editedFrom));
    return m_ws.execWrite(q, QStringLiteral("approval:insert"), error);
}

std::optional<ApprovalItem> DecisionStore::approval(const QString& approvalId)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT %1 FROM approvals a JOIN decisions d ON d.id = a.decision_id WHERE a.id = ?")
                  .arg(QLatin1String(kApprovalColumns)));
    q.addBindValue(approvalId);
    if (q.exec() && q.next())
        return approvalFromRow(q);
    return std::nullopt;
}

QList<ApprovalItem> DecisionStore::approvals(const QString& status, int limit)
{
    QList<ApprovalItem> items;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM approvals a JOIN decisions d ON d.id = a.decision_id")
                      .arg(QLatin1String(kApprovalColumns));
    if (!status.isEmpty())
        sql += QStringLiteral(" WHERE a.status = ?");
    sql += QStringLiteral(" ORDER BY a.created_at, a.id LIMIT %1").arg(std::max(1, limit));
    q.prepare(sql);
    if (!status.isEmpty())
        q.addBindValue(status);
    if (q.exec()) {
        while (q.next())
            items << approvalFromRow(q);
    }
    return items;
}

QList<ApprovalItem> DecisionStore::dueApprovals(qint64 now)
{
    QList<ApprovalItem> due;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM approvals a JOIN decisions d ON d.id = a.decision_id "
                             "WHERE a.status = 'pending' AND a.deadline_at <= ? ORDER BY a.deadline_at, a.id")
                  .arg(QLatin1String(kApprovalColumns)));
    q.addBindValue(now);
    if (q.exec()) {
        while (q.next())
            due << approvalFromRow(q);
    }
    return due;
}

int DecisionStore::pendingCount()
{
    QSqlQuery q(m_ws.db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM approvals WHERE status = 'pending'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool DecisionStore::closeApproval(
    const QString& approvalId, const QString& status, const QString& actor, qint64 atMs, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral(
        "UPDATE approvals SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(status);
    q.addBindValue(atMs);
    q.addBindValue(actor);
    q.addBindValue(approvalId);
    if (!m_ws.execWrite(q, QStringLiteral("approval:update"), error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("approval %1 is no longer pending").arg(approvalId);
        return false;
    }
    return true;
}

bool DecisionStore::setApprovalReason(const QString& approvalId, const QString& reason, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE approvals SET reason = ? WHERE id = ?"));
    q.addBindValue(reason);
    q.addBindValue(approvalId);
    return m_ws.execWrite(q, QStringLiteral("approval:update"), error);
}

bool DecisionStore::approvalMatches(const QString& approvalId, const QString& actionHash)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT status, action_hash FROM approvals WHERE id = ?"));
    q.addBindValue(approvalId);
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("approved")
        && q.value(1).toString() == actionHash;
}

QString DecisionStore::stickyRejection(const QString& type, const QString& target, const QString& inputsHash)
{
    // Asked by every evaluation: prepared once per connection.
    SqlStatement* q
        = m_ws.statement("SELECT reason FROM rejections WHERE decision_type = ? AND target = ? AND inputs_hash = ?");
    if (!q)
        return {};
    SqlStatement::Reader reader(*q);
    q->bind(0, type);
    q->bind(1, target);
    q->bind(2, inputsHash);
    if (q->next())
        return q->text(0);
    return {};
}

bool DecisionStore::recordRejection(const QString& decisionId, const QString& reason, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO rejections (decision_type, target, inputs_hash, reason, decision_id, rejected_at) "
                       "SELECT type, target, inputs_hash, ?, id, ? FROM decisions WHERE id = ? "
                       "ON CONFLICT (decision_type, target, inputs_hash) DO UPDATE SET reason = excluded.reason, "
                       "decision_id = excluded.decision_id, rejected_at = excluded.rejected_at"));
    q.addBindValue(reason);
    q.addBindValue(nowMs());
    q.addBindValue(decisionId);
    return m_ws.execWrite(q, QStringLiteral("rejection:insert"), error);
}

bool DecisionStore::addToOutbox(const OutboxItem& item, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("INSERT INTO outbox (id, decision_id, approval_id, idempotency_key, type, target, action, "
                             "action_hash, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"));
    q.addBindValue(item.id.isEmpty() ? newId() : item.id);
    q.addBindValue(item.decisionId);
    q.addBindValue(orNull(item.approvalId));
    q.addBindValue(item.key);
    q.addBindValue(item.type);
    q.addBindValue(item.target);
    q.addBindValue(json::compact(item.action));
    q.addBindValue(item.actionHash);
    q.addBindValue(nowMs());
    return m_ws.execWrite(q, QStringLiteral("outbox:add"), error);
}

namespace {

const char* const kOutboxColumns = "id, decision_id, approval_id, idempotency_key, type, target, action, action_hash, "
                                   "status, attempts, result, last_error, not_before";

OutboxItem outboxFromRow(const QSqlQuery& q)
{
    OutboxItem i;
    i.id = q.value(0).toString();
    i.decisionId = q.value(1).toString();
    i.approvalId = q.value(2).toString();
    i.key = q.value(3).toString();
    i.type = q.value(4).toString();
    i.target = q.value(5).toString();
    i.action = json::object(q.value(6));
    i.actionHash = q.value(7).toString();
    i.status = q.value(8).toString();
    i.attempts = q.value(9).toInt();
    i.result = json::object(q.value(10));
    i.lastError = q.value(11).toString();
    i.notBefore = q.value(12).toLongLong();
    return i;
}

} // namespace

QList<OutboxItem> DecisionStore::dueOutbox(int limit, qint64 now)
{
    QList<OutboxItem> items;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    // First in, first out: items of the same millisecond in the order they were queued.
    if (!q.exec(QStringLiteral("SELECT %1 FROM outbox WHERE status IN ('pending', 'executing') AND not_before <= %3 "
                               "ORDER BY created_at, rowid LIMIT %2")
                    .arg(QLatin1String(kOutboxColumns))
                    .arg(std::max(1, limit))
                    .arg(now > 0 ? now : nowMs())))
        return items;
    while (q.next())
        items << outboxFromRow(q);
    return items;
}

std::optional<OutboxItem> DecisionStore::doneItemOf(const QString& decisionId)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE decision_id = ? AND status = 'done' "
                             "ORDER BY executed_at DESC, id LIMIT 1")
                  .arg(QLatin1String(kOutboxColumns)));
    q.addBindValue(decisionId);
    if (q.exec() && q.next())
        return outboxFromRow(q);
    return std::nullopt;
}

bool DecisionStore::claim(const QString& outboxId, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral(
        "UPDATE outbox SET status = 'executing', attempts = attempts + 1 WHERE id = ? AND status = 'pending'"));
    q.addBindValue(outboxId);
    return m_ws.execWrite(q, QStringLiteral("outbox:claim"), error) && q.numRowsAffected() == 1;
}

bool DecisionStore::markDone(const QString& outboxId, const QJsonObject& result, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'done', executed_at = ?, result = ?, last_error = NULL "
                             "WHERE id = ? AND status IN ('pending', 'executing')"));
    q.addBindValue(nowMs());
    q.addBindValue(json::compact(result));
    q.addBindValue(outboxId);
    if (!m_ws.execWrite(q, QStringLiteral("outbox:done"), error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("outbox item %1 was finished elsewhere").arg(outboxId);
        return false;
    }
    return true;
}

bool DecisionStore::markFailed(const QString& outboxId, const QString& why, bool permanent, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(permanent ? QStringLiteral("failed") : QStringLiteral("pending"));
    q.addBindValue(why);
    q.addBindValue(outboxId);
    return m_ws.execWrite(q, QStringLiteral("outbox:fail"), error);
}

bool DecisionStore::markWaiting(
    const QString& outboxId, const QString& why, qint64 notBefore, bool uncountAttempt, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'pending', last_error = ?, not_before = ?, "
                             "attempts = max(0, attempts - ?) WHERE id = ? AND status IN ('pending', 'executing')"));
    q.addBindValue(why);
    q.addBindValue(notBefore);
    q.addBindValue(uncountAttempt ? 1 : 0);
    q.addBindValue(outboxId);
    return m_ws.execWrite(q, QStringLiteral("outbox:wait"), error);
}

bool DecisionStore::markHeld(const QString& outboxId, const QString& why, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'held', last_error = ? WHERE id = ? AND status IN "
                             "('pending', 'executing')"));
    q.addBindValue(why);
    q.addBindValue(outboxId);
    return m_ws.execWrite(q, QStringLiteral("outbox:hold"), error);
}

bool DecisionStore::release(const QString& outboxId, const QString& note, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'pending', last_error = ?, not_before = 0 WHERE id = ? AND "
                             "status = 'held'"));
    q.addBindValue(note);
    q.addBindValue(outboxId);
    if (!m_ws.execWrite(q, QStringLiteral("outbox:release"), error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("outbox item %1 is not held").arg(outboxId);
        return false;
    }
    return true;
}

std::optional<OutboxItem> DecisionStore::outboxItem(const QString& outboxId)
{
    QSqlQuery q(m_ws.db());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(QLatin1String(kOutboxColumns)));
    q.addBindValue(outboxId);
    if (q.exec() && q.next())
        return outboxFromRow(q);
    return std::nullopt;
}

QList<OutboxItem> DecisionStore::outboxInStates(const QStringList& statuses, int limit)
{
    QList<OutboxItem> items;
    QStringList marks;
    for (qsizetype i = 0; i < statuses.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE status IN (%2) ORDER BY created_at, rowid LIMIT %3")
                  .arg(QLatin1String(kOutboxColumns), marks.join(QLatin1Char(',')))
                  .arg(std::max(1, limit)));
    for (const QString& s : statuses)
        q.addBindValue(s);
    if (!q.exec())
        return items;
    while (q.next())
        items << outboxFromRow(q);
    return items;
}

bool DecisionStore::markRequeued(const QString& outboxId, const QString& why, QString* error)
{
    QSqlQuery q(m_ws.db());
    q.prepare(
        QStringLiteral("UPDATE outbox SET status = 'requeued', last_error = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(why);
    q.addBindValue(outboxId);
    return m_ws.execWrite(q, QStringLiteral("outbox:requeue"), error) && q.numRowsAffected() == 1;
}

} // namespace gd::core
