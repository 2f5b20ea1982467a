#include "core/decisions/DecisionEngine.h"

#include "core/decisions/AuditLog.h"
#include "core/store/MessageStore.h"
#include "core/Text.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace gd::core {

namespace {

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString fixed(double v)
{
    return QString::number(v, 'f', 2);
}

const char* const kApprovalColumns
    = "a.id, a.decision_id, d.agent, d.type, d.target, d.campaign, a.action, a.action_hash, d.inputs, d.reasoning, "
      "d.risk, "
      "a.status, d.explanation, a.created_at, a.deadline_at, a.decided_at, a.decided_by, a.reason, a.edited_from";

ApprovalItem approvalFromRow(const QSqlQuery& q)
{
    ApprovalItem a;
    a.id = q.value(0).toString();
    a.decisionId = q.value(1).toString();
    a.agent = q.value(2).toString();
    a.type = q.value(3).toString();
    a.target = q.value(4).toString();
    a.campaign = q.value(5).toString();
    a.action = object(q.value(6));
    a.actionHash = q.value(7).toString();
    a.inputs = object(q.value(8));
    a.reasoning = q.value(9).toString();
    a.risk = RiskAssessment::fromJson(object(q.value(10)));
    a.status = q.value(11).toString();
    for (const QJsonValue& w : QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array())
        a.why << w.toString();
    a.createdAtMs = q.value(13).toLongLong();
    a.deadlineAtMs = q.value(14).toLongLong();
    a.decidedAtMs = q.value(15).toLongLong();
    a.decidedBy = q.value(16).toString();
    a.reason = q.value(17).toString();
    a.editedFrom = q.value(18).toString();
    return a;
}

// Runs body in a transaction on the calling thread's connection; rolls back on failure.
template<typename Body>
bool transaction(Workspace& ws, QString* error, Body body)
{
    if (!ws.begin(error))
        return false;
    if (!body() || !ws.commit(error)) {
        ws.rollback();
        return false;
    }
    return true;
}

} // namespace

QJsonObject Evaluation::toJson() const
{
    return QJsonObject {
        { QStringLiteral("decision_type"), proposal.type },
        { QStringLiteral("target"), proposal.target },
        { QStringLiteral("outcome"), nameOf(outcome) },
        { QStringLiteral("why"), QJsonArray::fromStringList(why) },
        { QStringLiteral("risk"), risk.toJson() },
        { QStringLiteral("rule"), rule.toJson() },
        { QStringLiteral("learned"),
            QJsonObject { { QStringLiteral("threshold"), calibration.threshold },
                { QStringLiteral("approval_rate"), calibration.approvalRate },
                { QStringLiteral("examples"), calibration.examples } } },
    };
}

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

