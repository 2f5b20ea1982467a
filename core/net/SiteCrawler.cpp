#include "core/net/SiteCrawler.h"

#include "core/net/AddressPolicy.h"
#include "core/net/HtmlText.h"
#include "core/net/RobotsTxt.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <utility>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcCrawl, "greendoor.core.fetch", QtInfoMsg)

struct Keyword
{
    const char* text; // a path token or a phrase ("case-studies" in paths, "case studies" in text)
    int weight;
};

// English first, then the German words a German company site uses for the same pages.
constexpr Keyword keywords[] = {
    { "about", 10 },
    { "about-us", 10 },
    { "who-we-are", 10 },
    { "company", 9 },
    { "our-story", 6 },
    { "mission", 5 },
    { "product", 8 },
    { "products", 8 },
    { "platform", 8 },
    { "solution", 8 },
    { "solutions", 8 },
    { "features", 6 },
    { "services", 6 },
    { "service", 5 },
    { "overview", 4 },
    { "pricing", 7 },
    { "plans", 5 },
    { "customers", 7 },
    { "customer", 6 },
    { "case-studies", 7 },
    { "case-study", 7 },
    { "customer-stories", 7 },
    { "success-stories", 6 },
    { "testimonials", 4 },
    { "industries", 6 },
    { "industry", 5 },
    { "who-we-serve", 7 },
    { "use-cases", 5 },
    { "team", 4 },
    { "our-team", 4 },
    { "leadership", 4 },
    { "ueber-uns", 10 },
    { "uber-uns", 10 },
    { "\u00FCber-uns", 10 },
    { "unternehmen", 9 },
    { "produkt", 8 },
    { "produkte", 8 },
    { "loesungen", 8 },
    { "l\u00F6sungen", 8 },
    { "leistungen", 6 },
    { "preise", 7 },
    { "kunden", 7 },
    { "referenzen", 6 },
    { "branchen", 6 },
};

constexpr const char* binaryExtensions[]
    = { "7z", "apk", "avi", "bin", "bmp", "css", "csv", "deb", "dmg", "doc", "docx", "eot", "epub", "exe", "flac",
          "gif", "gz", "ico", "iso", "jar", "jpeg", "jpg", "js", "json", "m4a", "mkv", "mov", "mp3", "mp4", "mpeg",
          "msi", "odp", "ods", "odt", "ogg", "otf", "pdf", "png", "ppt", "pptx", "rar", "rpm", "rss", "svg", "tar",
          "tgz", "tif", "tiff", "ttf", "wav", "webm", "webp", "woff", "woff2", "xls", "xlsx", "xml", "xz", "zip" };

// "www.acme.example" and "acme.example" are one site.
QString siteHost(const QString& host)
{
    const QString h = host.toLower();
    return h.startsWith(QLatin1String("www.")) ? h.mid(4) : h;
}

// One spelling per page: no scheme (http and https are the same page), no www., no fragment,
// no trailing slash.
QString pageKey(const QUrl& url)
{
    QString path = url.path(QUrl::FullyEncoded);
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/");
    QString key = siteHost(url.host()) + u':' + QString::number(url.port(-1)) + path;
    if (url.hasQuery())
        key += u'?' + url.query(QUrl::FullyEncoded);
    return key;
}

bool looksBinary(const QUrl& url)
{
    const QString path = url.path().toLower();
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot < 0 || dot < path.lastIndexOf(u'/'))
        return false;
    const QStringView ext = QStringView(path).sliced(dot + 1);
    return std::any_of(std::begin(binaryExtensions), std::end(binaryExtensions),
        [&](const char* e) { return ext == QLatin1String(e); });
}

bool isHtml(const FetchResult& page)
{
    const QString mime = page.mimeType();
    if (mime == u"text/html" || mime == u"application/xhtml+xml")
        return true;
    if (!mime.isEmpty())
        return false;
    // No Content-Type at all: look at the first bytes, as a browser would.
    const QByteArray start = page.body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<html")
        || start.contains("<head") || start.contains("<body");
}

QString pathAndQuery(const QUrl& url)
{
    QString path = url.path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = QStringLiteral("/");
    if (url.hasQuery())
        path += u'?' + url.query(QUrl::FullyEncoded);
    return path;
}

// A short reason for a page beyond the first that could not be read.
QString skipReason(const FetchResult& fetch, const FetchOptions& options)
{
    switch (fetch.error) {
    case FetchError::InvalidUrl:
        return QCoreApplication::translate("gd::core", "not an http or https address");
    case FetchError::Network:
        return QCoreApplication::translate("gd::core", "unreachable");
    case FetchError::Timeout:
        return QCoreApplication::translate("gd::core", "timed out");
    case FetchError::TooLarge:
        return QCoreApplication::translate("gd::core", "larger than %1")
            .arg(HttpFetcher::sizeText(options.maxBodyBytes));
    case FetchError::TooManyRedirects:
        return QCoreApplication::translate("gd::core", "too many redirects");
    case FetchError::HttpStatus:
        return QCoreApplication::translate("gd::core", "HTTP %1").arg(fetch.httpStatus);
    case FetchError::Cancelled:
        return QCoreApplication::translate("gd::core", "cancelled");
    case FetchError::Blocked:
        return QCoreApplication::translate("gd::core", "on a private or link-local network address");
    case FetchError::None:
        break;
    }
    return {};
}

