// libFuzzer target: robots.txt parsing and matching.
// The input is a robots.txt, then a line "\n---\n" and paths to test, one a line (when there is no
// separator, a few fixed paths are tested). Properties: no crash, UB or leak; decisions are
// deterministic (the same file parsed twice answers the same); "/robots.txt" is always allowed;
// a path spelled with an unreserved character percent-encoded gets the same answer as the plain
// path (RFC 9309 2.2.2); a file that could not be read disallows everything but /robots.txt.
#include "core/net/RobotsTxt.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdio>
#include <cstdlib>

using gd::core::RobotsTxt;

namespace {

[[noreturn]] void fail(const char* what, const QString& path)
{
    std::fprintf(stderr, "fuzz_robots: %s for path \"%s\"\n", what, qPrintable(path));
    std::abort();
}

bool isUnreserved(char16_t c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'.'
        || c == u'_' || c == u'~';
}

bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Every unreserved character percent-encoded, in lower-case hex (a spelling robots.txt must
// treat as the same path); escapes already there are kept as they are.
QString encodeUnreserved(const QString& path)
{
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path[i];
        if (c == u'%' && i + 2 < path.size() && isHex(path[i + 1]) && isHex(path[i + 2])) {
            out += path.mid(i, 3);
            i += 2;
        } else if (isUnreserved(c.unicode())) {
            out += QStringLiteral("%%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const qsizetype separator = input.indexOf("\n---\n");
    const QByteArray file = separator < 0 ? input : input.left(separator);
    QList<QString> paths { QStringLiteral("/"), QStringLiteral("/about"), QStringLiteral("/products/a?b=c"),
        QStringLiteral("/%7Euser/"), QStringLiteral("/p\u00E4th") };
    if (separator >= 0) {
        for (const QByteArray& line : input.mid(separator + 5).split('\n'))
            paths.append(QString::fromUtf8(line));
    }

    const RobotsTxt robots(file);
    const RobotsTxt again(file);
    const RobotsTxt other(file, QStringLiteral("OtherBot"));
    if (robots.ruleCount() != again.ruleCount())
        fail("parsing twice gave different rule counts", {});
    const RobotsTxt none = RobotsTxt::disallowingAll();
    for (const QString& path : std::as_const(paths)) {
        const bool verdict = robots.allowed(path);
        if (verdict != again.allowed(path) || verdict != robots.allowed(path))
            fail("not deterministic", path);
        if (robots.allowed(encodeUnreserved(path)) != verdict)
            fail("percent-encoding unreserved characters changed the answer", path);
        other.allowed(path);
        if (none.allowed(path) != none.allowed(encodeUnreserved(path)))
            fail("disallowingAll() answered differently for the same path", path);
        if (RobotsTxt().allowed(path) != true)
            fail("an empty robots.txt disallowed a path", path);
    }
    if (none.allowed(QStringLiteral("/about")))
        fail("disallowingAll() allowed a path", QStringLiteral("/about"));
    if (!robots.allowed(QStringLiteral("/robots.txt")))
        fail("/robots.txt disallowed", QStringLiteral("/robots.txt"));
    return 0;
}
