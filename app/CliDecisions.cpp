#include "app/CliCommon.h"
#include "core/decisions/AuditLog.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/formats/Json.h"
#include "core/formats/OutputFile.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gd::app::cli {

namespace {

const QString kOperator = QStringLiteral("operator");

QString subcommand(const Args& args)
{
    return args.positionals.value(0);
}

QString percent(double value)
{
    return QStringLiteral("%1%").arg(qRound(value * 100));
}

void printEvaluation(const core::Evaluation& e)
{
    out() << tr("Decision: %1 for %2").arg(e.proposal.type, e.proposal.target) << "\n";
    out() << tr("Outcome: %1").arg(core::outcomeText(e.outcome).toUpper()) << "\n";
    for (const QString& why : e.why)
        out() << "  - " << why << "\n";
    out() << tr("Risk: %1 (%2)").arg(e.risk.combined, 0, 'f', 2).arg(core::riskLevelText(e.risk.level)) << "\n";
    const QList<QPair<QString, const core::RiskFactor*>> factors
        = { { tr("financial"), &e.risk.financial }, { tr("relationship"), &e.risk.relationship },
              { tr("compliance"), &e.risk.compliance }, { tr("strategic"), &e.risk.strategic } };
    for (const auto& [name, factor] : factors) {
        out() << QStringLiteral("  %1 %2").arg(name, -13).arg(factor->score, 0, 'f', 2);
        if (!factor->reasons.isEmpty())
            out() << "  " << factor->reasons.join(QStringLiteral("; "));
        out() << "\n";
    }
    out() << tr("Matrix: level %1, mode %2, money limit EUR %3, hard ceiling EUR %4 / risk %5")
                 .arg(core::nameOf(e.rule.level), core::nameOf(e.rule.mode))
                 .arg(e.rule.moneyLimit)
                 .arg(e.rule.ceilingAmount)
                 .arg(e.rule.ceilingRisk)
          << "\n";
    out() << tr("Learned: threshold %1, approval rate %2 over %3 examples")
                 .arg(e.calibration.threshold, 0, 'f', 2)
                 .arg(percent(e.calibration.approvalRate))
                 .arg(e.calibration.examples)
          << "\n";
}

// Proposals, edited actions and matrix rules are small JSON objects: anything above json's
// 1 MiB limit is refused before it is read whole.
bool readSmallJson(const QString& path, QJsonObject* object, QString* error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(core::json::kMaxDocumentBytes + 1);
    if (bytes.size() > core::json::kMaxDocumentBytes) {
        *error = tr("%1 is larger than %2 KiB; a proposal, an edited action or a rule must be smaller")
                     .arg(path)
                     .arg(core::json::kMaxDocumentBytes / 1024);
        return false;
    }
    const core::json::ParseResult parsed = core::json::parseObject(bytes);
    if (!parsed.ok()) {
        *error = tr("%1: %2").arg(path, parsed.error);
        return false;
    }
    *object = parsed.object;
    return true;
}

bool readProposal(const Args& args, core::Proposal* proposal, int* code)
{
    const QString type = args.options.value(QStringLiteral("type"));
    const QString input = args.options.value(QStringLiteral("input"));
    if (type.isEmpty() || input.isEmpty()) {
        *code = usageError(tr("decisions %1 needs --type TYPE and --input FILE").arg(subcommand(args)));
        return false;
    }
    QJsonObject json;
    QString error;
    if (!readSmallJson(input, &json, &error)) {
        *code = failure(error);
        return false;
    }
    json.insert(QStringLiteral("type"), type);
    auto p = core::Proposal::fromJson(json, &error);
    if (!p) {
        QStringList types;
        for (const core::DecisionTypeInfo& info : core::decisionTypes())
            types << info.id;
        *code = usageError(error + QStringLiteral(" (") + types.join(QStringLiteral(", ")) + QLatin1Char(')'));
        return false;
    }
    *proposal = *p;
    return true;
}

} // namespace

