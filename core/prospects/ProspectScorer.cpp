#include "core/prospects/ProspectScorer.h"

#include "core/Text.h"

#include <algorithm>
#include <bit>

namespace gd::core {

namespace {

QStringList lower(const QStringList& list)
{
    QStringList out;
    for (const QString& s : list)
        out << s.toLower();
    return out;
}

// The first taxonomy value of a category whose keywords occur in text.
QString firstMatch(const QString& category, const QString& text)
{
    const QString l = text.toLower();
    const auto& values = IcpTaxonomy::shipped().categories.value(category);
    // Deterministic order: by value name.
    QStringList names = values.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        for (const QString& keyword : values.value(name)) {
            if (IcpModel::containsWord(l, keyword))
                return name;
        }
    }
    return {};
}

// Titles say "VP Sales", "Head of Operations", "Chief Revenue Officer": a few extra words.
QString roleFromTitle(const QString& title)
{
    static const QList<QPair<QString, QStringList>> extra = {
        { QStringLiteral("Sales"), { QStringLiteral("sales"), QStringLiteral("revenue"), QStringLiteral("account") } },
        { QStringLiteral("Marketing"), { QStringLiteral("marketing"), QStringLiteral("growth") } },
        { QStringLiteral("Operations"),
            { QStringLiteral("operations"), QStringLiteral("ops"), QStringLiteral("logistics") } },
        { QStringLiteral("IT"),
            { QStringLiteral("it"), QStringLiteral("cto"), QStringLiteral("cio"), QStringLiteral("technology") } },
        { QStringLiteral("Finance"),
            { QStringLiteral("finance"), QStringLiteral("cfo"), QStringLiteral("controller") } },
        { QStringLiteral("Procurement"),
            { QStringLiteral("procurement"), QStringLiteral("purchasing"), QStringLiteral("buyer") } },
        { QStringLiteral("Leadership"),
            { QStringLiteral("ceo"), QStringLiteral("founder"), QStringLiteral("owner"),
                QStringLiteral("president") } },
        { QStringLiteral("HR"), { QStringLiteral("hr"), QStringLiteral("people"), QStringLiteral("talent") } },
        { QStringLiteral("Customer Success"), { QStringLiteral("customer success"), QStringLiteral("support") } },
    };
    const QString l = title.toLower();
    for (const auto& [role, words] : extra) {
        for (const QString& w : words) {
            if (IcpModel::containsWord(l, w))
                return role;
        }
    }
    return firstMatch(QStringLiteral("roles"), title);
}

} // namespace

ProspectScorer::ProspectScorer(const Icp& icp)
    : m_version(icp.version)
    , m_industries(lower(icp.industries))
    , m_sizes(icp.companySizes)
    , m_roles(lower(icp.roles))
    , m_seniorities(lower(icp.seniorities))
    , m_regions(icp.regions)
    , m_technologies(lower(icp.technologies))
{
    // A title the profile names ("CFO", "AP Manager") targets its department's people.
    for (const QString& role : icp.roles) {
        const QString department = IcpModel::departmentOf(role).toLower();
        if (!m_roles.contains(department))
            m_roles << department;
    }
    const IcpTaxonomy& taxonomy = IcpTaxonomy::shipped();
    for (const QString& region : icp.regions) {
        if (region == QLatin1String("Global"))
            m_global = true;
        for (const QString& code : taxonomy.regionCountries.value(region))
            m_countries << code.toUpper();
    }
    const auto& disqualifiers = taxonomy.categories.value(QStringLiteral("disqualifiers"));
    for (const QString& d : icp.disqualifiers) {
        QStringList keywords = disqualifiers.value(d);
        keywords << d.toLower();
        m_disqualifiers.append({ d, keywords });
    }
}

QString ProspectScorer::sizeBand(int employees)
{
    if (employees < 0)
        return {};
    if (employees <= 50)
        return QStringLiteral("1-50");
    if (employees <= 1000)
        return QStringLiteral("51-1000");
    return QStringLiteral("1000+");
}

QString ProspectScorer::roleOf(const QString& title)
{
    return roleFromTitle(title);
}

QString ProspectScorer::seniorityOf(const QString& title)
{
    const QString l = title.toLower();
    if (l.contains(QLatin1String("chief")) || IcpModel::containsWord(l, QStringLiteral("ceo"))
        || IcpModel::containsWord(l, QStringLiteral("cto")) || IcpModel::containsWord(l, QStringLiteral("cfo"))
        || IcpModel::containsWord(l, QStringLiteral("coo")) || IcpModel::containsWord(l, QStringLiteral("cio"))
        || IcpModel::containsWord(l, QStringLiteral("cmo")) || l.contains(QLatin1String("founder")))
        return QStringLiteral("C-level");
    if (IcpModel::containsWord(l, QStringLiteral("vp")) || l.contains(QLatin1String("vice president")))
        return QStringLiteral("VP");
    if (l.contains(QLatin1String("head of")) || l.contains(QLatin1String("director")))
        return QStringLiteral("Head/Director");
    if (l.contains(QLatin1String("manager")) || l.contains(QLatin1String("lead")))
        return QStringLiteral("Manager");
    return {};
}