DecisionEngine::DecisionEngine(std::shared_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
{
}

Evaluation DecisionEngine::decide(const Proposal& p, const AuthorityRule& rule, const RiskAssessment& risk,
    const CalibrationState& calibration, const QString& stickyRejection)
{
    Evaluation e;
    e.proposal = p;
    e.rule = rule;
    e.risk = risk;
    e.calibration = calibration;
    if (risk.blocked) {
        e.outcome = DecisionOutcome::Refuse;
        e.why << tr("blocked: %1").arg(risk.compliance.reasons.join(QStringLiteral("; ")));
        return e;
    }
    if (!stickyRejection.isEmpty()) {
        e.outcome = DecisionOutcome::Refuse;
        e.why << tr("the operator rejected this before and nothing changed since: %1").arg(stickyRejection);
        return e;
    }
    const DecisionTypeInfo* info = decisionType(p.type);
    QStringList queue;
    if (rule.mode == AutonomyMode::ReviewAll)
        queue << tr("the matrix asks to review every %1").arg(p.type);
    if (rule.level == RiskLevel::High || rule.level == RiskLevel::Critical)
        queue << tr("level %1: an operator decides").arg(nameOf(rule.level));
    if (rule.ceilingAmount > 0 && risk.amountEur > rule.ceilingAmount)
        queue << tr("EUR %1 is above the hard ceiling of EUR %2").arg(fixed(risk.amountEur), fixed(rule.ceilingAmount));
    if (risk.combined >= rule.ceilingRisk)
        queue << tr("risk %1 is at or above the hard ceiling %2").arg(fixed(risk.combined), fixed(rule.ceilingRisk));
    if (info && info->involvesMoney && risk.amountEur > rule.moneyLimit)
        queue << tr("EUR %1 is above the money limit of EUR %2").arg(fixed(risk.amountEur), fixed(rule.moneyLimit));
    if (rule.mode == AutonomyMode::ReviewRisky && risk.level != RiskLevel::Low)
        queue << tr("risk is %1 and risky decisions are reviewed").arg(nameOf(risk.level));
    // The learned threshold never exceeds the hard ceiling (Calibration::threshold caps it).
    const double threshold = std::min(calibration.threshold, rule.ceilingRisk);
    if (threshold <= 0 && calibration.examples == 0 && rule.level == RiskLevel::Medium)
        queue << tr("nothing learned about %1 yet: an operator decides until some are approved").arg(p.type);
    else if (risk.combined >= threshold)
        queue << tr("risk %1 is at or above the learned threshold %2 (%3 examples)")
                     .arg(fixed(risk.combined), fixed(threshold))
                     .arg(calibration.examples);
    if (queue.isEmpty()) {
        e.outcome = DecisionOutcome::Act;
        e.why << tr("within authority: level %1, risk %2 below the learned threshold %3")
                     .arg(nameOf(rule.level), fixed(risk.combined), fixed(threshold));
    } else {
        e.outcome = DecisionOutcome::Queue;
        e.why = queue;
    }
    return e;
}

Evaluation DecisionEngine::evaluate(const Proposal& p)
{
    Workspace& ws = *m_workspace;
    const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(p.type, p.campaign);
    const RiskAssessment risk = RiskEngine::assess(p, rule, RiskEngine::context(ws, p));
    QString sticky;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT reason, rejected_at FROM rejections WHERE decision_type = ? AND target = ? "
                             "AND inputs_hash = ?"));
    q.addBindValue(p.type);
    q.addBindValue(p.target);
    q.addBindValue(p.inputsHash());
    if (q.exec() && q.next())
        sticky = q.value(0).toString();
    return decide(p, rule, risk, Calibration::state(ws, rule), sticky);
}

bool DecisionEngine::addToOutbox(const QString& decisionId, const QString& approvalId, const QString& key,
    const QString& type, const QString& target, const QJsonObject& action, const QString& actionHash, QString* error)
{
    QSqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral("INSERT INTO outbox (id, decision_id, approval_id, idempotency_key, type, target, action, "
                             "action_hash, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"));
    q.addBindValue(newId());
    q.addBindValue(decisionId);
    q.addBindValue(approvalId.isEmpty() ? QVariant() : QVariant(approvalId));
    q.addBindValue(key);
    q.addBindValue(type);
    q.addBindValue(target);
    q.addBindValue(json(action));
    q.addBindValue(actionHash);
    q.addBindValue(nowMs());
    return m_workspace->execWrite(q, QStringLiteral("outbox:add"), error);
}

