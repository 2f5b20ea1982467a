// greendoor-cli deal create|show|move|list and pipeline: the deals and where they stand.
#include "app/CliCommon.h"
#include "core/decisions/DecisionEngine.h"
#include "core/sales/DealBook.h"
#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QLocale>

namespace gd::app::cli {

namespace {

QString money(double value, const QString& currency)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2) + QLatin1Char(' ') + currency;
}

QJsonObject dealJson(const core::Deal& d)
{
    return { { QStringLiteral("id"), d.id }, { QStringLiteral("title"), d.title },
        { QStringLiteral("company"), d.company }, { QStringLiteral("contact"), d.contact },
        { QStringLiteral("stage"), d.stage }, { QStringLiteral("value"), d.value() },
        { QStringLiteral("currency"), d.currency },
        { QStringLiteral("close_date"), d.closeDate.isValid() ? d.closeDate.toString(Qt::ISODate) : QString() },
        { QStringLiteral("next_step"), d.nextStep }, { QStringLiteral("owner"), d.owner },
        { QStringLiteral("meddpicc"), d.meddpicc }, { QStringLiteral("close_reason"), d.closeReason },
        { QStringLiteral("updated_at"), timeText(d.updatedAtMs) } };
}

void printDealLine(const core::Deal& d)
{
    out() << QStringLiteral("%1  ").arg(d.id, 4) << forTerminal(d.title) << "  " << core::dealStageText(d.stage) << "  "
          << money(d.value(), d.currency);
    if (!d.company.isEmpty())
        out() << "  " << forTerminal(d.company);
    out() << "\n";
}

bool dealId(const Args& args, qint64* id)
{
    bool ok = false;
    *id = args.positionals.value(1).toLongLong(&ok);
    return ok && *id > 0;
}

int create(const Args& args, core::Workspace& ws)
{
    core::DealDraft draft;
    draft.title = args.options.value(QStringLiteral("title"));
    draft.company = args.options.value(QStringLiteral("company"));
    draft.contactEmail = args.options.value(QStringLiteral("contact"));
    draft.stage = args.options.value(QStringLiteral("stage"), draft.stage);
    draft.currency = args.options.value(QStringLiteral("currency"), draft.currency).toUpper();
    draft.nextStep = args.options.value(QStringLiteral("next-step"));
    draft.owner = args.options.value(QStringLiteral("owner"));
    bool ok = true;
    if (args.options.contains(QStringLiteral("value")))
        draft.value = args.options.value(QStringLiteral("value")).toDouble(&ok);
    if (!ok)
        return usageError(tr("--value takes a number (the deal's value in its currency)"));
    if (args.options.contains(QStringLiteral("close-date"))) {
        draft.closeDate = QDate::fromString(args.options.value(QStringLiteral("close-date")), Qt::ISODate);
        if (!draft.closeDate.isValid())
            return usageError(tr("--close-date takes a date as YYYY-MM-DD"));
    }
    QString error;
    const auto id = core::DealBook(ws).create(draft, &error);
    if (!id)
        return failure(error);
    const auto deal = core::DealBook(ws).find(*id);
    if (args.json)
        printJson(dealJson(*deal));
    else
        out() << tr("Deal %1 created.").arg(*id) << "\n";
    return Success;
}

