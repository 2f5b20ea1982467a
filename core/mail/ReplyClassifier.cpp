#include "core/mail/ReplyClassifier.h"

#include "core/Text.h"
#include "core/mail/QuoteStripper.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace gd::core {

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
constexpr double kAlpha = 0.5; // additive smoothing

const QRegularExpression& emailPattern()
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    return re;
}

// Sentences, with their text as written (for "deciding sentences").
QStringList sentences(const QString& text)
{
    static const QRegularExpression split(QStringLiteral("(?<=[.!?;])\\s+|\\n+"));
    QStringList out;
    for (const QString& s : text.split(split, Qt::SkipEmptyParts)) {
        const QString t = s.simplified();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// Explicit requests to stop all contact: decided by rule, not by statistics.
QString unsubscribeSentence(const QString& body)
{
    static const QRegularExpression re(
        QStringLiteral(
            "unsubscrib|remove\\s+(?:me|us|my\\s+(?:address|email|details|data))|take\\s+(?:me|us|my\\s+\\S+)\\s+off"
            "|stop\\s+(?:e-?mailing|contacting|sending|writing\\s+to)|(?:do\\s+not|don't|never)\\s+(?:contact|e-?mail|"
            "write\\s+to)"
            "\\s+(?:me|us)|opt(?:ed)?[-\\s]out|delete\\s+my\\s+(?:data|details|address|email)|off\\s+your\\s+(?:"
            "mailing\\s+)?list"
            "|austragen|abmelden|keine\\s+(?:weiteren\\s+)?(?:e-?mails|mails|nachrichten|kontaktaufnahme)"
            "|nicht\\s+(?:mehr|weiter)\\s+(?:kontaktieren|anschreiben|anzuschreiben|zu\\s+kontaktieren)"
            "|(?:aus|von)\\s+(?:ihrem|ihrer|dem|der|diesem)\\s+(?:verteiler|liste|mailingliste|newsletter)"
            "|löschen\\s+sie\\s+(?:meine|mich)|daten\\s+(?:zu\\s+)?löschen"
            "|désabonn|désinscri|retirez[-\\s]moi|supprimez[-\\s]moi|ne\\s+plus\\s+(?:me\\s+)?(?:contacter|recevoir|"
            "écrire|m'écrire)"
            "|supprimer\\s+mes\\s+(?:données|coordonnées)|supprimez\\s+mes|de\\s+votre\\s+liste"
            "|uitschrijven|afmelden|verwijder\\s+(?:mij|me|mijn|ons)|niet\\s+meer\\s+(?:te\\s+)?(?:contacteren|mailen|"
            "benaderen)"
            "|geen\\s+(?:e-?mails|mails|berichten)\\s+meer|van\\s+(?:jullie|uw)\\s+(?:lijst|mailinglijst)"),
        kOptions);
    for (const QString& s : sentences(body)) {
        if (re.match(s).hasMatch())
            return s;
    }
    return {};
}

struct Month
{
    const char* name;
    int month;
};

int monthNumber(const QString& word)
{
    static const Month months[] = { { "january", 1 }, { "jan", 1 }, { "januar", 1 }, { "jänner", 1 }, { "janvier", 1 },
        { "januari", 1 }, { "february", 2 }, { "feb", 2 }, { "februar", 2 }, { "février", 2 }, { "fevrier", 2 },
        { "févr", 2 }, { "februari", 2 }, { "march", 3 }, { "mar", 3 }, { "märz", 3 }, { "maerz", 3 }, { "mrz", 3 },
        { "mars", 3 }, { "maart", 3 }, { "mrt", 3 }, { "april", 4 }, { "apr", 4 }, { "avril", 4 }, { "may", 5 },
        { "mai", 5 }, { "mei", 5 }, { "june", 6 }, { "jun", 6 }, { "juni", 6 }, { "juin", 6 }, { "july", 7 },
        { "jul", 7 }, { "juli", 7 }, { "juillet", 7 }, { "august", 8 }, { "aug", 8 }, { "août", 8 }, { "aout", 8 },
        { "augustus", 8 }, { "september", 9 }, { "sep", 9 }, { "sept", 9 }, { "septembre", 9 }, { "october", 10 },
        { "oct", 10 }, { "oktober", 10 }, { "okt", 10 }, { "octobre", 10 }, { "november", 11 }, { "nov", 11 },
        { "novembre", 11 }, { "december", 12 }, { "dec", 12 }, { "dezember", 12 }, { "dez", 12 }, { "décembre", 12 } };
    const QString w = word.toLower();
    for (const Month& m : months) {
        if (w == QString::fromUtf8(m.name))
            return m.month;
    }
    return 0;
}

int weekdayNumber(const QString& word)
{
    static const std::array<QStringList, 7> days = {
        QStringList {
            QStringLiteral("monday"), QStringLiteral("montag"), QStringLiteral("lundi"), QStringLiteral("maandag") },
        QStringList {
            QStringLiteral("tuesday"), QStringLiteral("dienstag"), QStringLiteral("mardi"), QStringLiteral("dinsdag") },
        QStringList { QStringLiteral("wednesday"), QStringLiteral("mittwoch"), QStringLiteral("mercredi"),
            QStringLiteral("woensdag") },
        QStringList { QStringLiteral("thursday"), QStringLiteral("donnerstag"), QStringLiteral("jeudi"),
            QStringLiteral("donderdag") },
        QStringList { QStringLiteral("friday"), QStringLiteral("freitag"), QStringLiteral("vendredi"),
            QStringLiteral("vrijdag") },
        QStringList { QStringLiteral("saturday"), QStringLiteral("samstag"), QStringLiteral("samedi"),
            QStringLiteral("zaterdag") },
        QStringList {
            QStringLiteral("sunday"), QStringLiteral("sonntag"), QStringLiteral("dimanche"), QStringLiteral("zondag") },
    };
    const QString w = word.toLower();
    for (int i = 0; i < 7; ++i) {
        if (days[static_cast<std::size_t>(i)].contains(w))
            return i + 1;
    }
    return 0;
}

// A date without a year: the first such date not long before the message was sent.
QDate withYear(int day, int month, int year, const QDate& sent)
{
    if (year > 0) {
        if (year < 100)
            year += 2000;
        return QDate(year, month, day);
    }
    const QDate base = sent.isValid() ? sent : QDate(2000, 1, 1);
    QDate d(base.year(), month, day);
    if (d.isValid() && d < base.addDays(-14))
        d = QDate(base.year() + 1, month, day);
    return d;
}

QDate nextWorkday(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

struct DateMention
{
    qsizetype start;
    qsizetype end;
    QDate date;
};

QList<DateMention> findDates(const QString& text, const QDate& sent)
{
    QList<DateMention> found;
    const auto add = [&found](qsizetype start, qsizetype end, const QDate& d) {
        if (!d.isValid())
            return;
        for (const DateMention& m : std::as_const(found)) {
            if (start < m.end && end > m.start)
                return; // overlaps one already found
        }
        found.append({ start, end, d });
    };
    static const QString monthAlt = QStringLiteral("january|february|march|april|may|june|july|august|september|"
                                                   "october|november|december|sept|jan|feb|mar|apr|jun|jul|"
                                                   "aug|sep|oct|nov|dec|januar|jänner|februar|märz|maerz|mrz|mai|juni|"
                                                   "juli|oktober|okt|dezember|dez|janvier|février|"
                                                   "fevrier|févr|mars|avril|juin|juillet|août|aout|septembre|octobre|"
                                                   "novembre|décembre|januari|februari|maart|mrt|mei|"
                                                   "augustus");
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})\\b"));
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)?\\s*(?:of\\s+)?(")
            + monthAlt + QStringLiteral(")\\.?(?![\\p{L}])(?:,?\\s*(\\d{4})\\b)?"),
        kOptions);
    static const QRegularExpression monthDay(QStringLiteral("\\b(") + monthAlt
            + QStringLiteral(")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?"),
        kOptions);
    static const QRegularExpression shortNumeric(QStringLiteral("\\b(\\d{1,2})\\.(\\d{1,2})\\.(?!\\d)"));
    static const QRegularExpression weekday(
        QStringLiteral(
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|"
            "freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|"
            "donderdag|vrijdag|zaterdag|zondag)\\b(?!,?\\s*\\d)"),
        kOptions);
    static const QRegularExpression relative(
        QStringLiteral(
            "\\b(tomorrow|demain|(?<!guten\\s)(?<!goede\\s)(?<!good\\s)morgen|next\\s+week|nächste[nr]?\\s+woche|"
            "kommende[nr]?\\s+woche|la\\s+semaine\\s+prochaine|"
            "volgende\\s+week|next\\s+month|nächste[nr]?\\s+monat|le\\s+mois\\s+prochain|volgende\\s+maand)\\b"),
        kOptions);

    auto it = iso.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(),
            QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    }
    it = numeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        int day = m.captured(1).toInt();
        int month = m.captured(2).toInt();
        if (month > 12 && day <= 12)
            std::swap(day, month); // US order, when it can only be that
        add(m.capturedStart(), m.capturedEnd(), withYear(day, month, m.captured(3).toInt(), sent));
    }
    it = dayMonth.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(),
            withYear(m.captured(1).toInt(), monthNumber(m.captured(2)), m.captured(3).toInt(), sent));
    }
    it = monthDay.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        add(m.capturedStart(), m.capturedEnd(),
            withYear(m.captured(2).toInt(), monthNumber(m.captured(1)), m.captured(3).toInt(), sent));
    }
    it = shortNumeric.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12)
            add(m.capturedStart(), m.capturedEnd(), withYear(m.captured(1).toInt(), m.captured(2).toInt(), 0, sent));
    }
    if (sent.isValid()) {
        it = weekday.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const int wanted = weekdayNumber(m.captured(1));
            QDate d = sent.addDays(1);
            while (d.dayOfWeek() != wanted)
                d = d.addDays(1);
            add(m.capturedStart(), m.capturedEnd(), d);
        }
        it = relative.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString w = m.captured(1).toLower();
            QDate d;
            if (w == QLatin1String("tomorrow") || w == QLatin1String("demain") || w == QLatin1String("morgen"))
                d = sent.addDays(1);
            else if (w.contains(QLatin1String("month")) || w.contains(QLatin1String("monat"))
                || w.contains(QLatin1String("mois")) || w.contains(QLatin1String("maand")))
                d = QDate(sent.year(), sent.month(), 1).addMonths(1);
            else
                d = sent.addDays(8 - sent.dayOfWeek());
            add(m.capturedStart(), m.capturedEnd(), nextWorkday(d));
        }
    }
    std::sort(found.begin(), found.end(), [](const DateMention& a, const DateMention& b) { return a.start < b.start; });
    return found;
}