ProposeResult DecisionEngine::propose(Proposal p)
{
    Workspace& ws = *m_workspace;
    ProposeResult result;
    if (p.id.isEmpty())
        p.id = p.stableId();
    for (QString* text : { &p.agent, &p.target, &p.campaign, &p.reasoning })
        *text = notNull(*text);
    result.decisionId = p.id;
    if (!decisionType(p.type)) {
        result.error = tr("unknown decision type \"%1\"").arg(p.type);
        return result;
    }
    const bool ok = transaction(ws, &result.error, [&] {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT outcome, explanation FROM decisions WHERE id = ?"));
        q.addBindValue(p.id);
        if (q.exec() && q.next()) {
            result.duplicate = true;
            result.outcome = q.value(0).toString() == QLatin1String("act") ? DecisionOutcome::Act
                : q.value(0).toString() == QLatin1String("refuse")         ? DecisionOutcome::Refuse
                                                                           : DecisionOutcome::Queue;
            return true;
        }
        q.finish();
        const Evaluation e = evaluate(p);
        result.outcome = e.outcome;
        result.why = e.why;
        const qint64 now = nowMs();
        const QString actionHash = p.actionHash();
        const QString status = e.outcome == DecisionOutcome::Act ? QStringLiteral("authorized")
            : e.outcome == DecisionOutcome::Queue                ? QStringLiteral("pending")
                                                                 : QStringLiteral("refused");
        q.prepare(QStringLiteral(
            "INSERT INTO decisions (id, type, agent, target, campaign, action, action_hash, inputs, inputs_hash, "
            "reasoning, risk, combined_risk, outcome, status, explanation, created_at, decided_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(p.id);
        q.addBindValue(p.type);
        q.addBindValue(p.agent);
        q.addBindValue(p.target);
        q.addBindValue(p.campaign);
        q.addBindValue(json(p.action));
        q.addBindValue(actionHash);
        q.addBindValue(json(p.inputs));
        q.addBindValue(p.inputsHash());
        q.addBindValue(p.reasoning);
        q.addBindValue(json(e.risk.toJson()));
        q.addBindValue(e.risk.combined);
        q.addBindValue(nameOf(e.outcome));
        q.addBindValue(status);
        q.addBindValue(
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(e.why)).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(e.outcome == DecisionOutcome::Queue ? QVariant() : QVariant(now));
        if (!ws.execWrite(q, QStringLiteral("decision:insert"), &result.error))
            return false;
        if (!AuditLog::append(ws, p.agent, QStringLiteral("proposed"), p.id,
                QJsonObject { { QStringLiteral("type"), p.type }, { QStringLiteral("target"), p.target },
                    { QStringLiteral("action_hash"), actionHash }, { QStringLiteral("reasoning"), p.reasoning } },
                &result.error))
            return false;
        if (!AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("assessed"), p.id,
                QJsonObject { { QStringLiteral("risk"), e.risk.toJson() },
                    { QStringLiteral("threshold"), e.calibration.threshold },
                    { QStringLiteral("rule"), e.rule.toJson() } },
                &result.error))
            return false;
        const QJsonObject why { { QStringLiteral("why"), QJsonArray::fromStringList(e.why) } };
        switch (e.outcome) {
        case DecisionOutcome::Act:
            result.outboxId = p.id;
            return addToOutbox(p.id, {}, p.id, p.type, p.target, p.action, actionHash, &result.error)
                && AuditLog::append(
                    ws, QStringLiteral("system"), QStringLiteral("authorized"), p.id, why, &result.error);
        case DecisionOutcome::Queue: {
            result.approvalId = newId();
            q.prepare(QStringLiteral("INSERT INTO approvals (id, decision_id, action, action_hash, status, created_at, "
                                     "deadline_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)"));
            q.addBindValue(result.approvalId);
            q.addBindValue(p.id);
            q.addBindValue(json(p.action));
            q.addBindValue(actionHash);
            q.addBindValue(now);
            q.addBindValue(now + static_cast<qint64>(e.rule.deadlineMinutes) * 60'000);
            return ws.execWrite(q, QStringLiteral("approval:insert"), &result.error)
                && AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("queued"), p.id,
                    QJsonObject { { QStringLiteral("approval_id"), result.approvalId },
                        { QStringLiteral("why"), QJsonArray::fromStringList(e.why) } },
                    &result.error);
        }
        case DecisionOutcome::Refuse:
            return AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("refused"), p.id, why, &result.error);
        }
        return false;
    });
    if (!ok && result.error.isEmpty())
        result.error = tr("the decision could not be stored");
    if (ok && !result.duplicate && result.outcome == DecisionOutcome::Refuse) {
        Message m;
        m.sender = kCoordinatorEndpoint;
        m.receiver = p.agent;
        m.type = MessageType::PerformanceFeedback;
        m.priority = Priority::Medium;
        m.correlationId = p.id;
        m.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("refused") },
            { QStringLiteral("decision_id"), p.id }, { QStringLiteral("decision_type"), p.type },
            { QStringLiteral("target"), p.target },
            { QStringLiteral("summary"), result.why.join(QStringLiteral("; ")) } };
        notify(m);
    }
    return result;
}

