// greendoor-cli mailbox add|test|list|set|remove: the user's own sending mailboxes.
// greendoor-cli suppressions list|add|remove|import|export: who is never mailed.
#include "app/CliCommon.h"
#include "core/decisions/AuditLog.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/DecisionStore.h"
#include "core/decisions/Executor.h"
#include "core/mail/ImapClient.h"
#include "core/mail/MailboxCheck.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/SendLedger.h"
#include "core/mail/ServerCertificate.h"
#include "core/mail/SmtpTransport.h"
#include "core/mail/SuppressionStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

namespace gd::app::cli {

namespace {

// The password from standard input: all of it, less one trailing line end; one line only.
bool readPassword(QString* password, QString* error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("cannot read the password from standard input");
        return false;
    }
    QByteArray bytes = in.read(64 * 1024 + 1);
    if (bytes.size() > 64 * 1024) {
        *error = tr("the password on standard input is longer than 64 KiB");
        return false;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.contains('\n') || bytes.contains('\r')) {
        *error = tr("the password on standard input spans several lines; give it on one line");
        return false;
    }
    if (bytes.isEmpty()) {
        *error = tr("the password is read from standard input; it was empty");
        return false;
    }
    *password = QString::fromUtf8(bytes);
    return true;
}

bool intOption(const Args& args, const QString& name, int* value, QString* error)
{
    if (!args.options.contains(name))
        return true;
    bool ok = false;
    const int v = args.options.value(name).toInt(&ok);
    if (!ok) {
        *error = tr("--%1 needs a whole number").arg(name);
        return false;
    }
    *value = v;
    return true;
}

// Applies the options of add/set to a mailbox.
bool applyOptions(const Args& args, core::Mailbox* m, QString* error)
{
    if (args.options.contains(QStringLiteral("email")))
        m->email = args.options.value(QStringLiteral("email")).trimmed().toLower();
    if (args.options.contains(QStringLiteral("smtp")))
        m->smtpUrl = QUrl(args.options.value(QStringLiteral("smtp")), QUrl::StrictMode);
    if (args.options.contains(QStringLiteral("imap")))
        m->imapUrl = QUrl(args.options.value(QStringLiteral("imap")), QUrl::StrictMode);
    if (args.options.contains(QStringLiteral("user")))
        m->user = args.options.value(QStringLiteral("user"));
    if (args.options.contains(QStringLiteral("display-name")))
        m->displayName = args.options.value(QStringLiteral("display-name"));
    if (args.options.contains(QStringLiteral("postal-address")))
        m->postalAddress = args.options.value(QStringLiteral("postal-address"));
    if (args.options.contains(QStringLiteral("signature")))
        m->signature
            = args.options.value(QStringLiteral("signature")).replace(QStringLiteral("\\n"), QStringLiteral("\n"));
    if (args.options.contains(QStringLiteral("unsubscribe-url")))
        m->unsubscribeUrl = args.options.value(QStringLiteral("unsubscribe-url"));
    if (args.options.contains(QStringLiteral("sent-folder")))
        m->sentFolder = args.options.value(QStringLiteral("sent-folder"));
    if (args.options.contains(QStringLiteral("server-saves-sent"))) {
        const QString v = args.options.value(QStringLiteral("server-saves-sent"));
        if (v != QLatin1String("yes") && v != QLatin1String("no")) {
            *error = tr("--server-saves-sent takes yes or no");
            return false;
        }
        m->serverSavesSent = v == QLatin1String("yes");
    }
    const int cap = m->dailyCap;
    if (!intOption(args, QStringLiteral("daily-cap"), &m->dailyCap, error)
        || !intOption(args, QStringLiteral("gap-seconds"), &m->gapSeconds, error)
        || !intOption(args, QStringLiteral("gap-jitter-seconds"), &m->gapJitterSeconds, error)
        || !intOption(args, QStringLiteral("warmup-step"), &m->warmupStep, error)
        || !intOption(args, QStringLiteral("warmup-start-cap"), &m->warmupStartCap, error))
        return false;
    if (m->dailyCap != cap && m->warmupStartCap > m->dailyCap
        && !args.options.contains(QStringLiteral("warmup-start-cap")))
        m->warmupStartCap = m->dailyCap;
    if (args.options.contains(QStringLiteral("window"))
        && !m->setWindow(args.options.value(QStringLiteral("window")))) {
        *error = tr("--window takes HH:MM-HH:MM (e.g. 08:00-18:00) or any");
        return false;
    }
    *error = m->validate();
    return error->isEmpty();
}

QJsonObject certificateJson(const core::ServerCertificate& c)
{
    return { { QStringLiteral("subject"), c.subject }, { QStringLiteral("issuer"), c.issuer },
        { QStringLiteral("expires"), c.expires }, { QStringLiteral("pin"), QString::fromLatin1(c.pin) } };
}

// Reads and pins the servers' certificates (--trust-cert). False with a reason when one cannot be read.
bool pinCertificates(core::Mailbox* m, QJsonObject* report, QString* error)
{
    const core::MailboxCheck::Certificates c = core::MailboxCheck::fetchCertificates(*m);
    if (!c.error.isEmpty()) {
        *error = c.error;
        return false;
    }
    core::MailboxCheck::trust(m, c);
    report->insert(QStringLiteral("smtp_certificate"), certificateJson(c.smtp));
    if (c.imap)
        report->insert(QStringLiteral("imap_certificate"), certificateJson(*c.imap));
    return true;
}

// Logs in to both servers. Each check reports what failed in the user's words.
QJsonObject testConnection(const core::Mailbox& m, const QString& password, bool* ok)
{
    const core::MailboxCheck::Result r = core::MailboxCheck::test(m, password);
    auto server = [](const core::MailboxCheck::Server& s) {
        return QJsonObject { { QStringLiteral("ok"), s.ok }, { QStringLiteral("error"), s.detail } };
    };
    QJsonObject result { { QStringLiteral("smtp"), server(r.smtp) } };
    if (r.imap)
        result.insert(QStringLiteral("imap"), server(*r.imap));
    *ok = r.ok();
    result.insert(QStringLiteral("ok"), *ok);
    return result;
}

void printTest(const core::Mailbox& m, const QJsonObject& test)
{
    const QJsonObject smtp = test.value(QStringLiteral("smtp")).toObject();
    out() << QStringLiteral("SMTP %1: ").arg(m.smtpUrl.toString())
          << (smtp.value(QStringLiteral("ok")).toBool() ? tr("connected and logged in")
                                                        : smtp.value(QStringLiteral("error")).toString())
          << "\n";
    if (test.contains(QStringLiteral("imap"))) {
        const QJsonObject imap = test.value(QStringLiteral("imap")).toObject();
        out() << QStringLiteral("IMAP %1: ").arg(m.imapUrl.toString())
              << (imap.value(QStringLiteral("ok")).toBool() ? tr("connected, logged in, INBOX found")
                                                            : imap.value(QStringLiteral("error")).toString())
              << "\n";
    }
}

QJsonObject mailboxJson(const core::Mailbox& m)
{
    return { { QStringLiteral("name"), m.name }, { QStringLiteral("email"), m.email },
        { QStringLiteral("display_name"), m.displayName }, { QStringLiteral("smtp"), m.smtpUrl.toString() },
        { QStringLiteral("imap"), m.imapUrl.toString() }, { QStringLiteral("user"), m.user },
        { QStringLiteral("trusted_smtp_certificate"), QString::fromLatin1(m.smtpPin) },
        { QStringLiteral("trusted_imap_certificate"), QString::fromLatin1(m.imapPin) },
        { QStringLiteral("daily_cap"), m.dailyCap }, { QStringLiteral("warmup_start_cap"), m.warmupStartCap },
        { QStringLiteral("warmup_step"), m.warmupStep }, { QStringLiteral("gap_seconds"), m.gapSeconds },
        { QStringLiteral("gap_jitter_seconds"), m.gapJitterSeconds }, { QStringLiteral("window"), m.windowText() },
        { QStringLiteral("postal_address"), m.postalAddress }, { QStringLiteral("paused"), m.paused },
        { QStringLiteral("paused_reason"), m.pausedReason }, { QStringLiteral("signature"), m.signature },
        { QStringLiteral("unsubscribe_url"), m.unsubscribeUrl }, { QStringLiteral("sent_folder"), m.sentFolder },
        { QStringLiteral("server_saves_sent"), m.serverSavesSent } };
}

int add(const Args& args, core::Workspace& ws)
{
    core::Mailbox m;
    m.name = args.options.value(QStringLiteral("name"));
    for (const char* required : { "name", "email", "smtp", "user" }) {
        if (!args.options.contains(QLatin1String(required)))
            return usageError(tr("mailbox add needs --name, --email, --smtp and --user (and the password on "
                                 "standard input)"));
    }
    QString error;
    if (!applyOptions(args, &m, &error))
        return usageError(error);
    core::MailboxStore store(ws);
    if (store.find(m.name))
        return failure(tr("a mailbox named %1 exists already").arg(m.name));
    QString password;
    if (!readPassword(&password, &error))
        return usageError(error);
    QJsonObject report;
    if (args.flags.contains(QStringLiteral("trust-cert")) && !pinCertificates(&m, &report, &error))
        return failure(error);
    bool ok = false;
    const QJsonObject test = testConnection(m, password, &ok);
    report.insert(QStringLiteral("test"), test);
    if (!ok) {
        if (args.json)
            printJson(report);
        else
            printTest(m, test);
        return failure(tr("mailbox %1 was not added: the connection test failed").arg(m.name));
    }
    const auto written = keychain([&](core::SecretStore& s, core::SecretStore::Callback done) {
        s.write(m.passwordKey(), password, std::move(done));
    });
    if (!written.ok)
        return failure(tr("mailbox %1 was not added: %2").arg(m.name, written.error));
    if (!store.add(m, &error)) {
        keychain([&](core::SecretStore& s, core::SecretStore::Callback done) {
            s.remove(m.passwordKey(), std::move(done));
        });
        return failure(error);
    }
    report.insert(QStringLiteral("mailbox"), mailboxJson(m));
    if (args.json) {
        printJson(report);
    } else {
        printTest(m, test);
        out() << tr("Mailbox %1 (%2) added; its password is in the system keychain.").arg(m.name, m.email) << "\n";
    }
    return Success;
}

std::optional<QString> storedPassword(const core::Mailbox& m, QString* error)
{
    const auto read = keychain(
        [&](core::SecretStore& s, core::SecretStore::Callback done) { s.read(m.passwordKey(), std::move(done)); });
    if (!read.ok) {
        *error = read.status == core::SecretStore::Result::NotFound
            ? tr("no password for mailbox %1 in the system keychain").arg(m.name)
            : read.error;
        return std::nullopt;
    }
    return read.secret;
}

int test(const Args& args, core::Workspace& ws, const QString& name)
{
    core::MailboxStore store(ws);
    const auto m = store.find(name);
    if (!m)
        return failure(tr("no mailbox named %1").arg(name));
    QString error;
    const auto password = storedPassword(*m, &error);
    if (!password)
        return failure(error);
    bool ok = false;
    const QJsonObject result = testConnection(*m, *password, &ok);
    if (args.json)
        printJson(result);
    else
        printTest(*m, result);
    return ok ? Success : Failure;
}

int list(const Args& args, core::Workspace& ws)
{
    core::MailboxStore store(ws);
    const QList<core::Mailbox> all = store.list();
    if (args.json) {
        QJsonArray array;
        for (const core::Mailbox& m : all)
            array.append(mailboxJson(m));
        printJson(array);
        return Success;
    }
    if (all.isEmpty())
        out() << tr("No mailbox yet: `mailbox add` connects one.") << "\n";
    for (const core::Mailbox& m : all) {
        out() << QStringLiteral("%1  %2  %3  ").arg(m.name, m.email, m.smtpUrl.toString())
              << tr("cap %1/day, gap %2 s, window %3").arg(m.dailyCap).arg(m.gapSeconds).arg(m.windowText());
        if (m.paused)
            out() << "  " << tr("paused: %1").arg(m.pausedReason);
        out() << "\n";
    }
    return Success;
}

int set(const Args& args, core::Workspace& ws, const QString& name)
{
    core::MailboxStore store(ws);
    auto m = store.find(name);
    if (!m)
        return failure(tr("no mailbox named %1").arg(name));
    if (args.options.contains(QStringLiteral("name")) && args.options.value(QStringLiteral("name")) != name)
        return usageError(tr("a mailbox cannot be renamed; remove it and add it again"));
    const QString oldKey = m->passwordKey();
    QString error;
    if (!applyOptions(args, &*m, &error))
        return usageError(error);
    QJsonObject report;
    if (args.flags.contains(QStringLiteral("trust-cert")) && !pinCertificates(&*m, &report, &error))
        return failure(error);
    if (m->passwordKey() != oldKey) {
        // The login changed: the password has to come with it.
        QString password;
        if (!readPassword(&password, &error))
            return usageError(tr("the user or server changed, so the password is needed again: %1").arg(error));
        const auto written = keychain([&](core::SecretStore& s, core::SecretStore::Callback done) {
            s.write(m->passwordKey(), password, std::move(done));
        });
        if (!written.ok)
            return failure(written.error);
    }
    if (!store.update(*m, &error))
        return failure(error);
    report.insert(QStringLiteral("mailbox"), mailboxJson(*m));
    if (args.json)
        printJson(report);
    else
        out() << tr("Mailbox %1 updated.").arg(name) << "\n";
    return Success;
}

int remove(const Args& args, core::Workspace& ws, const QString& name)
{
    core::MailboxStore store(ws);
    const auto m = store.find(name);
    if (!m)
        return failure(tr("no mailbox named %1").arg(name));
    QString error;
    if (!store.remove(name, &error))
        return failure(error);
    keychain(
        [&](core::SecretStore& s, core::SecretStore::Callback done) { s.remove(m->passwordKey(), std::move(done)); });
    if (args.json)
        printJson(QJsonObject { { QStringLiteral("removed"), name } });
    else
        out() << tr("Mailbox %1 removed, and its password with it.").arg(name) << "\n";
    return Success;
}

} // namespace

