#include "core/sales/Campaign.h"

#include "core/Text.h"
#include "core/decisions/effects/DecisionEffect.h"
#include "core/mail/MailboxStore.h"
#include "core/runtime/Types.h"
#include "core/sales/OutreachDrafter.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace gd::core {

namespace {

const QStringList kSizeBands = { QStringLiteral("1-50"), QStringLiteral("51-1000"), QStringLiteral("1000+") };
constexpr int kMaxSteps = 10;
constexpr int kMaxLimit = 10000;
constexpr int kMaxBusinessDays = 60;

QStringList stringList(const QJsonValue& value, const QString& where, QStringList* problems)
{
    QStringList out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isArray()) {
        *problems << tr("%1: expected a list of texts").arg(where);
        return out;
    }
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            *problems << tr("%1: expected a list of non-empty texts").arg(where);
            continue;
        }
        out << v.toString().trimmed();
    }
    return out;
}

void unknownKeys(const QJsonObject& json, const QStringList& known, const QString& where, QStringList* problems)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            *problems
                << tr("%1: unknown field \"%2\" (known: %3)").arg(where, it.key(), known.join(QStringLiteral(", ")));
    }
}

// A variant's or step's content as a drafter template, or {} with a problem.
QJsonObject contentOf(const QJsonObject& json, const QString& kind, const QString& where, QStringList* problems)
{
    QJsonObject templ;
    if (json.contains(QStringLiteral("template"))) {
        const QString name = json.value(QStringLiteral("template")).toString();
        templ = OutreachDrafter::shippedTemplate(name);
        if (templ.isEmpty()) {
            *problems << tr("%1: there is no shipped template \"%2\"").arg(where, name);
            return {};
        }
    } else if (json.contains(QStringLiteral("subject")) || json.contains(QStringLiteral("body"))) {
        const QString subject = json.value(QStringLiteral("subject")).toString();
        const QJsonValue body = json.value(QStringLiteral("body"));
        if (subject.trimmed().isEmpty())
            *problems << tr("%1: the subject is empty").arg(where);
        if (body.isString())
            templ = OutreachDrafter::templateFromText(kind, subject, body.toString());
        else if (body.isArray())
            templ = QJsonObject { { QStringLiteral("name"), kind }, { QStringLiteral("subject"), subject },
                { QStringLiteral("body"), body } };
        else
            *problems << tr("%1: the body must be text or a list of paragraphs").arg(where);
    } else {
        templ = OutreachDrafter::shippedTemplate(kind);
    }
    for (const QString& p : OutreachDrafter::problems(templ))
        *problems << QStringLiteral("%1: %2").arg(where, p);
    return templ;
}

QList<CampaignVariant> variantsOf(
    const QJsonValue& value, const QString& kind, const QString& where, QStringList* problems)
{
    QList<CampaignVariant> out;
    if (!value.isArray() || value.toArray().isEmpty()) {
        *problems << tr("%1: variants must be a non-empty list").arg(where);
        return out;
    }
    QSet<QString> seen;
    for (const QJsonValue& v : value.toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString here = QStringLiteral("%1[%2]").arg(where, id);
        unknownKeys(o,
            { QStringLiteral("id"), QStringLiteral("template"), QStringLiteral("subject"), QStringLiteral("body") },
            here, problems);
        if (id.isEmpty() || id.size() > 8 || !effects::isPlainToken(id))
            *problems << tr("%1: a variant needs a short id such as \"A\" or \"B\"").arg(where);
        else if (seen.contains(id))
            *problems << tr("%1: variant \"%2\" is given twice").arg(where, id);
        seen.insert(id);
        out.append(CampaignVariant { id, contentOf(o, kind, here, problems) });
    }
    return out;
}

QString bandOf(int employees)
{
    if (employees <= 0)
        return {};
    if (employees <= 50)
        return kSizeBands.at(0);
    if (employees <= 1000)
        return kSizeBands.at(1);
    return kSizeBands.at(2);
}

