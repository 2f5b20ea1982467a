#include "app/CliCommon.h"
#include "core/decisions/DecisionEngine.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/sales/CampaignActions.h"
#include "core/sales/SequenceEngine.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace gd::app::cli {

namespace {

const QString kOperator = QStringLiteral("operator");

void printSummaryLine(const core::CampaignSummary& c)
{
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(forTerminal(c.name), -24)
                 .arg(c.status, -10)
                 .arg(forTerminal(c.mailboxes().join(QLatin1Char(','))), -16)
                 .arg(c.enrolled, 8)
                 .arg(c.sent, 6)
                 .arg(c.replied, 8)
          << "\n";
}

int showCampaign(core::Workspace& ws, const core::CampaignSummary& c, bool json)
{
    const QList<core::CampaignFigures> figures = core::CampaignStore::figures(ws, c.name);
    const QList<core::CampaignContact> contacts = core::CampaignStore::contacts(ws, c.name);
    const int segment = core::CampaignStore::segmentSize(ws, c.name);
    if (json) {
        QJsonObject o = c.toJson();
        QJsonArray f;
        for (const core::CampaignFigures& x : figures)
            f.append(x.toJson());
        QJsonArray people;
        for (const core::CampaignContact& x : contacts)
            people.append(x.toJson());
        o.insert(QStringLiteral("segment_size"), segment);
        o.insert(QStringLiteral("figures"), f);
        o.insert(QStringLiteral("contacts"), people);
        printJson(o);
        return Success;
    }
    out() << tr("Campaign %1: %2").arg(forTerminal(c.name), c.status) << "\n";
    out() << tr("Mailboxes: %1")
                 .arg(c.mailboxes().isEmpty() ? tr("the first unpaused mailbox")
                                              : forTerminal(c.mailboxes().join(QStringLiteral(", "))))
          << "\n";
    out()
        << tr("Segment: %1 prospects now; %2 enrolled, %3 in a live sequence").arg(segment).arg(c.enrolled).arg(c.live)
        << "\n";
    const QJsonArray steps = c.definition.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        out() << tr("Step %1: %2, %3 business days after the previous one was sent, %4 variant(s)")
                     .arg(i + 1)
                     .arg(s.value(QStringLiteral("kind")).toString())
                     .arg(s.value(QStringLiteral("after_business_days")).toInt())
                     .arg(s.value(QStringLiteral("variants")).toArray().size())
              << "\n";
    }
    if (!figures.isEmpty()) {
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                     .arg(tr("STEP"), 5)
                     .arg(tr("VAR"), 4)
                     .arg(tr("PROPOSED"), 9)
                     .arg(tr("SENT"), 6)
                     .arg(tr("DELIVERED"), 10)
                     .arg(tr("BOUNCED"), 8)
                     .arg(tr("REPLIED"), 8)
                     .arg(tr("POSITIVE"), 9)
                     .arg(tr("MEETINGS"), 9)
              << "\n";
        for (const core::CampaignFigures& f : figures)
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
                         .arg(f.step + 1, 5)
                         .arg(forTerminal(f.variant), 4)
                         .arg(f.proposed, 9)
                         .arg(f.sent, 6)
                         .arg(f.delivered, 10)
                         .arg(f.bounced, 8)
                         .arg(f.replied, 8)
                         .arg(f.positive, 9)
                         .arg(f.meetings, 9)
                  << "\n";
    }
    if (!contacts.isEmpty()) {
        out() << tr("Contacts:") << "\n";
        for (const core::CampaignContact& x : contacts)
            out() << QStringLiteral("  %1 %2 %3 %4  %5")
                         .arg(forTerminal(x.email), -32)
                         .arg(x.step >= steps.size() ? tr("all steps") : tr("next step %1").arg(x.step + 1), -11)
                         .arg(x.variant, -2)
                         .arg(x.status, -8)
                         .arg(forTerminal(x.reason))
                  << "\n";
    }
    return Success;
}

} // namespace