QString cleanName(QString name)
{
    name = name.simplified();
    static const QRegularExpression lead(
        QStringLiteral("^(?:my|our|the|colleague|mr\\.?|mrs\\.?|ms\\.?|dr\\.?|herr|frau|herrn|meine[nm]?|unsere[nm]?|"
                       "kollegin|kollegen|"
                       "kollege|mon|ma|notre|collègue|m\\.|mme|mijn|onze|collega|meneer|mevrouw|dhr\\.?|mevr\\.?)\\s+"),
        kOptions);
    // Verbs and roles before a name: "Mail Erik ...", "our COO Jenny Park".
    static const QRegularExpression verb(
        QStringLiteral(
            "^(?:contact|mail|email|e-mail|call|ask|write|ping|cc|bcc|loop\\s+in|kontaktieren|schreiben|contactez|"
            "écrivez|bel|mail|vraag)\\s+"),
        kOptions);
    static const QRegularExpression acronym(
        QStringLiteral("^[\\p{Lu}]{2,5}\\s+"), QRegularExpression::UseUnicodePropertiesOption);
    for (int i = 0; i < 4; ++i) {
        name.remove(lead);
        name.remove(verb);
        name.remove(acronym);
    }
    return name.trimmed();
}

// The capitalised words ending a text ("... please reach out to Anna Berg").
QString trailingName(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("((?:[\\p{Lu}][\\p{L}'\\-]+)(?:\\s+(?:van\\s+der|van\\s+den|van|von|de|der|den|le|la|du|ter|ten)"
                       "?\\s*[\\p{Lu}][\\p{L}'\\-]+){0,3})"
                       "\\s*$"));
    const auto m = re.match(text);
    return m.hasMatch() ? cleanName(m.captured(1)) : QString();
}

} // namespace

