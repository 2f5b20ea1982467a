// greendoor-cli mailbox add|test|list|set|remove: the user's own sending mailboxes.
// greendoor-cli suppressions list|add|remove|import|export: who is never mailed.
#include "app/CliCommon.h"
#include "core/mail/ImapClient.h"
#include "core/mail/MailboxStore.h"
#include "core/mail/ServerCertificate.h"
#include "core/mail/SmtpTransport.h"
#include "core/mail/SuppressionStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Workspace.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace gd::app::cli {

namespace {

core::SecretStore::Result keychain(const std::function<void(core::SecretStore&, core::SecretStore::Callback)>& call)
{
    core::KeychainSecretStore store;
    core::SecretStore::Result result;
    QEventLoop loop;
    call(store, [&](const core::SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

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
    const int cap = m->dailyCap;
    if (!intOption(args, QStringLiteral("daily-cap"), &m->dailyCap, error)
        || !intOption(args, QStringLiteral("gap-seconds"), &m->gapSeconds, error))
        return false;
    if (m->dailyCap != cap && m->warmupStartCap > m->dailyCap)
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
    const core::ServerCertificate smtp = core::ServerCertificate::fetch(m->smtpUrl);
    if (smtp.pin.isEmpty()) {
        *error = tr("could not read the SMTP server's certificate: %1").arg(smtp.error);
        return false;
    }
    m->smtpPin = smtp.pin;
    report->insert(QStringLiteral("smtp_certificate"), certificateJson(smtp));
    if (!m->imapUrl.isEmpty()) {
        const core::ServerCertificate imap = core::ServerCertificate::fetch(m->imapUrl);
        if (imap.pin.isEmpty()) {
            *error = tr("could not read the IMAP server's certificate: %1").arg(imap.error);
            return false;
        }
        m->imapPin = imap.pin;
        report->insert(QStringLiteral("imap_certificate"), certificateJson(imap));
    }
    return true;
}

// Logs in to both servers. Each check reports what failed in the user's words.
QJsonObject testConnection(const core::Mailbox& m, const QString& password, bool* ok)
{
    QJsonObject result;
    const core::SmtpTransport::Result smtp = core::SmtpTransport::test(m.smtpAccount(password));
    result.insert(QStringLiteral("smtp"),
        QJsonObject {
            { QStringLiteral("ok"), smtp.ok() }, { QStringLiteral("error"), smtp.ok() ? QString() : smtp.detail } });
    *ok = smtp.ok();
    if (!m.imapUrl.isEmpty()) {
        core::ImapClient imap(m.imapAccount(password));
        const auto status = imap.status(QStringLiteral("INBOX"));
        result.insert(QStringLiteral("imap"),
            QJsonObject { { QStringLiteral("ok"), status.has_value() },
                { QStringLiteral("error"), status ? QString() : imap.errorDetail() } });
        *ok = *ok && status.has_value();
    }
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
        { QStringLiteral("paused_reason"), m.pausedReason } };
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
        QStringLiteral("set"), QStringLiteral("remove") };
    if (!subs.contains(sub))
        return usageError(tr("mailbox needs add, test NAME, list, set NAME or remove NAME"));
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

} // namespace gd::app::cli