int cmdCampaign(const Args& args)
{
    const QString sub = args.positionals.value(0);
    const QString id = args.positionals.value(1);
    static const QStringList subs = { QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("show"),
        QStringLiteral("start"), QStringLiteral("pause"), QStringLiteral("run") };
    if (!subs.contains(sub))
        return usageError(tr("campaign needs create --input FILE, list, show ID, start ID, pause ID or run [ID]"));
    if (sub == QLatin1String("create") && !args.options.contains(QStringLiteral("input")))
        return usageError(tr("campaign create needs --input FILE with the campaign as JSON"));
    if ((sub == QLatin1String("show") || sub == QLatin1String("start") || sub == QLatin1String("pause"))
        && id.isEmpty())
        return usageError(tr("campaign %1 needs the campaign's name").arg(sub));
    if (args.positionals.size() > 2)
        return usageError(tr("unexpected argument %1").arg(args.positionals.at(2)));
    qint64 at = 0;
    if (args.options.contains(QStringLiteral("at"))) {
        if (sub != QLatin1String("run"))
            return usageError(tr("only campaign run takes --at"));
        const QDateTime t = QDateTime::fromString(args.options.value(QStringLiteral("at")), Qt::ISODate);
        if (!t.isValid())
            return usageError(tr("--at needs an ISO date and time, e.g. 2026-03-02T09:00:00Z"));
        at = t.toMSecsSinceEpoch();
    }
    QJsonObject input;
    QString error;
    if (sub == QLatin1String("create") && !readJsonFile(args.options.value(QStringLiteral("input")), &input, &error))
        return failure(error);
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;

    if (sub == QLatin1String("create")) {
        QStringList problems;
        const auto definition = core::CampaignDefinition::parse(input, ws.get(), &problems);
        if (!definition) {
            if (args.json) {
                printJson(QJsonObject { { QStringLiteral("created"), false },
                    { QStringLiteral("problems"), QJsonArray::fromStringList(problems) } });
                return Failure;
            }
            err() << tr("greendoor-cli: the campaign is not valid:") << "\n";
            for (const QString& p : std::as_const(problems))
                err() << "  - " << p << "\n";
            return Failure;
        }
        if (!core::CampaignStore::create(*ws, *definition, &error))
            return failure(error);
        const int size = core::CampaignStore::segmentSize(*ws, definition->name);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("created"), true }, { QStringLiteral("name"), definition->name },
                { QStringLiteral("status"), QStringLiteral("draft") }, { QStringLiteral("segment_size"), size } });
        else
            out() << tr(
                "Created campaign %1 (draft): %2 prospects in its segment now. Start it with `campaign start %1`.")
                         .arg(forTerminal(definition->name))
                         .arg(size)
                  << "\n";
        return Success;
    }
    if (sub == QLatin1String("list")) {
        const QList<core::CampaignSummary> all = core::CampaignStore::list(*ws);
        if (args.json) {
            QJsonArray a;
            for (const core::CampaignSummary& c : all) {
                QJsonObject o = c.toJson();
                o.remove(QStringLiteral("definition"));
                a.append(o);
            }
            printJson(a);
            return Success;
        }
        if (all.isEmpty()) {
            out() << tr("No campaigns yet (create one with `campaign create --input FILE`).") << "\n";
            return Success;
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(tr("NAME"), -24)
                     .arg(tr("STATUS"), -10)
                     .arg(tr("MAILBOX"), -16)
                     .arg(tr("ENROLLED"), 8)
                     .arg(tr("SENT"), 6)
                     .arg(tr("REPLIED"), 8)
              << "\n";
        for (const core::CampaignSummary& c : all)
            printSummaryLine(c);
        return Success;
    }
    if (sub == QLatin1String("run")) {
        core::DecisionEngine engine(ws);
        core::SequenceEngine sequences(
            *ws, [&](const core::Proposal& p) { return engine.propose(p); },
            at > 0 ? core::SequenceEngine::Clock([at] { return at; }) : core::SequenceEngine::Clock());
        if (!id.isEmpty() && !core::CampaignStore::find(*ws, id))
            return failure(tr("there is no campaign named %1").arg(id));
        const core::SequenceEngine::Report r = sequences.run(id);
        if (args.json) {
            printJson(r.toJson());
            return Success;
        }
        out() << tr("%1 enrolled, %2 skipped, %3 emails proposed, %4 held for a missing fact, %5 waiting, %6 ended, %7 "
                    "resumed")
                     .arg(r.enrolled)
                     .arg(r.skipped)
                     .arg(r.proposed)
                     .arg(r.held)
                     .arg(r.waiting)
                     .arg(r.ended)
                     .arg(r.resumed)
              << "\n";
        for (const QString& n : r.notes)
            out() << "  " << forTerminal(n) << "\n";
        return Success;
    }

    const auto campaign = core::CampaignStore::find(*ws, id);
    if (!campaign)
        return failure(tr("there is no campaign named %1").arg(id));
    if (sub == QLatin1String("show"))
        return showCampaign(*ws, *campaign, args.json);

    if (sub == QLatin1String("pause")) {
        const core::CampaignActions::PauseResult r = core::CampaignActions::pause(*ws, id);
        if (!r.error.isEmpty())
            return failure(r.error);
        if (args.json) {
            printJson(
                QJsonObject { { QStringLiteral("name"), id }, { QStringLiteral("status"), QStringLiteral("paused") },
                    { QStringLiteral("in_outbox"), r.pending.inOutbox },
                    { QStringLiteral("awaiting_approval"), r.pending.awaitingApproval } });
            return Success;
        }
        out() << tr("Campaign %1 paused: no new email of it is proposed from now on.").arg(forTerminal(id)) << "\n";
        out() << tr(
            "%1 email(s) already approved stay in the outbox, held until the campaign is started again; %2 wait "
            "in the approval queue (reject them there to stop them). `campaign start %3` resumes.")
                     .arg(r.pending.inOutbox)
                     .arg(r.pending.awaitingApproval)
                     .arg(forTerminal(id))
              << "\n";
        return Success;
    }

    // start: the launch is a decision (review_all in the shipped matrix: it waits for approval).
    core::DecisionEngine engine(ws);
    const core::CampaignActions::StartResult s = core::CampaignActions::start(*ws, engine, id, kOperator);
    if (!s.error.isEmpty())
        return failure(s.error);
    const core::ProposeResult& r = s.decision;
    if (args.json) {
        printJson(QJsonObject { { QStringLiteral("name"), id }, { QStringLiteral("decision_id"), r.decisionId },
            { QStringLiteral("outcome"), core::nameOf(r.outcome) }, { QStringLiteral("duplicate"), r.duplicate },
            { QStringLiteral("approval_id"), r.approvalId.isEmpty() ? QJsonValue() : QJsonValue(r.approvalId) },
            { QStringLiteral("segment_size"), s.segmentSize },
            { QStringLiteral("why"), QJsonArray::fromStringList(r.why) } });
        return r.outcome == core::DecisionOutcome::Refuse ? Failure : Success;
    }
    out() << tr("Launch of %1 (%2 prospects): %3")
                 .arg(forTerminal(id))
                 .arg(s.segmentSize)
                 .arg(core::nameOf(r.outcome).toUpper())
          << "\n";
    for (const QString& why : r.why)
        out() << "  - " << why << "\n";
    if (!r.approvalId.isEmpty())
        out() << tr("Waiting for approval %1 (`approvals approve %1`); the campaign becomes active once it is carried "
                    "out.")
                     .arg(r.approvalId)
              << "\n";
    return r.outcome == core::DecisionOutcome::Refuse ? Failure : Success;
}

} // namespace gd::app::cli
