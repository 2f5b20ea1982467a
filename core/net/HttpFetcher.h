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
    Blocked, // a private, loopback, link-local or metadata address (see AddressPolicy)
};

// The default of FetchOptions::allowPrivateAddresses for this process (false unless set). For test
// harnesses whose servers listen on 127.0.0.1; the applications never change it.
void setPrivateAddressesAllowedByDefault(bool allowed);
bool privateAddressesAllowedByDefault();

struct FetchOptions
{
    std::chrono::milliseconds totalTimeout { 15000 }; // the whole transfer, redirects included
    std::chrono::milliseconds connectTimeout { 5000 };
    qint64 maxBodyBytes = 5 * 1024 * 1024;
    int maxRedirects = 5;
    QByteArray userAgent = QByteArrayLiteral("GreenDoor/0.1 (+https://greendoor.example.org/bot)");
    // Private and loopback addresses (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, 127/8,
    // ::1) are refused unless this is set: for a site on the user's own network. Link-local and
    // cloud-metadata addresses are refused always. Checked on every address connected to.
    bool allowPrivateAddresses = privateAddressesAllowedByDefault();
};

struct FetchResult
{
    bool ok = false; // the transfer completed and the final answer was 2xx
    int httpStatus = 0; // of the final response; 0 when none arrived
    QUrl finalUrl; // after redirects; never with a user name or password
    QString contentType; // the raw header, e.g. "text/html; charset=utf-8"
    QByteArray body; // never more than FetchOptions::maxBodyBytes
    FetchError error = FetchError::None;
    QString errorMessage; // for people, e.g. "https://x.example/ is larger than 5 MB"; never a password

    // The content type's media type, lower case and without parameters ("text/html").
    QString mimeType() const;
};

// Blocking HTTP(S) GET through libcurl, for worker threads. Only http and https, also across
// redirects; only public addresses unless private ones are allowed (FetchOptions), checked on the
// address each connection is made to; a user name and password in the address are dropped, never
// sent, logged or returned; the body is capped (a declared Content-Length over the cap fails before any body is
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