TitleClass ProspectScorer::classifyTitle(const QString& title)
{
    if (title.isEmpty())
        return {};
    return { roleOf(title), seniorityOf(title) };
}

ProspectScore ProspectScorer::score(const ProspectFacts& f) const
{
    return score(f, classifyTitle(f.title));
}

void ProspectScorer::addCompany(const ProspectFacts& f, ProspectScore* s) const
{
    // Industry (30).
    if (f.industry.isEmpty()) {
        s->reasons << tr("industry unknown");
    } else if (m_industries.contains(f.industry.toLower())) {
        s->score += 30;
        s->reasons << tr("+30 industry %1 matches the profile").arg(f.industry);
    } else {
        s->reasons << tr("industry %1 is not in the profile").arg(f.industry);
    }
    // Size (20).
    const QString band = sizeBand(f.employees);
    if (band.isEmpty()) {
        s->reasons << tr("company size unknown");
    } else if (m_sizes.isEmpty() || m_sizes.contains(band)) {
        s->score += 20;
        s->reasons << tr("+20 %1 employees (%2) fits").arg(f.employees).arg(band);
    } else {
        s->reasons << tr("%1 employees (%2) is outside the profile's sizes").arg(f.employees).arg(band);
    }
}

void ProspectScorer::addTitle(const QString& text, const TitleClass& title, ProspectScore* s) const
{
    // Role (25) and seniority (10).
    if (text.isEmpty()) {
        s->reasons << tr("title unknown");
        return;
    }
    const QString& role = title.role;
    if (!role.isEmpty() && m_roles.contains(role.toLower())) {
        s->score += 25;
        s->reasons << tr("+25 \"%1\" is a %2 role").arg(text, role);
    } else {
        s->reasons << tr("\"%1\" is not a target role").arg(text);
    }
    const QString& seniority = title.seniority;
    const bool wanted = m_seniorities.isEmpty() ? (!seniority.isEmpty() && seniority != QLatin1String("Manager"))
                                                : m_seniorities.contains(seniority.toLower());
    if (wanted && !seniority.isEmpty()) {
        s->score += 10;
        s->reasons << tr("+10 seniority %1").arg(seniority);
    }
}

void ProspectScorer::addRegion(const QString& country, ProspectScore* s) const
{
    // Region (15).
    if (country.isEmpty()) {
        s->reasons << tr("country unknown");
    } else if (m_global || m_countries.contains(country.toUpper())) {
        s->score += 15;
        s->reasons << tr("+15 %1 is in the target regions").arg(country);
    } else if (!m_regions.isEmpty()) {
        s->reasons << tr("%1 is outside %2").arg(country, m_regions.join(QStringLiteral(", ")));
    }
}

int ProspectScorer::firstDisqualifier(const QString& lower) const
{
    for (qsizetype i = 0; i < m_disqualifiers.size(); ++i) {
        for (const QString& keyword : m_disqualifiers.at(i).second) {
            if (IcpModel::containsWord(lower, keyword))
                return static_cast<int>(i);
        }
    }
    return -1;
}

ProspectScore ProspectScorer::score(const ProspectFacts& f, const TitleClass& title) const
{
    ProspectScore s;
    addCompany(f, &s);
    addTitle(f.title, title, &s);
    addRegion(f.country, &s);
    // Technologies: a small bonus within the 100.
    for (const QString& tech : f.technologies) {
        if (m_technologies.contains(tech.toLower()) && s.score < 100) {
            s.score = std::min(100, s.score + 5);
            s.reasons << tr("+5 uses %1").arg(tech);
        }
    }
    // Disqualifiers cap everything.
    const int d
        = firstDisqualifier((f.industry + QLatin1Char(' ') + f.companyName + QLatin1Char(' ') + f.title).toLower());
    if (d >= 0) {
        s.score = std::min(s.score, 5);
        s.reasons << tr("disqualified: %1").arg(m_disqualifiers.at(d).first);
        return s;
    }
    s.score = std::clamp(s.score, 0, 100);
    return s;
}

