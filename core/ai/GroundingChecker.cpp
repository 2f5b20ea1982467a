#include "core/ai/GroundingChecker.h"

#include "core/Text.h"

#include <QRegularExpression>
#include <QSet>

namespace gd::core {

namespace {

// Words that open or fill a sentence in a sales email without naming anyone.
const QSet<QString>& commonWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : { "hi", "hello", "hey", "dear", "thanks", "thank", "i", "i'm", "i've", "i'd", "i'll", "we",
                 "we're", "we've", "our", "your", "you", "you're", "the", "this", "that", "these", "those", "as",
                 "would", "could", "can", "if", "best", "regards", "cheers", "kind", "many", "it", "it's", "in", "at",
                 "on", "for", "with", "happy", "looking", "let", "let's", "just", "when", "how", "what", "why", "who",
                 "are", "is", "do", "does", "and", "but", "so", "glad", "great", "sure", "of", "yes", "no", "not",
                 "quick", "a", "an", "any", "all", "since", "given", "most", "many", "teams", "companies", "often",
                 "no", "here", "there", "today", "tomorrow", "next", "last", "monday", "tuesday", "wednesday",
                 "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
                 "july", "august", "september", "october", "november", "december", "re", "fwd", "ps", "p.s", "please",
                 "sorry", "good", "noted", "understood", "absolutely", "certainly", "perhaps", "maybe", "worth", "one",
                 "some", "also", "then", "after", "before", "while", "where", "which", "whether", "because",
                 "unfortunately", "hope", "should", "will", "might", "may", "to", "from", "by" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

// Words too common to tell that a sentence is about the prospect.
const QSet<QString>& fillerWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : { "with", "from", "that", "this", "their", "have", "your", "they", "more", "than", "about",
                 "into", "over", "they", "them", "what", "when", "which", "will", "would", "were", "been", "being",
                 "also", "such", "some", "other", "only", "very", "most", "much", "many", "each", "every", "company",
                 "companies", "team", "teams", "business", "businesses", "work", "works", "help", "helps", "using",
                 "used", "make", "makes", "need", "needs", "time", "year", "years", "like", "just", "more", "less",
                 "where", "there", "these", "those", "still" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral(R"([\p{L}][\p{L}\p{N}'’&-]*)"));
    QStringList out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        while (w.endsWith(QLatin1Char('-')) || w.endsWith(QLatin1Char('\'')) || w.endsWith(QChar(0x2019)))
            w.chop(1);
        out << w;
    }
    return out;
}

bool containsWord(const QString& haystackLower, const QString& needleLower)
{
    if (needleLower.isEmpty())
        return false;
    qsizetype from = 0;
    while ((from = haystackLower.indexOf(needleLower, from)) >= 0) {
        const qsizetype end = from + needleLower.size();
        const bool startOk = from == 0 || !haystackLower.at(from - 1).isLetterOrNumber();
        const bool endOk = end >= haystackLower.size() || !haystackLower.at(end).isLetterOrNumber();
        if (startOk && endOk)
            return true;
        from = end;
    }
    return false;
}

QString shortened(const QString& text)
{
    const QString t = text.simplified();
    return t.size() > 80 ? t.left(80) + QStringLiteral("…") : t;
}

} // namespace

GroundingChecker::GroundingChecker(QList<ModelFact> facts)
    : m_facts(std::move(facts))
{
    QStringList all;
    QSet<QString> prospectWords;
    for (const ModelFact& f : std::as_const(m_facts)) {
        all << f.value;
        if (!f.aboutProspect)
            continue;
        for (const QString& w : wordsOf(f.value)) {
            const QString lower = w.toLower();
            if (lower.size() >= 4 && !fillerWords().contains(lower))
                prospectWords.insert(lower);
            else if (w.at(0).isUpper() && !commonWords().contains(lower) && lower.size() >= 2)
                prospectWords.insert(lower); // short names ("Li", "Acme" is long enough anyway)
        }
    }
    m_allFactsLower = all.join(QStringLiteral(" \n ")).toLower();
    m_prospectWords = QStringList(prospectWords.cbegin(), prospectWords.cend());
}

