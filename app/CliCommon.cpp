#include "app/CliCommon.h"

#include "core/formats/Json.h"
#include "core/formats/OutputFile.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace gd::app::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("gd::app", text);
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString usageText()
{
    return tr("Usage: greendoor-cli --workspace PATH [--json] <command> [options]\n"
              "\n"
              "Commands:\n"
              "  init [--demo]                 create a workspace (with the sample data)\n"
              "  status                        list the agents: state, counts, heartbeat age\n"
              "  run --seconds N               run the agents headless for N seconds (Ctrl-C stops)\n"
              "  messages [--limit N] [--agent NAME] [--type TYPE]\n"
              "                                print the communication trail, newest first\n"
              "  tasks [--limit N] [--agent NAME]\n"
              "                                print the task table, newest first\n"
              "  pause [--agent NAME]          pause all autonomy (or one agent)\n"
              "  resume [--agent NAME]         resume all autonomy (or one agent)\n"
              "\n"
              "Decisions:\n"
              "  approvals list [--status S]   the approval queue (pending unless --status)\n"
              "  approvals approve ID          approve exactly the queued action\n"
              "  approvals reject ID --reason TEXT\n"
              "                                reject it; the agent is told why\n"
              "  approvals edit ID --input FILE\n"
              "                                replace the action (JSON) and approve the edited one\n"
              "  decisions assess --type TYPE --input FILE\n"
              "                                risk and outcome under the current matrix, without acting\n"
              "  decisions propose --type TYPE --input FILE\n"
              "                                the same, for real: act, queue or refuse\n"
              "  decisions wrong ID [--reason TEXT]\n"
              "                                mark a carried-out decision wrong (it teaches)\n"
              "  decisions undo ID             undo a carried-out decision where its action allows\n"
              "  learned [reset TYPE]          what was learned per decision type (or forget it)\n"
              "  matrix show | matrix set --input FILE\n"
              "                                the authority matrix (a rule as JSON; audited)\n"
              "  audit verify                  check the audit log's hash chain\n"
              "  audit export --format csv|json [--output FILE [--force]]\n"
              "                                an existing FILE is replaced only with --force\n"
              "  report --kind pipeline|activity|decisions|goals|audit --from YYYY-MM-DD --to YYYY-MM-DD\n"
              "         [--format pdf|csv] --output FILE [--force]\n"
              "                                a report for the period (PDF with charts, or CSV)\n"
              "\n"
              "Prospects:\n"
              "  icp --from-url URL [--allow-private]\n"
              "                                draft the Ideal Customer Profile from your website\n"
              "                                (--allow-private: a site on your own network's addresses)\n"
              "  icp show | icp set --input FILE\n"
              "                                show the profile, or save an edited one (JSON)\n"
              "  import FILE [--rejects OUT [--force]]\n"
              "                                import prospects from CSV (HubSpot, Salesforce, Apollo,\n"
              "                                Sales Navigator layouts); OUT gets the rejected rows\n"
              "  prospects [--top N]           the best prospects by score, with the reasons\n"
              "  prospects search --domains D1,D2 --titles T1,T2\n"
              "                                ask the Research agent for a data-provider people search\n"
              "                                (a spend: it waits for approval)\n"
              "  secrets set KEY | secrets remove KEY\n"
              "                                store a secret (read from standard input) in the system\n"
              "                                keychain, e.g. provider/apollo/api_key\n"
              "  mailbox add --name NAME --email ADDRESS --smtp URL [--imap URL] --user USER [--trust-cert]\n"
              "      [--daily-cap N] [--gap-seconds N] [--window HH:MM-HH:MM|any] [--display-name TEXT]\n"
              "      [--postal-address TEXT] [--signature TEXT] [--unsubscribe-url URL] [--sent-folder NAME]\n"
              "      [--server-saves-sent yes|no] [--warmup-start-cap N] [--warmup-step N]\n"
              "      [--gap-jitter-seconds N]   (password on standard input)\n"
              "  mailbox test NAME | mailbox list | mailbox set NAME [options] | mailbox remove NAME\n"
              "  mailbox resume NAME           send again from a mailbox paused after a failed login\n"
              "  outbox list [--all]           emails waiting (and why), held for an operator, failed\n"
              "  outbox resolve ID --sent|--resend\n"
              "                                a held email: it did leave (book it) or send it again\n"
              "  outbox run                    carry out what is due now (send due emails) and stop\n"
              "  suppressions list | add ADDRESS|@DOMAIN [--reason R] | remove ADDRESS | import FILE | export\n"
              "                                who is never mailed ([--campaign NAME]: one campaign only)\n"
              "  campaign create --input FILE  define a campaign (JSON: name, mailbox, segment, steps, variants)\n"
              "  campaign list | show NAME     campaigns with their figures, contacts and reasons\n"
              "  campaign start NAME           propose the launch (a campaign.launch decision)\n"
              "  campaign pause NAME           stop proposing its emails at once\n"
              "  campaign run [NAME] [--at ISO-TIME]\n"
              "                                run the sequences once now (the Outreach agent does it on its tick)\n"
              "\n"
              "Language model (optional; the offline model is always there):\n"
              "  model set --url URL --model NAME [--key-stdin] [--price-in EUR --price-out EUR]\n"
              "      [--budget EUR] [--send-prospect-data on|off]\n"
              "                                an OpenAI-compatible server (Ollama: http://127.0.0.1:11434/v1);\n"
              "                                prices per million tokens; the API key from standard input\n"
              "  model test                    list the server's models (exit 1 with the reason if it cannot)\n"
              "  model show | model off        the settings, or back to the offline model only\n"
              "\n"
              "Conversations:\n"
              "  mail sync [--mailbox NAME]    read new mail over IMAP now: threaded, classified, acted on\n"
              "  mail import PATH              an .eml file, a folder of them, or an mbox file, as if it\n"
              "                                had arrived over IMAP\n"
              "  conversations [--contact EMAIL] | conversations show ID\n"
              "                                threads with their class, confidence and reasons\n"
              "\n"
              "Replies (no workspace needed):\n"
              "  replies classify FILE.eml...  what each reply means: class, confidence, deciding\n"
              "                                sentences, return date, referred person\n"
              "\n"
              "Goals:\n"
              "  goal parse --text TEXT [--today YYYY-MM-DD]\n"
              "                                what GreenDoor understands of an objective (no workspace\n"
              "                                needed; stores nothing; \"ambiguous\" with the question to ask)\n"
              "  goal add --text TEXT | goal list | goal show ID | goal remove ID\n"
              "                                keep goals; list and show say where each stands\n"
              "\n"
              "Deals:\n"
              "  deal create --title T [--value N] [--currency EUR] [--stage S] [--company C]\n"
              "      [--contact EMAIL] [--close-date YYYY-MM-DD] [--next-step TEXT] [--owner NAME]\n"
              "  deal move ID --stage S [--reason TEXT]\n"
              "                                a deal.move_stage (or deal.close) decision; closing needs --reason\n"
              "  deal show ID | deal list [--stage S]\n"
              "  pipeline [--probabilities STAGE=PERCENT,...]\n"
              "                                deals, value and weighted value per stage (and set the\n"
              "                                stages' win probabilities first, e.g. qualified=10)\n"
              "\n"
              "Evaluation (no workspace needed):\n"
              "  eval --task icp|reply|objective --data DIR [--per-site]\n"
              "                                precision and recall of the offline model on a labelled\n"
              "                                folder (icp: site folders with label.json; reply: .eml\n"
              "                                files with labels.csv; objective: .jsonl); a confusion\n"
              "                                matrix for replies\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n");
}

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

