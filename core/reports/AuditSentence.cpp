#include "core/reports/AuditSentence.h"

#include "core/Text.h"
#include "core/decisions/Decision.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <cmath>

namespace gd::core::AuditSentence {

namespace {

QString levelText(const QString& level)
{
    if (const auto l = riskLevelFromString(level))
        return riskLevelText(*l);
    return level;
}

// A risk score as people read it: always two decimals ("0.20").
QString score(double value)
{
    return QString::number(std::round(value * 100.0) / 100.0, 'f', 2);
}

QString riskText(double combined, const QString& level, const QStringList& reasons)
{
    const QString head = tr("risk %1 %2").arg(score(combined), levelText(level));
    return reasons.isEmpty() ? head : tr("%1: %2").arg(head, reasons.join(QStringLiteral("; ")));
}

QString riskText(const AuditSubject* s)
{
    return s && s->hasRisk ? riskText(s->risk, s->level, s->reasons) : QString();
}

QString riskFromJson(const QJsonObject& risk)
{
    QStringList reasons;
    for (const char* factor : { "financial", "relationship", "compliance", "strategic" }) {
        for (const QJsonValue& r :
            risk.value(QLatin1String(factor)).toObject().value(QStringLiteral("reasons")).toArray())
            reasons << r.toString();
    }
    return riskText(
        risk.value(QStringLiteral("combined")).toDouble(), risk.value(QStringLiteral("level")).toString(), reasons);
}

// "First-touch email to Olivia Jansen", "Move a deal to another stage: Acme renewal".
QString what(const AuditSubject* s)
{
    if (!s)
        return tr("a decision");
    const DecisionTypeInfo* info = decisionType(s->type);
    const QString title = info ? info->title : s->type;
    if (s->who.isEmpty())
        return title;
    return info && info->contactFacing ? tr("%1 to %2").arg(title, s->who) : tr("%1: %2").arg(title, s->who);
}

QString withRisk(const QString& text, const AuditSubject* s)
{
    const QString risk = riskText(s);
    return risk.isEmpty() ? text : tr("%1, %2").arg(text, risk);
}

QString joined(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << (v.isString() ? v.toString() : roundedJson(v));
        return parts.join(QStringLiteral("; "));
    }
    return value.isString() ? value.toString() : roundedJson(value);
}

// Free text from a person (a rejection reason, a note) or about them: left out when the decision
// is about a suppressed or erased person.
QString freeText(const QJsonValue& value, const AuditSubject* s)
{
    if (s && s->hidden)
        return tr("details withheld: suppressed contact");
    return joined(value);
}

// The subject of a decision (its type, target and stored risk JSON): the one reading of a decision
// row both subjects() and SubjectReader use. name: the prospect's name for an address target;
// dealTitle: the deal's title when the type is about a deal (nullopt: none).
template<typename Name, typename DealTitle>
AuditSubject makeSubject(const QString& type, const QString& target, const QString& riskJson,
    const ReportPrivacy& privacy, const Name& name, const DealTitle& dealTitle)
{
    AuditSubject s;
    s.type = type;
    const QJsonObject risk = QJsonDocument::fromJson(riskJson.toUtf8()).object();
    if (risk.contains(QStringLiteral("combined"))) {
        s.hasRisk = true;
        s.risk = risk.value(QStringLiteral("combined")).toDouble();
        s.level = risk.value(QStringLiteral("level")).toString();
        for (const char* factor : { "financial", "relationship", "compliance", "strategic" }) {
            for (const QJsonValue& r :
                risk.value(QLatin1String(factor)).toObject().value(QStringLiteral("reasons")).toArray())
                s.reasons << r.toString();
        }
    }
    if (target.contains(QLatin1Char('@'))) {
        s.hidden = privacy.hidden(target);
        s.who = privacy.person(target, name());
        if (s.hidden)
            s.reasons.clear(); // risk reasons can name the person's history
    } else if (const std::optional<QString> title = dealTitle()) {
        s.who = *title;
    } else {
        s.who = target;
    }
    return s;
}

// SQL's "type LIKE 'deal.%' OR type LIKE 'pricing.%' OR type = 'meeting.book'" (LIKE ignores the
// case of ASCII letters only): the types whose target is a deal's id.
bool aboutADeal(const QString& type)
{
    auto startsWith = [&type](QLatin1String prefix) {
        if (type.size() < prefix.size())
            return false;
        for (qsizetype i = 0; i < prefix.size(); ++i) {
            const char16_t c = type.at(i).unicode();
            const char16_t lower = c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
            if (lower != static_cast<char16_t>(prefix.at(i).unicode()))
                return false;
        }
        return true;
    };
    return startsWith(QLatin1String("deal.")) || startsWith(QLatin1String("pricing."))
        || type == QLatin1String("meeting.book");
}

} // namespace

