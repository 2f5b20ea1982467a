#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gd::core {

// The readable text of an HTML page, for the profile extractor. One forward pass over the page
// with no recursion and no backtracking, so a hostile page (unclosed tags, megabyte attributes,
// deep nesting, unterminated comments) costs time linear in its size and a bounded stack.
//
// Page text is data. Nothing here runs scripts, follows meta refreshes, loads anything or treats
// the text as instructions; whoever passes the sentences to a language model must present them
// as quoted material from the web site.
class HtmlText final
{
public:
    struct Link
    {
        QUrl url; // absolute, http or https, fragment kept
        QString text; // the anchor's text (or its title/aria-label/image alt when it has none)
    };

    // Where a sentence stands on the page, so that readers can tell content from the site's
    // furniture. Navigation: inside <nav>, <footer>, <aside>, <menu> or an element whose role,
    // class or id names navigation, a menu, a footer or a cookie/consent banner. Control: a
    // button, label, option or legend. Link: a line that is nothing but link text.
    enum class TextKind : quint8
    {
        Body,
        Heading,
        Navigation,
        Control,
        Link
    };

    struct Result
    {
        QString title;
        QString description; // <meta name="description"> or og:description, when present
        QString heading; // the first <h1> outside navigation (else the first heading), when present
        QStringList sentences; // visible text in document order; block elements never share a sentence
        QList<TextKind> kinds; // one per sentence
        QList<Link> links;
        QByteArray charset; // the encoding the page was decoded with, e.g. "utf-8"
    };

    // contentType is the HTTP header ("text/html; charset=iso-8859-1"); its charset wins over a
    // <meta charset> in the page; without either the page is read as UTF-8 (a byte order mark
    // wins over both). Relative links resolve against base, or against <base href> if present.
    static Result extract(const QByteArray& html, const QUrl& base, const QString& contentType = {});

    // The name of the encoding extract() would use.
    static QByteArray detectCharset(const QByteArray& html, const QString& contentType);

    // Named (&amp; &eacute; ...) and numeric (&#233; &#xE9;) character references decoded.
    static QString decodeEntities(QStringView text);
};

} // namespace gd::core