int move(const Args& args, const std::shared_ptr<core::Workspace>& ws)
{
    qint64 id = 0;
    if (!dealId(args, &id) || !args.options.contains(QStringLiteral("stage")))
        return usageError(tr("deal move needs the deal's number and --stage STAGE"));
    QString stage = args.options.value(QStringLiteral("stage"));
    // "won" and "lost", as the pipeline shows them, for closed_won and closed_lost.
    if (stage == QLatin1String("won") || stage == QLatin1String("lost"))
        stage = QStringLiteral("closed_") + stage;
    const auto to = core::dealStageFromKey(stage);
    if (!to)
        return usageError(
            tr("\"%1\" is not a deal stage (%2)").arg(stage, core::dealStageKeys().join(QStringLiteral(", "))));
    const auto deal = core::DealBook(*ws).find(id);
    if (!deal)
        return failure(tr("no deal %1").arg(id));
    const QString reason = args.options.value(QStringLiteral("reason")).simplified();
    core::Proposal p;
    p.agent = QStringLiteral("operator");
    p.target = QString::number(id);
    if (core::isClosed(*to)) {
        if (reason.isEmpty())
            return usageError(tr("closing a deal needs --reason (why it was won or lost)"));
        p.type = QStringLiteral("deal.close");
        p.action = { { QStringLiteral("result"),
                         *to == core::DealStage::ClosedWon ? QStringLiteral("won") : QStringLiteral("lost") },
            { QStringLiteral("reason"), reason } };
    } else {
        p.type = QStringLiteral("deal.move_stage");
        p.action = { { QStringLiteral("to_stage"), stage } };
        if (!reason.isEmpty())
            p.action.insert(QStringLiteral("reason"), reason);
    }
    p.reasoning = tr("The operator moves deal %1 (%2) from %3 to %4%5")
                      .arg(id)
                      .arg(deal->title, core::dealStageText(deal->stage), core::dealStageText(stage),
                          reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(p);
    if (!r.error.isEmpty())
        return failure(r.error);
    if (args.json) {
        printJson(QJsonObject { { QStringLiteral("decision_id"), r.decisionId },
            { QStringLiteral("outcome"), core::nameOf(r.outcome) },
            { QStringLiteral("approval_id"), r.approvalId.isEmpty() ? QJsonValue() : QJsonValue(r.approvalId) },
            { QStringLiteral("why"), QJsonArray::fromStringList(r.why) } });
        return Success;
    }
    out() << tr("Decision %1: %2").arg(r.decisionId, core::nameOf(r.outcome).toUpper()) << "\n";
    for (const QString& why : r.why)
        out() << "  - " << why << "\n";
    if (!r.approvalId.isEmpty())
        out() << tr("Waiting for approval %1.").arg(r.approvalId) << "\n";
    else if (r.outcome == core::DecisionOutcome::Act)
        out() << tr("The running team carries it out (greendoor-cli run, or the console).") << "\n";
    return Success;
}

int show(const Args& args, core::Workspace& ws)
{
    qint64 id = 0;
    if (!dealId(args, &id))
        return usageError(tr("deal show needs the deal's number"));
    core::DealBook book(ws);
    const auto d = book.find(id);
    if (!d)
        return failure(tr("no deal %1").arg(id));
    const QList<core::DealEvent> events = book.timeline(id);
    if (args.json) {
        QJsonObject o = dealJson(*d);
        QJsonArray timeline;
        for (const core::DealEvent& e : events)
            timeline.append(
                QJsonObject { { QStringLiteral("at"), timeText(e.atMs) }, { QStringLiteral("kind"), e.kind },
                    { QStringLiteral("text"), e.text }, { QStringLiteral("decision_id"), e.decisionId } });
        o.insert(QStringLiteral("timeline"), timeline);
        printJson(o);
        return Success;
    }
    printDealLine(*d);
    if (!d->contact.isEmpty())
        out() << "  " << tr("contact: %1 <%2>").arg(forTerminal(d->contactName), forTerminal(d->contact)) << "\n";
    out() << "  " << tr("win probability: %1 %").arg(qRound(book.probability(d->stage) * 100)) << "\n";
    if (d->closeDate.isValid())
        out() << "  " << tr("close date: %1").arg(d->closeDate.toString(Qt::ISODate)) << "\n";
    if (!d->nextStep.isEmpty())
        out() << "  " << tr("next step: %1").arg(forTerminal(d->nextStep)) << "\n";
    if (!d->closeReason.isEmpty())
        out() << "  " << tr("close reason: %1").arg(forTerminal(d->closeReason)) << "\n";
    for (auto it = d->meddpicc.begin(); it != d->meddpicc.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        out() << "  " << it.key() << ": " << forTerminal(f.value(QStringLiteral("value")).toString()) << " ("
              << tr("evidence: %1").arg(forTerminal(f.value(QStringLiteral("evidence")).toString())) << ")\n";
    }
    out() << tr("Timeline:") << "\n";
    for (const core::DealEvent& e : events)
        out() << "  " << timeText(e.atMs) << "  " << forTerminal(e.text) << "\n";
    return Success;
}

} // namespace

