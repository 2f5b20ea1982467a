// The only file that speaks GMime (and so GLib): compiled with QT_NO_KEYWORDS because GLib's
// headers use `signals` as a member name. No GLib type leaves this file.
#include "core/mail/MimeMessage.h"

#include "core/formats/EmailAddress.h"
#include "core/net/HtmlText.h"

#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>
#include <gmime/gmime.h>
#include <memory>
#include <mutex>

namespace gd::core {

namespace {

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

struct GObjectDeleter
{
    void operator()(gpointer p) const
    {
        if (p)
            g_object_unref(p);
    }
};
template<typename T>
using GPtr = std::unique_ptr<T, GObjectDeleter>;

struct GFreeDeleter
{
    void operator()(gpointer p) const { g_free(p); }
};
using GString_ = std::unique_ptr<char, GFreeDeleter>;

QString fromUtf8(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// Body text with LF line ends, as the rest of GreenDoor keeps text.
QString bodyText(const char* s)
{
    QString text = fromUtf8(s);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return text;
}

bool hasLineBreak(const QString& value)
{
    for (const QChar c : value) {
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QChar(0))
            return true;
    }
    return false;
}

bool validMessageId(const QString& id)
{
    // id-left "@" id-right, printable ASCII without brackets, spaces or line breaks.
    if (id.isEmpty() || id.size() > 250 || !id.contains(QLatin1Char('@')))
        return false;
    for (const QChar c : id) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
    }
    return true;
}

InternetAddress* mailbox(const MailAddress& a)
{
    const QByteArray name = a.name.toUtf8();
    const QByteArray addr = a.address.toUtf8();
    InternetAddress* ia = internet_address_mailbox_new(name.isEmpty() ? nullptr : name.constData(), addr.constData());
    internet_address_set_charset(ia, "utf-8"); // encoded words in UTF-8, never a guessed legacy charset
    return ia;
}

GMimeTextPart* textPart(const char* subtype, const QString& body)
{
    GMimeTextPart* part = g_mime_text_part_new_with_subtype(subtype);
    QString normalized = body;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QByteArray utf8 = normalized.toUtf8();
    // The UTF-8 bytes as they are (g_mime_text_part_set_text would re-encode to a "best" charset).
    GMimeStream* stream = g_mime_stream_mem_new_with_buffer(utf8.constData(), static_cast<size_t>(utf8.size()));
    GMimeDataWrapper* content = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_object_unref(stream);
    g_mime_part_set_content(GMIME_PART(part), content);
    g_object_unref(content);
    g_mime_text_part_set_charset(part, "utf-8");
    g_mime_part_set_content_encoding(GMIME_PART(part), GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE);
    return part;
}

QList<MailAddress> addresses(InternetAddressList* list)
{
    QList<MailAddress> out;
    if (!list)
        return out;
    const int n = internet_address_list_length(list);
    for (int i = 0; i < n; ++i) {
        InternetAddress* ia = internet_address_list_get_address(list, i);
        if (INTERNET_ADDRESS_IS_MAILBOX(ia)) {
            out.append({ fromUtf8(internet_address_get_name(ia)),
                fromUtf8(internet_address_mailbox_get_addr(INTERNET_ADDRESS_MAILBOX(ia))).toLower() });
        } else if (INTERNET_ADDRESS_IS_GROUP(ia)) {
            out += addresses(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)));
        }
    }
    return out;
}

QStringList referenceIds(const char* header)
{
    QStringList ids;
    if (!header)
        return ids;
    GMimeReferences* refs = g_mime_references_parse(nullptr, header);
    if (!refs)
        return ids;
    const int n = g_mime_references_length(refs);
    for (int i = 0; i < n; ++i)
        ids << fromUtf8(g_mime_references_get_message_id(refs, i));
    g_mime_references_free(refs);
    return ids;
}

QByteArray partContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return {};
    GPtr<GMimeStream> stream(g_mime_stream_mem_new());
    g_mime_data_wrapper_write_to_stream(content, stream.get());
    GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream.get()));
    return QByteArray(reinterpret_cast<const char*>(bytes->data), static_cast<qsizetype>(bytes->len));
}

// "rfc822; greta@x.example" -> "greta@x.example"
QString afterType(const QString& value)
{
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    return (semi >= 0 ? value.mid(semi + 1) : value).trimmed();
}