QString number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    const double rounded = std::round(value * 100.0) / 100.0;
    QString text = QString::number(rounded, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString roundedJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray())
            parts << roundedJson(v);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        QStringList parts;
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << QStringLiteral("\"%1\":%2").arg(it.key(), roundedJson(it.value()));
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    }
    return {};
}

QHash<QString, AuditSubject> subjects(Workspace& ws, const QList<AuditEntry>& entries, const ReportPrivacy& privacy)
{
    QHash<QString, AuditSubject> out;
    QStringList ids;
    for (const AuditEntry& e : entries) {
        if (!e.decisionId.isEmpty() && !out.contains(e.decisionId) && !ids.contains(e.decisionId))
            ids << e.decisionId;
    }
    constexpr int kChunk = 400;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(ws.db());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT d.id, d.type, d.target, d.risk, "
                           " (SELECT full_name FROM prospects WHERE email = d.target LIMIT 1), "
                           " (SELECT full_name FROM prospects WHERE email = lower(d.target) LIMIT 1), "
                           " CASE WHEN d.type LIKE 'deal.%' OR d.type LIKE 'pricing.%' OR d.type = 'meeting.book' "
                           "  THEN (SELECT title FROM deals WHERE id = CAST(d.target AS INTEGER)) END "
                           "FROM decisions d WHERE d.id IN (%1)")
                .arg(marks.join(QLatin1Char(','))));
        for (const QString& id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next()) {
            out.insert(q.value(0).toString(),
                makeSubject(
                    q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), privacy,
                    [&q] {
                        const QString name = q.value(4).toString();
                        return name.isEmpty() ? q.value(5).toString() : name;
                    },
                    [&q] { return q.value(6).isNull() ? std::optional<QString>() : q.value(6).toString(); }));
        }
    }
    return out;
}

QString sentence(const AuditEntry& e, const AuditSubject* s)
{
    const QJsonObject& d = e.details;
    const QString ev = e.event;
    if (ev == QLatin1String("proposed"))
        return tr("proposed by %1: %2").arg(e.actor, what(s));
    if (ev == QLatin1String("assessed")) {
        const QJsonObject risk = d.value(QStringLiteral("risk")).toObject();
        QString text = tr("assessed: %1")
                           .arg(s && s->hidden ? tr("risk %1 %2")
                                                     .arg(score(risk.value(QStringLiteral("combined")).toDouble()),
                                                         levelText(risk.value(QStringLiteral("level")).toString()))
                                               : riskFromJson(risk));
        if (d.contains(QStringLiteral("threshold")))
            text = tr("%1 (acts alone up to %2)").arg(text, number(d.value(QStringLiteral("threshold")).toDouble()));
        return text;
    }
    if (ev == QLatin1String("queued")) {
        const QString text = tr("queued for approval: %1").arg(withRisk(what(s), s));
        const QJsonValue why = d.value(QStringLiteral("why"));
        return why.toArray().isEmpty() || (s && s->hidden) ? text : tr("%1 (%2)").arg(text, joined(why));
    }
    if (ev == QLatin1String("authorized"))
        return tr("allowed to act alone: %1").arg(withRisk(what(s), s));
    if (ev == QLatin1String("refused"))
        return tr("refused: %1 (%2)").arg(what(s), freeText(d.value(QStringLiteral("why")), s));
    if (ev == QLatin1String("approved"))
        return tr("approved by %1: %2").arg(e.actor, what(s));
    if (ev == QLatin1String("rejected"))
        return tr("rejected by %1: %2 (%3)").arg(e.actor, what(s), freeText(d.value(QStringLiteral("reason")), s));
    if (ev == QLatin1String("edited")) {
        const QJsonObject risk = d.value(QStringLiteral("risk")).toObject();
        return tr("edited by %1 before approval: %2, now risk %3 %4")
            .arg(e.actor, what(s), score(risk.value(QStringLiteral("combined")).toDouble()),
                levelText(risk.value(QStringLiteral("level")).toString()));
    }
    if (ev == QLatin1String("expired"))
        return tr("no answer before the deadline, denied: %1").arg(what(s));
    if (ev == QLatin1String("executed"))
        return tr("carried out: %1").arg(what(s));
    if (ev == QLatin1String("execution_failed"))
        return tr("could not be carried out: %1 (%2)").arg(what(s), freeText(d.value(QStringLiteral("reason")), s));
    if (ev == QLatin1String("execution_held"))
        return tr("held for an operator: %1 (%2)").arg(what(s), freeText(d.value(QStringLiteral("reason")), s));
    if (ev == QLatin1String("overridden"))
        return tr("marked wrong by %1: %2 (%3)").arg(e.actor, what(s), freeText(d.value(QStringLiteral("note")), s));
    if (ev == QLatin1String("undone"))
        return tr("undone by %1: %2").arg(e.actor, what(s));
    if (ev == QLatin1String("matrix_changed"))
        return tr("%1 changed the authority matrix: %2").arg(e.actor, roundedJson(d));
    if (ev == QLatin1String("learning_reset"))
        return tr("%1 reset what was learned: %2").arg(e.actor, roundedJson(d));
    if (ev == QLatin1String("report_exported"))
        return tr("%1 exported the %2 report for %3 to %4")
            .arg(e.actor, d.value(QStringLiteral("kind")).toString(), d.value(QStringLiteral("period")).toString(),
                d.value(QStringLiteral("file")).toString());
    if (ev == QLatin1String("goal_removed")) {
        QJsonObject rest = d;
        rest.remove(QStringLiteral("goal_id"));
        rest.remove(QStringLiteral("goal"));
        const QString text = tr("%1 removed goal %2 (%3)")
                                 .arg(e.actor)
                                 .arg(d.value(QStringLiteral("goal_id")).toInteger())
                                 .arg(d.value(QStringLiteral("goal")).toString());
        return rest.isEmpty() ? text : tr("%1; taken back with it: %2").arg(text, roundedJson(rest));
    }
    return tr("%1: %2").arg(ev, d.isEmpty() || (s && s->hidden) ? what(s) : roundedJson(d));
}