int cmdApprovals(const Args& args)
{
    const QString sub = subcommand(args);
    const QString id = args.positionals.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("approve") && sub != QLatin1String("reject")
        && sub != QLatin1String("edit"))
        return usageError(tr("approvals needs list, approve ID, reject ID or edit ID"));
    if (sub != QLatin1String("list") && id.isEmpty())
        return usageError(tr("approvals %1 needs the approval's ID").arg(sub));
    if (sub == QLatin1String("reject") && args.options.value(QStringLiteral("reason")).trimmed().isEmpty())
        return usageError(tr("approvals reject needs --reason TEXT: the agent is told why"));
    if (sub == QLatin1String("edit") && !args.options.contains(QStringLiteral("input")))
        return usageError(tr("approvals edit needs --input FILE with the edited action as JSON"));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::DecisionEngine engine(ws);
    engine.expireDue(core::nowMs());
    QString error;
    if (sub == QLatin1String("list")) {
        const QString status = args.options.value(QStringLiteral("status"), QStringLiteral("pending"));
        const QList<core::ApprovalItem> items = engine.approvals(status == QLatin1String("all") ? QString() : status);
        if (args.json) {
            QJsonArray array;
            for (const core::ApprovalItem& item : items)
                array.append(item.toJson());
            printJson(array);
            return Success;
        }
        if (items.isEmpty())
            out() << tr("No %1 approvals.").arg(status) << "\n";
        for (const core::ApprovalItem& item : items) {
            out() << item.id << "  " << item.type << "  " << forTerminal(item.target) << "\n"
                  << "    "
                  << tr("agent %1, risk %2 (%3), %4, deadline %5")
                         .arg(item.agent)
                         .arg(item.risk.combined, 0, 'f', 2)
                         .arg(core::riskLevelText(item.risk.level), core::approvalStatusText(item.status),
                             timeText(item.deadlineAtMs))
                  << "\n";
            for (const QString& reason : item.risk.reasons())
                out() << "    - " << forTerminal(reason) << "\n";
            const QString subject = item.action.value(QStringLiteral("subject")).toString();
            if (!subject.isEmpty())
                out() << "    " << tr("subject: %1").arg(forTerminal(subject)) << "\n";
        }
        return Success;
    }
    if (sub == QLatin1String("approve")) {
        if (!engine.approve(id, kOperator, &error))
            return failure(error);
    } else if (sub == QLatin1String("reject")) {
        if (!engine.reject(id, kOperator, args.options.value(QStringLiteral("reason")), &error))
            return failure(error);
    } else {
        QJsonObject action;
        if (!readSmallJson(args.options.value(QStringLiteral("input")), &action, &error))
            return failure(error);
        const QString newId = engine.edit(id, action, kOperator, true, &error);
        if (newId.isEmpty())
            return failure(error);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("edited"), id }, { QStringLiteral("approved"), newId } });
        else
            out() << tr("Edited %1; the edited action is approved as %2.").arg(id, newId) << "\n";
        return Success;
    }
    const auto item = engine.approval(id);
    if (args.json)
        printJson(item ? item->toJson() : QJsonObject());
    else
        out() << (sub == QLatin1String("approve") ? tr("Approved %1: it will be carried out once, when the agents run.")
                                                  : tr("Rejected %1: the agent was told why."))
                     .arg(id)
              << "\n";
    return Success;
}