void parseDeliveryStatus(const QByteArray& body, ParsedEmail& out)
{
    // Header-like groups separated by blank lines: the first is per message, the rest per recipient.
    QString text = QString::fromUtf8(body);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList groups = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (qsizetype g = 1; g < groups.size(); ++g) {
        ParsedEmail::DeliveryStatus ds;
        QString lastName;
        for (const QString& rawLine : groups.at(g).split(QLatin1Char('\n'))) {
            if (rawLine.isEmpty())
                continue;
            if (rawLine.front().isSpace() && !lastName.isEmpty()) {
                if (lastName == QLatin1String("diagnostic-code"))
                    ds.diagnostic += QLatin1Char(' ') + rawLine.trimmed();
                continue;
            }
            const qsizetype colon = rawLine.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                continue;
            lastName = rawLine.left(colon).trimmed().toLower();
            const QString value = rawLine.mid(colon + 1).trimmed();
            if (lastName == QLatin1String("final-recipient"))
                ds.recipient = afterType(value).toLower();
            else if (lastName == QLatin1String("original-recipient") && ds.recipient.isEmpty())
                ds.recipient = afterType(value).toLower();
            else if (lastName == QLatin1String("action"))
                ds.action = value.toLower();
            else if (lastName == QLatin1String("status"))
                ds.status = value.section(QLatin1Char(' '), 0, 0);
            else if (lastName == QLatin1String("diagnostic-code"))
                ds.diagnostic = afterType(value);
        }
        if (!ds.recipient.isEmpty() || !ds.status.isEmpty())
            out.deliveryStatus.append(ds);
    }
}

struct Walk
{
    ParsedEmail* out;
};

void visitPart(GMimeObject* parent, GMimeObject* part, gpointer user)
{
    Q_UNUSED(parent)
    auto* walk = static_cast<Walk*>(user);
    ParsedEmail& out = *walk->out;
    GMimeContentType* type = g_mime_object_get_content_type(part);
    if (GMIME_IS_MESSAGE_PART(part)) {
        // message/rfc822 inside (a bounce's original, a forward): noted by its Message-ID only.
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        if (inner && out.originalMessageId.isEmpty())
            out.originalMessageId = fromUtf8(g_mime_message_get_message_id(inner));
        return;
    }
    if (!GMIME_IS_PART(part))
        return;
    GMimePart* leaf = GMIME_PART(part);
    const bool attachment = g_mime_part_is_attachment(leaf);
    if (g_mime_content_type_is_type(type, "message", "delivery-status")) {
        parseDeliveryStatus(partContent(leaf), out);
        return;
    }
    if (g_mime_content_type_is_type(type, "text", "rfc822-headers")) {
        const QByteArray headers = partContent(leaf);
        for (const QByteArray& line : headers.split('\n')) {
            if (line.toLower().startsWith("message-id:") && out.originalMessageId.isEmpty())
                out.originalMessageId
                    = QString::fromUtf8(line.mid(11)).trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        }
        return;
    }
    if (!attachment && GMIME_IS_TEXT_PART(part)) {
        GString_ text(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
        if (g_mime_content_type_is_type(type, "text", "plain")) {
            if (out.text.isEmpty())
                out.text = bodyText(text.get());
            return;
        }
        if (g_mime_content_type_is_type(type, "text", "html")) {
            if (out.html.isEmpty())
                out.html = bodyText(text.get());
            return;
        }
    }
    MailAttachment a;
    a.fileName = fromUtf8(g_mime_part_get_filename(leaf));
    GString_ mime(g_mime_content_type_get_mime_type(type));
    a.contentType = fromUtf8(mime.get());
    a.size = partContent(leaf).size();
    out.attachments.append(a);
}

} // namespace

