#include "core/mail/MailSync.h"

#include "core/Text.h"
#include "core/decisions/DecisionEngine.h"
#include "core/mail/ConversationStore.h"
#include "core/mail/ImapClient.h"
#include "core/mail/Mailbox.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/QuoteStripper.h"
#include "core/mail/ReplyActions.h"
#include "core/mail/ReplyClassifier.h"
#include "core/ai/OfflineModel.h"
#include "core/runtime/Types.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcMailSync, "greendoor.mail.sync")

constexpr qint64 kDefaultMaxMessageBytes = 10LL * 1024 * 1024;
constexpr qint64 kMaxStoredText = 1024 * 1024; // characters of body text kept for display
constexpr qint64 kMaxImportFile = 512LL * 1024 * 1024;

bool connectionFailure(MailErrorKind kind)
{
    switch (kind) {
    case MailErrorKind::Dns:
    case MailErrorKind::Connect:
    case MailErrorKind::Tls:
    case MailErrorKind::Auth:
    case MailErrorKind::Timeout:
    case MailErrorKind::ConnectionLost:
    case MailErrorKind::Cancelled:
        return true;
    default:
        return false;
    }
}

QString clip(const QString& text)
{
    return text.size() > kMaxStoredText ? text.left(kMaxStoredText) : text;
}

} // namespace

QJsonObject MailSync::Item::toJson() const
{
    QJsonObject o { { QStringLiteral("key"), key }, { QStringLiteral("message_id"), messageId },
        { QStringLiteral("conversation_id"), conversationId }, { QStringLiteral("direction"), direction },
        { QStringLiteral("contact"), contact }, { QStringLiteral("subject"), subject },
        { QStringLiteral("class"), replyClass }, { QStringLiteral("confidence"), qRound(confidence * 1000) / 1000.0 },
        { QStringLiteral("thread"), thread }, { QStringLiteral("duplicate"), duplicate },
        { QStringLiteral("too_large"), tooLarge }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("decisions"), decisions } };
    if (uid > 0)
        o.insert(QStringLiteral("uid"), uid);
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

QJsonObject MailSync::Report::toJson() const
{
    QJsonArray list;
    for (const Item& i : items)
        list.append(i.toJson());
    QJsonObject o { { QStringLiteral("mailbox"), mailbox }, { QStringLiteral("folder"), folder },
        { QStringLiteral("uid_validity"), uidValidity }, { QStringLiteral("resynced"), resynced },
        { QStringLiteral("fetched"), fetched }, { QStringLiteral("stored"), stored },
        { QStringLiteral("duplicates"), duplicates }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("too_large"), tooLarge }, { QStringLiteral("decisions"), decisions },
        { QStringLiteral("elapsed_ms"), elapsedMs }, { QStringLiteral("messages"), list } };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

MailSync::MailSync(std::shared_ptr<Workspace> workspace, DecisionEngine* engine)
    : m_workspace(std::move(workspace))
    , m_engine(engine)
    , m_model(std::make_shared<OfflineModel>())
{
}

void MailSync::setModel(std::shared_ptr<LanguageModel> model, const std::atomic<bool>* cancel)
{
    m_model = model ? std::move(model) : std::make_shared<OfflineModel>();
    m_modelCancel = cancel;
}

QString MailSync::hashKey(const QByteArray& raw)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

QList<QByteArray> MailSync::splitMbox(const QByteArray& data)
{
    QList<QByteArray> messages;
    QByteArray current;
    bool inMessage = false;
    qsizetype pos = 0;
    bool previousBlank = true;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size() - 1;
        QByteArray line = data.mid(pos, end - pos + 1);
        pos = end + 1;
        if (line.startsWith("From ") && previousBlank) {
            if (inMessage && !current.trimmed().isEmpty())
                messages.append(current);
            current.clear();
            inMessage = true;
            previousBlank = false;
            continue;
        }
        const QByteArray bare = line.trimmed();
        previousBlank = bare.isEmpty();
        if (!inMessage)
            continue;
        // mboxrd: ">From " (with any number of '>') had one '>' added when it was written.
        qsizetype quotes = 0;
        while (quotes < line.size() && line.at(quotes) == '>')
            ++quotes;
        if (quotes > 0 && line.mid(quotes).startsWith("From "))
            line.remove(0, 1);
        current += line;
    }
    if (inMessage && !current.trimmed().isEmpty())
        messages.append(current);
    return messages;
}

MailSync::Item MailSync::ingest(
    const QByteArray& raw, const Source& source, QString* error, const std::function<bool(QString*)>& afterStore)
{
    return ingestParsed(raw, source, false, raw.size(), error, afterStore);
}

