#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace gd::core {

// A mailbox as in a header: "Greta Dubois <greta@x.example>".
struct MailAddress
{
    QString name;
    QString address; // lower case
};

// What GreenDoor sends. Everything a header needs is a field here; the raw message is built by
// MimeMessage::build() with GMime (RFC 5322/2045-2047), never by pasting strings.
struct OutgoingEmail
{
    MailAddress from;
    QList<MailAddress> to;
    QString subject;
    QString text; // the plain-text body (required)
    QString html; // optional: makes a multipart/alternative
    QString messageId; // without angle brackets; fixed before the first attempt
    QString inReplyTo; // without angle brackets
    QStringList references; // without angle brackets
    QDateTime date; // when the message is built; UTC if invalid: now
    QString listUnsubscribeMailto; // "unsubscribe@x.example?subject=unsubscribe" (without "mailto:")
    QString listUnsubscribeUrl; // https URL; adds List-Unsubscribe-Post (RFC 8058)
    QList<std::pair<QByteArray, QString>> extraHeaders; // e.g. { "X-GreenDoor-Outbox", "42" }
    // A meeting invitation (.ics, METHOD:REQUEST), as calendar services send one: a text/calendar
    // alternative of the body (calendar clients show it with accept/decline) and invite.ics
    // attached for the others.
    QByteArray calendar;
};

// A part that is not a body: noted, never stored.
struct MailAttachment
{
    QString fileName;
    QString contentType;
    qint64 size = 0;
};

// What GreenDoor reads from a raw message: decoded to UTF-8 from any charset or transfer encoding.
struct ParsedEmail
{
    QString messageId; // without angle brackets; empty when the message has none
    QString inReplyTo;
    QStringList references;
    MailAddress from;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QString subject;
    QDateTime date;
    QString text; // the text/plain body, or the HTML body converted to text
    QString html; // the text/html body when there is one
    QList<MailAttachment> attachments;
    QList<std::pair<QString, QString>> headers; // every top-level header, decoded, in order
    // A delivery status notification (RFC 3464), when the message is one.
    struct DeliveryStatus
    {
        QString recipient; // Final-Recipient (address only)
        QString action; // failed, delayed, delivered, relayed, expanded
        QString status; // x.y.z
        QString diagnostic;
    };
    QList<DeliveryStatus> deliveryStatus;
    bool isMultipartReport = false;
    // The Message-ID of the message a bounce or forward carries (message/rfc822 or
    // text/rfc822-headers part), when there is one.
    QString originalMessageId;

    QString header(const QString& name) const; // first value, case-insensitive name
};

class MimeMessage final
{
public:
    // The raw RFC 5322 message (CRLF line ends), or nullopt with error set when a field cannot be
    // put in a header (CR/LF in a header value, an invalid address, no recipient, no Message-ID).
    static std::optional<QByteArray> build(const OutgoingEmail& email, QString* error = nullptr);
    // Parses any raw message, however broken; nullopt only when it is not a message at all.
    static std::optional<ParsedEmail> parse(const QByteArray& raw, QString* error = nullptr);
    // A fresh Message-ID for a domain: "<random>@domain" without brackets.
    static QString newMessageId(const QString& domain);
};

} // namespace gd::core
