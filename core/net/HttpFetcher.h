#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <atomic>
#include <chrono>

namespace gd::core {

enum class FetchError
{
    None,
    InvalidUrl,
    Network,
    Timeout,
    TooLarge,
    TooManyRedirects,
    HttpStatus,
    Cancelled,
};

struct FetchOptions
{
    std::chrono::milliseconds totalTimeout { 15000 }; // the whole transfer, redirects included
    std::chrono::milliseconds connectTimeout { 5000 };
    qint64 maxBodyBytes = 5 * 1024 * 1024;
    int maxRedirects = 5;
    QByteArray userAgent = QByteArrayLiteral("GreenDoor/0.1 (+https://greendoor.example.org/bot)");
};

struct FetchResult
{
    bool ok = false; // the transfer completed and the final answer was 2xx
    int httpStatus = 0; // of the final response; 0 when none arrived
    QUrl finalUrl; // after redirects
    QString contentType; // the raw header, e.g. "text/html; charset=utf-8"
    QByteArray body; // never more than FetchOptions::maxBodyBytes
    FetchError error = FetchError::None;
    QString errorMessage; // for people, e.g. "https://x.example/ is larger than 5 MB"

    // The content type's media type, lower case and without parameters ("text/html").
    QString mimeType() const;
};

// Blocking HTTP(S) GET through libcurl, for worker threads. Only http and https, also across
// redirects; the body is capped (a declared Content-Length over the cap fails before any body is
// read, a streamed body fails as soon as it passes the cap); cancellation is checked while
// connecting and transferring (libcurl polls it at least once a second).
//
// One fetcher serves one thread at a time: it keeps a curl handle so that consecutive requests to
// the same server reuse the connection.
class HttpFetcher final
{
public:
    explicit HttpFetcher(FetchOptions options = {});
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher&) = delete;
    HttpFetcher& operator=(const HttpFetcher&) = delete;

    FetchResult get(const QUrl& url, const std::atomic<bool>* cancel = nullptr);

    const FetchOptions& options() const { return m_options; }

    // "5 MB" for a cap of 5 MiB; used in messages.
    static QString sizeText(qint64 bytes);

private:
    FetchOptions m_options;
    void* m_handle = nullptr; // CURL*, created on first use
};

} // namespace gd::core
