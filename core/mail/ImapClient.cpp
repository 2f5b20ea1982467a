#include "core/mail/ImapClient.h"

#include "core/Text.h"
#include "core/mail/MailCurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <cstring>

namespace gd::core {

namespace {

// A folder name as one URL path segment ("INBOX", "Sent Items").
QByteArray folderPath(const QString& folder)
{
    return QUrl::toPercentEncoding(folder);
}

QList<qint64> searchResult(const QByteArray& body)
{
    QList<qint64> uids;
    for (const QByteArray& line : body.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.startsWith("* SEARCH"))
            continue;
        for (const QByteArray& token : t.mid(8).split(' ')) {
            bool ok = false;
            const qint64 uid = token.toLongLong(&ok);
            if (ok && uid > 0)
                uids << uid;
        }
    }
    std::sort(uids.begin(), uids.end());
    return uids;
}

bool plainToken(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || c == QLatin1Char('"') || c == QLatin1Char('\\'))
            return false;
    }
    return !text.isEmpty();
}

} // namespace

ImapClient::ImapClient(MailServerAccount account)
    : m_account(std::move(account))
{
}

ImapClient::~ImapClient()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

std::optional<QByteArray> ImapClient::run(const QString& folder, const QByteArray& command, const QByteArray& suffix,
    qint64 maxBytes, const std::atomic<bool>* cancel, const QByteArray* upload)
{
    m_error = MailErrorKind::None;
    m_detail.clear();
    curl::initOnce();
    // One handle for the client's life: libcurl keeps the logged-in connection open between
    // commands (a sync fetching hundreds of messages logs in once, not once per message).
    if (!m_curl)
        m_curl = curl_easy_init();
    else
        curl_easy_reset(m_curl);
    CURL* curl = m_curl;
    if (!curl) {
        m_error = MailErrorKind::Other;
        m_detail = tr("libcurl could not start");
        return std::nullopt;
    }
    QUrl base = m_account.url;
    base.setPath(QString());
    base.setUserInfo(QString());
    QByteArray url = base.toEncoded() + '/';
    if (!folder.isEmpty())
        url += folderPath(folder) + suffix;
    mailcurl::Conversation conversation;
    curl::Transfer transfer;
    transfer.cap = maxBytes;
    transfer.cancel = cancel;
    mailcurl::configure(curl, m_account, url, &conversation, &transfer);
    if (!command.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, command.constData());
    mailcurl::Upload up { upload, 0 };
    if (upload)
        mailcurl::setUpload(curl, &up);
    const CURLcode code = curl_easy_perform(curl);
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    if (code != CURLE_OK) {
        // After a failure start afresh: the connection may be in any state.
        curl_easy_cleanup(curl);
        m_curl = nullptr;
    }
    if (code == CURLE_OK)
        return transfer.body;
    m_error = transfer.cancelled ? MailErrorKind::Cancelled
        : transfer.tooLarge      ? MailErrorKind::TooLarge
                                 : mailcurl::classify(code, response);
    // IMAP answers NO/BAD rather than numbers: a refused login shows as a failed LOGIN.
    if (m_error == MailErrorKind::Other || m_error == MailErrorKind::Permanent) {
        for (const QByteArray& line : conversation.serverLines) {
            const QByteArray upper = line.toUpper();
            if (upper.contains("AUTHENTICATIONFAILED") || upper.contains("AUTHENTICATION FAILED"))
                m_error = MailErrorKind::Auth;
            else if (upper.contains("NONEXISTENT") || upper.contains("MAILBOX DOESN'T EXIST"))
                m_error = MailErrorKind::MailboxNotFound;
        }
    }
    m_detail = mailErrorText(m_error) + QStringLiteral(" (") + QString::fromUtf8(curl_easy_strerror(code))
        + QLatin1Char(')');
    return std::nullopt;
}

bool ImapClient::test(const std::atomic<bool>* cancel)
{
    return run(QString(), QByteArrayLiteral("CAPABILITY"), {}, 64 * 1024, cancel).has_value();
}