QString replyClassName(ReplyClass c)
{
    return QLatin1String(kReplyClassNames[static_cast<std::size_t>(c)]);
}

std::optional<ReplyClass> replyClassFromName(QStringView name)
{
    return enumFromName<ReplyClass>(kReplyClassNames, name);
}

std::optional<QList<ReplyExample>> ReplyClassifier::parseExamples(const QString& text, QString* error)
{
    QList<ReplyExample> examples;
    std::optional<ReplyClass> current;
    QStringList lines;
    int lineNumber = 0;
    const auto flush = [&]() {
        if (current) {
            const QString body = lines.join(QLatin1Char('\n')).trimmed();
            if (!body.isEmpty())
                examples.append({ *current, body });
        }
        lines.clear();
    };
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (line.startsWith(QLatin1String("== "))) {
            flush();
            current = replyClassFromName(line.mid(3).trimmed());
            if (!current) {
                if (error)
                    *error = tr("line %1: unknown reply class %2").arg(lineNumber).arg(line.mid(3).trimmed());
                return std::nullopt;
            }
            continue;
        }
        if (line.startsWith(QLatin1String("#")) && !current)
            continue;
        lines.append(line);
    }
    flush();
    return examples;
}

QList<ReplyExample> ReplyClassifier::builtinExamples()
{
    QFile file(QStringLiteral(":/replies/training.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return parseExamples(QString::fromUtf8(file.readAll())).value_or(QList<ReplyExample> {});
}

const ReplyClassifier& ReplyClassifier::builtin()
{
    static const ReplyClassifier classifier = [] {
        ReplyClassifier c;
        c.train(builtinExamples());
        return c;
    }();
    return classifier;
}

QStringList ReplyClassifier::features(const QString& text)
{
    QString t = text.toLower();
    t.replace(emailPattern(), QStringLiteral(" xemailx "));
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    t.replace(url, QStringLiteral(" xurlx "));
    QStringList tokens;
    QString current;
    const auto push = [&]() {
        if (current.isEmpty())
            return;
        bool digits = true;
        for (const QChar ch : std::as_const(current))
            digits = digits && ch.isDigit();
        tokens.append(digits ? QStringLiteral("xnumx") : current);
        current.clear();
    };
    for (const QChar ch : std::as_const(t)) {
        if (ch.isLetterOrNumber())
            current.append(ch);
        else
            push();
    }
    push();
    QStringList out = tokens;
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i)
        out.append(tokens.at(i) + QLatin1Char(' ') + tokens.at(i + 1));
    return out;
}

void ReplyClassifier::train(const QList<ReplyExample>& examples)
{
    m_counts.clear();
    m_totals = {};
    std::array<double, kReplyClassCount> docs {};
    for (const ReplyExample& e : examples) {
        const auto c = static_cast<std::size_t>(e.replyClass);
        docs[c] += 1;
        for (const QString& f : features(QuoteStripper::strip(e.text).body)) {
            m_counts[f][c] += 1;
            m_totals[c] += 1;
        }
    }
    m_vocabulary = static_cast<double>(m_counts.size());
    const double n = static_cast<double>(examples.size());
    for (std::size_t c = 0; c < kReplyClassCount; ++c)
        m_logPrior[c] = std::log((docs[c] + 1.0) / (n + kReplyClassCount));
    m_trained = !examples.isEmpty();
}

double ReplyClassifier::weight(const QString& feature, std::size_t c) const
{
    const auto it = m_counts.constFind(feature);
    const double count = it == m_counts.cend() ? 0.0 : (*it)[c];
    return std::log((count + kAlpha) / (m_totals[c] + kAlpha * (m_vocabulary + 1)));
}

std::array<double, kReplyClassCount> ReplyClassifier::logScores(const QStringList& features) const
{
    std::array<double, kReplyClassCount> scores = m_logPrior;
    for (const QString& f : features) {
        if (!m_counts.contains(f))
            continue; // unseen everywhere: says nothing
        for (std::size_t c = 0; c < kReplyClassCount; ++c)
            scores[c] += weight(f, c);
    }
    return scores;
}

std::pair<ReplyClass, double> ReplyClassifier::classifyText(const QString& text) const
{
    const QStringList f = features(text);
    const auto scores = logScores(f);
    const auto best = static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    // Naive Bayes is overconfident on long texts: temper the posterior by the number of features.
    const double temperature = std::max(1.0, std::sqrt(static_cast<double>(f.size())) / 2.0);
    double sum = 0;
    for (double s : scores)
        sum += std::exp((s - scores[best]) / temperature);
    return { static_cast<ReplyClass>(best), 1.0 / sum };
}

QDate ReplyClassifier::extractReturnDate(const QString& text, const QDate& sent)
{
    const QList<DateMention> dates = findDates(text, sent);
    if (dates.isEmpty())
        return {};
    static const QRegularExpression backBefore(
        QStringLiteral(
            "(?:back|return|returning|in\\s+the\\s+office|available|reachable|again|zurück|wieder|ab\\s+dem|ab|retour|"
            "rentre|de\\s+nouveau|disponible|terug|weer|vanaf|bereikbaar)\\b[^.!?\\n]{0,30}$"),
        kOptions);
    static const QRegularExpression backAfter(
        QStringLiteral("^[^.!?\\n]{0,40}\\b(?:wieder|zurück|erreichbar|de\\s+retour|weer|terug|back)\\b"), kOptions);
    static const QRegularExpression untilBefore(
        QStringLiteral(
            "(?:until|till|til|through|thru|up\\s+to|bis|jusqu'au|jusqu'à|jusqu’au|au|tot\\s+en\\s+met|t/m|tot|"
            "t\\.e\\.m\\.)\\s+(?:(?:and\\s+)?including\\s+|einschließlich\\s+|zum\\s+|und\\s+mit\\s+|inclus\\s+|"
            "le\\s+|on\\s+|the\\s+|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|"
            "mittwoch|"
            "donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|"
            "dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\\s+)*$"),
        kOptions);
    QDate back;
    QDate until;
    QDate latest;
    for (const DateMention& m : dates) {
        const QString before = text.mid(std::max<qsizetype>(0, m.start - 40), std::min<qsizetype>(40, m.start));
        const QString after = text.mid(m.end, 40);
        if (sent.isValid() && m.date < sent)
            continue;
        if (untilBefore.match(before).hasMatch()) {
            if (!until.isValid())
                until = nextWorkday(m.date.addDays(1));
        } else if (backBefore.match(before).hasMatch() || backAfter.match(after).hasMatch()) {
            if (!back.isValid())
                back = m.date;
        }
        if (!latest.isValid() || m.date > latest)
            latest = m.date;
    }
    if (back.isValid())
        return back;
    if (until.isValid())
        return until;
    return latest;
}

std::pair<QString, QString> ReplyClassifier::extractReferral(const QString& text, const QString& senderAddress)
{
    const QString sender = senderAddress.toLower();
    auto it = emailPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString email = m.captured(0).toLower();
        if (email == sender)
            continue;
        // The name right before: "Anna Berg (anna@x)", "Anna Berg <anna@x>", "Anna Berg at anna@x".
        QString before = text.left(m.capturedStart()).right(80);
        static const QRegularExpression glue(QStringLiteral("[\\s(<\\[:,\\-–]*(?:at|via|unter|à|a|op|on|email|e-mail|"
                                                            "mail|adresse|address|l'adresse)?[\\s(<\\[:,\\-–]*$"),
            kOptions);
        before.remove(glue);
        QString name = trailingName(before);
        if (name.isEmpty()) {
            // "anna.berg@x.test (Anna Berg)"
            static const QRegularExpression after(
                QStringLiteral("^\\s*[(\\-–,]\\s*([\\p{Lu}][\\p{L}'\\-]+(?:\\s+[\\p{Lu}][\\p{L}'\\-]+){1,3})"));
            const auto a = after.match(text.mid(m.capturedEnd(), 60));
            if (a.hasMatch())
                name = cleanName(a.captured(1));
        }
        return { name, email };
    }
    static const QRegularExpression trigger(
        QStringLiteral(
            "(?:reach\\s+out\\s+to|contact|speak\\s+(?:to|with)|talk\\s+to|get\\s+in\\s+touch\\s+with|write\\s+to|"
            "email|forwarded\\s+(?:this|your\\s+\\S+)\\s+to|wenden\\s+sie\\s+sich\\s+(?:bitte\\s+)?an|kontaktieren\\s+"
            "sie|"
            "sprechen\\s+sie\\s+mit|melden\\s+sie\\s+sich\\s+bei|weitergeleitet\\s+an|contactez|adressez-vous\\s+à|"
            "écrivez\\s+à|voir\\s+avec|transmis\\s+à|neem\\s+contact\\s+op\\s+met|contact\\s+opnemen\\s+met|benader|"
            "spreek\\s+met|doorgestuurd\\s+naar)\\s+"
            "((?:(?:my|our|the|meine[nm]?|unsere[nm]?|mon|ma|notre|mijn|onze|herrn?|frau|m\\.|mme|mevrouw|meneer)\\s+)*"
            "(?:(?:colleague|kollegin|kollegen|kollege|collègue|collega)\\s+)?"
            "[\\p{Lu}][\\p{L}'\\-]+(?:\\s+(?:van\\s+der|van\\s+den|van|von|de|der|den|le|la|du)?\\s*[\\p{Lu}][\\p{L}'"
            "\\-]+){0,3})"),
        QRegularExpression::UseUnicodePropertiesOption);
    // Case-insensitive trigger, case-sensitive name: match on a lower-cased copy for the trigger.
    const QString lower = text.toLower();
    static const QRegularExpression triggerLower(
        trigger.pattern().replace(QStringLiteral("[\\p{Lu}]"), QStringLiteral("[\\p{L}]")),
        QRegularExpression::UseUnicodePropertiesOption);
    auto t = triggerLower.globalMatch(lower);
    while (t.hasNext()) {
        const auto m = t.next();
        const auto exact = trigger.match(text, m.capturedStart());
        if (exact.hasMatch() && exact.capturedStart() == m.capturedStart()) {
            const QString name = cleanName(exact.captured(1));
            if (!name.isEmpty() && name.at(0).isUpper())
                return { name, {} };
        }
    }
    return {};
}

