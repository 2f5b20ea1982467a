#include "core/net/AddressPolicy.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>

namespace gd::core::AddressPolicy {

namespace {

bool inV4(quint32 a, quint32 network, int bits)
{
    const quint32 mask = bits == 0 ? 0 : ~quint32 { 0 } << (32 - bits);
    return (a & mask) == (network & mask);
}

constexpr quint32 v4(int a, int b, int c, int d)
{
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

Kind classifyV4(quint32 a)
{
    if (inV4(a, v4(169, 254, 0, 0), 16))
        return Kind::LinkLocal;
    if (inV4(a, v4(0, 0, 0, 0), 8) || inV4(a, v4(127, 0, 0, 0), 8) || inV4(a, v4(10, 0, 0, 0), 8)
        || inV4(a, v4(172, 16, 0, 0), 12) || inV4(a, v4(192, 168, 0, 0), 16) || inV4(a, v4(100, 64, 0, 0), 10))
        return Kind::Private;
    if (inV4(a, v4(224, 0, 0, 0), 4) || inV4(a, v4(240, 0, 0, 0), 4) || inV4(a, v4(192, 0, 0, 0), 24)
        || inV4(a, v4(192, 0, 2, 0), 24) || inV4(a, v4(198, 18, 0, 0), 15) || inV4(a, v4(198, 51, 100, 0), 24)
        || inV4(a, v4(203, 0, 113, 0), 24))
        return Kind::Reserved;
    return Kind::Public;
}

quint32 v4At(const Q_IPV6ADDR& b, int at)
{
    return (quint32(b[at]) << 24) | (quint32(b[at + 1]) << 16) | (quint32(b[at + 2]) << 8) | quint32(b[at + 3]);
}

Kind classifyV6(const Q_IPV6ADDR& b)
{
    bool firstTenZero = true;
    for (int i = 0; i < 10; ++i)
        firstTenZero = firstTenZero && b[i] == 0;
    if (firstTenZero && b[10] == 0xff && b[11] == 0xff) // ::ffff:a.b.c.d
        return classifyV4(v4At(b, 12));
    if (firstTenZero && b[10] == 0 && b[11] == 0) { // ::, ::1, ::a.b.c.d
        const quint32 low = v4At(b, 12);
        if (low <= 1)
            return Kind::Private;
        return classifyV4(low);
    }
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) { // 64:ff9b::/96 (NAT64)
        bool zero = true;
        for (int i = 4; i < 12; ++i)
            zero = zero && b[i] == 0;
        if (zero)
            return classifyV4(v4At(b, 12));
    }
    if (b[0] == 0x20 && b[1] == 0x02) // 2002::/16 (6to4)
        return classifyV4(v4At(b, 2));
    static const Q_IPV6ADDR metadata = { 0xfd, 0x00, 0x0e, 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54 };
    if (std::equal(std::begin(b.c), std::end(b.c), std::begin(metadata.c)))
        return Kind::LinkLocal;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) // fe80::/10
        return Kind::LinkLocal;
    if ((b[0] & 0xfe) == 0xfc || (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)) // fc00::/7, fec0::/10
        return Kind::Private;
    if (b[0] == 0xff || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)) // multicast, 2001:db8::/32
        return Kind::Reserved;
    return Kind::Public;
}

} // namespace

Kind classify(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return classifyV4(address.toIPv4Address());
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return classifyV6(address.toIPv6Address());
    return Kind::Reserved;
}

bool mayConnect(const QHostAddress& address, bool allowPrivate, QString* why)
{
    const Kind kind = classify(address);
    const QString shown = address.toString();
    QString reason;
    switch (kind) {
    case Kind::Public:
        return true;
    case Kind::Private:
        if (allowPrivate)
            return true;
        reason = QCoreApplication::translate("gd::core",
            "%1 is a private or local network address; reading it needs private addresses to be allowed for a "
            "site on your own network")
                     .arg(shown);
        break;
    case Kind::LinkLocal:
        reason = QCoreApplication::translate(
            "gd::core", "%1 is a link-local or cloud metadata address, which is never read")
                     .arg(shown);
        break;
    case Kind::Reserved:
        reason = QCoreApplication::translate("gd::core", "%1 is not an address a web site uses").arg(shown);
        break;
    }
    if (why)
        *why = reason;
    return false;
}

QUrl withoutCredentials(const QUrl& url)
{
    QUrl out = url;
    out.setUserInfo(QString());
    return out;
}

QString redactCredentials(const QString& text)
{
    // scheme://userinfo@ where userinfo has no '/', '?', '#' or whitespace (up to the last '@').
    static const QRegularExpression userinfo(QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://)[^/?#\\s]*@"));
    QString out = text;
    out.replace(userinfo, QStringLiteral("\\1"));
    return out;
}

} // namespace gd::core::AddressPolicy
