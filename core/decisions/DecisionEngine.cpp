#include "core/decisions/DecisionEngine.h"

#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/MessageStore.h"
#include "core/store/SqlStatement.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <array>

namespace gd::core {

namespace {

QString fixed(double v)
{
    return QString::number(v, 'f', 2);
}

// Runs body in a Transaction on the calling thread's connection; rolls back on failure.
template<typename Body>
bool inTransaction(Workspace& ws, QString* error, Body body)
{
    Transaction tx(ws);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    if (!body())
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    return true;
}

// The authority matrix, read from the workspace once per change of its rules rather than on every
// evaluation. The rules' stamp (migration 16; goal limits included) takes a new random value in the transaction that
// changes a rule, in this process or another, so a stale matrix is never served; read in the
// caller's transaction, it also follows that transaction's own uncommitted changes and rollbacks.
AuthorityMatrix currentMatrix(Workspace& ws)
{
    struct Entry
    {
        QString path;
        qint64 stamp = 0;
        AuthorityMatrix matrix;
    };
    static QMutex mutex;
    static std::vector<Entry> cache; // one entry per workspace file

    SqlStatement* read = ws.statement("SELECT stamp FROM change_stamps WHERE name = 'authority_rules'");
    if (!read)
        return AuthorityMatrix::load(ws);
    qint64 stamp = 0;
    {
        SqlStatement::Reader reader(*read);
        if (!read->next())
            return AuthorityMatrix::load(ws);
        stamp = read->int64(0);
    }
    const QString path = ws.path();
    {
        QMutexLocker lock(&mutex);
        for (const Entry& e : cache) {
            if (e.stamp == stamp && e.path == path)
                return e.matrix;
        }
    }
    AuthorityMatrix matrix = AuthorityMatrix::load(ws);
    QMutexLocker lock(&mutex);
    auto it = std::find_if(cache.begin(), cache.end(), [&path](const Entry& e) { return e.path == path; });
    if (it == cache.end()) {
        if (cache.size() >= 16)
            cache.erase(cache.begin());
        cache.push_back(Entry { path, stamp, matrix });
    } else {
        it->stamp = stamp;
        it->matrix = matrix;
    }
    return matrix;
}

qint64 proposalBytes(const Proposal& p)
{
    return json::compactBytes(p.toJson()).size();
}

QString tooLarge(qint64 bytes)
{
    return tr("the proposal is %1 KiB; at most %2 KiB are accepted")
        .arg(bytes / 1024)
        .arg(DecisionEngine::kMaxProposalBytes / 1024);
}

QString notPending(const std::optional<ApprovalItem>& item, const QString& approvalId)
{
    return item ? tr("approval %1 is %2, not pending").arg(approvalId, item->status)
                : tr("there is no approval %1").arg(approvalId);
}

} // namespace

QJsonObject Evaluation::toJson() const
{
    static constexpr std::array<const char*, 7> codes = { "missing_field", "invalid_field", "target_not_found",
        "too_large", "unavailable", "write_failed", "provider_failed" };
    QJsonObject json {
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
    if (invalid)
        json.insert(QStringLiteral("invalid"),
            QJsonObject { { QStringLiteral("code"), QLatin1String(codes.at(static_cast<std::size_t>(invalid->code))) },
                { QStringLiteral("message"), invalid->message } });
    return json;
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

bool DecisionEngine::isValidId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9_\-]{1,64}$)"));
    return re.match(id).hasMatch();
}

Evaluation DecisionEngine::evaluate(const Proposal& p)
{
    Workspace& ws = *m_workspace;
    const AuthorityRule rule = currentMatrix(ws).ruleFor(p.type, p.campaign);
    const qint64 bytes = proposalBytes(p);
    if (bytes > kMaxProposalBytes) {
        Evaluation e;
        e.proposal = p;
        e.rule = rule;
        e.outcome = DecisionOutcome::Refuse;
        e.invalid = EffectError { EffectError::Code::TooLarge, tooLarge(bytes) };
        e.why << e.invalid->message;
        return e;
    }
    const RiskAssessment risk = RiskEngine::assess(p, rule, RiskEngine::context(ws, p));
    const CalibrationState calibration = Calibration::state(ws, rule);
    const DecisionEffect* effect = effectFor(p.type);
    EffectStatus invalid = effect
        ? effect->validate(ws, p.target, p.action)
        : EffectError { EffectError::Code::InvalidField, tr("unknown decision type \"%1\"").arg(p.type) };
    if (invalid) {
        Evaluation e = decide(p, rule, risk, calibration, {});
        e.outcome = DecisionOutcome::Refuse;
        e.why = QStringList { tr("cannot be carried out: %1").arg(invalid->message) };
        e.invalid = invalid;
        return e;
    }
    const QString sticky = DecisionStore(ws).stickyRejection(p.type, p.target, p.inputsHash());
    Evaluation e = decide(p, rule, risk, calibration, sticky);
    // A goal's limits on the exact action: beyond a hard one (a discount, a budget) it is refused;
    // past the day's email cap an operator decides.
    const GoalCapCheck caps = AuthorityMatrix::checkGoalCaps(ws, rule, p);
    if (e.outcome != DecisionOutcome::Refuse && !caps.refuse.isEmpty()) {
        e.outcome = DecisionOutcome::Refuse;
        e.why = caps.refuse;
    } else if (e.outcome == DecisionOutcome::Act && !caps.queue.isEmpty()) {
        e.outcome = DecisionOutcome::Queue;
        e.why = caps.queue;
    } else if (e.outcome == DecisionOutcome::Queue) {
        e.why += caps.queue;
    }
    return e;
}