bool usesDetails(const QString& event)
{
    // The events whose sentence is made of the actor and the subject alone (see sentence()).
    static const QSet<QString> without { QStringLiteral("proposed"), QStringLiteral("authorized"),
        QStringLiteral("approved"), QStringLiteral("expired"), QStringLiteral("executed"), QStringLiteral("undone") };
    return !without.contains(event);
}

namespace {

constexpr int kMemo = 20'000; // entries each memo keeps before it starts over

} // namespace

SubjectReader::SubjectReader(Workspace& workspace, const ReportPrivacy& privacy)
    : m_workspace(workspace)
    , m_privacy(privacy)
{
}

const SubjectReader::Names& SubjectReader::names(const QString& target)
{
    auto it = m_names.constFind(target);
    if (it != m_names.cend())
        return it.value();
    if (m_names.size() >= kMemo)
        m_names.clear();
    Names n;
    auto lookUp = [this](const char* sql, const QString& address) {
        QString name;
        if (SqlStatement* q = m_workspace.statement(sql)) {
            SqlStatement::Reader reader(*q);
            q->bind(0, address);
            if (q->next())
                name = q->text(0);
        }
        return name;
    };
    n.exact = lookUp("SELECT full_name FROM prospects WHERE email = ?1 LIMIT 1", target);
    // SQL's lower() changes ASCII letters only: an address without capitals (nor other letters
    // it might change) is its own lower case, and was just looked up.
    const bool same = std::all_of(target.cbegin(), target.cend(),
        [](QChar c) { return c.unicode() < 0x80 && !(c.unicode() >= u'A' && c.unicode() <= u'Z'); });
    if (n.exact.isEmpty() && !same)
        n.lower = lookUp("SELECT full_name FROM prospects WHERE email = lower(?1) LIMIT 1", target);
    return m_names.insert(target, n).value();
}

const std::optional<QString>& SubjectReader::dealTitle(const QString& target)
{
    auto it = m_dealTitles.constFind(target);
    if (it != m_dealTitles.cend())
        return it.value();
    if (m_dealTitles.size() >= kMemo)
        m_dealTitles.clear();
    std::optional<QString> title;
    if (SqlStatement* q = m_workspace.statement("SELECT title FROM deals WHERE id = CAST(?1 AS INTEGER)")) {
        SqlStatement::Reader reader(*q);
        q->bind(0, target);
        if (q->next() && !q->isNull(0))
            title = q->text(0);
    }
    return m_dealTitles.insert(target, title).value();
}

const AuditSubject* SubjectReader::subject(const QString& decisionId)
{
    if (decisionId.isEmpty())
        return nullptr;
    auto it = m_subjects.constFind(decisionId);
    if (it == m_subjects.cend()) {
        if (m_subjects.size() >= kMemo)
            m_subjects.clear();
        std::optional<AuditSubject> subject;
        if (SqlStatement* q = m_workspace.statement("SELECT type, target, risk FROM decisions WHERE id = ?1")) {
            SqlStatement::Reader reader(*q);
            q->bind(0, decisionId);
            if (q->next()) {
                const QString type = q->text(0);
                const QString target = q->text(1);
                subject = makeSubject(
                    type, target, q->text(2), m_privacy,
                    [&] {
                        const Names& n = names(target);
                        return n.exact.isEmpty() ? n.lower : n.exact;
                    },
                    [&] { return aboutADeal(type) ? dealTitle(target) : std::optional<QString>(); });
            }
        }
        it = m_subjects.insert(decisionId, subject);
    }
    return it.value() ? &*it.value() : nullptr;
}

} // namespace gd::core::AuditSentence
