#include "core/Text.h"
#include "core/reports/Dashboard.h"
#include "core/reports/ReportKinds.h"
#include "core/store/Workspace.h"

namespace gd::core::reports {

namespace {

// activity: what the team did each week of the period (emails out, replies in, meetings,
// deals), with the dashboard's replies by class and funnel.
class ActivityReport final : public ReportKind
{
public:
    QString name() const override { return QStringLiteral("activity"); }
    QString title() const override { return tr("Activity report"); }

    // Per week: emails sent, replies, positive replies, meetings booked, deals opened, deals won.
    static QList<QList<double>> weekly(Workspace& ws, const ReportPeriod& p, QString* error)
    {
        return {
            perWeek(ws, p,
                QStringLiteral("SELECT executed_at FROM outbox WHERE type LIKE 'email.%' AND status = 'done' AND "
                               "executed_at >= ? AND executed_at < ?"),
                error),
            perWeek(ws, p,
                QStringLiteral("SELECT received_at FROM mail_messages WHERE direction = 'in' AND class NOT IN "
                               "('bounce', 'out_of_office', '') AND received_at >= ? AND received_at < ?"),
                error),
            perWeek(ws, p,
                QStringLiteral("SELECT received_at FROM mail_messages WHERE direction = 'in' AND class = 'interested' "
                               "AND received_at >= ? AND received_at < ?"),
                error),
            perWeek(ws, p,
                QStringLiteral("SELECT executed_at FROM outbox WHERE type = 'meeting.book' AND status = 'done' AND "
                               "executed_at >= ? AND executed_at < ?"),
                error),
            perWeek(
                ws, p, QStringLiteral("SELECT created_at FROM deals WHERE created_at >= ? AND created_at < ?"), error),
            perWeek(ws, p,
                QStringLiteral("SELECT at FROM deal_events WHERE to_stage = 'closed_won' AND at >= ? AND at < ?"),
                error),
        };
    }

    bool build(ReportContext& c, Report* r, QString* error) const override
    {
        r->detailTitle = tr("Week by week");
        r->detailColumns = { tr("Week of"), tr("Emails sent"), tr("Replies"), tr("Interested replies"),
            tr("Meetings booked"), tr("Deals opened"), tr("Deals won") };
        if (c.detailOnly)
            return true;
        Workspace& ws = *c.workspace;
        const QList<QList<double>> w = weekly(ws, r->period, error);
        if (!error->isEmpty())
            return false;
        if (c.progress)
            c.progress(40);
        const QStringList weeks = weekLabels(r->period);
        auto total = [](const QList<double>& l) {
            double t = 0;
            for (double v : l)
                t += v;
            return static_cast<qint64>(t);
        };
        r->summary << tr("%1 emails sent, %2 replies (%3 interested), %4 meetings booked, %5 deals opened, %6 won.")
                          .arg(total(w[0]))
                          .arg(total(w[1]))
                          .arg(total(w[2]))
                          .arg(total(w[3]))
                          .arg(total(w[4]))
                          .arg(total(w[5]));
        ReportChart mail;
        mail.title = tr("Emails sent and replies per week");
        mail.kind = ReportChart::Kind::Line;
        mail.categories = weeks;
        mail.valueLabel = tr("messages");
        mail.series = { { tr("Emails sent"), w[0] }, { tr("Replies"), w[1] }, { tr("Interested"), w[2] } };
        r->charts << mail;

        // The dashboard's own reading of replies by class for the same weeks.
        const DashboardData d = loadDashboard(ws, r->period.toMs() - 1, static_cast<int>(weeks.size()));
        if (c.progress)
            c.progress(80);
        if (!d.replyClasses.isEmpty()) {
            ReportChart classes;
            classes.title = tr("Replies by class per week");
            classes.categories = weeks;
            classes.valueLabel = tr("replies");
            for (const QString& cls : d.replyClasses) {
                QList<double> values;
                for (int v : d.repliesByClass.value(cls))
                    values << v;
                classes.series << qMakePair(cls, values);
            }
            r->charts << classes;
        }
        ReportTable funnel;
        funnel.title = tr("Funnel (all time, as the dashboard shows it)");
        funnel.columns = { tr("Step"), tr("Count") };
        for (const DashboardData::Step& s : d.funnel)
            funnel.rows << QStringList { s.label, QString::number(s.count) };
        r->tables << funnel;
        return true;
    }

    bool rows(ReportContext& c, const Report& r, const ReportRowSink& sink, QString* error) const override
    {
        const QList<QList<double>> w = weekly(*c.workspace, r.period, error);
        if (!error->isEmpty())
            return false;
        const QStringList weeks = weekLabels(r.period);
        for (int i = 0; i < weeks.size(); ++i) {
            QStringList row { weeks.at(i) };
            for (const QList<double>& series : w)
                row << QString::number(static_cast<qint64>(series.value(i)));
            if (!sink(row))
                break;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<ReportKind> makeActivity()
{
    return std::make_unique<ActivityReport>();
}

} // namespace gd::core::reports
