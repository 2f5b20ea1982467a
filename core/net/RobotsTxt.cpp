#include "core/net/RobotsTxt.h"

#include <QStringList>
#include <utility>

namespace gd::core {

namespace {

// Google reads the first 500 KiB and so do we.
constexpr qsizetype maxRobotsBytes = 500 * 1024;

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
        || c == '_' || c == '~';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One spelling for paths and patterns, so that they compare byte by byte: octets outside printable
// US-ASCII are percent-encoded, percent-encoded unreserved characters are decoded (RFC 9309
// 2.2.2), and the remaining escapes use upper-case hex.
QByteArray normalize(const QByteArray& in)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto c = static_cast<unsigned char>(in[i]);
        if (c == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            const char decoded = static_cast<char>(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            if (isUnreserved(decoded)) {
                out.append(decoded);
            } else {
                out.append('%');
                out.append(hex[hexValue(in[i + 1])]);
                out.append(hex[hexValue(in[i + 2])]);
            }
            i += 2;
        } else if (c <= 0x20 || c >= 0x7f) {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(static_cast<char>(c));
        }
    }
    return out;
}

// Whether pattern matches the start of path ("*" is any run, a final "$" anchors the end).
// Star backtracking keeps to the last star only: O(path * pattern) at worst, linear in practice.
bool matches(const QByteArray& rawPattern, const QByteArray& path)
{
    const bool anchored = rawPattern.endsWith('$');
    const QByteArray pattern = anchored ? rawPattern.chopped(1) : rawPattern;
    const qsizetype m = pattern.size();
    const qsizetype n = path.size();
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype starJ = -1;
    qsizetype starI = 0;
    while (i < n) {
        if (j < m && pattern[j] == '*') {
            starJ = j++;
            starI = i;
        } else if (j < m && pattern[j] == path[i]) {
            ++i;
            ++j;
        } else if (j == m && !anchored) {
            return true; // the whole pattern matched a prefix
        } else if (starJ >= 0) {
            j = starJ + 1;
            i = ++starI;
        } else {
            return false;
        }
    }
    while (j < m && pattern[j] == '*')
        ++j;
    return j == m;
}

// "GreenDoor/0.1 (...)" and "greendoor" both name the product token "greendoor".
QString agentToken(const QString& value)
{
    qsizetype end = 0;
    while (end < value.size()) {
        const QChar c = value[end];
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'*'))
            break;
        ++end;
    }
    return value.left(end).toLower();
}

} // namespace

RobotsTxt::RobotsTxt(const QByteArray& content, const QString& productToken)
{
    struct Group
    {
        QStringList agents;
        QList<Rule> rules;
    };
    QList<Group> groups;
    bool lastWasAgent = false;

    QByteArray text = content.left(maxRobotsBytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && text[end] != '\n' && text[end] != '\r')
            ++end;
        QByteArray line = text.mid(pos, end - pos);
        pos = end + 1;
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line.truncate(hash);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();

        if (key == "user-agent") {
            if (!lastWasAgent)
                groups.append(Group {});
            groups.last().agents.append(agentToken(QString::fromUtf8(value)));
            lastWasAgent = true;
        } else if (key == "allow" || key == "disallow") {
            lastWasAgent = false;
            if (groups.isEmpty() || value.isEmpty()) // rules before any group; "Disallow:" allows all
                continue;
            groups.last().rules.append(Rule { normalize(value), key == "allow" });
        }
        // Sitemap, Crawl-delay and unknown lines neither end a group nor add to it.
    }

    const QString token = agentToken(productToken);
    bool specific = false;
    for (const Group& g : std::as_const(groups)) {
        if (g.agents.contains(token)) {
            if (!specific)
                m_rules.clear();
            specific = true;
            m_rules += g.rules;
        } else if (!specific && g.agents.contains(QStringLiteral("*"))) {
            m_rules += g.rules;
        }
    }
}

RobotsTxt RobotsTxt::disallowingAll()
{
    RobotsTxt robots;
    robots.m_rules.append(Rule { QByteArrayLiteral("/"), false });
    return robots;
}

bool RobotsTxt::allowed(const QString& pathAndQuery) const
{
    QByteArray path = normalize(pathAndQuery.toUtf8());
    if (path.isEmpty() || path[0] != '/')
        path.prepend('/');
    if (path == "/robots.txt")
        return true;
    qsizetype bestLength = -1;
    bool verdict = true;
    for (const Rule& rule : m_rules) {
        const qsizetype length = rule.pattern.size();
        if (length < bestLength || !matches(rule.pattern, path))
            continue;
        if (length > bestLength || rule.allow) { // a tie goes to Allow
            bestLength = length;
            verdict = rule.allow;
        }
    }
    return verdict;
}

} // namespace gd::core
