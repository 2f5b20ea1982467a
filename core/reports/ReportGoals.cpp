#include "core/Text.h"
#include "core/reports/AuditSentence.h"
#include "core/reports/ReportKinds.h"
#include "core/sales/GoalStore.h"
#include "core/store/Workspace.h"

#include <QDateTime>

namespace gd::core::reports {

namespace {

// goals: every goal set before the period ended, its progress at the period's end (or today,
// when the period is not over), and whether it is on pace.
class GoalsReport final : public ReportKind
{
public:
    QString name() const override { return QStringLiteral("goals"); }
    QString title() const override { return tr("Goals report"); }

    static QDate asOf(const ReportPeriod& p) { return qMin(p.to, QDate::currentDate()); }

    static QList<QPair<StoredGoal, GoalProgress>> goals(Workspace& ws, const ReportPeriod& p)
    {
        QList<QPair<StoredGoal, GoalProgress>> out;
        GoalStore store(ws);
        for (const StoredGoal& g : store.list()) {
            if (g.createdAtMs >= p.toMs())
                continue;
            out << qMakePair(g, store.progress(g, asOf(p)));
        }
        return out;
    }

    bool build(ReportContext& c, Report* r, QString*) const override
    {
        r->detailTitle = tr("Goals");
        r->detailColumns = { tr("Goal"), tr("Objective"), tr("Metric"), tr("Target"), tr("Currency"), tr("Deadline"),
            tr("Now"), tr("Expected now"), tr("Projected"), tr("On track"), tr("Progress") };
        if (c.detailOnly)
            return true;
        const auto list = goals(*c.workspace, r->period);
        int behind = 0;
        ReportChart chart;
        chart.title = tr("Goals: where they are and where the pace leads (as of %1)")
                          .arg(asOf(r->period).toString(Qt::ISODate));
        chart.valueLabel = tr("share of target, percent");
        QList<double> now, projected;
        for (const auto& [g, p] : list) {
            if (p.measured && !p.onTrack)
                ++behind;
            chart.categories << QStringLiteral("#%1").arg(g.id);
            const double target = g.goal.target > 0 ? g.goal.target : 1;
            now << 100.0 * p.current / target;
            projected << 100.0 * p.projected / target;
        }
        chart.series = { { tr("Now"), now }, { tr("At this pace by the deadline"), projected } };
        if (!list.isEmpty())
            r->charts << chart;
        r->summary << tr("%1 goals; %2 behind their pace.").arg(list.size()).arg(behind);
        return true;
    }

    bool rows(ReportContext& c, const Report& r, const ReportRowSink& sink, QString*) const override
    {
        for (const auto& [g, p] : goals(*c.workspace, r.period)) {
            if (!sink({ QStringLiteral("#%1").arg(g.id), g.goal.summary(), Goal::metricText(g.goal.metric),
                    AuditSentence::number(g.goal.target), g.goal.currency, g.goal.deadline.toString(Qt::ISODate),
                    p.measured ? AuditSentence::number(p.current) : QString(),
                    p.measured ? AuditSentence::number(p.expected) : QString(),
                    p.measured ? AuditSentence::number(p.projected) : QString(),
                    !p.measured     ? tr("not measured")
                        : p.onTrack ? tr("yes")
                                    : tr("behind"),
                    p.why }))
                break;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<ReportKind> makeGoals()
{
    return std::make_unique<GoalsReport>();
}

} // namespace gd::core::reports