QStringList GroundingChecker::numbersIn(const QString& text)
{
    static const QRegularExpression number(QStringLiteral(R"(\d(?:[\d,.]*\d)?)"));
    QStringList out;
    auto it = number.globalMatch(text);
    while (it.hasNext()) {
        QString n = it.next().captured(0);
        n.remove(QLatin1Char(','));
        out << n;
    }
    return out;
}

QStringList GroundingChecker::namesIn(const QString& sentence)
{
    QStringList out;
    const QStringList words = wordsOf(sentence);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (!w.at(0).isUpper())
            continue;
        if (commonWords().contains(w.toLower()))
            continue;
        out << w;
    }
    return out;
}

bool GroundingChecker::inFacts(const QString& needle) const
{
    const QString lower = needle.toLower();
    if (containsWord(m_allFactsLower, lower))
        return true;
    // Another form of a word the facts use ("Payables" for "payable"): a long shared beginning.
    const qsizetype prefix = std::max<qsizetype>(5, lower.size() - 2);
    if (lower.size() < prefix)
        return false;
    for (const QString& w : wordsOf(m_allFactsLower)) {
        if (w.size() >= prefix && w.left(prefix) == lower.left(prefix))
            return true;
    }
    return false;
}

bool GroundingChecker::sharesWords(const QString& sentence, const QStringList& factIds) const
{
    const QString lower = sentence.toLower();
    for (const QString& id : factIds) {
        for (const ModelFact& f : m_facts) {
            if (f.id != id)
                continue;
            if (containsWord(lower, f.value.toLower().simplified()))
                return true;
            for (const QString& w : wordsOf(f.value)) {
                const QString lw = w.toLower();
                if ((lw.size() >= 3 || w.at(0).isUpper()) && !fillerWords().contains(lw) && !commonWords().contains(lw)
                    && containsWord(lower, lw))
                    return true;
            }
            for (const QString& n : numbersIn(f.value)) {
                if (numbersIn(sentence).contains(n))
                    return true;
            }
        }
    }
    return false;
}

bool GroundingChecker::mentionsProspect(const QString& sentence) const
{
    const QString lower = sentence.toLower();
    for (const QString& w : m_prospectWords) {
        if (containsWord(lower, w))
            return true;
    }
    // "Your team is growing" is a claim about them; "Would your team ...?" is a question.
    return containsWord(lower, QStringLiteral("your")) && !sentence.trimmed().endsWith(QLatin1Char('?'));
}

GroundingChecker::Verdict GroundingChecker::check(const QString& subject, const QList<CitedSentence>& sentences) const
{
    Verdict verdict;
    QSet<QString> ids;
    for (const ModelFact& f : m_facts)
        ids.insert(f.id);
    if (sentences.isEmpty())
        verdict.reasons << tr("the draft has no sentences");

    QSet<QString> reported;
    const auto unknownText = [&](const QString& text) {
        for (const QString& n : numbersIn(text)) {
            if (!numbersIn(m_allFactsLower).contains(n) && !reported.contains(n)) {
                reported.insert(n);
                verdict.reasons << tr("it names the number %1, which is in none of the facts").arg(n);
            }
        }
        for (const QString& name : namesIn(text)) {
            if (!inFacts(name) && !reported.contains(name.toLower())) {
                reported.insert(name.toLower());
                verdict.reasons << tr("it names \"%1\", who or which is in none of the facts").arg(name);
            }
        }
    };
    unknownText(subject);
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const CitedSentence& s = sentences[i];
        const QString n = QString::number(i + 1);
        QStringList known;
        for (const QString& id : s.facts) {
            if (id.isEmpty())
                continue;
            if (!ids.contains(id))
                verdict.reasons << tr("sentence %1 cites \"%2\", which is not one of the facts given").arg(n, id);
            else
                known << id;
        }
        if (!known.isEmpty() && !sharesWords(s.text, known))
            verdict.reasons << tr("sentence %1 cites %2 but says nothing that is in it: \"%3\"")
                                   .arg(n, known.join(QStringLiteral(", ")), shortened(s.text));
        if (s.facts.join(QString()).isEmpty() && mentionsProspect(s.text))
            verdict.reasons << tr("sentence %1 says something about the prospect without citing a fact: \"%2\"")
                                   .arg(n, shortened(s.text));
        unknownText(s.text);
    }
    verdict.ok = verdict.reasons.isEmpty();
    return verdict;
}

} // namespace gd::core