std::optional<ImapClient::FolderStatus> ImapClient::status(const QString& folder, const std::atomic<bool>* cancel)
{
    if (!plainToken(folder) && folder != QLatin1String("INBOX")) {
        m_error = MailErrorKind::MailboxNotFound;
        m_detail = tr("unsupported folder name");
        return std::nullopt;
    }
    const QByteArray command = "STATUS \"" + folder.toUtf8() + "\" (UIDVALIDITY UIDNEXT MESSAGES)";
    const auto body = run(QString(), command, {}, 64 * 1024, cancel);
    if (!body)
        return std::nullopt;
    static const QRegularExpression number(QStringLiteral(R"((UIDVALIDITY|UIDNEXT|MESSAGES)\s+(\d+))"));
    FolderStatus s;
    bool any = false;
    auto it = number.globalMatch(QString::fromUtf8(*body));
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 v = m.captured(2).toLongLong();
        any = true;
        if (m.captured(1) == QLatin1String("UIDVALIDITY"))
            s.uidValidity = v;
        else if (m.captured(1) == QLatin1String("UIDNEXT"))
            s.uidNext = v;
        else
            s.messages = v;
    }
    if (!any) {
        m_error = MailErrorKind::MailboxNotFound;
        m_detail = mailErrorText(m_error);
        return std::nullopt;
    }
    return s;
}

std::optional<QList<qint64>> ImapClient::uidsFrom(
    const QString& folder, qint64 fromUid, const std::atomic<bool>* cancel)
{
    const QByteArray command = "UID SEARCH UID " + QByteArray::number(std::max<qint64>(1, fromUid)) + ":*";
    const auto body = run(folder, command, {}, 16 * 1024 * 1024, cancel);
    if (!body)
        return std::nullopt;
    // "n:*" always matches the last message, even when its UID is below n.
    QList<qint64> uids = searchResult(*body);
    uids.removeIf([fromUid](qint64 uid) { return uid < fromUid; });
    return uids;
}

std::optional<QList<qint64>> ImapClient::findMessageId(
    const QString& folder, const QString& messageId, const std::atomic<bool>* cancel)
{
    if (!plainToken(messageId)) {
        m_error = MailErrorKind::Other;
        m_detail = tr("invalid Message-ID");
        return std::nullopt;
    }
    const QByteArray command = "UID SEARCH HEADER Message-ID \"<" + messageId.toUtf8() + ">\"";
    const auto body = run(folder, command, {}, 1024 * 1024, cancel);
    if (!body)
        return std::nullopt;
    return searchResult(*body);
}

std::optional<QByteArray> ImapClient::fetch(
    const QString& folder, qint64 uidValidity, qint64 uid, qint64 maxBytes, const std::atomic<bool>* cancel)
{
    const QByteArray suffix = ";UIDVALIDITY=" + QByteArray::number(uidValidity) + ";UID=" + QByteArray::number(uid);
    return run(folder, {}, suffix, maxBytes, cancel);
}

std::optional<QByteArray> ImapClient::fetchHeader(
    const QString& folder, qint64 uidValidity, qint64 uid, const std::atomic<bool>* cancel)
{
    const QByteArray suffix
        = ";UIDVALIDITY=" + QByteArray::number(uidValidity) + ";UID=" + QByteArray::number(uid) + ";SECTION=HEADER";
    return run(folder, {}, suffix, 1024 * 1024, cancel);
}

bool ImapClient::append(const QString& folder, const QByteArray& raw, const std::atomic<bool>* cancel)
{
    if (run(folder, {}, {}, 64 * 1024, cancel, &raw))
        return true;
    if (m_error != MailErrorKind::MailboxNotFound && m_error != MailErrorKind::Other
        && m_error != MailErrorKind::Permanent)
        return false;
    // APPEND to a folder that does not exist yet: create it once, then try again.
    if (!plainToken(folder) || !run(QString(), "CREATE \"" + folder.toUtf8() + '"', {}, 64 * 1024, cancel))
        return false;
    return run(folder, {}, {}, 64 * 1024, cancel, &raw).has_value();
}

} // namespace gd::core