int cmdMailbox(const Args& args)
{
    const QString sub = args.positionals.value(0);
    const QString name = args.positionals.value(1);
    static const QStringList subs = { QStringLiteral("add"), QStringLiteral("test"), QStringLiteral("list"),
        QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("resume") };
    if (!subs.contains(sub))
        return usageError(tr("mailbox needs add, test NAME, list, set NAME, resume NAME or remove NAME"));
    if ((sub == QLatin1String("add") || sub == QLatin1String("list")) != name.isEmpty())
        return usageError(tr("mailbox %1 takes %2").arg(sub, name.isEmpty() ? tr("a mailbox name") : tr("no name")));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    if (sub == QLatin1String("add"))
        return add(args, *ws);
    if (sub == QLatin1String("test"))
        return test(args, *ws, name);
    if (sub == QLatin1String("list"))
        return list(args, *ws);
    if (sub == QLatin1String("set"))
        return set(args, *ws, name);
    if (sub == QLatin1String("resume")) {
        QString error;
        if (!core::MailboxStore(*ws).setPaused(name, false, {}, &error))
            return failure(error);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("resumed"), name } });
        else
            out() << tr("Mailbox %1 sends again; its waiting emails go out when their turn comes.").arg(name) << "\n";
        return Success;
    }
    return remove(args, *ws, name);
}