QString ParsedEmail::header(const QString& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString MimeMessage::newMessageId(const QString& domain)
{
    const QString id = QUuid::createUuid().toString(QUuid::Id128);
    return id + QLatin1Char('@') + (domain.isEmpty() ? QStringLiteral("greendoor.invalid") : domain);
}

std::optional<QByteArray> MimeMessage::build(const OutgoingEmail& email, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    initGMime();
    if (!EmailAddress::isValid(email.from.address))
        return fail(QStringLiteral("invalid sender address"));
    if (email.to.isEmpty())
        return fail(QStringLiteral("no recipient"));
    for (const MailAddress& a : email.to) {
        if (!EmailAddress::isValid(a.address) || hasLineBreak(a.name))
            return fail(QStringLiteral("invalid recipient \"%1\"").arg(a.address));
    }
    if (hasLineBreak(email.from.name) || hasLineBreak(email.subject))
        return fail(QStringLiteral("a line break in a header value"));
    if (!validMessageId(email.messageId))
        return fail(QStringLiteral("invalid Message-ID"));
    if (!email.inReplyTo.isEmpty() && !validMessageId(email.inReplyTo))
        return fail(QStringLiteral("invalid In-Reply-To"));
    for (const QString& r : email.references) {
        if (!validMessageId(r))
            return fail(QStringLiteral("invalid References"));
    }
    for (const auto& h : email.extraHeaders) {
        if (hasLineBreak(h.second) || h.first.isEmpty() || h.first.contains(':') || h.first.contains(' '))
            return fail(QStringLiteral("invalid header %1").arg(QString::fromLatin1(h.first)));
    }
    if (hasLineBreak(email.listUnsubscribeMailto) || hasLineBreak(email.listUnsubscribeUrl))
        return fail(QStringLiteral("a line break in List-Unsubscribe"));
    if (!email.listUnsubscribeUrl.isEmpty()) {
        const QUrl url(email.listUnsubscribeUrl);
        if (!url.isValid() || url.scheme() != QLatin1String("https"))
            return fail(QStringLiteral("the unsubscribe link must be an https URL"));
    }

    GPtr<GMimeMessage> message(g_mime_message_new(TRUE));
    GMimeObject* object = GMIME_OBJECT(message.get());
    InternetAddress* sender = mailbox(email.from);
    internet_address_list_add(g_mime_message_get_from(message.get()), sender);
    g_object_unref(sender);
    InternetAddressList* to = g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO);
    for (const MailAddress& a : email.to) {
        InternetAddress* ia = mailbox(a);
        internet_address_list_add(to, ia);
        g_object_unref(ia);
    }
    const QByteArray subject = email.subject.toUtf8();
    g_mime_message_set_subject(message.get(), subject.constData(), "utf-8");
    const QByteArray messageId = email.messageId.toUtf8();
    g_mime_message_set_message_id(message.get(), messageId.constData());
    const QDateTime when = email.date.isValid() ? email.date : QDateTime::currentDateTimeUtc();
    GDateTime* date = g_date_time_new_from_unix_utc(when.toSecsSinceEpoch());
    g_mime_message_set_date(message.get(), date);
    g_date_time_unref(date);
    if (!email.inReplyTo.isEmpty()) {
        const QByteArray v = (QLatin1Char('<') + email.inReplyTo + QLatin1Char('>')).toUtf8();
        g_mime_object_set_header(object, "In-Reply-To", v.constData(), nullptr);
    }
    if (!email.references.isEmpty()) {
        QStringList wrapped;
        for (const QString& r : email.references)
            wrapped << QLatin1Char('<') + r + QLatin1Char('>');
        const QByteArray v = wrapped.join(QLatin1Char(' ')).toUtf8();
        g_mime_object_set_header(object, "References", v.constData(), nullptr);
    }
    QStringList unsubscribe;
    if (!email.listUnsubscribeUrl.isEmpty())
        unsubscribe << QLatin1Char('<') + email.listUnsubscribeUrl + QLatin1Char('>');
    if (!email.listUnsubscribeMailto.isEmpty())
        unsubscribe << QStringLiteral("<mailto:") + email.listUnsubscribeMailto + QLatin1Char('>');
    if (!unsubscribe.isEmpty()) {
        const QByteArray v = unsubscribe.join(QStringLiteral(", ")).toUtf8();
        g_mime_object_set_header(object, "List-Unsubscribe", v.constData(), nullptr);
        if (!email.listUnsubscribeUrl.isEmpty())
            g_mime_object_set_header(object, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click", nullptr);
    }
    for (const auto& h : email.extraHeaders) {
        const QByteArray v = h.second.toUtf8();
        g_mime_object_set_header(object, h.first.constData(), v.constData(), "utf-8");
    }

    GMimeTextPart* plain = textPart("plain", email.text);
    if (!email.calendar.isEmpty()) {
        GMimeMultipart* mixed = g_mime_multipart_new_with_subtype("mixed");
        GMimeMultipart* alternative = g_mime_multipart_new_with_subtype("alternative");
        g_mime_multipart_add(alternative, GMIME_OBJECT(plain));
        g_object_unref(plain);
        if (!email.html.isEmpty()) {
            GMimeTextPart* html = textPart("html", email.html);
            g_mime_multipart_add(alternative, GMIME_OBJECT(html));
            g_object_unref(html);
        }
        GMimeTextPart* calendar = textPart("calendar", QString::fromUtf8(email.calendar));
        g_mime_object_set_content_type_parameter(GMIME_OBJECT(calendar), "method", "REQUEST");
        g_mime_multipart_add(alternative, GMIME_OBJECT(calendar));
        g_object_unref(calendar);
        g_mime_multipart_add(mixed, GMIME_OBJECT(alternative));
        g_object_unref(alternative);
        GMimePart* file = g_mime_part_new_with_type("application", "ics");
        GMimeStream* stream
            = g_mime_stream_mem_new_with_buffer(email.calendar.constData(), static_cast<size_t>(email.calendar.size()));
        GMimeDataWrapper* content = g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
        g_object_unref(stream);
        g_mime_part_set_content(file, content);
        g_object_unref(content);
        g_mime_part_set_content_encoding(file, GMIME_CONTENT_ENCODING_BASE64);
        g_mime_part_set_filename(file, "invite.ics");
        g_mime_multipart_add(mixed, GMIME_OBJECT(file));
        g_object_unref(file);
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(mixed));
        g_object_unref(mixed);
    } else if (email.html.isEmpty()) {
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(plain));
        g_object_unref(plain);
    } else {
        GMimeMultipart* alternative = g_mime_multipart_new_with_subtype("alternative");
        GMimeTextPart* html = textPart("html", email.html);
        g_mime_multipart_add(alternative, GMIME_OBJECT(plain));
        g_mime_multipart_add(alternative, GMIME_OBJECT(html));
        g_object_unref(plain);
        g_object_unref(html);
        g_mime_message_set_mime_part(message.get(), GMIME_OBJECT(alternative));
        g_object_unref(alternative);
    }

    GMimeFormatOptions* options = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(options, GMIME_NEWLINE_FORMAT_DOS);
    GString_ text(g_mime_object_to_string(object, options));
    g_mime_format_options_free(options);
    if (!text)
        return fail(QStringLiteral("the message could not be written"));
    return QByteArray(text.get());
}

