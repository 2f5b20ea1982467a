#include "core/sales/DealBook.h"

#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/formats/EmailAddress.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <cmath>

namespace gd::core {

namespace {

const QString kDealColumns = QStringLiteral(
    "d.id, d.title, d.company, coalesce(p.email, ''), coalesce(p.full_name, ''), d.stage, d.value_cents, d.currency, "
    "d.close_date, d.next_step, d.owner, d.meddpicc, d.close_reason, d.created_at, d.updated_at, "
    "coalesce(c.name, ''), coalesce(d.prospect_id, 0)");

Deal readDeal(const QSqlQuery& q)
{
    Deal d;
    d.id = q.value(0).toLongLong();
    d.title = q.value(1).toString();
    d.company = q.value(2).toString();
    if (d.company.isEmpty())
        d.company = q.value(15).toString();
    d.contact = q.value(3).toString();
    d.contactName = q.value(4).toString();
    d.stage = q.value(5).toString();
    d.valueCents = q.value(6).toLongLong();
    d.currency = q.value(7).toString();
    d.closeDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    d.nextStep = q.value(9).toString();
    d.owner = q.value(10).toString();
    d.meddpicc = json::parseObject(q.value(11).toString().toUtf8()).object;
    d.closeReason = q.value(12).toString();
    d.createdAtMs = q.value(13).toLongLong();
    d.updatedAtMs = q.value(14).toLongLong();
    d.prospectId = q.value(16).toLongLong();
    return d;
}

QString fromDeals()
{
    return QStringLiteral(" FROM deals d LEFT JOIN prospects p ON p.id = d.prospect_id"
                          " LEFT JOIN companies c ON c.id = p.company_id");
}

bool oneLine(const QString& text, int max)
{
    if (text.size() > max)
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QString dealStageText(const QString& key)
{
    if (key == QLatin1String("qualified"))
        return tr("qualified");
    if (key == QLatin1String("discovery"))
        return tr("discovery");
    if (key == QLatin1String("proposal"))
        return tr("proposal");
    if (key == QLatin1String("negotiation"))
        return tr("negotiation");
    if (key == QLatin1String("closed_won"))
        return tr("won");
    if (key == QLatin1String("closed_lost"))
        return tr("lost");
    return key;
}

DealBook::DealBook(Workspace& workspace)
    : m_workspace(workspace)
{
}

QStringList DealBook::meddpiccFields()
{
    return { QStringLiteral("metrics"), QStringLiteral("economic_buyer"), QStringLiteral("decision_criteria"),
        QStringLiteral("decision_process"), QStringLiteral("paper_process"), QStringLiteral("identify_pain"),
        QStringLiteral("champion"), QStringLiteral("competition") };
}

double DealBook::probability(const QString& stage)
{
    const auto s = dealStageFromKey(stage);
    if (!s)
        return 0;
    const QJsonObject set = json::parseObject(m_workspace.meta(keys::DealStageProbabilities).toUtf8()).object;
    const QJsonValue v = set.value(stage);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1)
        return v.toDouble();
    return dealStageDefaultProbability(*s);
}

bool DealBook::setProbabilities(const QHash<QString, double>& byStage, const QString& actor, QString* error)
{
    QJsonObject set = json::parseObject(m_workspace.meta(keys::DealStageProbabilities).toUtf8()).object;
    QJsonObject changed;
    for (auto it = byStage.cbegin(); it != byStage.cend(); ++it) {
        if (!dealStageFromKey(it.key())) {
            *error = tr("\"%1\" is not a deal stage (%2)").arg(it.key(), dealStageKeys().join(QStringLiteral(", ")));
            return false;
        }
        if (!std::isfinite(it.value()) || it.value() < 0 || it.value() > 1) {
            *error = tr("a win probability is a percentage from 0 to 100");
            return false;
        }
        set.insert(it.key(), it.value());
        changed.insert(it.key(), it.value());
    }
    Transaction tx(m_workspace);
    if (!tx.ok() || !m_workspace.setMeta(keys::DealStageProbabilities, json::compact(set), error)
        || !AuditLog::append(m_workspace, actor, QStringLiteral("stage_probabilities_changed"), QString(),
            QJsonObject { { QStringLiteral("probabilities"), changed } }, error)
        || !tx.commit()) {
        if (error->isEmpty())
            *error = tx.error();
        return false;
    }
    return true;
}

std::optional<qint64> DealBook::create(const DealDraft& draft, QString* error)
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (draft.title.trimmed().isEmpty() || !oneLine(draft.title, 200))
        *error = tr("a deal needs a one-line title of at most 200 characters");
    else if (!oneLine(draft.company, 200) || !oneLine(draft.nextStep, 500) || !oneLine(draft.owner, 200))
        *error = tr("company, next step and owner are one line of text each");
    else if (!dealStageFromKey(draft.stage))
        *error = tr("\"%1\" is not a deal stage (%2)").arg(draft.stage, dealStageKeys().join(QStringLiteral(", ")));
    else if (!std::isfinite(draft.value) || draft.value < 0 || draft.value > 1e12)
        *error = tr("a deal's value is a number from 0 to 1,000,000,000,000");
    else if (!currency.match(draft.currency).hasMatch())
        *error = tr("\"%1\" is not an ISO 4217 currency code (e.g. EUR, USD)").arg(draft.currency);
    else
        error->clear();
    if (!error->isEmpty())
        return std::nullopt;
    QVariant prospect;
    if (!draft.contactEmail.isEmpty()) {
        const auto email = EmailAddress::normalized(draft.contactEmail);
        QSqlQuery q(m_workspace.db());
        q.prepare(QStringLiteral("SELECT id FROM prospects WHERE email = ?"));
        q.addBindValue(email.value_or(QString()));
        if (!email || !q.exec() || !q.next()) {
            *error = tr("no prospect with the address %1").arg(draft.contactEmail);
            return std::nullopt;
        }
        prospect = q.value(0);
    }
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        *error = tx.error();
        return std::nullopt;
    }
    const qint64 now = nowMs();
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "INSERT INTO deals (prospect_id, title, stage, value_cents, currency, updated_at, company, close_date, "
        "next_step, owner, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(prospect);
    q.addBindValue(draft.title.trimmed());
    q.addBindValue(draft.stage);
    q.addBindValue(static_cast<qint64>(std::llround(draft.value * 100.0)));
    q.addBindValue(draft.currency);
    q.addBindValue(now);
    // A null QString binds as NULL: these columns hold text, empty when not given.
    auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s.trimmed(); };
    q.addBindValue(text(draft.company));
    q.addBindValue(draft.closeDate.isValid() ? draft.closeDate.toString(Qt::ISODate) : QStringLiteral(""));
    q.addBindValue(text(draft.nextStep));
    q.addBindValue(text(draft.owner));
    q.addBindValue(now);
    if (!m_workspace.execWrite(q, QStringLiteral("deals:create"), error))
        return std::nullopt;
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery e(m_workspace.db());
    e.prepare(QStringLiteral("INSERT INTO deal_events (deal_id, at, kind, to_stage) VALUES (?, ?, 'created', ?)"));
    e.addBindValue(id);
    e.addBindValue(now);
    e.addBindValue(draft.stage);
    if (!m_workspace.execWrite(e, QStringLiteral("deals:create"), error) || !tx.commit()) {
        if (error->isEmpty())
            *error = tx.error();
        return std::nullopt;
    }
    return id;
}

