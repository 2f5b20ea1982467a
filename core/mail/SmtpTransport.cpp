#include "core/mail/SmtpTransport.h"

#include "core/Logging.h"
#include "core/Text.h"
#include "core/mail/MailCurl.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <cstring>

namespace gd::core {

namespace {

QByteArray baseUrl(const MailServerAccount& account)
{
    QUrl url = account.url;
    url.setPath(QString());
    url.setUserInfo(QString());
    return url.toEncoded();
}

SmtpTransport::Result finish(
    CURL* curl, CURLcode code, const mailcurl::Conversation& conversation, const curl::Transfer& transfer, bool allSent)
{
    SmtpTransport::Result r;
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    r.smtpCode = response;
    if (!conversation.serverLines.isEmpty())
        r.serverReply = QString::fromUtf8(conversation.serverLines.constLast()).trimmed();
    if (code != CURLE_OK) {
        // The refusal, not the goodbye that followed it ("221 Bye").
        for (auto it = conversation.serverLines.crbegin(); it != conversation.serverLines.crend(); ++it) {
            if (it->startsWith('4') || it->startsWith('5')) {
                r.serverReply = QString::fromUtf8(*it).trimmed();
                break;
            }
        }
    }
    static const QRegularExpression queued(
        QStringLiteral(R"(queued as\s+([A-Za-z0-9._\-]+))"), QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray& line : conversation.serverLines) {
        const auto m = queued.match(QString::fromUtf8(line));
        if (m.hasMatch())
            r.queueId = m.captured(1);
    }
    r.error = transfer.cancelled ? MailErrorKind::Cancelled : mailcurl::classify(code, response);
    if (r.error == MailErrorKind::Permanent) {
        // A 5xx before DATA, once RCPT TO went out, is about the recipient (a bounce), not the message.
        bool rcpt = false;
        bool data = false;
        for (const QByteArray& line : conversation.clientLines) {
            rcpt = rcpt || line.startsWith("RCPT TO");
            data = data || line.startsWith("DATA");
        }
        if (rcpt && !data)
            r.error = MailErrorKind::RecipientRejected;
    }
    // Everything uploaded and then silence: it may have been accepted.
    r.outcomeUnknown = !r.ok() && allSent && response < 400
        && (r.error == MailErrorKind::ConnectionLost || r.error == MailErrorKind::Timeout
            || r.error == MailErrorKind::Cancelled);
    if (!r.ok()) {
        r.detail = mailErrorText(r.error);
        if (!r.serverReply.isEmpty() && r.error != MailErrorKind::Auth)
            r.detail += QStringLiteral(" (") + r.serverReply + QLatin1Char(')');
        else if (code != CURLE_OK)
            r.detail += QStringLiteral(" (") + QString::fromUtf8(curl_easy_strerror(code)) + QLatin1Char(')');
    }
    return r;
}

} // namespace

SmtpTransport::Result SmtpTransport::send(const MailServerAccount& account, const QString& envelopeFrom,
    const QStringList& recipients, const QByteArray& rawMessage, const std::atomic<bool>* cancel)
{
    curl::initOnce();
    // One connection per thread and login, kept open between messages (STARTTLS and AUTH once,
    // as a mail client does); dropped after any failure and after a minute of silence.
    struct Cached
    {
        QByteArray key;
        CURL* curl = nullptr;
        QElapsedTimer idle;
        ~Cached()
        {
            if (curl)
                curl_easy_cleanup(curl);
        }
        void drop()
        {
            if (curl)
                curl_easy_cleanup(curl);
            curl = nullptr;
        }
    };
    thread_local Cached cached;
    const QByteArray identity = account.url.toEncoded() + '\n' + account.user.toUtf8() + '\n'
        + account.password.toUtf8() + '\n' + account.pinnedPublicKey + '\n' + account.caFile.toUtf8();
    const QByteArray key = QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
    if (cached.curl && (cached.key != key || !cached.idle.isValid() || cached.idle.elapsed() > 60'000))
        cached.drop();
    if (!cached.curl) {
        cached.curl = curl_easy_init();
        cached.key = key;
    } else {
        curl_easy_reset(cached.curl); // options only: the open connection stays
    }
    CURL* curl = cached.curl;
    if (!curl)
        return Result { MailErrorKind::Other, 0, {}, {}, false, tr("libcurl could not start") };
    mailcurl::Conversation conversation;
    curl::Transfer transfer;
    transfer.cap = 1024 * 1024;
    transfer.cancel = cancel;
    mailcurl::configure(curl, account, baseUrl(account), &conversation, &transfer);
    const QByteArray from = (QLatin1Char('<') + envelopeFrom + QLatin1Char('>')).toUtf8();
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl::HeaderList rcpt;
    for (const QString& r : recipients) {
        const QByteArray one = (QLatin1Char('<') + r + QLatin1Char('>')).toUtf8();
        rcpt.add(one.constData());
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt.list);
    mailcurl::Upload upload { &rawMessage, 0 };
    mailcurl::setUpload(curl, &upload);
    const CURLcode code = curl_easy_perform(curl);
    Result r = finish(curl, code, conversation, transfer, upload.allSent());
    if (r.ok())
        cached.idle.start();
    else
        cached.drop();
    return r;
}

SmtpTransport::Result SmtpTransport::test(const MailServerAccount& account, const std::atomic<bool>* cancel)
{
    curl::initOnce();
    CURL* curl = curl_easy_init();
    if (!curl)
        return Result { MailErrorKind::Other, 0, {}, {}, false, tr("libcurl could not start") };
    mailcurl::Conversation conversation;
    curl::Transfer transfer;
    transfer.cap = 64 * 1024;
    transfer.cancel = cancel;
    mailcurl::configure(curl, account, baseUrl(account), &conversation, &transfer);
    // CONNECT_ONLY stops after the connection, TLS and authentication (libcurl logs in during
    // connect for SMTP).
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    const CURLcode code = curl_easy_perform(curl);
    Result r = finish(curl, code, conversation, transfer, false);
    curl_easy_cleanup(curl);
    return r;
}

} // namespace gd::core
