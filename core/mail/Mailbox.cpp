#include "core/mail/Mailbox.h"

#include "core/Text.h"
#include "core/formats/EmailAddress.h"

#include <QRegularExpression>

namespace gd::core {

namespace {

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2").arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
}

bool plainText(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QString Mailbox::windowText() const
{
    return anyTime() ? QStringLiteral("any") : hhmm(windowStartMinute) + QLatin1Char('-') + hhmm(windowEndMinute);
}

bool Mailbox::setWindow(const QString& text)
{
    if (text == QLatin1String("any")) {
        windowStartMinute = windowEndMinute = 0;
        return true;
    }
    static const QRegularExpression re(QStringLiteral(R"(^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$)"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int start = m.captured(1).toInt() * 60 + m.captured(2).toInt();
    const int end = m.captured(3).toInt() * 60 + m.captured(4).toInt();
    if (start == end)
        return false;
    windowStartMinute = start;
    windowEndMinute = end;
    return true;
}

QStringList Mailbox::commonSentFolders()
{
    return { QStringLiteral("Sent"), QStringLiteral("Sent Items"), QStringLiteral("Sent Messages"),
        QStringLiteral("[Gmail]/Sent Mail"), QStringLiteral("INBOX.Sent"), QStringLiteral("Sent Mail") };
}

QStringList Mailbox::sentFolders() const
{
    return sentFolder.isEmpty() ? commonSentFolders() : QStringList { sentFolder };
}

QString Mailbox::domain() const
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).toLower();
}

QString Mailbox::passwordKey() const
{
    return QStringLiteral("mailbox/") + user + QLatin1Char('@') + smtpUrl.host();
}

MailServerAccount Mailbox::smtpAccount(const QString& password) const
{
    MailServerAccount a;
    a.url = smtpUrl;
    a.user = user;
    a.password = password;
    a.pinnedPublicKey = smtpPin;
    return a;
}

MailServerAccount Mailbox::imapAccount(const QString& password) const
{
    MailServerAccount a;
    a.url = imapUrl;
    a.user = user;
    a.password = password;
    a.pinnedPublicKey = imapPin;
    return a;
}

QString Mailbox::validate() const
{
    static const QRegularExpression nameSyntax(QStringLiteral(R"(^[A-Za-z0-9][A-Za-z0-9._\-]{0,63}$)"));
    if (!nameSyntax.match(name).hasMatch())
        return tr("a mailbox name is 1-64 letters, digits, dots, dashes or underscores");
    if (!EmailAddress::isValid(email))
        return tr("\"%1\" is not a valid email address").arg(email);
    if (!plainText(displayName) || displayName.size() > 200)
        return tr("the display name may not hold control characters");
    const QString smtp = smtpUrl.scheme();
    if (!smtpUrl.isValid() || smtpUrl.host().isEmpty()
        || (smtp != QLatin1String("smtp") && smtp != QLatin1String("smtps")) || !smtpUrl.userInfo().isEmpty()
        || (smtpUrl.path() != QString() && smtpUrl.path() != QLatin1String("/")))
        return tr("the SMTP server must look like smtp://host:587 or smtps://host:465");
    if (!imapUrl.isEmpty()) {
        const QString imap = imapUrl.scheme();
        if (!imapUrl.isValid() || imapUrl.host().isEmpty()
            || (imap != QLatin1String("imap") && imap != QLatin1String("imaps")) || !imapUrl.userInfo().isEmpty()
            || (imapUrl.path() != QString() && imapUrl.path() != QLatin1String("/")))
            return tr("the IMAP server must look like imap://host:143 or imaps://host:993");
    }
    if (user.isEmpty() || !plainText(user))
        return tr("a user name is needed to log in");
    if (dailyCap < 1 || dailyCap > 2000)
        return tr("the daily cap must be between 1 and 2000");
    if (warmupStartCap < 1 || warmupStartCap > dailyCap)
        return tr("the first day's cap must be between 1 and the daily cap");
    if (warmupStep < 0 || warmupStep > dailyCap)
        return tr("the warm-up step must be between 0 and the daily cap");
    if (gapSeconds < 0 || gapSeconds > 86400 || gapJitterSeconds < 0 || gapJitterSeconds > 86400)
        return tr("gaps between sends must be between 0 and 86400 seconds");
    if (!unsubscribeUrl.isEmpty()) {
        const QUrl u(unsubscribeUrl);
        if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty())
            return tr("the unsubscribe link must be an https URL");
    }
    if (!plainText(sentFolder) || sentFolder.size() > 200)
        return tr("the Sent folder's name may not hold control characters");
    if (!plainText(postalAddress.simplified()) || postalAddress.size() > 500)
        return tr("the postal address is too long or holds control characters");
    return {};
}

} // namespace gd::core
