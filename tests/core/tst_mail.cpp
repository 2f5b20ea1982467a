// Mail plumbing against real servers: MIME built and parsed with GMime (read back by Python's
// email parser too), SMTP submission and IMAP over libcurl against Dovecot and aiosmtpd on
// 127.0.0.1, started by the test from Debian's packages.
#include "core/mail/ImapClient.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/SmtpTransport.h"
#include "support/MailServers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace gd;
using namespace gd::core;

namespace {

OutgoingEmail sample()
{
    OutgoingEmail e;
    e.from = { QString::fromUtf8("Sam Müller"), QStringLiteral("sam@greendoor.test") };
    e.to = { { QString::fromUtf8("Greta Dubois"), QStringLiteral("greta@brightpath.test") } };
    e.subject = QString::fromUtf8("Grüße aus Köln – a question about BrightPath");
    e.text = QString::fromUtf8("Hello Greta,\n\nQuick question about BrightPath's onboarding. Ünïcödé ok?\n"
                               "A line that is long enough to need soft line breaks in quoted-printable because it "
                               "goes on and on past seventy-six characters.\n.\nA dot line above.\n\nSam\n");
    e.html = QString::fromUtf8("<p>Hello Greta,</p><p>Quick question about BrightPath&#39;s onboarding.</p>");
    e.messageId = QStringLiteral("0001.abc@greendoor.test");
    e.inReplyTo = QStringLiteral("orig-1@brightpath.test");
    e.references = { QStringLiteral("orig-0@brightpath.test"), QStringLiteral("orig-1@brightpath.test") };
    e.date = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    e.listUnsubscribeMailto = QStringLiteral("sam@greendoor.test?subject=unsubscribe");
    e.listUnsubscribeUrl = QStringLiteral("https://greendoor.test/u/abc");
    e.extraHeaders = { { "X-GreenDoor-Outbox", QStringLiteral("42") } };
    return e;
}

MailServerAccount account(const test::MailServers& servers, const QString& scheme, quint16 port, bool pin = true)
{
    MailServerAccount a;
    a.url = QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(port));
    a.user = QStringLiteral("sam@greendoor.test");
    a.password = QStringLiteral("secret");
    if (pin)
        a.pinnedPublicKey = servers.publicKeyPin();
    a.connectTimeoutMs = 5000;
    a.timeoutMs = 20000;
    return a;
}

} // namespace

// Skips (saying why) where the servers cannot run, e.g. a machine without Dovecot.
#define REQUIRE_SERVERS()                                                                                              \
    if (!m_running)                                                                                                    \
        QSKIP(qPrintable(QStringLiteral("mail servers unavailable: ") + m_servers.error()));                           \
    m_servers.setSmtpControl({})

class TestMail : public QObject
{
    Q_OBJECT

private:
    test::MailServers m_servers;
    bool m_running = false;

private Q_SLOTS:
    void initTestCase()
    {
        m_running = m_servers.start({ { QStringLiteral("sam@greendoor.test"), QStringLiteral("secret") } });
        if (!m_running)
            qWarning() << "mail servers did not start:" << m_servers.error();
    }