QJsonArray sentencesJson(const QList<CampaignVariant>& variants)
{
    QJsonArray out;
    for (const CampaignVariant& v : variants)
        out.append(QJsonObject { { QStringLiteral("id"), v.id },
            { QStringLiteral("subject"), v.templ.value(QStringLiteral("subject")) },
            { QStringLiteral("body"), v.templ.value(QStringLiteral("body")) } });
    return out;
}

} // namespace

QString CampaignStep::decisionType() const
{
    return kind == QLatin1String("first_touch") ? QStringLiteral("email.first_touch")
                                                : QStringLiteral("email.follow_up");
}

std::optional<CampaignDefinition> CampaignDefinition::parse(
    const QJsonObject& json, Workspace* workspace, QStringList* problems)
{
    QStringList local;
    QStringList& p = problems ? *problems : local;
    const int before = static_cast<int>(p.size());
    CampaignDefinition d;
    unknownKeys(json,
        { QStringLiteral("name"), QStringLiteral("mailbox"), QStringLiteral("mailboxes"), QStringLiteral("segment"),
            QStringLiteral("steps"), QStringLiteral("variants"), QStringLiteral("comment") },
        QStringLiteral("campaign"), &p);
    d.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (d.name.isEmpty() || d.name.size() > 100 || !effects::isPlainToken(d.name))
        p << tr("name: a campaign needs a name of letters, digits, '.', '_' and '-' (at most 100)");

    if (json.contains(QStringLiteral("mailbox")))
        d.mailboxes << json.value(QStringLiteral("mailbox")).toString().trimmed();
    d.mailboxes += stringList(json.value(QStringLiteral("mailboxes")), QStringLiteral("mailboxes"), &p);
    d.mailboxes.removeAll(QString());
    d.mailboxes.removeDuplicates();
    if (workspace) {
        MailboxStore boxes(*workspace);
        for (const QString& m : std::as_const(d.mailboxes)) {
            if (!boxes.find(m)) {
                QStringList names;
                for (const Mailbox& b : boxes.list())
                    names << b.name;
                p << tr("mailbox: there is no mailbox \"%1\" in this workspace (%2)")
                         .arg(m, names.isEmpty() ? tr("add one with `mailbox add`") : names.join(QStringLiteral(", ")));
            }
        }
    }

    const QJsonObject seg = json.value(QStringLiteral("segment")).toObject();
    unknownKeys(seg,
        { QStringLiteral("min_score"), QStringLiteral("industries"), QStringLiteral("countries"),
            QStringLiteral("titles"), QStringLiteral("company_sizes"), QStringLiteral("limit") },
        QStringLiteral("segment"), &p);
    if (seg.contains(QStringLiteral("min_score"))) {
        const QJsonValue v = seg.value(QStringLiteral("min_score"));
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 100 || v.toDouble() != v.toInt())
            p << tr("segment.min_score: a whole number from 0 to 100");
        else
            d.segment.minScore = v.toInt();
    }
    d.segment.industries
        = stringList(seg.value(QStringLiteral("industries")), QStringLiteral("segment.industries"), &p);
    d.segment.countries = stringList(seg.value(QStringLiteral("countries")), QStringLiteral("segment.countries"), &p);
    d.segment.titles = stringList(seg.value(QStringLiteral("titles")), QStringLiteral("segment.titles"), &p);
    d.segment.companySizes
        = stringList(seg.value(QStringLiteral("company_sizes")), QStringLiteral("segment.company_sizes"), &p);
    for (const QString& s : std::as_const(d.segment.companySizes)) {
        if (!kSizeBands.contains(s))
            p << tr("segment.company_sizes: \"%1\" is not a size band (%2)")
                     .arg(s, kSizeBands.join(QStringLiteral(", ")));
    }
    if (seg.contains(QStringLiteral("limit"))) {
        const QJsonValue v = seg.value(QStringLiteral("limit"));
        if (!v.isDouble() || v.toInt() < 1 || v.toInt() > kMaxLimit || v.toDouble() != v.toInt())
            p << tr("segment.limit: a whole number from 1 to %1").arg(kMaxLimit);
        else
            d.segment.limit = v.toInt();
    }

    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        p << tr("steps: a campaign needs at least one step (first_touch)");
    if (steps.size() > kMaxSteps)
        p << tr("steps: at most %1 steps").arg(kMaxSteps);
    QList<CampaignVariant> campaignVariants;
    if (json.contains(QStringLiteral("variants")))
        campaignVariants = variantsOf(
            json.value(QStringLiteral("variants")), QStringLiteral("first_touch"), QStringLiteral("variants"), &p);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        const QString where = QStringLiteral("steps[%1]").arg(i);
        unknownKeys(s,
            { QStringLiteral("kind"), QStringLiteral("after_business_days"), QStringLiteral("template"),
                QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("variants") },
            where, &p);
        CampaignStep step;
        step.kind = s.value(QStringLiteral("kind")).toString();
        const bool last = i == steps.size() - 1;
        if (step.kind != QLatin1String("first_touch") && step.kind != QLatin1String("follow_up")
            && step.kind != QLatin1String("breakup"))
            p << tr("%1.kind: first_touch, follow_up or breakup, not \"%2\"").arg(where, step.kind);
        else if ((i == 0) != (step.kind == QLatin1String("first_touch")))
            p << tr("%1.kind: the first step, and only the first, is the first_touch").arg(where);
        else if (step.kind == QLatin1String("breakup") && !last)
            p << tr("%1.kind: the breakup email must be the last step").arg(where);
        const QJsonValue after = s.value(QStringLiteral("after_business_days"));
        if (i == 0) {
            if (!after.isUndefined() && after.toInt(-1) != 0)
                p << tr("%1.after_business_days: the first step goes out at the start (0)").arg(where);
        } else if (!after.isDouble() || after.toInt() < 1 || after.toInt() > kMaxBusinessDays
            || after.toDouble() != after.toInt()) {
            p << tr("%1.after_business_days: a whole number of business days from 1 to %2 after the previous step")
                     .arg(where)
                     .arg(kMaxBusinessDays);
        } else {
            step.afterBusinessDays = after.toInt();
        }
        const bool own = s.contains(QStringLiteral("template")) || s.contains(QStringLiteral("subject"))
            || s.contains(QStringLiteral("body"));
        if (s.contains(QStringLiteral("variants"))) {
            if (own)
                p << tr("%1: give either variants or one template/subject/body, not both").arg(where);
            step.variants
                = variantsOf(s.value(QStringLiteral("variants")), step.kind, where + QStringLiteral(".variants"), &p);
        } else if (i == 0 && !campaignVariants.isEmpty()) {
            if (own)
                p << tr("%1: the campaign's variants are the first step's content; remove its template").arg(where);
            step.variants = campaignVariants;
        } else {
            step.variants.append(CampaignVariant { QStringLiteral("A"), contentOf(s, step.kind, where, &p) });
        }
        if (step.variants.size() > 1) {
            QStringList ids;
            for (const CampaignVariant& v : std::as_const(step.variants))
                ids << v.id;
            if (d.variantIds.isEmpty() || d.variantIds.size() == 1)
                d.variantIds = ids;
            else if (ids != d.variantIds)
                p << tr("%1.variants: the ids must be the same in every step with variants (%2)")
                         .arg(where, d.variantIds.join(QStringLiteral(", ")));
        }
        d.steps.append(step);
    }
    if (d.variantIds.isEmpty())
        d.variantIds = { QStringLiteral("A") };
    if (!campaignVariants.isEmpty() && !steps.isEmpty() && steps.at(0).toObject().contains(QStringLiteral("variants")))
        p << tr("variants: given for the campaign and for steps[0]; keep one");
    if (p.size() > before)
        return std::nullopt;
    return d;
}