std::optional<Deal> DealBook::find(qint64 id)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT ") + kDealColumns + fromDeals() + QStringLiteral(" WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDeal(q);
}

QList<Deal> DealBook::list(const QString& stage)
{
    QList<Deal> deals;
    QSqlQuery q(m_workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kDealColumns + fromDeals()
        + (stage.isEmpty() ? QString() : QStringLiteral(" WHERE d.stage = :stage"))
        + QStringLiteral(" ORDER BY d.updated_at DESC, d.id"));
    if (!stage.isEmpty())
        q.bindValue(QStringLiteral(":stage"), stage);
    if (!q.exec())
        return deals;
    while (q.next())
        deals << readDeal(q);
    return deals;
}

std::optional<Deal> DealBook::openDealFor(const QString& email)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT ") + kDealColumns + fromDeals()
        + QStringLiteral(
            " WHERE p.email = ? AND d.stage NOT IN ('closed_won', 'closed_lost') ORDER BY d.updated_at DESC "
            "LIMIT 1"));
    q.addBindValue(email.trimmed().toLower());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readDeal(q);
}

QList<DealEvent> DealBook::timeline(qint64 id)
{
    QList<DealEvent> events;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT at, kind, from_stage, to_stage, detail, coalesce(decision_id, '') "
                             "FROM deal_events WHERE deal_id = ? ORDER BY at, id"));
    q.addBindValue(id);
    if (q.exec()) {
        while (q.next()) {
            DealEvent e { q.value(0).toLongLong(), q.value(1).toString(), {}, q.value(5).toString() };
            const QString from = dealStageText(q.value(2).toString());
            const QString to = dealStageText(q.value(3).toString());
            const QString detail = q.value(4).toString();
            if (e.kind == QLatin1String("created"))
                e.text = tr("created in stage %1").arg(to);
            else if (e.kind == QLatin1String("stage"))
                e.text = tr("moved from %1 to %2").arg(from, to);
            else if (e.kind == QLatin1String("closed"))
                e.text = tr("closed %1").arg(to);
            else if (e.kind == QLatin1String("stalled"))
                e.text = tr("stalled");
            else if (e.kind == QLatin1String("at_risk"))
                e.text = tr("at risk");
            else
                e.text = e.kind;
            if (!detail.isEmpty())
                e.text += QStringLiteral(": ") + detail;
            events << e;
        }
    }
    // Decisions about the deal (proposed moves, discounts, closes), whatever became of them.
    QSqlQuery d(m_workspace.db());
    d.prepare(
        QStringLiteral("SELECT created_at, type, status, id FROM decisions WHERE target = ? AND type IN "
                       "('deal.move_stage', 'deal.close', 'pricing.discount', 'meeting.book') ORDER BY created_at"));
    d.addBindValue(QString::number(id));
    if (d.exec()) {
        while (d.next())
            events << DealEvent { d.value(0).toLongLong(), QStringLiteral("decision"),
                tr("decision %1: %2").arg(d.value(1).toString(), d.value(2).toString()), d.value(3).toString() };
    }
    std::stable_sort(
        events.begin(), events.end(), [](const DealEvent& a, const DealEvent& b) { return a.atMs < b.atMs; });
    return events;
}

