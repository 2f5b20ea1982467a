#include "core/decisions/RiskEngine.h"

#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/decisions/effects/DecisionEffect.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/mail/SuppressionStore.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/sales/DealStage.h"
#include "core/store/SettingKeys.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <cmath>
#include <limits>

namespace gd::core {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString ordinal(int n)
{
    switch (n) {
    case 1:
        return tr("1st");
    case 2:
        return tr("2nd");
    case 3:
        return tr("3rd");
    default:
        return tr("%1th").arg(n);
    }
}

QString euros(double amount)
{
    return QStringLiteral("EUR %1").arg(QLocale::c().toString(amount, 'f', amount == std::floor(amount) ? 0 : 2));
}

bool has(const QJsonObject& o, const QString& key)
{
    const QJsonValue v = o.value(key);
    return !(v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()));
}

} // namespace

void RiskFactor::add(double value, const QString& reason)
{
    value = std::clamp(value, 0.0, 1.0);
    score = 1.0 - (1.0 - score) * (1.0 - value);
    reasons << reason;
}

QJsonObject RiskFactor::toJson() const
{
    return QJsonObject { { QStringLiteral("score"), score },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) } };
}

QJsonObject RiskAssessment::toJson() const
{
    return QJsonObject {
        { QStringLiteral("financial"), financial.toJson() },
        { QStringLiteral("relationship"), relationship.toJson() },
        { QStringLiteral("compliance"), compliance.toJson() },
        { QStringLiteral("strategic"), strategic.toJson() },
        { QStringLiteral("combined"), combined },
        { QStringLiteral("level"), nameOf(level) },
        { QStringLiteral("amount_eur"), amountEur },
        { QStringLiteral("blocked"), blocked },
    };
}

RiskAssessment RiskAssessment::fromJson(const QJsonObject& json)
{
    auto factor = [&](const char* name) {
        const QJsonObject o = json.value(QLatin1String(name)).toObject();
        RiskFactor f;
        f.score = o.value(QStringLiteral("score")).toDouble();
        for (const QJsonValue& r : o.value(QStringLiteral("reasons")).toArray())
            f.reasons << r.toString();
        return f;
    };
    RiskAssessment a;
    a.financial = factor("financial");
    a.relationship = factor("relationship");
    a.compliance = factor("compliance");
    a.strategic = factor("strategic");
    a.combined = json.value(QStringLiteral("combined")).toDouble();
    a.level = riskLevelFromString(json.value(QStringLiteral("level")).toString()).value_or(RiskLevel::Critical);
    a.amountEur = json.value(QStringLiteral("amount_eur")).toDouble();
    a.blocked = json.value(QStringLiteral("blocked")).toBool();
    return a;
}

QStringList RiskAssessment::reasons() const
{
    return financial.reasons + relationship.reasons + compliance.reasons + strategic.reasons;
}

