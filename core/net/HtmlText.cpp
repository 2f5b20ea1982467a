#include "core/net/HtmlText.h"

#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <utility>

namespace gd::core {

namespace {

constexpr qsizetype maxLinks = 5000;
constexpr qsizetype maxHrefChars = 4096;
constexpr qsizetype maxLinkTextChars = 300;
constexpr qsizetype maxTitleChars = 500;
constexpr qsizetype maxDescriptionChars = 2000;
constexpr qsizetype maxTagNameChars = 32; // longer names are no element we act on
constexpr qsizetype charsetPrescanBytes = 4096;
constexpr int maxEntityNameChars = 32;

// Windows-1252's printable characters in 0x80..0x9F, which HTML also uses for "iso-8859-1" pages
// and for numeric references in that range.
constexpr char16_t cp1252High[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
    0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

QSet<QString> nameSet(std::initializer_list<const char*> names)
{
    QSet<QString> set;
    for (const char* n : names)
        set.insert(QString::fromLatin1(n));
    return set;
}

const QSet<QString>& blockElements()
{
    static const QSet<QString> set = nameSet({ "address", "article", "aside", "blockquote", "body", "br", "button",
        "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "label", "legend", "li",
        "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p", "pre", "section", "select", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul" });
    return set;
}

// Elements whose content is not markup; the tokenizer jumps to their end tag.
const QSet<QString>& rawTextElements()
{
    static const QSet<QString> set = nameSet(
        { "script", "style", "noscript", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext" });
    return set;
}

const QSet<QString>& voidElements()
{
    static const QSet<QString> set = nameSet({ "area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr" });
    return set;
}

const QSet<QString>& headElements()
{
    static const QSet<QString> set = nameSet(
        { "base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title" });
    return set;
}

// HTML start tags that end an <svg> or <math> island (the parser's "breakout" list).
const QSet<QString>& foreignBreakout()
{
    static const QSet<QString> set = nameSet(
        { "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
            "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
            "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var" });
    return set;
}

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        struct Entry
        {
            const char* name;
            char32_t code;
        };
        static constexpr Entry entries[] = { { "amp", 0x26 }, { "lt", 0x3C }, { "gt", 0x3E }, { "quot", 0x22 },
            { "apos", 0x27 }, { "nbsp", 0xA0 }, { "iexcl", 0xA1 }, { "cent", 0xA2 }, { "pound", 0xA3 },
            { "curren", 0xA4 }, { "yen", 0xA5 }, { "brvbar", 0xA6 }, { "sect", 0xA7 }, { "uml", 0xA8 },
            { "copy", 0xA9 }, { "ordf", 0xAA }, { "laquo", 0xAB }, { "not", 0xAC }, { "shy", 0xAD }, { "reg", 0xAE },
            { "macr", 0xAF }, { "deg", 0xB0 }, { "plusmn", 0xB1 }, { "sup2", 0xB2 }, { "sup3", 0xB3 },
            { "acute", 0xB4 }, { "micro", 0xB5 }, { "para", 0xB6 }, { "middot", 0xB7 }, { "cedil", 0xB8 },
            { "sup1", 0xB9 }, { "ordm", 0xBA }, { "raquo", 0xBB }, { "frac14", 0xBC }, { "frac12", 0xBD },
            { "frac34", 0xBE }, { "iquest", 0xBF }, { "Agrave", 0xC0 }, { "Aacute", 0xC1 }, { "Acirc", 0xC2 },
            { "Atilde", 0xC3 }, { "Auml", 0xC4 }, { "Aring", 0xC5 }, { "AElig", 0xC6 }, { "Ccedil", 0xC7 },
            { "Egrave", 0xC8 }, { "Eacute", 0xC9 }, { "Ecirc", 0xCA }, { "Euml", 0xCB }, { "Igrave", 0xCC },
            { "Iacute", 0xCD }, { "Icirc", 0xCE }, { "Iuml", 0xCF }, { "ETH", 0xD0 }, { "Ntilde", 0xD1 },
            { "Ograve", 0xD2 }, { "Oacute", 0xD3 }, { "Ocirc", 0xD4 }, { "Otilde", 0xD5 }, { "Ouml", 0xD6 },
            { "times", 0xD7 }, { "Oslash", 0xD8 }, { "Ugrave", 0xD9 }, { "Uacute", 0xDA }, { "Ucirc", 0xDB },
            { "Uuml", 0xDC }, { "Yacute", 0xDD }, { "THORN", 0xDE }, { "szlig", 0xDF }, { "agrave", 0xE0 },
            { "aacute", 0xE1 }, { "acirc", 0xE2 }, { "atilde", 0xE3 }, { "auml", 0xE4 }, { "aring", 0xE5 },
            { "aelig", 0xE6 }, { "ccedil", 0xE7 }, { "egrave", 0xE8 }, { "eacute", 0xE9 }, { "ecirc", 0xEA },
            { "euml", 0xEB }, { "igrave", 0xEC }, { "iacute", 0xED }, { "icirc", 0xEE }, { "iuml", 0xEF },
            { "eth", 0xF0 }, { "ntilde", 0xF1 }, { "ograve", 0xF2 }, { "oacute", 0xF3 }, { "ocirc", 0xF4 },
            { "otilde", 0xF5 }, { "ouml", 0xF6 }, { "divide", 0xF7 }, { "oslash", 0xF8 }, { "ugrave", 0xF9 },
            { "uacute", 0xFA }, { "ucirc", 0xFB }, { "uuml", 0xFC }, { "yacute", 0xFD }, { "thorn", 0xFE },
            { "yuml", 0xFF }, { "OElig", 0x152 }, { "oelig", 0x153 }, { "Scaron", 0x160 }, { "scaron", 0x161 },
            { "Yuml", 0x178 }, { "fnof", 0x192 }, { "circ", 0x2C6 }, { "tilde", 0x2DC }, { "Alpha", 0x391 },
            { "Beta", 0x392 }, { "Gamma", 0x393 }, { "Delta", 0x394 }, { "Omega", 0x3A9 }, { "alpha", 0x3B1 },
            { "beta", 0x3B2 }, { "gamma", 0x3B3 }, { "delta", 0x3B4 }, { "pi", 0x3C0 }, { "mu", 0x3BC },
            { "sigma", 0x3C3 }, { "omega", 0x3C9 }, { "ensp", 0x2002 }, { "emsp", 0x2003 }, { "thinsp", 0x2009 },
            { "zwnj", 0x200C }, { "zwj", 0x200D }, { "lrm", 0x200E }, { "rlm", 0x200F }, { "ndash", 0x2013 },
            { "mdash", 0x2014 }, { "lsquo", 0x2018 }, { "rsquo", 0x2019 }, { "sbquo", 0x201A }, { "ldquo", 0x201C },
            { "rdquo", 0x201D }, { "bdquo", 0x201E }, { "dagger", 0x2020 }, { "Dagger", 0x2021 }, { "bull", 0x2022 },
            { "hellip", 0x2026 }, { "permil", 0x2030 }, { "prime", 0x2032 }, { "Prime", 0x2033 }, { "lsaquo", 0x2039 },
            { "rsaquo", 0x203A }, { "oline", 0x203E }, { "frasl", 0x2044 }, { "euro", 0x20AC }, { "trade", 0x2122 },
            { "larr", 0x2190 }, { "uarr", 0x2191 }, { "rarr", 0x2192 }, { "darr", 0x2193 }, { "harr", 0x2194 },
            { "rArr", 0x21D2 }, { "hArr", 0x21D4 }, { "minus", 0x2212 }, { "infin", 0x221E }, { "asymp", 0x2248 },
            { "ne", 0x2260 }, { "le", 0x2264 }, { "ge", 0x2265 }, { "loz", 0x25CA }, { "spades", 0x2660 },
            { "clubs", 0x2663 }, { "hearts", 0x2665 }, { "diams", 0x2666 }, { "check", 0x2713 }, { "star", 0x2606 },
            { "starf", 0x2605 }, { "Tab", 0x09 }, { "NewLine", 0x0A }, { "colon", 0x3A }, { "comma", 0x2C },
            { "period", 0x2E }, { "excl", 0x21 }, { "quest", 0x3F }, { "num", 0x23 }, { "dollar", 0x24 },
            { "percnt", 0x25 }, { "lpar", 0x28 }, { "rpar", 0x29 }, { "ast", 0x2A }, { "plus", 0x2B }, { "sol", 0x2F },
            { "semi", 0x3B }, { "equals", 0x3D }, { "commat", 0x40 }, { "lsqb", 0x5B }, { "rsqb", 0x5D },
            { "bsol", 0x5C }, { "lowbar", 0x5F }, { "grave", 0x60 }, { "lcub", 0x7B }, { "rcub", 0x7D },
            { "verbar", 0x7C }, { "vert", 0x7C }, { "hyphen", 0x2010 }, { "dash", 0x2010 } };
        QHash<QString, char32_t> hash;
        for (const Entry& e : entries)
            hash.insert(QString::fromLatin1(e.name), e.code);
        return hash;
    }();
    return table;
}

void appendCodePoint(QString& out, char32_t code)
{
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    else if (code >= 0x80 && code <= 0x9F)
        code = cp1252High[code - 0x80];
    out.append(QChar::fromUcs4(code));
}

// The character reference starting at text[at] ('&'), decoded into out. Returns how many
// characters it used, or 0 when there is none (the '&' is then literal). Looks at most
// maxEntityNameChars ahead for names; digits are consumed however many there are, once.
qsizetype decodeEntityAt(QStringView text, qsizetype at, bool inAttribute, QString& out)
{
    const qsizetype n = text.size();
    qsizetype p = at + 1;
    if (p < n && text[p] == u'#') {
        ++p;
        const bool hex = p < n && (text[p] == u'x' || text[p] == u'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t value = 0;
        for (; p < n; ++p) {
            const QChar c = text[p];
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c.unicode() - u'A' + 10;
            if (digit < 0)
                break;
            if (value <= 0x10FFFF) // saturate instead of overflowing
                value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        }
        if (p == digitsStart)
            return 0;
        if (p < n && text[p] == u';')
            ++p;
        appendCodePoint(out, value);
        return p - at;
    }

    while (p < n && p - at - 1 < maxEntityNameChars && isAsciiAlnum(text[p]))
        ++p;
    if (p == at + 1)
        return 0;
    const QString name = text.sliced(at + 1, p - at - 1).toString();
    const auto& table = namedEntities();
    if (p < n && text[p] == u';') {
        const auto it = table.constFind(name);
        if (it == table.constEnd())
            return 0;
        appendCodePoint(out, it.value());
        return p + 1 - at;
    }
    // The old entities browsers still accept without ';' ("&copy 2024"), except in an attribute
    // where "&copy=1" is meant literally.
    static const QSet<QString> legacy
        = nameSet({ "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "AMP", "LT", "GT", "QUOT", "COPY", "REG" });
    if (!legacy.contains(name) || (inAttribute && p < n && (text[p] == u'=' || isAsciiAlnum(text[p]))))
        return 0;
    appendCodePoint(out, table.value(name.toLower()));
    return p - at;
}

QString decodeEntitiesImpl(QStringView text, bool inAttribute)
{
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype amp = text.indexOf(u'&', from);
        if (amp < 0) {
            out.append(text.sliced(from));
            break;
        }
        out.append(text.sliced(from, amp - from));
        const qsizetype used = decodeEntityAt(text, amp, inAttribute, out);
        if (used == 0) {
            out.append(u'&');
            from = amp + 1;
        } else {
            from = amp + used;
        }
    }
    return out;
}

// Characters that are never text: controls, zero-width and bidirectional formatting characters
// (the latter could make text read differently on screen than in the data).
bool isInvisible(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xAD || (u >= 0x200B && u <= 0x200F)
        || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF;
}

QString collapsed(const QString& text, qsizetype maxChars)
{
    QString out;
    bool space = false;
    for (const QChar c : text) {
        if (out.size() >= maxChars)
            break;
        if (c.isSpace()) {
            space = true;
        } else if (!isInvisible(c.unicode())) {
            if (space && !out.isEmpty())
                out.append(u' ');
            space = false;
            out.append(c);
        }
    }
    return out;
}

bool hasLetterOrDigit(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            return true;
    }
    return false;
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026' || c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F';
}

bool isCloser(QChar c)
{
    return c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'\u201D' || c == u'\u2019' || c == u'\u00BB';
}

// Whether the '.' at dot ends an abbreviation ("e.g.", "Inc.", "J. Smith") rather than a sentence.
bool endsAbbreviation(const QString& text, qsizetype wordStart, qsizetype dot)
{
    const QStringView word = QStringView(text).sliced(wordStart, dot - wordStart);
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word[0].isLetter())
        return true;
    if (word.contains(u'.'))
        return true;
    static const QSet<QString> known = nameSet({ "approx", "ca", "co", "corp", "dept", "dr", "etc", "fig", "inc", "jr",
        "ltd", "mr", "mrs", "ms", "no", "nr", "prof", "sr", "st", "vs", "bzw", "ggf", "usw" });
    return word.size() <= 6 && known.contains(word.toString().toLower());
}

// One paragraph (whitespace already collapsed) into sentences. Linear: every character is looked
// at a bounded number of times.
void appendSentences(const QString& paragraph, QStringList& out)
{
    const qsizetype n = paragraph.size();
    qsizetype start = 0;
    qsizetype wordStart = 0;
    auto add = [&](qsizetype from, qsizetype to) {
        const QString sentence = paragraph.sliced(from, to - from).trimmed();
        if (hasLetterOrDigit(sentence))
            out.append(sentence);
    };
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = paragraph[k];
        if (c == u' ') {
            wordStart = k + 1;
            continue;
        }
        if (!isSentenceEnd(c))
            continue;
        qsizetype end = k + 1;
        while (end < n && (isSentenceEnd(paragraph[end]) || isCloser(paragraph[end])))
            ++end;
        const bool cjk = c == u'\u3002' || c == u'\uFF01' || c == u'\uFF1F';
        if (cjk && end < n) {
            add(start, end);
            start = wordStart = end;
            k = end - 1;
            continue;
        }
        if (end + 1 >= n || paragraph[end] != u' ') {
            k = end - 1; // "3.5", "example.com", or the paragraph's end
            continue;
        }
        const QChar next = paragraph[end + 1];
        if (next.isLower() || (c == u'.' && endsAbbreviation(paragraph, wordStart, k))) {
            k = end - 1;
            continue;
        }
        add(start, end);
        start = end + 1;
        wordStart = start;
        k = end;
    }
    if (start < n)
        add(start, n);
}

// The value of a "charset=" parameter in lower-case ASCII text, or empty.
QByteArray charsetParameter(const QByteArray& lower)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = lower.indexOf("charset", from);
        if (at < 0)
            return {};
        qsizetype p = at + 7;
        while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t'))
            ++p;
        if (p >= lower.size() || lower[p] != '=') {
            from = at + 7;
            continue;
        }
        ++p;
        while (p < lower.size() && (lower[p] == ' ' || lower[p] == '\t' || lower[p] == '"' || lower[p] == '\''))
            ++p;
        const qsizetype valueStart = p;
        while (p < lower.size() && lower[p] != '"' && lower[p] != '\'' && lower[p] != ';' && lower[p] != ' '
            && lower[p] != '>' && lower[p] != '/' && lower[p] != '\t')
            ++p;
        return lower.mid(valueStart, p - valueStart);
    }
}

// The WHATWG name for a label, as far as it matters here: Latin-1's many names mean windows-1252.
QByteArray canonicalCharset(const QByteArray& label)
{
    static const QSet<QString> latin1
        = nameSet({ "iso-8859-1", "iso8859-1", "iso_8859-1", "iso_8859-1:1987", "latin1", "l1", "us-ascii", "ascii",
            "ansi_x3.4-1968", "cp1252", "windows-1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1" });
    const QByteArray l = label.trimmed().toLower();
    if (l == "utf8" || l == "unicode-1-1-utf-8")
        return QByteArrayLiteral("utf-8");
    if (latin1.contains(QString::fromLatin1(l)))
        return QByteArrayLiteral("windows-1252");
    return l;
}

bool decodable(const QByteArray& charset)
{
    if (charset.isEmpty())
        return false;
    if (charset == "windows-1252")
        return true; // decoded by hand below, with or without ICU
    return QStringDecoder(charset.constData()).isValid();
}

QString decodeBytes(const QByteArray& bytes, const QByteArray& charset)
{
    if (charset == "windows-1252") {
        QString text = QString::fromLatin1(bytes);
        for (QChar& c : text) {
            if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
                c = QChar(cp1252High[c.unicode() - 0x80]);
        }
        return text;
    }
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringConverter::Utf8);
    return decoder.decode(bytes);
}

// The tokenizer and the text it collects. One pass; its only state is a few flags and counters.
class Extractor final
{
public:
    Extractor(QStringView source, const QUrl& base)
        : m_s(source)
        , m_base(base)
    {
    }

