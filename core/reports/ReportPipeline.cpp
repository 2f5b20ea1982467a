#include "core/Text.h"
#include "core/reports/ReportKinds.h"
#include "core/reports/ReportPrivacy.h"
#include "core/sales/DealBook.h"
#include "core/store/Workspace.h"

namespace gd::core::reports {

namespace {

bool isClosedStage(const QString& key)
{
    const auto stage = dealStageFromKey(key);
    return stage && isClosed(*stage);
}

// pipeline: deals by stage now, what was won and lost in the period, and every deal that was open
// during it.
class PipelineReport final : public ReportKind
{
public:
    QString name() const override { return QStringLiteral("pipeline"); }
    QString title() const override { return tr("Pipeline report"); }

    bool build(ReportContext& c, Report* r, QString* error) const override
    {
        r->detailTitle = tr("Deals open during the period");
        r->detailColumns = { tr("Deal"), tr("Company"), tr("Contact"), tr("Stage"), tr("Value"), tr("Currency"),
            tr("Weighted value"), tr("Close date"), tr("Owner"), tr("Next step"), tr("Created"), tr("Updated") };
        if (c.detailOnly)
            return true;
        Workspace& ws = *c.workspace;
        DealBook book(ws);
        QStringList currencies = book.currencies();
        if (currencies.isEmpty())
            currencies << QStringLiteral("EUR");
        for (const QString& currency : std::as_const(currencies)) {
            ReportTable t;
            t.title = tr("Pipeline by stage (%1), as it stands now").arg(currency);
            t.columns = { tr("Stage"), tr("Deals"), tr("Value"), tr("Probability"), tr("Weighted value") };
            ReportChart chart;
            chart.title = tr("Pipeline value by stage (%1)").arg(currency);
            chart.valueLabel = currency;
            QList<double> values, weighted;
            double open = 0, openWeighted = 0;
            int openDeals = 0;
            for (const StageTotal& s : book.pipeline(currency)) {
                t.rows << QStringList { dealStageText(s.stage), QString::number(s.deals), money(s.value),
                    percent(s.probability * 100.0), money(s.weighted) };
                chart.categories << dealStageText(s.stage);
                values << s.value;
                weighted << s.weighted;
                if (!isClosedStage(s.stage)) {
                    open += s.value;
                    openWeighted += s.weighted;
                    openDeals += s.deals;
                }
            }
            chart.series = { { tr("Value"), values }, { tr("Weighted value"), weighted } };
            r->tables << t;
            if (r->charts.isEmpty())
                r->charts << chart;
            r->summary << tr("%1 open deals worth %2 %3 (weighted %4 %3).")
                              .arg(openDeals)
                              .arg(money(open), currency, money(openWeighted));
        }
        if (c.progress)
            c.progress(40);

        QSqlQuery q(ws.db());
        if (!exec(q,
                QStringLiteral("SELECT e.to_stage, count(*), coalesce(sum(d.value_cents), 0), d.currency FROM "
                               "deal_events e JOIN deals d ON d.id = e.deal_id WHERE e.kind IN ('stage', 'closed') "
                               "AND e.to_stage IN ('closed_won', 'closed_lost') AND e.at >= ? AND e.at < ? "
                               "GROUP BY e.to_stage, d.currency ORDER BY e.to_stage, d.currency"),
                { r->period.fromMs(), r->period.toMs() }, error))
            return false;
        ReportTable closed;
        closed.title = tr("Closed in the period");
        closed.columns = { tr("Result"), tr("Deals"), tr("Value"), tr("Currency") };
        while (q.next())
            closed.rows << QStringList { dealStageText(q.value(0).toString()), q.value(1).toString(),
                money(static_cast<double>(q.value(2).toLongLong()) / 100.0), q.value(3).toString() };
        r->tables << closed;

        ReportChart moves;
        moves.title = tr("Stage moves per week");
        moves.kind = ReportChart::Kind::Line;
        moves.categories = weekLabels(r->period);
        moves.valueLabel = tr("moves");
        moves.series = { { tr("Stage moves"),
            perWeek(ws, r->period,
                QStringLiteral("SELECT at FROM deal_events WHERE kind IN ('stage', 'closed') AND at >= ? AND at < ?"),
                error) } };
        r->charts << moves;
        return true;
    }

    bool rows(ReportContext& c, const Report& r, const ReportRowSink& sink, QString*) const override
    {
        DealBook book(*c.workspace);
        QHash<QString, double> probability;
        const qint64 from = r.period.fromMs();
        const qint64 to = r.period.toMs();
        for (const Deal& d : book.list()) {
            // Open at some point of the period: created before its end, and still open or last
            // changed after its start.
            if (d.createdAtMs >= to || (isClosedStage(d.stage) && d.updatedAtMs < from))
                continue;
            if (!probability.contains(d.stage))
                probability.insert(d.stage, book.probability(d.stage));
            const QString contact = d.contact.isEmpty() ? d.contactName : c.privacy->person(d.contact, d.contactName);
            if (!sink({ d.title, d.company, contact, dealStageText(d.stage), money(d.value()), d.currency,
                    money(d.value() * probability.value(d.stage)),
                    d.closeDate.isValid() ? d.closeDate.toString(Qt::ISODate) : QString(), d.owner, d.nextStep,
                    dateText(d.createdAtMs), dateText(d.updatedAtMs) }))
                break;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<ReportKind> makePipeline()
{
    return std::make_unique<PipelineReport>();
}

} // namespace gd::core::reports
