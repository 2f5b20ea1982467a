#include "app/Cli.h"

#include "agents/StandardAgents.h"
#include "app/CliCommon.h"
#include "core/runtime/Runtime.h"
#include "core/store/AgentStore.h"
#include "core/store/DemoData.h"
#include "core/store/MessageStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>

namespace gd::app {

namespace {

using namespace cli;

std::atomic<int> s_signal { 0 };

extern "C" void onSignal(int signal)
{
    s_signal.store(signal);
}

// Tasks per status name, as `status` and `run` print them.
QJsonObject taskCounts(core::Workspace& workspace)
{
    QJsonObject tasks;
    const QMap<QString, qint64> counts = core::TaskStore::countByStatus(workspace);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        tasks.insert(it.key(), it.value());
    return tasks;
}

int cmdInit(const Args& args)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(args.workspace, core::Workspace::OpenMode::CreateNew, &error);
    if (!ws)
        return failure(error.message);
    const bool demo = args.flags.contains(QStringLiteral("demo"));
    if (demo) {
        QString why;
        if (!core::DemoData::populate(*ws, &why)) {
            const QString path = ws->path();
            ws.reset();
            for (const char* suffix : { "", "-wal", "-shm" })
                QFile::remove(path + QLatin1String(suffix));
            return failure(tr("cannot load the demo data: %1").arg(why));
        }
    }
    if (args.json) {
        printJson(QJsonObject { { QStringLiteral("workspace"), ws->path() },
            { QStringLiteral("schema_version"), ws->schemaVersion() }, { QStringLiteral("demo"), demo } });
    } else {
        out() << (demo ? tr("Created demo workspace %1 (schema %2).") : tr("Created workspace %1 (schema %2)."))
                     .arg(QDir::toNativeSeparators(ws->path()))
                     .arg(ws->schemaVersion())
              << "\n";
    }
    return Success;
}

int cmdStatus(const Args& args)
{
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    const bool paused = ws->meta(core::keys::AutonomyPaused) == QLatin1String("1");
    QJsonArray agents;
    const qint64 now = core::nowMs();
    for (const core::AgentRecord& a : core::AgentStore::all(*ws)) {
        const QJsonObject& metrics = a.metrics;
        const qint64 beat = a.lastHeartbeatMs;
        agents.append(QJsonObject {
            { QStringLiteral("name"), a.name },
            { QStringLiteral("title"), a.title },
            { QStringLiteral("state"), a.state },
            { QStringLiteral("paused"), a.paused },
            { QStringLiteral("heartbeat_age_ms"), beat > 0 ? QJsonValue(now - beat) : QJsonValue() },
            { QStringLiteral("handled"), metrics.value(QStringLiteral("handled")).toInteger() },
            { QStringLiteral("failed"), metrics.value(QStringLiteral("failed")).toInteger() },
            { QStringLiteral("queue_depth"), metrics.value(QStringLiteral("queue_depth")).toInteger() },
            { QStringLiteral("restarts"), metrics.value(QStringLiteral("restarts")).toInteger() },
            { QStringLiteral("handling_p99_ms"), metrics.value(QStringLiteral("handling_p99_ms")).toDouble() },
            { QStringLiteral("capabilities"), a.capabilities },
        });
    }
    const QJsonObject tasks = taskCounts(*ws);
    if (args.json) {
        printJson(QJsonObject { { QStringLiteral("workspace"), ws->path() },
            { QStringLiteral("autonomy_paused"), paused }, { QStringLiteral("agents"), agents },
            { QStringLiteral("tasks"), tasks }, { QStringLiteral("messages"), core::MessageStore::count(*ws) } });
        return Success;
    }
    out() << tr("Workspace: %1").arg(QDir::toNativeSeparators(ws->path())) << "\n"
          << (paused ? tr("Autonomy: PAUSED") : tr("Autonomy: on")) << "\n";
    if (agents.isEmpty()) {
        out() << tr("No agents have run in this workspace yet (start them with `run` or the console).") << "\n";
        return Success;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(tr("AGENT"), -14)
                 .arg(tr("STATE"), -10)
                 .arg(tr("HANDLED"), 8)
                 .arg(tr("FAILED"), 7)
                 .arg(tr("P99 MS"), 8)
                 .arg(tr("HEARTBEAT AGE"), 14)
          << "\n";
    for (const QJsonValue& v : std::as_const(agents)) {
        const QJsonObject a = v.toObject();
        QString state = a.value(QStringLiteral("state")).toString();
        if (a.value(QStringLiteral("paused")).toBool())
            state += QLatin1Char('*');
        const QJsonValue age = a.value(QStringLiteral("heartbeat_age_ms"));
        const QString ageText = age.isNull()
            ? tr("never")
            : (age.toInteger() < 10000 ? tr("%1 ms").arg(age.toInteger()) : tr("%1 s").arg(age.toInteger() / 1000));
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(forTerminal(a.value(QStringLiteral("name")).toString()), -14)
                     .arg(forTerminal(state), -10)
                     .arg(a.value(QStringLiteral("handled")).toInteger(), 8)
                     .arg(a.value(QStringLiteral("failed")).toInteger(), 7)
                     .arg(a.value(QStringLiteral("handling_p99_ms")).toDouble(), 8, 'f', 2)
                     .arg(ageText, 14)
              << "\n";
    }
    out() << tr("Tasks: %1 queued, %2 assigned, %3 done, %4 failed")
                 .arg(tasks.value(QStringLiteral("queued")).toInteger())
                 .arg(tasks.value(QStringLiteral("assigned")).toInteger())
                 .arg(tasks.value(QStringLiteral("done")).toInteger())
                 .arg(tasks.value(QStringLiteral("failed")).toInteger())
          << "\n";
    return Success;
}

int cmdRun(const Args& args)
{
    int seconds = 0;
    QString error;
    if (!args.options.contains(QStringLiteral("seconds")))
        return usageError(tr("run needs --seconds N"));
    if (!positiveInt(args, QStringLiteral("seconds"), 0, &seconds, &error))
        return usageError(error);
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    core::Runtime runtime(ws, agents::standardAgents());
    runtime.start();
    if (!runtime.waitUntilStarted())
        return failure(tr("the agents did not start"));
    if (!args.json)
        out() << tr("Running %1 agents for %2 s on %3 (Ctrl-C stops)...")
                     .arg(runtime.coordinator()->agentNames().size())
                     .arg(seconds)
                     .arg(QDir::toNativeSeparators(ws->path()))
              << Qt::endl;

    QElapsedTimer elapsed;
    elapsed.start();
    QString stoppedBy = QStringLiteral("timer");
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &runtime, [&] {
        if (s_signal.load() != 0) {
            stoppedBy = QStringLiteral("signal");
            QCoreApplication::quit();
        } else if (elapsed.elapsed() >= static_cast<qint64>(seconds) * 1000) {
            QCoreApplication::quit();
        }
    });
    poll.start();
    QCoreApplication::exec();
    poll.stop();
    const core::RuntimeCounts before = runtime.coordinator()->counts();
    runtime.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);

