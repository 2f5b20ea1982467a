#include "core/formats/EmailAddress.h"

#include <QRegularExpression>
#include <algorithm>

namespace gd::core {

namespace {

const QRegularExpression& syntax()
{
    // local: dot-atom of atext; domain: labels of letters, digits and inner hyphens, TLD of letters.
    static const QRegularExpression re(
        QStringLiteral(R"(^[a-z0-9!#$%&'*+/=?^_`{|}~\-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~\-]+)*)"
                       R"(@([a-z0-9]([a-z0-9\-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$)"));
    return re;
}

bool isAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
        return true;
    switch (c) {
    case u'!':
    case u'#':
    case u'$':
    case u'%':
    case u'&':
    case u'\'':
    case u'*':
    case u'+':
    case u'/':
    case u'=':
    case u'?':
    case u'^':
    case u'_':
    case u'`':
    case u'{':
    case u'|':
    case u'}':
    case u'~':
    case u'-':
        return true;
    default:
        return false;
    }
}

char16_t asciiLower(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c + (u'a' - u'A')) : c;
}

// The expression's answer for an address of ASCII characters (the lower-case letters compared),
// without running it: an import checks a million addresses.
bool matchesSyntax(QStringView address, qsizetype at)
{
    auto c = [&](qsizetype i) { return asciiLower(address.at(i).unicode()); };
    // Local part: dot-atom.
    bool afterDot = true;
    for (qsizetype i = 0; i < at; ++i) {
        if (c(i) == u'.') {
            if (afterDot)
                return false;
            afterDot = true;
        } else if (isAtext(c(i))) {
            afterDot = false;
        } else {
            return false;
        }
    }
    if (afterDot)
        return false;
    // Domain: labels of letters, digits and inner hyphens, each followed by a dot, then a TLD of
    // 2-63 letters.
    const qsizetype n = address.size();
    const qsizetype lastDot = address.lastIndexOf(u'.');
    if (lastDot <= at)
        return false;
    const qsizetype tld = n - lastDot - 1;
    if (tld < 2 || tld > 63)
        return false;
    for (qsizetype i = lastDot + 1; i < n; ++i) {
        if (c(i) < u'a' || c(i) > u'z')
            return false;
    }
    qsizetype start = at + 1;
    for (qsizetype i = at + 1; i <= lastDot; ++i) {
        if (c(i) != u'.')
            continue;
        const qsizetype length = i - start;
        if (length < 1 || length > 63)
            return false;
        for (qsizetype j = start; j < i; ++j) {
            const char16_t ch = c(j);
            const bool alnum = (ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9');
            if (!alnum && (ch != u'-' || j == start || j == i - 1))
                return false;
        }
        start = i + 1;
    }
    return true;
}

} // namespace

std::optional<QString> EmailAddress::normalized(const QString& text)
{
    const QStringView trimmed = QStringView(text).trimmed();
    const bool ascii = std::all_of(trimmed.begin(), trimmed.end(), [](QChar ch) { return ch.unicode() < 0x80; });
    if (ascii) {
        if (trimmed.isEmpty() || trimmed.size() > 254)
            return std::nullopt;
        const qsizetype at = trimmed.lastIndexOf(u'@');
        if (at <= 0 || at > 64 || !matchesSyntax(trimmed, at))
            return std::nullopt;
        const bool lower = std::none_of(
            trimmed.begin(), trimmed.end(), [](QChar ch) { return ch.unicode() >= u'A' && ch.unicode() <= u'Z'; });
        if (lower && trimmed.size() == text.size())
            return text;
        QString out(trimmed.size(), Qt::Uninitialized);
        std::transform(
            trimmed.begin(), trimmed.end(), out.begin(), [](QChar ch) { return QChar(asciiLower(ch.unicode())); });
        return out;
    }
    // Other characters may lower-case into ASCII (the Kelvin sign into "k"): Qt's rules, then
    // the expression.
    const QString address = text.trimmed().toLower();
    if (address.isEmpty() || address.size() > 254)
        return std::nullopt;
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at > 64)
        return std::nullopt;
    if (!syntax().match(address).hasMatch())
        return std::nullopt;
    return address;
}

QString EmailAddress::domain(const QString& text)
{
    const auto address = normalized(text);
    if (!address)
        return {};
    return address->section(QLatin1Char('@'), 1);
}

std::optional<QStringList> EmailAddress::parseList(const QString& text)
{
    QStringList out;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        const auto address = normalized(part);
        if (!address)
            return std::nullopt;
        out << *address;
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace gd::core
