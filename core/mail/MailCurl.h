#pragma once

// libcurl set-up shared by SmtpTransport and ImapClient (mail-internal; include only from .cpp
// files that link libcurl).

#include "core/mail/MailServerAccount.h"
#include "core/net/CurlTransfer.h"

#include <QByteArray>
#include <QList>
#include <curl/curl.h>

namespace gd::core::mailcurl {

// The server's reply lines (what libcurl's debug callback sees as CURLINFO_HEADER_IN) and how
// much of our upload went out, for classifying failures.
struct Conversation
{
    QList<QByteArray> serverLines;
    QList<QByteArray> clientLines;
};

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user);

// A message handed to libcurl for SMTP DATA or IMAP APPEND.
struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
    bool allSent() const { return data && offset == data->size(); }
};

// CURLOPT_READFUNCTION with CURLOPT_READDATA = Upload*.
size_t onRead(char* buffer, size_t size, size_t count, void* user);
// Sets the upload options for raw on curl (UPLOAD, READFUNCTION/DATA, INFILESIZE).
void setUpload(CURL* curl, Upload* upload);

// URL, credentials, TLS policy (STARTTLS required on plain ports; a pinned key replaces CA
// verification only when the user trusted that certificate), timeouts, the debug capture.
void configure(CURL* curl, const MailServerAccount& account, const QByteArray& url, Conversation* conversation,
    curl::Transfer* transfer);

// What a failed transfer means for the user.
MailErrorKind classify(CURLcode code, long responseCode);

} // namespace gd::core::mailcurl