std::optional<ApprovalItem> DecisionEngine::approval(const QString& approvalId)
{
    QSqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral("SELECT %1 FROM approvals a JOIN decisions d ON d.id = a.decision_id WHERE a.id = ?")
                  .arg(QLatin1String(kApprovalColumns)));
    q.addBindValue(approvalId);
    if (q.exec() && q.next())
        return approvalFromRow(q);
    return std::nullopt;
}

QList<ApprovalItem> DecisionEngine::approvals(const QString& status, int limit)
{
    QList<ApprovalItem> items;
    QSqlQuery q(m_workspace->db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM approvals a JOIN decisions d ON d.id = a.decision_id")
                      .arg(QLatin1String(kApprovalColumns));
    if (!status.isEmpty())
        sql += QStringLiteral(" WHERE a.status = ?");
    sql += QStringLiteral(" ORDER BY a.created_at, a.rowid LIMIT %1").arg(std::max(1, limit));
    q.prepare(sql);
    if (!status.isEmpty())
        q.addBindValue(status);
    if (q.exec()) {
        while (q.next())
            items << approvalFromRow(q);
    }
    return items;
}

QList<ApprovalItem> DecisionEngine::autonomousDecisions(int limit)
{
    QList<ApprovalItem> items;
    QSqlQuery q(m_workspace->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT d.id, d.id, d.agent, d.type, d.target, d.campaign, d.action, d.action_hash, d.inputs, "
                       "d.reasoning, d.risk, d.status, d.explanation, d.created_at, 0, d.decided_at, 'agent', "
                       "NULL, NULL FROM decisions d WHERE d.outcome = 'act' ORDER BY d.created_at DESC LIMIT %1")
            .arg(std::max(1, limit)));
    if (q.exec()) {
        while (q.next())
            items << approvalFromRow(q);
    }
    return items;
}