CrawlError crawlError(FetchError error)
{
    switch (error) {
    case FetchError::None:
        return CrawlError::None;
    case FetchError::InvalidUrl:
        return CrawlError::InvalidUrl;
    case FetchError::Network:
        return CrawlError::Unreachable;
    case FetchError::Timeout:
        return CrawlError::Timeout;
    case FetchError::TooLarge:
        return CrawlError::TooLarge;
    case FetchError::TooManyRedirects:
        return CrawlError::TooManyRedirects;
    case FetchError::HttpStatus:
        return CrawlError::HttpStatus;
    case FetchError::Cancelled:
        return CrawlError::Cancelled;
    case FetchError::Blocked:
        return CrawlError::Blocked;
    }
    return CrawlError::Unreachable;
}

struct Candidate
{
    QUrl url;
    int score = 0;
    int order = 0; // position on the start page, to keep ties in page order
};

// What a host's robots.txt says; read once per crawl.
struct HostRules
{
    RobotsTxt robots;
    bool unreadable = false;
};

} // namespace

SiteCrawler::SiteCrawler(CrawlOptions options)
    : m_options(std::move(options))
{
}

QUrl SiteCrawler::urlFromUserInput(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("https://"));
    QUrl url = AddressPolicy::withoutCredentials(QUrl(t, QUrl::TolerantMode));
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    return url;
}

int SiteCrawler::linkScore(const QUrl& url, const QString& anchorText)
{
    // Path: tokens between '/', and the segment itself so that "case-studies" matches whole.
    const QString path = url.path().toLower().replace(u'_', u'-');
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    QSet<QString> pathTokens;
    for (const QString& segment : segments) {
        QString s = segment;
        if (const qsizetype dot = s.lastIndexOf(u'.'); dot > 0) // "about.html"
            s.truncate(dot);
        pathTokens.insert(s);
        for (const QString& part : s.split(u'-', Qt::SkipEmptyParts))
            pathTokens.insert(part);
    }
    // Anchor text: words joined by '-', so that "Case Studies" matches "case-studies".
    static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList words = anchorText.left(200).toLower().split(nonWord, Qt::SkipEmptyParts);
    const QString joined = u'-' + words.join(u'-') + u'-';

    int pathScore = 0;
    int textScore = 0;
    for (const Keyword& k : keywords) {
        const QString word = QString::fromUtf8(k.text);
        if (pathTokens.contains(word))
            pathScore = std::max(pathScore, k.weight);
        if (joined.contains(u'-' + word + u'-'))
            textScore = std::max(textScore, k.weight);
    }
    if (pathScore == 0 && textScore == 0)
        return 0;
    int score = std::max(pathScore, textScore) + (pathScore > 0 && textScore > 0 ? 3 : 0);
    score -= std::max<int>(0, static_cast<int>(segments.size()) - 1); // /products before /products/a/b
    if (url.hasQuery())
        score -= 2;
    return std::max(score, 1);
}