    HtmlText::Result run()
    {
        const qsizetype n = m_s.size();
        while (m_i < n) {
            if (m_s[m_i] == u'<') {
                if (!markup()) {
                    text(m_s.sliced(m_i, 1));
                    ++m_i;
                }
            } else {
                qsizetype next = m_s.indexOf(u'<', m_i);
                if (next < 0)
                    next = n;
                text(m_s.sliced(m_i, next - m_i));
                m_i = next;
            }
        }
        finishLink();
        flush();
        for (qsizetype k = 0; k < m_paragraphs.size(); ++k) {
            const qsizetype before = m_result.sentences.size();
            appendSentences(m_paragraphs.at(k), m_result.sentences);
            for (qsizetype j = before; j < m_result.sentences.size(); ++j)
                m_result.kinds.append(m_kinds.at(k));
        }
        return std::move(m_result);
    }

private:
    struct Attributes
    {
        QStringView href;
        QStringView style;
        QStringView name;
        QStringView property;
        QStringView content;
        QStringView alt;
        QStringView title;
        QStringView ariaLabel;
        QStringView klass;
        QStringView id;
        QStringView role;
        bool hidden = false;
    };

    static bool is(QStringView a, const char* b) { return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0; }

    static void keep(QStringView& slot, QStringView value, bool& seen)
    {
        if (!seen) // the first of duplicate attributes counts
            slot = value.isNull() ? QStringView(u"") : value;
        seen = true;
    }

