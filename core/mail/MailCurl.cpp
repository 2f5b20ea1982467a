#include "core/mail/MailCurl.h"

#include "core/Text.h"

#include <algorithm>
#include <cstring>

namespace gd::core {

QString mailErrorText(MailErrorKind kind)
{
    switch (kind) {
    case MailErrorKind::None:
        return tr("no error");
    case MailErrorKind::Dns:
        return tr("the server's name could not be resolved (DNS)");
    case MailErrorKind::Connect:
        return tr("nothing answers on that host and port (TCP)");
    case MailErrorKind::Tls:
        return tr("the secure connection failed (TLS certificate or STARTTLS)");
    case MailErrorKind::Auth:
        return tr("the server refused the user name or password");
    case MailErrorKind::MailboxNotFound:
        return tr("the mailbox folder was not found");
    case MailErrorKind::Timeout:
        return tr("the server did not answer in time");
    case MailErrorKind::Temporary:
        return tr("the server asked to try again later");
    case MailErrorKind::Permanent:
        return tr("the server refused the message");
    case MailErrorKind::RecipientRejected:
        return tr("the server refused the recipient");
    case MailErrorKind::ConnectionLost:
        return tr("the connection was lost");
    case MailErrorKind::Cancelled:
        return tr("cancelled");
    case MailErrorKind::TooLarge:
        return tr("the message is too large");
    case MailErrorKind::Other:
        break;
    }
    return tr("the mail server failed");
}

namespace mailcurl {

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto* c = static_cast<Conversation*>(user);
    if (type != CURLINFO_HEADER_IN && type != CURLINFO_HEADER_OUT)
        return 0;
    const QByteArray chunk(data, static_cast<qsizetype>(size));
    QList<QByteArray>& lines = type == CURLINFO_HEADER_IN ? c->serverLines : c->clientLines;
    for (const QByteArray& line : chunk.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        // Never keep what carries credentials: of our own lines only plain protocol verbs stay.
        bool keep = type == CURLINFO_HEADER_IN;
        if (!keep) {
            static const char* const verbs[]
                = { "EHLO", "HELO", "MAIL FROM", "RCPT TO", "DATA", "QUIT", "STARTTLS", "RSET", "NOOP" };
            for (const char* verb : verbs)
                keep = keep || trimmed.startsWith(verb);
            const QByteArray upper = trimmed.toUpper();
            keep = keep
                || (upper.contains(" SELECT ") || upper.contains(" EXAMINE ") || upper.contains(" UID ")
                    || upper.contains(" STATUS ") || upper.contains(" APPEND ") || upper.contains(" CAPABILITY"));
            keep = keep && !upper.contains("LOGIN") && !upper.contains("AUTHENTICATE") && !upper.startsWith("AUTH");
        }
        lines.append(keep ? trimmed.left(512) : QByteArray("[redacted]"));
        if (lines.size() > 200)
            lines.removeFirst();
    }
    return 0;
}

size_t onRead(char* buffer, size_t size, size_t count, void* user)
{
    auto* u = static_cast<Upload*>(user);
    const qsizetype n = std::min<qsizetype>(u->data->size() - u->offset, static_cast<qsizetype>(size * count));
    if (n > 0) {
        std::memcpy(buffer, u->data->constData() + u->offset, static_cast<size_t>(n));
        u->offset += n;
    }
    return static_cast<size_t>(n);
}

void setUpload(CURL* curl, Upload* upload)
{
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, &onRead);
    curl_easy_setopt(curl, CURLOPT_READDATA, upload);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload->data->size()));
}

void configure(CURL* curl, const MailServerAccount& account, const QByteArray& url, Conversation* conversation,
    curl::Transfer* transfer)
{
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    const QByteArray user = account.user.toUtf8();
    const QByteArray password = account.password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData()); // libcurl copies strings
    curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(account.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(account.timeoutMs));
    const QString scheme = account.url.scheme();
    if (scheme == QLatin1String("smtp") || scheme == QLatin1String("imap"))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!account.pinnedPublicKey.isEmpty()) {
        // The user trusted exactly this key: no CA needed, but nothing else is accepted.
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, account.pinnedPublicKey.constData());
    } else {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!account.caFile.isEmpty()) {
            const QByteArray ca = account.caFile.toLocal8Bit();
            curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
        }
    }
    if (conversation) {
        curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);
        curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, &onDebug);
        curl_easy_setopt(curl, CURLOPT_DEBUGDATA, conversation);
    }
    if (transfer) {
        curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &curl::onWrite);
        curl_easy_setopt(curl, CURLOPT_WRITEDATA, transfer);
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &curl::onProgress);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, transfer);
    }
}

MailErrorKind classify(CURLcode code, long responseCode)
{
    switch (code) {
    case CURLE_OK:
        return MailErrorKind::None;
    case CURLE_COULDNT_RESOLVE_HOST:
        return MailErrorKind::Dns;
    case CURLE_COULDNT_CONNECT:
        return MailErrorKind::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        return MailErrorKind::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_INVALIDCERTSTATUS:
        return MailErrorKind::Tls;
    case CURLE_LOGIN_DENIED:
        return MailErrorKind::Auth;
    case CURLE_ABORTED_BY_CALLBACK:
        return MailErrorKind::Cancelled;
    case CURLE_REMOTE_FILE_NOT_FOUND:
        return MailErrorKind::MailboxNotFound;
    case CURLE_WRITE_ERROR:
        return MailErrorKind::TooLarge;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        if (responseCode >= 500)
            return MailErrorKind::Permanent;
        if (responseCode >= 400)
            return MailErrorKind::Temporary;
        return MailErrorKind::ConnectionLost;
    default:
        break;
    }
    if (responseCode == 535 || responseCode == 534 || responseCode == 530)
        return MailErrorKind::Auth;
    if (responseCode >= 500)
        return MailErrorKind::Permanent;
    if (responseCode >= 400)
        return MailErrorKind::Temporary;
    return MailErrorKind::Other;
}

} // namespace mailcurl
} // namespace gd::core
