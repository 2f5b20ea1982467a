#include "core/Text.h"
#include "core/sales/Goal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <cmath>

namespace gd::core {

namespace {

using RE = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

const QString kMonths = QStringLiteral(
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    "nov(?:ember)?|dec(?:ember)?)");

int monthNumber(const QString& word)
{
    static const QStringList prefixes { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec") };
    return static_cast<int>(prefixes.indexOf(word.left(3).toLower())) + 1;
}

int smallNumber(const QString& word)
{
    static const QStringList words { QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten"),
        QStringLiteral("eleven"), QStringLiteral("twelve") };
    const QString w = word.toLower();
    if (w == QLatin1String("a") || w == QLatin1String("an"))
        return 1;
    const int i = static_cast<int>(words.indexOf(w));
    return i >= 0 ? i : w.toInt();
}

QDate endOfMonth(int year, int month)
{
    return QDate(year, month, 1).addMonths(1).addDays(-1);
}

QDate endOfQuarter(int year, int quarter)
{
    return endOfMonth(year, quarter * 3);
}

// The next date on or after today with this month (and day; 0: the month's last day).
QDate nextOccurrence(const QDate& today, int month, int day)
{
    for (int year = today.year(); year <= today.year() + 1; ++year) {
        const QDate d = day > 0 ? QDate(year, month, std::min(day, QDate(year, month, 1).daysInMonth()))
                                : endOfMonth(year, month);
        if (d >= today)
            return d;
    }
    return {};
}

// Text with the parts already understood blanked out (same length, so positions hold).
struct Working
{
    QString text;
    void blank(qsizetype start, qsizetype length) { text.replace(start, length, QString(length, QLatin1Char(' '))); }
};

double parseAmount(QString digits, const QString& scale)
{
    digits.remove(QLatin1Char(','));
    digits.remove(QLatin1Char('\''));
    double value = digits.toDouble();
    const QString s = scale.toLower();
    if (s == QLatin1String("k") || s == QLatin1String("thousand"))
        value *= 1e3;
    else if (s == QLatin1String("m") || s == QLatin1String("mm") || s == QLatin1String("million"))
        value *= 1e6;
    else if (s == QLatin1String("bn") || s == QLatin1String("billion"))
        value *= 1e9;
    return std::round(value * 100.0) / 100.0;
}

QString currencyOf(const QString& token)
{
    const QString t = token.toLower();
    if (t == QStringLiteral("€") || t.startsWith(QLatin1String("eur")))
        return QStringLiteral("EUR");
    if (t == QLatin1String("a$") || t == QLatin1String("au$") || t == QLatin1String("aud"))
        return QStringLiteral("AUD");
    if (t == QLatin1String("c$") || t == QLatin1String("ca$") || t == QLatin1String("cad"))
        return QStringLiteral("CAD");
    if (t == QLatin1String("nz$") || t == QLatin1String("nzd"))
        return QStringLiteral("NZD");
    if (t == QLatin1String("$") || t == QLatin1String("usd") || t.startsWith(QLatin1String("dollar")))
        return QStringLiteral("USD");
    if (t == QStringLiteral("£") || t == QLatin1String("gbp") || t.startsWith(QLatin1String("pound")))
        return QStringLiteral("GBP");
    if (t == QLatin1String("chf") || t == QLatin1String("sek") || t == QLatin1String("nok") || t == QLatin1String("dkk")
        || t == QLatin1String("pln"))
        return t.toUpper();
    return {};
}

struct Money
{
    double amount = 0;
    QString currency;
    qsizetype start = -1;
    qsizetype length = 0;
};

const QString kCurrencyWords = QStringLiteral(
    "(a\\$|au\\$|c\\$|ca\\$|nz\\$|€|\\$|£|eur|euros?|usd|dollars?|gbp|pounds?|chf|sek|nok|dkk|pln|aud|cad|"
    "nzd|jpy|inr)");
const QString kNumber = QStringLiteral("(\\d[\\d,']*(?:\\.\\d+)?)");
const QString kScale = QStringLiteral("(k|mm|m|bn|thousand|million|billion)?");

// The first amount of money: a currency sign or code before or after the number, or a k/M scale.
std::optional<Money> findMoney(const QString& text)
{
    static const RE before(
        kCurrencyWords + QStringLiteral("\\s?") + kNumber + QStringLiteral("\\s?") + kScale + QStringLiteral("\\b"),
        CI);
    static const RE after(QStringLiteral("\\b") + kNumber + QStringLiteral("\\s?") + kScale + QStringLiteral("\\s?")
            + kCurrencyWords + QStringLiteral("(?![a-z])"),
        CI);
    static const RE scaled(QStringLiteral("\\b") + kNumber + QStringLiteral("\\s?(k|mm|m|bn|million|billion)\\b"), CI);
    std::optional<Money> best;
    auto consider = [&](const QRegularExpressionMatch& m, int numberGroup, int scaleGroup, int currencyGroup) {
        if (!m.hasMatch() || (best && best->start <= m.capturedStart()))
            return;
        best = Money { parseAmount(m.captured(numberGroup), m.captured(scaleGroup)),
            currencyGroup ? currencyOf(m.captured(currencyGroup)) : QString(), m.capturedStart(), m.capturedLength() };
    };
    consider(before.match(text), 2, 3, 1);
    consider(after.match(text), 1, 2, 3);
    consider(scaled.match(text), 1, 2, 0);
    return best;
}

bool has(const QString& text, const QString& pattern)
{
    const RE re(pattern, CI);
    return re.match(text).hasMatch();
}

void addUnique(QStringList* list, const QString& value)
{
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

QJsonObject taxonomy()
{
    static const QJsonObject t = [] {
        QFile f(QStringLiteral(":/icp/taxonomy.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }();
    return t;
}

// Values of a taxonomy section ({"Value": ["keyword", ...]}) whose keywords occur in text.
QStringList taxonomyMatches(const QString& section, const QString& text)
{
    // One compiled expression per value (its keywords as alternatives), built once per section.
    static QMutex mutex;
    static QHash<QString, QList<std::pair<QString, RE>>> compiled;
    QList<std::pair<QString, RE>> matchers;
    {
        QMutexLocker lock(&mutex);
        if (!compiled.contains(section)) {
            QList<std::pair<QString, RE>> list;
            const QJsonObject values = taxonomy().value(section).toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                QStringList words;
                for (const QJsonValue& k : it.value().toArray()) {
                    if (k.isString() && !k.toString().isEmpty())
                        words << RE::escape(k.toString());
                }
                if (!words.isEmpty())
                    list.append({ it.key(),
                        RE(QStringLiteral("\\b(?:") + words.join(QLatin1Char('|')) + QStringLiteral(")\\b"), CI) });
            }
            compiled.insert(section, list);
        }
        matchers = compiled.value(section);
    }
    QStringList found;
    for (const auto& [value, re] : std::as_const(matchers)) {
        if (re.match(text).hasMatch())
            addUnique(&found, value);
    }
    return found;
}

QString titleCase(const QString& words)
{
    QStringList parts = words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& p : parts) {
        if (p.size() <= 2 || p == QLatin1String("hr"))
            p = p.toUpper();
        else
            p[0] = p.at(0).toUpper();
    }
    return parts.join(QLatin1Char(' '));
}

QStringList rolesIn(const QString& text)
{
    QStringList roles;
    const QString functions = QStringLiteral(
        "(operations|sales|marketing|finance|procurement|purchasing|it|hr|engineering|product|logistics|supply chain|"
        "customer success|revenue|growth)");
    static const RE heads(QStringLiteral("\\bheads? of ") + functions + QStringLiteral("\\b"), CI);
    for (auto it = heads.globalMatch(text); it.hasNext();)
        addUnique(&roles, QStringLiteral("Head of ") + titleCase(it.next().captured(1).toLower()));
    static const RE chiefs(QStringLiteral("\\b(ceo|cfo|coo|cto|cio|cmo|cro|cpo)s?\\b"), CI);
    for (auto it = chiefs.globalMatch(text); it.hasNext();)
        addUnique(&roles, it.next().captured(1).toUpper());
    static const RE fn(
        QStringLiteral("\\b") + functions + QStringLiteral(" (directors?|heads|leaders?|managers?|vps|leads)\\b"), CI);
    for (auto it = fn.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString kind = m.captured(2).toLower();
        if (kind == QLatin1String("vps"))
            kind = QStringLiteral("vp");
        else if (kind.endsWith(QLatin1Char('s')))
            kind.chop(1);
        addUnique(&roles, titleCase(m.captured(1).toLower() + QLatin1Char(' ') + kind));
    }
    static const RE vp(QStringLiteral("\\b(?:vps?|vice presidents?) of ") + functions + QStringLiteral("\\b"), CI);
    for (auto it = vp.globalMatch(text); it.hasNext();)
        addUnique(&roles, QStringLiteral("VP ") + titleCase(it.next().captured(1).toLower()));
    static const RE founders(QStringLiteral("\\b(?:co-?)?founders?\\b"), CI);
    if (founders.match(text).hasMatch())
        addUnique(&roles, QStringLiteral("Founder"));
    return roles;
}

// Finds the deadline, blanks it out of w and returns it with the words it came from.
std::optional<std::pair<QDate, QString>> findDeadline(Working* w, const QDate& today)
{
    struct Rule
    {
        QString pattern;
        std::function<QDate(const QRegularExpressionMatch&)> resolve;
    };
    const int quarter = (today.month() - 1) / 3 + 1;
    const QList<Rule> rules {
        { QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"),
            [](const auto& m) { return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()); } },
        { QStringLiteral("\\b(?:eoy|year[- ]end|(?:the )?end of (?:the |this )?year)\\b"),
            [today](const auto&) { return QDate(today.year(), 12, 31); } },
        { QStringLiteral("\\b(?:(?:the )?end of (?:the )?)?q([1-4])\\b"),
            [today](const auto& m) {
                const int q = m.captured(1).toInt();
                const QDate d = endOfQuarter(today.year(), q);
                return d >= today ? d : endOfQuarter(today.year() + 1, q);
            } },
        { QStringLiteral("\\b(?:(?:the )?end of )?(?:the )?next quarter\\b"),
            [today, quarter](const auto&) {
                return quarter == 4 ? endOfQuarter(today.year() + 1, 1) : endOfQuarter(today.year(), quarter + 1);
            } },
        { QStringLiteral("\\b(?:this quarter|(?:the )?end of (?:the |this )?quarter)\\b"),
            [today, quarter](const auto&) { return endOfQuarter(today.year(), quarter); } },
        { QStringLiteral("\\b(?:the )?end of (?:the )?next month\\b|\\bnext month\\b"),
            [today](const auto&) {
                const QDate next = today.addMonths(1);
                return endOfMonth(next.year(), next.month());
            } },
        { QStringLiteral("\\b(?:this month|(?:the )?end of (?:the |this )?month|month[- ]end)\\b"),
            [today](const auto&) { return endOfMonth(today.year(), today.month()); } },
        { QStringLiteral("\\bmid[- ]?") + kMonths + QStringLiteral("\\b"),
            [today](const auto& m) { return nextOccurrence(today, monthNumber(m.captured(1)), 15); } },
        { QStringLiteral("\\b(?:the )?end of ") + kMonths + QStringLiteral("\\b"),
            [today](const auto& m) { return nextOccurrence(today, monthNumber(m.captured(1)), 0); } },
        { QStringLiteral("\\b") + kMonths + QStringLiteral("\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b"),
            [today](
                const auto& m) { return nextOccurrence(today, monthNumber(m.captured(1)), m.captured(2).toInt()); } },
        { QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?") + kMonths + QStringLiteral("\\b"),
            [today](
                const auto& m) { return nextOccurrence(today, monthNumber(m.captured(2)), m.captured(1).toInt()); } },
        { QStringLiteral("\\b(?:in|within|over|during)(?: the next| the coming)? (\\d+|an?|one|two|three|four|five|"
                         "six|seven|eight|nine|ten|eleven|twelve) (day|week|month)s?\\b"),
            [today](const auto& m) {
                const int n = smallNumber(m.captured(1));
                const QString unit = m.captured(2).toLower();
                if (unit == QLatin1String("day"))
                    return today.addDays(n);
                if (unit == QLatin1String("week"))
                    return today.addDays(7LL * n);
                return today.addMonths(n);
            } },
        { QStringLiteral("\\b(?:in|by|before|until|through) ") + kMonths + QStringLiteral("\\b"),
            [today](const auto& m) { return nextOccurrence(today, monthNumber(m.captured(1)), 0); } },
    };
    for (const Rule& rule : rules) {
        const RE re(rule.pattern, CI);
        const QRegularExpressionMatch m = re.match(w->text);
        if (!m.hasMatch())
            continue;
        const QDate date = rule.resolve(m);
        if (!date.isValid())
            continue;
        const QString words = m.captured(0);
        w->blank(m.capturedStart(), m.capturedLength());
        return std::make_pair(date, words);
    }
    return std::nullopt;
}

void findConstraints(Working* w, Goal* goal)
{
    static const RE emails(QStringLiteral("\\b(?:at most|max(?:imum)?|no more than|not more than|up to|under|"
                                          "fewer than|less than)\\s+(\\d[\\d,]*)\\s*(?:cold\\s+)?(?:e-?mails?|"
                                          "messages?|sends)?\\s*(?:a|per|each|/)\\s*day\\b"),
        CI);
    static const RE discount(
        QStringLiteral("\\b(?:no discounts?|discounts? (?:of )?(?:no more than|at most|up to|capped at)|(?:at most|max"
                       "(?:imum)?|no more than) (?:an? )?)\\s*(?:(?:beyond|above|over|greater than|more than|higher "
                       "than|exceeding)\\s+)?(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)(?:\\s*discounts?)?"),
        CI);
    static const RE budget(
        QStringLiteral("\\b(?:budget(?: of)?|spend(?:ing)? (?:at most|no more than|up to|under))\\s+"), CI);
    if (const auto m = emails.match(w->text); m.hasMatch()) {
        goal->constraints.append(
            { QStringLiteral("max_emails_per_day"), parseAmount(m.captured(1), {}), {}, m.captured(0).trimmed() });
        w->blank(m.capturedStart(), m.capturedLength());
    }
    if (const auto m = discount.match(w->text); m.hasMatch()) {
        goal->constraints.append(
            { QStringLiteral("max_discount_pct"), m.captured(1).toDouble(), {}, m.captured(0).trimmed() });
        w->blank(m.capturedStart(), m.capturedLength());
    }
    static const RE minimum(QStringLiteral("\\b(?:nothing (?:under|below|smaller than)|no deals? (?:under|below)|"
                                           "(?:a )?minimum(?: deal size| of)?|at least)\\s+"),
        CI);
    if (const auto m = minimum.match(w->text); m.hasMatch()) {
        const QString rest = w->text.mid(m.capturedEnd(), 40);
        if (const auto money = findMoney(rest); money && money->start == 0) {
            qsizetype length = m.capturedLength() + money->length;
            static const RE unit(QStringLiteral("^\\s*(?:acv|arr|per deal|each|a deal)\\b"), CI);
            if (const auto u = unit.match(w->text.mid(m.capturedStart() + length)); u.hasMatch())
                length += u.capturedLength();
            goal->constraints.append({ QStringLiteral("min_deal_value"), money->amount, money->currency,
                w->text.mid(m.capturedStart(), length).trimmed() });
            w->blank(m.capturedStart(), length);
        }
    }
    if (const auto m = budget.match(w->text); m.hasMatch()) {
        const QString rest = w->text.mid(m.capturedEnd(), 40);
        if (const auto money = findMoney(rest); money && money->start <= 1) {
            const qsizetype length = m.capturedLength() + money->start + money->length;
            goal->constraints.append({ QStringLiteral("max_spend"), money->amount, money->currency,
                w->text.mid(m.capturedStart(), length).trimmed() });
            w->blank(m.capturedStart(), length);
        }
    }
}

// The metric named by the words; empty when none is.
QString findMetric(const QString& text, bool hasMoney)
{
    if (has(text, QStringLiteral("\\b(?:win|close|closing|conversion|success) rate\\b|\\bwin-rate\\b")))
        return QStringLiteral("win_rate");
    if (has(text,
            QStringLiteral("\\b(?:response|reply|answer) times?\\b|\\btime to (?:respond|reply|answer)\\b|"
                           "\\b(?:respond|reply|answer) within\\b")))
        return QStringLiteral("response_time");
    if (has(text, QStringLiteral("\\b(?:positive|interested|warm|good) (?:repl(?:y|ies)|responses?|answers?)\\b")))
        return QStringLiteral("positive_replies");
    if (has(text, QStringLiteral("\\b(?:repl(?:y|ies)|responses|answers)\\b")))
        return QStringLiteral("replies");
    if (has(text, QStringLiteral("\\bpipeline\\b|\\bopportunit(?:y|ies)\\b")))
        return QStringLiteral("pipeline_value");
    if (has(text, QStringLiteral("\\b(?:revenue|bookings|arr|mrr|new business|sales of|closed[- ]won|turnover)\\b"))
        || (hasMoney && has(text, QStringLiteral("\\b(?:close|closed|win|won|sign|signed|bring in|earn)\\b"))))
        return QStringLiteral("revenue_closed");
    if (has(text, QStringLiteral("\\b(?:meetings?|demos?|calls?|appointments?|intros?|introductions?)\\b")))
        return QStringLiteral("meetings_booked");
    if (has(text, QStringLiteral("\\b(?:deals?|customers?|clients?|contracts?|logos?)\\b")))
        return QStringLiteral("deals_won");
    if (has(text, QStringLiteral("\\b(?:e-?mails?|messages)\\b")))
        return QStringLiteral("emails_sent");
    if (has(text, QStringLiteral("\\b(?:prospects?|leads?|accounts?|contacts?|companies)\\b")))
        return QStringLiteral("prospects_researched");
    return {};
}

// The target of a count or rate: a percentage for rates, hours for response time, else the
// first whole number left once the deadline and constraints are taken out.
std::optional<double> findTarget(const QString& metric, const QString& text)
{
    if (metric == QLatin1String("win_rate")) {
        static const RE to(
            QStringLiteral("\\b(?:to|reach|hit|at least|above|over)\\s+(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)"),
            CI);
        if (const auto m = to.match(text); m.hasMatch())
            return m.captured(1).toDouble();
        static const RE pct(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent|per cent)"), CI);
        if (const auto m = pct.match(text); m.hasMatch())
            return m.captured(1).toDouble();
        return std::nullopt;
    }
    if (metric == QLatin1String("response_time")) {
        static const RE time(QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*(hours?|hrs?|h|minutes?|mins?|days?)\\b"), CI);
        if (const auto m = time.match(text); m.hasMatch()) {
            const double v = m.captured(1).toDouble();
            const QString unit = m.captured(2).toLower();
            if (unit.startsWith(QLatin1String("min")))
                return std::round(v / 60.0 * 100.0) / 100.0;
            if (unit.startsWith(QLatin1String("day")))
                return v * 24.0;
            return v;
        }
        return std::nullopt;
    }
    static const RE number(QStringLiteral("(?<![\\w.$€£])(\\d[\\d,]*(?:\\.\\d+)?)(k)?(?![\\w.%-])"), CI);
    if (const auto m = number.match(text); m.hasMatch()) {
        const double v = parseAmount(m.captured(1), m.captured(2));
        if (v > 0)
            return v;
    }
    static const RE words(
        QStringLiteral("\\b(?:(a|one|two|three|four|five|six)\\s+)?(dozen|score)\\b|\\b(one|two|three|"
                       "four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                       "fifty|hundred)\\b"),
        CI);
    if (const auto m = words.match(text); m.hasMatch()) {
        if (!m.captured(2).isEmpty()) {
            const int times = m.captured(1).isEmpty() ? 1 : smallNumber(m.captured(1));
            return times * (m.captured(2).toLower() == QLatin1String("dozen") ? 12.0 : 20.0);
        }
        static const QHash<QString, int> tens { { QStringLiteral("fifteen"), 15 }, { QStringLiteral("twenty"), 20 },
            { QStringLiteral("thirty"), 30 }, { QStringLiteral("forty"), 40 }, { QStringLiteral("fifty"), 50 },
            { QStringLiteral("hundred"), 100 } };
        const QString w = m.captured(3).toLower();
        return tens.contains(w) ? tens.value(w) : smallNumber(w);
    }
    return std::nullopt;
}

} // namespace

QStringList Goal::metrics()
{
    return { QStringLiteral("meetings_booked"), QStringLiteral("pipeline_value"), QStringLiteral("revenue_closed"),
        QStringLiteral("deals_won"), QStringLiteral("replies"), QStringLiteral("positive_replies"),
        QStringLiteral("emails_sent"), QStringLiteral("prospects_researched"), QStringLiteral("win_rate"),
        QStringLiteral("response_time") };
}

bool Goal::isMoneyMetric(const QString& metric)
{
    return metric == QLatin1String("pipeline_value") || metric == QLatin1String("revenue_closed");
}

QString Goal::metricText(const QString& metric)
{
    if (metric == QLatin1String("meetings_booked"))
        return tr("meetings booked");
    if (metric == QLatin1String("pipeline_value"))
        return tr("pipeline value");
    if (metric == QLatin1String("revenue_closed"))
        return tr("revenue closed");
    if (metric == QLatin1String("deals_won"))
        return tr("deals won");
    if (metric == QLatin1String("replies"))
        return tr("replies");
    if (metric == QLatin1String("positive_replies"))
        return tr("positive replies");
    if (metric == QLatin1String("emails_sent"))
        return tr("emails sent");
    if (metric == QLatin1String("prospects_researched"))
        return tr("prospects researched");
    if (metric == QLatin1String("win_rate"))
        return tr("win rate");
    if (metric == QLatin1String("response_time"))
        return tr("response time");
    return metric;
}

QString Goal::summary() const
{
    if (ambiguous)
        return tr("Not a goal yet: %1").arg(question);
    const QLocale locale;
    QString amount;
    if (isMoneyMetric(metric))
        amount = tr("%1 %2 of %3").arg(locale.toString(target, 'f', 0), currency, metricText(metric));
    else if (metric == QLatin1String("win_rate"))
        amount = tr("a win rate of %1 %").arg(locale.toString(target));
    else if (metric == QLatin1String("response_time"))
        amount = tr("a response time of at most %1 hours").arg(locale.toString(target));
    else
        amount = tr("%1 %2").arg(locale.toString(target, 'f', 0), metricText(metric));
    return tr("%1 by %2").arg(amount, locale.toString(deadline, QLocale::ShortFormat));
}

QJsonObject Goal::toJson() const
{
    QJsonObject o { { QStringLiteral("text"), text }, { QStringLiteral("ambiguous"), ambiguous } };
    if (ambiguous) {
        o.insert(QStringLiteral("question"), question);
    }
    if (!metric.isEmpty())
        o.insert(QStringLiteral("metric"), metric);
    if (target > 0)
        o.insert(QStringLiteral("target"), target);
    if (!currency.isEmpty())
        o.insert(QStringLiteral("currency"), currency);
    if (deadline.isValid())
        o.insert(QStringLiteral("deadline"), deadline.toString(Qt::ISODate));
    QJsonObject segment;
    auto list = [&segment](const char* key, const QStringList& values) {
        if (!values.isEmpty())
            segment.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    };
    list("industries", industries);
    list("roles", roles);
    list("regions", regions);
    list("sizes", sizes);
    o.insert(QStringLiteral("segment"), segment);
    QJsonArray cs;
    for (const GoalConstraint& c : constraints) {
        QJsonObject j { { QStringLiteral("kind"), c.kind }, { QStringLiteral("value"), c.value },
            { QStringLiteral("text"), c.text } };
        if (!c.currency.isEmpty())
            j.insert(QStringLiteral("currency"), c.currency);
        cs.append(j);
    }
    o.insert(QStringLiteral("constraints"), cs);
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    if (!ambiguous)
        o.insert(QStringLiteral("understood"), summary());
    return o;
}

std::optional<Goal> Goal::fromJson(const QJsonObject& o)
{
    Goal g;
    g.text = o.value(QStringLiteral("text")).toString();
    g.ambiguous = o.value(QStringLiteral("ambiguous")).toBool();
    g.question = o.value(QStringLiteral("question")).toString();
    g.metric = o.value(QStringLiteral("metric")).toString();
    g.target = o.value(QStringLiteral("target")).toDouble();
    g.currency = o.value(QStringLiteral("currency")).toString();
    g.deadline = QDate::fromString(o.value(QStringLiteral("deadline")).toString(), Qt::ISODate);
    const QJsonObject segment = o.value(QStringLiteral("segment")).toObject();
    auto list = [&segment](const char* key) {
        QStringList out;
        for (const QJsonValue& v : segment.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    g.industries = list("industries");
    g.roles = list("roles");
    g.regions = list("regions");
    g.sizes = list("sizes");
    for (const QJsonValue& v : o.value(QStringLiteral("constraints")).toArray()) {
        const QJsonObject c = v.toObject();
        g.constraints.append({ c.value(QStringLiteral("kind")).toString(), c.value(QStringLiteral("value")).toDouble(),
            c.value(QStringLiteral("currency")).toString(), c.value(QStringLiteral("text")).toString() });
    }
    for (const QJsonValue& v : o.value(QStringLiteral("notes")).toArray())
        g.notes << v.toString();
    if (!g.ambiguous && (!metrics().contains(g.metric) || g.target <= 0 || !g.deadline.isValid()))
        return std::nullopt;
    return g;
}

Goal GoalParser::parse(const QString& input, const QDate& today, const QString& defaultCurrency)
{
    Goal goal;
    goal.text = input.simplified();
    Working w { goal.text };
    findConstraints(&w, &goal);
    const auto deadline = findDeadline(&w, today);
    if (deadline) {
        goal.deadline = deadline->first;
        goal.deadlineText = deadline->second.trimmed();
    }
    const auto money = findMoney(w.text);
    goal.metric = findMetric(w.text, money.has_value());
    if (!goal.metric.isEmpty()) {
        if (Goal::isMoneyMetric(goal.metric)) {
            if (money) {
                goal.target = money->amount;
                goal.currency = money->currency;
                if (goal.currency.isEmpty()) {
                    goal.currency = defaultCurrency;
                    goal.notes << tr("no currency named: taken as %1").arg(defaultCurrency);
                }
            }
        } else if (const auto target = findTarget(goal.metric, w.text)) {
            goal.target = *target;
        }
    }
    goal.industries = taxonomyMatches(QStringLiteral("industries"), goal.text);
    goal.regions = taxonomyMatches(QStringLiteral("regions"), goal.text);
    goal.sizes = taxonomyMatches(QStringLiteral("sizes"), goal.text);
    goal.roles = rolesIn(goal.text);

    if (goal.metric.isEmpty()) {
        goal.ambiguous = true;
        goal.question = tr("What should GreenDoor aim for? Name a result, a number and a date, e.g. \"20 meetings "
                           "with logistics CFOs by end of March\" or \"EUR 200k pipeline by end of Q1\".");
    } else if (goal.target <= 0) {
        goal.ambiguous = true;
        goal.question = Goal::isMoneyMetric(goal.metric)
            ? tr("How much %1, and in which currency?").arg(Goal::metricText(goal.metric))
            : tr("How many %1 (a number)?").arg(Goal::metricText(goal.metric));
    } else if (!goal.deadline.isValid()) {
        goal.ambiguous = true;
        goal.question = tr("By when? For example \"by end of March\", \"in 6 weeks\" or \"by 2027-02-15\".");
    } else if (goal.deadline < today) {
        goal.ambiguous = true;
        goal.question = tr("The deadline %1 has passed: by when instead?").arg(goal.deadline.toString(Qt::ISODate));
    }
    return goal;
}

} // namespace gd::core
