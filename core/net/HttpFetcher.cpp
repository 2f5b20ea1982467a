#include "core/net/HttpFetcher.h"

#include "core/net/AddressPolicy.h"
#include "core/net/CurlTransfer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <atomic>
#include <curl/curl.h>
#include <mutex>
#include <sys/socket.h>
#include <utility>

namespace gd::core {

using curl::HeaderList;
using curl::Transfer;

namespace {

Q_LOGGING_CATEGORY(lcFetch, "greendoor.core.fetch", QtInfoMsg)

QString statusText(int status)
{
    switch (status) {
    case 401:
        return QCoreApplication::translate("gd::core", "a login is required");
    case 403:
        return QCoreApplication::translate("gd::core", "access denied");
    case 404:
    case 410:
        return QCoreApplication::translate("gd::core", "not found");
    case 429:
        return QCoreApplication::translate("gd::core", "too many requests");
    default:
        break;
    }
    if (status >= 500)
        return QCoreApplication::translate("gd::core", "server error");
    return {};
}

std::atomic<bool> g_allowPrivateByDefault { false };

// What the socket callback decides for one transfer; lives on get()'s stack.
struct SocketGuard
{
    bool allowPrivate = false;
    QString refused; // why the last refused address was refused
};

// CURLOPT_OPENSOCKETFUNCTION: every connection libcurl makes (the first request, each redirect,
// each address of a name it tries) passes here with the address it is about to connect to.
curl_socket_t openSocket(void* user, curlsocktype purpose, curl_sockaddr* address)
{
    auto* guard = static_cast<SocketGuard*>(user);
    if (purpose == CURLSOCKTYPE_IPCXN) {
        const QHostAddress peer(&address->addr);
        QString why;
        if (!AddressPolicy::mayConnect(peer, guard->allowPrivate, &why)) {
            guard->refused = why;
            qCInfo(lcFetch) << "refused to connect to" << peer.toString();
            return CURL_SOCKET_BAD;
        }
    }
    return socket(address->family, address->socktype, address->protocol);
}

} // namespace

void setPrivateAddressesAllowedByDefault(bool allowed)
{
    g_allowPrivateByDefault.store(allowed);
}

bool privateAddressesAllowedByDefault()
{
    return g_allowPrivateByDefault.load();
}

QString FetchResult::mimeType() const
{
    return contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
}

HttpFetcher::HttpFetcher(FetchOptions options)
    : m_options(std::move(options))
{
    curl::initOnce();
}

HttpFetcher::~HttpFetcher()
{
    if (m_handle)
        curl_easy_cleanup(m_handle);
}

QString HttpFetcher::sizeText(qint64 bytes)
{
    const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    return QCoreApplication::translate("gd::core", "%1 MB").arg(QString::number(mb, 'g', 3));
}

FetchResult HttpFetcher::get(const QUrl& requested, const std::atomic<bool>* cancel)
{
    // A password in the address is neither sent nor kept: pages are read as anyone would.
    const QUrl url = AddressPolicy::withoutCredentials(requested);
    FetchResult result;
    result.finalUrl = url;
    const QString shown = url.toDisplayString();
    const QString scheme = url.scheme().toLower();

    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        result.error = FetchError::InvalidUrl;
        result.errorMessage
            = QCoreApplication::translate("gd::core", "\"%1\" is not a web address (http or https)").arg(shown);
        return result;
    }
    // A numeric host (QUrl has already read 2852039166 or 0xa9.0xfe.0xa9.0xfe as 169.254.169.254)
    // is refused before connecting; names are checked when their addresses are connected to.
    if (const QHostAddress literal(url.host()); !literal.isNull()) {
        QString why;
        if (!AddressPolicy::mayConnect(literal, m_options.allowPrivateAddresses, &why)) {
            result.error = FetchError::Blocked;
            result.errorMessage = QCoreApplication::translate("gd::core", "Refused to read %1: %2").arg(shown, why);
            return result;
        }
    }
    if (cancel && cancel->load()) {
        result.error = FetchError::Cancelled;
        result.errorMessage = QCoreApplication::translate("gd::core", "Cancelled");
        return result;
    }

    if (!m_handle)
        m_handle = curl_easy_init();
    else
        curl_easy_reset(m_handle); // options back to defaults; live connections and DNS cache stay
    CURL* curl = m_handle;
    if (!curl) {
        result.error = FetchError::Network;
        result.errorMessage = QCoreApplication::translate("gd::core", "Could not start a download");
        return result;
    }

    Transfer transfer;
    transfer.cap = m_options.maxBodyBytes;
    transfer.cancel = cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray encodedUrl = url.toEncoded(QUrl::RemoveFragment);
    HeaderList headers;
    headers.add("Accept: text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");

