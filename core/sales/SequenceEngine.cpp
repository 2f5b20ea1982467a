#include "core/sales/SequenceEngine.h"

#include "core/Logging.h"
#include "core/Text.h"
#include "core/mail/SuppressionStore.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/sales/OutreachDrafter.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::core {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kRecentReplyMs = 30 * kDayMs;

// The newest inbound message from this address since sinceMs: its time and class.
struct Inbound
{
    qint64 at = 0;
    QString cls;
};

std::optional<Inbound> lastInbound(Workspace& ws, const QString& email, qint64 sinceMs)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT sent_at, class FROM mail_messages WHERE direction = 'in' AND sent_at >= ? AND "
                             "(lower(sender) = ? OR instr(lower(sender), ?) > 0) ORDER BY sent_at DESC LIMIT 1"));
    q.addBindValue(sinceMs);
    q.addBindValue(email);
    q.addBindValue(QString(QLatin1Char('<') + email + QLatin1Char('>')));
    if (q.exec() && q.next())
        return Inbound { q.value(0).toLongLong(), q.value(1).toString() };
    return std::nullopt;
}

struct SendRow
{
    QString status;
    QString decisionId;
    QString messageId;
    qint64 updatedAt = 0;
    qint64 createdAt = 0;
};

std::optional<SendRow> sendRow(Workspace& ws, const QString& campaign, const QString& email, int step)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT status, coalesce(decision_id, ''), coalesce(message_id, ''), updated_at, "
                             "created_at FROM campaign_sends WHERE campaign = ? AND email = ? AND step = ?"));
    q.addBindValue(campaign);
    q.addBindValue(email);
    q.addBindValue(step);
    if (q.exec() && q.next())
        return SendRow { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toLongLong() };
    return std::nullopt;
}

QString decisionStatus(Workspace& ws, const QString& id)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT status FROM decisions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString dateText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

QJsonObject SequenceEngine::Report::toJson() const
{
    return QJsonObject { { QStringLiteral("enrolled"), enrolled }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("proposed"), proposed }, { QStringLiteral("ended"), ended },
        { QStringLiteral("resumed"), resumed }, { QStringLiteral("waiting"), waiting },
        { QStringLiteral("held"), held }, { QStringLiteral("notes"), QJsonArray::fromStringList(notes) } };
}

SequenceEngine::SequenceEngine(Workspace& workspace, Propose propose, Clock clock, QString agent)
    : m_workspace(workspace)
    , m_propose(std::move(propose))
    , m_clock(clock ? std::move(clock) : Clock([] { return nowMs(); }))
    , m_agent(std::move(agent))
{
}

qint64 SequenceEngine::addBusinessDays(qint64 ms, int days)
{
    QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    for (int added = 0; added < days;) {
        t = t.addDays(1);
        if (t.date().dayOfWeek() <= 5)
            ++added;
    }
    return t.toMSecsSinceEpoch();
}

QString SequenceEngine::ago(qint64 thenMs, qint64 nowMs)
{
    const qint64 d = std::max<qint64>(0, nowMs - thenMs);
    if (d >= 2 * kDayMs)
        return tr("%1 days ago").arg(d / kDayMs);
    if (d >= kDayMs)
        return tr("1 day ago");
    if (d >= 2 * 3600 * 1000)
        return tr("%1 hours ago").arg(d / (3600 * 1000));
    return tr("just now");
}

SequenceEngine::Report SequenceEngine::run(const QString& campaign, int maxProposals)
{
    Report report;
    m_now = m_clock();
    int budget = maxProposals;
    for (const CampaignSummary& c : CampaignStore::list(m_workspace)) {
        if (c.status != QLatin1String("active") || (!campaign.isEmpty() && c.name != campaign))
            continue;
        QStringList problems;
        const auto definition = CampaignDefinition::parse(c.definition, nullptr, &problems);
        if (!definition) {
            report.notes
                << tr("%1: the stored definition is not valid: %2").arg(c.name, problems.join(QStringLiteral("; ")));
            continue;
        }
        enrol(*definition, report);
        advance(*definition, report, budget);
    }
    return report;
}

