#pragma once

#include "core/formats/TextKeys.h"
#include "core/prospects/Icp.h"

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QStringList>

namespace gd::core {

// What the scorer knows of a prospect and its company.
struct ProspectFacts
{
    QString title;
    QString companyName;
    QString industry;
    int employees = -1; // -1: unknown
    QString country; // ISO code or name
    QStringList technologies;
};

// What a title says (the costly part of scoring): the role and seniority it names, if any.
struct TitleClass
{
    QString role;
    QString seniority;
};

struct ProspectScore
{
    int score = 0; // 0..100
    QStringList reasons;
};

// Scores prospects 0..100 against one ICP version, with the reasons: matched industry (30),
// size band (20), role (25) and seniority (10), region (15); a disqualifier caps the score at 5.
// Missing facts score nothing and say so. Deterministic; build once per ICP, then call score()
// from any thread.
class ProspectScorer final
{
public:
    explicit ProspectScorer(const Icp& icp);

    ProspectScore score(const ProspectFacts& facts) const;
    // The same with the title already classified (an import classifies each distinct title once).
    ProspectScore score(const ProspectFacts& facts, const TitleClass& title) const;
    static TitleClass classifyTitle(const QString& title);
    int icpVersion() const { return m_version; }

    static QString sizeBand(int employees);
    // The taxonomy value (e.g. "Sales", "VP") a title names, or empty.
    static QString roleOf(const QString& title);
    static QString seniorityOf(const QString& title);

private:
    friend class CachedProspectScorer;
    void addCompany(const ProspectFacts& facts, ProspectScore* s) const;
    void addTitle(const QString& text, const TitleClass& title, ProspectScore* s) const;
    void addRegion(const QString& country, ProspectScore* s) const;
    // The index of the first disqualifier (in the profile's order) named in lower-case text, or -1.
    int firstDisqualifier(const QString& lower) const;

    int m_version;
    QStringList m_industries; // lower case
    QStringList m_sizes;
    QStringList m_roles;
    QStringList m_seniorities;
    QStringList m_regions;
    QStringList m_countries; // upper-case ISO codes covered by the regions
    bool m_global = false;
    QStringList m_technologies;
    QList<QPair<QString, QStringList>> m_disqualifiers; // name, keywords (lower case)
};

// Scores many prospects with exactly the result of ProspectScorer::score(), remembering the parts
// that repeat across a list (industry and size, title, country, the disqualifier checks of each
// part), so an import of a million rows scores each distinct value once. One per thread; memory
// stays bounded (each memo is emptied past a few thousand entries).
class CachedProspectScorer final
{
public:
    explicit CachedProspectScorer(const ProspectScorer& scorer);

    // The score and its reasons, one per line, as UTF-8.
    int score(const ProspectFacts& facts, QByteArray* reasons);
    int icpVersion() const { return m_scorer.icpVersion(); }

private:
    // Which disqualifier keywords a part's text holds: keywords of letters and digits only
    // (simple), the others on the part alone (joined), and which pieces of a keyword with spaces
    // the text ends or starts with (a keyword such as "public sector" can only match the joined
    // text "industry company title" across a space between two parts if the left part ends with
    // "public" and the right one starts with "sector").
    struct TextMatches
    {
        quint64 simple = 0;
        quint64 joined = 0;
        quint64 endsWithPiece = 0; // bit b: ends with m_pieceLeft[b]
        quint64 startsWithPiece = 0; // bit b: starts with m_pieceRight[b]
    };
    struct Part
    {
        int points = 0;
        QByteArray reasons;
        TextMatches matches;
    };
    template<typename Map, typename Make>
    static const typename Map::mapped_type& remember(Map& map, const typename Map::key_type& key, Make make);
    TextMatches matchText(const QString& text) const;

    static constexpr qsizetype kMaxEntries = 20000;
    const ProspectScorer& m_scorer;
    bool m_splitDisqualifiers = true;
    bool m_pieces = true; // false: the joined text is built for each row
    QList<QStringList> m_simpleKeywords; // per disqualifier: keywords of letters and digits only
    QList<QStringList> m_joinedKeywords; // per disqualifier: the others
    QStringList m_pieceLeft; // per space of a joined keyword: the word before it
    QStringList m_pieceRight; // and the word after it
    bool m_anyJoined = false;
    QHash<QString, TitleClass> m_titleClasses;
    QHash<HashedTextAndNumber, Part> m_companies; // industry, employees (and the industry's disqualifiers)
    QHash<HashedText, Part> m_titles; // with the title's disqualifiers
    QHash<HashedText, Part> m_regions;
    QHash<HashedText, TextMatches> m_companyNames;
};

} // namespace gd::core