    // At '<'. Returns false when this '<' starts no markup and is text.
    bool markup()
    {
        const qsizetype n = m_s.size();
        const qsizetype p = m_i + 1;
        if (p >= n)
            return false;
        const QChar c = m_s[p];
        if (c == u'!') {
            if (m_s.sliced(m_i).startsWith(u"<!--")) {
                qsizetype q = m_i + 4;
                if (q < n && m_s[q] == u'>') { // "<!-->"
                    m_i = q + 1;
                } else if (q + 1 < n && m_s[q] == u'-' && m_s[q + 1] == u'>') { // "<!--->"
                    m_i = q + 2;
                } else {
                    const qsizetype end = m_s.indexOf(u"-->", q);
                    m_i = end < 0 ? n : end + 3;
                }
                return true;
            }
            skipTo(u'>', p);
            return true;
        }
        if (c == u'?') {
            skipTo(u'>', p);
            return true;
        }
        if (c == u'/') {
            if (p + 1 < n && isAsciiLetter(m_s[p + 1])) {
                const qsizetype nameStart = p + 1;
                qsizetype q = nameStart;
                while (q < n && !isHtmlSpace(m_s[q]) && m_s[q] != u'/' && m_s[q] != u'>')
                    ++q;
                const QStringView name = m_s.sliced(nameStart, q - nameStart);
                skipTo(u'>', q);
                if (name.size() <= maxTagNameChars)
                    endTag(name.toString().toLower());
                return true;
            }
            if (p + 1 < n && m_s[p + 1] == u'>') { // "</>" is nothing
                m_i = p + 2;
                return true;
            }
            if (p + 1 >= n)
                return false;
            skipTo(u'>', p);
            return true;
        }
        if (isAsciiLetter(c)) {
            startTagAt(p);
            return true;
        }
        return false;
    }