int cmdDecisions(const Args& args)
{
    const QString sub = subcommand(args);
    if (sub == QLatin1String("assess") || sub == QLatin1String("propose")) {
        core::Proposal proposal;
        int code = Success;
        if (!readProposal(args, &proposal, &code))
            return code;
        auto ws = openExisting(args, &code);
        if (!ws)
            return code;
        core::DecisionEngine engine(ws);
        if (sub == QLatin1String("assess")) {
            const core::Evaluation e = engine.evaluate(proposal);
            if (args.json)
                printJson(e.toJson());
            else
                printEvaluation(e);
            return Success;
        }
        const core::ProposeResult r = engine.propose(proposal);
        if (!r.error.isEmpty())
            return failure(r.error);
        if (args.json) {
            printJson(QJsonObject { { QStringLiteral("decision_id"), r.decisionId },
                { QStringLiteral("outcome"), core::nameOf(r.outcome) }, { QStringLiteral("duplicate"), r.duplicate },
                { QStringLiteral("approval_id"), r.approvalId.isEmpty() ? QJsonValue() : QJsonValue(r.approvalId) },
                { QStringLiteral("why"), QJsonArray::fromStringList(r.why) } });
        } else {
            out() << tr("Decision %1: %2%3")
                         .arg(r.decisionId, core::nameOf(r.outcome).toUpper(),
                             r.duplicate ? tr(" (proposed before; the earlier decision stands)") : QString())
                  << "\n";
            for (const QString& why : r.why)
                out() << "  - " << why << "\n";
            if (!r.approvalId.isEmpty())
                out() << tr("Waiting for approval %1.").arg(r.approvalId) << "\n";
        }
        return Success;
    }
    if (sub == QLatin1String("wrong") || sub == QLatin1String("undo")) {
        const QString id = args.positionals.value(1);
        if (id.isEmpty())
            return usageError(tr("decisions %1 needs the decision's ID").arg(sub));
        int code = Success;
        auto ws = openExisting(args, &code);
        if (!ws)
            return code;
        core::DecisionEngine engine(ws);
        QString error;
        const bool ok = sub == QLatin1String("wrong")
            ? engine.markWrong(id, kOperator, args.options.value(QStringLiteral("reason")), &error)
            : engine.undo(id, kOperator, &error);
        if (!ok)
            return failure(error);
        out() << (sub == QLatin1String("wrong") ? tr("Marked %1 wrong; GreenDoor will ask before doing that again.")
                                                : tr("Undid %1."))
                     .arg(id)
              << "\n";
        return Success;
    }
    return usageError(tr("decisions needs assess, propose, wrong ID or undo ID"));
}

int cmdLearned(const Args& args)
{
    const QString sub = subcommand(args);
    if (!sub.isEmpty() && sub != QLatin1String("reset"))
        return usageError(tr("learned takes no subcommand but reset TYPE"));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::DecisionEngine engine(ws);
    if (sub == QLatin1String("reset")) {
        const QString type = args.positionals.value(1);
        if (!core::decisionType(type))
            return usageError(tr("learned reset needs a decision type"));
        QString error;
        if (!engine.resetLearning(type, kOperator, &error))
            return failure(error);
        out() << tr("Forgot what was learned about %1.").arg(type) << "\n";
        return Success;
    }
    const QList<core::CalibrationState> states = engine.learned();
    if (args.json) {
        QJsonArray array;
        for (const core::CalibrationState& s : states)
            array.append(QJsonObject { { QStringLiteral("type"), s.type }, { QStringLiteral("approvals"), s.approvals },
                { QStringLiteral("rejections"), s.rejections }, { QStringLiteral("approval_rate"), s.approvalRate },
                { QStringLiteral("threshold"), s.threshold }, { QStringLiteral("examples"), s.examples } });
        printJson(array);
        return Success;
    }
    for (const core::CalibrationState& s : states)
        out() << QStringLiteral("%1 %2 %3 %4")
                     .arg(s.type, -20)
                     .arg(percent(s.approvalRate), 6)
                     .arg(s.threshold, 6, 'f', 2)
                     .arg(s.examples, 5)
              << "\n";
    return Success;
}

