// Replies in, against real servers: Dovecot (IMAP, LMTP delivery into the operator's INBOX) on
// 127.0.0.1. Prospects reply, auto-reply, bounce (RFC 3464 DSNs) and unsubscribe; MailSync reads
// them by UID, threads them to what GreenDoor sent, classifies them and proposes the decisions;
// the executor carries out what the matrix allows. Faults: IMAP down, a changed UIDVALIDITY, a
// message deleted between SEARCH and FETCH, a 20 MB message, a malformed MIME tree. The meeting
// invitation is read back with Python's icalendar; a hostile corpus changes nothing beyond the
// class's own proposals; an unsubscribe while `greendoor-cli run` goes is a suppression within 60 s.
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/mail/ConversationStore.h"
#include "core/mail/MailSync.h"
#include "core/mail/Mailbox.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/SuppressionStore.h"
#include "core/runtime/Types.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"
#include "support/MailServers.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace gd;
using namespace gd::core;

namespace {

const QString kPassword = QStringLiteral("secret");

QByteArray reply(const QString& from, const QString& subject, const QString& messageId, const QString& inReplyTo,
    const QString& body, const QByteArray& extraHeaders = {})
{
    QByteArray raw = "From: " + from.toUtf8()
        + "\r\nTo: Sam Carter <sam@greendoor.test>\r\nSubject: " + subject.toUtf8()
        + "\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + messageId.toUtf8() + ">\r\n";
    if (!inReplyTo.isEmpty())
        raw += "In-Reply-To: <" + inReplyTo.toUtf8() + ">\r\nReferences: <" + inReplyTo.toUtf8() + ">\r\n";
    raw += extraHeaders;
    raw += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    raw += body.toUtf8()
        + "\r\n\r\nOn Mon, 16 Nov 2026 at 09:00, Sam Carter <sam@greendoor.test> wrote:\r\n"
          "> Hello, a quick question about your pipeline.\r\n";
    return raw;
}

// A delivery status notification as Postfix writes it (RFC 3464), for the message originalId.
QByteArray dsn(const QString& recipient, const QString& status, const QString& action, const QString& originalId,
    const QString& id)
{
    const QByteArray r = recipient.toUtf8();
    const bool hard = status.startsWith(QLatin1Char('5'));
    return "From: MAILER-DAEMON@mx.remote.test (Mail Delivery System)\r\nTo: sam@greendoor.test\r\n"
           "Subject: "
        + QByteArray(hard ? "Undelivered Mail Returned to Sender" : "Delayed Mail (still being retried)")
        + "\r\nDate: Mon, 23 Nov 2026 10:05:00 +0000\r\nMessage-ID: <" + id.toUtf8()
        + ">\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B1\"\r\n\r\n"
          "--B1\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
          "This is the mail system at host mx.remote.test.\r\n\r\n"
        + QByteArray(hard ? "I'm sorry to have to inform you that your message could not\r\nbe delivered to one or "
                            "more recipients.\r\n"
                          : "Your message could not be delivered for 4 hours. It will be retried.\r\n")
        + "\r\n--B1\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
          "Reporting-MTA: dns; mx.remote.test\r\nArrival-Date: Mon, 23 Nov 2026 10:04:59 +0000\r\n\r\n"
          "Final-Recipient: rfc822; "
        + r + "\r\nOriginal-Recipient: rfc822;" + r + "\r\nAction: " + action.toUtf8() + "\r\nStatus: "
        + status.toUtf8() + "\r\nRemote-MTA: dns; mail." + r.split('@').last() + "\r\nDiagnostic-Code: smtp; "
        + (hard ? QByteArray("550 5.1.1 <" + r + ">: Recipient address rejected: User unknown")
                : QByteArray("452 4.2.2 <" + r + ">: Mailbox full"))
        + "\r\n\r\n--B1\r\nContent-Description: Undelivered Message Headers\r\nContent-Type: "
          "text/rfc822-headers\r\n\r\n"
          "From: Sam Carter <sam@greendoor.test>\r\nTo: "
        + r + "\r\nSubject: Quick question\r\nMessage-ID: <" + originalId.toUtf8() + ">\r\n\r\n--B1--\r\n";
}

struct Contact
{
    QString email;
    QString name;
};

// What SENDING leaves behind for a sent step: a prospect, a live enrolment, the campaign send and
// the 'out' row (conversation_id NULL).
void seedSent(Workspace& ws, const Contact& c, const QString& messageId)
{
    const qint64 sent = QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at) VALUES (?, ?, 'test', ?)"));
    q.addBindValue(c.name);
    q.addBindValue(c.email);
    q.addBindValue(sent);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO enrolments (email, sequence, status, step, updated_at) VALUES (?, "
                             "'autumn', 'active', 1, ?)"));
    q.addBindValue(c.email);
    q.addBindValue(sent);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO campaign_sends (campaign, email, step, message_id, status, created_at, "
                             "updated_at) VALUES ('autumn', ?, 0, ?, 'sent', ?, ?)"));
    q.addBindValue(c.email);
    q.addBindValue(messageId);
    q.addBindValue(sent);
    q.addBindValue(sent);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO mail_messages (message_key, direction, mailbox, sender, recipients, subject, "
                             "sent_at, body, received_at) VALUES (?, 'out', 'sales', 'sam@greendoor.test', ?, "
                             "'Quick question', ?, 'Hello, a quick question about your pipeline.', ?)"));
    q.addBindValue(messageId);
    q.addBindValue(c.email);
    q.addBindValue(sent);
    q.addBindValue(sent);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