QString DecisionEngine::executionBlocker(const Proposal& p)
{
    Workspace& ws = *m_workspace;
    const DecisionEffect* effect = effectFor(p.type);
    if (!effect)
        return tr("unknown decision type \"%1\"").arg(p.type);
    if (const auto invalid = effect->validate(ws, p.target, p.action))
        return invalid->message;
    const AuthorityRule rule = currentMatrix(ws).ruleFor(p.type, p.campaign);
    const RiskAssessment risk = RiskEngine::assess(p, rule, RiskEngine::context(ws, p));
    if (risk.blocked)
        return tr("blocked: %1").arg(risk.compliance.reasons.join(QStringLiteral("; ")));
    // A goal set since the approval still holds for the action carried out.
    if (const GoalCapCheck caps = AuthorityMatrix::checkGoalCaps(ws, rule, p); !caps.refuse.isEmpty())
        return caps.refuse.join(QStringLiteral("; "));
    return {};
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
    if (!isValidId(p.id)) {
        result.error = tr("a proposal's id may only hold letters, digits, '_' and '-' (at most 64)");
        return result;
    }
    if (const qint64 bytes = proposalBytes(p); bytes > kMaxProposalBytes) {
        result.error = tooLarge(bytes);
        return result;
    }
    DecisionStore store(ws);
    const bool ok = inTransaction(ws, &result.error, [&] {
        if (const auto outcome = store.outcomeOf(p.id)) {
            result.duplicate = true;
            result.outcome = *outcome;
            return true;
        }
        const Evaluation e = evaluate(p);
        result.outcome = e.outcome;
        result.why = e.why;
        const qint64 now = nowMs();
        const QString actionHash = p.actionHash();
        DecisionRecord record;
        record.proposal = p;
        record.actionHash = actionHash;
        record.risk = e.risk;
        record.outcome = e.outcome;
        record.status = e.outcome == DecisionOutcome::Act ? QStringLiteral("authorized")
            : e.outcome == DecisionOutcome::Queue         ? QStringLiteral("pending")
                                                          : QStringLiteral("refused");
        record.why = e.why;
        record.createdAtMs = now;
        record.decidedAtMs = e.outcome == DecisionOutcome::Queue ? 0 : now;
        if (!store.insertDecision(record, &result.error))
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
        case DecisionOutcome::Act: {
            result.outboxId = p.id;
            OutboxItem item;
            item.decisionId = p.id;
            item.key = p.id;
            item.type = p.type;
            item.target = p.target;
            item.action = p.action;
            item.actionHash = actionHash;
            return store.addToOutbox(item, &result.error)
                && AuditLog::append(
                    ws, QStringLiteral("system"), QStringLiteral("authorized"), p.id, why, &result.error);
        }
        case DecisionOutcome::Queue: {
            result.approvalId = newId();
            ApprovalRecord approval;
            approval.id = result.approvalId;
            approval.decisionId = p.id;
            approval.action = p.action;
            approval.actionHash = actionHash;
            approval.createdAtMs = now;
            approval.deadlineAtMs = now + static_cast<qint64>(e.rule.deadlineMinutes) * 60'000;
            return store.insertApproval(approval, &result.error)
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
    return DecisionStore(*m_workspace).approval(approvalId);
}

QList<ApprovalItem> DecisionEngine::approvals(const QString& status, int limit)
{
    return DecisionStore(*m_workspace).approvals(status, limit);
}

QList<ApprovalItem> DecisionEngine::autonomousDecisions(int limit)
{
    return DecisionStore(*m_workspace).autonomousDecisions(limit);
}

int DecisionEngine::pendingCount()
{
    return DecisionStore(*m_workspace).pendingCount();
}

bool DecisionEngine::finishApproval(
    const ApprovalItem& item, const QString& actor, const QString& status, QString* error)
{
    DecisionStore store(*m_workspace);
    const qint64 now = nowMs();
    if (!store.closeApproval(item.id, status, actor, now, error))
        return false;
    if (status == QLatin1String("superseded"))
        return true;
    return store.setDecisionStatus(item.decisionId, status, now, error);
}

bool DecisionEngine::approve(const QString& approvalId, const QString& actor, QString* error)
{
    Workspace& ws = *m_workspace;
    DecisionStore store(ws);
    return inTransaction(ws, error, [&] {
        const auto item = store.approval(approvalId);
        if (!item || item->status != QLatin1String("pending")) {
            if (error)
                *error = notPending(item, approvalId);
            return false;
        }
        if (item->deadlineAtMs <= nowMs()) {
            if (error)
                *error = tr("approval %1 expired at its deadline; the agent may propose it again").arg(approvalId);
            return false;
        }
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(item->type, item->campaign);
        OutboxItem out;
        out.decisionId = item->decisionId;
        out.approvalId = item->id;
        out.key = item->id;
        out.type = item->type;
        out.target = item->target;
        out.action = item->action;
        out.actionHash = item->actionHash;
        return finishApproval(*item, actor, QStringLiteral("approved"), error) && store.addToOutbox(out, error)
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
    DecisionStore store(ws);
    std::optional<ApprovalItem> item;
    const bool ok = inTransaction(ws, error, [&] {
        item = store.approval(approvalId);
        if (!item || item->status != QLatin1String("pending")) {
            if (error)
                *error = notPending(item, approvalId);
            return false;
        }
        const QString why = reason.trimmed().isEmpty() ? tr("no reason given") : reason.trimmed();
        // Sticky: the same action for the same target is not proposed again unless its inputs change.
        if (!store.setApprovalReason(approvalId, why, error) || !store.recordRejection(item->decisionId, why, error))
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
    DecisionStore store(ws);
    const QString newApproval = newId();
    const bool ok = inTransaction(ws, error, [&] {
        const auto item = store.approval(approvalId);
        if (!item || item->status != QLatin1String("pending")) {
            if (error)
                *error = notPending(item, approvalId);
            return false;
        }
        const DecisionEffect* effect = effectFor(item->type);
        auto proposal = store.proposalOf(item->decisionId);
        if (!effect || !proposal) {
            if (error)
                *error = tr("there is no decision %1").arg(item->decisionId);
            return false;
        }
        // The original as it stands today, and the edit as a new proposal of the same decision.
        Proposal before = *proposal;
        before.target = item->target;
        before.action = item->action;
        Proposal edited = before;
        edited.action = newAction;
        edited.target = effect->editedTarget(item->target, newAction);
        const Evaluation e = evaluate(edited);
        if (e.outcome == DecisionOutcome::Refuse) {
            if (error)
                *error = tr("the edited action is refused: %1").arg(e.why.join(QStringLiteral("; ")));
            return false;
        }
        // An edit cannot take an action beyond a hard ceiling that the original stayed within.
        const Evaluation original = evaluate(before);
        const AuthorityRule& rule = e.rule;
        if (rule.ceilingAmount > 0 && e.risk.amountEur > rule.ceilingAmount
            && e.risk.amountEur > original.risk.amountEur) {
            if (error)
                *error = tr("the edited action commits EUR %1, above the hard ceiling of EUR %2; only the admin "
                            "can raise the ceiling")
                             .arg(fixed(e.risk.amountEur), fixed(rule.ceilingAmount));
            return false;
        }
        if (e.risk.combined >= rule.ceilingRisk && e.risk.combined > original.risk.combined + 1e-9) {
            if (error)
                *error = tr("the edited action's risk %1 is at or above the hard ceiling %2 and above the "
                            "original's %3")
                             .arg(fixed(e.risk.combined), fixed(rule.ceilingRisk), fixed(original.risk.combined));
            return false;
        }
        const QString hash = hashAction(item->type, edited.target, newAction);
        const qint64 now = nowMs();
        ApprovalRecord approval;
        approval.id = newApproval;
        approval.decisionId = item->decisionId;
        approval.action = newAction;
        approval.actionHash = hash;
        approval.status = approveNow ? QStringLiteral("approved") : QStringLiteral("pending");
        approval.createdAtMs = now;
        approval.deadlineAtMs = item->deadlineAtMs;
        approval.decidedAtMs = approveNow ? now : 0;
        approval.decidedBy = approveNow ? actor : QString();
        approval.editedFrom = item->id;
        if (!store.insertApproval(approval, error) || !finishApproval(*item, actor, QStringLiteral("superseded"), error)
            || !store.updateDecisionAction(item->decisionId, edited.target, newAction, hash, e.risk, e.why, error)
            || !Calibration::record(ws, rule, QStringLiteral("edited"), 0.5, 0.5, item->decisionId,
                tr("edited by %1 before approval").arg(actor), error)
            || !AuditLog::append(ws, actor, QStringLiteral("edited"), item->decisionId,
                QJsonObject { { QStringLiteral("from_approval"), item->id },
                    { QStringLiteral("to_approval"), newApproval }, { QStringLiteral("old_hash"), item->actionHash },
                    { QStringLiteral("new_hash"), hash }, { QStringLiteral("target"), edited.target },
                    { QStringLiteral("risk"), e.risk.toJson() } },
                error))
            return false;
        if (!approveNow)
            return true;
        OutboxItem out;
        out.decisionId = item->decisionId;
        out.approvalId = newApproval;
        out.key = newApproval;
        out.type = item->type;
        out.target = edited.target;
        out.action = newAction;
        out.actionHash = hash;
        return store.setDecisionStatus(item->decisionId, QStringLiteral("approved"), now, error)
            && store.addToOutbox(out, error)
            && AuditLog::append(ws, actor, QStringLiteral("approved"), item->decisionId,
                QJsonObject { { QStringLiteral("approval_id"), newApproval }, { QStringLiteral("action_hash"), hash } },
                error);
    });
    return ok ? newApproval : QString();
}

int DecisionEngine::expireDue(qint64 now, QString* error)
{
    Workspace& ws = *m_workspace;
    const QList<ApprovalItem> due = DecisionStore(ws).dueApprovals(now);
    if (due.isEmpty())
        return 0;
    const AuthorityMatrix matrix = AuthorityMatrix::load(ws);
    const bool ok = inTransaction(ws, error, [&] {
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
    return inTransaction(ws, error, [&] {
        const auto p = DecisionStore(ws).proposalOf(decisionId);
        if (!p) {
            if (error)
                *error = tr("there is no decision %1").arg(decisionId);
            return false;
        }
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(p->type, p->campaign);
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
    DecisionStore store(ws);
    return inTransaction(ws, error, [&] {
        const auto done = store.doneItemOf(decisionId);
        const auto p = store.proposalOf(decisionId);
        if (!done || !p) {
            if (error)
                *error = tr("decision %1 has not been carried out, so there is nothing to undo").arg(decisionId);
            return false;
        }
        const DecisionEffect* effect = effectFor(done->type);
        if (!effect || !effect->undoable()) {
            if (error)
                *error = tr("a %1 cannot be undone once carried out").arg(done->type);
            return false;
        }
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT status FROM decisions WHERE id = ?"));
        q.addBindValue(decisionId);
        if (q.exec() && q.next() && q.value(0).toString() == QLatin1String("undone")) {
            if (error)
                *error = tr("decision %1 was undone already").arg(decisionId);
            return false;
        }
        q.finish();
        // Items carried out before effects recorded the value before: fall back to the proposal.
        QJsonObject result = done->result;
        if (!result.contains(QStringLiteral("previous_stage")) && p->inputs.contains(QStringLiteral("from_stage")))
            result.insert(QStringLiteral("previous_stage"), p->inputs.value(QStringLiteral("from_stage")));
        if (!result.contains(QStringLiteral("previous_value")) && p->inputs.contains(QStringLiteral("old_value")))
            result.insert(
                QStringLiteral("previous_value"), p->inputs.value(QStringLiteral("old_value")).toVariant().toString());
        const EffectRequest request { decisionId, done->key, done->type, done->target, done->action };
        if (const auto failed = effect->undo(ws, request, result)) {
            if (error)
                *error = failed->message;
            return false;
        }
        const AuthorityRule rule = AuthorityMatrix::load(ws).ruleFor(done->type, p->campaign);
        return store.setDecisionStatus(decisionId, QStringLiteral("undone"), 0, error)
            && Calibration::record(
                ws, rule, QStringLiteral("override"), 0.0, 1.0, decisionId, tr("undone by %1").arg(actor), error)
            && AuditLog::append(ws, actor, QStringLiteral("undone"), decisionId,
                QJsonObject { { QStringLiteral("type"), done->type } }, error);
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
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(std::max(1, limit));
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
    return inTransaction(ws, error, [&] { return Calibration::reset(ws, rule, actor, error); });
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