    void buildRefusesHeaderInjection_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("subject") << 0;
        QTest::newRow("to address") << 1;
        QTest::newRow("to name") << 2;
        QTest::newRow("from name") << 3;
        QTest::newRow("message id") << 4;
        QTest::newRow("extra header") << 5;
        QTest::newRow("no recipient") << 6;
        QTest::newRow("http unsubscribe") << 7;
    }

    void buildRefusesHeaderInjection()
    {
        QFETCH(int, field);
        OutgoingEmail e = sample();
        const QString evil = QStringLiteral("x\r\nBcc: victim@evil.test");
        switch (field) {
        case 0:
            e.subject = evil;
            break;
        case 1:
            e.to[0].address = QStringLiteral("greta@brightpath.test\r\nBcc: victim@evil.test");
            break;
        case 2:
            e.to[0].name = evil;
            break;
        case 3:
            e.from.name = evil;
            break;
        case 4:
            e.messageId = QStringLiteral("a@b>\r\nBcc: <c");
            break;
        case 5:
            e.extraHeaders = { { "X-Test", evil } };
            break;
        case 6:
            e.to.clear();
            break;
        case 7:
            e.listUnsubscribeUrl = QStringLiteral("http://greendoor.test/u");
            break;
        }
        QString error;
        QVERIFY(!MimeMessage::build(e, &error));
        QVERIFY(!error.isEmpty());
    }

    void buildThenParse()
    {
        QString error;
        const auto raw = MimeMessage::build(sample(), &error);
        QVERIFY2(raw, qPrintable(error));
        QVERIFY(raw->contains("\r\n"));
        QVERIFY(!raw->contains("Bcc"));
        // Non-ASCII only as encoded words and quoted-printable: the raw message is 7-bit.
        for (const char c : *raw)
            QVERIFY(static_cast<unsigned char>(c) < 128);
        for (const QByteArray& header : { QByteArray("from:"), QByteArray("subject:") }) {
            const QByteArray lower = raw->toLower();
            const qsizetype at = lower.indexOf(QByteArray("\r\n" + header));
            QVERIFY(at >= 0);
            QVERIFY(lower.mid(at, lower.indexOf("\r\n", at + 2) - at).contains("=?utf-8?"));
        }
        QVERIFY(raw->contains("Content-Transfer-Encoding: quoted-printable"));
        QVERIFY(raw->contains("multipart/alternative"));
        QVERIFY(raw->contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        QVERIFY(raw->contains("<mailto:sam@greendoor.test?subject=unsubscribe>"));
        const auto parsed = MimeMessage::parse(*raw, &error);
        QVERIFY2(parsed, qPrintable(error));
        const OutgoingEmail e = sample();
        QCOMPARE(parsed->subject, e.subject);
        QCOMPARE(parsed->from.name, e.from.name);
        QCOMPARE(parsed->from.address, e.from.address);
        QCOMPARE(parsed->to.value(0).address, e.to.value(0).address);
        QCOMPARE(parsed->messageId, e.messageId);
        QCOMPARE(parsed->inReplyTo, e.inReplyTo);
        QCOMPARE(parsed->references, e.references);
        QCOMPARE(parsed->date, e.date);
        QCOMPARE(parsed->text, e.text);
        QVERIFY(parsed->html.contains(QLatin1String("BrightPath&#39;s")));
        QCOMPARE(parsed->header(QStringLiteral("X-GreenDoor-Outbox")), QStringLiteral("42"));
    }

    // Found by fuzz_mime: a subject with a run of ~80 non-ASCII characters is written as encoded
    // words longer than RFC 2047's 75, and GMime's own reader then drops part of it. Open.
    void longNonAsciiSubjectRoundTrip()
    {
        OutgoingEmail e = sample();
        e.subject
            = QStringLiteral("Re: A questio") + QString(83, QChar(0xB7)) + QStringLiteral("n about your pipeline");
        const auto raw = MimeMessage::build(e);
        QVERIFY(raw);
        const auto parsed = MimeMessage::parse(*raw);
        QVERIFY(parsed);
        QEXPECT_FAIL("", "GMime drops an over-long encoded word it wrote itself (fuzz_mime finding, open)", Continue);
        QCOMPARE(parsed->subject, e.subject);
    }

    void pythonReadsWhatWasMeant()
    {
        QString error;
        const auto raw = MimeMessage::build(sample(), &error);
        QVERIFY2(raw, qPrintable(error));
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(*raw);
        file.flush();
        const char* script = R"PY(
import email, email.policy, json, sys
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
plain = m.get_body(preferencelist=('plain',))
html = m.get_body(preferencelist=('html',))
print(json.dumps({
  'subject': str(m['subject']), 'from_name': m['from'].addresses[0].display_name,
  'from_addr': m['from'].addresses[0].addr_spec, 'to': m['to'].addresses[0].addr_spec,
  'message_id': str(m['message-id']), 'in_reply_to': str(m['in-reply-to']), 'references': str(m['references']),
  'text': plain.get_content(), 'html': html.get_content(), 'unsub': str(m['list-unsubscribe']),
  'unsub_post': str(m['list-unsubscribe-post']), 'defects': len(m.defects), 'date': str(m['date'])}))
)PY";
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"), { QStringLiteral("-c"), QString::fromUtf8(script), file.fileName() });
        QVERIFY(python.waitForFinished(20000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const OutgoingEmail e = sample();
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), e.subject);
        QCOMPARE(o.value(QStringLiteral("from_name")).toString(), e.from.name);
        QCOMPARE(o.value(QStringLiteral("from_addr")).toString(), e.from.address);
        QCOMPARE(o.value(QStringLiteral("to")).toString(), e.to.value(0).address);
        QCOMPARE(o.value(QStringLiteral("message_id")).toString(), QStringLiteral("<0001.abc@greendoor.test>"));
        QCOMPARE(o.value(QStringLiteral("in_reply_to")).toString(), QStringLiteral("<orig-1@brightpath.test>"));
        QCOMPARE(o.value(QStringLiteral("references")).toString(),
            QStringLiteral("<orig-0@brightpath.test> <orig-1@brightpath.test>"));
        QCOMPARE(o.value(QStringLiteral("text")).toString(), e.text);
        QVERIFY(o.value(QStringLiteral("html")).toString().contains(QLatin1String("Quick question")));
        QCOMPARE(o.value(QStringLiteral("unsub")).toString(),
            QStringLiteral("<https://greendoor.test/u/abc>, <mailto:sam@greendoor.test?subject=unsubscribe>"));
        QCOMPARE(o.value(QStringLiteral("unsub_post")).toString(), QStringLiteral("List-Unsubscribe=One-Click"));
        QCOMPARE(o.value(QStringLiteral("defects")).toInt(), 0);
        QVERIFY(o.value(QStringLiteral("date")).toString().contains(QLatin1String("30 Nov 2026 09:15:00")));
    }

    void parseRealWorld_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("textContains");
        QTest::addColumn<int>("attachments");
        QTest::newRow("outlook latin-1 qp")
            << QByteArray("From: =?iso-8859-1?Q?J=FCrgen_M=FCller?= <j.mueller@logistik.test>\r\n"
                          "To: sam@greendoor.test\r\nSubject: AW: =?iso-8859-1?Q?Gr=FC=DFe?=\r\n"
                          "Message-ID: <r1@logistik.test>\r\nIn-Reply-To: <0001.abc@greendoor.test>\r\n"
                          "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"iso-8859-1\"\r\n"
                          "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                          "Sehr geehrter Herr M=FCller,=0D=0Avielen Dank, gerne n=E4chste Woche.\r\n")
            << QString::fromUtf8("AW: Grüße") << QString::fromUtf8("gerne nächste Woche") << 0;
        QTest::newRow("windows-1252 base64")
            << QByteArray("From: a@x.test\r\nSubject: =?windows-1252?B?k3F1b3Rlc5Q=?=\r\nMIME-Version: 1.0\r\n"
                          "Content-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                          "k1NtYXJ0IHF1b3Rlc5QgYW5kIJYgZGFzaA==\r\n")
            << QString::fromUtf8("\u201cquotes\u201d") << QString::fromUtf8("\u201cSmart quotes\u201d and \u2013 dash")
            << 0;
        QTest::newRow("html only") << QByteArray(
            "From: b@x.test\r\nSubject: html\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            "<html><body><p>Yes, let&#39;s talk.</p><div>Best</div></body></html>\r\n")
                                   << QStringLiteral("html") << QStringLiteral("Yes, let's talk.") << 0;
        QTest::newRow("nested with attachment")
            << QByteArray("From: c@x.test\r\nSubject: deck\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                          "boundary=\"M\"\r\n\r\n"
                          "--M\r\nContent-Type: multipart/alternative; boundary=\"A\"\r\n\r\n"
                          "--A\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the deck.\r\n"
                          "--A\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>See the deck.</p>\r\n--A--\r\n"
                          "--M\r\nContent-Type: application/pdf; name=\"deck.pdf\"\r\nContent-Disposition: attachment; "
                          "filename=\"deck.pdf\"\r\n"
                          "Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--M--\r\n")
            << QStringLiteral("deck") << QStringLiteral("See the deck.") << 1;
        QTest::newRow("broken tree") << QByteArray(
            "From: d@x.test\r\nSubject: broken\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
            "boundary=\"B\"\r\n\r\n"
            "--B\r\nContent-Type: text/plain\r\n\r\nStill readable\r\n--B\r\nContent-Type: text/plain\r\n")
                                     << QStringLiteral("broken") << QStringLiteral("Still readable") << 0;
    }

    void parseRealWorld()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, subject);
        QFETCH(QString, textContains);
        QFETCH(int, attachments);
        QString error;
        const auto parsed = MimeMessage::parse(raw, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->subject, subject);
        QVERIFY2(parsed->text.contains(textContains), qPrintable(parsed->text));
        QCOMPARE(parsed->attachments.size(), attachments);
    }

    void parseDeliveryStatusNotification()
    {
        const QByteArray dsn(
            "From: MAILER-DAEMON@mx.brightpath.test\r\nTo: sam@greendoor.test\r\nSubject: Undelivered Mail Returned to "
            "Sender\r\n"
            "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"R\"\r\n\r\n"
            "--R\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be "
            "delivered.\r\n"
            "--R\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.brightpath.test\r\n\r\n"
            "Final-Recipient: rfc822; greta@brightpath.test\r\nOriginal-Recipient: rfc822;greta@brightpath.test\r\n"
            "Action: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <greta@brightpath.test>:\r\n"
            " Recipient address rejected: User unknown\r\n"
            "--R\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <0001.abc@greendoor.test>\r\nSubject: "
            "hello\r\n--R--\r\n");
        const auto parsed = MimeMessage::parse(dsn);
        QVERIFY(parsed);
        QVERIFY(parsed->isMultipartReport);
        QCOMPARE(parsed->deliveryStatus.size(), 1);
        QCOMPARE(parsed->deliveryStatus[0].recipient, QStringLiteral("greta@brightpath.test"));
        QCOMPARE(parsed->deliveryStatus[0].action, QStringLiteral("failed"));
        QCOMPARE(parsed->deliveryStatus[0].status, QStringLiteral("5.1.1"));
        QVERIFY(parsed->deliveryStatus[0].diagnostic.contains(QLatin1String("User unknown")));
        QCOMPARE(parsed->originalMessageId, QStringLiteral("0001.abc@greendoor.test"));
    }

    void smtpSendsOverStartTlsAndImplicitTls()
    {
        REQUIRE_SERVERS();
        for (const auto& [scheme, port] : { std::pair { QStringLiteral("smtp"), m_servers.smtpPort() },
                 std::pair { QStringLiteral("smtps"), m_servers.smtpsPort() } }) {
            OutgoingEmail e = sample();
            e.to
                = { { QStringLiteral("Rita"), QStringLiteral("rita.") + scheme + QStringLiteral("@brightpath.test") } };
            e.messageId = QStringLiteral("send-") + scheme + QStringLiteral("@greendoor.test");
            const auto raw = MimeMessage::build(e);
            QVERIFY(raw);
            const auto r
                = SmtpTransport::send(account(m_servers, scheme, port), e.from.address, { e.to[0].address }, *raw);
            QVERIFY2(r.ok(), qPrintable(r.detail + QLatin1Char('\n') + m_servers.smtpLog()));
            QVERIFY(!r.queueId.isEmpty());
            const QList<QByteArray> got = m_servers.messages(e.to[0].address);
            QCOMPARE(got.size(), 1);
            QVERIFY(got[0].toLower().contains(QByteArray("message-id: <send-" + scheme.toUtf8() + "@greendoor.test>")));
            const auto parsed = MimeMessage::parse(got[0]);
            QVERIFY(parsed);
            QCOMPARE(parsed->text, e.text);
        }
    }

    void smtpFailuresAreClassified()
    {
        REQUIRE_SERVERS();
        const auto raw = MimeMessage::build(sample());
        QVERIFY(raw);
        const QString rcpt = QStringLiteral("fail@brightpath.test");
        // A self-signed certificate is never trusted silently.
        auto r = SmtpTransport::send(account(m_servers, QStringLiteral("smtps"), m_servers.smtpsPort(), false),
            QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::Tls);
        // A pin that does not match is refused too.
        MailServerAccount wrongPin = account(m_servers, QStringLiteral("smtps"), m_servers.smtpsPort());
        wrongPin.pinnedPublicKey = "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        r = SmtpTransport::send(wrongPin, QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::Tls);
        MailServerAccount badPassword = account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort());
        badPassword.password = QStringLiteral("wrong");
        r = SmtpTransport::send(badPassword, QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::Auth);
        QVERIFY(!r.detail.contains(QLatin1String("wrong")));
        m_servers.setSmtpControl({ { QStringLiteral("tempfail"), 1 } });
        r = SmtpTransport::send(account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort()),
            QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::Temporary);
        QCOMPARE(r.smtpCode, 451L);
        QVERIFY(!r.outcomeUnknown);
        r = SmtpTransport::send(account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort()),
            QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QVERIFY2(r.ok(), qPrintable(r.detail)); // 4xx then success
        m_servers.setSmtpControl({ { QStringLiteral("reject_rcpt"), QJsonArray { rcpt } } });
        r = SmtpTransport::send(account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort()),
            QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::RecipientRejected);
        QCOMPARE(r.smtpCode, 550L);
        QCOMPARE(m_servers.messages(rcpt).size(), 1);
        // Delivered, then the connection dropped before the reply: the sender cannot know.
        m_servers.setSmtpControl({ { QStringLiteral("deliver_then_drop"), true } });
        r = SmtpTransport::send(account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort()),
            QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QVERIFY(!r.ok());
        QVERIFY(r.outcomeUnknown);
        QCOMPARE(m_servers.messages(rcpt).size(), 2);
        m_servers.setSmtpControl({});
        // Nothing listens: a connection error, and nothing could have been sent.
        m_servers.stopSmtp();
        r = SmtpTransport::send(account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort()),
            QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::Connect);
        QVERIFY(!r.outcomeUnknown);
        QVERIFY(m_servers.startSmtp());
        MailServerAccount dns = account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort());
        dns.url = QUrl(QStringLiteral("smtp://no-such-host.invalid:587"));
        r = SmtpTransport::send(dns, QStringLiteral("sam@greendoor.test"), { rcpt }, *raw);
        QCOMPARE(r.error, MailErrorKind::Dns);
    }

    void smtpTestConnection()
    {
        REQUIRE_SERVERS();
        QVERIFY(SmtpTransport::test(account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort())).ok());
        MailServerAccount bad = account(m_servers, QStringLiteral("smtp"), m_servers.smtpPort());
        bad.password = QStringLiteral("nope");
        QCOMPARE(SmtpTransport::test(bad).error, MailErrorKind::Auth);
    }

    void imapReadsByUid()
    {
        REQUIRE_SERVERS();
        const QString user = QStringLiteral("sam@greendoor.test");
        ImapClient imap(account(m_servers, QStringLiteral("imap"), m_servers.imapPort()));
        QVERIFY2(imap.test(), qPrintable(imap.errorDetail()));
        const auto before = imap.status(QStringLiteral("INBOX"));
        QVERIFY2(before, qPrintable(imap.errorDetail()));
        QVERIFY(before->uidValidity > 0);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_servers.deliver(user,
                "From: p" + QByteArray::number(i) + "@x.test\r\nSubject: reply " + QByteArray::number(i)
                    + "\r\nMessage-ID: <reply-" + QByteArray::number(i) + "@x.test>\r\n\r\nbody "
                    + QByteArray::number(i) + "\r\n"));
        }
        const auto after = imap.status(QStringLiteral("INBOX"));
        QVERIFY(after);
        QCOMPARE(after->messages, before->messages + 3);
        const auto uids = imap.uidsFrom(QStringLiteral("INBOX"), before->uidNext);
        QVERIFY2(uids, qPrintable(imap.errorDetail()));
        QCOMPARE(uids->size(), 3);
        const auto none = imap.uidsFrom(QStringLiteral("INBOX"), after->uidNext);
        QVERIFY(none);
        QVERIFY(none->isEmpty());
        const auto raw = imap.fetch(QStringLiteral("INBOX"), after->uidValidity, uids->at(1), 1024 * 1024);
        QVERIFY2(raw, qPrintable(imap.errorDetail()));
        QCOMPARE(MimeMessage::parse(*raw)->messageId, QStringLiteral("reply-1@x.test"));
        // A changed UIDVALIDITY is noticed, not read as another message.
        QVERIFY(!imap.fetch(QStringLiteral("INBOX"), after->uidValidity + 1, uids->at(1), 1024 * 1024));
        QCOMPARE(imap.error(), MailErrorKind::MailboxNotFound);
        QVERIFY(!imap.fetch(QStringLiteral("INBOX"), after->uidValidity, uids->at(1), 10));
        QCOMPARE(imap.error(), MailErrorKind::TooLarge);
        const auto found = imap.findMessageId(QStringLiteral("INBOX"), QStringLiteral("reply-2@x.test"));
        QVERIFY(found);
        QCOMPARE(*found, QList<qint64> { uids->at(2) });
        QVERIFY(imap.findMessageId(QStringLiteral("INBOX"), QStringLiteral("none@x.test"))->isEmpty());
    }

    void imapAppendsToSentAndFindsIt()
    {
        REQUIRE_SERVERS();
        ImapClient imap(account(m_servers, QStringLiteral("imaps"), m_servers.imapsPort()));
        const auto raw = MimeMessage::build(sample());
        QVERIFY(raw);
        QVERIFY2(imap.append(QStringLiteral("Sent"), *raw), qPrintable(imap.errorDetail()));
        const auto found = imap.findMessageId(QStringLiteral("Sent"), sample().messageId);
        QVERIFY2(found, qPrintable(imap.errorDetail()));
        QCOMPARE(found->size(), 1);
    }

    void imapFailuresAreClassified()
    {
        REQUIRE_SERVERS();
        MailServerAccount bad = account(m_servers, QStringLiteral("imap"), m_servers.imapPort());
        bad.password = QStringLiteral("nope");
        ImapClient wrong(bad);
        QVERIFY(!wrong.test());
        QCOMPARE(wrong.error(), MailErrorKind::Auth);
        ImapClient unpinned(account(m_servers, QStringLiteral("imaps"), m_servers.imapsPort(), false));
        QVERIFY(!unpinned.test());
        QCOMPARE(unpinned.error(), MailErrorKind::Tls);
        ImapClient ok(account(m_servers, QStringLiteral("imap"), m_servers.imapPort()));
        QVERIFY(!ok.status(QStringLiteral("NoSuchFolder")));
        QCOMPARE(ok.error(), MailErrorKind::MailboxNotFound);
    }
};

QTEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"