std::optional<ParsedEmail> MimeMessage::parse(const QByteArray& raw, QString* error)
{
    initGMime();
    GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size())));
    GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    if (!message) {
        if (error)
            *error = QStringLiteral("not a mail message");
        return std::nullopt;
    }
    ParsedEmail out;
    out.messageId = fromUtf8(g_mime_message_get_message_id(message.get()));
    GMimeObject* object = GMIME_OBJECT(message.get());
    out.inReplyTo = referenceIds(g_mime_object_get_header(object, "In-Reply-To")).value(0);
    out.references = referenceIds(g_mime_object_get_header(object, "References"));
    out.from = addresses(g_mime_message_get_from(message.get())).value(0);
    out.to = addresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_TO));
    out.cc = addresses(g_mime_message_get_addresses(message.get(), GMIME_ADDRESS_TYPE_CC));
    out.subject = fromUtf8(g_mime_message_get_subject(message.get()));
    if (GDateTime* date = g_mime_message_get_date(message.get()))
        out.date = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    GMimeHeaderList* list = g_mime_object_get_header_list(object);
    const int count = g_mime_header_list_get_count(list);
    for (int i = 0; i < count; ++i) {
        GMimeHeader* h = g_mime_header_list_get_header_at(list, i);
        out.headers.append({ fromUtf8(g_mime_header_get_name(h)), fromUtf8(g_mime_header_get_value(h)) });
    }
    if (GMimeObject* body = g_mime_message_get_mime_part(message.get())) {
        GMimeContentType* type = g_mime_object_get_content_type(body);
        out.isMultipartReport = g_mime_content_type_is_type(type, "multipart", "report");
    }
    Walk walk { &out };
    g_mime_message_foreach(message.get(), visitPart, &walk);
    if (out.text.isEmpty() && !out.html.isEmpty())
        out.text = HtmlText::extract(out.html.toUtf8(), QUrl(), QStringLiteral("text/html; charset=utf-8"))
                       .sentences.join(QLatin1Char('\n'));
    return out;
}

} // namespace gd::core