QString enrolment(Workspace& ws, const QString& email, const QString& column = QStringLiteral("status"))
{
    return test::scalar(ws, QStringLiteral("SELECT %1 FROM enrolments WHERE email = ?").arg(column), { email })
        .toString();
}

QStringList decisionTypes(Workspace& ws, const QString& target)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT type FROM decisions WHERE target = ? ORDER BY type"));
    q.addBindValue(target);
    QStringList types;
    if (q.exec()) {
        while (q.next())
            types << q.value(0).toString();
    }
    return types;
}

} // namespace

#define REQUIRE_SERVERS()                                                                                              \
    if (!m_running)                                                                                                    \
    QSKIP(qPrintable(QStringLiteral("mail servers unavailable: ") + m_servers.error()))

class TestMailSync final : public QObject
{
    Q_OBJECT

private:
    test::MailServers m_servers;
    bool m_running = false;
    int m_nextUser = 0;

    // Each test reads its own user's INBOX.
    QString freshUser() { return QStringLiteral("op%1@greendoor.test").arg(++m_nextUser); }

    Mailbox mailbox(const QString& user, quint16 imapPort = 0) const
    {
        Mailbox m;
        m.name = QStringLiteral("sales");
        m.email = QStringLiteral("sam@greendoor.test");
        m.displayName = QStringLiteral("Sam Carter");
        m.smtpUrl = QUrl(QStringLiteral("smtp://127.0.0.1:%1").arg(m_servers.smtpPort()));
        m.imapUrl = QUrl(QStringLiteral("imap://127.0.0.1:%1").arg(imapPort ? imapPort : m_servers.imapPort()));
        m.user = user;
        m.imapPin = m_servers.publicKeyPin();
        m.smtpPin = m_servers.publicKeyPin();
        return m;
    }

    std::shared_ptr<Workspace> workspaceWith(const test::TempDir& dir, const Mailbox& m)
    {
        auto ws = test::createWorkspace(dir);
        QString error;
        if (!MailboxStore(*ws).add(m, &error))
            qWarning() << "mailbox:" << error;
        return ws;
    }

    QString maildir(const QString& user) const { return m_servers.folder() + QStringLiteral("/mail/") + user; }

private Q_SLOTS:
    void initTestCase()
    {
        QList<test::MailServers::User> users;
        for (int i = 1; i <= 12; ++i)
            users.append({ QStringLiteral("op%1@greendoor.test").arg(i), kPassword });
        m_running = m_servers.start(users);
        if (!m_running)
            qWarning() << "mail servers did not start:" << m_servers.error();
    }

