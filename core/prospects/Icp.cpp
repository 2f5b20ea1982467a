#include "core/prospects/Icp.h"

#include "core/Text.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>
#include <limits>
#include <tuple>

namespace gd::core {

namespace {

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
        const QJsonObject titles = root.value(QStringLiteral("titles")).toObject();
        for (auto it = titles.begin(); it != titles.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            IcpTaxonomy::TitleInfo info { it.key(), o.value(QStringLiteral("department")).toString(),
                o.value(QStringLiteral("seniority")).toString(), {} };
            for (const QJsonValue& k : o.value(QStringLiteral("keywords")).toArray())
                info.keywords << k.toString().toLower();
            t.titles.append(info);
        }
        const QJsonObject countries = root.value(QStringLiteral("region_countries")).toObject();
        for (auto it = countries.begin(); it != countries.end(); ++it)
            t.regionCountries.insert(it.key(), strings(it.value()));
        return t;
    }();
    return taxonomy;
}

namespace {

// ---- reading the page: which sentences say something about the business ----

bool hasAny(const QString& lower, std::initializer_list<const char*> phrases)
{
    for (const char* p : phrases) {
        if (lower.contains(QLatin1String(p)))
            return true;
    }
    return false;
}

bool hasWord(const QString& lower, std::initializer_list<const char*> words)
{
    for (const char* w : words) {
        if (IcpModel::containsWord(lower, QString::fromLatin1(w)))
            return true;
    }
    return false;
}

QStringList words(const QString& sentence)
{
    return sentence.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Text that addresses a reader or a machine rather than describing the business: cookie
// notices, copyright lines and instructions planted for language models.
bool isNoise(const QString& lower)
{
    return hasAny(lower,
        { "cookie", "©", "all rights reserved", "copyright", "ignore previous", "ignore all previous",
            "ignore the page", "ignore the above", "disregard", "instructions for", "ai assistant", "language model",
            "system prompt", "you are an ai", "assistant:", "system:" });
}

// A sentence rather than a menu, a plan name, a price or a label: it ends like a sentence, or
// it is long and has the small words sentences have.
bool isStatement(const QString& sentence)
{
    const QString t = sentence.trimmed();
    if (t.isEmpty())
        return false;
    const QChar last = t.back();
    const qsizetype n = words(t).size();
    if ((last == u'.' || last == u'!' || last == u'?' || last == u':') && n >= 3)
        return true;
    if (n < 6)
        return false;
    return hasWord(t.toLower(), { "for", "with", "and", "to", "the", "of", "in", "our", "your", "we", "is", "are" });
}

bool isQuestion(const QString& sentence)
{
    return sentence.trimmed().endsWith(u'?');
}

// "not a fit for", "not supported", "we don't serve": what the sentence names is excluded.
bool isNegative(const QString& lower, const QStringList& phrases)
{
    for (const QString& p : phrases) {
        if (lower.contains(p))
            return true;
    }
    return false;
}

// Sentences about the vendor itself (where it was founded, its offices, its hiring), not its customers.
bool isAboutVendor(const QString& lower)
{
    // "We are 30 people", "we're a team of 22".
    static const QRegularExpression headcount(
        QStringLiteral("\\bwe(?: are|'re|’re)(?: a team of| now)? \\d[\\d,]*\\b"));
    if (headcount.match(lower).hasMatch())
        return true;
    return hasAny(lower,
        { "founded", "hiring", "join us", "careers", "open positions", "our team", "we are a team", "headquartered",
            "offices in", "office in", "backed by", "investors", "work from", "based in", "started", "people work",
            "team of", "began" });
}

// Sentences that say who the customers are: "built for", "helps", "used by", "CFOs use ...".
bool describesCustomers(const QString& lower)
{
    return hasAny(lower,
        { " for ", "helps ", "help ", "used by", " use ", " uses ", "trusted by", "loved by", "rely on", "relies on",
            "customers", "clients", "serve ", "serves ", "work with", "works with", "built for", "designed for",
            "made for", " run ", " runs ", "gives ", "support ", "supports " });
}

bool isPricingPage(const QString& url)
{
    const QString path = QUrl(url).path().toLower();
    return path.contains(QLatin1String("pric")) || path.contains(QLatin1String("plans"));
}

struct Sentence
{
    QString text;
    QString lower;
    QString page;
    int pageIndex = 0;
    HtmlText::TextKind kind = HtmlText::TextKind::Body;
    bool statement = false;
    bool negative = false;
    bool question = false;
    bool pricing = false;
    bool vendor = false;
    bool customers = false;
};

// ---- values ----

struct Found
{
    int count = 0;
    int first = 0; // order of first mention
    IcpEvidence evidence;
};

class Collector
{
public:
    void add(const QString& field, const QString& value, const Sentence& s, int order)
    {
        Found& f = m_values[field][value];
        if (f.count == 0) {
            f.first = order;
            f.evidence = { s.page, s.text.left(400) };
        }
        ++f.count;
    }
    bool has(const QString& field) const { return !m_values.value(field).isEmpty(); }
    bool has(const QString& field, const QString& value) const { return m_values.value(field).contains(value); }

    // The most mentioned first; with inOrder, in the order the site names them (buyers are
    // listed in the order the site lists them).
    void into(Icp& icp, const QString& field, int max, bool inOrder = false) const
    {
        const QHash<QString, Found> values = m_values.value(field);
        QList<QPair<QPair<int, int>, QString>> ranked;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            ranked.append({ { inOrder ? it->first : -it->count, it->first }, it.key() });
        std::sort(ranked.begin(), ranked.end());
        QStringList* list = icp.field(field);
        for (const auto& r : std::as_const(ranked)) {
            if (list->size() >= max)
                break;
            if (list->contains(r.second))
                continue;
            *list << r.second;
            icp.evidence.insert(field + QLatin1Char(':') + r.second, values.value(r.second).evidence);
        }
    }

private:
    QHash<QString, QHash<QString, Found>> m_values;
};

// Every taxonomy value of field whose keyword occurs in the sentence.
QStringList matches(const IcpTaxonomy& taxonomy, const QString& field, const QString& lower)
{
    QStringList out;
    const auto values = taxonomy.categories.value(field);
    for (auto value = values.cbegin(); value != values.cend(); ++value) {
        for (const QString& keyword : value.value()) {
            if (IcpModel::containsWord(lower, keyword)) {
                out << value.key();
                break;
            }
        }
    }
    return out;
}

// ---- company sizes from numbers: "with 50 to 1,000 employees", "up to 50 staff" ----

qint64 number(QString text)
{
    text.remove(QLatin1Char(','));
    text.remove(QLatin1Char('.'));
    text.remove(QLatin1Char('+'));
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? v : -1;
}

QStringList sizesFromNumbers(const QString& lower)
{
    static const QRegularExpression range(QStringLiteral(
        "(?:(up to|fewer than|less than|under|more than|over|at least|from|between)\\s+)?(\\d[\\d,.]*\\+?)"
        "(?:\\s*(?:to|-|–|and)\\s*(\\d[\\d,.]*\\+?))?\\s+(?:\\w+\\s+)?(employees|staff|people|workers|ftes?)\\b"));
    QStringList out;
    auto it = range.globalMatch(lower);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString qualifier = m.captured(1);
        qint64 lo = number(m.captured(2));
        qint64 hi = m.captured(3).isEmpty() ? lo : number(m.captured(3));
        if (lo < 0 || hi < 0)
            continue;
        if (qualifier == QLatin1String("up to") || qualifier == QLatin1String("fewer than")
            || qualifier == QLatin1String("less than") || qualifier == QLatin1String("under")) {
            hi = lo;
            lo = 1;
        } else if (qualifier == QLatin1String("more than") || qualifier == QLatin1String("over")
            || qualifier == QLatin1String("at least") || m.captured(2).endsWith(u'+')) {
            lo = lo + 1;
            hi = std::numeric_limits<qint64>::max() / 2;
        }
        const QList<std::tuple<qint64, qint64, QString>> bands
            = { { 1, 50, QStringLiteral("1-50") }, { 51, 1000, QStringLiteral("51-1000") },
                  { 1001, std::numeric_limits<qint64>::max() / 2, QStringLiteral("1000+") } };
        for (const auto& [blo, bhi, name] : bands) {
            const qint64 a = std::max(lo, blo);
            const qint64 b = std::min(hi, bhi);
            // A range that only touches a band's edge ("50 to 1,000") is not in it.
            if (a < b || (lo == hi && lo >= blo && lo <= bhi))
                out << name;
        }
    }
    return out;
}

// ---- roles: the titles a sentence names, kept as the site says them ----

QString singular(const QString& word)
{
    static const QHash<QString, QString> irregular = { { QStringLiteral("heads"), QStringLiteral("head") },
        { QStringLiteral("vps"), QStringLiteral("vp") }, { QStringLiteral("ceos"), QStringLiteral("ceo") } };
    const QString lower = word.toLower();
    if (irregular.contains(lower))
        return irregular.value(lower);
    if (word.size() > 3 && word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QStringLiteral("y");
    if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

QString titleCase(const QString& phrase)
{
    QStringList out;
    for (QString w : words(phrase)) {
        const QString l = w.toLower();
        if (l == QLatin1String("of") || l == QLatin1String("and"))
            out << l;
        else if (w.size() <= 4 && w == w.toUpper())
            out << w; // CFO, AP, IT
        else
            out << w.left(1).toUpper() + w.mid(1);
    }
    return out.join(QLatin1Char(' '));
}

struct Title
{
    QString name;
    QString department;
    QString seniority;
    qsizetype at = 0; // where the sentence names it
};

// The shipped titles whose keywords occur in the sentence, then titles by their shape:
// "<Capitalised> Manager(s)", "Head(s) of <X>", "<X> Director(s)", "Chief <X> Officer(s)".
QList<Title> titlesIn(const IcpTaxonomy& taxonomy, const QString& text, const QString& lower)
{
    QList<Title> out;
    QSet<QString> seen;
    // Spans already explained by a shipped title: a shape match inside them is the same title.
    QList<QPair<qsizetype, qsizetype>> spans;
    for (const IcpTaxonomy::TitleInfo& t : taxonomy.titles) {
        for (const QString& keyword : t.keywords) {
            qsizetype from = 0;
            qsizetype foundAt = -1;
            while (true) {
                const qsizetype at = lower.indexOf(keyword, from);
                if (at < 0)
                    break;
                const qsizetype end = at + keyword.size();
                const bool startOk = at == 0 || !lower.at(at - 1).isLetterOrNumber();
                const bool endOk = end >= lower.size() || !lower.at(end).isLetterOrNumber();
                // "owners of wind farms" are companies, not a job title.
                const bool ofCompanies = lower.mid(end, 4) == QLatin1String(" of ") && !keyword.startsWith(u'h');
                if (startOk && endOk && !ofCompanies) {
                    spans.append({ at, end });
                    if (foundAt < 0)
                        foundAt = at;
                }
                from = at + 1;
            }
            if (foundAt >= 0 && !seen.contains(t.name)) {
                seen.insert(t.name);
                out.append({ t.name, t.department, t.seniority, foundAt });
            }
        }
    }
    static const QRegularExpression shape(QStringLiteral(
        "\\b(?:(Heads? of (?:[A-Z][\\w&-]*)(?: (?:and )?[A-Z][\\w&-]*)?)|"
        "(Chief (?:[A-Z][\\w-]* ){1,2}Officers?)|"
        "((?:[A-Z][\\w&-]*|IT|AP|HR) (?:[A-Z][\\w&-]* )?(?:Managers?|Directors?|Coordinators?|Officers?|Leads?)))\\b"));
    auto it = shape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype at = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        bool covered = false;
        for (const auto& [a, b] : std::as_const(spans))
            covered = covered || (at < b && end > a);
        if (covered)
            continue;
        QStringList parts = words(m.captured(0));
        // "Heads of Operations" -> "Head of Operations"; "Practice Managers" -> "Practice Manager".
        if (!m.captured(1).isEmpty())
            parts[0] = QStringLiteral("Head");
        else
            parts.last() = singular(parts.last());
        // Sentence-initial words that are not part of a title ("Our Plant Managers").
        static const QSet<QString> skip = { QStringLiteral("Our"), QStringLiteral("Your"), QStringLiteral("The"),
            QStringLiteral("For"), QStringLiteral("And"), QStringLiteral("With"), QStringLiteral("Dedicated"),
            QStringLiteral("Customer"), QStringLiteral("Account") };
        while (parts.size() > 1 && skip.contains(parts.first()))
            parts.removeFirst();
        if (parts.size() < 2)
            continue;
        const QString name = titleCase(parts.join(QLatin1Char(' ')));
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const QString last = parts.last().toLower();
        QString seniority = QStringLiteral("Manager");
        if (!m.captured(1).isEmpty() || last == QLatin1String("director"))
            seniority = QStringLiteral("Head/Director");
        else if (!m.captured(2).isEmpty())
            seniority = QStringLiteral("C-level");
        else if (last == QLatin1String("coordinator") || last == QLatin1String("officer")
            || last == QLatin1String("lead"))
            seniority = QString();
        out.append({ name, QString(), seniority, at });
        spans.append({ at, end });
    }
    // "heads of operations" in lower case.
    static const QRegularExpression heads(QStringLiteral("\\bheads? of ([a-z][\\w-]+)\\b"));
    auto hm = heads.globalMatch(text);
    while (hm.hasNext()) {
        const QRegularExpressionMatch m = hm.next();
        bool covered = false;
        for (const auto& [a, b] : std::as_const(spans))
            covered = covered || (m.capturedStart() < b && m.capturedEnd() > a);
        static const QSet<QString> notArea = { QStringLiteral("the"), QStringLiteral("our"), QStringLiteral("your"),
            QStringLiteral("a"), QStringLiteral("each"), QStringLiteral("every") };
        if (covered || notArea.contains(m.captured(1)))
            continue;
        const QString name = QStringLiteral("Head of ") + titleCase(m.captured(1));
        if (seen.contains(name))
            continue;
        seen.insert(name);
        out.append({ name, QString(), QStringLiteral("Head/Director"), m.capturedStart() });
        spans.append({ m.capturedStart(), m.capturedEnd() });
    }
    // Plural titles in lower case: "school business managers", "care coordinators".
    static const QRegularExpression plural(
        QStringLiteral("\\b((?:[a-z][\\w-]+ ){1,2})(managers|directors|coordinators|officers|leads)\\b"));
    static const QSet<QString> notTitle = { QStringLiteral("and"), QStringLiteral("or"), QStringLiteral("the"),
        QStringLiteral("our"), QStringLiteral("your"), QStringLiteral("of"), QStringLiteral("at"),
        QStringLiteral("for"), QStringLiteral("with"), QStringLiteral("by"), QStringLiteral("to"),
        QStringLiteral("from"), QStringLiteral("their"), QStringLiteral("all"), QStringLiteral("many"),
        QStringLiteral("most"), QStringLiteral("use"), QStringLiteral("help"), QStringLiteral("helps"),
        QStringLiteral("where"), QStringLiteral("busy"), QStringLiteral("dedicated"), QStringLiteral("account"),
        QStringLiteral("customer") };
    auto lp = plural.globalMatch(text);
    while (lp.hasNext()) {
        const QRegularExpressionMatch m = lp.next();
        const qsizetype at = m.capturedStart();
        const qsizetype end = m.capturedEnd();
        bool covered = false;
        for (const auto& [a, b] : std::as_const(spans))
            covered = covered || (at < b && end > a);
        if (covered)
            continue;
        QStringList parts = words(m.captured(1));
        while (!parts.isEmpty() && notTitle.contains(parts.first()))
            parts.removeFirst();
        if (parts.isEmpty())
            continue;
        parts << singular(m.captured(2));
        const QString name = titleCase(parts.join(QLatin1Char(' ')));
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const QString last = m.captured(2);
        const QString seniority = last == QLatin1String("managers") ? QStringLiteral("Manager")
            : last == QLatin1String("directors")                    ? QStringLiteral("Head/Director")
                                                                    : QString();
        out.append({ name, QString(), seniority, at });
    }
    std::stable_sort(out.begin(), out.end(), [](const Title& a, const Title& b) { return a.at < b.at; });
    return out;
}

// What a negative statement excludes, in its own words: "not a fit for X", "X are not supported".
QString excludedPhrase(const QString& text, const QString& companyName)
{
    static const QRegularExpression after(
        QStringLiteral("(?:not (?:a (?:good )?fit|suitable|available|designed|built|made|meant|intended) (?:for|to)|"
                       "(?:do not|don't|does not|doesn't|cannot|can't) (?:serve|support|work with|accept)|"
                       "(?:is|are|isn't|aren't) not for|(?:isn't|aren't) for)\\s+(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression before(
        QStringLiteral("^(.+?)\\s+(?:are|is)\\s+not\\s+(?:yet\\s+)?(?:supported|served|eligible|accepted)"),
        QRegularExpression::CaseInsensitiveOption);
    QString phrase;
    if (const QRegularExpressionMatch m = after.match(text); m.hasMatch())
        phrase = m.captured(1);
    else if (const QRegularExpressionMatch b = before.match(text); b.hasMatch())
        phrase = b.captured(1);
    // Up to the first clause boundary.
    static const QRegularExpression cut(
        QStringLiteral("[.,;:!?()]| or | and | who | that | with | unless | because | at this | today| yet| looking "),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype at = phrase.indexOf(cut);
    if (at >= 0)
        phrase = phrase.left(at);
    QStringList w = words(phrase);
    static const QSet<QString> articles = { QStringLiteral("the"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("no"), QStringLiteral("sorry"), QStringLiteral("currently") };
    while (!w.isEmpty() && articles.contains(w.first().toLower()))
        w.removeFirst();
    if (w.isEmpty() || w.size() > 5)
        return {};
    phrase = w.join(QLatin1Char(' '));
    static const QSet<QString> pronouns = { QStringLiteral("it"), QStringLiteral("this"), QStringLiteral("that"),
        QStringLiteral("we"), QStringLiteral("you"), QStringLiteral("everyone"), QStringLiteral("them") };
    if (pronouns.contains(phrase.toLower())
        || (!companyName.isEmpty() && phrase.contains(companyName, Qt::CaseInsensitive)))
        return {};
    return phrase.left(1).toUpper() + phrase.mid(1);
}

} // namespace

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
    QList<Sentence> sentences;
    auto addSentence = [&](const QString& text, const QString& page, int pageIndex, HtmlText::TextKind kind) {
        Sentence s;
        s.text = text.trimmed();
        s.lower = s.text.toLower();
        if (s.text.isEmpty() || isNoise(s.lower))
            return;
        s.page = page;
        s.pageIndex = pageIndex;
        s.kind = kind;
        s.statement = kind == HtmlText::TextKind::Body && isStatement(s.text);
        s.question = isQuestion(s.text);
        s.negative = isNegative(s.lower, taxonomy.disqualifierPhrases);
        s.pricing = isPricingPage(page);
        s.vendor = isAboutVendor(s.lower);
        s.customers = describesCustomers(QLatin1Char(' ') + s.lower + QLatin1Char(' '));
        sentences.append(s);
    };
    if (!pages.isEmpty()) {
        // The name is the title's first part ("Acme Route | Dispatch software"); the rest, the
        // description and the first heading say what the company offers. Never the navigation.
        const IcpPage& home = pages.first();
        QString name = home.title.trimmed();
        QString rest;
        for (const QString& separator : { QStringLiteral(" | "), QStringLiteral(" - "), QStringLiteral(" – "),
                 QStringLiteral(" — "), QStringLiteral(": ") }) {
            const qsizetype at = name.indexOf(separator);
            if (at > 0) {
                rest = name.mid(at + separator.size()).trimmed();
                name = name.left(at).trimmed();
            }
        }
        icp.companyName = name;
        auto describes = [&](const QString& text, int minWords) {
            return words(text).size() >= minWords && text.compare(name, Qt::CaseInsensitive) != 0
                && !isNoise(text.toLower());
        };
        QString offering;
        QString offeringSource;
        if (describes(rest, 2)) {
            offering = rest;
            offeringSource = home.title;
        } else if (describes(home.description, 5)) {
            offering = home.description;
            offeringSource = offering;
        } else if (describes(home.heading, 3)) {
            offering = home.heading;
            offeringSource = offering;
        } else {
            for (qsizetype i = 0; i < home.sentences.size(); ++i) {
                const QString& s = home.sentences.at(i);
                if (home.kinds.value(i, HtmlText::TextKind::Body) == HtmlText::TextKind::Body && isStatement(s)
                    && words(s).size() >= 6 && !isNoise(s.toLower())) {
                    offering = s;
                    offeringSource = s;
                    break;
                }
            }
        }
        for (const QString& article : { QStringLiteral("the "), QStringLiteral("a "), QStringLiteral("an ") }) {
            if (offering.startsWith(article, Qt::CaseInsensitive)) {
                offering = offering.mid(article.size());
                offering[0] = offering[0].toUpper();
                break;
            }
        }
        icp.offering = offering.left(300);
        if (!icp.offering.isEmpty())
            icp.evidence.insert(QStringLiteral("offering:") + icp.offering, { home.url, offeringSource.left(400) });
        // What the title, description and heading say comes first.
        if (!rest.isEmpty())
            addSentence(rest, home.url, 0, HtmlText::TextKind::Heading);
        if (!home.description.isEmpty())
            addSentence(home.description, home.url, 0, HtmlText::TextKind::Body);
        if (!home.heading.isEmpty())
            addSentence(home.heading, home.url, 0, HtmlText::TextKind::Heading);
    }
    for (int p = 0; p < pages.size(); ++p) {
        const IcpPage& page = pages.at(p);
        for (qsizetype i = 0; i < page.sentences.size(); ++i) {
            const HtmlText::TextKind kind = page.kinds.value(i, HtmlText::TextKind::Body);
            // Menus, footers, banners, buttons and lines of links are the site's furniture.
            if (kind == HtmlText::TextKind::Navigation || kind == HtmlText::TextKind::Control
                || kind == HtmlText::TextKind::Link)
                continue;
            addSentence(page.sentences.at(i), page.url, p, kind);
        }
        if (p > 0 && !page.description.isEmpty())
            addSentence(page.description, page.url, p, HtmlText::TextKind::Body);
    }

    Collector found;
    int order = 0;
    // A target is named in a plain statement on a page about the business (not the pricing
    // page's plan names, not a question, not a "we don't serve" sentence, not the vendor's own story).
    auto targetSentence
        = [](const Sentence& s) { return s.statement && !s.negative && !s.question && !s.pricing && !s.vendor; };
    static const QSet<QString> orgNouns = { QStringLiteral("companies"), QStringLiteral("vendors"),
        QStringLiteral("firms"), QStringLiteral("businesses"), QStringLiteral("startups"), QStringLiteral("teams"),
        QStringLiteral("houses"), QStringLiteral("providers"), QStringLiteral("publishers") };
    auto industriesIn = [&](const Sentence& s, bool strict) {
        QStringList out;
        const auto values = taxonomy.categories.value(QStringLiteral("industries"));
        for (auto value = values.cbegin(); value != values.cend(); ++value) {
            for (const QString& keyword : value.value()) {
                qsizetype at = -1;
                if (!IcpModel::containsWord(s.lower, keyword))
                    continue;
                // "Dispatch software" is what the company sells; "software companies" are customers.
                if (strict && keyword == QLatin1String("software")) {
                    at = s.lower.indexOf(QLatin1String("software "));
                    const QString next = at < 0 ? QString() : s.lower.mid(at + 9).section(QLatin1Char(' '), 0, 0);
                    if (!orgNouns.contains(next))
                        continue;
                }
                out << value.key();
                break;
            }
        }
        return out;
    };
    for (const Sentence& s : std::as_const(sentences)) {
        order += 64;
        const bool target = targetSentence(s);
        const bool headingTarget
            = s.kind == HtmlText::TextKind::Heading && s.customers && !s.negative && !s.question && !s.pricing;
        if ((target && s.customers) || headingTarget) {
            for (const QString& v : industriesIn(s, true))
                found.add(QStringLiteral("industries"), v, s, order);
        }
        if (target || headingTarget) {
            for (const QString& v : matches(taxonomy, QStringLiteral("regions"), s.lower))
                found.add(QStringLiteral("regions"), v, s, order);
        }
        if (target || headingTarget) {
            for (const QString& v : matches(taxonomy, QStringLiteral("pains"), s.lower))
                found.add(QStringLiteral("pains"), v, s, order);
        }
        if (target) {
            for (const QString& v : matches(taxonomy, QStringLiteral("company_sizes"), s.lower))
                found.add(QStringLiteral("company_sizes"), v, s, order);
            for (const QString& v : sizesFromNumbers(s.lower))
                found.add(QStringLiteral("company_sizes"), v, s, order);
            static const QRegularExpression small(QStringLiteral(
                "\\b(small|smaller|large|larger)(?: [\\w-]+)? (businesses|companies|firms|practices|agencies|teams|"
                "groups|shops|clinics|hotels|schools|retailers|manufacturers|distributors|organi[sz]ations)\\b"));
            auto sm = small.globalMatch(s.lower);
            while (sm.hasNext()) {
                const QRegularExpressionMatch m = sm.next();
                found.add(QStringLiteral("company_sizes"),
                    m.captured(1).startsWith(u's') ? QStringLiteral("1-50") : QStringLiteral("1000+"), s, order);
            }
        }
        // Buyers: the titles a sentence names ("CFOs, Controllers and AP Managers use ..."),
        // kept as the site says them, each with its seniority; a department only when the
        // sentence names a team and no title of that department.
        if (target && (s.text.endsWith(u'.') || s.text.endsWith(u'!'))) {
            const QList<Title> titles = titlesIn(taxonomy, s.text, s.lower);
            QSet<QString> departments;
            for (qsizetype i = 0; i < titles.size(); ++i) {
                const Title& t = titles.at(i);
                found.add(QStringLiteral("roles"), t.name, s, order + int(std::min<qsizetype>(i, 63)));
                if (!t.seniority.isEmpty())
                    found.add(QStringLiteral("seniorities"), t.seniority, s, order + int(std::min<qsizetype>(i, 63)));
                departments.insert(t.department);
            }
            for (const QString& v : matches(taxonomy, QStringLiteral("roles"), s.lower)) {
                if (!departments.contains(v))
                    found.add(QStringLiteral("roles"), v, s, order);
            }
            if (titles.isEmpty()) {
                for (const QString& v : matches(taxonomy, QStringLiteral("seniorities"), s.lower))
                    found.add(QStringLiteral("seniorities"), v, s, order);
            }
        }
        if (!s.negative
            && (s.statement || s.kind == HtmlText::TextKind::Heading || s.kind == HtmlText::TextKind::Body)) {
            for (const QString& v : matches(taxonomy, QStringLiteral("technologies"), s.lower))
                found.add(QStringLiteral("technologies"), v, s, order);
        }
        // Disqualifiers: what a negative statement names ("Public-sector entities are not
        // supported today"); a known group by its keywords, else the words themselves.
        if (s.negative && !s.question && s.kind == HtmlText::TextKind::Body) {
            const QStringList known = matches(taxonomy, QStringLiteral("disqualifiers"), s.lower);
            for (const QString& v : known)
                found.add(QStringLiteral("disqualifiers"), v, s, order);
            if (known.isEmpty()) {
                const QString phrase = excludedPhrase(s.text, icp.companyName);
                if (!phrase.isEmpty())
                    found.add(QStringLiteral("disqualifiers"), phrase, s, order);
            }
        }
    }
    // No customer sentence names an industry: what any sentence names (a page that says only
    // "Acme Route | Dispatch software" is about software).
    if (!found.has(QStringLiteral("industries"))) {
        int fallbackOrder = 0;
        for (const Sentence& s : std::as_const(sentences)) {
            ++fallbackOrder;
            if (s.negative || s.question || s.vendor)
                continue;
            for (const QString& v : industriesIn(s, false))
                found.add(QStringLiteral("industries"), v, s, fallbackOrder);
        }
    }
    found.into(icp, QStringLiteral("industries"), 3);
    found.into(icp, QStringLiteral("company_sizes"), 3);
    found.into(icp, QStringLiteral("roles"), 6, true);
    found.into(icp, QStringLiteral("seniorities"), 4, true);
    found.into(icp, QStringLiteral("regions"), 4);
    found.into(icp, QStringLiteral("technologies"), 6);
    found.into(icp, QStringLiteral("pains"), 3);
    found.into(icp, QStringLiteral("disqualifiers"), 4);
    return icp;
}

QString departmentOf(const QString& role)
{
    for (const IcpTaxonomy::TitleInfo& t : IcpTaxonomy::shipped().titles) {
        if (t.name.compare(role, Qt::CaseInsensitive) == 0)
            return t.department.isEmpty() ? role : t.department;
    }
    return role;
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