QJsonObject CampaignDefinition::toJson() const
{
    QJsonObject seg { { QStringLiteral("limit"), segment.limit } };
    if (segment.minScore >= 0)
        seg.insert(QStringLiteral("min_score"), segment.minScore);
    auto putList = [&](const char* key, const QStringList& list) {
        if (!list.isEmpty())
            seg.insert(QLatin1String(key), QJsonArray::fromStringList(list));
    };
    putList("industries", segment.industries);
    putList("countries", segment.countries);
    putList("titles", segment.titles);
    putList("company_sizes", segment.companySizes);
    QJsonArray stepsJson;
    for (const CampaignStep& s : steps)
        stepsJson.append(QJsonObject { { QStringLiteral("kind"), s.kind },
            { QStringLiteral("after_business_days"), s.afterBusinessDays },
            { QStringLiteral("variants"), sentencesJson(s.variants) } });
    return QJsonObject { { QStringLiteral("name"), name },
        { QStringLiteral("mailboxes"), QJsonArray::fromStringList(mailboxes) }, { QStringLiteral("segment"), seg },
        { QStringLiteral("steps"), stepsJson } };
}

QString CampaignDefinition::variantFor(const QString& email) const
{
    if (variantIds.size() <= 1)
        return variantIds.value(0, QStringLiteral("A"));
    const QByteArray h
        = QCryptographicHash::hash((name + QLatin1Char('|') + email.toLower()).toUtf8(), QCryptographicHash::Sha256);
    const quint32 n = (quint32(quint8(h.at(0))) << 24) | (quint32(quint8(h.at(1))) << 16)
        | (quint32(quint8(h.at(2))) << 8) | quint32(quint8(h.at(3)));
    return variantIds.at(static_cast<qsizetype>(n % static_cast<quint32>(variantIds.size())));
}

