#include "core/Text.h"
#include "core/decisions/Decision.h"
#include "core/reports/AuditSentence.h"
#include "core/reports/Dashboard.h"
#include "core/reports/ReportKinds.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gd::core::reports {

namespace {

QString typeTitle(const QString& type)
{
    const DecisionTypeInfo* info = decisionType(type);
    return info ? info->title : type;
}

QString outcomeWords(const QString& outcome)
{
    if (outcome == QLatin1String("act"))
        return tr("acted alone");
    if (outcome == QLatin1String("queue"))
        return tr("queued for approval");
    if (outcome == QLatin1String("refuse"))
        return tr("refused");
    return outcome;
}

// decisions: what the agents proposed in the period, how much they could do alone, what people
// approved, rejected or overrode; one row per decision.
class DecisionsReport final : public ReportKind
{
public:
    QString name() const override { return QStringLiteral("decisions"); }
    QString title() const override { return tr("Decisions report"); }

    bool build(ReportContext& c, Report* r, QString* error) const override
    {
        r->detailTitle = tr("Every decision in the period");
        r->detailColumns = { tr("Time"), tr("Decision"), tr("Agent"), tr("About"), tr("Outcome"), tr("Status"),
            tr("Risk"), tr("Risk level"), tr("Decision id") };
        if (c.detailOnly)
            return true;
        Workspace& ws = *c.workspace;
        const QVariantList span { r->period.fromMs(), r->period.toMs() };
        QSqlQuery q(ws.db());
        if (!exec(q,
                QStringLiteral(
                    "SELECT type, count(*), sum(outcome = 'act'), sum(outcome = 'queue'), sum(outcome = 'refuse'), "
                    "sum(status = 'executed'), avg(combined_risk) FROM decisions WHERE created_at >= ? AND "
                    "created_at < ? GROUP BY type ORDER BY type"),
                span, error))
            return false;
        ReportTable perType;
        perType.title = tr("By decision type");
        perType.columns = { tr("Decision"), tr("Proposed"), tr("Acted alone"), tr("Queued"), tr("Refused"),
            tr("Carried out"), tr("Approved"), tr("Rejected"), tr("Edited"), tr("Expired"), tr("Average risk") };
        QHash<QString, QStringList> rowsByType;
        QStringList order;
        qint64 proposed = 0, alone = 0, queued = 0;
        while (q.next()) {
            const QString type = q.value(0).toString();
            order << type;
            rowsByType.insert(type,
                { typeTitle(type), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), QStringLiteral("0"), QStringLiteral("0"),
                    QStringLiteral("0"), QStringLiteral("0"), AuditSentence::number(q.value(6).toDouble()) });
            proposed += q.value(1).toLongLong();
            alone += q.value(2).toLongLong();
            queued += q.value(3).toLongLong();
        }
        if (c.progress)
            c.progress(30);
        QSqlQuery a(ws.db());
        if (!exec(a,
                QStringLiteral("SELECT d.type, a.status, count(*) FROM approvals a JOIN decisions d ON d.id = "
                               "a.decision_id WHERE d.created_at >= ? AND d.created_at < ? GROUP BY d.type, a.status"),
                span, error))
            return false;
        qint64 reviewed = 0, overridden = 0;
        while (a.next()) {
            const QString status = a.value(1).toString();
            const int column = status == QLatin1String("approved")                           ? 6
                : status == QLatin1String("rejected")                                        ? 7
                : status == QLatin1String("edited") || status == QLatin1String("superseded") ? 8
                : status == QLatin1String("expired")                                         ? 9
                                                                                             : -1;
            auto it = rowsByType.find(a.value(0).toString());
            if (column < 0 || it == rowsByType.end())
                continue;
            const qint64 n = a.value(2).toLongLong();
            (*it)[column] = QString::number((*it)[column].toLongLong() + n);
            if (column <= 8) {
                reviewed += n;
                if (column >= 7)
                    overridden += n;
            }
        }
        for (const QString& type : std::as_const(order))
            perType.rows << rowsByType.value(type);
        r->tables << perType;
        const double autonomy = proposed - (proposed - alone - queued) > 0
            ? 100.0 * static_cast<double>(alone) / static_cast<double>(alone + queued)
            : 0;
        const double overrides = reviewed > 0 ? 100.0 * static_cast<double>(overridden) / reviewed : 0;
        r->summary << tr("%1 decisions proposed; the agents acted alone on %2 of those allowed (aim: at least 85 %), "
                         "people overrode %3 of what they reviewed (aim: under 10 %).")
                          .arg(proposed)
                          .arg(percent(autonomy), percent(overrides));