int cmdSuppressions(const Args& args)
{
    const QString sub = args.positionals.value(0);
    const QString target = args.positionals.value(1);
    const QString scope = args.options.value(QStringLiteral("campaign"), core::SuppressionStore::Global);
    const bool needsTarget
        = sub == QLatin1String("add") || sub == QLatin1String("remove") || sub == QLatin1String("import");
    if (sub != QLatin1String("list") && sub != QLatin1String("export") && !needsTarget)
        return usageError(tr("suppressions needs list, add ADDRESS, remove ADDRESS, import FILE or export"));
    if (needsTarget == target.isEmpty())
        return usageError(needsTarget ? tr("suppressions %1 needs an address, @domain or file").arg(sub)
                                      : tr("suppressions %1 takes no argument").arg(sub));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::SuppressionStore store(*ws);
    QString error;
    if (sub == QLatin1String("add")) {
        const QString reason = args.options.value(QStringLiteral("reason"), QStringLiteral("manual"));
        if (!store.add(target, scope, reason, QStringLiteral("cli"), &error))
            return failure(error);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("added"), core::SuppressionStore::normalize(target) },
                { QStringLiteral("scope"), scope } });
        else
            out() << tr("%1 will not be mailed (%2).").arg(core::SuppressionStore::normalize(target), scope) << "\n";
        return Success;
    }
    if (sub == QLatin1String("remove")) {
        if (!store.remove(target, scope, &error))
            return failure(error);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("removed"), core::SuppressionStore::normalize(target) } });
        else
            out()
                << tr("%1 removed from the %2 suppression list.").arg(core::SuppressionStore::normalize(target), scope)
                << "\n";
        return Success;
    }
    if (sub == QLatin1String("import")) {
        const auto report
            = store.importCsv(target, scope, args.options.value(QStringLiteral("reason"), QStringLiteral("import")));
        if (!report.error.isEmpty())
            return failure(tr("nothing imported: %1").arg(report.error));
        if (args.json) {
            QJsonArray rejected;
            for (const auto& [line, why] : report.rejected)
                rejected.append(QJsonObject { { QStringLiteral("line"), line }, { QStringLiteral("reason"), why } });
            printJson(QJsonObject { { QStringLiteral("added"), report.added },
                { QStringLiteral("already"), report.already }, { QStringLiteral("rejected"), rejected } });
        } else {
            out() << tr("%1 added, %2 already listed, %3 rejected.")
                         .arg(report.added)
                         .arg(report.already)
                         .arg(report.rejected.size())
                  << "\n";
            for (const auto& [line, why] : report.rejected)
                out() << tr("  line %1: %2").arg(line).arg(why) << "\n";
        }
        return Success;
    }
    if (sub == QLatin1String("export")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return failure(tr("cannot write to standard output"));
        out().flush();
        if (!store.exportCsv(&stdoutFile, args.options.value(QStringLiteral("campaign")), &error)
            || !stdoutFile.flush())
            return failure(tr("the export was cut short: %1").arg(error.isEmpty() ? stdoutFile.errorString() : error));
        return Success;
    }
    const auto entries = store.list(args.options.value(QStringLiteral("campaign")));
    if (args.json) {
        QJsonArray array;
        for (const auto& e : entries)
            array.append(QJsonObject { { QStringLiteral("address"), e.address }, { QStringLiteral("scope"), e.scope },
                { QStringLiteral("reason"), e.reason }, { QStringLiteral("source"), e.source },
                { QStringLiteral("created_at"), timeText(e.createdAt) } });
        printJson(array);
        return Success;
    }
    if (entries.isEmpty())
        out() << tr("Nobody is suppressed.") << "\n";
    for (const auto& e : entries)
        out() << QStringLiteral("%1  %2  %3  %4").arg(e.address, e.scope, e.reason, timeText(e.createdAt)) << "\n";
    return Success;
}

