#include "core/formats/EmailAddress.h"

#include <QRegularExpression>

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

} // namespace

std::optional<QString> EmailAddress::normalized(const QString& text)
{
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