int usageError(const QString& message)
{
    err() << "greendoor-cli: " << message << "\n\n" << usageText();
    err().flush();
    return Usage;
}

int failure(const QString& message)
{
    err() << "greendoor-cli: " << message << "\n";
    err().flush();
    return Failure;
}

void printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(Qt::ISODateWithMs) : QStringLiteral("-");
}

Args parse(const QStringList& arguments)
{
    static const QSet<QString> valued = { QStringLiteral("workspace"), QStringLiteral("seconds"),
        QStringLiteral("limit"), QStringLiteral("agent"), QStringLiteral("type"), QStringLiteral("status"),
        QStringLiteral("reason"), QStringLiteral("input"), QStringLiteral("format"), QStringLiteral("output"),
        QStringLiteral("top"), QStringLiteral("rejects"), QStringLiteral("from-url"), QStringLiteral("domains"),
        QStringLiteral("titles"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("smtp"),
        QStringLiteral("imap"), QStringLiteral("user"), QStringLiteral("daily-cap"), QStringLiteral("gap-seconds"),
        QStringLiteral("window"), QStringLiteral("display-name"), QStringLiteral("postal-address"),
        QStringLiteral("campaign"), QStringLiteral("text"), QStringLiteral("today"), QStringLiteral("title"),
        QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("stage"), QStringLiteral("value"),
        QStringLiteral("currency"), QStringLiteral("close-date"), QStringLiteral("next-step"), QStringLiteral("owner"),
        QStringLiteral("task"), QStringLiteral("data"), QStringLiteral("url"), QStringLiteral("model"),
        QStringLiteral("price-in"), QStringLiteral("price-out"), QStringLiteral("send-prospect-data"),
        QStringLiteral("budget"), QStringLiteral("sent-folder"), QStringLiteral("server-saves-sent"),
        QStringLiteral("signature"), QStringLiteral("unsubscribe-url"), QStringLiteral("warmup-step"),
        QStringLiteral("warmup-start-cap"), QStringLiteral("gap-jitter-seconds"), QStringLiteral("at"),
        QStringLiteral("mailbox"), QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("probabilities") };
    static const QSet<QString> flags = { QStringLiteral("json"), QStringLiteral("demo"), QStringLiteral("help"),
        QStringLiteral("version"), QStringLiteral("trust-cert"), QStringLiteral("force"),
        QStringLiteral("allow-private"), QStringLiteral("per-site"), QStringLiteral("sent"), QStringLiteral("resend"),
        QStringLiteral("all"), QStringLiteral("key-stdin") };
    Args args;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            const bool inlineValue = eq >= 0;
            if (inlineValue) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (valued.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= arguments.size()) {
                        args.error = tr("option --%1 needs a value").arg(name);
                        return args;
                    }
                    value = arguments.at(++i);
                }
                if (name == QLatin1String("workspace"))
                    args.workspace = value;
                else
                    args.options.insert(name, value);
            } else if (flags.contains(name) && !inlineValue) {
                if (name == QLatin1String("json"))
                    args.json = true;
                else
                    args.flags.insert(name);
            } else {
                args.error = tr("unknown option %1").arg(a);
                return args;
            }
        } else if (args.command.isEmpty()) {
            args.command = a;
        } else if (args.positionals.size() < 2 || args.command == QLatin1String("replies")) { // replies: FILE...
            args.positionals << a;
        } else {
            args.error = tr("unexpected argument %1").arg(a);
            return args;
        }
    }
    return args;
}

