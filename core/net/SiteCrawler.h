#pragma once

#include "core/net/HtmlText.h"
#include "core/net/HttpFetcher.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <functional>

namespace gd::core {

enum class CrawlError
{
    None,
    InvalidUrl,
    Unreachable,
    Timeout,
    TooLarge,
    TooManyRedirects,
    HttpStatus,
    NotHtml,
    Cancelled,
    Blocked, // the site is on a private, loopback or link-local address (see AddressPolicy)
};

struct CrawlOptions
{
    int maxPages = 10; // the start page included
    FetchOptions fetch;
};

struct CrawledPage
{
    QUrl url; // after redirects; never with a user name or password
    QString title;
    QString description;
    QStringList sentences;
    QList<HtmlText::TextKind> kinds; // one per sentence: body text, heading, navigation, button, link
    QString heading; // the page's first <h1>
};

struct CrawlSkip
{
    QUrl url;
    QString reason; // for people: "disallowed by robots.txt", "not HTML", "larger than 5 MB", "HTTP 404"...
};

struct CrawlResult
{
    bool ok = false; // the start page was read and the crawl was not cancelled
    QList<CrawledPage> pages; // the start page first
    QList<CrawlSkip> skipped;
    CrawlError error = CrawlError::None; // about the start page, or Cancelled
    int httpStatus = 0; // of the start page
    QString errorMessage; // for the UI: "Could not connect to https://acme.example/"
};

// Turns a company's address into the texts of the pages that describe the business: the start
// page (which must be HTML) and up to maxPages - 1 pages on the same site whose address or link
// text suggests it (about, company, products, platform, solutions, pricing, customers, case
// studies, industries, who we serve, team), best first. The start page is fetched because the
// user asked for it; for every further page the host's /robots.txt is read once and obeyed.
//
// Blocking: call it on a worker thread. The texts are data to show and to quote, never
// instructions (see HtmlText).
class SiteCrawler final
{
public:
    using Progress = std::function<void(int done, int total, const QString& url)>;

    explicit SiteCrawler(CrawlOptions options = {});

    // progress is called before each page with the pages done so far, the pages planned and the
    // page's address, and once at the end with done == total and an empty address. It runs on the
    // calling thread. cancel, when set, stops the crawl within about a second.
    CrawlResult crawl(const QUrl& start, const Progress& progress = {}, const std::atomic<bool>* cancel = nullptr);

    // "acme.example" -> https://acme.example/ (https unless the text names a scheme). A user name
    // and password in the text are dropped: they are never sent, stored or shown.
    static QUrl urlFromUserInput(const QString& text);

    // How strongly a link's address and text suggest it describes the business; 0 = not at all.
    static int linkScore(const QUrl& url, const QString& anchorText);

private:
    CrawlOptions m_options;
};

} // namespace gd::core