const CampaignVariant* CampaignDefinition::variant(int step, const QString& id) const
{
    if (step < 0 || step >= steps.size() || steps.at(step).variants.isEmpty())
        return nullptr;
    for (const CampaignVariant& v : steps.at(step).variants) {
        if (v.id == id)
            return &v;
    }
    return &steps.at(step).variants.first(); // a step with one content serves every variant
}

QStringList CampaignSummary::mailboxes() const
{
    QStringList out;
    for (const QJsonValue& v : definition.value(QStringLiteral("mailboxes")).toArray())
        out << v.toString();
    return out;
}

QJsonObject CampaignSummary::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("status"), status },
        { QStringLiteral("mailboxes"), QJsonArray::fromStringList(mailboxes()) },
        { QStringLiteral("enrolled"), enrolled }, { QStringLiteral("live"), live }, { QStringLiteral("sent"), sent },
        { QStringLiteral("replied"), replied }, { QStringLiteral("created_at"), createdAt },
        { QStringLiteral("updated_at"), updatedAt }, { QStringLiteral("definition"), definition } };
}

QJsonObject CampaignFigures::toJson() const
{
    return QJsonObject { { QStringLiteral("step"), step }, { QStringLiteral("variant"), variant },
        { QStringLiteral("proposed"), proposed }, { QStringLiteral("sent"), sent },
        { QStringLiteral("delivered"), delivered }, { QStringLiteral("bounced"), bounced },
        { QStringLiteral("replied"), replied }, { QStringLiteral("positive"), positive },
        { QStringLiteral("meetings"), meetings } };
}

QJsonObject CampaignContact::toJson() const
{
    return QJsonObject { { QStringLiteral("email"), email }, { QStringLiteral("name"), name },
        { QStringLiteral("step"), step }, { QStringLiteral("status"), status }, { QStringLiteral("variant"), variant },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("next_at"), nextAt > 0 ? QJsonValue(nextAt) : QJsonValue() },
        { QStringLiteral("updated_at"), updatedAt } };
}

bool CampaignStore::create(Workspace& ws, const CampaignDefinition& definition, QString* error)
{
    if (find(ws, definition.name)) {
        if (error)
            *error = tr("there is already a campaign named %1").arg(definition.name);
        return false;
    }
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral(
        "INSERT INTO campaigns (name, status, definition, created_at, updated_at) VALUES (?, 'draft', ?, ?, ?)"));
    const qint64 now = nowMs();
    q.addBindValue(definition.name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    return ws.execWrite(q, QStringLiteral("campaign:create"), error);
}

