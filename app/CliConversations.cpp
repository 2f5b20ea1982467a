// greendoor-cli mail sync | mail import PATH: replies in (over IMAP, or from .eml/mbox files),
// threaded, classified and acted on. greendoor-cli conversations [--contact EMAIL] | show ID.
#include "app/CliCommon.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/mail/ConversationStore.h"
#include "core/mail/MailSync.h"
#include "core/mail/Mailbox.h"
#include "core/mail/MailboxStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace gd::app::cli {

namespace {

std::optional<QString> mailboxPassword(const core::Mailbox& m, QString* error)
{
    core::KeychainSecretStore store;
    core::SecretStore::Result result;
    QEventLoop loop;
    store.read(m.passwordKey(), [&](const core::SecretStore::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (!result.ok) {
        *error = result.status == core::SecretStore::Result::NotFound
            ? tr("no password for mailbox %1 in the system keychain").arg(m.name)
            : result.error;
        return std::nullopt;
    }
    return result.secret;
}

// What replies lead to inside the workspace (suppressions, ended and paused sequences,
// reminders) is carried out now, if the matrix allowed it; anything else waits for `run`.
int carryOut(const std::shared_ptr<core::Workspace>& ws, core::DecisionEngine& engine,
    const QList<core::MailSync::Report>& reports)
{
    if (ws->meta(core::keys::AutonomyPaused) == QLatin1String("1"))
        return 0;
    static const QSet<QString> immediate = { QStringLiteral("suppression.add"), QStringLiteral("sequence.stop"),
        QStringLiteral("sequence.pause"), QStringLiteral("reminder.create") };
    QSet<QString> ids;
    for (const core::MailSync::Report& r : reports) {
        for (const core::MailSync::Item& item : r.items) {
            for (const QJsonValue& d : item.decisions) {
                const QJsonObject o = d.toObject();
                if (o.value(QStringLiteral("outcome")).toString() == QLatin1String("act")
                    && immediate.contains(o.value(QStringLiteral("type")).toString()))
                    ids.insert(o.value(QStringLiteral("id")).toString());
            }
        }
    }
    if (ids.isEmpty())
        return 0;
    core::Executor executor(ws, &engine);
    executor.setFilter([&ids](const core::OutboxItem& item) { return ids.contains(item.decisionId); });
    return executor.runPending();
}

void printReport(const core::MailSync::Report& r)
{
    const QString where = r.mailbox.isEmpty() ? tr("import") : r.mailbox;
    out() << tr("%1: %2 read, %3 stored, %4 already known, %5 gone before reading, %6 too large, %7 decisions")
                 .arg(forTerminal(where))
                 .arg(r.fetched)
                 .arg(r.stored)
                 .arg(r.duplicates)
                 .arg(r.skipped)
                 .arg(r.tooLarge)
                 .arg(r.decisions)
          << "\n";
    if (r.resynced)
        out() << "  " << tr("the server renumbered the folder (UIDVALIDITY changed): read again, nothing stored twice")
              << "\n";
    for (const core::MailSync::Item& i : r.items) {
        if (i.duplicate)
            continue;
        if (i.skipped) {
            out() << "  " << tr("UID %1: %2").arg(i.uid).arg(i.note) << "\n";
            continue;
        }
        QString line = QStringLiteral("  #%1 %2 %3 \"%4\"")
                           .arg(i.conversationId)
                           .arg(i.direction == QLatin1String("out") ? QStringLiteral("->") : QStringLiteral("<-"),
                               forTerminal(i.contact), forTerminal(i.subject.left(60)));
        if (!i.replyClass.isEmpty())
            line += QStringLiteral(" [%1 %2]").arg(i.replyClass).arg(i.confidence, 0, 'f', 2);
        if (i.tooLarge)
            line += QLatin1Char(' ') + tr("(too large: headers only)");
        out() << line << "\n";
        for (const QJsonValue& d : i.decisions) {
            const QJsonObject o = d.toObject();
            out() << "      "
                  << tr("%1 %2: %3")
                         .arg(o.value(QStringLiteral("type")).toString(),
                             forTerminal(o.value(QStringLiteral("target")).toString()),
                             o.value(QStringLiteral("outcome")).toString())
                  << "\n";
        }
    }
    if (!r.error.isEmpty())
        out() << "  " << tr("stopped: %1").arg(forTerminal(r.error)) << "\n";
}

int mailSync(const Args& args, const std::shared_ptr<core::Workspace>& ws)
{
    core::DecisionEngine engine(ws);
    core::MailSync sync(ws, &engine);
    const QString only = args.options.value(QStringLiteral("mailbox"));
    QList<core::MailSync::Report> reports;
    bool failed = false;
    int considered = 0;
    for (const core::Mailbox& m : core::MailboxStore(*ws).list()) {
        if (!only.isEmpty() && m.name != only)
            continue;
        if (m.imapUrl.isEmpty())
            continue;
        ++considered;
        QString error;
        const auto password = mailboxPassword(m, &error);
        if (!password) {
            core::MailSync::Report r;
            r.mailbox = m.name;
            r.error = error;
            reports.append(r);
            failed = true;
            continue;
        }
        reports.append(sync.syncMailbox(m, *password));
        failed = failed || !reports.last().error.isEmpty();
    }
    if (considered == 0)
        return failure(only.isEmpty() ? tr("no mailbox with an IMAP server: add one with `mailbox add ... --imap URL`")
                                      : tr("no mailbox named %1 with an IMAP server").arg(only));
    const int executed = carryOut(ws, engine, reports);
    if (args.json) {
        QJsonArray list;
        for (const core::MailSync::Report& r : reports)
            list.append(r.toJson());
        printJson(QJsonObject { { QStringLiteral("mailboxes"), list }, { QStringLiteral("carried_out"), executed } });
    } else {
        for (const core::MailSync::Report& r : reports)
            printReport(r);
        out() << tr("Carried out at once: %1 (suppressions, sequence changes, reminders).").arg(executed) << "\n";
    }
    return failed ? Failure : Success;
}

int mailImport(const Args& args, const std::shared_ptr<core::Workspace>& ws, const QString& path)
{
    core::DecisionEngine engine(ws);
    core::MailSync sync(ws, &engine);
    const core::MailSync::Report report = sync.importPath(path);
    const int executed = carryOut(ws, engine, { report });
    if (args.json) {
        QJsonObject o = report.toJson();
        o.insert(QStringLiteral("carried_out"), executed);
        printJson(o);
    } else {
        printReport(report);
        out() << tr("Carried out at once: %1 (suppressions, sequence changes, reminders).").arg(executed) << "\n";
    }
    return report.error.isEmpty() ? Success : Failure;
}

} // namespace

int cmdMail(const Args& args)
{
    const QString sub = args.positionals.value(0);
    if (sub != QLatin1String("sync") && sub != QLatin1String("import"))
        return usageError(tr("mail takes the subcommand sync or import"));
    if (sub == QLatin1String("sync") && args.positionals.size() > 1)
        return usageError(tr("unexpected argument %1").arg(args.positionals.at(1)));
    if (sub == QLatin1String("import") && args.positionals.size() != 2)
        return usageError(tr("mail import needs a PATH (an .eml file, a folder of them, or an mbox file)"));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    if (sub == QLatin1String("sync"))
        return mailSync(args, ws);
    return mailImport(args, ws, args.positionals.at(1));
}

int cmdConversations(const Args& args)
{
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::ConversationStore store(*ws);
    if (args.positionals.value(0) == QLatin1String("show")) {
        bool ok = false;
        const qint64 id = args.positionals.value(1).toLongLong(&ok);
        const auto c = ok ? store.conversation(id) : std::nullopt;
        if (!c)
            return failure(tr("no conversation %1").arg(args.positionals.value(1)));
        const QList<core::StoredMessage> messages = store.messages(id);
        if (args.json) {
            QJsonObject o = c->toJson();
            QJsonArray list;
            for (const core::StoredMessage& m : messages)
                list.append(m.toJson());
            o.insert(QStringLiteral("timeline"), list);
            printJson(o);
            return Success;
        }
        out() << tr("Conversation #%1 with %2: %3").arg(c->id).arg(forTerminal(c->contact), forTerminal(c->subject))
              << "\n";
        for (const core::StoredMessage& m : messages) {
            out() << "\n"
                  << timeText(m.sentAt) << " "
                  << (m.direction == QLatin1String("out")
                             ? tr("sent to %1").arg(forTerminal(m.recipients.join(QStringLiteral(", "))))
                             : tr("from %1").arg(forTerminal(m.sender)));
            if (!m.replyClass.isEmpty())
                out() << QStringLiteral(" [%1 %2]").arg(m.replyClass).arg(m.confidence, 0, 'f', 2);
            out() << "\n" << forTerminal(m.body) << "\n";
            for (const QJsonValue& d : m.decisions) {
                const QJsonObject o = d.toObject();
                out() << "  -> " << o.value(QStringLiteral("type")).toString() << " "
                      << o.value(QStringLiteral("outcome")).toString() << "\n";
            }
        }
        return Success;
    }
    if (!args.positionals.isEmpty())
        return usageError(tr("conversations takes --contact EMAIL or show ID"));
    const QList<core::Conversation> list = store.list(args.options.value(QStringLiteral("contact")));
    if (args.json) {
        QJsonArray array;
        for (const core::Conversation& c : list)
            array.append(c.toJson());
        printJson(array);
        return Success;
    }
    if (list.isEmpty()) {
        out() << tr("No conversations yet (replies arrive with `mail sync`, `mail import` or `run`).") << "\n";
        return Success;
    }
    for (const core::Conversation& c : list) {
        out() << QStringLiteral("#%1 %2 %3 %4 %5 %6")
                     .arg(c.id, 4)
                     .arg(timeText(c.lastAt))
                     .arg(forTerminal(c.contact), -30)
                     .arg(c.replyClass.isEmpty() ? QStringLiteral("-") : c.replyClass, -15)
                     .arg(c.replyClass.isEmpty() ? QString() : QString::number(c.confidence, 'f', 2), 5)
                     .arg(forTerminal(c.subject.left(60)))
              << (c.unread > 0 ? tr(" (%1 unread)").arg(c.unread) : QString()) << "\n";
        if (!c.reasons.isEmpty())
            out() << "      " << tr("because: %1").arg(forTerminal(c.reasons.join(QStringLiteral(" / ")).left(160)))
                  << "\n";
    }
    return Success;
}

} // namespace gd::app::cli
