#include "core/mail/MailboxCheck.h"

#include "core/Text.h"
#include "core/mail/ImapClient.h"
#include "core/mail/SmtpTransport.h"

namespace gd::core {

MailboxCheck::Result MailboxCheck::test(
    const Mailbox& mailbox, const QString& password, const std::atomic<bool>* cancel)
{
    Result result;
    const SmtpTransport::Result smtp = SmtpTransport::test(mailbox.smtpAccount(password), cancel);
    result.smtp = Server { mailbox.smtpUrl.toString(), smtp.ok(), smtp.error, smtp.ok() ? QString() : smtp.detail };
    if (!mailbox.imapUrl.isEmpty()) {
        ImapClient imap(mailbox.imapAccount(password));
        const auto status = imap.status(QStringLiteral("INBOX"), cancel);
        result.imap = Server { mailbox.imapUrl.toString(), status.has_value(),
            status ? MailErrorKind::None : imap.error(), status ? QString() : imap.errorDetail() };
    }
    return result;
}

MailboxCheck::Certificates MailboxCheck::fetchCertificates(const Mailbox& mailbox)
{
    Certificates result;
    result.smtp = ServerCertificate::fetch(mailbox.smtpUrl);
    if (result.smtp.pin.isEmpty())
        result.error = tr("could not read the SMTP server's certificate: %1").arg(result.smtp.error);
    if (!mailbox.imapUrl.isEmpty()) {
        result.imap = ServerCertificate::fetch(mailbox.imapUrl);
        if (result.imap->pin.isEmpty() && result.error.isEmpty())
            result.error = tr("could not read the IMAP server's certificate: %1").arg(result.imap->error);
    }
    return result;
}

void MailboxCheck::trust(Mailbox* mailbox, const Certificates& certificates)
{
    mailbox->smtpPin = certificates.smtp.pin;
    mailbox->imapPin = certificates.imap ? certificates.imap->pin : QByteArray();
}

} // namespace gd::core