MailSync::Item MailSync::ingestParsed(const QByteArray& raw, const Source& source, bool headersOnly, qint64 size,
    QString* error, const std::function<bool(QString*)>& afterStore)
{
    Workspace& ws = *m_workspace;
    ConversationStore store(ws);
    Item item;
    item.uid = source.uid;
    const qint64 receivedAt = source.receivedAt > 0 ? source.receivedAt : nowMs();

    QString parseError;
    std::optional<ParsedEmail> parsed = MimeMessage::parse(raw, &parseError);
    QJsonObject details;
    if (!parsed) {
        // Not a message GMime can read at all: kept as text, so nothing that arrived is lost.
        ParsedEmail fallback;
        fallback.text = QString::fromUtf8(raw.left(kMaxStoredText));
        parsed = fallback;
        details.insert(QStringLiteral("unparsed"), parseError.isEmpty() ? tr("not a MIME message") : parseError);
    }
    const ParsedEmail& email = *parsed;
    item.key = email.messageId.isEmpty() ? hashKey(raw) : email.messageId;
    if (headersOnly && email.messageId.isEmpty())
        item.key = hashKey(raw); // the header bytes: the same headers give the same key next time
    item.subject = email.subject;
    if (const auto existing = store.messageByKey(item.key)) {
        item.duplicate = true;
        item.messageId = *existing;
        if (const auto m = store.message(*existing)) {
            item.conversationId = m->conversationId;
            item.direction = m->direction;
            item.replyClass = m->replyClass;
        }
        if (afterStore) {
            Transaction tx(ws);
            QString why;
            if (!tx.ok() || !afterStore(&why) || !tx.commit()) {
                if (error)
                    *error = why.isEmpty() ? tx.error() : why;
            }
        }
        return item;
    }

    // Ours (an import of past conversations holds what we sent) or theirs.
    QString ownName;
    QString ownEmail;
    bool outgoing = false;
    const QList<Mailbox> mailboxes = MailboxStore(ws).list();
    for (const Mailbox& m : mailboxes) {
        if (m.email.compare(email.from.address, Qt::CaseInsensitive) == 0)
            outgoing = true;
        if (ownEmail.isEmpty() || m.name == source.mailbox) {
            ownEmail = m.email;
            ownName = m.displayName;
        }
    }
    const QString sender = ws.meta(keys::Sender);
    if (!sender.isEmpty() && !email.from.address.isEmpty() && sender.contains(email.from.address, Qt::CaseInsensitive))
        outgoing = true;
    if (ownEmail.isEmpty()) {
        // The sender setting reads "Sam Carter <sam@x.example>" or a bare address.
        static const QRegularExpression named(QStringLiteral(R"(^\s*(.*?)\s*<([^<>\s]+)>\s*$)"));
        const auto m = named.match(sender);
        ownEmail = m.hasMatch() ? m.captured(2).toLower() : sender.trimmed().toLower();
        ownName = m.hasMatch() ? m.captured(1) : ws.meta(keys::SenderName);
        if (ownName.isEmpty())
            ownName = ws.meta(keys::SenderName);
    }
    item.direction = outgoing ? QStringLiteral("out") : QStringLiteral("in");

    ReplyAnalysis analysis;
    if (!outgoing && !headersOnly && !details.contains(QStringLiteral("unparsed"))) {
        // Through the model interface: the configured model when there is one (and the privacy
        // switch lets the reply go to it), the offline classifier otherwise or when it fails.
        const ReplyAnswer answer = m_model->classifyReply({ email }, m_modelCancel);
        analysis = answer.analysis;
        details.insert(QStringLiteral("classified_by"), answer.answeredBy);
        if (answer.fellBack)
            details.insert(QStringLiteral("model_fallback"), answer.fallbackReason);
    } else if (!outgoing && !headersOnly)
        analysis.body = QuoteStripper::strip(email.text).body;
    const bool classified = !outgoing && !headersOnly && !details.contains(QStringLiteral("unparsed"));

    QString contact = outgoing ? (email.to.isEmpty() ? QString() : email.to.first().address) : email.from.address;
    if (classified && analysis.replyClass == ReplyClass::Bounce && !analysis.bounce.recipient.isEmpty())
        contact = analysis.bounce.recipient.toLower();
    QStringList ids;
    if (!email.inReplyTo.isEmpty())
        ids << email.inReplyTo;
    QStringList refs = email.references;
    std::reverse(refs.begin(), refs.end());
    ids << refs;
    if (!email.originalMessageId.isEmpty())
        ids << email.originalMessageId;
    ids.removeDuplicates();

    StoredMessage m;
    m.key = item.key;
    m.direction = item.direction;
    m.mailbox = source.mailbox;
    m.folder = source.folder;
    m.uid = source.uid;
    m.inReplyTo = email.inReplyTo;
    m.references = email.references;
    m.sender = email.from.address;
    for (const MailAddress& a : email.to)
        m.recipients << a.address;
    for (const MailAddress& a : email.cc)
        m.recipients << a.address;
    m.subject = email.subject;
    m.sentAt = email.date.isValid() ? email.date.toMSecsSinceEpoch() : receivedAt;
    m.receivedAt = receivedAt;
    m.read = outgoing;
    if (headersOnly) {
        m.body = tr("(This message of %1 MB is over the %2 MB limit: only its headers were stored.)")
                     .arg(static_cast<double>(size) / (1024.0 * 1024.0), 0, 'f', 1)
                     .arg(static_cast<double>(ws.meta(keys::MailMaxMessageBytes).toLongLong() > 0
                                  ? ws.meta(keys::MailMaxMessageBytes).toLongLong()
                                  : kDefaultMaxMessageBytes)
                             / (1024.0 * 1024.0),
                         0, 'f', 1);
        details.insert(QStringLiteral("too_large"), true);
        if (size > 0)
            details.insert(QStringLiteral("size"), size);
        item.tooLarge = true;
    } else {
        m.body = clip(email.text);
        m.analysedText = clip(outgoing ? QuoteStripper::strip(email.text).body : analysis.body);
    }
    for (const MailAttachment& att : email.attachments) {
        m.attachments.append(QJsonObject { { QStringLiteral("file_name"), att.fileName },
            { QStringLiteral("content_type"), att.contentType }, { QStringLiteral("size"), att.size } });
    }
    if (classified) {
        m.replyClass = replyClassName(analysis.replyClass);
        m.confidence = analysis.confidence;
        m.evidence = QJsonArray::fromStringList(analysis.deciding);
        if (analysis.returnDate.isValid())
            details.insert(QStringLiteral("return_date"), analysis.returnDate.toString(Qt::ISODate));
        if (!analysis.referredEmail.isEmpty() || !analysis.referredName.isEmpty())
            details.insert(QStringLiteral("referred_to"),
                QJsonObject { { QStringLiteral("name"), analysis.referredName },
                    { QStringLiteral("email"), analysis.referredEmail } });
        if (analysis.autoReply.autoReply)
            details.insert(QStringLiteral("auto_reply"), analysis.autoReply.evidence);
        if (analysis.bounce.bounce)
            details.insert(QStringLiteral("bounce"),
                QJsonObject { { QStringLiteral("hard"), analysis.bounce.hard },
                    { QStringLiteral("recipient"), analysis.bounce.recipient },
                    { QStringLiteral("status"), analysis.bounce.status },
                    { QStringLiteral("diagnostic"), analysis.bounce.diagnostic.left(500) } });
    }
    m.details = details;

    // The answer to the reply is drafted before the transaction: a model may take a while.
    ReplyActions::Context c;
    std::optional<ReplyDraft> draft;
    if (classified && m_engine && !contact.isEmpty()) {
        c.contact = contact.toLower();
        c.contactName = analysis.replyClass == ReplyClass::Bounce ? QString() : email.from.name;
        c.subject = email.subject;
        c.messageKey = item.key;
        c.messageId = email.messageId;
        c.references = email.references;
        c.mailboxEmail = ownEmail;
        c.mailboxName = ownName;
        c.receivedAt = QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC);
        draft = ReplyActions::draftFor(ws, analysis, c, m_model.get(), m_modelCancel);
        if (draft)
            c.draft = &*draft;
    }

    Transaction tx(ws);
    QString why;
    auto fail = [&](const QString& reason) {
        if (error)
            *error = reason.isEmpty() ? tr("the message could not be stored") : reason;
        return item;
    };
    if (!tx.ok())
        return fail(tx.error());
    ConversationStore::ThreadMatch match = store.findThread(ids, email.subject, contact, m.sentAt, &why);
    if (!why.isEmpty())
        return fail(why);
    if (contact.isEmpty())
        contact = match.contact;
    if (match.conversationId == 0) {
        match.conversationId = store.createConversation(contact, email.subject, match.campaign, m.sentAt, &why);
        if (match.conversationId == 0)
            return fail(why);
        match.how = QStringLiteral("new");
    }
    m.conversationId = match.conversationId;
    item.conversationId = match.conversationId;
    item.thread = match.how;
    item.contact = contact;
    if (!store.insertMessage(m, &why) || !store.touch(m.conversationId, m, &why))
        return fail(why);
    item.messageId = m.id;
    item.replyClass = m.replyClass;
    item.confidence = m.confidence;
    if (classified && m_engine && !contact.isEmpty()) {
        if (c.contact.isEmpty()) { // found by the thread
            c.contact = contact.toLower();
            c.contactName = analysis.replyClass == ReplyClass::Bounce ? QString() : email.from.name;
            c.subject = email.subject;
            c.messageKey = item.key;
            c.messageId = email.messageId;
            c.references = email.references;
            c.mailboxEmail = ownEmail;
            c.mailboxName = ownName;
            c.receivedAt = QDateTime::fromMSecsSinceEpoch(m.sentAt, Qt::UTC);
        }
        c.campaign = match.campaign;
        if (match.how == QLatin1String("in-reply-to") || match.how == QLatin1String("references")
            || match.how == QLatin1String("campaign-send"))
            c.sentTo = match.contact;
        const QJsonArray decisions = ReplyActions::propose(*m_engine, ws, analysis, c);
        for (const QJsonValue& d : decisions) {
            if (d.toObject().contains(QStringLiteral("error")))
                return fail(d.toObject().value(QStringLiteral("error")).toString());
        }
        if (!decisions.isEmpty() && !store.setDecisions(m.id, decisions, &why))
            return fail(why);
        item.decisions = decisions;
    }
    if (afterStore && !afterStore(&why))
        return fail(why);
    if (!tx.commit())
        return fail(tx.error());
    return item;
}

