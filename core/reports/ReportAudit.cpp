#include "core/Text.h"
#include "core/reports/AuditSentence.h"
#include "core/reports/ReportKinds.h"
#include "core/reports/ReportPrivacy.h"
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
        r->detailTitle = tr("The trail");
        r->detailColumns = { tr("Row"), tr("Time"), tr("Who"), tr("Event"), tr("Decision"), tr("What happened") };
        return true;
    }

    bool rows(ReportContext& c, const Report& r, const ReportRowSink& sink, QString* error) const override
    {
        QSqlQuery q(c.workspace->db());
        if (!exec(q,
                QStringLiteral("SELECT seq, at, actor, event, decision_id, details FROM audit_log WHERE at >= ? AND "
                               "at < ? ORDER BY seq"),
                { r.period.fromMs(), r.period.toMs() }, error))
            return false;
        // In batches: the subjects of a batch's decisions are read in one go.
        QList<AuditEntry> batch;
        auto flush = [&] {
            const QHash<QString, AuditSubject> subjects = AuditSentence::subjects(*c.workspace, batch, *c.privacy);
            for (const AuditEntry& e : std::as_const(batch)) {
                const auto it = subjects.constFind(e.decisionId);
                const AuditSubject* s = it == subjects.cend() ? nullptr : &it.value();
                if (!sink({ QString::number(e.seq), dateText(e.atMs), c.privacy->target(e.actor), e.event, e.decisionId,
                        AuditSentence::sentence(e, s) }))
                    return false;
            }
            batch.clear();
            return !c.cancelled();
        };
        while (q.next()) {
            AuditEntry e;
            e.seq = q.value(0).toLongLong();
            e.atMs = q.value(1).toLongLong();
            e.actor = q.value(2).toString();
            e.event = q.value(3).toString();
            e.decisionId = q.value(4).toString();
            e.details = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            batch << e;
            if (batch.size() >= 500 && !flush())
                return true;
        }
        flush();
        return true;
    }
};

} // namespace

std::unique_ptr<ReportKind> makeAudit()
{
    return std::make_unique<AuditReport>();
}

} // namespace gd::core::reports
