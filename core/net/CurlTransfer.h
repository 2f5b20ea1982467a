#pragma once

// libcurl plumbing shared by HttpFetcher, ProviderConnector and OpenAiCompatibleModel (core-internal; include only
// from .cpp files that link libcurl).

#include "core/Text.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <atomic>
#include <curl/curl.h>
#include <mutex>

namespace gd::core::curl {

// libcurl wants curl_global_init once per process before any other call, and (before 7.84) not
// concurrently with anything else. call_once makes the first user do it, on any thread.
inline void initOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// What the callbacks share with one transfer; lives on the caller's stack.
struct Transfer
{
    QByteArray body;
    qint64 cap = 0;
    bool tooLarge = false;
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled = false;
};

// CURLOPT_WRITEFUNCTION with CURLOPT_WRITEDATA = Transfer*: stops at the cap.
inline size_t onWrite(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    const size_t n = size * count;
    if (static_cast<qint64>(n) > t->cap - t->body.size()) {
        t->tooLarge = true;
        return 0; // anything but n aborts the transfer with CURLE_WRITE_ERROR
    }
    t->body.append(data, static_cast<qsizetype>(n));
    return n;
}

// CURLOPT_XFERINFOFUNCTION with CURLOPT_XFERINFODATA = Transfer*: honours the cancel flag.
inline int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* t = static_cast<Transfer*>(user);
    if (t->cancel && t->cancel->load(std::memory_order_relaxed)) {
        t->cancelled = true;
        return 1; // aborts with CURLE_ABORTED_BY_CALLBACK
    }
    return 0;
}

// Headers, in libcurl's own list type.
struct HeaderList
{
    curl_slist* list = nullptr;
    HeaderList() = default;
    HeaderList(const HeaderList&) = delete;
    HeaderList& operator=(const HeaderList&) = delete;
    ~HeaderList() { curl_slist_free_all(list); }
    void add(const char* header)
    {
        if (curl_slist* grown = curl_slist_append(list, header))
            list = grown;
    }
};

// One request to a JSON API (a data provider, a language model server): POST when body is set,
// GET otherwise; no redirects (a key must not follow one elsewhere), http(s) only, a body cap,
// cancellable. The same code for every API client, so a fix lands in all of them.
struct ApiRequest
{
    QByteArray url; // encoded
    const QByteArray* body = nullptr;
    QList<QByteArray> headers; // besides Accept/Content-Type: e.g. the key's header (never logged)
    qint64 totalTimeoutMs = 30000;
    qint64 connectTimeoutMs = 10000;
    QByteArray userAgent;
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    const std::atomic<bool>* cancel = nullptr;
};

struct ApiResponse
{
    CURLcode code = CURLE_OK;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    bool cancelled = false;
    bool tooLarge = false;
    QString detail; // curl's words, for failures
};

// On a fresh or reset handle; the handle keeps its connection cache for the next request.
inline ApiResponse performApi(CURL* curl, const ApiRequest& request)
{
    ApiResponse response;
    if (!curl) {
        response.code = CURLE_FAILED_INIT;
        response.detail = tr("could not start a request");
        return response;
    }
    Transfer transfer;
    transfer.cap = request.maxBodyBytes;
    transfer.cancel = request.cancel;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    HeaderList headers;
    headers.add("Accept: application/json");
    headers.add("Expect:"); // no 100-continue round trip
    if (request.body)
        headers.add("Content-Type: application/json");
    for (const QByteArray& h : request.headers)
        headers.add(h.constData());

    curl_easy_setopt(curl, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(request.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_USERAGENT, request.userAgent.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.list);
    if (request.body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, request.body->constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body->size()));
    }
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(request.maxBodyBytes));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &onWrite);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &transfer);
    // Never CURLOPT_VERBOSE: it would print the request headers, a key included.

    response.code = curl_easy_perform(curl);
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    response.status = static_cast<int>(status);
    curl_header* header = nullptr;
    if (curl_easy_header(curl, "Retry-After", 0, CURLH_HEADER, -1, &header) == CURLHE_OK && header && header->value)
        response.retryAfter = QByteArray(header->value).trimmed();
    response.cancelled = transfer.cancelled || response.code == CURLE_ABORTED_BY_CALLBACK;
    response.tooLarge = transfer.tooLarge || response.code == CURLE_FILESIZE_EXCEEDED;
    if (response.code != CURLE_OK)
        response.detail
            = errorBuffer[0] ? QString::fromUtf8(errorBuffer) : QString::fromUtf8(curl_easy_strerror(response.code));
    response.body = std::move(transfer.body);
    // The header list and the error buffer die with this scope.
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    return response;
}

} // namespace gd::core::curl
