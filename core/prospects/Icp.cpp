#include "core/prospects/Icp.h"

#include "core/Text.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>

namespace gd::core {

namespace {

constexpr int kMaxValues = 4;

QJsonArray array(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty() && !list.contains(s))
            list << s;
    }
    return list;
}

} // namespace

QStringList Icp::fieldNames()
{
    return { QStringLiteral("industries"), QStringLiteral("company_sizes"), QStringLiteral("roles"),
        QStringLiteral("seniorities"), QStringLiteral("regions"), QStringLiteral("technologies"),
        QStringLiteral("pains"), QStringLiteral("disqualifiers") };
}

QStringList* Icp::field(const QString& name)
{
    return const_cast<QStringList*>(std::as_const(*this).field(name));
}

const QStringList* Icp::field(const QString& name) const
{
    if (name == QLatin1String("industries"))
        return &industries;
    if (name == QLatin1String("company_sizes"))
        return &companySizes;
    if (name == QLatin1String("roles"))
        return &roles;
    if (name == QLatin1String("seniorities"))
        return &seniorities;
    if (name == QLatin1String("regions"))
        return &regions;
    if (name == QLatin1String("technologies"))
        return &technologies;
    if (name == QLatin1String("pains"))
        return &pains;
    if (name == QLatin1String("disqualifiers"))
        return &disqualifiers;
    return nullptr;
}

bool Icp::isEmpty() const
{
    for (const QString& name : fieldNames()) {
        if (!field(name)->isEmpty())
            return false;
    }
    return true;
}

QJsonObject Icp::toJson() const
{
    QJsonObject json {
        { QStringLiteral("version"), version },
        { QStringLiteral("source"), source },
        { QStringLiteral("company_name"), companyName },
        { QStringLiteral("offering"), offering },
        { QStringLiteral("website"), website },
    };
    for (const QString& name : fieldNames())
        json.insert(name, array(*field(name)));
    QJsonObject ev;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it)
        ev.insert(it.key(),
            QJsonObject { { QStringLiteral("page"), it->page }, { QStringLiteral("sentence"), it->sentence } });
    json.insert(QStringLiteral("evidence"), ev);
    return json;
}

Icp Icp::fromJson(const QJsonObject& json)
{
    Icp icp;
    icp.version = json.value(QStringLiteral("version")).toInt();
    icp.source = json.value(QStringLiteral("source")).toString();
    icp.companyName = json.value(QStringLiteral("company_name")).toString();
    icp.offering = json.value(QStringLiteral("offering")).toString();
    icp.website = json.value(QStringLiteral("website")).toString();
    for (const QString& name : fieldNames())
        *icp.field(name) = strings(json.value(name));
    const QJsonObject ev = json.value(QStringLiteral("evidence")).toObject();
    for (auto it = ev.begin(); it != ev.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        icp.evidence.insert(
            it.key(), { e.value(QStringLiteral("page")).toString(), e.value(QStringLiteral("sentence")).toString() });
    }
    return icp;
}