int cmdMatrix(const Args& args)
{
    const QString sub = subcommand(args);
    if (sub != QLatin1String("show") && sub != QLatin1String("set"))
        return usageError(tr("matrix needs show or set --input FILE"));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    if (sub == QLatin1String("show")) {
        QJsonArray rules;
        for (const core::AuthorityRule& rule : core::AuthorityMatrix::load(*ws).rules())
            rules.append(rule.toJson());
        if (args.json) {
            printJson(rules);
            return Success;
        }
        for (const QJsonValue& v : std::as_const(rules)) {
            const QJsonObject r = v.toObject();
            out() << QStringLiteral("%1 %2 %3 limit %4 ceiling %5/%6 deadline %7 min")
                         .arg(r.value(QStringLiteral("type")).toString(), -20)
                         .arg(r.value(QStringLiteral("level")).toString(), -9)
                         .arg(r.value(QStringLiteral("mode")).toString(), -13)
                         .arg(r.value(QStringLiteral("money_limit")).toDouble())
                         .arg(r.value(QStringLiteral("ceiling_amount")).toDouble())
                         .arg(r.value(QStringLiteral("ceiling_risk")).toDouble())
                         .arg(r.value(QStringLiteral("deadline_minutes")).toInt())
                  << "\n";
            // Limits from goals, shown as coming from the goal (removed with it).
            for (const QJsonValue& c : r.value(QStringLiteral("goal_caps")).toArray())
                out() << "    " << tr("from %1").arg(c.toObject().value(QStringLiteral("description")).toString())
                      << "\n";
        }
        return Success;
    }
    if (!args.options.contains(QStringLiteral("input")))
        return usageError(tr("matrix set needs --input FILE with one rule as JSON"));
    QJsonObject json;
    QString error;
    if (!readSmallJson(args.options.value(QStringLiteral("input")), &json, &error))
        return failure(error);
    const auto rule = core::AuthorityRule::fromJson(json, &error);
    if (!rule)
        return failure(error);
    core::Transaction tx(*ws);
    if (!tx.ok())
        return failure(tx.error());
    if (!core::AuthorityMatrix::saveRule(*ws, *rule, QStringLiteral("admin"), &error))
        return failure(error);
    if (!tx.commit())
        return failure(tx.error());
    out() << tr("Saved the rule for %1.").arg(rule->type) << "\n";
    return Success;
}

int cmdAudit(const Args& args)
{
    const QString sub = subcommand(args);
    if (sub != QLatin1String("verify") && sub != QLatin1String("export"))
        return usageError(tr("audit needs verify or export --format csv|json"));
    const QString format = args.options.value(QStringLiteral("format"), QStringLiteral("json"));
    if (sub == QLatin1String("export") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usageError(tr("--format must be csv or json"));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    if (sub == QLatin1String("verify")) {
        const core::AuditVerification v = core::AuditLog::verify(*ws);
        if (args.json) {
            printJson(QJsonObject { { QStringLiteral("ok"), v.ok }, { QStringLiteral("rows"), v.rows },
                { QStringLiteral("first_bad_row"), v.ok ? QJsonValue() : QJsonValue(v.firstBadSeq) },
                { QStringLiteral("problem"), v.ok ? QJsonValue() : QJsonValue(v.problem) },
                { QStringLiteral("head"), v.headHash } });
        } else if (v.ok) {
            out() << tr("Audit log intact: %1 rows, head %2.").arg(v.rows).arg(v.headHash) << "\n";
        } else {
            err() << tr("Audit log broken at row %1: %2").arg(v.firstBadSeq).arg(v.problem) << "\n";
            err().flush();
        }
        return v.ok ? Success : Failure;
    }
    const QByteArray data
        = format == QLatin1String("csv") ? core::AuditLog::exportCsv(*ws) : core::AuditLog::exportJson(*ws);
    const QString output = args.options.value(QStringLiteral("output"));
    QString why;
    if (output.isEmpty()) {
        out().flush();
        if (!core::OutputFile::writeStandardOutput(data, &why))
            return failure(why);
        return Success;
    }
    if (!writeOutputFile(args, output, data, &why))
        return failure(why);
    out() << tr("Wrote the audit log to %1.").arg(QDir::toNativeSeparators(output)) << "\n";
    return Success;
}

} // namespace gd::app::cli
