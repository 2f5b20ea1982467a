#include "core/sales/OutreachDrafter.h"

#include "core/Text.h"
#include "core/ai/LanguageModel.h"
#include "core/prospects/Icp.h"
#include "core/store/ProspectStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gd::core {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{\{\s*([a-z_.]+)\s*\}\})"));
    return pattern;
}

QStringList placeholdersIn(const QString& text)
{
    QStringList names;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

// A company description longer than this is not quoted: cutting it would change what it says.
constexpr int kMaxQuotedDescription = 300;

void put(OutreachFacts& facts, const QString& name, const QString& value, const QString& source)
{
    const QString v = value.simplified();
    if (!v.isEmpty())
        facts.insert(name, OutreachFact { name, v, source });
}

} // namespace

const QJsonObject& OutreachDrafter::catalogue()
{
    static const QJsonObject shipped = [] {
        QFile file(QStringLiteral(":/templates/outreach.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return shipped;
}

QJsonObject OutreachDrafter::shippedTemplate(const QString& name)
{
    for (const QJsonValue& v : catalogue().value(QStringLiteral("templates")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    }
    return {};
}

QString OutreachDrafter::factFor(const QString& placeholder)
{
    const QJsonObject known = catalogue().value(QStringLiteral("known_facts")).toObject();
    if (known.contains(placeholder))
        return known.value(placeholder).toString();
    for (auto it = known.begin(); it != known.end(); ++it) {
        if (it.value().toString() == placeholder)
            return placeholder;
    }
    return {};
}

QStringList OutreachDrafter::knownFacts()
{
    QStringList facts;
    const QJsonObject known = catalogue().value(QStringLiteral("known_facts")).toObject();
    for (auto it = known.begin(); it != known.end(); ++it)
        facts << it.value().toString();
    facts.sort();
    return facts;
}

QStringList OutreachDrafter::unknownPlaceholders(const QString& text)
{
    QStringList unknown;
    for (const QString& name : placeholdersIn(text)) {
        if (factFor(name).isEmpty())
            unknown << name;
    }
    return unknown;
}

bool OutreachDrafter::isAboutUs(const QString& fact)
{
    return fact.startsWith(QLatin1String("us."));
}

QJsonObject OutreachDrafter::templateFromText(const QString& name, const QString& subject, const QString& body)
{
    static const QRegularExpression paragraphBreak(QStringLiteral(R"(\n\s*\n)"));
    static const QRegularExpression sentenceEnd(QStringLiteral(R"((?<=[.!?])\s+)"));
    QJsonArray paragraphs;
    for (const QString& paragraph : body.split(paragraphBreak, Qt::SkipEmptyParts)) {
        QJsonArray sentences;
        for (const QString& raw : paragraph.trimmed().split(sentenceEnd, Qt::SkipEmptyParts)) {
            QJsonArray needs;
            for (const QString& p : placeholdersIn(raw)) {
                const QString fact = factFor(p); // an unknown one is reported by problems()
                if (!fact.isEmpty() && !needs.contains(fact))
                    needs.append(fact);
            }
            sentences.append(QJsonObject { { QStringLiteral("text"), raw.trimmed() },
                { QStringLiteral("needs"), needs }, { QStringLiteral("required"), true } });
        }
        if (!sentences.isEmpty())
            paragraphs.append(sentences);
    }
    return QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), paragraphs } };
}

QStringList OutreachDrafter::problems(const QJsonObject& templ)
{
    QStringList out;
    for (const QString& p : unknownPlaceholders(templ.value(QStringLiteral("subject")).toString()))
        out << tr("the subject's {{%1}} is not a fact GreenDoor stores").arg(p);
    const QJsonArray paragraphs = templ.value(QStringLiteral("body")).toArray();
    if (paragraphs.isEmpty())
        out << tr("the body is empty");
    for (const QJsonValue& para : paragraphs) {
        for (const QJsonValue& s : para.toArray()) {
            const QJsonObject sentence = s.toObject();
            const QString text = sentence.value(QStringLiteral("text")).toString();
            for (const QString& p : unknownPlaceholders(text))
                out << tr("{{%1}} in \"%2\" is not a fact GreenDoor stores (known: %3)")
                           .arg(p, text.simplified(), knownFacts().join(QStringLiteral(", ")));
            QStringList wanted;
            for (const QString& p : placeholdersIn(text))
                wanted << factFor(p);
            for (const QJsonValue& n : sentence.value(QStringLiteral("needs")).toArray()) {
                if (factFor(n.toString()).isEmpty())
                    out << tr("\"%1\" needs %2, which is not a fact GreenDoor stores")
                               .arg(text.simplified(), n.toString());
                wanted.removeAll(factFor(n.toString()));
            }
            wanted.removeAll(QString());
            if (!wanted.isEmpty())
                out << tr("\"%1\" uses %2 without naming it in needs")
                           .arg(text.simplified(), wanted.join(QStringLiteral(", ")));
        }
    }
    return out;
}

OutreachFacts OutreachDrafter::factsFor(Workspace& ws, const QString& email)
{
    OutreachFacts facts;
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("SELECT p.full_name, p.first_name, p.last_name, p.title, %1, p.source, c.name, c.industry, "
                       "c.employees, c.technologies, c.description, c.enriched_at FROM prospects p "
                       "LEFT JOIN companies c ON c.id = p.company_id WHERE p.email = ? ORDER BY p.id LIMIT 1")
            .arg(ProspectStore::sourcesSql(QLatin1String("p."))));
    q.addBindValue(email.trimmed().toLower());
    if (!q.exec() || !q.next())
        return facts;
    const QJsonObject sources = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    const QString origin = q.value(5).toString();
    auto sourceOf = [&](const QString& field, const QString& fallbackField = {}) {
        QString s = sources.value(field).toString();
        if (s.isEmpty() && !fallbackField.isEmpty())
            s = sources.value(fallbackField).toString();
        return QStringLiteral("prospects.%1 (%2)").arg(field, s.isEmpty() ? origin : s);
    };
    const QString fullName = q.value(0).toString().simplified();
    const QStringList names = fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString first = q.value(1).toString().trimmed();
    const QString last = q.value(2).toString().trimmed();
    if (!first.isEmpty())
        put(facts, QStringLiteral("prospect.first_name"), first, sourceOf(QStringLiteral("first_name")));
    else if (!names.isEmpty())
        put(facts, QStringLiteral("prospect.first_name"), names.first(), sourceOf(QStringLiteral("full_name")));
    if (!last.isEmpty())
        put(facts, QStringLiteral("prospect.last_name"), last, sourceOf(QStringLiteral("last_name")));
    else if (names.size() > 1)
        put(facts, QStringLiteral("prospect.last_name"), names.last(), sourceOf(QStringLiteral("full_name")));
    put(facts, QStringLiteral("prospect.title"), q.value(3).toString(), sourceOf(QStringLiteral("title")));
    const QString enrichment = q.value(11).isNull() ? QStringLiteral("companies (%1)").arg(origin)
                                                    : QStringLiteral("companies (website enrichment)");
    put(facts, QStringLiteral("company.name"), q.value(6).toString(), sourceOf(QStringLiteral("company")));
    put(facts, QStringLiteral("company.industry"), q.value(7).toString(), enrichment);
    if (!q.value(8).isNull() && q.value(8).toInt() > 0)
        put(facts, QStringLiteral("company.employees"), QString::number(q.value(8).toInt()), enrichment);
    QStringList techs;
    for (const QString& t : q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        techs << t.trimmed();
    techs.removeAll(QString());
    put(facts, QStringLiteral("company.technologies"), techs.join(QStringLiteral(", ")), enrichment);
    const QString description = q.value(10).toString().simplified();
    if (description.size() <= kMaxQuotedDescription)
        put(facts, QStringLiteral("company.description"), description, enrichment);

    if (const auto icp = IcpStore::current(ws)) {
        if (!icp->pains.isEmpty()) {
            const QString pain = icp->pains.first();
            const IcpEvidence ev = icp->evidence.value(QStringLiteral("pains:") + pain);
            const QString source = ev.sentence.isEmpty()
                ? QStringLiteral("ICP v%1 (%2)").arg(icp->version).arg(icp->source)
                : QStringLiteral("ICP v%1: %2 \"%3\"").arg(icp->version).arg(ev.page, ev.sentence);
            put(facts, QStringLiteral("icp.pain"), pain, source);
        }
        put(facts, QStringLiteral("us.offering"), icp->offering, QStringLiteral("ICP v%1").arg(icp->version));
    }
    put(facts, QStringLiteral("us.sender_name"), ws.meta(keys::SenderName, QStringLiteral("GreenDoor")),
        QStringLiteral("settings"));
    return facts;
}

OutreachDraft OutreachDrafter::draft(const QJsonObject& templ, const OutreachFacts& facts)
{
    OutreachDraft d;
    // Fills text; returns false (and names the fact) when one is missing.
    auto fill = [&](const QString& text, QString* out, QString* missing, QStringList* used) {
        out->clear();
        qsizetype last = 0;
        for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            *out += text.mid(last, m.capturedStart() - last);
            const QString fact = factFor(m.captured(1));
            if (fact.isEmpty() || !facts.contains(fact)) {
                *missing = fact.isEmpty() ? m.captured(1) : fact;
                return false;
            }
            *out += facts.value(fact).value;
            if (used && !used->contains(fact))
                used->append(fact);
            last = m.capturedEnd();
        }
        *out += text.mid(last);
        return true;
    };
    QString missing;
    if (!fill(templ.value(QStringLiteral("subject")).toString(), &d.subject, &missing, nullptr)) {
        d.held = tr("the subject needs %1, which is not stored for this contact").arg(missing);
        return d;
    }
    QStringList paragraphs;
    for (const QJsonValue& para : templ.value(QStringLiteral("body")).toArray()) {
        QStringList kept;
        for (const QJsonValue& s : para.toArray()) {
            const QJsonObject sentence = s.toObject();
            QStringList needs;
            for (const QJsonValue& n : sentence.value(QStringLiteral("needs")).toArray())
                needs << factFor(n.toString());
            QString why;
            for (const QString& n : std::as_const(needs)) {
                if (n.isEmpty() || !facts.contains(n)) {
                    why = n;
                    break;
                }
            }
            QString text;
            QStringList used;
            if (why.isEmpty())
                fill(sentence.value(QStringLiteral("text")).toString(), &text, &why, &used);
            else
                text.clear();
            if (!why.isEmpty() || (text.isEmpty() && !sentence.value(QStringLiteral("text")).toString().isEmpty())) {
                if (sentence.value(QStringLiteral("required")).toBool()) {
                    d.held = tr("\"%1\" needs %2, which is not stored for this contact")
                                 .arg(sentence.value(QStringLiteral("text")).toString().simplified(), why);
                    d.sentences = {};
                    d.body.clear();
                    return d;
                }
                d.dropped << tr("\"%1\" left out: no %2")
                                 .arg(sentence.value(QStringLiteral("text")).toString().simplified(), why);
                continue;
            }
            // The sentence's named needs first (the first is the fact it rests on), then any other.
            QStringList ordered = needs;
            for (const QString& n : std::as_const(used)) {
                if (!ordered.contains(n))
                    ordered << n;
            }
            used = ordered;
            // The fact a sentence rests on: its first fact about the prospect or their company.
            QString primary;
            QJsonArray all;
            for (const QString& n : std::as_const(used)) {
                if (isAboutUs(n))
                    continue;
                if (primary.isEmpty())
                    primary = n;
                all.append(
                    QJsonObject { { QStringLiteral("fact"), n }, { QStringLiteral("value"), facts.value(n).value },
                        { QStringLiteral("source"), facts.value(n).source } });
            }
            QJsonObject entry { { QStringLiteral("text"), text }, { QStringLiteral("fact"), primary },
                { QStringLiteral("value"), primary.isEmpty() ? QString() : facts.value(primary).value } };
            if (!primary.isEmpty()) {
                entry.insert(QStringLiteral("source"), facts.value(primary).source);
                entry.insert(QStringLiteral("facts"), all);
            }
            d.sentences.append(entry);
            kept << text;
        }
        if (!kept.isEmpty())
            paragraphs << kept.join(QLatin1Char(' '));
    }
    d.body = paragraphs.join(QStringLiteral("\n\n"));
    if (d.body.isEmpty())
        d.held = tr("no sentence of the template could be filled");
    return d;
}