    curl_easy_setopt(curl, CURLOPT_URL, encodedUrl.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for DNS timeouts
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https"); // curl >= 7.85
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, static_cast<long>(m_options.maxRedirects));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_options.totalTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_options.connectTimeout.count()));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, m_options.userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
    curl_easy_setopt(
        curl, CURLOPT_ACCEPT_ENCODING, ""); // whatever this libcurl can decode; the cap counts decoded bytes
    // A declared Content-Length over the cap fails before the body is read.
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(m_options.maxBodyBytes));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &curl::onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &curl::onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    SocketGuard guard;
    guard.allowPrivate = m_options.allowPrivateAddresses;
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETFUNCTION, &openSocket);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, &guard);

    const CURLcode code = curl_easy_perform(curl);

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.httpStatus = static_cast<int>(status);
    char* effective = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
        result.finalUrl = AddressPolicy::withoutCredentials(QUrl::fromEncoded(QByteArray(effective)));
    char* type = nullptr;
    if (curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        result.contentType = QString::fromLatin1(type);
    // The handle outlives this call; it must not keep pointers into this stack frame.
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_OPENSOCKETDATA, nullptr);
    result.body = std::move(transfer.body);

    const QString limit = sizeText(m_options.maxBodyBytes);
    if (transfer.cancelled || code == CURLE_ABORTED_BY_CALLBACK) {
        result.error = FetchError::Cancelled;
        result.errorMessage = QCoreApplication::translate("gd::core", "Cancelled");
    } else if (transfer.tooLarge || code == CURLE_FILESIZE_EXCEEDED) {
        result.error = FetchError::TooLarge;
        result.errorMessage = QCoreApplication::translate("gd::core", "%1 is larger than %2").arg(shown, limit);
    } else if (code == CURLE_OPERATION_TIMEDOUT) {
        result.error = FetchError::Timeout;
        const auto ms = m_options.totalTimeout.count();
        result.errorMessage = QCoreApplication::translate("gd::core", "%1 did not answer within %2 s")
                                  .arg(shown, QString::number(static_cast<double>(ms) / 1000.0, 'g', 3));
    } else if (code == CURLE_TOO_MANY_REDIRECTS) {
        result.error = FetchError::TooManyRedirects;
        result.errorMessage = QCoreApplication::translate("gd::core", "%1: gave up after %2 redirects")
                                  .arg(shown, QString::number(m_options.maxRedirects));
    } else if (code != CURLE_OK && !guard.refused.isEmpty()) {
        // Every address of the server (or of a redirect target) was refused.
        result.error = FetchError::Blocked;
        result.errorMessage
            = QCoreApplication::translate("gd::core", "Refused to read %1: %2").arg(shown, guard.refused);
    } else if (code == CURLE_COULDNT_RESOLVE_HOST) {
        result.error = FetchError::Network;
        result.errorMessage = QCoreApplication::translate("gd::core", "Could not find the server %1").arg(url.host());
    } else if (code == CURLE_COULDNT_CONNECT) {
        result.error = FetchError::Network;
        result.errorMessage = QCoreApplication::translate("gd::core", "Could not connect to %1").arg(shown);
    } else if (code == CURLE_UNSUPPORTED_PROTOCOL) {
        // A redirect to something other than http or https.
        result.error = FetchError::InvalidUrl;
        result.errorMessage
            = QCoreApplication::translate("gd::core", "%1 redirected to an address that is not http or https")
                  .arg(shown);
    } else if (code != CURLE_OK) {
        result.error = FetchError::Network;
        const QString detail
            = errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(code));
        result.errorMessage = QCoreApplication::translate("gd::core", "Could not load %1 (%2)")
                                  .arg(shown, AddressPolicy::redactCredentials(detail));
    } else if (status < 200 || status > 299) {
        result.error = FetchError::HttpStatus;
        const QString why = statusText(result.httpStatus);
        result.errorMessage = why.isEmpty()
            ? QCoreApplication::translate("gd::core", "%1 answered with HTTP %2").arg(shown, QString::number(status))
            : QCoreApplication::translate("gd::core", "%1 answered with HTTP %2 (%3)")
                  .arg(shown, QString::number(status), why);
    } else {
        result.ok = true;
    }

    // URLs and sizes only: never page contents.
    if (code != CURLE_OK)
        qCInfo(lcFetch) << "fetch failed:" << url.toDisplayString() << "curl" << static_cast<int>(code) << "HTTP"
                        << status;
    else
        qCDebug(lcFetch) << "fetched" << url.toDisplayString() << "HTTP" << status << result.body.size() << "bytes";
    return result;
}

} // namespace gd::core
