#pragma once

// libcurl plumbing shared by HttpFetcher and ProviderConnector (core-internal; include only
// from .cpp files that link libcurl).

#include <QByteArray>
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

} // namespace gd::core::curl