OutreachDraft OutreachDrafter::draftWithModel(
    LanguageModel* model, const QJsonObject& templ, const OutreachFacts& facts, const std::atomic<bool>* cancel)
{
    OutreachDraft d = draft(templ, facts);
    if (!d.held.isEmpty() || !model || model->isOffline())
        return d;
    DraftRequest request;
    QStringList names = facts.keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        request.facts.append({ name, facts.value(name).value, !isAboutUs(name) });
    request.templateSubject = d.subject;
    request.templateBody = d.body;
    for (const QJsonValue& v : std::as_const(d.sentences)) {
        const QJsonObject o = v.toObject();
        request.templateSentences.append({ o.value(QStringLiteral("text")).toString(),
            o.value(QStringLiteral("fact")).toString(), o.value(QStringLiteral("value")).toString() });
    }
    const DraftAnswer answer = model->draftEmail(request, cancel);
    if (!answer.ok || answer.fellBack || answer.answeredBy == u"offline") {
        d.modelNote = answer.fallbackReason.isEmpty() ? answer.error : answer.fallbackReason;
        d.spendDecision = answer.spendDecisionId;
        return d;
    }
    OutreachDraft m;
    m.subject = answer.subject;
    m.body = answer.body;
    m.dropped = d.dropped;
    m.draftedBy = answer.answeredBy;
    m.spendDecision = answer.spendDecisionId;
    for (const DraftSentence& s : answer.sentences) {
        QJsonObject entry { { QStringLiteral("text"), s.text }, { QStringLiteral("fact"), s.fact },
            { QStringLiteral("value"), s.fact.isEmpty() ? QString() : facts.value(s.fact).value } };
        if (!s.fact.isEmpty() && facts.contains(s.fact)) {
            entry.insert(QStringLiteral("source"), facts.value(s.fact).source);
            entry.insert(QStringLiteral("facts"),
                QJsonArray { QJsonObject { { QStringLiteral("fact"), s.fact },
                    { QStringLiteral("value"), facts.value(s.fact).value },
                    { QStringLiteral("source"), facts.value(s.fact).source } } });
        }
        m.sentences.append(entry);
    }
    return m;
}

} // namespace gd::core