    // Moves past the next '>' at or after from, or to the end.
    void skipTo(QChar c, qsizetype from)
    {
        const qsizetype end = m_s.indexOf(c, from);
        m_i = end < 0 ? m_s.size() : end + 1;
    }

    void startTagAt(qsizetype nameStart)
    {
        const qsizetype n = m_s.size();
        qsizetype p = nameStart;
        while (p < n && !isHtmlSpace(m_s[p]) && m_s[p] != u'/' && m_s[p] != u'>')
            ++p;
        const QStringView rawName = m_s.sliced(nameStart, p - nameStart);
        const QString name = rawName.size() <= maxTagNameChars ? rawName.toString().toLower() : QString();

        Attributes attrs;
        bool seenHref = false, seenStyle = false, seenName = false, seenProperty = false, seenContent = false,
             seenAlt = false, seenTitle = false, seenAria = false, seenClass = false, seenId = false, seenRole = false;
        bool selfClosing = false;
        bool closed = false;
        while (p < n) {
            const QChar c = m_s[p];
            if (isHtmlSpace(c)) {
                ++p;
                continue;
            }
            if (c == u'>') {
                ++p;
                closed = true;
                break;
            }
            if (c == u'/') {
                selfClosing = p + 1 < n && m_s[p + 1] == u'>';
                ++p;
                continue;
            }
            const qsizetype attrStart = p++;
            while (p < n && !isHtmlSpace(m_s[p]) && m_s[p] != u'/' && m_s[p] != u'>' && m_s[p] != u'=')
                ++p;
            const QStringView attr = m_s.sliced(attrStart, p - attrStart);
            while (p < n && isHtmlSpace(m_s[p]))
                ++p;
            QStringView value;
            if (p < n && m_s[p] == u'=') {
                ++p;
                while (p < n && isHtmlSpace(m_s[p]))
                    ++p;
                if (p < n && (m_s[p] == u'"' || m_s[p] == u'\'')) {
                    const qsizetype close = m_s.indexOf(m_s[p], p + 1);
                    const qsizetype valueEnd = close < 0 ? n : close;
                    value = m_s.sliced(p + 1, valueEnd - p - 1);
                    p = close < 0 ? n : close + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < n && !isHtmlSpace(m_s[p]) && m_s[p] != u'>')
                        ++p;
                    value = m_s.sliced(valueStart, p - valueStart);
                }
            }
            if (attr.size() > 10)
                continue; // no attribute we read has a longer name
            if (is(attr, "href"))
                keep(attrs.href, value, seenHref);
            else if (is(attr, "style"))
                keep(attrs.style, value, seenStyle);
            else if (is(attr, "name"))
                keep(attrs.name, value, seenName);
            else if (is(attr, "property"))
                keep(attrs.property, value, seenProperty);
            else if (is(attr, "content"))
                keep(attrs.content, value, seenContent);
            else if (is(attr, "alt"))
                keep(attrs.alt, value, seenAlt);
            else if (is(attr, "title"))
                keep(attrs.title, value, seenTitle);
            else if (is(attr, "aria-label"))
                keep(attrs.ariaLabel, value, seenAria);
            else if (is(attr, "class"))
                keep(attrs.klass, value, seenClass);
            else if (is(attr, "id"))
                keep(attrs.id, value, seenId);
            else if (is(attr, "role"))
                keep(attrs.role, value, seenRole);
            else if (is(attr, "hidden"))
                attrs.hidden = true;
        }
        m_i = p;
        if (!closed) // a tag cut off by the end of the page is dropped, as browsers do
            return;
        if (!name.isEmpty())
            startTag(name, attrs, selfClosing);
        if (rawTextElements().contains(name))
            rawText(name);
    }