namespace RiskEngine {

RiskLevel levelFor(double combined)
{
    if (combined < 0.2)
        return RiskLevel::Low;
    if (combined < 0.45)
        return RiskLevel::Medium;
    if (combined < 0.7)
        return RiskLevel::High;
    return RiskLevel::Critical;
}

QStringList recipientsOf(const Proposal& p)
{
    const QString to = p.action.value(QStringLiteral("to")).toString().trimmed();
    if (!to.isEmpty()) {
        if (const auto list = EmailAddress::parseList(to))
            return *list;
        return { to.toLower() };
    }
    const DecisionTypeInfo* info = decisionType(p.type);
    if (info && info->contactFacing && !p.target.trimmed().isEmpty())
        return { p.target.trimmed().toLower() };
    return {};
}

QString recipientOf(const Proposal& p)
{
    return recipientsOf(p).value(0);
}

RiskContext context(Workspace& ws, const Proposal& p)
{
    RiskContext c;
    const QStringList recipients = recipientsOf(p);
    const qint64 now = nowMs();
    if (!recipients.isEmpty())
        c.recipientKnown = true;
    // Read before every decision about a person and every send: statements prepared once per
    // connection (the reads are a few microseconds; preparing them again was most of the time).
    // The email types spelled out so the read seeks outbox_target (type, target, executed_at); with
    // "type LIKE 'email.%'" SQLite walked every done item (outbox_status) for each decision.
    static const QByteArray emailsSql = [] {
        QStringList types;
        for (const DecisionTypeInfo& info : decisionTypes()) {
            if (info.id.startsWith(QLatin1String("email.")))
                types << QLatin1Char('\'') + info.id + QLatin1Char('\'');
        }
        return QStringLiteral("SELECT count(*), coalesce(sum(executed_at >= ?), 0) FROM outbox WHERE type IN (%1) "
                              "AND target = ? AND executed_at >= ? AND status IN ('done', 'executing')")
            .arg(types.join(QLatin1Char(',')))
            .toUtf8();
    }();
    SqlStatement* emails = ws.statement(emailsSql.constData());
    SqlStatement* prospect
        = ws.statement("SELECT p.id, h.score FROM prospects p LEFT JOIN contact_health h ON h.prospect_id = p.id "
                       "WHERE p.email = ? ORDER BY p.id LIMIT 1");
    for (const QString& recipient : recipients) {
        // The worst of every recipient counts.
        if (emails) {
            SqlStatement::Reader reader(*emails);
            emails->bind(0, now - 5 * kDayMs);
            emails->bind(1, recipient);
            emails->bind(2, now - 30 * kDayMs);
            if (emails->next()) {
                c.emailsLast30Days = std::max(c.emailsLast30Days, static_cast<int>(emails->int64(0)));
                c.emailsLast5Days = std::max(c.emailsLast5Days, static_cast<int>(emails->int64(1)));
            }
        }
        // Global and this campaign's lists, by address or by domain.
        if (const auto suppressed = SuppressionStore(ws).match(recipient, p.campaign);
            suppressed && c.suppressedAtMs == 0) {
            c.suppressedAtMs = suppressed->createdAt;
            c.suppressionReason = suppressed->reason;
        }
        bool known = false;
        if (prospect) {
            SqlStatement::Reader reader(*prospect);
            prospect->bind(0, recipient);
            if (prospect->next()) {
                known = true;
                if (!prospect->isNull(1))
                    c.contactHealth
                        = c.contactHealth < 0 ? prospect->real(1) : std::min(c.contactHealth, prospect->real(1));
            }
        }
        if (!known)
            c.recipientKnown = false;
    }
    if (p.type.startsWith(QLatin1String("deal.")) || p.type == QLatin1String("pricing.discount")) {
        if (const auto deal = effects::dealFor(ws, p.target)) {
            c.dealExists = true;
            c.dealValue = deal->value;
            c.dealStage = deal->stage;
        }
    } else if (p.type == QLatin1String("limits.change")) {
        const QString key = QString(keys::LimitPrefix) + p.target.trimmed();
        const QString value = ws.meta(key);
        bool numeric = false;
        const double v = value.toDouble(&numeric);
        c.limitKnown = numeric;
        c.limitValue = numeric ? v : 0;
    } else if (p.type.startsWith(QLatin1String("data."))) {
        c.personRecords = effects::personRecordCount(ws, p.target);
    } else if (p.type == QLatin1String("campaign.launch")) {
        c.campaignRecipients = CampaignStore::segmentSize(ws, p.target);
    }
    return c;
}

QJsonObject facts(const Proposal& p, const RiskContext& c)
{
    QJsonObject in;
    const DecisionEffect* effect = effectFor(p.type);
    if (!effect)
        return in;
    for (const QString& declared : effect->declaredFacts()) {
        if (has(p.inputs, declared))
            in.insert(declared, p.inputs.value(declared));
    }
    const QJsonObject derived = effect->facts(p.target, p.action, c);
    for (auto it = derived.begin(); it != derived.end(); ++it)
        in.insert(it.key(), it.value());
    return in;
}

RiskAssessment assess(const Proposal& p, const AuthorityRule& rule, const RiskContext& c)
{
    static const QStringList stageOrder = dealStageKeys();
    RiskAssessment a;
    const DecisionTypeInfo* info = decisionType(p.type);
    if (!info) {
        a.compliance.add(1.0, tr("unknown decision type %1").arg(p.type));
        a.blocked = true;
    }
    const QJsonObject in = facts(p, c);

    // Missing information is risk: each fact the type needs and the proposal lacks.
    if (info) {
        for (const QString& input : info->inputs) {
            if (!has(in, input))
                a.strategic.add(0.15, tr("%1 unknown").arg(input));
        }
    }

    // Financial.
    double amount = in.value(QStringLiteral("amount")).toDouble(0);
    double dealValue = has(in, QStringLiteral("deal_value")) ? in.value(QStringLiteral("deal_value")).toDouble() : -1;
    if (p.type == QLatin1String("pricing.discount")) {
        const double pct = in.value(QStringLiteral("discount_pct")).toDouble(-1);
        const double maxPct = rule.extra.value(QStringLiteral("max_discount_pct")).toDouble(15);
        if (pct < 0) {
            a.financial.add(0.6, tr("discount unknown"));
        } else {
            if (pct > maxPct)
                a.financial.add(0.8, tr("discount %1% > %2% limit").arg(pct).arg(maxPct));
            else
                a.financial.add(
                    0.4 * pct / std::max(maxPct, 1.0), tr("discount %1% of a %2% limit").arg(pct).arg(maxPct));
            if (dealValue >= 0)
                amount = dealValue * pct / 100.0;
            else
                a.financial.add(0.4, tr("deal value unknown, so the discount's cost is unknown"));
        }
    }
    // A deal value near 1e308 times a discount overflows to infinity, which JSON stores as null and
    // reads back as 0 (found by fuzz_proposal): such an amount is the largest one and the most risky.
    if (!std::isfinite(amount)) {
        amount = std::numeric_limits<double>::max();
        a.financial.add(1.0, tr("the amount is too large to judge"));
    }
    if (info && info->involvesMoney) {
        if (amount <= 0 && p.type != QLatin1String("pricing.discount")) {
            a.financial.add(0.6, tr("amount unknown"));
        } else if (amount > 0) {
            if (rule.moneyLimit > 0 && amount > rule.moneyLimit)
                a.financial.add(0.7, tr("%1 > %2 limit").arg(euros(amount), euros(rule.moneyLimit)));
            else if (rule.moneyLimit > 0)
                a.financial.add(
                    0.3 * amount / rule.moneyLimit, tr("%1 of a %2 limit").arg(euros(amount), euros(rule.moneyLimit)));
            else
                a.financial.add(0.5, tr("%1 with no money limit set").arg(euros(amount)));
        }
    }
    a.amountEur = std::max(0.0, amount);

    // Relationship and compliance of actions addressed to a person.
    if (info && info->contactFacing) {
        const QStringList recipients = recipientsOf(p);
        const QString recipient = recipients.join(QStringLiteral(", "));
        if (recipients.isEmpty()) {
            a.relationship.add(0.8, tr("recipient unknown"));
            a.compliance.add(0.5, tr("no recipient to check consent for"));
        } else {
            for (const QString& address : recipients) {
                if (!EmailAddress::isValid(address))
                    a.compliance.add(0.7, tr("\"%1\" is not a valid email address").arg(address));
            }
            if (c.suppressedAtMs > 0) {
                a.compliance.add(1.0,
                    tr("contact opted out %1 (%2)")
                        .arg(QDateTime::fromMSecsSinceEpoch(c.suppressedAtMs, Qt::UTC).date().toString(Qt::ISODate),
                            c.suppressionReason));
                a.blocked = true;
            }
            if (!c.recipientKnown)
                a.relationship.add(0.25, tr("%1 is not a known prospect").arg(recipient));
            if (p.type.startsWith(QLatin1String("email."))) {
                const int nth = c.emailsLast5Days + 1;
                if (nth >= 3)
                    a.relationship.add(0.7, tr("%1 email in 5 days to this contact").arg(ordinal(nth)));
                else if (nth == 2)
                    a.relationship.add(0.35, tr("%1 email in 5 days to this contact").arg(ordinal(nth)));
                if (c.emailsLast30Days >= 6)
                    a.relationship.add(0.4, tr("%1 emails in 30 days to this contact").arg(c.emailsLast30Days));
                if (p.type == QLatin1String("email.first_touch") && c.emailsLast30Days > 0)
                    a.relationship.add(
                        0.3, tr("a \"first\" touch to a contact emailed %1 times this month").arg(c.emailsLast30Days));
            }
            if (c.contactHealth >= 0 && c.contactHealth < 0.3)
                a.relationship.add(0.2, tr("cold contact (health %1)").arg(c.contactHealth, 0, 'f', 2));
        }
        const QString basis = in.value(QStringLiteral("lawful_basis")).toString();
        if ((p.type == QLatin1String("email.first_touch") || p.type == QLatin1String("sequence.enrol"))
            && basis.isEmpty())
            a.compliance.add(0.4, tr("no lawful basis recorded for contacting this person"));
        if (p.type == QLatin1String("email.reply")) {
            const QString inbound = in.value(QStringLiteral("inbound_class")).toString();
            if (inbound == QLatin1String("unsubscribe")) {
                a.compliance.add(1.0, tr("the contact asked to unsubscribe"));
                a.blocked = true;
            } else if (inbound == QLatin1String("not_interested")) {
                a.relationship.add(0.6, tr("replying to a \"not interested\" answer"));
            } else if (inbound == QLatin1String("objection")) {
                a.relationship.add(0.35, tr("replying to an objection"));
            }
        }
    }

    // Type-specific strategic and compliance weight.
    if (dealValue >= 50000)
        a.strategic.add(0.5, tr("deal worth %1").arg(euros(dealValue)));
    else if (dealValue >= 10000)
        a.strategic.add(0.25, tr("deal worth %1").arg(euros(dealValue)));
    if (p.type == QLatin1String("deal.move_stage")) {
        const qsizetype from = stageOrder.indexOf(in.value(QStringLiteral("from_stage")).toString(c.dealStage));
        const qsizetype to = stageOrder.indexOf(in.value(QStringLiteral("to_stage")).toString());
        if (to < 0)
            a.strategic.add(0.5, tr("unknown target stage"));
        else if (from >= 0 && to < from)
            a.relationship.add(0.4, tr("moves the deal backwards"));
        else if (to >= 4)
            a.strategic.add(0.5, tr("closes the deal through a stage move"));
    } else if (p.type == QLatin1String("deal.close")) {
        const QString result = in.value(QStringLiteral("result")).toString();
        a.strategic.add(0.3, tr("closing a deal is final"));
        if (result == QLatin1String("lost"))
            a.relationship.add(0.4, tr("marks the deal lost"));
    } else if (p.type == QLatin1String("campaign.launch")) {
        const int recipients = in.value(QStringLiteral("recipients")).toInt(-1);
        if (recipients > 500)
            a.strategic.add(0.6, tr("%1 recipients").arg(recipients));
        else if (recipients > 100)
            a.strategic.add(0.3, tr("%1 recipients").arg(recipients));
    } else if (p.type == QLatin1String("limits.change")) {
        const double before = in.value(QStringLiteral("old_value")).toDouble(0);
        const double after = in.value(QStringLiteral("new_value")).toDouble(0);
        if (before > 0 && after > 2 * before)
            a.strategic.add(0.6,
                tr("%1 more than doubled (%2 to %3)")
                    .arg(in.value(QStringLiteral("limit")).toString())
                    .arg(before)
                    .arg(after));
        else if (after > before)
            a.strategic.add(0.3, tr("raises %1").arg(in.value(QStringLiteral("limit")).toString()));
    } else if (p.type == QLatin1String("data.export")) {
        a.compliance.add(0.4, tr("exports personal data"));
        if (in.value(QStringLiteral("records")).toInt(0) > 1000)
            a.compliance.add(0.3, tr("%1 records").arg(in.value(QStringLiteral("records")).toInt()));
    } else if (p.type == QLatin1String("data.erase")) {
        a.compliance.add(0.5, tr("erasing personal data cannot be undone"));
    }

    a.combined = 1.0
        - (1.0 - a.financial.score) * (1.0 - a.relationship.score) * (1.0 - a.compliance.score)
            * (1.0 - a.strategic.score);
    a.level = levelFor(a.combined);
    return a;
}

} // namespace RiskEngine