int DecisionEngine::pendingCount()
{
    QSqlQuery q(m_workspace->db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM approvals WHERE status = 'pending'")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool DecisionEngine::finishApproval(
    const ApprovalItem& item, const QString& actor, const QString& status, QString* error)
{
    Workspace& ws = *m_workspace;
    const qint64 now = nowMs();
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral(
        "UPDATE approvals SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(actor);
    q.addBindValue(item.id);
    if (!ws.execWrite(q, QStringLiteral("approval:update"), error))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("approval %1 is no longer pending").arg(item.id);
        return false;
    }
    if (status == QLatin1String("superseded"))
        return true;
    q.prepare(QStringLiteral("UPDATE decisions SET status = ?, decided_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(item.decisionId);
    return ws.execWrite(q, QStringLiteral("decision:update"), error);
}

bool DecisionEngine::approve(const QString& approvalId, const QString& actor, QString* error)
{
    Workspace& ws = *m_workspace;
    return transaction(ws, error, [&] {
        const auto item = approval(approvalId);
        if (!item || item->status != QLatin1String("pending")) {
            if (error)
                *error = item ? tr("approval %1 is %2, not pending").arg(approvalId, item->status)
                              : tr("there is no approval %1").arg(approvalId);
            return false;
        }
        if (item->deadlineAtMs <= nowMs()) {
            if (error)
                *error = tr("approval %1 expired at its deadline; the agent may propose it again").arg(approvalId);
            return false;
        }
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(item->type, item->campaign);
        return finishApproval(*item, actor, QStringLiteral("approved"), error)
            && addToOutbox(
                item->decisionId, item->id, item->id, item->type, item->target, item->action, item->actionHash, error)
            && Calibration::record(ws, rule, QStringLiteral("approved"), 1.0, 0.0, item->decisionId,
                tr("approved by %1").arg(actor), error)
            && AuditLog::append(ws, actor, QStringLiteral("approved"), item->decisionId,
                QJsonObject {
                    { QStringLiteral("approval_id"), item->id }, { QStringLiteral("action_hash"), item->actionHash } },
                error);
    });
}

bool DecisionEngine::reject(const QString& approvalId, const QString& actor, const QString& reason, QString* error)
{
    Workspace& ws = *m_workspace;
    std::optional<ApprovalItem> item;
    const bool ok = transaction(ws, error, [&] {
        item = approval(approvalId);
        if (!item || item->status != QLatin1String("pending")) {
            if (error)
                *error = item ? tr("approval %1 is %2, not pending").arg(approvalId, item->status)
                              : tr("there is no approval %1").arg(approvalId);
            return false;
        }
        const QString why = reason.trimmed().isEmpty() ? tr("no reason given") : reason.trimmed();
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("UPDATE approvals SET reason = ? WHERE id = ?"));
        q.addBindValue(why);
        q.addBindValue(approvalId);
        if (!ws.execWrite(q, QStringLiteral("approval:update"), error))
            return false;
        // Sticky: the same action for the same target is not proposed again unless its inputs change.
        q.prepare(QStringLiteral(
            "INSERT INTO rejections (decision_type, target, inputs_hash, reason, decision_id, rejected_at) "
            "SELECT type, target, inputs_hash, ?, id, ? FROM decisions WHERE id = ? "
            "ON CONFLICT (decision_type, target, inputs_hash) DO UPDATE SET reason = excluded.reason, "
            "decision_id = excluded.decision_id, rejected_at = excluded.rejected_at"));
        q.addBindValue(why);
        q.addBindValue(nowMs());
        q.addBindValue(item->decisionId);
        if (!ws.execWrite(q, QStringLiteral("rejection:insert"), error))
            return false;
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(item->type, item->campaign);
        item->reason = why;
        return finishApproval(*item, actor, QStringLiteral("rejected"), error)
            && Calibration::record(ws, rule, QStringLiteral("rejected"), 0.0, 1.0, item->decisionId, why, error)
            && AuditLog::append(ws, actor, QStringLiteral("rejected"), item->decisionId,
                QJsonObject { { QStringLiteral("approval_id"), item->id }, { QStringLiteral("reason"), why } }, error);
    });
    if (ok) {
        Message m;
        m.sender = kCoordinatorEndpoint;
        m.receiver = item->agent;
        m.type = MessageType::PerformanceFeedback;
        m.priority = Priority::Medium;
        m.correlationId = item->decisionId;
        m.content = QJsonObject { { QStringLiteral("kind"), QStringLiteral("rejected") },
            { QStringLiteral("decision_id"), item->decisionId }, { QStringLiteral("decision_type"), item->type },
            { QStringLiteral("target"), item->target }, { QStringLiteral("reason"), item->reason },
            { QStringLiteral("summary"), tr("%1 for %2 rejected: %3").arg(item->type, item->target, item->reason) } };
        notify(m);
    }
    return ok;
}

QString DecisionEngine::edit(
    const QString& approvalId, const QJsonObject& newAction, const QString& actor, bool approveNow, QString* error)
{
    Workspace& ws = *m_workspace;
    const QString newApproval = newId();
    const bool ok = transaction(ws, error, [&] {
        const auto item = approval(approvalId);
        if (!item || item->status != QLatin1String("pending")) {
            if (error)
                *error = item ? tr("approval %1 is %2, not pending").arg(approvalId, item->status)
                              : tr("there is no approval %1").arg(approvalId);
            return false;
        }
        const QString hash = hashAction(item->type, item->target, newAction);
        const qint64 now = nowMs();
        QSqlQuery q(ws.db());
        q.prepare(
            QStringLiteral("INSERT INTO approvals (id, decision_id, action, action_hash, status, created_at, "
                           "deadline_at, decided_at, decided_by, edited_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(newApproval);
        q.addBindValue(item->decisionId);
        q.addBindValue(json(newAction));
        q.addBindValue(hash);
        q.addBindValue(approveNow ? QStringLiteral("approved") : QStringLiteral("pending"));
        q.addBindValue(now);
        q.addBindValue(item->deadlineAtMs);
        q.addBindValue(approveNow ? QVariant(now) : QVariant());
        q.addBindValue(approveNow ? QVariant(actor) : QVariant());
        q.addBindValue(item->id);
        if (!ws.execWrite(q, QStringLiteral("approval:insert"), error))
            return false;
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(item->type, item->campaign);
        if (!finishApproval(*item, actor, QStringLiteral("superseded"), error)
            || !Calibration::record(ws, rule, QStringLiteral("edited"), 0.5, 0.5, item->decisionId,
                tr("edited by %1 before approval").arg(actor), error)
            || !AuditLog::append(ws, actor, QStringLiteral("edited"), item->decisionId,
                QJsonObject { { QStringLiteral("from_approval"), item->id },
                    { QStringLiteral("to_approval"), newApproval }, { QStringLiteral("old_hash"), item->actionHash },
                    { QStringLiteral("new_hash"), hash } },
                error))
            return false;
        if (!approveNow)
            return true;
        q.prepare(QStringLiteral("UPDATE decisions SET status = 'approved', decided_at = ? WHERE id = ?"));
        q.addBindValue(now);
        q.addBindValue(item->decisionId);
        return ws.execWrite(q, QStringLiteral("decision:update"), error)
            && addToOutbox(item->decisionId, newApproval, newApproval, item->type, item->target, newAction, hash, error)
            && AuditLog::append(ws, actor, QStringLiteral("approved"), item->decisionId,
                QJsonObject { { QStringLiteral("approval_id"), newApproval }, { QStringLiteral("action_hash"), hash } },
                error);
    });
    return ok ? newApproval : QString();
}

int DecisionEngine::expireDue(qint64 now, QString* error)
{
    Workspace& ws = *m_workspace;
    QList<ApprovalItem> due;
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT %1 FROM approvals a JOIN decisions d ON d.id = a.decision_id "
                                 "WHERE a.status = 'pending' AND a.deadline_at <= ?")
                      .arg(QLatin1String(kApprovalColumns)));
        q.addBindValue(now);
        if (q.exec()) {
            while (q.next())
                due << approvalFromRow(q);
        }
    }
    if (due.isEmpty())
        return 0;
    const AuthorityMatrix matrix = AuthorityMatrix::load(ws);
    const bool ok = transaction(ws, error, [&] {
        for (const ApprovalItem& item : std::as_const(due)) {
            if (!finishApproval(item, QStringLiteral("system"), QStringLiteral("expired"), error)
                || !Calibration::record(ws, matrix.ruleFor(item.type, item.campaign), QStringLiteral("expired"), 0.0,
                    0.25, item.decisionId, tr("no answer before the deadline"), error)
                || !AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("expired"), item.decisionId,
                    QJsonObject { { QStringLiteral("approval_id"), item.id },
                        { QStringLiteral("deadline"),
                            QDateTime::fromMSecsSinceEpoch(item.deadlineAtMs, Qt::UTC).toString(Qt::ISODate) },
                        { QStringLiteral("outcome"), QStringLiteral("denied (safe default)") } },
                    error))
                return false;
        }
        return true;
    });
    return ok ? static_cast<int>(due.size()) : 0;
}