QStringList DealBook::currencies()
{
    QStringList out;
    QSqlQuery q(m_workspace.db());
    if (q.exec(QStringLiteral("SELECT currency FROM deals GROUP BY currency ORDER BY count(*) DESC"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

QList<StageTotal> DealBook::pipeline(const QString& currency)
{
    QHash<QString, StageTotal> byStage;
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "SELECT stage, count(*), coalesce(sum(value_cents), 0) FROM deals WHERE currency = ? GROUP BY stage"));
    q.addBindValue(currency);
    if (q.exec()) {
        while (q.next())
            byStage.insert(q.value(0).toString(),
                StageTotal { q.value(0).toString(), q.value(1).toInt(), q.value(2).toDouble() / 100.0, 0, 0 });
    }
    QList<StageTotal> totals;
    for (const QString& stage : dealStageKeys()) {
        StageTotal t = byStage.value(stage, StageTotal { stage, 0, 0, 0, 0 });
        t.stage = stage;
        t.probability = probability(stage);
        t.weighted = t.value * t.probability;
        totals << t;
    }
    return totals;
}

QList<std::pair<Deal, QString>> DealBook::stalled(int days, qint64 now)
{
    QList<std::pair<Deal, QString>> out;
    const qint64 cutoff = now - static_cast<qint64>(days) * 24 * 3600 * 1000;
    for (const Deal& d : list()) {
        const auto stage = dealStageFromKey(d.stage);
        if (!stage || isClosed(*stage))
            continue;
        // Flags the agent notes are not activity.
        QSqlQuery q(m_workspace.db());
        q.prepare(
            QStringLiteral("SELECT max(at) FROM deal_events WHERE deal_id = ? AND kind NOT IN ('stalled', 'at_risk')"));
        q.addBindValue(d.id);
        const qint64 last = q.exec() && q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : d.updatedAtMs;
        const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
        if (d.closeDate.isValid() && d.closeDate < today)
            out.append({ d,
                tr("the close date %1 passed %2 days ago in stage %3")
                    .arg(d.closeDate.toString(Qt::ISODate))
                    .arg(d.closeDate.daysTo(today))
                    .arg(dealStageText(d.stage)) });
        else if (std::max(last, d.updatedAtMs) < cutoff)
            out.append({ d,
                tr("no activity for %1 days in stage %2")
                    .arg((now - std::max(last, d.updatedAtMs)) / 86'400'000)
                    .arg(dealStageText(d.stage)) });
    }
    return out;
}

namespace {

const QRegularExpression& signedWords()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(signed|countersigned|we(?:'ll| will) go ahead|purchase order|PO attached)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& proposalWords()
{
    static const QRegularExpression re(QStringLiteral(R"(\b(proposal|quote|quotation|offer|pricing|order form)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}

QString quote(const QString& text)
{
    const QString one = text.simplified();
    return one.size() > 80 ? one.left(77) + QStringLiteral("...") : one;
}

} // namespace

QList<DealSignal> DealBook::review(qint64 now, int stallDays)
{
    QHash<qint64, QString> stalledWhy;
    for (const auto& [deal, why] : stalled(stallDays, now))
        stalledWhy.insert(deal.id, why);
    // Moves already proposed for a deal and not turned down: not proposed again.
    QHash<QString, QSet<QString>> proposed;
    {
        QSqlQuery q(m_workspace.db());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT target, action FROM decisions WHERE type = 'deal.move_stage' AND status IN "
                                  "('pending', 'authorized', 'approved', 'executed')"))) {
            while (q.next())
                proposed[q.value(0).toString()].insert(json::parseObject(q.value(1).toString().toUtf8())
                                                           .object.value(QStringLiteral("to_stage"))
                                                           .toString());
        }
    }
    QList<DealSignal> out;
    for (const Deal& d : list()) {
        const auto stage = dealStageFromKey(d.stage);
        if (!stage || isClosed(*stage))
            continue;
        DealSignal sig;
        sig.deal = d;
        sig.stalled = stalledWhy.value(d.id);
        int best = dealStageOrder(*stage);
        auto support = [&](DealStage to, double confidence, const QString& evidence) {
            sig.evidence << evidence;
            if (dealStageOrder(to) > best) {
                best = dealStageOrder(to);
                sig.toStage = dealStageKey(to);
                sig.confidence = confidence;
            }
        };
        if (!d.contact.isEmpty()) {
            const qint64 since = d.createdAtMs - 14LL * 86'400'000;
            QSqlQuery m(m_workspace.db());
            m.prepare(QStringLiteral("SELECT id, decided_at FROM decisions WHERE type = 'meeting.book' AND status = "
                                     "'executed' AND lower(target) = ? AND decided_at >= ? ORDER BY decided_at"));
            m.addBindValue(d.contact.toLower());
            m.addBindValue(since);
            if (m.exec()) {
                while (m.next())
                    support(DealStage::Discovery, 0.8,
                        tr("meeting booked on %1 (decision %2)")
                            .arg(day(m.value(1).toLongLong()), m.value(0).toString().left(8)));
            }
            QSqlQuery o(m_workspace.db());
            o.prepare(QStringLiteral("SELECT action, executed_at FROM outbox WHERE type LIKE 'email.%' AND status = "
                                     "'done' AND lower(target) = ? AND executed_at >= ? ORDER BY executed_at"));
            o.addBindValue(d.contact.toLower());
            o.addBindValue(since);
            if (o.exec()) {
                while (o.next()) {
                    const QJsonObject a = json::parseObject(o.value(0).toString().toUtf8()).object;
                    const QString subject = a.value(QStringLiteral("subject")).toString();
                    if (proposalWords()
                            .match(subject + QLatin1Char('\n') + a.value(QStringLiteral("body")).toString())
                            .hasMatch())
                        support(DealStage::Proposal, 0.75,
                            tr("proposal emailed on %1: \"%2\"").arg(day(o.value(1).toLongLong()), quote(subject)));
                }
            }
            QSqlQuery r(m_workspace.db());
            r.prepare(QStringLiteral("SELECT class, subject, body, received_at FROM mail_messages WHERE direction = "
                                     "'in' AND lower(sender) = ? AND received_at >= ? ORDER BY received_at"));
            r.addBindValue(d.contact.toLower());
            r.addBindValue(since);
            if (r.exec()) {
                while (r.next()) {
                    const QString cls = r.value(0).toString();
                    const QString body = r.value(2).toString();
                    const auto hit = signedWords().match(r.value(1).toString() + QLatin1Char('\n') + body);
                    if (hit.hasMatch() && cls != QLatin1String("not_interested") && cls != QLatin1String("unsubscribe"))
                        support(DealStage::ClosedWon, 0.85,
                            tr("reply on %1 says \"%2\": \"%3\"")
                                .arg(day(r.value(3).toLongLong()), hit.captured(1), quote(r.value(1).toString())));
                    else if (cls == QLatin1String("interested"))
                        support(DealStage::Discovery, 0.6,
                            tr("interested reply on %1: \"%2\"")
                                .arg(day(r.value(3).toLongLong()), quote(r.value(1).toString())));
                }
            }
        }
        if (!sig.toStage.isEmpty() && proposed.value(QString::number(d.id)).contains(sig.toStage))
            sig.toStage.clear(); // proposed already: the operator or the agent will see it there
        if (!sig.toStage.isEmpty() || !sig.stalled.isEmpty())
            out << sig;
    }
    return out;
}

bool DealBook::flag(Workspace& ws, qint64 id, const QString& kind, const QString& reason, QString* error)
{
    const qint64 now = nowMs();
    QSqlQuery seen(ws.db());
    seen.prepare(
        QStringLiteral("SELECT count(*) FROM deal_events WHERE deal_id = ? AND kind = ? AND detail = ? AND at >= ?"));
    seen.addBindValue(id);
    seen.addBindValue(kind);
    seen.addBindValue(reason);
    seen.addBindValue(now - 86'400'000);
    if (seen.exec() && seen.next() && seen.value(0).toInt() > 0)
        return true;
    QSqlQuery e(ws.db());
    e.prepare(QStringLiteral("INSERT INTO deal_events (deal_id, at, kind, detail) VALUES (?, ?, ?, ?)"));
    e.addBindValue(id);
    e.addBindValue(now);
    e.addBindValue(kind);
    e.addBindValue(reason);
    return ws.execWrite(e, QStringLiteral("deals:flag"), error);
}

bool DealBook::setMeddpicc(
    qint64 id, const QString& field, const QString& value, const QString& evidence, QString* error)
{
    if (!meddpiccFields().contains(field)) {
        *error = tr("\"%1\" is not a MEDDPICC field (%2)").arg(field, meddpiccFields().join(QStringLiteral(", ")));
        return false;
    }
    if (evidence.trimmed().isEmpty()) {
        *error = tr("a MEDDPICC field needs the evidence it rests on (a reply, a meeting note, a field)");
        return false;
    }
    const auto deal = find(id);
    if (!deal) {
        *error = tr("no deal %1").arg(id);
        return false;
    }
    QJsonObject m = deal->meddpicc;
    m.insert(field, QJsonObject { { QStringLiteral("value"), value }, { QStringLiteral("evidence"), evidence } });
    Transaction tx(m_workspace);
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE deals SET meddpicc = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(json::compact(m));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    QSqlQuery e(m_workspace.db());
    e.prepare(QStringLiteral("INSERT INTO deal_events (deal_id, at, kind, detail) VALUES (?, ?, 'meddpicc', ?)"));
    e.addBindValue(id);
    e.addBindValue(nowMs());
    e.addBindValue(QStringLiteral("%1 = %2 (%3)").arg(field, value, evidence));
    return tx.ok() && m_workspace.execWrite(q, QStringLiteral("deals:meddpicc"), error)
        && m_workspace.execWrite(e, QStringLiteral("deals:meddpicc"), error) && tx.commit();
}

bool DealBook::recordStage(Workspace& ws, qint64 id, const QString& from, const QString& to, const QString& reason,
    const QString& decisionId, QString* error)
{
    const auto stage = dealStageFromKey(to);
    QSqlQuery e(ws.db());
    e.prepare(QStringLiteral("INSERT INTO deal_events (deal_id, at, kind, from_stage, to_stage, detail, decision_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    e.addBindValue(id);
    e.addBindValue(nowMs());
    e.addBindValue(stage && isClosed(*stage) ? QStringLiteral("closed") : QStringLiteral("stage"));
    auto text = [](const QString& t) { return t.isNull() ? QStringLiteral("") : t; }; // null binds as NULL
    e.addBindValue(text(from));
    e.addBindValue(text(to));
    e.addBindValue(text(reason));
    e.addBindValue(decisionId.isEmpty() ? QVariant() : QVariant(decisionId));
    if (!ws.execWrite(e, QStringLiteral("deals:stage"), error))
        return false;
    if (stage && isClosed(*stage) && !reason.isEmpty()) {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("UPDATE deals SET close_reason = ? WHERE id = ?"));
        q.addBindValue(reason);
        q.addBindValue(id);
        return ws.execWrite(q, QStringLiteral("deals:stage"), error);
    }
    return true;
}

} // namespace gd::core