    const QJsonObject tasks = taskCounts(*ws);
    const qint64 messages = core::MessageStore::count(*ws);
    if (args.json) {
        printJson(QJsonObject { { QStringLiteral("ran_ms"), elapsed.elapsed() },
            { QStringLiteral("stopped_by"), stoppedBy }, { QStringLiteral("autonomy_paused"), before.autonomyPaused },
            { QStringLiteral("tasks"), tasks }, { QStringLiteral("messages"), messages } });
    } else {
        out() << tr("Stopped after %1 s (%2). Tasks done: %3, failed: %4. Messages in the trail: %5.")
                     .arg(static_cast<double>(elapsed.elapsed()) / 1000.0, 0, 'f', 1)
                     .arg(stoppedBy == QLatin1String("signal") ? tr("interrupted") : tr("time is up"))
                     .arg(tasks.value(QStringLiteral("done")).toInteger())
                     .arg(tasks.value(QStringLiteral("failed")).toInteger())
                     .arg(messages)
              << "\n";
    }
    return Success;
}

int cmdMessages(const Args& args)
{
    core::MessageFilter filter;
    QString error;
    if (!positiveInt(args, QStringLiteral("limit"), 50, &filter.limit, &error))
        return usageError(error);
    filter.agent = args.options.value(QStringLiteral("agent"));
    if (args.options.contains(QStringLiteral("type"))) {
        filter.type = core::messageTypeFromString(args.options.value(QStringLiteral("type")));
        if (!filter.type)
            return usageError(tr("unknown message type %1 (one of: %2)")
                                  .arg(args.options.value(QStringLiteral("type")),
                                      core::allMessageTypeNames().join(QStringLiteral(", "))));
    }
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    const QList<core::Message> messages = core::MessageStore::query(*ws, filter, &error);
    if (!error.isEmpty())
        return failure(error);
    if (args.json) {
        QJsonArray array;
        for (const core::Message& m : messages)
            array.append(m.toJson());
        printJson(array);
        return Success;
    }
    for (const core::Message& m : messages) {
        out() << QStringLiteral("%1 %2 -> %3 [%4/%5] %6%7")
                     .arg(timeText(m.createdAtMs), forTerminal(m.sender), forTerminal(m.receiver), core::nameOf(m.type),
                         core::nameOf(m.priority), forTerminal(m.summary()),
                         m.ackedAtMs > 0 ? (m.handlerError.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (failed: ") + forTerminal(m.handlerError) + QLatin1Char(')'))
                                         : QStringLiteral(" (pending)"))
              << "\n";
    }
    return Success;
}

int cmdTasks(const Args& args)
{
    int limit = 0;
    QString error;
    if (!positiveInt(args, QStringLiteral("limit"), 50, &limit, &error))
        return usageError(error);
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    const QList<core::TaskRecord> tasks
        = core::TaskStore::recent(*ws, args.options.value(QStringLiteral("agent")), limit);
    if (args.json) {
        QJsonArray array;
        for (const core::TaskRecord& t : tasks)
            array.append(t.toJson());
        printJson(array);
        return Success;
    }
    for (const core::TaskRecord& t : tasks) {
        const QString outcome
            = t.status == core::TaskStatus::Done ? t.result.value(QStringLiteral("summary")).toString() : t.lastError;
        out() << QStringLiteral("%1 %2 %3 %4 (%5/%6) %7")
                     .arg(timeText(t.createdAtMs), forTerminal(t.type), core::nameOf(t.status),
                         t.agent.isEmpty() ? QStringLiteral("-") : forTerminal(t.agent))
                     .arg(t.attempts)
                     .arg(t.maxAttempts)
                     .arg(forTerminal(outcome))
              << "\n";
    }
    return Success;
}

int cmdPause(const Args& args, bool pause)
{
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    QString error;
    const QString agent = args.options.value(QStringLiteral("agent"));
    if (agent.isEmpty()) {
        if (!ws->setMeta(core::keys::AutonomyPaused, pause ? QStringLiteral("1") : QStringLiteral("0"), &error))
            return failure(error);
    } else {
        bool found = false;
        if (!core::AgentStore::setPaused(*ws, agent, pause, &found, &error))
            return failure(error);
        if (!found)
            return failure(tr("no agent named %1 in this workspace").arg(agent));
    }
    if (args.json) {
        printJson(QJsonObject { { QStringLiteral("agent"), agent.isEmpty() ? QJsonValue() : QJsonValue(agent) },
            { QStringLiteral("paused"), pause } });
    } else if (agent.isEmpty()) {
        out() << (pause ? tr("Autonomy paused: no agent takes new work until you resume.") : tr("Autonomy resumed."))
              << "\n";
    } else {
        out() << (pause ? tr("Agent %1 paused.") : tr("Agent %1 resumed.")).arg(agent) << "\n";
    }
    return Success;
}

} // namespace

namespace {

int dispatch(const QStringList& arguments)
{
    using namespace cli;
    const Args args = parse(arguments);
    if (args.flags.contains(QStringLiteral("help"))) {
        out() << usageText();
        return Success;
    }
    if (args.flags.contains(QStringLiteral("version"))) {
        out() << "greendoor-cli " << QCoreApplication::applicationVersion() << "\n";
        return Success;
    }
    if (!args.error.isEmpty())
        return usageError(args.error);
    if (args.command.isEmpty())
        return usageError(tr("no command given"));
    const bool parseOnly = args.command == QLatin1String("goal") && args.positionals.value(0) == QLatin1String("parse");
    if (args.workspace.isEmpty() && args.command != QLatin1String("secrets") && args.command != QLatin1String("replies")
        && !parseOnly && args.command != QLatin1String("eval"))
        return usageError(tr("--workspace PATH is required"));

    // Options each command accepts, beyond --workspace and --json.
    static const QHash<QString, QStringList> accepted = {
        { QStringLiteral("init"), { QStringLiteral("demo") } },
        { QStringLiteral("status"), {} },
        { QStringLiteral("run"), { QStringLiteral("seconds") } },
        { QStringLiteral("messages"), { QStringLiteral("limit"), QStringLiteral("agent"), QStringLiteral("type") } },
        { QStringLiteral("tasks"), { QStringLiteral("limit"), QStringLiteral("agent") } },
        { QStringLiteral("pause"), { QStringLiteral("agent") } },
        { QStringLiteral("resume"), { QStringLiteral("agent") } },
        { QStringLiteral("approvals"),
            { QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("input") } },
        { QStringLiteral("decisions"), { QStringLiteral("type"), QStringLiteral("input"), QStringLiteral("reason") } },
        { QStringLiteral("learned"), {} },
        { QStringLiteral("matrix"), { QStringLiteral("input") } },
        { QStringLiteral("audit"), { QStringLiteral("format"), QStringLiteral("output"), QStringLiteral("force") } },
        { QStringLiteral("import"), { QStringLiteral("rejects"), QStringLiteral("force") } },
        { QStringLiteral("icp"),
            { QStringLiteral("from-url"), QStringLiteral("input"), QStringLiteral("allow-private") } },
        { QStringLiteral("prospects"), { QStringLiteral("top"), QStringLiteral("domains"), QStringLiteral("titles") } },
        { QStringLiteral("secrets"), {} },
        { QStringLiteral("mailbox"),
            { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("smtp"), QStringLiteral("imap"),
                QStringLiteral("user"), QStringLiteral("trust-cert"), QStringLiteral("daily-cap"),
                QStringLiteral("gap-seconds"), QStringLiteral("window"), QStringLiteral("display-name"),
                QStringLiteral("postal-address"), QStringLiteral("sent-folder"), QStringLiteral("server-saves-sent"),
                QStringLiteral("signature"), QStringLiteral("unsubscribe-url"), QStringLiteral("warmup-step"),
                QStringLiteral("warmup-start-cap"), QStringLiteral("gap-jitter-seconds") } },
        { QStringLiteral("outbox"), { QStringLiteral("sent"), QStringLiteral("resend"), QStringLiteral("all") } },
        { QStringLiteral("replies"), {} },
        { QStringLiteral("suppressions"), { QStringLiteral("campaign"), QStringLiteral("reason") } },
        { QStringLiteral("goal"), { QStringLiteral("text"), QStringLiteral("today") } },
        { QStringLiteral("deal"),
            { QStringLiteral("title"), QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("stage"),
                QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("close-date"),
                QStringLiteral("next-step"), QStringLiteral("owner"), QStringLiteral("reason") } },
        { QStringLiteral("pipeline"), { QStringLiteral("probabilities") } },
        { QStringLiteral("eval"), { QStringLiteral("task"), QStringLiteral("data"), QStringLiteral("per-site") } },
        { QStringLiteral("model"),
            { QStringLiteral("url"), QStringLiteral("model"), QStringLiteral("key-stdin"), QStringLiteral("price-in"),
                QStringLiteral("price-out"), QStringLiteral("send-prospect-data"), QStringLiteral("budget") } },
        { QStringLiteral("campaign"), { QStringLiteral("input"), QStringLiteral("at") } },
        { QStringLiteral("mail"), { QStringLiteral("mailbox") } },
        { QStringLiteral("conversations"), { QStringLiteral("contact") } },
        { QStringLiteral("report"),
            { QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("format"),
                QStringLiteral("output"), QStringLiteral("force") } },
    };
    if (!accepted.contains(args.command))
        return usageError(tr("unknown command %1").arg(args.command));
    static const QSet<QString> withSubcommands = { QStringLiteral("approvals"), QStringLiteral("decisions"),
        QStringLiteral("learned"), QStringLiteral("matrix"), QStringLiteral("audit"), QStringLiteral("import"),
        QStringLiteral("icp"), QStringLiteral("prospects"), QStringLiteral("secrets"), QStringLiteral("mailbox"),
        QStringLiteral("replies"), QStringLiteral("suppressions"), QStringLiteral("goal"), QStringLiteral("deal"),
        QStringLiteral("model"), QStringLiteral("outbox"), QStringLiteral("campaign"), QStringLiteral("mail"),
        QStringLiteral("conversations") };
    if (!withSubcommands.contains(args.command) && !args.positionals.isEmpty())
        return usageError(tr("unexpected argument %1").arg(args.positionals.first()));
    const QStringList allowed = accepted.value(args.command);
    for (auto it = args.options.cbegin(); it != args.options.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return usageError(tr("%1 does not take --%2").arg(args.command, it.key()));
    }
    for (const QString& flag : args.flags) {
        if (!allowed.contains(flag))
            return usageError(tr("%1 does not take --%2").arg(args.command, flag));
    }

    if (args.command == QLatin1String("init"))
        return cmdInit(args);
    if (args.command == QLatin1String("status"))
        return cmdStatus(args);
    if (args.command == QLatin1String("run"))
        return cmdRun(args);
    if (args.command == QLatin1String("messages"))
        return cmdMessages(args);
    if (args.command == QLatin1String("tasks"))
        return cmdTasks(args);
    if (args.command == QLatin1String("pause"))
        return cmdPause(args, true);
    if (args.command == QLatin1String("approvals"))
        return cmdApprovals(args);
    if (args.command == QLatin1String("decisions"))
        return cmdDecisions(args);
    if (args.command == QLatin1String("learned"))
        return cmdLearned(args);
    if (args.command == QLatin1String("matrix"))
        return cmdMatrix(args);
    if (args.command == QLatin1String("audit"))
        return cmdAudit(args);
    if (args.command == QLatin1String("import"))
        return cmdImport(args);
    if (args.command == QLatin1String("icp"))
        return cmdIcp(args);
    if (args.command == QLatin1String("eval"))
        return cmdEval(args);
    if (args.command == QLatin1String("prospects"))
        return cmdProspects(args);
    if (args.command == QLatin1String("secrets"))
        return cmdSecrets(args);
    if (args.command == QLatin1String("mailbox"))
        return cmdMailbox(args);
    if (args.command == QLatin1String("replies"))
        return cmdReplies(args);
    if (args.command == QLatin1String("suppressions"))
        return cmdSuppressions(args);
    if (args.command == QLatin1String("goal"))
        return cmdGoal(args);
    if (args.command == QLatin1String("deal"))
        return cmdDeal(args);
    if (args.command == QLatin1String("pipeline"))
        return cmdPipeline(args);
    if (args.command == QLatin1String("model"))
        return cmdModel(args);
    if (args.command == QLatin1String("outbox"))
        return cmdOutbox(args);
    if (args.command == QLatin1String("campaign"))
        return cmdCampaign(args);
    if (args.command == QLatin1String("mail"))
        return cmdMail(args);
    if (args.command == QLatin1String("conversations"))
        return cmdConversations(args);
    if (args.command == QLatin1String("report"))
        return cmdReport(args);

    return cmdPause(args, false);
}

} // namespace

int runCli(const QStringList& arguments)
{
    const int code = dispatch(arguments);
    // What was printed must have arrived: a full disk or a closed pipe is a failure, not a
    // silently truncated export with exit code 0.
    if (!cli::finishOutput())
        return code == cli::Success ? cli::Failure : code;
    return code;
}

} // namespace gd::app
