#pragma once

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace gd::core {

// Which network addresses GreenDoor's fetcher may connect to, and how addresses are shown.
// A web page is fetched because a user typed its address or a page linked to it, so an address
// must not reach what only this machine or its network can: cloud metadata services, routers,
// databases on the LAN. The check is made on the address actually connected to (after DNS,
// after every redirect), so a name that resolves to 169.254.169.254 or a numeric trick
// (2852039166, 0xa9.0xfe.0xa9.0xfe, ::ffff:169.254.169.254) is refused like the plain spelling.
namespace AddressPolicy {

enum class Kind
{
    Public,
    Private, // 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, and loopback, 0.0.0.0/8, ::
    LinkLocal, // 169.254/16, fe80::/10 and cloud metadata (fd00:ec2::254): never fetched
    Reserved, // multicast, broadcast, documentation and other ranges no web site uses
};

// IPv4 addresses inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96,
// 6to4 2002::/16) are judged by the IPv4 address they carry.
Kind classify(const QHostAddress& address);

// Whether the fetcher may connect; when not, why (for people, names the address).
bool mayConnect(const QHostAddress& address, bool allowPrivate, QString* why = nullptr);

// The address without user name and password: what may be stored, logged or shown.
QUrl withoutCredentials(const QUrl& url);
// Text (an error message, a URL typed by the user) with any "scheme://user:password@" reduced
// to "scheme://".
QString redactCredentials(const QString& text);

} // namespace AddressPolicy

} // namespace gd::core