namespace Calibration {

namespace {

struct Prior
{
    double approvals;
    double rejections;
    double base;
};

Prior priorFor(const AuthorityRule& rule)
{
    // Low: trusted from the start, learning can only take trust away (or add a little).
    // Medium: nothing autonomous until the operator has approved this kind of decision.
    if (rule.level == RiskLevel::Low)
        return { 4, 1, 0.45 };
    return { 1, 1, 0.0 };
}

} // namespace

double threshold(const AuthorityRule& rule, double approvals, double rejections)
{
    if (rule.level == RiskLevel::High || rule.level == RiskLevel::Critical)
        return 0.0;
    const Prior prior = priorFor(rule);
    const double a = prior.approvals + std::max(0.0, approvals);
    const double b = prior.rejections + std::max(0.0, rejections);
    const double mean = a / (a + b);
    const double sd = std::sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    const double lower = mean - 2.0 * sd; // about 5 clean approvals before a medium type acts alone
    const double cap = std::max(0.0, rule.ceilingRisk);
    const double base = std::min(prior.base, cap);
    double t = lower >= 0.5 ? base + (cap - base) * (lower - 0.5) / 0.5 : base * std::max(0.0, lower) / 0.5;
    return std::clamp(t, 0.0, cap);
}

CalibrationState state(Workspace& ws, const AuthorityRule& rule)
{
    CalibrationState s;
    s.type = rule.type;
    // Read by every evaluation: one statement, prepared once per connection.
    if (SqlStatement* q
        = ws.statement("SELECT c.approvals, c.rejections, c.updated_at, (SELECT count(*) FROM learning_events "
                       "WHERE decision_type = ?1 AND label != 'reset') FROM (SELECT 1) LEFT JOIN calibration c "
                       "ON c.decision_type = ?1")) {
        SqlStatement::Reader reader(*q);
        q->bind(0, rule.type);
        if (q->next()) {
            s.approvals = q->real(0);
            s.rejections = q->real(1);
            s.updatedAtMs = q->int64(2);
            s.examples = static_cast<int>(q->int64(3));
        }
    }
    const Prior prior = priorFor(rule);
    s.approvalRate
        = (prior.approvals + s.approvals) / (prior.approvals + prior.rejections + s.approvals + s.rejections);
    s.threshold = threshold(rule, s.approvals, s.rejections);
    return s;
}

bool record(Workspace& ws, const AuthorityRule& rule, const QString& label, double approveWeight, double rejectWeight,
    const QString& decisionId, const QString& note, QString* error)
{
    const CalibrationState before = state(ws, rule);
    const double approvals = before.approvals + approveWeight;
    const double rejections = before.rejections + rejectWeight;
    const double after = threshold(rule, approvals, rejections);
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO calibration (decision_type, approvals, rejections, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (decision_type) DO UPDATE SET approvals = excluded.approvals, "
                       "rejections = excluded.rejections, updated_at = excluded.updated_at"));
    q.addBindValue(rule.type);
    q.addBindValue(approvals);
    q.addBindValue(rejections);
    q.addBindValue(nowMs());
    if (!ws.execWrite(q, QStringLiteral("learning:calibration"), error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO learning_events (decision_type, at, label, weight, threshold_before, "
                             "threshold_after, decision_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(rule.type);
    q.addBindValue(nowMs());
    q.addBindValue(label);
    q.addBindValue(approveWeight - rejectWeight);
    q.addBindValue(before.threshold);
    q.addBindValue(after);
    q.addBindValue(decisionId.isEmpty() ? QVariant() : QVariant(decisionId));
    q.addBindValue(note);
    return ws.execWrite(q, QStringLiteral("learning:event"), error);
}

bool reset(Workspace& ws, const AuthorityRule& rule, const QString& actor, QString* error)
{
    const CalibrationState before = state(ws, rule);
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("DELETE FROM calibration WHERE decision_type = ?"));
    q.addBindValue(rule.type);
    if (!ws.execWrite(q, QStringLiteral("learning:reset"), error))
        return false;
    q.prepare(QStringLiteral("INSERT INTO learning_events (decision_type, at, label, weight, threshold_before, "
                             "threshold_after, decision_id, note) VALUES (?, ?, 'reset', 0, ?, ?, NULL, ?)"));
    q.addBindValue(rule.type);
    q.addBindValue(nowMs());
    q.addBindValue(before.threshold);
    q.addBindValue(threshold(rule, 0, 0));
    q.addBindValue(tr("reset by %1").arg(actor));
    if (!ws.execWrite(q, QStringLiteral("learning:event"), error))
        return false;
    return AuditLog::append(ws, actor, QStringLiteral("learning_reset"), {},
        QJsonObject { { QStringLiteral("decision_type"), rule.type }, { QStringLiteral("approvals"), before.approvals },
            { QStringLiteral("rejections"), before.rejections }, { QStringLiteral("threshold"), before.threshold } },
        error);
}

} // namespace Calibration

} // namespace gd::core
