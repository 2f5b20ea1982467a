#include "core/mail/QuoteStripper.h"

#include <QRegularExpression>
#include <QStringList>

namespace gd::core {

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// "On Mon, 3 Mar 2025 at 10:02, X <x@y> wrote:" and its translations (Gmail, Apple Mail,
// Thunderbird). Checked on one line and on two lines joined, as clients wrap long ones.
bool isAttribution(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(?:"
                                                      "on\\s.{3,250}\\swrote\\s*:"
                                                      "|am\\s.{3,250}\\sschrieb.{0,200}:"
                                                      "|le\\s.{3,250}\\sa\\s+[ée]crit\\s*:"
                                                      "|op\\s.{3,250}\\sschreef.{0,200}:"
                                                      "|el\\s.{3,250}\\sescribi[óo]\\s*:"
                                                      "|il\\s.{3,250}\\sha\\s+scritto\\s*:"
                                                      "|em\\s.{3,250}\\sescreveu\\s*:"
                                                      "|.{1,120}\\s(?:wrote|schrieb|a\\s+[ée]crit|schreef)\\s*:"
                                                      ")\\s*$"),
        kOptions);
    return re.match(line).hasMatch();
}

bool isSeparator(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:"
            "-{2,}\\s*(?:original\\s+message|ursprüngliche\\s+nachricht|originalnachricht|message\\s+d'origine"
            "|oorspronkelijk\\s+bericht|origineel\\s+bericht|forwarded\\s+message|weitergeleitete\\s+nachricht"
            "|message\\s+transféré|doorgestuurd\\s+bericht)\\s*-{2,}"
            "|begin\\s+forwarded\\s+message\\s*:"
            "|anfang\\s+der\\s+weitergeleiteten\\s+nachricht\\s*:"
            "|début\\s+du\\s+message\\s+réexpédié\\s*:"
            "|begin\\s+doorgestuurd\\s+bericht\\s*:"
            ")\\s*$"),
        kOptions);
    return re.match(line).hasMatch();
}

// Outlook's header block: "From: ...", then "Sent:", "To:", "Subject:" (or their translations)
// within the next lines. Bold markers from HTML conversion ("*From:*") are tolerated.
bool isHeaderBlock(const QStringList& lines, qsizetype i)
{
    static const QRegularExpression from(
        QStringLiteral("^\\s*\\*?(?:from|von|de|van|da|fra|från)\\s*:\\*?\\s*\\S"), kOptions);
    static const QRegularExpression other(
        QStringLiteral("^\\s*\\*?(?:sent|date|to|subject|cc|gesendet|datum|an|betreff|envoyé|à|objet|verzonden|aan"
                       "|onderwerp|verstuurd|inviato|oggetto|sendt|emne|skickat|ämne)\\s*:\\*?"),
        kOptions);
    if (!from.match(lines.at(i)).hasMatch())
        return false;
    int found = 0;
    for (qsizetype j = i + 1; j < lines.size() && j <= i + 6; ++j) {
        if (other.match(lines.at(j)).hasMatch())
            ++found;
    }
    return found >= 2;
}

bool isQuoteLine(const QString& line)
{
    return line.trimmed().startsWith(QLatin1Char('>'));
}

bool isUnderscoreRule(const QString& line)
{
    static const QRegularExpression re(QStringLiteral("^\\s*_{10,}\\s*$"));
    return re.match(line).hasMatch();
}

bool isMobileSignature(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:sent\\s+from\\s+my\\s+\\S+.*|sent\\s+from\\s+(?:outlook|mail|yahoo).*|get\\s+outlook\\s+for\\s+.*"
            "|von\\s+meinem\\s+\\S+\\s+gesendet.*|gesendet\\s+von\\s+meinem\\s+.*|envoyé\\s+de\\s+mon\\s+.*"
            "|verzonden\\s+(?:vanaf|met|van)\\s+mijn\\s+.*|verstuurd\\s+vanaf\\s+mijn\\s+.*|inviato\\s+da\\s+.*)$"),
        kOptions);
    return re.match(line).hasMatch();
}

