#include "core/Text.h"
#include "core/reports/AuditSentence.h"
#include "core/reports/ReportKinds.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gd::core::reports {

namespace {

// audit: the trail of the period as sentences, with the chain's verification.
class AuditReport final : public ReportKind
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString title() const override { return tr("Audit trail report"); }

    bool build(ReportContext& c, Report* r, QString* error) const override
    {
        r->detailTitle = tr("The trail");
        r->detailColumns = { tr("Row"), tr("Time"), tr("Who"), tr("Event"), tr("Decision"), tr("What happened") };
        if (c.detailOnly)
            return true;
        Workspace& ws = *c.workspace;
        const AuditVerification v = AuditLog::verify(ws);
        r->summary << (v.ok ? tr("The audit chain is intact: %1 rows in all, head %2.").arg(v.rows).arg(v.headHash)
                            : tr("The audit chain is BROKEN at row %1: %2").arg(v.firstBadSeq).arg(v.problem));
        if (c.progress)
            c.progress(40);
        QSqlQuery q(ws.db());
        if (!exec(q,
                QStringLiteral("SELECT event, count(*) FROM audit_log WHERE at >= ? AND at < ? GROUP BY event "
                               "ORDER BY count(*) DESC, event"),
                { r->period.fromMs(), r->period.toMs() }, error))
            return false;
        ReportTable events;
        events.title = tr("Events in the period");
        events.columns = { tr("Event"), tr("Rows") };
        qint64 total = 0;
        while (q.next()) {
            events.rows << QStringList { q.value(0).toString(), q.value(1).toString() };
            total += q.value(1).toLongLong();
        }
        r->tables << events;
        r->summary << tr("%1 audit rows in the period.").arg(total);
        ReportChart chart;
        chart.title = tr("Audit rows per week");
        chart.categories = weekLabels(r->period);
        chart.valueLabel = tr("rows");
        chart.series = { { tr("Rows"),
            perWeek(ws, r->period, QStringLiteral("SELECT at FROM audit_log WHERE at >= ? AND at < ?"), error) } };
        r->charts << chart;
        return true;
    }

    bool rows(ReportContext& c, const Report& r, const ReportRowSink& sink, QString* error) const override
    {
        // One forward read of the trail; the subjects (names, deal titles, risk) are read once per
        // decision (its rows lie close together) and names once per target.
        SqlStatement* q = c.workspace->statement(
            "SELECT seq, at, actor, event, decision_id, details FROM audit_log WHERE at >= ?1 AND at < ?2 "
            "ORDER BY seq",
            error);
        if (!q)
            return false;
        SqlStatement::Reader reader(*q);
        q->bind(0, r.period.fromMs());
        q->bind(1, r.period.toMs());
        AuditSentence::SubjectReader subjects(*c.workspace, *c.privacy);
        qint64 count = 0;
        while (q->next()) {
            AuditEntry e;
            e.seq = q->int64(0);
            e.atMs = q->int64(1);
            e.actor = q->text(2);
            e.event = q->text(3);
            e.decisionId = q->text(4);
            if (AuditSentence::usesDetails(e.event))
                e.details = QJsonDocument::fromJson(q->text(5).toUtf8()).object();
            const AuditSubject* s = subjects.subject(e.decisionId);
            if (!sink({ QString::number(e.seq), dateText(e.atMs), c.privacy->target(e.actor), e.event, e.decisionId,
                    AuditSentence::sentence(e, s) }))
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

std::unique_ptr<ReportKind> makeAudit()
{
    return std::make_unique<AuditReport>();
}

} // namespace gd::core::reports
