#pragma once

#include "core/ai/LanguageModel.h"

#include <QString>
#include <QStringList>

namespace gd::core {

// A drafted sentence as the model returned it: its text and the fact ids it cites.
struct CitedSentence
{
    QString text;
    QStringList facts;
};

// Checks a model's draft against the facts it was given, before anyone sees it:
//  - every cited fact id exists, and a sentence that cites facts shares words with them;
//  - a sentence that says something about the prospect (names the person or the company, uses a
//    word of a prospect fact, or says "your ...") cites at least one fact;
//  - the draft names no number, person or company that is not in the facts.
// A rejected draft is not shown: the caller falls back to the template path with the reason.
class GroundingChecker final
{
public:
    struct Verdict
    {
        bool ok = true;
        QStringList reasons; // one per problem, for people
    };

    explicit GroundingChecker(QList<ModelFact> facts);

    Verdict check(const QString& subject, const QList<CitedSentence>& sentences) const;

    // Digit groups in a text ("20", "3.5", "2026"), normalised (thousands separators removed).
    static QStringList numbersIn(const QString& text);
    // Words that look like names (capitalised, not a common sentence opener), in order.
    static QStringList namesIn(const QString& sentence);

private:
    bool inFacts(const QString& needle) const;
    bool sharesWords(const QString& sentence, const QStringList& factIds) const;
    bool mentionsProspect(const QString& sentence) const;

    QList<ModelFact> m_facts;
    QString m_allFactsLower;
    QStringList m_prospectWords; // distinctive lower-case words of prospect facts
};

} // namespace gd::core