    void repliesAreThreadedClassifiedAndActedOn()
    {
        REQUIRE_SERVERS();
        test::TempDir dir;
        const QString user = freshUser();
        const Mailbox box = mailbox(user);
        auto ws = workspaceWith(dir, box);
        QVERIFY(ws->setMeta(keys::WorkingHours, QStringLiteral("10:00-16:00")));
        QVERIFY(ws->setMeta(keys::TimeZone, QStringLiteral("Europe/Berlin")));
        const QList<Contact> contacts = {
            { QStringLiteral("helen@northwind.test"), QStringLiteral("Moss, Helen") },
            { QStringLiteral("derek@contoso.test"), QStringLiteral("Derek Lane") },
            { QStringLiteral("greta@brightpath.test"), QStringLiteral("Greta Dubois") },
            { QStringLiteral("paul@fabrikam.test"), QStringLiteral("Paul Kim") },
            { QStringLiteral("uwe@schulte.test"), QStringLiteral("Uwe Schulte") },
            { QStringLiteral("walter@adatum.test"), QStringLiteral("Walter Ng") },
            { QStringLiteral("nina@litware.test"), QStringLiteral("Nina Berg") },
            { QStringLiteral("omar@proseware.test"), QStringLiteral("Omar Haddad") },
        };
        for (int i = 0; i < contacts.size(); ++i)
            seedSent(*ws, contacts[i], QStringLiteral("out-%1@greendoor.test").arg(i));

        const QList<QByteArray> inbound = {
            reply(QStringLiteral("\"Moss, Helen\" <helen@northwind.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("r0@northwind.test"), QStringLiteral("out-0@greendoor.test"),
                QStringLiteral("Sounds interesting. Could we set up a call next week to go through it?")),
            reply(QStringLiteral("Derek Lane <derek@contoso.test>"), QStringLiteral("Automatic reply: Quick question"),
                QStringLiteral("r1@contoso.test"), QStringLiteral("out-1@greendoor.test"),
                QStringLiteral("Thank you for your message. I am out of the office until 14 December 2026 with "
                               "limited access to email. I will reply when I am back."),
                "Auto-Submitted: auto-replied\r\nX-Autoreply: yes\r\n"),
            dsn(QStringLiteral("greta@brightpath.test"), QStringLiteral("5.1.1"), QStringLiteral("failed"),
                QStringLiteral("out-2@greendoor.test"), QStringLiteral("dsn-hard@mx.remote.test")),
            dsn(QStringLiteral("paul@fabrikam.test"), QStringLiteral("4.2.2"), QStringLiteral("delayed"),
                QStringLiteral("out-3@greendoor.test"), QStringLiteral("dsn-soft@mx.remote.test")),
            reply(QStringLiteral("Uwe Schulte <uwe@schulte.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("r4@schulte.test"), QStringLiteral("out-4@greendoor.test"),
                QStringLiteral("Please remove me from your list and do not email me again.")),
            reply(QStringLiteral("Walter Ng <walter@adatum.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("r5@adatum.test"), QStringLiteral("out-5@greendoor.test"),
                QStringLiteral("I am not the right person for this. Please talk to my colleague Jane Roe "
                               "(jane.roe@adatum.test), she runs our sales operations.")),
            // No In-Reply-To: threaded by subject and sender.
            reply(QStringLiteral("Nina Berg <nina@litware.test>"), QStringLiteral("RE: Quick question"),
                QStringLiteral("r6@litware.test"), QString(),
                QStringLiteral("Not a priority for us right now. Try me again in March, after our budget round.")),
            reply(QStringLiteral("Omar Haddad <omar@proseware.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("r7@proseware.test"), QStringLiteral("out-7@greendoor.test"),
                QStringLiteral("We already use HubSpot for this and we are happy with it. Also the price seems high "
                               "for a team of our size.")),
        };
        for (const QByteArray& raw : inbound)
            QVERIFY(m_servers.deliver(user, raw));

        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        const MailSync::Report report = sync.syncMailbox(box, kPassword);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.stored, inbound.size());
        QCOMPARE(report.duplicates, 0);

        // Every reply joined the conversation of what was sent to that contact.
        ConversationStore store(*ws);
        QCOMPARE(store.list().size(), contacts.size());
        const QHash<QString, QString> expected = {
            { QStringLiteral("helen@northwind.test"), QStringLiteral("interested") },
            { QStringLiteral("derek@contoso.test"), QStringLiteral("out_of_office") },
            { QStringLiteral("greta@brightpath.test"), QStringLiteral("bounce") },
            { QStringLiteral("paul@fabrikam.test"), QStringLiteral("bounce") },
            { QStringLiteral("uwe@schulte.test"), QStringLiteral("unsubscribe") },
            { QStringLiteral("walter@adatum.test"), QStringLiteral("referral") },
            { QStringLiteral("nina@litware.test"), QStringLiteral("not_now") },
            { QStringLiteral("omar@proseware.test"), QStringLiteral("objection") },
        };
        for (const MailSync::Item& item : report.items) {
            QVERIFY2(expected.contains(item.contact), qPrintable(item.contact));
            QCOMPARE(item.replyClass, expected.value(item.contact));
            QVERIFY2(item.thread != QLatin1String("new"), qPrintable(item.contact + QLatin1Char(' ') + item.thread));
            const auto c = store.conversation(item.conversationId);
            QVERIFY(c);
            QCOMPARE(c->contact, item.contact);
            QCOMPARE(c->campaign, QStringLiteral("autumn"));
            QCOMPARE(c->messages, 2); // what was sent and the reply
            QCOMPARE(c->replyClass, item.replyClass);
            QVERIFY(!c->reasons.isEmpty());
        }
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_messages WHERE conversation_id IS NULL"))
                     .toInt(),
            0);
        // Quoted history is stripped for analysis and kept for display.
        const auto helen = store.list(QStringLiteral("helen@northwind.test"));
        QCOMPARE(helen.size(), 1);
        const QList<StoredMessage> timeline = store.messages(helen.first().id);
        QCOMPARE(timeline.last().direction, QStringLiteral("in"));
        QVERIFY(timeline.last().body.contains(QLatin1String("a quick question about your pipeline")));
        QVERIFY(!timeline.last().analysedText.contains(QLatin1String("wrote:")));
        QCOMPARE(helen.first().unread, 1);

        // The decisions, each with its reason.
        QCOMPARE(decisionTypes(*ws, QStringLiteral("helen@northwind.test")),
            QStringList(
                { QStringLiteral("email.reply"), QStringLiteral("meeting.book"), QStringLiteral("sequence.pause") }));
        QCOMPARE(
            decisionTypes(*ws, QStringLiteral("derek@contoso.test")), QStringList { QStringLiteral("sequence.pause") });
        QCOMPARE(decisionTypes(*ws, QStringLiteral("greta@brightpath.test")),
            QStringList({ QStringLiteral("sequence.stop"), QStringLiteral("suppression.add") }));
        QCOMPARE(decisionTypes(*ws, QStringLiteral("paul@fabrikam.test")), QStringList()); // soft: no action
        QCOMPARE(decisionTypes(*ws, QStringLiteral("uwe@schulte.test")),
            QStringList({ QStringLiteral("sequence.stop"), QStringLiteral("suppression.add") }));
        QCOMPARE(
            decisionTypes(*ws, QStringLiteral("jane.roe@adatum.test")), QStringList { QStringLiteral("prospect.add") });
        QCOMPARE(decisionTypes(*ws, QStringLiteral("nina@litware.test")),
            QStringList({ QStringLiteral("reminder.create"), QStringLiteral("sequence.pause") }));
        QCOMPARE(decisionTypes(*ws, QStringLiteral("omar@proseware.test")),
            QStringList({ QStringLiteral("email.reply"), QStringLiteral("sequence.pause") }));
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions WHERE reasoning NOT LIKE '%classified%'"))
                .toInt(),
            0);
        // Suppression does not wait for anyone; replies and new prospects do.
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT outcome FROM decisions WHERE type = 'suppression.add' AND "
                                    "target = 'uwe@schulte.test'"))
                     .toString(),
            QStringLiteral("act"));
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM decisions WHERE type IN ('email.reply', "
                                    "'prospect.add', 'meeting.book') AND outcome <> 'queue'"))
                     .toInt(),
            0);
        const QJsonObject draft = QJsonDocument::fromJson(
            test::scalar(*ws,
                QStringLiteral("SELECT action FROM decisions WHERE type = 'email.reply' AND target = "
                               "'helen@northwind.test'"))
                .toString()
                .toUtf8())
                                      .object();
        QCOMPARE(draft.value(QStringLiteral("in_reply_to")).toString(), QStringLiteral("r0@northwind.test"));
        QCOMPARE(draft.value(QStringLiteral("subject")).toString(), QStringLiteral("Re: Quick question"));
        QVERIFY(draft.value(QStringLiteral("references")).toArray().contains(QStringLiteral("out-0@greendoor.test")));

        Executor executor(ws, &engine);
        QVERIFY(executor.runPending() >= 6);
        SuppressionStore suppressions(*ws);
        QCOMPARE(suppressions.match(QStringLiteral("uwe@schulte.test"))->reason, QStringLiteral("unsubscribe"));
        QCOMPARE(suppressions.match(QStringLiteral("greta@brightpath.test"))->reason, QStringLiteral("bounce"));
        QVERIFY(!suppressions.match(QStringLiteral("paul@fabrikam.test")));
        QCOMPARE(enrolment(*ws, QStringLiteral("greta@brightpath.test")), QStringLiteral("ended"));
        QVERIFY(enrolment(*ws, QStringLiteral("greta@brightpath.test"), QStringLiteral("reason"))
                    .contains(QLatin1String("5.1.1")));
        QCOMPARE(enrolment(*ws, QStringLiteral("uwe@schulte.test")), QStringLiteral("ended"));
        QCOMPARE(enrolment(*ws, QStringLiteral("paul@fabrikam.test")), QStringLiteral("active"));
        QCOMPARE(enrolment(*ws, QStringLiteral("derek@contoso.test")), QStringLiteral("paused"));
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT paused_until FROM enrolments WHERE email = 'derek@contoso.test'"))
                .toLongLong(),
            QDateTime(QDate(2026, 12, 15), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(enrolment(*ws, QStringLiteral("nina@litware.test")), QStringLiteral("paused"));
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT due_at FROM reminders WHERE contact = 'nina@litware.test'"))
                     .toLongLong(),
            QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());

        // The referred person: a prospect once the operator agrees, with the referrer as evidence.
        const QString refApproval = test::scalar(*ws,
            QStringLiteral("SELECT a.id FROM approvals a JOIN decisions d ON d.id = a.decision_id WHERE d.type = "
                           "'prospect.add'"))
                                        .toString();
        QString error;
        QVERIFY2(engine.approve(refApproval, QStringLiteral("operator"), &error), qPrintable(error));
        // The meeting: approved, then the invitation is written with libical.
        const QString meetingApproval = test::scalar(*ws,
            QStringLiteral("SELECT a.id FROM approvals a JOIN decisions d ON d.id = a.decision_id WHERE d.type = "
                           "'meeting.book'"))
                                            .toString();
        QVERIFY2(engine.approve(meetingApproval, QStringLiteral("operator"), &error), qPrintable(error));
        QCOMPARE(executor.runPending(), 2);
        QVERIFY(test::scalar(
            *ws, QStringLiteral("SELECT field_sources FROM prospects WHERE email = 'jane.roe@adatum.test'"))
                    .toString()
                    .contains(QLatin1String("walter@adatum.test")));
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT full_name FROM prospects WHERE email = 'jane.roe@adatum.test'"))
                .toString(),
            QStringLiteral("Jane Roe"));
        const QString ics = QDir(Executor::outgoingDir(*ws))
                                .entryInfoList({ QStringLiteral("*.ics") }, QDir::Files)
                                .value(0)
                                .absoluteFilePath();
        QVERIFY(!ics.isEmpty());
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
            { QStringLiteral("-c"),
                QStringLiteral(
                    "import icalendar, json, sys\n"
                    "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                    "ev = [c for c in cal.walk('VEVENT')][0]\n"
                    "tz = [c for c in cal.walk('VTIMEZONE')]\n"
                    "s = ev.decoded('DTSTART'); e = ev.decoded('DTEND')\n"
                    "print(json.dumps({'method': str(cal['METHOD']), 'organizer': str(ev['ORGANIZER']),"
                    " 'attendee': str(ev['ATTENDEE']), 'uid': str(ev['UID']), 'dtstamp': bool(ev.get('DTSTAMP')),"
                    " 'tzid': str(ev['DTSTART'].params.get('TZID')), 'vtimezone': len(tz), 'hour': s.hour,"
                    " 'minutes': int((e - s).total_seconds() // 60), 'weekday': s.isoweekday(),"
                    " 'summary': str(ev['SUMMARY']), 'rsvp': str(ev['ATTENDEE'].params.get('RSVP'))}))\n"),
                ics });
        QVERIFY(python.waitForFinished(30000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(read.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
        QCOMPARE(read.value(QStringLiteral("organizer")).toString(), QStringLiteral("mailto:sam@greendoor.test"));
        QCOMPARE(read.value(QStringLiteral("attendee")).toString(), QStringLiteral("mailto:helen@northwind.test"));
        QCOMPARE(read.value(QStringLiteral("rsvp")).toString(), QStringLiteral("TRUE"));
        QVERIFY(!read.value(QStringLiteral("uid")).toString().isEmpty());
        QVERIFY(read.value(QStringLiteral("dtstamp")).toBool());
        QCOMPARE(read.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Berlin"));
        QCOMPARE(read.value(QStringLiteral("vtimezone")).toInt(), 1);
        QCOMPARE(read.value(QStringLiteral("hour")).toInt(), 10); // the start of the working hours
        QCOMPARE(read.value(QStringLiteral("minutes")).toInt(), 30);
        QVERIFY(read.value(QStringLiteral("weekday")).toInt() <= 5);
        // The comma in the name was escaped by libical and read back as a comma.
        QCOMPARE(read.value(QStringLiteral("summary")).toString(), QStringLiteral("Call: Moss, Helen and Sam Carter"));
        QFile raw(ics);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray organiserCopy = raw.readAll();
        QVERIFY(organiserCopy.contains("Moss\\, Helen"));

        // The reply that proposes the time carries the same invitation (one UID), as a calendar
        // alternative and as invite.ics, so the prospect can accept it from their mail client.
        QVERIFY(draft.value(QStringLiteral("invite"))
                    .toObject()
                    .value(QStringLiteral("uid"))
                    .toString()
                    .startsWith(QStringLiteral("gd.meeting.")));
        const QString replyApproval = test::scalar(*ws,
            QStringLiteral("SELECT a.id FROM approvals a JOIN decisions d ON d.id = a.decision_id WHERE d.type = "
                           "'email.reply' AND d.target = 'helen@northwind.test'"))
                                          .toString();
        QVERIFY2(engine.approve(replyApproval, QStringLiteral("operator"), &error), qPrintable(error));
        executor.setSecretReader([](const QString&, QString*) { return kPassword; });
        {
            MailboxStore boxes(*ws); // caps, gap and window off: this is about the message
            Mailbox m = *boxes.find(QStringLiteral("sales"));
            m.gapSeconds = m.gapJitterSeconds = 0;
            m.dailyCap = m.warmupStartCap = 100;
            m.setWindow(QStringLiteral("any"));
            QVERIFY2(boxes.update(m, &error), qPrintable(error));
        }
        QCOMPARE(executor.runPending(), 1);
        const QList<QByteArray> delivered = m_servers.messages(QStringLiteral("helen@northwind.test"));
        QCOMPARE(delivered.size(), 1);
        const QByteArray& mail = delivered.constFirst();
        QVERIFY2(mail.contains("text/calendar; charset=utf-8; method=REQUEST")
                || mail.contains("text/calendar; charset=\"utf-8\"; method=REQUEST"),
            mail.left(2000).constData());
        QVERIFY(mail.contains("filename=invite.ics"));
        const auto parsedReply = MimeMessage::parse(mail);
        QVERIFY(parsedReply);
        QVERIFY(parsedReply->text.contains(QLatin1String("invitation is attached")));
        const QByteArray uid = organiserCopy.mid(organiserCopy.indexOf("UID:") + 4).split('\r').first();
        QVERIFY(!uid.isEmpty());
        QVERIFY2(mail.contains(QByteArray(QByteArray("UID:") + uid)),
            uid.constData()); // in the calendar part

        // The next sync finds nothing new; nothing is stored or proposed twice.
        const int decisions = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions")).toInt();
        const MailSync::Report again = sync.syncMailbox(box, kPassword);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(again.stored, 0);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions")).toInt(), decisions);
    }

    void imapDownIsReportedAndNothingMoves()
    {
        REQUIRE_SERVERS();
        test::TempDir dir;
        const QString user = freshUser();
        // A port nothing listens on: the SMTP server's, stopped.
        const Mailbox box = mailbox(user, m_servers.smtpsPort());
        auto ws = workspaceWith(dir, box);
        m_servers.stopSmtp();
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        const MailSync::Report report = sync.syncMailbox(box, kPassword);
        QVERIFY(m_servers.startSmtp());
        QVERIFY(!report.error.isEmpty());
        QCOMPARE(report.errorKind, MailErrorKind::Connect);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_sync")).toInt(), 0);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_messages")).toInt(), 0);
    }

    void changedUidValidityResyncsWithoutDuplicates()
    {
        REQUIRE_SERVERS();
        test::TempDir dir;
        const QString user = freshUser();
        const Mailbox box = mailbox(user);
        auto ws = workspaceWith(dir, box);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_servers.deliver(user,
                reply(QStringLiteral("Ann <ann%1@x.test>").arg(i), QStringLiteral("Re: Quick question"),
                    QStringLiteral("v%1@x.test").arg(i), QString(), QStringLiteral("Sounds good, tell me more."))));
        // One without a Message-ID: known again by the hash of its bytes.
        QVERIFY(m_servers.deliver(user,
            "From: Bo <bo@x.test>\r\nTo: sam@greendoor.test\r\nSubject: no id\r\n\r\nNot interested, thanks.\r\n"));
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        MailSync::Report first = sync.syncMailbox(box, kPassword);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(first.stored, 4);
        const qint64 before = first.uidValidity;
        const int decisions = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions")).toInt();

        // The server renumbers the folder (a restored backup, a migrated server): a new
        // UIDVALIDITY in Dovecot's uidlist and its index rebuilt.
        const QString root = maildir(user);
        QFile uidlist(root + QStringLiteral("/dovecot-uidlist"));
        QVERIFY2(uidlist.open(QIODevice::ReadOnly), qPrintable(uidlist.fileName()));
        QList<QByteArray> lines = uidlist.readAll().split('\n');
        uidlist.close();
        QList<QByteArray> header = lines[0].split(' ');
        for (QByteArray& field : header) {
            if (field.startsWith('V'))
                field = "V" + QByteArray::number(before + 1000);
        }
        lines[0] = header.join(' ');
        QVERIFY(uidlist.open(QIODevice::WriteOnly | QIODevice::Truncate));
        uidlist.write(lines.join('\n'));
        uidlist.close();
        for (const QString& index : QDir(root).entryList({ QStringLiteral("dovecot.index*") }, QDir::Files))
            QVERIFY(QFile::remove(root + QLatin1Char('/') + index));
        QVERIFY(m_servers.deliver(user,
            reply(QStringLiteral("Cy <cy@x.test>"), QStringLiteral("Re: Quick question"), QStringLiteral("v9@x.test"),
                QString(), QStringLiteral("Please remove me from your list."))));

        const MailSync::Report second = sync.syncMailbox(box, kPassword);
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QVERIFY(second.resynced);
        QCOMPARE(second.uidValidity, before + 1000);
        QCOMPARE(second.duplicates, 4);
        QCOMPARE(second.stored, 1);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_messages")).toInt(), 5);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT uid_validity FROM mail_sync")).toLongLong(), before + 1000);
        // Only the new message proposed anything.
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions")).toInt(), decisions + 1);
    }

    void messageDeletedBetweenSearchAndFetchIsSkipped()
    {
        REQUIRE_SERVERS();
        test::TempDir dir;
        const QString user = freshUser();
        const Mailbox box = mailbox(user);
        auto ws = workspaceWith(dir, box);
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_servers.deliver(user,
                reply(QStringLiteral("Di <di%1@x.test>").arg(i), QStringLiteral("Re: Quick question"),
                    QStringLiteral("d%1@x.test").arg(i), QString(), QStringLiteral("Sounds good, tell me more."))));
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        MailSync::Options options;
        bool deleted = false;
        options.afterSearch = [&](const QList<qint64>& uids) {
            QCOMPARE(uids.size(), 3);
            // Another client deletes the second message now.
            for (const char* sub : { "/new", "/cur" }) {
                QDir d(maildir(user) + QLatin1String(sub));
                for (const QFileInfo& f : d.entryInfoList(QDir::Files)) {
                    QFile file(f.filePath());
                    if (file.open(QIODevice::ReadOnly) && file.readAll().contains("d1@x.test")) {
                        file.close();
                        deleted = QFile::remove(f.filePath());
                    }
                }
            }
        };
        const MailSync::Report report = sync.syncMailbox(box, kPassword, options);
        QVERIFY(deleted);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.stored, 2);
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT last_uid FROM mail_sync")).toLongLong(), report.items.last().uid);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_messages WHERE message_key = 'd1@x.test'"))
                     .toInt(),
            0);
    }

    void largeMessageIsNotedNotStored()
    {
        REQUIRE_SERVERS();
        test::TempDir dir;
        const QString user = freshUser();
        const Mailbox box = mailbox(user);
        auto ws = workspaceWith(dir, box);
        QByteArray big = "From: Ed <ed@x.test>\r\nTo: sam@greendoor.test\r\nSubject: Re: Quick question\r\n"
                         "Message-ID: <big@x.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; "
                         "boundary=\"Z\"\r\n\r\n--Z\r\nContent-Type: text/plain\r\n\r\nSee the attachment.\r\n--Z\r\n"
                         "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
                         "filename=\"scan.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n";
        const QByteArray line = QByteArray(76, 'A') + "\r\n";
        while (big.size() < 20 * 1024 * 1024)
            big += line;
        big += "--Z--\r\n";
        QVERIFY(m_servers.deliver(user, big));
        QVERIFY(m_servers.deliver(user,
            reply(QStringLiteral("Fay <fay@x.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("after-big@x.test"), QString(), QStringLiteral("Sounds good, tell me more."))));
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        const MailSync::Report report = sync.syncMailbox(box, kPassword);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.tooLarge, 1);
        QCOMPARE(report.stored, 2); // the large one by its headers, and the next one whole
        const QString details
            = test::scalar(*ws, QStringLiteral("SELECT details FROM mail_messages WHERE message_key = 'big@x.test'"))
                  .toString();
        QVERIFY2(details.contains(QLatin1String("\"too_large\":true")), qPrintable(details));
        QVERIFY(
            test::scalar(*ws, QStringLiteral("SELECT length(body) FROM mail_messages WHERE message_key = 'big@x.test'"))
                .toInt()
            < 1000);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT sender FROM mail_messages WHERE message_key = 'big@x.test'"))
                     .toString(),
            QStringLiteral("ed@x.test"));
    }

    void malformedMimeIsStillStored()
    {
        REQUIRE_SERVERS();
        test::TempDir dir;
        const QString user = freshUser();
        const Mailbox box = mailbox(user);
        auto ws = workspaceWith(dir, box);
        // A multipart with no closing boundary, a part claiming base64 that is not, a nested
        // multipart without a boundary parameter and a header line without a colon.
        const QByteArray broken
            = "From: Gil <gil@x.test>\r\nTo: sam@greendoor.test\r\nSubject: Re: Quick question\r\n"
              "Message-ID: <broken@x.test>\r\nthis header has no colon\r\nMIME-Version: 1.0\r\n"
              "Content-Type: multipart/mixed; boundary=\"OUT\"\r\n\r\n--OUT\r\n"
              "Content-Type: multipart/alternative\r\n\r\n--INNER\r\nContent-Type: text/plain\r\n\r\n"
              "Please remove me from your mailing list.\r\n--OUT\r\nContent-Type: text/plain\r\n"
              "Content-Transfer-Encoding: base64\r\n\r\n!!!not base64 at all%%%\r\n";
        QVERIFY(m_servers.deliver(user, broken));
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        const MailSync::Report report = sync.syncMailbox(box, kPassword);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.stored, 1);
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_messages WHERE message_key = 'broken@x.test'"))
                .toInt(),
            1);
        QCOMPARE(report.items.first().conversationId > 0, true);
    }

    void hostileRepliesChangeNothingBeyondTheirClass()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        QVERIFY(ws->setMeta(keys::Sender, QStringLiteral("Sam Carter <sam@greendoor.test>")));
        const QStringList bystanders = { QStringLiteral("ceo@bigcustomer.test"), QStringLiteral("cfo@bigcustomer.test"),
            QStringLiteral("sales@bigcustomer.test"), QStringLiteral("competitor@rival.test") };
        for (const QString& b : bystanders)
            seedSent(*ws, { b, QStringLiteral("Bystander") }, QStringLiteral("by-%1").arg(b));
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        const MailSync::Report report = sync.importPath(QStringLiteral(GREENDOOR_REPLIES_DATA "/hostile"));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY(report.stored >= 8);
        Executor executor(ws, &engine);
        executor.runPending();

        // What each class may lead to; nothing else is ever proposed for an inbound reply.
        const QHash<QString, QSet<QString>> allowed = {
            { QStringLiteral("interested"),
                { QStringLiteral("meeting.book"), QStringLiteral("email.reply"), QStringLiteral("sequence.pause") } },
            { QStringLiteral("objection"), { QStringLiteral("email.reply"), QStringLiteral("sequence.pause") } },
            { QStringLiteral("unsubscribe"), { QStringLiteral("suppression.add"), QStringLiteral("sequence.stop") } },
            { QStringLiteral("referral"), { QStringLiteral("prospect.add"), QStringLiteral("sequence.stop") } },
            { QStringLiteral("not_now"), { QStringLiteral("reminder.create"), QStringLiteral("sequence.pause") } },
            { QStringLiteral("not_interested"), { QStringLiteral("sequence.stop") } },
            { QStringLiteral("out_of_office"), { QStringLiteral("sequence.pause"), QStringLiteral("prospect.add") } },
            { QStringLiteral("bounce"), { QStringLiteral("suppression.add"), QStringLiteral("sequence.stop") } },
        };
        for (const MailSync::Item& item : report.items) {
            for (const QJsonValue& d : item.decisions) {
                const QJsonObject o = d.toObject();
                const QString type = o.value(QStringLiteral("type")).toString();
                QVERIFY2(allowed.value(item.replyClass).contains(type),
                    qPrintable(item.key + QStringLiteral(": ") + item.replyClass + QStringLiteral(" -> ") + type));
                const QString target = o.value(QStringLiteral("target")).toString();
                // Only the sender is acted on, except a referral's new prospect, which waits for the operator.
                if (type == QLatin1String("prospect.add"))
                    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("queue"));
                else
                    QCOMPARE(target, item.contact);
                if (type.startsWith(QLatin1String("email.")) || type == QLatin1String("meeting.book"))
                    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("queue"));
            }
        }
        // Nobody else was silenced, stopped, exported, erased, discounted or re-capped.
        for (const QString& b : bystanders) {
            QVERIFY2(!SuppressionStore(*ws).match(b), qPrintable(b));
            QCOMPARE(enrolment(*ws, b), QStringLiteral("active"));
        }
        QVERIFY(!SuppressionStore(*ws).match(QStringLiteral("x@bigcustomer.test")));
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM decisions WHERE type IN ('data.export', "
                                    "'data.erase', 'limits.change', 'pricing.discount', 'deal.close', "
                                    "'email.first_touch', 'email.follow_up', 'campaign.launch')"))
                     .toInt(),
            0);
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM approvals WHERE status <> 'pending'")).toInt(), 0);
        QCOMPARE(test::scalar(*ws,
                     QStringLiteral("SELECT count(*) FROM outbox WHERE type LIKE 'email.%' OR type = "
                                    "'meeting.book'"))
                     .toInt(),
            0);
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM prospects WHERE email LIKE '%exfil%'")).toInt(), 0);
        QCOMPARE(ws->meta(keys::AutonomyPaused, QStringLiteral("0")), QStringLiteral("0"));
    }

    void importReadsEmlFoldersAndMbox()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        DecisionEngine engine(ws);
        MailSync sync(ws, &engine);
        QByteArray mbox;
        for (int i = 0; i < 3; ++i) {
            QByteArray m = reply(QStringLiteral("Hal <hal@x.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("m%1@x.test").arg(i), i == 0 ? QString() : QStringLiteral("m%1@x.test").arg(i - 1),
                i == 2 ? QStringLiteral("Please unsubscribe me.\nFrom now on I do not want these.")
                       : QStringLiteral("Sounds good, tell me more."));
            m.replace("\r\n", "\n");
            m.replace("\nFrom now", "\n>From now");
            mbox += "From hal@x.test Mon Nov 23 10:00:00 2026\n" + m + "\n";
        }
        QFile f(dir.file(QStringLiteral("past.mbox")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(mbox);
        f.close();
        const MailSync::Report report = sync.importPath(f.fileName());
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.stored, 3);
        QCOMPARE(ConversationStore(*ws).list().size(), 1); // one thread by In-Reply-To
        QVERIFY(test::scalar(*ws, QStringLiteral("SELECT body FROM mail_messages WHERE message_key = 'm2@x.test'"))
                    .toString()
                    .contains(QLatin1String("\nFrom now on")));
        QCOMPARE(sync.importPath(f.fileName()).duplicates, 3);
    }

    void unsubscribeWhileRunningIsSuppressedWithinAMinute()
    {
        REQUIRE_SERVERS();
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus for the keychain: run inside dbus-run-session (the README's test command)");
        test::TempDir dir;
        const QString user = freshUser();
        const QString path = dir.file(QStringLiteral("run.greendoor"));
        auto cli = [&](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), dir.path());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(GREENDOOR_CLI), QStringList { QStringLiteral("--workspace"), path } + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(60000);
            return std::pair { p.exitCode(), QByteArray(p.readAllStandardOutput() + p.readAllStandardError()) };
        };
        QCOMPARE(cli({ QStringLiteral("init") }).first, 0);
        const auto added
            = cli({ QStringLiteral("mailbox"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("sales"),
                      QStringLiteral("--email"), QStringLiteral("sam@greendoor.test"), QStringLiteral("--smtp"),
                      QStringLiteral("smtp://127.0.0.1:%1").arg(m_servers.smtpPort()), QStringLiteral("--imap"),
                      QStringLiteral("imap://127.0.0.1:%1").arg(m_servers.imapPort()), QStringLiteral("--user"), user,
                      QStringLiteral("--trust-cert") },
                kPassword.toUtf8() + "\n");
        QVERIFY2(added.first == 0, added.second.constData());
        {
            core::WorkspaceError error;
            auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
            QVERIFY(ws);
            QVERIFY(ws->setMeta(keys::MailSyncSeconds, QStringLiteral("5")));
        }
        // `mail sync` with nothing there yet, and the exit code when IMAP is down.
        const auto empty = cli({ QStringLiteral("--json"), QStringLiteral("mail"), QStringLiteral("sync") });
        QVERIFY2(empty.first == 0, empty.second.constData());

        const qint64 startedAt = nowMs();
        QProcess run;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        run.setProcessEnvironment(env);
        run.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), path, QStringLiteral("run"), QStringLiteral("--seconds"),
                QStringLiteral("90") });
        QVERIFY(run.waitForStarted());
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, nullptr);
        QVERIFY(ws);
        // The runtime has synced once (its first pass at start); the reply arrives after it.
        QTRY_VERIFY_WITH_TIMEOUT(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM mail_sync WHERE synced_at > ?"), { startedAt })
                    .toInt()
                > 0,
            30000);
        QElapsedTimer arrived;
        QVERIFY(m_servers.deliver(user,
            reply(QStringLiteral("Ida <ida@x.test>"), QStringLiteral("Re: Quick question"),
                QStringLiteral("unsub@x.test"), QString(),
                QStringLiteral("Please remove me from your list and do not email me again."))));
        arrived.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM suppressions WHERE address = 'ida@x.test'")).toInt()
                == 1,
            60000);
        const qint64 latency = arrived.elapsed();
        qInfo("unsubscribe to suppression while run goes (sync every 5 s): %lld ms", latency);
        QVERIFY(latency <= 60000);
        run.terminate();
        QVERIFY(run.waitForFinished(30000));
    }
};

QTEST_GUILESS_MAIN(TestMailSync)
#include "tst_mailsync.moc"