namespace {

const char* const kSummarySelect
    = "SELECT c.name, c.status, c.definition, c.created_at, c.updated_at, "
      "(SELECT count(*) FROM enrolments e WHERE e.sequence = c.name), "
      "(SELECT count(*) FROM enrolments e WHERE e.sequence = c.name AND e.status IN ('active', 'paused')), "
      "(SELECT count(*) FROM campaign_sends s WHERE s.campaign = c.name AND s.status IN ('sent', 'bounced')), "
      "(SELECT count(DISTINCT s.email) FROM campaign_sends s JOIN mail_messages m ON m.in_reply_to = s.message_id "
      " AND m.direction = 'in' AND m.class NOT IN ('bounce', 'out_of_office') WHERE s.campaign = c.name "
      " AND s.message_id IS NOT NULL AND s.message_id <> '') "
      "FROM campaigns c";

CampaignSummary summaryFrom(const QSqlQuery& q)
{
    CampaignSummary s;
    s.name = q.value(0).toString();
    s.status = q.value(1).toString();
    s.definition = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    s.createdAt = q.value(3).toLongLong();
    s.updatedAt = q.value(4).toLongLong();
    s.enrolled = q.value(5).toInt();
    s.live = q.value(6).toInt();
    s.sent = q.value(7).toInt();
    s.replied = q.value(8).toInt();
    return s;
}

} // namespace

std::optional<CampaignSummary> CampaignStore::find(Workspace& ws, const QString& name)
{
    QSqlQuery q(ws.db());
    q.prepare(QLatin1String(kSummarySelect) + QStringLiteral(" WHERE c.name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return summaryFrom(q);
    return std::nullopt;
}

QList<CampaignSummary> CampaignStore::list(Workspace& ws)
{
    QList<CampaignSummary> out;
    QSqlQuery q(ws.db());
    if (q.exec(QLatin1String(kSummarySelect) + QStringLiteral(" ORDER BY c.created_at DESC, c.name"))) {
        while (q.next())
            out.append(summaryFrom(q));
    }
    return out;
}

bool CampaignStore::setStatus(Workspace& ws, const QString& name, const QString& status, QString* error)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("UPDATE campaigns SET status = ?, updated_at = ? WHERE name = ?"));
    q.addBindValue(status);
    q.addBindValue(nowMs());
    q.addBindValue(name);
    if (!ws.execWrite(q, QStringLiteral("campaign:status"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        if (error)
            *error = tr("there is no campaign named %1").arg(name);
        return false;
    }
    return true;
}

std::optional<CampaignStore::Retired> CampaignStore::retire(
    Workspace& ws, const QString& name, const QString& reason, QString* error)
{
    const auto campaign = find(ws, name);
    if (!campaign)
        return Retired::Missing;
    QSqlQuery ran(ws.db());
    ran.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM enrolments WHERE sequence = ?) OR EXISTS (SELECT 1 FROM "
                               "campaign_sends WHERE campaign = ?)"));
    ran.addBindValue(name);
    ran.addBindValue(name);
    if (!ran.exec() || !ran.next()) {
        if (error)
            *error = ran.lastError().text();
        return std::nullopt;
    }
    if (campaign->status == QLatin1String("draft") && !ran.value(0).toBool()) {
        QSqlQuery d(ws.db());
        d.prepare(QStringLiteral("DELETE FROM campaigns WHERE name = ?"));
        d.addBindValue(name);
        if (!ws.execWrite(d, QStringLiteral("campaign:retire"), error))
            return std::nullopt;
        return Retired::Deleted;
    }
    // It ran (or its launch waits for approval): finished, so it cannot be started or launched
    // again, and its live contacts stopped, so nothing more of it is proposed or sent.
    if (!setStatus(ws, name, QStringLiteral("finished"), error))
        return std::nullopt;
    QSqlQuery e(ws.db());
    e.prepare(QStringLiteral("UPDATE enrolments SET status = 'stopped', reason = ?, next_at = NULL, updated_at = ? "
                             "WHERE sequence = ? AND status IN ('active', 'paused')"));
    e.addBindValue(reason);
    e.addBindValue(nowMs());
    e.addBindValue(name);
    if (!ws.execWrite(e, QStringLiteral("campaign:retire"), error))
        return std::nullopt;
    return Retired::Archived;
}