    void startTag(const QString& name, const Attributes& attrs, bool selfClosing)
    {
        if (m_skipDepth > 0) {
            const bool foreign = m_skipTag == u"svg" || m_skipTag == u"math";
            if (foreign && foreignBreakout().contains(name)) {
                m_skipDepth = 0; // HTML content ends an <svg>/<math> island left open
            } else {
                if (name == m_skipTag && !selfClosing && !voidElements().contains(name))
                    ++m_skipDepth;
                return;
            }
        }
        if (name == u"head") {
            m_inHead = true;
            return;
        }
        if (name == u"body" || (m_inHead && !headElements().contains(name)))
            m_inHead = false;

        if (name == u"base" && !m_baseSet && !attrs.href.isNull()) {
            m_baseSet = true;
            const QUrl resolved = m_base.resolved(QUrl(cleanHref(attrs.href)));
            if (resolved.scheme() == u"http" || resolved.scheme() == u"https")
                m_base = resolved;
            return;
        }
        if (name == u"meta") {
            const bool description = is(attrs.name, "description") || is(attrs.property, "og:description");
            if (description && m_result.description.isEmpty() && !attrs.content.isNull())
                m_result.description = collapsed(
                    decodeEntitiesImpl(attrs.content.left(maxDescriptionChars * 2), true), maxDescriptionChars);
            return;
        }
        const bool isVoid = voidElements().contains(name);
        if (name == u"svg" || name == u"math" || name == u"template" || (attrs.hidden && !isVoid)
            || (!isVoid && hiddenByStyle(attrs.style))) {
            if (!selfClosing || name == u"template") {
                flush();
                m_skipTag = name;
                m_skipDepth = 1;
            }
            return;
        }
        if (m_inHead)
            return;
        if (!isVoid && !selfClosing)
            enterRegion(name, attrs);
        if (name == u"a") {
            finishLink();
            m_inLink = true;
            m_linkHref = attrs.href.isNull() || attrs.href.size() > maxHrefChars ? QString() : cleanHref(attrs.href);
            m_linkText.clear();
            m_linkSpace = false;
            m_linkFallback = collapsed(
                decodeEntitiesImpl((attrs.ariaLabel.isNull() ? attrs.title : attrs.ariaLabel).left(1000), true),
                maxLinkTextChars);
            return;
        }
        if (name == u"img" && m_inLink && m_linkFallback.isEmpty() && !attrs.alt.isNull())
            m_linkFallback = collapsed(decodeEntitiesImpl(attrs.alt.left(1000), true), maxLinkTextChars);
        if (blockElements().contains(name))
            flush();
    }