int cmdDeal(const Args& args)
{
    const QString sub = args.positionals.value(0);
    int code = Success;
    const auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    if (sub == QLatin1String("create"))
        return create(args, *ws);
    if (sub == QLatin1String("move"))
        return move(args, ws);
    if (sub == QLatin1String("show"))
        return show(args, *ws);
    if (sub == QLatin1String("list")) {
        const QString stage = args.options.value(QStringLiteral("stage"));
        if (!stage.isEmpty() && !core::dealStageFromKey(stage))
            return usageError(
                tr("\"%1\" is not a deal stage (%2)").arg(stage, core::dealStageKeys().join(QStringLiteral(", "))));
        const QList<core::Deal> deals = core::DealBook(*ws).list(stage);
        if (args.json) {
            QJsonArray array;
            for (const core::Deal& d : deals)
                array.append(dealJson(d));
            printJson(array);
        } else {
            for (const core::Deal& d : deals)
                printDealLine(d);
            if (deals.isEmpty())
                out() << tr("No deals yet: `deal create --title T --value N` opens one.") << "\n";
        }
        return Success;
    }
    return usageError(tr("deal takes create, show ID, move ID --stage S or list"));
}

int cmdPipeline(const Args& args)
{
    int code = Success;
    const auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::DealBook book(*ws);
    // --probabilities qualified=10,discovery=25: the stages' win probabilities in percent.
    if (args.options.contains(QStringLiteral("probabilities"))) {
        QHash<QString, double> set;
        for (const QString& part : args.options.value(QStringLiteral("probabilities")).split(QLatin1Char(','))) {
            const QStringList kv = part.split(QLatin1Char('='));
            bool ok = false;
            const double percent = kv.size() == 2 ? kv.at(1).trimmed().toDouble(&ok) : 0;
            if (!ok)
                return usageError(tr("--probabilities takes STAGE=PERCENT pairs separated by commas, e.g. "
                                     "qualified=10,discovery=25"));
            set.insert(kv.at(0).trimmed(), percent / 100.0);
        }
        QString error;
        if (!book.setProbabilities(set, QStringLiteral("operator"), &error))
            return usageError(error);
    }
    QStringList currencies = book.currencies();
    if (currencies.isEmpty())
        currencies << QStringLiteral("EUR");
    QJsonArray all;
    for (const QString& currency : std::as_const(currencies)) {
        const QList<core::StageTotal> totals = book.pipeline(currency);
        double value = 0, weighted = 0;
        QJsonArray stages;
        if (!args.json)
            out() << tr("Pipeline in %1").arg(currency) << "\n";
        for (const core::StageTotal& t : totals) {
            if (!core::isClosed(*core::dealStageFromKey(t.stage))) {
                value += t.value;
                weighted += t.weighted;
            }
            stages.append(QJsonObject { { QStringLiteral("stage"), t.stage }, { QStringLiteral("deals"), t.deals },
                { QStringLiteral("value"), t.value }, { QStringLiteral("probability"), t.probability },
                { QStringLiteral("weighted"), t.weighted } });
            if (!args.json)
                out() << QStringLiteral("  %1").arg(core::dealStageText(t.stage), -12)
                      << QStringLiteral("%1  ").arg(t.deals, 4)
                      << QStringLiteral("%1").arg(money(t.value, currency), 18) << "  "
                      << tr("weighted %1 (%2 %)").arg(money(t.weighted, currency)).arg(qRound(t.probability * 100))
                      << "\n";
        }
        if (!args.json)
            out() << "  " << tr("open: %1, weighted %2").arg(money(value, currency), money(weighted, currency)) << "\n";
        all.append(QJsonObject { { QStringLiteral("currency"), currency }, { QStringLiteral("stages"), stages },
            { QStringLiteral("open_value"), value }, { QStringLiteral("open_weighted"), weighted } });
    }
    if (args.json)
        printJson(all);
    return Success;
}

} // namespace gd::app::cli