MailSync::Report MailSync::syncMailbox(const Mailbox& mailbox, const QString& password, const Options& options)
{
    QElapsedTimer timer;
    timer.start();
    Workspace& ws = *m_workspace;
    ConversationStore store(ws);
    Report report;
    report.mailbox = mailbox.name;
    report.folder = options.folder;
    auto finish = [&]() {
        report.elapsedMs = timer.elapsed();
        for (const Item& i : std::as_const(report.items))
            report.decisions += static_cast<int>(i.decisions.size());
        return report;
    };
    if (mailbox.imapUrl.isEmpty()) {
        report.error = tr("mailbox %1 has no IMAP server: replies cannot be read").arg(mailbox.name);
        report.errorKind = MailErrorKind::Other;
        return finish();
    }
    QString why;
    store.threadOutgoing(&why); // what SENDING stored since the last sync
    qint64 maxBytes = options.maxMessageBytes;
    if (maxBytes <= 0)
        maxBytes = ws.meta(keys::MailMaxMessageBytes).toLongLong();
    if (maxBytes <= 0)
        maxBytes = kDefaultMaxMessageBytes;

    ImapClient imap(mailbox.imapAccount(password));
    const auto status = imap.status(options.folder, options.cancel);
    if (!status) {
        report.error = imap.errorDetail();
        report.errorKind = imap.error();
        return finish();
    }
    report.uidValidity = status->uidValidity;
    const auto state = store.syncState(mailbox.name, options.folder);
    qint64 lastUid = 0;
    if (state && state->uidValidity == status->uidValidity) {
        lastUid = state->lastUid;
    } else if (state) {
        // The server renumbered the folder: read it all again; stored messages are known by key.
        report.resynced = true;
        qCInfo(lcMailSync) << "mailbox" << mailbox.name << "UIDVALIDITY changed from" << state->uidValidity << "to"
                           << status->uidValidity << ": reading the folder again";
    }
    auto position = [&](qint64 uid) {
        return
            [this, name = mailbox.name, folder = options.folder, validity = status->uidValidity, uid](QString* error) {
                return ConversationStore(*m_workspace).setSyncState(name, folder, { validity, uid }, error);
            };
    };
    if (!state || report.resynced) {
        if (!position(lastUid)(&why)) {
            report.error = why;
            return finish();
        }
    }
    // Every pass that reaches the server leaves its time in mail_sync (the console's "last synced").
    qint64 reached = lastUid;
    auto done = [&]() {
        QString error;
        if (report.error.isEmpty() && !position(reached)(&error))
            report.error = error;
        return finish();
    };
    if (status->uidNext > 0 && status->uidNext <= lastUid + 1)
        return done(); // nothing new
    const auto uids = imap.uidsFrom(options.folder, lastUid + 1, options.cancel);
    if (!uids) {
        report.error = imap.errorDetail();
        report.errorKind = imap.error();
        return finish();
    }
    if (options.afterSearch)
        options.afterSearch(*uids);
    for (const qint64 uid : *uids) {
        if (options.cancel && options.cancel->load()) {
            report.error = mailErrorText(MailErrorKind::Cancelled);
            report.errorKind = MailErrorKind::Cancelled;
            break;
        }
        Source source { mailbox.name, options.folder, uid, nowMs() };
        const auto raw = imap.fetch(options.folder, status->uidValidity, uid, maxBytes, options.cancel);
        Item item;
        QString error;
        if (raw && !raw->isEmpty()) {
            ++report.fetched;
            item = ingest(*raw, source, &error, position(uid));
        } else if (!raw && imap.error() == MailErrorKind::TooLarge) {
            // Too large to store whole: its headers are stored, with a note, and it is threaded.
            const auto header = imap.fetchHeader(options.folder, status->uidValidity, uid, options.cancel);
            if (!header) {
                report.error = imap.errorDetail();
                report.errorKind = imap.error();
                break;
            }
            ++report.fetched;
            ++report.tooLarge;
            item = ingestParsed(*header + "\r\n", source, true, maxBytes + 1, &error, position(uid));
        } else {
            const MailErrorKind kind = raw ? MailErrorKind::MailboxNotFound : imap.error();
            const QString detail = raw ? tr("the server returned nothing") : imap.errorDetail();
            if (connectionFailure(kind)) {
                report.error = detail;
                report.errorKind = kind;
                break;
            }
            // Gone since the SEARCH (deleted or expunged by another client), or renumbered?
            const auto now = imap.status(options.folder, options.cancel);
            if (!now || now->uidValidity != status->uidValidity) {
                report.error = now ? tr("the folder was renumbered during the sync; the next sync reads it again")
                                   : imap.errorDetail();
                report.errorKind = now ? MailErrorKind::MailboxNotFound : imap.error();
                break;
            }
            const auto still = imap.uidsFrom(options.folder, uid, options.cancel);
            if (!still) {
                report.error = imap.errorDetail();
                report.errorKind = imap.error();
                break;
            }
            if (still->contains(uid)) {
                report.error = detail;
                report.errorKind = kind;
                break;
            }
            item.uid = uid;
            item.skipped = true;
            item.note = tr("deleted from the server before it could be read");
            ++report.skipped;
            reached = uid;
            if (!position(uid)(&error)) {
                report.error = error;
                break;
            }
            report.items.append(item);
            continue;
        }
        if (!error.isEmpty()) {
            report.error = error;
            report.errorKind = MailErrorKind::Other;
            break;
        }
        if (item.duplicate)
            ++report.duplicates;
        else
            ++report.stored;
        report.items.append(item);
        reached = uid;
    }
    return done();
}