    void endTag(const QString& name)
    {
        if (m_skipDepth > 0) {
            if (name == m_skipTag)
                --m_skipDepth;
            return;
        }
        leaveRegion(name);
        if (name == u"head") {
            m_inHead = false;
        } else if (name == u"a") {
            finishLink();
        } else if (blockElements().contains(name)) {
            flush();
        }
    }

    // After <script>, <style>, <title>...: jump to the matching end tag (or the end of the page).
    void rawText(const QString& name)
    {
        const qsizetype n = m_s.size();
        const qsizetype contentStart = m_i;
        qsizetype from = m_i;
        qsizetype close = -1;
        if (name != u"plaintext") {
            while (true) {
                const qsizetype k = m_s.indexOf(u"</", from);
                if (k < 0)
                    break;
                const qsizetype q = k + 2;
                if (q + name.size() <= n && m_s.sliced(q, name.size()).compare(name, Qt::CaseInsensitive) == 0) {
                    const qsizetype r = q + name.size();
                    if (r >= n || isHtmlSpace(m_s[r]) || m_s[r] == u'/' || m_s[r] == u'>') {
                        close = k;
                        break;
                    }
                }
                from = q;
            }
        }
        const qsizetype contentEnd = close < 0 ? n : close;
        if (name == u"title" && m_result.title.isEmpty() && m_skipDepth == 0) {
            const QStringView raw = m_s.sliced(contentStart, contentEnd - contentStart);
            m_result.title = collapsed(decodeEntitiesImpl(raw.left(maxTitleChars * 4), false), maxTitleChars);
        }
        if (close < 0)
            m_i = n;
        else
            skipTo(u'>', close);
    }