bool positiveInt(const Args& args, const QString& name, int fallback, int* value, QString* error)
{
    if (!args.options.contains(name)) {
        *value = fallback;
        return true;
    }
    bool ok = false;
    *value = args.options.value(name).toInt(&ok);
    if (!ok || *value <= 0) {
        *error = tr("--%1 needs a positive whole number").arg(name);
        return false;
    }
    return true;
}

bool isReadOnlyCommand(const Args& args)
{
    const QString& c = args.command;
    const QString sub = args.positionals.value(0);
    if (c == QLatin1String("status") || c == QLatin1String("messages") || c == QLatin1String("tasks")
        || c == QLatin1String("conversations"))
        return true;
    if (c == QLatin1String("prospects"))
        return sub.isEmpty();
    if (c == QLatin1String("icp"))
        return sub == QLatin1String("show") && !args.options.contains(QStringLiteral("from-url"));
    if (c == QLatin1String("approvals"))
        return sub == QLatin1String("list");
    if (c == QLatin1String("audit"))
        return sub == QLatin1String("verify") || sub == QLatin1String("export");
    if (c == QLatin1String("learned"))
        return sub.isEmpty();
    if (c == QLatin1String("matrix"))
        return sub == QLatin1String("show");
    if (c == QLatin1String("campaign"))
        return sub == QLatin1String("list") || sub == QLatin1String("show");
    return false;
}

std::shared_ptr<core::Workspace> openExisting(const Args& args, int* code)
{
    core::WorkspaceError error;
    core::Workspace::Options options;
    options.mode = core::Workspace::OpenMode::OpenExisting;
    options.access = isReadOnlyCommand(args) ? core::Workspace::Access::ReadOnly : core::Workspace::Access::ReadWrite;
    auto ws = core::Workspace::open(args.workspace, options, &error);
    if (!ws)
        *code = failure(error.message);
    return ws;
}

QByteArray readAtMost(QIODevice& device, qint64 limit)
{
    QByteArray bytes;
    while (bytes.size() <= limit) {
        const QByteArray chunk = device.read(limit + 1 - bytes.size());
        if (chunk.isEmpty())
            break; // the end of the input (or an error the caller checks)
        bytes += chunk;
    }
    return bytes;
}

bool readJsonFile(const QString& path, QJsonObject* object, QString* error)
{
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // Read one byte more than the limit: enough to tell that the input is too large without
    // loading a huge file (or an endless pipe) into memory.
    const QByteArray bytes = readAtMost(file, core::json::kMaxDocumentBytes);
    if (file.error() != QFileDevice::NoError) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const core::json::ParseResult parsed = core::json::parseObject(bytes);
    if (!parsed.ok()) {
        *error = tr("%1 is not a JSON object: %2").arg(path, parsed.error);
        return false;
    }
    *object = parsed.object;
    return true;
}

namespace {

core::OutputFile::Overwrite overwrite(const Args& args)
{
    return args.flags.contains(QStringLiteral("force")) ? core::OutputFile::Overwrite::Allow
                                                        : core::OutputFile::Overwrite::Refuse;
}

} // namespace

bool writeOutputFile(const Args& args, const QString& path, const QByteArray& data, QString* error)
{
    return core::OutputFile::write(
        path, data, core::OutputFile::workspaceFiles(args.workspace), overwrite(args), error);
}

bool checkOutputFile(const Args& args, const QString& path, QString* error)
{
    return core::OutputFile::check(path, core::OutputFile::workspaceFiles(args.workspace), overwrite(args), error);
}

QString forTerminal(const QString& text)
{
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7F || (u >= 0x80 && u <= 0x9F))
            safe += QStringLiteral("\\x%1").arg(static_cast<int>(u), 2, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe;
}

bool finishOutput()
{
    out().flush();
    const bool lost = out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout) != 0;
    if (lost) {
        err() << "greendoor-cli: " << tr("cannot write to standard output: the output is incomplete") << "\n";
        err().flush();
    }
    return !lost;
}

} // namespace gd::app::cli
