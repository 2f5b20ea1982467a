#include "core/Logging.h"
#include "core/Text.h"
#include "core/decisions/AuditLog.h"
#include "core/decisions/Executor.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/mail/CalendarInvite.h"
#include "core/mail/ImapClient.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/SendGate.h"
#include "core/mail/SendLedger.h"
#include "core/mail/SmtpTransport.h"
#include "core/mail/SuppressionStore.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

namespace gd::core::effects {

namespace {

const QString kDefaultSender = QStringLiteral("GreenDoor <sales@greendoor.invalid>");

// The text under key; "" (never a null string, which SQLite stores as NULL) when missing.
QString str(const QJsonObject& o, const char* key)
{
    const QString v = o.value(QLatin1String(key)).toString();
    return v.isNull() ? QStringLiteral("") : v;
}

// The sender from the workspace's setting ("Name <address>" or "address"); the default when it
// is not a valid mailbox.
MailAddress sender(const QString& setting)
{
    static const QRegularExpression named(QStringLiteral(R"(^\s*(.*?)\s*<([^<>]+)>\s*$)"));
    QString name;
    QString address = setting;
    const QRegularExpressionMatch m = named.match(setting);
    if (m.hasMatch()) {
        name = m.captured(1);
        address = m.captured(2);
    }
    const auto valid = EmailAddress::normalized(address);
    if (!valid || !isSingleLine(name))
        return sender(kDefaultSender);
    return MailAddress { name, *valid };
}

bool isOutreach(const QString& type)
{
    return type == QLatin1String("email.first_touch") || type == QLatin1String("email.follow_up");
}

QString htmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n"));
}

// What is sent: the action's body with the mailbox's signature and, on outreach, the postal
// address footer and a visible way to unsubscribe; the List-Unsubscribe headers (RFC 8058).
OutgoingEmail compose(const EffectRequest& request, const Mailbox* box, const QStringList& recipients,
    const QString& messageId, const MailAddress& from)
{
    const QJsonObject& a = request.action;
    OutgoingEmail mail;
    mail.from = from;
    for (const QString& address : recipients)
        mail.to << MailAddress { {}, address };
    mail.subject = str(a, "subject");
    mail.messageId = messageId;
    mail.date = QDateTime::currentDateTimeUtc();
    mail.inReplyTo = str(a, "in_reply_to").trimmed().remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    for (const QJsonValue& r : a.value(QStringLiteral("references")).toArray()) {
        QString id = r.toString().trimmed();
        id.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        if (!id.isEmpty())
            mail.references << id;
    }
    if (!mail.inReplyTo.isEmpty() && !mail.references.contains(mail.inReplyTo))
        mail.references << mail.inReplyTo;
    QString text = str(a, "body");
    QString html = str(a, "html");
    if (box) {
        const bool outreach = isOutreach(request.type);
        QStringList footer;
        if (!box->signature.trimmed().isEmpty())
            footer << QStringLiteral("-- \n") + box->signature.trimmed();
        if (outreach && !box->postalAddress.trimmed().isEmpty())
            footer << box->postalAddress.trimmed();
        if (outreach) {
            footer << (box->unsubscribeUrl.isEmpty()
                    ? tr("To stop these emails, reply with \"unsubscribe\".")
                    : tr("To stop these emails, reply with \"unsubscribe\" or open %1").arg(box->unsubscribeUrl));
            mail.listUnsubscribeMailto = box->email + QStringLiteral("?subject=unsubscribe");
            mail.listUnsubscribeUrl = box->unsubscribeUrl;
        }
        if (!footer.isEmpty()) {
            if (!text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            text += QLatin1Char('\n') + footer.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
            if (!html.isEmpty()) {
                QStringList parts;
                for (const QString& f : footer)
                    parts << QStringLiteral("<p>") + htmlEscaped(f) + QStringLiteral("</p>");
                html += QStringLiteral("\n") + parts.join(QLatin1Char('\n'));
            }
        }
    }
    mail.text = text;
    mail.html = html;
    const QJsonObject invite = a.value(QStringLiteral("invite")).toObject();
    if (!invite.isEmpty()) { // validated when proposed (check); a broken one is left out, never guessed
        if (const auto meeting = CalendarInvite::fromMeeting(invite, request.target,
                QStringLiteral("gd.") + request.decisionId + QStringLiteral("@greendoor.invalid"), from.address,
                nullptr)) {
            CalendarInvite i = *meeting;
            i.organizerEmail = from.address; // the attendee answers the mailbox that invited them
            if (i.organizerName.isEmpty())
                i.organizerName = from.name;
            mail.calendar = i.build();
        }
    }
    if (effects::isPlainToken(request.decisionId))
        mail.extraHeaders.append({ QByteArrayLiteral("X-GreenDoor-Decision"), request.decisionId });
    return mail;
}

// The mailbox to send from: the action's, else the first unpaused one (the first one when all
// are paused: its items wait). nullopt and *none when the workspace has no mailbox at all.
std::optional<Mailbox> chooseMailbox(Workspace& ws, const QString& wanted, bool* none, QString* why)
{
    MailboxStore store(ws);
    const QList<Mailbox> all = store.list();
    *none = all.isEmpty();
    if (!wanted.isEmpty()) {
        for (const Mailbox& m : all) {
            if (m.name == wanted)
                return m;
        }
        *why = tr("no mailbox named %1").arg(wanted);
        return std::nullopt;
    }
    for (const Mailbox& m : all) {
        if (!m.paused)
            return m;
    }
    if (!all.isEmpty())
        return all.first();
    return std::nullopt;
}

QString localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

EffectError waiting(const QString& why, qint64 notBefore)
{
    EffectError e { EffectError::Code::Waiting, why };
    e.notBefore = notBefore;
    return e;
}

class EmailEffect final : public DecisionEffect
{
public:
    explicit EmailEffect(QString type)
        : m_type(std::move(type))
    {
    }

    QString type() const override { return m_type; }
    QStringList requiredFields() const override
    {
        return { QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body") };
    }
    QStringList declaredFacts() const override
    {
        return { QStringLiteral("lawful_basis"), QStringLiteral("region"), QStringLiteral("inbound_class") };
    }

    QString editedTarget(const QString& oldTarget, const QJsonObject& action) const override
    {
        const auto recipients = EmailAddress::parseList(action.value(QStringLiteral("to")).toString());
        if (!recipients || recipients->contains(oldTarget.trimmed().toLower()))
            return oldTarget;
        return recipients->first();
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        const QString to = action.value(QStringLiteral("to")).toString();
        const auto recipients = EmailAddress::parseList(to);
        if (!recipients)
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a list of valid email addresses").arg(to.simplified()));
        if (!recipients->contains(target.trimmed().toLower()))
            return error(EffectError::Code::InvalidField,
                tr("the target %1 is not among the recipients (%2)")
                    .arg(target.simplified(), recipients->join(QStringLiteral(", "))));
        if (!isSingleLine(action.value(QStringLiteral("subject")).toString()))
            return error(EffectError::Code::InvalidField, tr("the subject must be a single line of text"));
        for (const char* key : { "mailbox", "in_reply_to" }) {
            if (!isSingleLine(action.value(QLatin1String(key)).toString()))
                return error(
                    EffectError::Code::InvalidField, tr("%1 must be a single line of text").arg(QLatin1String(key)));
        }
        if (action.contains(QStringLiteral("invite"))) {
            QString why;
            if (!action.value(QStringLiteral("invite")).isObject()
                || !CalendarInvite::fromMeeting(action.value(QStringLiteral("invite")).toObject(), target,
                    QStringLiteral("check@greendoor.invalid"), QStringLiteral("check@greendoor.invalid"), &why))
                return error(EffectError::Code::InvalidField, tr("the invitation is not valid: %1").arg(why));
        }
        return std::nullopt;
    }

public:
    EffectStatus perform(const EffectRequest& request, EffectEnvironment& env, QJsonObject* result) const override
    {
        Workspace& ws = *env.workspace;
        const QJsonObject& a = request.action;
        const auto recipients = EmailAddress::parseList(str(a, "to"));
        if (!recipients || !isSingleLine(str(a, "subject")))
            return error(EffectError::Code::InvalidField, tr("the email's headers are not valid"));
        SendLedger ledger(ws);
        const auto record = env.outboxId.isEmpty() ? std::nullopt : ledger.byOutbox(env.outboxId);
        bool none = false;
        QString why;
        std::optional<Mailbox> box;
        if (record) {
            box = MailboxStore(ws).find(record->mailbox);
            if (!box)
                return EffectError { EffectError::Code::Held,
                    tr("mailbox %1 was removed while email %2 from it may have left; resolve it by hand")
                        .arg(record->mailbox, record->messageId) };
        } else {
            box = chooseMailbox(ws, str(a, "mailbox"), &none, &why);
            if (!box && none && str(a, "mailbox").isEmpty())
                return writeToFile(request, env, *recipients, result);
            if (!box)
                return error(EffectError::Code::Unavailable, why);
        }
        return send(request, env, *box, *recipients, record, result);
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        if (str(*result, "transport") != QLatin1String("smtp"))
            return std::nullopt;
        const QString messageId = str(*result, "message_id");
        const qint64 at = nowMs();
        QString why;
        SendLedger ledger(ws);
        if (!ledger.markSent(messageId, str(*result, "queue_id"), str(*result, "smtp_reply"), at, &why))
            return error(EffectError::Code::WriteFailed, why);
        // The step's send (CAMPAIGNS' table) and the sent message for threading (CONVERSATIONS').
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("UPDATE campaign_sends SET status = 'sent', message_id = ?, updated_at = ? "
                                 "WHERE decision_id = ?"));
        q.addBindValue(messageId);
        q.addBindValue(at);
        q.addBindValue(request.decisionId);
        if (!ws.execWrite(q, QStringLiteral("campaign_sends:sent"), &why))
            return error(EffectError::Code::WriteFailed, why);
        QSqlQuery m(ws.db());
        m.prepare(QStringLiteral(
            "INSERT INTO mail_messages (message_key, conversation_id, direction, mailbox, folder, in_reply_to, refs, "
            "sender, recipients, subject, sent_at, body, received_at) VALUES (?, NULL, 'out', ?, '', ?, ?, ?, ?, ?, ?, "
            "?, ?) ON CONFLICT (message_key) DO NOTHING"));
        m.addBindValue(messageId);
        m.addBindValue(str(*result, "mailbox"));
        m.addBindValue(str(request.action, "in_reply_to"));
        QStringList refs;
        for (const QJsonValue& r : request.action.value(QStringLiteral("references")).toArray())
            refs << r.toString();
        m.addBindValue(refs.isEmpty() ? QStringLiteral("") : refs.join(QLatin1Char(' ')));
        m.addBindValue(str(*result, "from"));
        m.addBindValue(str(request.action, "to"));
        m.addBindValue(str(request.action, "subject"));
        m.addBindValue(at);
        m.addBindValue(str(*result, "body"));
        m.addBindValue(at);
        if (!ws.execWrite(m, QStringLiteral("mail_messages:out"), &why))
            return error(EffectError::Code::WriteFailed, why);
        result->remove(QStringLiteral("body")); // stored once, in mail_messages
        return std::nullopt;
    }

private:
    // No mailbox connected: the email is written to <workspace>-outgoing/ as an .eml file.
    EffectStatus writeToFile(
        const EffectRequest& request, EffectEnvironment& env, const QStringList& recipients, QJsonObject* result) const
    {
        const QString path = QDir(env.outgoingDir).filePath(env.fileStem + QStringLiteral(".eml"));
        result->insert(QStringLiteral("transport"), QStringLiteral("file"));
        result->insert(QStringLiteral("file"), path);
        result->insert(QStringLiteral("note"), tr("no mailbox is connected: written to a file, not sent"));
        if (QFileInfo::exists(path))
            return std::nullopt; // written before a crash: never twice
        const OutgoingEmail mail
            = compose(request, nullptr, recipients, env.fileStem + QStringLiteral("@greendoor.invalid"),
                sender(env.workspace->meta(keys::Sender, kDefaultSender)));
        QString why;
        const auto raw = MimeMessage::build(mail, &why);
        if (!raw)
            return error(EffectError::Code::InvalidField, tr("the email cannot be built: %1").arg(why));
        if (auto failed = writeFile(env.outgoingDir, path, *raw))
            return failed;
        if (env.afterFileWritten)
            env.afterFileWritten();
        return std::nullopt;
    }

    // How long a server that files sent mail itself may take to show an accepted message in Sent.
    static constexpr qint64 kSentSettleMs = 15'000;

    enum class Lookup
    {
        Found,
        NotFound, // looked everywhere it could be: not there
        CannotKnow,
    };

    // Looks for the Message-ID in the mailbox's Sent folder(s) over IMAP.
    static Lookup lookInSent(const Mailbox& box, const QString& password, const QString& messageId,
        const std::atomic<bool>* cancel, QString* where)
    {
        if (box.imapUrl.isEmpty()) {
            *where = tr("mailbox %1 has no IMAP server to look in its Sent folder").arg(box.name);
            return Lookup::CannotKnow;
        }
        ImapClient imap(box.imapAccount(password));
        QStringList missing;
        for (const QString& folder : box.sentFolders()) {
            const auto uids = imap.findMessageId(folder, messageId, cancel);
            if (uids && !uids->isEmpty()) {
                *where = folder;
                return Lookup::Found;
            }
            if (uids) {
                *where = folder;
                return Lookup::NotFound; // the folder exists and does not hold it
            }
            if (imap.error() != MailErrorKind::MailboxNotFound && imap.error() != MailErrorKind::Other
                && imap.error() != MailErrorKind::Permanent) {
                *where = tr("the IMAP server could not be asked: %1").arg(imap.errorDetail());
                return Lookup::CannotKnow;
            }
            missing << folder;
        }
        *where = tr("no Sent folder found (tried %1)").arg(missing.join(QStringLiteral(", ")));
        return Lookup::CannotKnow;
    }

    static void fillSent(QJsonObject* result, const Mailbox& box, const SendLedger::Record& r, const QString& body)
    {
        result->insert(QStringLiteral("transport"), QStringLiteral("smtp"));
        result->insert(QStringLiteral("mailbox"), box.name);
        result->insert(QStringLiteral("from"), box.email);
        result->insert(QStringLiteral("message_id"), r.messageId);
        result->insert(QStringLiteral("queue_id"), r.queueId);
        result->insert(QStringLiteral("smtp_reply"), r.smtpReply);
        result->insert(QStringLiteral("body"), body);
    }

    EffectStatus send(const EffectRequest& request, EffectEnvironment& env, const Mailbox& box,
        const QStringList& recipients, std::optional<SendLedger::Record> record, QJsonObject* result) const
    {
        Workspace& ws = *env.workspace;
        SendLedger ledger(ws);
        const qint64 now = env.clock ? env.clock() : nowMs();
        const QString recipient = request.target.trimmed().toLower();
        const QString messageId
            = record ? record->messageId : QStringLiteral("gd.") + env.fileStem + QLatin1Char('@') + box.domain();
        const OutgoingEmail mail
            = compose(request, &box, recipients, messageId, MailAddress { box.displayName, box.email });
        if (record && record->state == QLatin1String("bounced"))
            return error(EffectError::Code::TargetNotFound, tr("bounced: %1").arg(record->smtpReply));
        if (record && record->state == QLatin1String("sent")) {
            fillSent(result, box, *record, mail.text); // confirmed before (by the operator or a crashed run)
            return std::nullopt;
        }
        if (box.paused)
            return waiting(tr("mailbox %1 is paused: %2").arg(box.name, box.pausedReason), now + 60'000);
        // A campaign email approved earlier: the campaign may be paused since, or the contact's
        // sequence ended (they replied). Not for an email that may already have left.
        const QString campaign = str(request.action, "campaign");
        if (!campaign.isEmpty() && (!record || record->state == QLatin1String("failed"))) {
            if (const auto hold = CampaignStore::sendHold(ws, campaign, recipient)) {
                if (!hold->drop)
                    return waiting(hold->reason, now + 60'000);
                CampaignStore::markSkipped(ws, request.decisionId, hold->reason);
                return error(EffectError::Code::TargetNotFound, hold->reason);
            }
        }
        QString why;
        const QString password = env.secret ? env.secret(box.passwordKey(), &why) : QString();
        if (password.isEmpty())
            return waiting(tr("mailbox %1 cannot log in: %2").arg(box.name, why.isEmpty() ? tr("no keychain") : why),
                now + 60'000);

        // The crash rule: an email that may have left is looked for, never sent again blindly.
        bool resend = false;
        if (record && (record->state == QLatin1String("sending") || record->state == QLatin1String("unknown"))) {
            QString where;
            switch (lookInSent(box, password, messageId, env.cancel, &where)) {
            case Lookup::Found: {
                SendLedger::Record r = *record;
                r.smtpReply = tr("found in %1 after an interrupted send").arg(where);
                fillSent(result, box, r, mail.text);
                result->insert(QStringLiteral("recovered"), true);
                return std::nullopt;
            }
            case Lookup::NotFound:
                if (box.serverSavesSent) {
                    // The server files what it accepts, but maybe not yet: a message whose end
                    // went out just before the stop may still be on its way into Sent. Look again
                    // once the attempt is old enough before concluding it was never accepted.
                    if (now - record->startedAt < kSentSettleMs)
                        return waiting(tr("email %1 was interrupted mid-send and is not in %2 yet; looking again "
                                          "before sending it again (the server may still be filing it)")
                                           .arg(messageId, where),
                            record->startedAt + kSentSettleMs);
                    resend = true; // the server files what it accepts: it never accepted this one
                    break;
                }
                return EffectError { EffectError::Code::Held,
                    tr("email %1 may have left before GreenDoor stopped: it is not in %2, but mailbox %3's server "
                       "does not file sent mail itself; check and run `outbox resolve` with --sent or --resend")
                        .arg(messageId, where, box.name) };
            case Lookup::CannotKnow:
                return EffectError { EffectError::Code::Held,
                    tr("email %1 may have left before GreenDoor stopped and it cannot be checked (%2); check and run "
                       "`outbox resolve` with --sent or --resend")
                        .arg(messageId, where) };
            }
        }

        QString buildError;
        const auto raw = MimeMessage::build(mail, &buildError);
        if (!raw)
            return error(EffectError::Code::InvalidField, tr("the email cannot be built: %1").arg(buildError));

        // The slot: caps and suppression checked and the ledger row written in one transaction,
        // committed before the first byte goes out.
        {
            Transaction tx(ws);
            if (!tx.ok())
                return error(EffectError::Code::WriteFailed, tx.error());
            if (const auto stop = SuppressionStore(ws).match(recipient, str(request.action, "campaign")))
                return error(EffectError::Code::TargetNotFound,
                    tr("%1 is on the suppression list (%2)").arg(recipient, stop->reason));
            if (!resend && (!record || record->state == QLatin1String("failed"))) {
                if (const auto wait = SendGate::check(ws, box, recipient, now))
                    return waiting(wait->reason, wait->notBefore);
            }
            SendLedger::Record r;
            r.messageId = messageId;
            r.outboxId = env.outboxId.isEmpty() ? messageId : env.outboxId;
            r.mailbox = box.name;
            r.recipient = recipient;
            r.recipientDomain = recipient.section(QLatin1Char('@'), 1);
            r.startedAt = now;
            r.rawSize = raw->size();
            if (!ledger.begin(r, &why) || !tx.commit())
                return error(EffectError::Code::WriteFailed, why.isEmpty() ? tx.error() : why);
        }
        if (env.fault)
            env.fault("send:after_ledger");

        const SmtpTransport::Result sent
            = SmtpTransport::send(box.smtpAccount(password), box.email, recipients, *raw, env.cancel);
        if (env.fault)
            env.fault("send:after_smtp");
        if (sent.ok()) {
            SendLedger::Record r;
            r.messageId = messageId;
            r.queueId = sent.queueId;
            r.smtpReply = sent.serverReply;
            fillSent(result, box, r, mail.text);
            if (!box.serverSavesSent && !box.imapUrl.isEmpty()) {
                // Like a mail client: a copy in Sent, which is also where a crash looks for it.
                ImapClient imap(box.imapAccount(password));
                const QString folder = box.sentFolder.isEmpty() ? QStringLiteral("Sent") : box.sentFolder;
                const bool copied = imap.append(folder, *raw, env.cancel);
                result->insert(QStringLiteral("sent_copy"), copied ? folder : imap.errorDetail());
            }
            return std::nullopt;
        }
        return failed(request, env, box, messageId, sent, now, result);
    }

    EffectStatus failed(const EffectRequest& request, EffectEnvironment& env, const Mailbox& box,
        const QString& messageId, const SmtpTransport::Result& sent, qint64 now, QJsonObject*) const
    {
        Workspace& ws = *env.workspace;
        SendLedger ledger(ws);
        QString why;
        const QString reply = sent.serverReply.isEmpty() ? sent.detail : sent.serverReply;
        if (sent.outcomeUnknown) {
            // The whole message went out and no answer came: look in Sent before anything else.
            ledger.setState(messageId, QStringLiteral("unknown"), sent.detail, &why);
            return waiting(tr("the server went silent after receiving email %1; checking the Sent folder before "
                              "any resend")
                               .arg(messageId),
                now + 2'000);
        }
        switch (sent.error) {
        case MailErrorKind::RecipientRejected:
            return bounce(request, ws, messageId, reply);
        case MailErrorKind::Auth:
        case MailErrorKind::Tls: {
            ledger.setState(messageId, QStringLiteral("failed"), sent.detail, &why);
            if (env.forgetSecret)
                env.forgetSecret(box.passwordKey());
            const QString reason = tr("%1 (paused after a failed send; fix the settings, then `mailbox resume %2`)")
                                       .arg(sent.detail, box.name);
            Transaction tx(ws);
            bool changed = false;
            if (tx.ok() && MailboxStore(ws).pauseOnce(box.name, reason, &changed, &why) && changed)
                AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("mailbox_paused"), request.decisionId,
                    QJsonObject { { QStringLiteral("mailbox"), box.name }, { QStringLiteral("reason"), sent.detail } });
            tx.commit();
            if (changed)
                qCWarning(lcRuntime) << "mailbox" << box.name << "paused:" << sent.detail;
            return waiting(tr("mailbox %1 is paused: %2").arg(box.name, sent.detail), now + 60'000);
        }
        case MailErrorKind::Temporary:
        case MailErrorKind::TooLarge:
        case MailErrorKind::Other:
            ledger.setState(messageId, QStringLiteral("failed"), reply, &why);
            return error(EffectError::Code::SendFailed, tr("the mail server refused for now: %1").arg(sent.detail));
        case MailErrorKind::Permanent:
            ledger.setState(messageId, QStringLiteral("failed"), reply, &why);
            return error(EffectError::Code::InvalidField, tr("the mail server refused the email: %1").arg(sent.detail));
        default: {
            // Unreachable, timed out, cut off before the end of the message: nothing was accepted.
            const auto row = ledger.byMessageId(messageId);
            ledger.setState(messageId, QStringLiteral("failed"), sent.detail, &why);
            const qint64 next = now + Executor::retryDelayMs(row ? row->attempts : 1, 0.5);
            return waiting(tr("the SMTP server of mailbox %1 cannot be reached (%2); next try %3")
                               .arg(box.name, sent.detail, localTime(next)),
                next);
        }
        }
    }

    // A 5xx on the recipient: a bounce for that contact, never mailed again.
    static EffectStatus bounce(
        const EffectRequest& request, Workspace& ws, const QString& messageId, const QString& reply)
    {
        const QString recipient = request.target.trimmed().toLower();
        const qint64 at = nowMs();
        const QString reason = tr("bounced: %1").arg(reply);
        QString why;
        Transaction tx(ws);
        bool ok = tx.ok() && SendLedger(ws).setState(messageId, QStringLiteral("bounced"), reply, &why);
        if (ok) {
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("UPDATE campaign_sends SET status = 'bounced', message_id = ?, reason = ?, "
                                     "updated_at = ? WHERE decision_id = ?"));
            q.addBindValue(messageId);
            q.addBindValue(reason);
            q.addBindValue(at);
            q.addBindValue(request.decisionId);
            ok = ws.execWrite(q, QStringLiteral("campaign_sends:bounced"), &why);
        }
        if (ok) {
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("UPDATE enrolments SET status = 'ended', reason = ?, updated_at = ? "
                                     "WHERE email = ? AND status IN ('active', 'paused')"));
            q.addBindValue(reason);
            q.addBindValue(at);
            q.addBindValue(recipient);
            ok = ws.execWrite(q, QStringLiteral("enrolments:bounced"), &why);
        }
        ok = ok
            && SuppressionStore(ws).add(recipient, SuppressionStore::Global, QStringLiteral("bounce"), messageId, &why);
        if (!ok || !tx.commit())
            return error(EffectError::Code::WriteFailed, why.isEmpty() ? tx.error() : why);
        return error(EffectError::Code::TargetNotFound, reason);
    }

    QString m_type;
};

} // namespace

std::unique_ptr<DecisionEffect> makeEmail(const QString& type)
{
    return std::make_unique<EmailEffect>(type);
}

} // namespace gd::core::effects