CrawlResult SiteCrawler::crawl(const QUrl& requested, const Progress& progress, const std::atomic<bool>* cancel)
{
    const QUrl start = AddressPolicy::withoutCredentials(requested);
    CrawlResult result;
    const auto report = [&](int done, int total, const QString& url) {
        if (progress)
            progress(done, total, url);
    };
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const auto setCancelled = [&] {
        result.ok = false;
        result.error = CrawlError::Cancelled;
        result.errorMessage = QCoreApplication::translate("gd::core", "Cancelled");
    };

    HttpFetcher fetcher(m_options.fetch);
    report(0, 1, start.toDisplayString());
    const FetchResult first = fetcher.get(start, cancel);
    result.httpStatus = first.httpStatus;
    if (!first.ok) {
        result.error = crawlError(first.error);
        result.errorMessage = first.errorMessage;
        return result;
    }
    if (!isHtml(first)) {
        result.error = CrawlError::NotHtml;
        const QString mime = first.mimeType();
        result.errorMessage = mime.isEmpty()
            ? QCoreApplication::translate("gd::core", "%1 is not a web page").arg(first.finalUrl.toDisplayString())
            : QCoreApplication::translate("gd::core", "%1 is not a web page (it is %2)")
                  .arg(first.finalUrl.toDisplayString(), mime);
        return result;
    }

    const QUrl home = first.finalUrl;
    HtmlText::Result text = HtmlText::extract(first.body, home, first.contentType);
    result.pages.append(CrawledPage { home, text.title, text.description, text.sentences, text.kinds, text.heading });
    result.ok = true;

    // Candidates: same site, not binary, not the start page, each page once at its best score.
    const QSet<QString> sites { siteHost(start.host()), siteHost(home.host()) };
    const QSet<int> ports { start.port(-1), home.port(-1) };
    QSet<QString> fetchedKeys { pageKey(start), pageKey(home) };
    QHash<QString, Candidate> byKey;
    int order = 0;
    for (const HtmlText::Link& link : std::as_const(text.links)) {
        QUrl url
            = AddressPolicy::withoutCredentials(link.url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments));
        if (url.path().isEmpty())
            url.setPath(QStringLiteral("/"));
        if (!sites.contains(siteHost(url.host())) || !ports.contains(url.port(-1)) || looksBinary(url))
            continue;
        const QString key = pageKey(url);
        if (fetchedKeys.contains(key))
            continue;
        const int score = linkScore(url, link.text);
        if (score <= 0)
            continue;
        auto it = byKey.find(key);
        if (it == byKey.end())
            byKey.insert(key, Candidate { url, score, order++ });
        else if (score > it->score)
            it->score = score;
    }
    QList<Candidate> candidates = byKey.values();
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.order < b.order;
    });
    const qsizetype room = std::max(0, m_options.maxPages - 1);
    if (candidates.size() > room)
        candidates.resize(room);

    const int total = 1 + static_cast<int>(candidates.size());
    int done = 1;
    QHash<QString, HostRules> rulesByOrigin;
    for (const Candidate& candidate : std::as_const(candidates)) {
        if (cancelled()) {
            setCancelled();
            break;
        }
        const QUrl& url = candidate.url;
        report(done, total, url.toDisplayString());
        ++done;

        const QString origin
            = url.scheme() + QLatin1String("://") + url.host().toLower() + u':' + QString::number(url.port(-1));
        auto rules = rulesByOrigin.find(origin);
        if (rules == rulesByOrigin.end()) {
            QUrl robotsUrl = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
            robotsUrl.setPath(QStringLiteral("/robots.txt"));
            const FetchResult robots = fetcher.get(robotsUrl, cancel);
            if (robots.error == FetchError::Cancelled) {
                setCancelled();
                break;
            }
            HostRules hostRules;
            if (robots.ok) {
                hostRules.robots = RobotsTxt(robots.body);
            } else if (robots.error == FetchError::HttpStatus && robots.httpStatus >= 400 && robots.httpStatus < 500) {
                hostRules.robots = RobotsTxt(); // no robots.txt: everything is allowed
            } else {
                // RFC 9309: when robots.txt cannot be read (server error, no answer), crawl nothing.
                hostRules.robots = RobotsTxt::disallowingAll();
                hostRules.unreadable = true;
                qCInfo(lcCrawl) << "robots.txt unreadable:" << robots.errorMessage;
            }
            rules = rulesByOrigin.insert(origin, hostRules);
        }
        if (!rules->robots.allowed(pathAndQuery(url))) {
            result.skipped.append({ url,
                rules->unreadable ? QCoreApplication::translate("gd::core", "robots.txt could not be read")
                                  : QCoreApplication::translate("gd::core", "disallowed by robots.txt") });
            continue;
        }

        const FetchResult page = fetcher.get(url, cancel);
        if (page.error == FetchError::Cancelled) {
            setCancelled();
            break;
        }
        if (!page.ok) {
            result.skipped.append({ url, skipReason(page, m_options.fetch) });
            continue;
        }
        if (!isHtml(page)) {
            result.skipped.append({ url, QCoreApplication::translate("gd::core", "not HTML") });
            continue;
        }
        if (!sites.contains(siteHost(page.finalUrl.host()))) {
            result.skipped.append({ url, QCoreApplication::translate("gd::core", "redirected to another site") });
            continue;
        }
        const QString finalKey = pageKey(page.finalUrl.adjusted(QUrl::RemoveFragment));
        if (fetchedKeys.contains(finalKey)) {
            result.skipped.append({ url, QCoreApplication::translate("gd::core", "same page as one already read") });
            continue;
        }
        fetchedKeys.insert(finalKey);
        HtmlText::Result extracted = HtmlText::extract(page.body, page.finalUrl, page.contentType);
        result.pages.append(CrawledPage { page.finalUrl, std::move(extracted.title), std::move(extracted.description),
            std::move(extracted.sentences), std::move(extracted.kinds), std::move(extracted.heading) });
    }

    if (result.error != CrawlError::Cancelled)
        report(total, total, QString());
    qCInfo(lcCrawl) << "crawled" << home.toDisplayString() << "pages:" << result.pages.size()
                    << "skipped:" << result.skipped.size();
    return result;
}

} // namespace gd::core