bool SequenceEngine::setEnrolment(const QString& campaign, const QString& email, const QString& status, int step,
    qint64 nextAt, const QString& reason)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE enrolments SET status = ?, step = ?, next_at = ?, reason = ?, updated_at = ? "
                             "WHERE email = ? AND sequence = ?"));
    q.addBindValue(status);
    q.addBindValue(step);
    q.addBindValue(nextAt > 0 ? QVariant(nextAt) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(reason);
    q.addBindValue(m_now);
    q.addBindValue(email);
    q.addBindValue(campaign);
    return m_workspace.execWrite(q, QStringLiteral("sequence:update"));
}

void SequenceEngine::enrol(const CampaignDefinition& campaign, Report& report)
{
    Workspace& ws = m_workspace;
    QHash<QString, QString> existing; // email -> reason of a row that may be retried
    QSet<QString> settled;
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT email, status, reason FROM enrolments WHERE sequence = ?"));
        q.addBindValue(campaign.name);
        if (!q.exec())
            return;
        while (q.next()) {
            const QString email = q.value(0).toString();
            // Skipped because the contact was in another sequence: tried again, that one may be over.
            if (q.value(1).toString() == QLatin1String("stopped")
                && q.value(2).toString().startsWith(QLatin1String("skipped: in campaign")))
                existing.insert(email, q.value(2).toString());
            else
                settled.insert(email);
        }
    }
    SuppressionStore suppressions(ws);
    // The segment is read again on every round (a contact suppressed or busy elsewhere now may
    // be free later), but its limit caps the campaign: prospects whose scores rose after the
    // launch do not join a campaign that already holds as many contacts as it asked for.
    qsizetype held = settled.size() + existing.size();
    for (const QString& email : CampaignStore::segmentEmails(ws, campaign.segment)) {
        if (settled.contains(email))
            continue;
        if (!existing.contains(email)) {
            if (held >= campaign.segment.limit)
                continue;
            ++held;
        }
        QString status = QStringLiteral("active");
        QString reason = tr("enrolled");
        if (const auto s = suppressions.match(email, campaign.name)) {
            status = QStringLiteral("ended");
            reason = tr("skipped: on the suppression list (%1)").arg(s->reason);
        } else if (const auto in = lastInbound(ws, email, m_now - kRecentReplyMs)) {
            status = QStringLiteral("ended");
            reason = tr("skipped: replied %1").arg(ago(in->at, m_now));
        } else {
            QSqlQuery other(ws.db());
            other.prepare(QStringLiteral("SELECT sequence FROM enrolments WHERE email = ? AND sequence <> ? AND "
                                         "status IN ('active', 'paused')"));
            other.addBindValue(email);
            other.addBindValue(campaign.name);
            if (other.exec() && other.next()) {
                status = QStringLiteral("stopped");
                reason = tr("skipped: in campaign %1").arg(other.value(0).toString());
            }
        }
        if (existing.contains(email) && existing.value(email) == reason)
            continue; // still in the other campaign: nothing changed
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral(
            "INSERT INTO enrolments (email, sequence, status, step, next_at, variant, reason, updated_at) "
            "VALUES (?, ?, ?, 0, ?, ?, ?, ?) ON CONFLICT (email, sequence) DO UPDATE SET status = excluded.status, "
            "step = 0, next_at = excluded.next_at, variant = excluded.variant, reason = excluded.reason, "
            "updated_at = excluded.updated_at"));
        q.addBindValue(email);
        q.addBindValue(campaign.name);
        q.addBindValue(status);
        q.addBindValue(status == QLatin1String("active") ? QVariant(m_now) : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(campaign.variantFor(email));
        q.addBindValue(reason);
        q.addBindValue(m_now);
        QString why;
        if (!ws.execWrite(q, QStringLiteral("sequence:enrol"), &why)) {
            // The partial unique index: another sequence took the contact in the meantime.
            report.notes << tr("%1: %2 not enrolled: %3").arg(campaign.name, email, why);
            ++report.skipped;
            continue;
        }
        if (status == QLatin1String("active")) {
            ++report.enrolled;
        } else {
            ++report.skipped;
            report.notes << QStringLiteral("%1: %2 %3").arg(campaign.name, email, reason);
        }
    }
}