bool DecisionEngine::markWrong(const QString& decisionId, const QString& actor, const QString& note, QString* error)
{
    Workspace& ws = *m_workspace;
    return transaction(ws, error, [&] {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT type, campaign, status FROM decisions WHERE id = ?"));
        q.addBindValue(decisionId);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("there is no decision %1").arg(decisionId);
            return false;
        }
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(q.value(0).toString(), q.value(1).toString());
        const QString why = note.trimmed().isEmpty() ? tr("marked wrong") : note.trimmed();
        return Calibration::record(ws, rule, QStringLiteral("override"), 0.0, 2.0, decisionId, why, error)
            && AuditLog::append(ws, actor, QStringLiteral("overridden"), decisionId,
                QJsonObject { { QStringLiteral("verdict"), QStringLiteral("wrong") }, { QStringLiteral("note"), why } },
                error);
    });
}

bool DecisionEngine::undo(const QString& decisionId, const QString& actor, QString* error)
{
    Workspace& ws = *m_workspace;
    return transaction(ws, error, [&] {
        QSqlQuery q(ws.db());
        q.prepare(
            QStringLiteral("SELECT o.type, o.target, o.action, d.inputs, d.campaign FROM outbox o "
                           "JOIN decisions d ON d.id = o.decision_id WHERE o.decision_id = ? AND o.status = 'done'"));
        q.addBindValue(decisionId);
        if (!q.exec() || !q.next()) {
            if (error)
                *error = tr("decision %1 has not been carried out, so there is nothing to undo").arg(decisionId);
            return false;
        }
        const QString type = q.value(0).toString();
        const QString target = q.value(1).toString();
        const QJsonObject action = object(q.value(2));
        const QJsonObject inputs = object(q.value(3));
        const QString campaign = q.value(4).toString();
        q.finish();
        const DecisionTypeInfo* info = decisionType(type);
        if (!info || !info->undoable) {
            if (error)
                *error = tr("a %1 cannot be undone once carried out").arg(type);
            return false;
        }
        QSqlQuery u(ws.db());
        if (type == QLatin1String("deal.move_stage")) {
            u.prepare(QStringLiteral("UPDATE deals SET stage = ?, updated_at = ? WHERE id = ?"));
            u.addBindValue(inputs.value(QStringLiteral("from_stage")).toString());
            u.addBindValue(nowMs());
            u.addBindValue(target.toLongLong());
        } else if (type == QLatin1String("sequence.enrol") || type == QLatin1String("sequence.stop")) {
            u.prepare(
                QStringLiteral("UPDATE enrolments SET status = ?, updated_at = ? WHERE email = ? AND sequence = ?"));
            u.addBindValue(
                type == QLatin1String("sequence.enrol") ? QStringLiteral("stopped") : QStringLiteral("active"));
            u.addBindValue(nowMs());
            u.addBindValue(target);
            u.addBindValue(action.value(QStringLiteral("sequence")).toString());
        } else {
            u.prepare(QStringLiteral(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            u.addBindValue(QString(QStringLiteral("limit:") + inputs.value(QStringLiteral("limit")).toString()));
            u.addBindValue(inputs.value(QStringLiteral("old_value")).toVariant().toString());
        }
        if (!ws.execWrite(u, QStringLiteral("undo:effect"), error))
            return false;
        u.prepare(QStringLiteral("UPDATE decisions SET status = 'undone' WHERE id = ?"));
        u.addBindValue(decisionId);
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(type, campaign);
        return ws.execWrite(u, QStringLiteral("decision:update"), error)
            && Calibration::record(
                ws, rule, QStringLiteral("override"), 0.0, 1.0, decisionId, tr("undone by %1").arg(actor), error)
            && AuditLog::append(ws, actor, QStringLiteral("undone"), decisionId,
                QJsonObject { { QStringLiteral("type"), type } }, error);
    });
}

QList<CalibrationState> DecisionEngine::learned()
{
    QList<CalibrationState> states;
    const AuthorityMatrix matrix = AuthorityMatrix::load(*m_workspace);
    for (const DecisionTypeInfo& info : decisionTypes())
        states << Calibration::state(*m_workspace, matrix.ruleFor(info.id));
    return states;
}

QList<LearningEvent> DecisionEngine::learningEvents(const QString& type, int limit)
{
    QList<LearningEvent> events;
    QSqlQuery q(m_workspace->db());
    q.setForwardOnly(true);
    QString sql
        = QStringLiteral("SELECT decision_type, at, label, threshold_before, threshold_after, decision_id, note "
                         "FROM learning_events");
    if (!type.isEmpty())
        sql += QStringLiteral(" WHERE decision_type = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(std::max(1, limit));
    q.prepare(sql);
    if (!type.isEmpty())
        q.addBindValue(type);
    if (q.exec()) {
        while (q.next())
            events.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
                q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toString(), q.value(6).toString() });
    }
    return events;
}

bool DecisionEngine::resetLearning(const QString& type, const QString& actor, QString* error)
{
    Workspace& ws = *m_workspace;
    const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(type);
    return transaction(ws, error, [&] { return Calibration::reset(ws, rule, actor, error); });
}

void DecisionEngine::notify(const Message& message)
{
    if (m_notifier) {
        m_notifier(message);
        return;
    }
    // No bus in this process (the CLI): store it; the agent gets it when it next starts.
    QString error;
    if (!MessageStore::insert(*m_workspace, message, &error))
        qWarning("cannot store the message to %s: %s", qPrintable(message.receiver), qPrintable(error));
}

} // namespace gd::core