ReplyAnalysis ReplyClassifier::analyze(const ParsedEmail& email) const
{
    ReplyAnalysis a;
    const StrippedReply stripped = QuoteStripper::strip(email.text);
    a.body = stripped.body;
    a.bounce = AutoReplyDetector::bounce(email);
    a.autoReply = AutoReplyDetector::autoReply(email);
    const QDate sent = email.date.isValid() ? email.date.date() : QDate();

    if (a.bounce.bounce) {
        a.replyClass = ReplyClass::Bounce;
        a.confidence = email.deliveryStatus.isEmpty() ? 0.9 : 0.99;
        a.deciding = { a.bounce.evidence };
        return a;
    }

    const auto [statClass, statP] = classifyText(email.subject + QLatin1Char('\n') + a.body);
    const auto explain = [this, &a](ReplyClass chosen) {
        // The sentences that pull hardest towards the chosen class against the runner-up.
        const QStringList all = sentences(a.body);
        const auto total = logScores(features(a.body));
        std::size_t runnerUp = chosen == ReplyClass::Interested ? 1 : 0;
        for (std::size_t c = 0; c < kReplyClassCount; ++c) {
            if (c != static_cast<std::size_t>(chosen) && total[c] > total[runnerUp])
                runnerUp = c;
        }
        // A salutation ("Bonjour,", "Hallo Herr Keller,") explains nothing.
        static const QRegularExpression salutation(
            QStringLiteral("^(?:hi|hello|hey|dear|good\\s+(?:morning|afternoon)|hallo|guten\\s+tag|sehr\\s+geehrte[rs]?"
                           "|liebe[rs]?|moin"
                           "|bonjour|bonsoir|salut|madame|monsieur|cher|chère|hoi|beste|geachte|goedemiddag|"
                           "goedemorgen)\\b[^.!?]{0,40}$"),
            kOptions);
        QList<std::pair<double, qsizetype>> ranked;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (salutation.match(all.at(i)).hasMatch())
                continue;
            double score = 0;
            for (const QString& f : features(all.at(i))) {
                if (m_counts.contains(f))
                    score += weight(f, static_cast<std::size_t>(chosen)) - weight(f, runnerUp);
            }
            ranked.append({ score, i });
        }
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
        // The sentences that speak for the class; when none does on its own (the decision came from
        // the whole text), the one that speaks least against it.
        while (ranked.size() > 1 && ranked.back().first <= 0)
            ranked.removeLast();
        QList<qsizetype> keep;
        for (qsizetype i = 0; i < ranked.size() && i < 2; ++i)
            keep.append(ranked.at(i).second);
        std::sort(keep.begin(), keep.end());
        QStringList out;
        for (qsizetype i : keep)
            out.append(all.at(i));
        return out;
    };

    if (a.autoReply.autoReply) {
        const auto referral = extractReferral(a.body, email.from.address);
        if (statClass == ReplyClass::Referral && !referral.second.isEmpty()) {
            // "I have left the company; please write to ..." sent as an automatic reply.
            a.replyClass = ReplyClass::Referral;
            a.confidence = std::max(0.6, statP);
            a.referredName = referral.first;
            a.referredEmail = referral.second;
            a.deciding = explain(a.replyClass);
            return a;
        }
        a.replyClass = ReplyClass::OutOfOffice;
        a.confidence = statClass == ReplyClass::OutOfOffice ? 0.97 : 0.8;
        a.deciding = QStringList { a.autoReply.evidence } + explain(a.replyClass);
        a.returnDate = extractReturnDate(a.body, sent);
        a.referredName = referral.first;
        a.referredEmail = referral.second;
        return a;
    }

    const QString stop = unsubscribeSentence(a.body);
    if (!stop.isEmpty()) {
        a.replyClass = ReplyClass::Unsubscribe;
        a.confidence = 0.95;
        a.deciding = { stop };
        return a;
    }

    a.replyClass = statClass;
    a.confidence = statP;
    a.deciding = explain(statClass);
    if (a.body.isEmpty()) {
        // Nothing but quoted history (or nothing at all): the quote is our own text and says nothing
        // about the reply, so only the subject is read, and the answer is marked as a guess.
        a.confidence = std::min(a.confidence, 0.2);
        a.deciding = { tr("the reply has no text of its own") };
    }
    if (a.replyClass == ReplyClass::OutOfOffice)
        a.returnDate = extractReturnDate(a.body, sent);
    if (a.replyClass == ReplyClass::Referral || a.replyClass == ReplyClass::OutOfOffice) {
        const auto referral = extractReferral(a.body, email.from.address);
        a.referredName = referral.first;
        a.referredEmail = referral.second;
    }
    return a;
}

} // namespace gd::core