        // The dashboard's weekly autonomy and override rates over the same weeks.
        const QStringList weeks = weekLabels(r->period);
        const DashboardData d = loadDashboard(ws, r->period.toMs() - 1, static_cast<int>(weeks.size()));
        if (c.progress)
            c.progress(70);
        ReportChart rates;
        rates.title = tr("Autonomy and override rate per week");
        rates.kind = ReportChart::Kind::Line;
        rates.categories = weeks;
        rates.valueLabel = tr("percent");
        QList<double> autonomyWeeks, overrideWeeks;
        for (const DashboardData::WeekRate& w : d.rates) {
            autonomyWeeks << w.autonomy;
            overrideWeeks << w.overrides;
        }
        rates.series = { { tr("Autonomy"), autonomyWeeks }, { tr("Overrides"), overrideWeeks } };
        r->charts << rates;
        ReportChart volume;
        volume.title = tr("Decisions per week");
        volume.categories = weeks;
        volume.valueLabel = tr("decisions");
        volume.series = { { tr("Decisions"),
            perWeek(ws, r->period,
                QStringLiteral("SELECT created_at FROM decisions WHERE created_at >= ? AND created_at < ?"), error) } };
        r->charts << volume;
        return true;
    }

    bool rows(ReportContext& c, const Report& r, const ReportRowSink& sink, QString* error) const override
    {
        SqlStatement* q = c.workspace->statement(
            "SELECT d.created_at, d.type, d.agent, d.target, d.outcome, d.status, d.combined_risk, d.risk, d.id, "
            "(SELECT full_name FROM prospects WHERE email = d.target LIMIT 1) FROM decisions d WHERE "
            "d.created_at >= ?1 AND d.created_at < ?2 ORDER BY d.created_at, d.id",
            error);
        if (!q)
            return false;
        SqlStatement::Reader reader(*q);
        q->bind(0, r.period.fromMs());
        q->bind(1, r.period.toMs());
        // Type titles and outcome words once per distinct value, not once per row.
        QHash<QString, QString> titles, outcomes;
        auto memo = [](QHash<QString, QString>& cache, const QString& key, QString (*make)(const QString&)) {
            auto it = cache.constFind(key);
            if (it == cache.cend())
                it = cache.insert(key, make(key));
            return it.value();
        };
        qint64 count = 0;
        while (q->next()) {
            const QString target = q->text(3);
            const QString about = target.contains(QLatin1Char('@')) ? c.privacy->person(target, q->text(9)) : target;
            const QString risk = q->text(7);
            const qsizetype at = risk.indexOf(QLatin1String("\"level\":\""));
            const QString level
                = at >= 0 ? risk.mid(at + 9, risk.indexOf(QLatin1Char('"'), at + 9) - at - 9) : QString();
            const auto parsedLevel = riskLevelFromString(level);
            if (!sink({ dateText(q->int64(0)), memo(titles, q->text(1), typeTitle), q->text(2), about,
                    memo(outcomes, q->text(4), outcomeWords), q->text(5), AuditSentence::number(q->real(6)),
                    parsedLevel ? riskLevelText(*parsedLevel) : level, q->text(8) }))
                return true;
            if (++count % 1000 == 0 && c.cancelled())
                return true;
        }
        if (!q->error().isEmpty()) {
            *error = q->error();
            return false;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<ReportKind> makeDecisions()
{
    return std::make_unique<DecisionsReport>();
}

} // namespace gd::core::reports
