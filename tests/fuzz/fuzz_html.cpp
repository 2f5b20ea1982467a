// libFuzzer target: HTML to text.
// Two passes per input:
//  1. The bytes as a page (also with a Content-Type charset chosen by the first byte).
//     Properties: no crash, UB or leak; deterministic; no NUL, control, zero-width or
//     bidirectional-formatting character in any text; texts trimmed, without runs of spaces,
//     never empty; every link absolute http(s).
//  2. The bytes as a list of tokens: markup from a fixed set (tags, comments, scripts,
//     attributes) or a plain text character that is never '<', '>' or '&'. Since every '<' and
//     '>' of such a page belongs to markup, no sentence, description or link text may contain one:
//     if it does, markup leaked into the text.
#include "core/net/HtmlText.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <cstdio>
#include <cstdlib>
#include <iterator>

using gd::core::HtmlText;

namespace {

[[noreturn]] void fail(const char* what, const QString& text)
{
    std::fprintf(stderr, "fuzz_html: %s: \"%s\"\n", what, qPrintable(text.left(300)));
    std::abort();
}

bool isInvisible(char16_t u)
{
    return u < 0x20 || (u >= 0x7F && u < 0xA0) || u == 0xAD || (u >= 0x200B && u <= 0x200F)
        || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0xFEFF;
}

void checkText(const QString& text, bool mayBeEmpty, const char* what)
{
    if (text.isEmpty()) {
        if (!mayBeEmpty)
            fail(what, QStringLiteral("(empty)"));
        return;
    }
    for (const QChar c : text) {
        if (isInvisible(c.unicode()))
            fail("control or invisible character in text", text);
    }
    if (text.front().isSpace() || text.back().isSpace())
        fail("text not trimmed", text);
    if (text.contains(QLatin1String("  ")))
        fail("run of spaces in text", text);
}

bool sameResult(const HtmlText::Result& a, const HtmlText::Result& b)
{
    if (a.title != b.title || a.description != b.description || a.sentences != b.sentences || a.charset != b.charset
        || a.links.size() != b.links.size())
        return false;
    for (qsizetype i = 0; i < a.links.size(); ++i) {
        if (a.links[i].url != b.links[i].url || a.links[i].text != b.links[i].text)
            return false;
    }
    return true;
}

void checkResult(const HtmlText::Result& r)
{
    checkText(r.title, true, "title");
    checkText(r.description, true, "description");
    for (const QString& s : r.sentences)
        checkText(s, false, "empty sentence");
    for (const HtmlText::Link& link : r.links) {
        const QString scheme = link.url.scheme();
        if (!link.url.isValid() || (scheme != u"http" && scheme != u"https") || link.url.isRelative())
            fail("link not absolute http(s)", link.url.toString());
        checkText(link.text, true, "link text");
    }
}

void checkNoMarkup(const QString& text, const QByteArray& page)
{
    if (text.contains(u'<') || text.contains(u'>')) {
        std::fprintf(stderr, "fuzz_html: the page was:\n%s\n", page.constData());
        fail("markup leaked into the text", text);
    }
}

constexpr const char* markup[] = { "<p>", "</p>", "<div class=\"x\">", "</div>", "<b>", "</b>", "<br>", "<br/>",
    "<a href=\"/about\">", "<a href='https://x.example/y'>", "</a>", "<!-- c -->", "<!-- ", "<script>", "</script>",
    "<style>", "</style>", "<title>", "</title>", "<h1>", "</h1>", "<li>", "<ul>", "</ul>", "<svg>", "</svg>", "<math>",
    "</math>", "<template>", "</template>", "<textarea>", "</textarea>", "<noscript>", "</noscript>",
    "<img alt=\"pic\">", "<span hidden>", "</span>", "<span style=\"display:none\">", "<head>", "</head>", "<body>",
    "</body>", "<meta name=\"description\" content=\"About us\">", "<![CDATA[x]]>", "<!DOCTYPE html>", "<?xml ?>", "\"",
    "'", "=", "/", "<table><tr><td>", "</td></tr></table>", "<plaintext>", "<p title=\"a>b\">",
    "<a href=\"javascript:x\">", "<base href=\"http://other.example/\">", "<select><option>", "<button>" };
constexpr size_t markupCount = std::size(markup);

QByteArray tokensToPage(const uint8_t* data, size_t size)
{
    QByteArray page;
    for (size_t i = 0; i < size; ++i) {
        const uint8_t b = data[i];
        if (b >= 0xC0) {
            page += markup[(b - 0xC0) % markupCount];
        } else {
            const char c = static_cast<char>(b < 0x20 ? ' ' : (b > 0x7E ? 'a' + (b % 26) : b));
            page += (c == '<' || c == '>' || c == '&') ? ' ' : c;
        }
    }
    return page;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QUrl base(QStringLiteral("https://acme.example/dir/page.html"));
    static const QString contentTypes[] = { QString(), QStringLiteral("text/html; charset=utf-8"),
        QStringLiteral("text/html; charset=iso-8859-1"), QStringLiteral("text/html; charset=utf-16le"),
        QStringLiteral("text/html; charset=shift_jis"), QStringLiteral("text/html; charset=\"bogus") };
    const QString& contentType = contentTypes[size ? data[0] % std::size(contentTypes) : 0];

    const HtmlText::Result r = HtmlText::extract(bytes, base, contentType);
    checkResult(r);
    if (!sameResult(r, HtmlText::extract(bytes, base, contentType)))
        fail("not deterministic", r.title);
    const QString decoded = HtmlText::decodeEntities(QString::fromUtf8(bytes));
    if (decoded.size() > 2 * bytes.size() + 2)
        fail("entity decoding grew the text more than twice", decoded);

    const QByteArray tokenPage = tokensToPage(data, size);
    const HtmlText::Result t = HtmlText::extract(tokenPage, base);
    checkResult(t);
    checkNoMarkup(t.description, tokenPage);
    for (const QString& s : t.sentences)
        checkNoMarkup(s, tokenPage);
    for (const HtmlText::Link& link : t.links)
        checkNoMarkup(link.text, tokenPage);
    return 0;
}