CachedProspectScorer::CachedProspectScorer(const ProspectScorer& scorer)
    : m_scorer(scorer)
{
    // A keyword of letters and digits only cannot match across the spaces that join industry,
    // company and title: each part is checked for those on its own (and remembered). Keywords
    // with spaces or punctuation ("public sector") are checked on each part too, and on the
    // joined text of a row only where two neighbouring parts end and start with the words around
    // one of the keyword's spaces.
    m_splitDisqualifiers = scorer.m_disqualifiers.size() <= 64;
    for (const auto& [name, keywords] : scorer.m_disqualifiers) {
        QStringList simple;
        QStringList joined;
        for (const QString& k : keywords) {
            const bool plain = std::all_of(k.cbegin(), k.cend(), [](QChar c) { return c.isLetterOrNumber(); });
            (plain ? simple : joined) << k;
            if (plain)
                continue;
            const QStringList words = k.split(QLatin1Char(' '));
            for (qsizetype w = 0; w + 1 < words.size(); ++w) {
                m_pieceLeft << words.at(w);
                m_pieceRight << words.at(w + 1);
                // An empty word (a keyword starting, ending or doubled with spaces) could meet a
                // space of the joined text that no part shows: such keywords take the slow path.
                m_pieces = m_pieces && !words.at(w).isEmpty() && !words.at(w + 1).isEmpty();
            }
        }
        m_simpleKeywords << simple;
        m_joinedKeywords << joined;
        m_anyJoined = m_anyJoined || !joined.isEmpty();
    }
    m_pieces = m_pieces && m_pieceLeft.size() <= 64;
}

template<typename Map, typename Make>
const typename Map::mapped_type& CachedProspectScorer::remember(Map& map, const typename Map::key_type& key, Make make)
{
    auto it = map.constFind(key);
    if (it != map.constEnd())
        return *it;
    if (map.size() >= kMaxEntries)
        map.clear();
    return *map.insert(key, make());
}

namespace {

quint64 keywordMatches(const QList<QStringList>& keywords, const QString& lower)
{
    quint64 m = 0;
    for (qsizetype i = 0; i < keywords.size(); ++i) {
        for (const QString& keyword : keywords.at(i)) {
            if (IcpModel::containsWord(lower, keyword)) {
                m |= quint64 { 1 } << i;
                break;
            }
        }
    }
    return m;
}

} // namespace

CachedProspectScorer::TextMatches CachedProspectScorer::matchText(const QString& text) const
{
    const QString lower = text.toLower();
    TextMatches m;
    m.simple = keywordMatches(m_simpleKeywords, lower);
    if (!m_anyJoined || !m_pieces)
        return m;
    m.joined = keywordMatches(m_joinedKeywords, lower);
    for (qsizetype b = 0; b < m_pieceLeft.size(); ++b) {
        if (lower.endsWith(m_pieceLeft.at(b)))
            m.endsWithPiece |= quint64 { 1 } << b;
        if (lower.startsWith(m_pieceRight.at(b)))
            m.startsWithPiece |= quint64 { 1 } << b;
    }
    return m;
}

int CachedProspectScorer::score(const ProspectFacts& f, QByteArray* reasons)
{
    if (!f.technologies.isEmpty() || !m_splitDisqualifiers) {
        const ProspectScore s = m_scorer.score(
            f, remember(m_titleClasses, f.title, [&] { return ProspectScorer::classifyTitle(f.title); }));
        *reasons = s.reasons.join(QLatin1Char('\n')).toUtf8();
        return s.score;
    }
    auto part = [](const ProspectScore& s, const TextMatches& matches) {
        return Part { s.score, s.reasons.join(QLatin1Char('\n')).toUtf8(), matches };
    };
    const Part& company = remember(m_companies, HashedTextAndNumber(f.industry, f.employees), [&] {
        ProspectScore s;
        m_scorer.addCompany(f, &s);
        return part(s, matchText(f.industry));
    });
    const Part& title = remember(m_titles, HashedText(f.title), [&] {
        ProspectScore s;
        m_scorer.addTitle(f.title, ProspectScorer::classifyTitle(f.title), &s);
        return part(s, matchText(f.title));
    });
    const Part& region = remember(m_regions, HashedText(f.country), [&] {
        ProspectScore s;
        m_scorer.addRegion(f.country, &s);
        return part(s, {});
    });
    int points = company.points + title.points + region.points;
    reasons->resize(0); // keeps its memory for the next row
    for (const Part* p : { &company, &title, &region }) {
        if (p->reasons.isEmpty())
            continue;
        if (!reasons->isEmpty())
            *reasons += '\n';
        *reasons += p->reasons;
    }
    const TextMatches& name
        = remember(m_companyNames, HashedText(f.companyName), [&] { return matchText(f.companyName); });
    // The joined text is "industry company title".
    const TextMatches& i = company.matches;
    const TextMatches& t = title.matches;
    quint64 matched = i.simple | name.simple | t.simple;
    if (m_anyJoined) {
        const bool across
            = (i.endsWithPiece & name.startsWithPiece) != 0 || (name.endsWithPiece & t.startsWithPiece) != 0;
        if (m_pieces && !across)
            matched |= i.joined | name.joined | t.joined;
        else
            matched |= keywordMatches(m_joinedKeywords,
                (f.industry + QLatin1Char(' ') + f.companyName + QLatin1Char(' ') + f.title).toLower());
    }
    if (matched != 0) {
        const int d = std::countr_zero(matched);
        if (!reasons->isEmpty())
            *reasons += '\n';
        *reasons += tr("disqualified: %1").arg(m_scorer.m_disqualifiers.at(d).first).toUtf8();
        return std::min(points, 5);
    }
    return std::clamp(points, 0, 100);
}

} // namespace gd::core