MailSync::Report MailSync::importPath(const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.folder = QStringLiteral("import");
    const QFileInfo info(path);
    QStringList files;
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString& name :
            dir.entryList({ QStringLiteral("*.eml"), QStringLiteral("*.mbox"), QStringLiteral("*.mbx") },
                QDir::Files | QDir::Readable, QDir::Name))
            files << dir.filePath(name);
        if (files.isEmpty())
            report.error = tr("%1 holds no .eml or .mbox files").arg(path);
    } else if (info.isFile()) {
        files << path;
    } else {
        report.error = tr("%1 does not exist").arg(path);
    }
    for (const QString& file : std::as_const(files)) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            report.error = tr("cannot read %1: %2").arg(file, f.errorString());
            break;
        }
        if (f.size() > kMaxImportFile) {
            report.error = tr("%1 is larger than %2 MB").arg(file).arg(kMaxImportFile / (1024 * 1024));
            break;
        }
        const QByteArray data = f.readAll();
        const QList<QByteArray> messages = data.startsWith("From ") ? splitMbox(data) : QList<QByteArray> { data };
        for (const QByteArray& raw : messages) {
            ++report.fetched;
            QString error;
            Item item = ingest(raw, Source { QString(), QStringLiteral("import"), 0, nowMs() }, &error);
            if (!error.isEmpty()) {
                report.error = tr("%1: %2").arg(QFileInfo(file).fileName(), error);
                break;
            }
            if (item.duplicate)
                ++report.duplicates;
            else
                ++report.stored;
            report.items.append(item);
        }
        if (!report.error.isEmpty())
            break;
    }
    report.elapsedMs = timer.elapsed();
    for (const Item& i : std::as_const(report.items))
        report.decisions += static_cast<int>(i.decisions.size());
    return report;
}

} // namespace gd::core