QList<CampaignFigures> CampaignStore::figures(Workspace& ws, const QString& name)
{
    QList<CampaignFigures> out;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral(
        "SELECT s.step, s.variant, count(*), "
        " sum(s.status IN ('sent', 'bounced')), "
        " sum(s.status = 'bounced' OR EXISTS (SELECT 1 FROM mail_messages b WHERE b.direction = 'in' "
        "   AND b.class = 'bounce' AND b.in_reply_to = s.message_id)), "
        " sum(EXISTS (SELECT 1 FROM mail_messages m WHERE m.direction = 'in' AND m.in_reply_to = s.message_id "
        "   AND m.class NOT IN ('bounce', 'out_of_office'))), "
        " sum(EXISTS (SELECT 1 FROM mail_messages m WHERE m.direction = 'in' AND m.in_reply_to = s.message_id "
        "   AND m.class = 'interested')), "
        " sum(s.status IN ('sent', 'bounced') AND EXISTS (SELECT 1 FROM decisions d WHERE d.type = 'meeting.book' "
        "   AND d.target = s.email AND d.status = 'executed' AND d.created_at >= s.updated_at)) "
        "FROM campaign_sends s WHERE s.campaign = ? GROUP BY s.step, s.variant ORDER BY s.step, s.variant"));
    q.addBindValue(name);
    if (!q.exec())
        return out;
    while (q.next()) {
        CampaignFigures f;
        f.step = q.value(0).toInt();
        f.variant = q.value(1).toString();
        f.proposed = q.value(2).toInt();
        f.sent = q.value(3).toInt();
        f.bounced = q.value(4).toInt();
        f.delivered = f.sent - f.bounced;
        f.replied = q.value(5).toInt();
        f.positive = q.value(6).toInt();
        f.meetings = q.value(7).toInt();
        out.append(f);
    }
    return out;
}

QList<CampaignContact> CampaignStore::contacts(Workspace& ws, const QString& name, int limit)
{
    QList<CampaignContact> out;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral(
        "SELECT e.email, (SELECT p.full_name FROM prospects p WHERE p.email = e.email ORDER BY p.id LIMIT 1), "
        "e.step, e.status, e.variant, e.reason, e.next_at, e.updated_at FROM enrolments e WHERE e.sequence = ? "
        "ORDER BY e.updated_at DESC, e.email LIMIT ?"));
    q.addBindValue(name);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        CampaignContact c;
        c.email = q.value(0).toString();
        c.name = q.value(1).toString();
        c.step = q.value(2).toInt();
        c.status = q.value(3).toString();
        c.variant = q.value(4).toString();
        c.reason = q.value(5).toString();
        c.nextAt = q.value(6).toLongLong();
        c.updatedAt = q.value(7).toLongLong();
        out.append(c);
    }
    return out;
}