bool isClosing(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:best|best\\s+regards|kind\\s+regards|warm\\s+regards|regards|many\\s+thanks|thanks|thank\\s+you"
            "|cheers|all\\s+the\\s+best|sincerely|yours|best\\s+wishes"
            "|mit\\s+freundlichen\\s+grü(?:ß|ss)en|freundliche\\s+grü(?:ß|ss)e|viele\\s+grü(?:ß|ss)e"
            "|beste\\s+grü(?:ß|ss)e|gru(?:ß|ss)|liebe\\s+grü(?:ß|ss)e|herzliche\\s+grü(?:ß|ss)e|grü(?:ß|ss)e|lg|vg|mfg|"
            "danke"
            "|cordialement|bien\\s+cordialement|bien\\s+à\\s+vous|salutations|meilleures\\s+salutations"
            "|bonne\\s+journée|merci"
            "|met\\s+vriendelijke\\s+groet(?:en)?|vriendelijke\\s+groet(?:en)?|groet(?:en)?|hartelijke\\s+groet(?:en)?"
            "|mvg|alvast\\s+bedankt|distinti\\s+saluti|saludos)\\s*[,.!]?\\s*$"),
        kOptions);
    return re.match(line).hasMatch();
}

// A line of a name block: a name, a title, a company, a phone number, an address; not a sentence.
bool looksLikeSignatureLine(const QString& line)
{
    if (line.size() > 80)
        return false;
    const qsizetype words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size();
    if (words > 8)
        return false;
    const QChar last = line.back();
    const bool sentenceEnd = last == QLatin1Char('.') || last == QLatin1Char('?') || last == QLatin1Char('!');
    return !sentenceEnd || words <= 3;
}

QString joined(const QStringList& lines, qsizetype from, qsizetype to)
{
    return lines.mid(from, to - from).join(QLatin1Char('\n')).trimmed();
}

} // namespace

StrippedReply QuoteStripper::strip(const QString& text)
{
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    normalized.replace(QChar(0x00A0), QLatin1Char(' '));
    const QStringList lines = normalized.split(QLatin1Char('\n'));

    // 1. Where the quoted history starts.
    qsizetype cut = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const bool twoLine = i + 1 < lines.size() && !isQuoteLine(lines.at(i))
            && isAttribution(line.trimmed() + QLatin1Char(' ') + lines.at(i + 1).trimmed())
            && !isAttribution(lines.at(i + 1));
        if (isAttribution(line) || twoLine || isSeparator(line) || isHeaderBlock(lines, i)) {
            cut = i;
            break;
        }
        // A block of ">" lines that runs to the end (or to a signature) is quoted history.
        if (isQuoteLine(line)) {
            bool onlyQuotesAfter = true;
            for (qsizetype j = i + 1; j < lines.size(); ++j) {
                if (!lines.at(j).trimmed().isEmpty() && !isQuoteLine(lines.at(j))) {
                    onlyQuotesAfter = false;
                    break;
                }
            }
            if (onlyQuotesAfter) {
                cut = i;
                break;
            }
        }
    }
    // Outlook web puts a rule of underscores right above the header block.
    qsizetype quoteStart = cut;
    for (qsizetype j = cut - 1; j >= 0; --j) {
        if (lines.at(j).trimmed().isEmpty())
            continue;
        if (isUnderscoreRule(lines.at(j)))
            quoteStart = j;
        break;
    }

    // 2. Where the signature starts, inside what is left.
    qsizetype sig = quoteStart;
    for (qsizetype i = 0; i < quoteStart; ++i) {
        const QString& line = lines.at(i);
        if (line == QLatin1String("-- ") || line.trimmed() == QLatin1String("--") || isMobileSignature(line)) {
            sig = i;
            break;
        }
        if (i > 0 && isClosing(line)) {
            // A sign-off followed by a short name block only (no more than 10 non-empty lines, none of
            // them a sentence): "Thanks!" above the real text is not a signature.
            int rest = 0;
            bool nameBlock = true;
            for (qsizetype j = i + 1; j < quoteStart; ++j) {
                const QString l = lines.at(j).trimmed();
                if (l.isEmpty())
                    continue;
                ++rest;
                if (!looksLikeSignatureLine(l))
                    nameBlock = false;
            }
            if (rest <= 10 && nameBlock) {
                sig = i;
                break;
            }
        }
    }

    // 3. The body without interleaved ">" lines or an attribution left above them.
    QStringList body;
    for (qsizetype i = 0; i < sig; ++i) {
        if (isQuoteLine(lines.at(i)) || isAttribution(lines.at(i)))
            continue;
        body.append(lines.at(i));
    }
    StrippedReply result;
    result.body = body.join(QLatin1Char('\n')).trimmed();
    result.signature = joined(lines, sig, quoteStart);
    result.quoted = joined(lines, quoteStart, lines.size());
    return result;
}

} // namespace gd::core