void SequenceEngine::advance(const CampaignDefinition& campaign, Report& report, int& budget)
{
    Workspace& ws = m_workspace;
    struct Row
    {
        QString email;
        QString status;
        int step = 0;
        qint64 nextAt = 0;
        qint64 pausedUntil = 0;
        QString variant;
        QString reason;
    };
    QList<Row> rows;
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral(
            "SELECT email, status, step, coalesce(next_at, 0), coalesce(paused_until, 0), variant, reason "
            "FROM enrolments WHERE sequence = ? AND (status = 'active' OR (status = 'paused' AND "
            "paused_until IS NOT NULL AND paused_until <= ?)) ORDER BY coalesce(next_at, 0), email"));
        q.addBindValue(campaign.name);
        q.addBindValue(m_now);
        if (!q.exec())
            return;
        while (q.next())
            rows.append(Row { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toLongLong(),
                q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString() });
    }
    SuppressionStore suppressions(ws);
    const QString basis = ws.meta(keys::LawfulBasis);
    for (Row& row : rows) {
        const QString& email = row.email;
        auto end = [&](const QString& reason) {
            setEnrolment(campaign.name, email, QStringLiteral("ended"), row.step, 0, reason);
            ++report.ended;
            report.notes << QStringLiteral("%1: %2 %3").arg(campaign.name, email, reason);
        };
        auto wait = [&](qint64 nextAt, const QString& reason) {
            if (reason != row.reason || nextAt != row.nextAt)
                setEnrolment(campaign.name, email, QStringLiteral("active"), row.step, nextAt, reason);
            ++report.waiting;
        };
        if (row.status == QLatin1String("paused")) {
            row.reason = tr("resumed: the pause ended %1").arg(dateText(row.pausedUntil));
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("UPDATE enrolments SET status = 'active', paused_until = NULL, reason = ?, "
                                     "updated_at = ? WHERE email = ? AND sequence = ?"));
            q.addBindValue(row.reason);
            q.addBindValue(m_now);
            q.addBindValue(email);
            q.addBindValue(campaign.name);
            if (!ws.execWrite(q, QStringLiteral("sequence:resume")))
                continue;
            ++report.resumed;
            report.notes << QStringLiteral("%1: %2 %3").arg(campaign.name, email, row.reason);
        }
        // What ends a sequence: an opt-out, a bounce, a reply, a meeting.
        if (const auto s = suppressions.match(email, campaign.name)) {
            end(s->reason == QLatin1String("unsubscribe") ? tr("ended: unsubscribed")
                                                          : tr("ended: on the suppression list (%1)").arg(s->reason));
            continue;
        }
        const auto first = sendRow(ws, campaign.name, email, 0);
        {
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("SELECT 1 FROM campaign_sends WHERE campaign = ? AND email = ? AND status = "
                                     "'bounced' UNION ALL SELECT 1 FROM mail_sends WHERE recipient = ? AND state = "
                                     "'bounced' LIMIT 1"));
            q.addBindValue(campaign.name);
            q.addBindValue(email);
            q.addBindValue(email);
            if (q.exec() && q.next()) {
                end(tr("ended: bounced"));
                continue;
            }
        }
        if (first) {
            if (const auto in = lastInbound(ws, email, first->createdAt)) {
                if (in->cls == QLatin1String("bounce")) {
                    end(tr("ended: bounced"));
                    continue;
                }
                if (in->cls == QLatin1String("unsubscribe")) {
                    end(tr("ended: unsubscribed %1").arg(ago(in->at, m_now)));
                    continue;
                }
                // An out-of-office pauses (through a sequence.pause decision), it does not end.
                if (in->cls != QLatin1String("out_of_office")) {
                    end(tr("ended: replied %1").arg(ago(in->at, m_now)));
                    continue;
                }
            }
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("SELECT created_at FROM decisions WHERE type = 'meeting.book' AND target = ? "
                                     "AND status = 'executed' AND created_at >= ? LIMIT 1"));
            q.addBindValue(email);
            q.addBindValue(first->createdAt);
            if (q.exec() && q.next()) {
                end(tr("ended: meeting booked %1").arg(ago(q.value(0).toLongLong(), m_now)));
                continue;
            }
        }

        // When is the next step due: N business days after the previous one was sent.
        const int step = row.step;
        qint64 due = row.nextAt > 0 ? row.nextAt : m_now;
        QString previousMessageId;
        if (step > 0) {
            const auto prev = sendRow(ws, campaign.name, email, step - 1);
            if (prev) {
                QString status = prev->status;
                if (status == QLatin1String("proposed")) {
                    const QString d = decisionStatus(ws, prev->decisionId);
                    if (d == QLatin1String("rejected") || d == QLatin1String("expired")
                        || d == QLatin1String("refused")) {
                        QSqlQuery q(ws.db());
                        q.prepare(QStringLiteral("UPDATE campaign_sends SET status = 'rejected', reason = ?, "
                                                 "updated_at = ? WHERE campaign = ? AND email = ? AND step = ?"));
                        q.addBindValue(d);
                        q.addBindValue(m_now);
                        q.addBindValue(campaign.name);
                        q.addBindValue(email);
                        q.addBindValue(step - 1);
                        ws.execWrite(q, QStringLiteral("sequence:rejected"));
                        end(tr("ended: the step %1 email was %2").arg(step).arg(d));
                        continue;
                    }
                    wait(0, tr("waiting: step %1 not sent yet").arg(step));
                    continue;
                }
                if (status == QLatin1String("bounced")) {
                    end(tr("ended: bounced"));
                    continue;
                }
                if (status != QLatin1String("sent")) {
                    end(tr("ended: step %1 was not sent (%2)").arg(step).arg(status));
                    continue;
                }
                previousMessageId = prev->messageId;
                if (step < campaign.steps.size())
                    due = addBusinessDays(prev->updatedAt, campaign.steps.at(step).afterBusinessDays);
            }
        }
        if (step >= campaign.steps.size()) {
            end(tr("finished: all %1 steps sent").arg(campaign.steps.size()));
            continue;
        }
        if (due > m_now) {
            wait(due, tr("waiting: step %1 due %2").arg(step + 1).arg(dateText(due)));
            continue;
        }
        if (budget <= 0) {
            wait(row.nextAt, row.reason);
            continue;
        }
        const CampaignStep& s = campaign.steps.at(step);
        const QString variantId = row.variant.isEmpty() ? campaign.variantFor(email) : row.variant;
        const CampaignVariant* variant = campaign.variant(step, variantId);
        const OutreachFacts facts = OutreachDrafter::factsFor(ws, email);
        const OutreachDraft d = variant ? OutreachDrafter::draft(variant->templ, facts) : OutreachDraft {};
        if (!variant || !d.held.isEmpty()) {
            const QString reason = tr("held: %1").arg(variant ? d.held : tr("the step has no content"));
            if (reason != row.reason)
                setEnrolment(campaign.name, email, QStringLiteral("active"), step, due, reason);
            ++report.held;
            report.notes << QStringLiteral("%1: %2 %3").arg(campaign.name, email, reason);
            continue;
        }
        Proposal p;
        p.type = s.decisionType();
        p.agent = m_agent;
        p.target = email;
        p.campaign = campaign.name;
        QJsonObject action { { QStringLiteral("to"), email }, { QStringLiteral("subject"), d.subject },
            { QStringLiteral("body"), d.body }, { QStringLiteral("campaign"), campaign.name },
            { QStringLiteral("step"), step }, { QStringLiteral("variant"), variantId },
            { QStringLiteral("template"), variant->templ.value(QStringLiteral("name")).toString() },
            { QStringLiteral("sentences"), d.sentences } };
        if (!campaign.mailboxes.isEmpty()) {
            const QByteArray h = QCryptographicHash::hash(email.toUtf8(), QCryptographicHash::Sha256);
            action.insert(QStringLiteral("mailbox"),
                campaign.mailboxes.at(static_cast<qsizetype>(quint8(h.at(0)) % campaign.mailboxes.size())));
        }
        if (!previousMessageId.isEmpty()) {
            action.insert(QStringLiteral("in_reply_to"), previousMessageId);
            action.insert(QStringLiteral("references"), QJsonArray { previousMessageId });
        }
        p.action = action;
        QJsonObject inputs { { QStringLiteral("campaign"), campaign.name },
            { QStringLiteral("title"), facts.value(QStringLiteral("prospect.title")).value },
            { QStringLiteral("industry"), facts.value(QStringLiteral("company.industry")).value } };
        if (!basis.isEmpty())
            inputs.insert(QStringLiteral("lawful_basis"), basis);
        p.inputs = inputs;
        p.reasoning = tr("Step %1 (%2) of campaign %3, variant %4; every sentence about %5 rests on a stored fact.")
                          .arg(step + 1)
                          .arg(s.kind, campaign.name, variantId, email);
        p.id = p.stableId();

        Transaction tx(ws);
        if (!tx.ok()) {
            report.notes << tx.error();
            return;
        }
        QSqlQuery ins(ws.db());
        ins.prepare(QStringLiteral(
            "INSERT INTO campaign_sends (campaign, email, step, variant, decision_id, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 'proposed', ?, ?) ON CONFLICT (campaign, email, step) DO NOTHING"));
        for (const QVariant& v : { QVariant(campaign.name), QVariant(email), QVariant(step), QVariant(variantId),
                 QVariant(p.id), QVariant(m_now), QVariant(m_now) })
            ins.addBindValue(v);
        QString why;
        if (!ws.execWrite(ins, QStringLiteral("sequence:send"), &why)) {
            report.notes << why;
            continue;
        }
        if (ins.numRowsAffected() == 0) {
            // This step already reached (or was proposed to) the contact: never again.
            setEnrolment(campaign.name, email, QStringLiteral("active"), step + 1, 0,
                tr("waiting: step %1 not sent yet").arg(step + 1));
            tx.commit();
            continue;
        }
        const ProposeResult r = m_propose(p);
        if (!r.error.isEmpty()) {
            tx.rollback();
            report.notes << tr("%1: %2 could not be proposed: %3").arg(campaign.name, email, r.error);
            continue;
        }
        if (r.outcome == DecisionOutcome::Refuse) {
            const QString because = r.why.join(QStringLiteral("; "));
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("UPDATE campaign_sends SET status = 'skipped', reason = ?, updated_at = ? "
                                     "WHERE campaign = ? AND email = ? AND step = ?"));
            for (const QVariant& v :
                { QVariant(because), QVariant(m_now), QVariant(campaign.name), QVariant(email), QVariant(step) })
                q.addBindValue(v);
            ws.execWrite(q, QStringLiteral("sequence:refused"));
            setEnrolment(campaign.name, email, QStringLiteral("ended"), step, 0, tr("ended: refused: %1").arg(because));
            ++report.ended;
        } else {
            setEnrolment(campaign.name, email, QStringLiteral("active"), step + 1, 0,
                r.outcome == DecisionOutcome::Queue ? tr("waiting: step %1 awaits approval").arg(step + 1)
                                                    : tr("waiting: step %1 not sent yet").arg(step + 1));
            ++report.proposed;
            --budget;
        }
        if (!tx.commit())
            report.notes << tx.error();
    }
}

} // namespace gd::core