    // A region is an element whose text is furniture (navigation), a control or a heading. Only
    // the outermost of each is tracked, with a count of same-named elements nested in it, as
    // for hidden elements: constant state, whatever the page does.
    struct Region
    {
        QString tag;
        int depth = 0;
    };

    static bool chromeWords(QStringView value)
    {
        if (value.isEmpty() || value.size() > 500)
            return false;
        static const QSet<QString> words = nameSet({ "nav", "navbar", "navigation", "menu", "menubar", "footer",
            "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "topbar", "gdpr", "sitemap", "skip" });
        qsizetype start = 0;
        for (qsizetype k = 0; k <= value.size(); ++k) {
            if (k == value.size() || !isAsciiAlnum(value[k])) {
                if (k > start && words.contains(value.sliced(start, k - start).toString().toLower()))
                    return true;
                start = k + 1;
            }
        }
        return false;
    }

    static bool isChrome(const QString& name, const Attributes& attrs)
    {
        if (name == u"nav" || name == u"footer" || name == u"aside" || name == u"menu")
            return true;
        if (is(attrs.role, "navigation") || is(attrs.role, "contentinfo") || is(attrs.role, "menu")
            || is(attrs.role, "menubar") || is(attrs.role, "dialog"))
            return true;
        return chromeWords(attrs.klass) || chromeWords(attrs.id);
    }

    static bool isControl(const QString& name, const Attributes& attrs)
    {
        return name == u"button" || name == u"label" || name == u"option" || name == u"select" || name == u"legend"
            || name == u"summary" || is(attrs.role, "button");
    }

    static bool isHeading(const QString& name)
    {
        return name.size() == 2 && name[0] == u'h' && name[1] >= u'1' && name[1] <= u'6';
    }

    static void enter(Region& region, const QString& name, bool starts)
    {
        if (region.depth > 0) {
            if (name == region.tag)
                ++region.depth;
        } else if (starts) {
            region.tag = name;
            region.depth = 1;
        }
    }

    static void leave(Region& region, const QString& name)
    {
        if (region.depth > 0 && name == region.tag)
            --region.depth;
    }

    void enterRegion(const QString& name, const Attributes& attrs)
    {
        enter(m_chrome, name, isChrome(name, attrs));
        enter(m_control, name, isControl(name, attrs));
        const bool heading = isHeading(name);
        if (heading && m_heading.depth == 0)
            m_headingLevel = name[1].digitValue();
        enter(m_heading, name, heading);
    }

    void leaveRegion(const QString& name)
    {
        leave(m_chrome, name);
        leave(m_control, name);
        leave(m_heading, name);
    }

    HtmlText::TextKind currentKind() const
    {
        if (m_chrome.depth > 0)
            return HtmlText::TextKind::Navigation;
        if (m_control.depth > 0)
            return HtmlText::TextKind::Control;
        if (m_heading.depth > 0)
            return HtmlText::TextKind::Heading;
        return HtmlText::TextKind::Body;
    }

    static bool hiddenByStyle(QStringView style)
    {
        if (style.isEmpty() || style.size() > 2000)
            return false;
        QString compact;
        for (const QChar c : style) {
            if (!c.isSpace())
                compact.append(c.toLower());
        }
        return compact.contains(u"display:none") || compact.contains(u"visibility:hidden");
    }

    static QString cleanHref(QStringView href)
    {
        QString out = decodeEntitiesImpl(href, true);
        out.remove(u'\t');
        out.remove(u'\n');
        out.remove(u'\r');
        return out.trimmed();
    }

    void text(QStringView run)
    {
        if (m_skipDepth > 0)
            return;
        if (m_inHead) {
            if (!hasNonSpace(run))
                return;
            m_inHead = false; // text in the head means the body began without a <body> tag
        }
        const qsizetype n = run.size();
        QString entity;
        for (qsizetype k = 0; k < n;) {
            const QChar c = run[k];
            if (c == u'&') {
                entity.clear();
                if (const qsizetype used = decodeEntityAt(run, k, false, entity); used > 0) {
                    for (const QChar d : std::as_const(entity))
                        character(d);
                    k += used;
                    continue;
                }
            }
            character(c);
            ++k;
        }
    }

    static bool hasNonSpace(QStringView run)
    {
        for (const QChar c : run) {
            if (!c.isSpace())
                return true;
        }
        return false;
    }

    void character(QChar c)
    {
        if (c.isSpace()) {
            m_space = true;
            m_linkSpace = true;
            return;
        }
        if (isInvisible(c.unicode()))
            return;
        if (m_paragraph.isEmpty()) {
            m_paragraphKind = currentKind();
            m_paragraphHeadingLevel = m_heading.depth > 0 ? m_headingLevel : 0;
            m_paragraphOutsideLinks = 0;
        }
        if (m_space && !m_paragraph.isEmpty())
            m_paragraph.append(u' ');
        m_space = false;
        m_paragraph.append(c);
        if (!m_inLink && c.isLetterOrNumber())
            ++m_paragraphOutsideLinks;
        if (m_inLink && m_linkText.size() < maxLinkTextChars) {
            if (m_linkSpace && !m_linkText.isEmpty())
                m_linkText.append(u' ');
            m_linkText.append(c);
        }
        m_linkSpace = false;
    }

    void flush()
    {
        if (!m_paragraph.isEmpty()) {
            HtmlText::TextKind kind = m_paragraphKind;
            if (kind == HtmlText::TextKind::Body && m_paragraphOutsideLinks == 0)
                kind = HtmlText::TextKind::Link;
            if (kind == HtmlText::TextKind::Heading) {
                // The page's heading: its first <h1>, else its first heading of any level.
                if (m_paragraphHeadingLevel == 1 && !m_sawH1) {
                    m_sawH1 = true;
                    m_result.heading = m_paragraph.left(maxTitleChars);
                } else if (!m_sawH1 && m_result.heading.isEmpty()) {
                    m_result.heading = m_paragraph.left(maxTitleChars);
                }
            }
            m_paragraphs.append(m_paragraph);
            m_kinds.append(kind);
        }
        m_paragraph.clear();
        m_space = false;
        m_linkSpace = true;
    }

    void finishLink()
    {
        if (!m_inLink)
            return;
        m_inLink = false;
        if (m_linkHref.isEmpty() || m_result.links.size() >= maxLinks)
            return;
        const QUrl relative(m_linkHref);
        if (!relative.isValid())
            return;
        const QUrl url = m_base.resolved(relative);
        const QString scheme = url.scheme();
        if ((scheme != u"http" && scheme != u"https") || url.host().isEmpty())
            return;
        QString label = m_linkText.trimmed();
        if (label.isEmpty())
            label = m_linkFallback;
        m_result.links.append(HtmlText::Link { url, label });
    }

    QStringView m_s;
    qsizetype m_i = 0;
    QUrl m_base;
    bool m_baseSet = false;
    HtmlText::Result m_result;

    QStringList m_paragraphs;
    QList<HtmlText::TextKind> m_kinds; // one per paragraph
    QString m_paragraph;
    bool m_space = false;
    HtmlText::TextKind m_paragraphKind = HtmlText::TextKind::Body;
    int m_paragraphHeadingLevel = 0;
    qsizetype m_paragraphOutsideLinks = 0; // letters and digits of the paragraph not in a link
    Region m_chrome;
    Region m_control;
    Region m_heading;
    int m_headingLevel = 0;
    bool m_sawH1 = false;

    bool m_inHead = false;
    QString m_skipTag; // svg, math, template or a hidden element: nothing inside is text
    int m_skipDepth = 0;

    bool m_inLink = false;
    QString m_linkHref;
    QString m_linkText;
    QString m_linkFallback;
    bool m_linkSpace = false;
};

} // namespace

QByteArray HtmlText::detectCharset(const QByteArray& html, const QString& contentType)
{
    if (html.startsWith("\xEF\xBB\xBF"))
        return QByteArrayLiteral("utf-8");
    if (html.startsWith("\xFF\xFE"))
        return QByteArrayLiteral("utf-16le");
    if (html.startsWith("\xFE\xFF"))
        return QByteArrayLiteral("utf-16be");

    const QByteArray fromHeader = canonicalCharset(charsetParameter(contentType.toLatin1().toLower()));
    if (decodable(fromHeader))
        return fromHeader;

    const QByteArray head = html.left(charsetPrescanBytes).toLower();
    qsizetype from = 0;
    while (true) {
        const qsizetype meta = head.indexOf("<meta", from);
        if (meta < 0)
            break;
        qsizetype end = head.indexOf('>', meta);
        if (end < 0)
            end = head.size();
        QByteArray declared = canonicalCharset(charsetParameter(head.mid(meta, end - meta)));
        if (declared.startsWith("utf-16")) // a page that can say so in ASCII is not UTF-16
            declared = QByteArrayLiteral("utf-8");
        if (decodable(declared))
            return declared;
        from = end;
    }
    return QByteArrayLiteral("utf-8");
}

QString HtmlText::decodeEntities(QStringView text)
{
    return decodeEntitiesImpl(text, false);
}

HtmlText::Result HtmlText::extract(const QByteArray& html, const QUrl& base, const QString& contentType)
{
    const QByteArray charset = detectCharset(html, contentType);
    const QString text = decodeBytes(html, charset);
    Result result = Extractor(text, base).run();
    result.charset = charset;
    return result;
}

} // namespace gd::core