QStringList CampaignStore::segmentEmails(Workspace& ws, const CampaignSegment& segment)
{
    QStringList where { QStringLiteral("p.email IS NOT NULL"), QStringLiteral("p.email LIKE '%_@_%'") };
    QVariantList binds;
    if (segment.minScore >= 0) {
        where << QStringLiteral("p.score >= ?");
        binds << segment.minScore;
    }
    auto anyOf = [&](const QString& column, const QStringList& values, bool substring) {
        if (values.isEmpty())
            return;
        QStringList parts;
        for (const QString& v : values) {
            parts << (substring ? QStringLiteral("instr(lower(%1), ?) > 0").arg(column)
                                : QStringLiteral("lower(%1) = ?").arg(column));
            binds << v.toLower();
        }
        where << QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    };
    anyOf(QStringLiteral("c.industry"), segment.industries, false);
    anyOf(QStringLiteral("coalesce(p.country, c.country)"), segment.countries, false);
    anyOf(QStringLiteral("p.title"), segment.titles, true);
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT DISTINCT lower(p.email), p.score, p.id, c.employees FROM prospects p "
                             "LEFT JOIN companies c ON c.id = p.company_id WHERE %1 "
                             "ORDER BY p.score IS NULL, p.score DESC, p.id")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    QStringList out;
    if (!q.exec())
        return out;
    while (q.next() && out.size() < segment.limit) {
        if (!segment.companySizes.isEmpty()
            && !segment.companySizes.contains(bandOf(q.value(3).isNull() ? 0 : q.value(3).toInt())))
            continue;
        const QString email = q.value(0).toString();
        if (!out.contains(email))
            out << email;
    }
    return out;
}

bool CampaignStore::isEnrolled(Workspace& ws, const QString& email)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT 1 FROM enrolments e JOIN campaigns c ON c.name = e.sequence WHERE e.email = ? "
                             "LIMIT 1"));
    q.addBindValue(email.trimmed().toLower());
    return q.exec() && q.next();
}

int CampaignStore::segmentSize(Workspace& ws, const QString& name)
{
    const auto c = find(ws, name);
    if (!c)
        return -1;
    const auto d = CampaignDefinition::parse(c->definition, nullptr, nullptr);
    if (!d)
        return -1;
    return static_cast<int>(segmentEmails(ws, d->segment).size());
}

CampaignStore::PendingEmails CampaignStore::pendingEmails(Workspace& ws, const QString& name)
{
    PendingEmails p;
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM campaign_sends s JOIN outbox o ON o.decision_id = s.decision_id "
                       "  WHERE s.campaign = ? AND o.status NOT IN ('done', 'failed')), "
                       "(SELECT count(*) FROM campaign_sends s JOIN decisions d ON d.id = s.decision_id "
                       "  WHERE s.campaign = ? AND d.status = 'pending')"));
    q.addBindValue(name);
    q.addBindValue(name);
    if (q.exec() && q.next()) {
        p.inOutbox = q.value(0).toInt();
        p.awaitingApproval = q.value(1).toInt();
    }
    return p;
}

std::optional<CampaignStore::SendHold> CampaignStore::sendHold(
    Workspace& ws, const QString& campaign, const QString& email)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT c.status, e.status, e.reason FROM campaigns c LEFT JOIN enrolments e "
                             "ON e.sequence = c.name AND e.email = ? WHERE c.name = ?"));
    q.addBindValue(email.trimmed().toLower());
    q.addBindValue(campaign);
    if (!q.exec() || !q.next())
        return std::nullopt; // not a campaign's email (or the campaign is gone): judged like any other
    const QString enrolment = q.value(1).toString();
    if (enrolment == QLatin1String("ended") || enrolment == QLatin1String("stopped"))
        return SendHold { true,
            tr("not sent: %1's sequence in campaign %2 ended since it was approved (%3)")
                .arg(email, campaign, q.value(2).toString()) };
    if (q.value(0).toString() == QLatin1String("paused"))
        return SendHold { false, tr("campaign %1 is paused: the email goes when it is started again").arg(campaign) };
    return std::nullopt;
}

bool CampaignStore::markSkipped(Workspace& ws, const QString& decisionId, const QString& reason)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("UPDATE campaign_sends SET status = 'skipped', reason = ?, updated_at = ? "
                             "WHERE decision_id = ? AND status = 'proposed'"));
    q.addBindValue(reason);
    q.addBindValue(nowMs());
    q.addBindValue(decisionId);
    return ws.execWrite(q, QStringLiteral("campaign:skipped"));
}

} // namespace gd::core