namespace {

QJsonObject outboxJson(const core::OutboxItem& item, const std::optional<core::SendLedger::Record>& send)
{
    QJsonObject o { { QStringLiteral("id"), item.id }, { QStringLiteral("decision_id"), item.decisionId },
        { QStringLiteral("type"), item.type }, { QStringLiteral("target"), item.target },
        { QStringLiteral("status"), item.status }, { QStringLiteral("attempts"), item.attempts },
        { QStringLiteral("reason"), item.lastError } };
    if (item.notBefore > 0)
        o.insert(QStringLiteral("not_before"), timeText(item.notBefore));
    if (send) {
        o.insert(QStringLiteral("message_id"), send->messageId);
        o.insert(QStringLiteral("mailbox"), send->mailbox);
        o.insert(QStringLiteral("send_state"), send->state);
    }
    return o;
}

// Runs the executor once on a worker thread while this thread serves the keychain.
int runOutbox(const Args& args, const std::shared_ptr<core::Workspace>& ws)
{
    core::KeychainSecretStore keychainStore;
    int done = 0;
    QThread* worker = QThread::create([&] {
        core::DecisionEngine engine(ws);
        core::Executor executor(ws, &engine, &keychainStore);
        for (int round = 0; round < 1000; ++round) {
            const int n = executor.runPending();
            done += n;
            if (n == 0)
                break;
        }
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    core::DecisionStore store(*ws);
    const auto waiting = store.outboxInStates(
        { QStringLiteral("pending"), QStringLiteral("executing"), QStringLiteral("held") }, 1000);
    if (args.json) {
        printJson(
            QJsonObject { { QStringLiteral("carried_out"), done }, { QStringLiteral("not_done"), waiting.size() } });
    } else {
        out() << tr("%1 carried out; %2 waiting or held (see `outbox list`).").arg(done).arg(waiting.size()) << "\n";
    }
    return Success;
}

} // namespace

int cmdOutbox(const Args& args)
{
    const QString sub = args.positionals.value(0);
    const QString id = args.positionals.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("resolve") && sub != QLatin1String("run"))
        return usageError(tr("outbox needs list, resolve ID --sent|--resend or run"));
    if ((sub == QLatin1String("resolve")) == id.isEmpty())
        return usageError(sub == QLatin1String("resolve") ? tr("outbox resolve needs an item id")
                                                          : tr("outbox %1 takes no argument").arg(sub));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::DecisionStore store(*ws);
    core::SendLedger ledger(*ws);
    if (sub == QLatin1String("run"))
        return runOutbox(args, ws);
    if (sub == QLatin1String("resolve")) {
        const bool sent = args.flags.contains(QStringLiteral("sent"));
        const bool resend = args.flags.contains(QStringLiteral("resend"));
        if (sent == resend)
            return usageError(tr("outbox resolve needs exactly one of --sent (it did leave) or --resend"));
        const auto item = store.outboxItem(id);
        if (!item)
            return failure(tr("no outbox item %1").arg(id));
        if (item->status != QLatin1String("held"))
            return failure(tr("outbox item %1 is %2, not held").arg(id, item->status));
        const auto send = ledger.byOutbox(id);
        QString error;
        core::Transaction tx(*ws);
        if (!tx.ok())
            return failure(tx.error());
        const QString note = sent ? tr("the operator confirmed it was sent") : tr("the operator ordered a resend");
        bool ok = true;
        if (send)
            ok = ledger.setState(
                send->messageId, sent ? QStringLiteral("sent") : QStringLiteral("failed"), note, &error);
        ok = ok && store.release(id, note, &error)
            && core::AuditLog::append(*ws, QStringLiteral("operator"), QStringLiteral("outbox_resolved"),
                item->decisionId,
                QJsonObject { { QStringLiteral("outbox_id"), id },
                    { QStringLiteral("resolution"), sent ? QStringLiteral("sent") : QStringLiteral("resend") } },
                &error);
        if (!ok || !tx.commit())
            return failure(error.isEmpty() ? tx.error() : error);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("resolved"), id },
                { QStringLiteral("resolution"), sent ? QStringLiteral("sent") : QStringLiteral("resend") } });
        else
            out() << (sent ? tr("Outbox item %1 will be booked as sent (nothing is sent again).").arg(id)
                           : tr("Outbox item %1 will be sent again when its turn comes.").arg(id))
                  << "\n";
        return Success;
    }
    QStringList states { QStringLiteral("pending"), QStringLiteral("executing"), QStringLiteral("held") };
    if (args.flags.contains(QStringLiteral("all")))
        states << QStringLiteral("failed") << QStringLiteral("done");
    const auto items = store.outboxInStates(states, 10000);
    if (args.json) {
        QJsonArray array;
        for (const auto& item : items)
            array.append(outboxJson(item, ledger.byOutbox(item.id)));
        printJson(array);
        return Success;
    }
    if (items.isEmpty())
        out() << tr("The outbox is empty.") << "\n";
    for (const auto& item : items) {
        const auto send = ledger.byOutbox(item.id);
        out() << QStringLiteral("%1  %2  %3  %4").arg(item.id, item.status, item.type, forTerminal(item.target));
        if (send)
            out() << "  " << send->messageId << " (" << send->state << ")";
        if (!item.lastError.isEmpty())
            out() << "\n    " << forTerminal(item.lastError);
        out() << "\n";
    }
    return Success;
}

} // namespace gd::app::cli