const IcpTaxonomy& IcpTaxonomy::shipped()
{
    static const IcpTaxonomy taxonomy = [] {
        IcpTaxonomy t;
        QFile file(QStringLiteral(":/icp/taxonomy.json"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QList<QPair<QString, QString>> map = { { QStringLiteral("industries"), QStringLiteral("industries") },
            { QStringLiteral("company_sizes"), QStringLiteral("sizes") },
            { QStringLiteral("roles"), QStringLiteral("roles") },
            { QStringLiteral("seniorities"), QStringLiteral("seniorities") },
            { QStringLiteral("regions"), QStringLiteral("regions") },
            { QStringLiteral("technologies"), QStringLiteral("technologies") },
            { QStringLiteral("pains"), QStringLiteral("pains") },
            { QStringLiteral("disqualifiers"), QStringLiteral("disqualifiers") } };
        for (const auto& [field, key] : map) {
            const QJsonObject values = root.value(key).toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                QStringList keywords;
                for (const QJsonValue& k : it.value().toArray())
                    keywords << k.toString().toLower();
                t.categories[field].insert(it.key(), keywords);
            }
        }
        for (const QJsonValue& p : root.value(QStringLiteral("disqualifier_phrases")).toArray())
            t.disqualifierPhrases << p.toString().toLower();
        const QJsonObject countries = root.value(QStringLiteral("region_countries")).toObject();
        for (auto it = countries.begin(); it != countries.end(); ++it)
            t.regionCountries.insert(it.key(), strings(it.value()));
        return t;
    }();
    return taxonomy;
}

namespace IcpModel {

bool containsWord(QStringView text, QStringView keyword)
{
    if (keyword.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(keyword, from);
        if (at < 0)
            return false;
        const qsizetype end = at + keyword.size();
        const bool startOk = at == 0 || !text.at(at - 1).isLetterOrNumber();
        const bool endOk = end >= text.size() || !text.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

IcpPage pageFromHtml(const QUrl& url, const HtmlText::Result& text)
{
    IcpPage page;
    page.url = url.toString();
    page.title = text.title;
    page.sentences = text.sentences;
    page.description = text.description;
    page.kinds = text.kinds;
    page.heading = text.heading;
    return page;
}

IcpPage pageFromCrawl(const CrawledPage& crawled)
{
    IcpPage page;
    page.url = crawled.url.toString();
    page.title = crawled.title;
    page.sentences = crawled.sentences;
    page.description = crawled.description;
    page.kinds = crawled.kinds;
    page.heading = crawled.heading;
    return page;
}

Icp draft(const QList<IcpPage>& pages, const QString& website)
{
    const IcpTaxonomy& taxonomy = IcpTaxonomy::shipped();
    Icp icp;
    icp.source = QStringLiteral("url");
    icp.website = website;
    if (!pages.isEmpty()) {
        QString title = pages.first().title;
        for (const QString& separator :
            { QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(": ") }) {
            if (title.contains(separator))
                title = title.section(separator, 0, 0);
        }
        icp.companyName = title.trimmed();
        for (const QString& s : pages.first().sentences) {
            if (s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 6) {
                icp.offering = s.left(300);
                break;
            }
        }
    }
    // Count every value's mentions, remembering the first sentence for each.
    QHash<QString, QHash<QString, int>> counts;
    for (const IcpPage& page : pages) {
        for (const QString& sentence : page.sentences) {
            const QString lower = sentence.toLower();
            bool disqualifying = false;
            for (const QString& phrase : taxonomy.disqualifierPhrases)
                disqualifying = disqualifying || lower.contains(phrase);
            for (auto field = taxonomy.categories.cbegin(); field != taxonomy.categories.cend(); ++field) {
                const bool isDisqualifierField = field.key() == QLatin1String("disqualifiers");
                // What "we don't work with ..." names is a disqualifier, never a target; and a
                // disqualifier keyword in an ordinary sentence is not a disqualifier.
                if (disqualifying != isDisqualifierField)
                    continue;
                for (auto value = field->cbegin(); value != field->cend(); ++value) {
                    for (const QString& keyword : value.value()) {
                        if (!containsWord(lower, keyword))
                            continue;
                        counts[field.key()][value.key()] += 1;
                        const QString key = field.key() + QLatin1Char(':') + value.key();
                        if (!icp.evidence.contains(key))
                            icp.evidence.insert(key, { page.url, sentence.left(400) });
                        break;
                    }
                }
            }
        }
    }
    for (auto field = counts.cbegin(); field != counts.cend(); ++field) {
        QList<QPair<int, QString>> ranked;
        for (auto it = field->cbegin(); it != field->cend(); ++it)
            ranked.append({ -it.value(), it.key() });
        std::sort(ranked.begin(), ranked.end());
        QStringList* list = icp.field(field.key());
        for (const auto& [negCount, value] : std::as_const(ranked)) {
            if (list->size() >= kMaxValues)
                break;
            *list << value;
        }
    }
    // Keep only the evidence of values that made the profile.
    for (auto it = icp.evidence.begin(); it != icp.evidence.end();) {
        const QString field = it.key().section(QLatin1Char(':'), 0, 0);
        const QString value = it.key().section(QLatin1Char(':'), 1);
        const QStringList* list = icp.field(field);
        it = list && list->contains(value) ? std::next(it) : icp.evidence.erase(it);
    }
    return icp;
}

} // namespace IcpModel

namespace IcpStore {

int save(Workspace& ws, Icp icp, const QString& source, QString* error)
{
    const bool own = !ws.inTransaction();
    if (own && !ws.begin(error))
        return 0;
    int version = 1;
    QSqlQuery q(ws.db());
    if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) + 1 FROM icp_versions")) && q.next())
        version = q.value(0).toInt();
    icp.version = version;
    icp.source = source;
    q.prepare(QStringLiteral("INSERT INTO icp_versions (version, created_at, source, profile) VALUES (?, ?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(nowMs());
    q.addBindValue(source);
    q.addBindValue(QString::fromUtf8(QJsonDocument(icp.toJson()).toJson(QJsonDocument::Compact)));
    if (!ws.execWrite(q, QStringLiteral("icp:save"), error) || (own && !ws.commit(error))) {
        if (own)
            ws.rollback();
        return 0;
    }
    return version;
}

std::optional<Icp> current(Workspace& ws)
{
    QSqlQuery q(ws.db());
    if (q.exec(QStringLiteral("SELECT profile FROM icp_versions ORDER BY version DESC LIMIT 1")) && q.next())
        return Icp::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return std::nullopt;
}

int currentVersion(Workspace& ws)
{
    QSqlQuery q(ws.db());
    if (q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM icp_versions")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace IcpStore

} // namespace gd::core
