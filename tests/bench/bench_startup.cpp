// Startup benchmark of the GUI. Prints figures; asserts nothing.
//
// Runs `greendoor --measure-startup --workspace <demo workspace>` offscreen R times and reports
// the median window_shown_ms and workspace_opened_ms. Baseline in the same run, interleaved
// with it: bench_startup_baseline, an empty QMainWindow measured the same way. The children
// get a private HOME and XDG folders and no session bus, so no real profile is touched.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

struct Sample
{
    qint64 shownMs = -1;
    qint64 openedMs = -1;
    qint64 processMs = -1; // process start -> exit, as seen from here
};

struct Series
{
    QList<Sample> samples;
    int failures = 0; // no figures
    QStringList abnormalExits; // figures printed, but the process did not exit cleanly
};

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double median(QList<qint64> values)
{
    values.removeIf([](qint64 v) { return v < 0; });
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? static_cast<double>(values.at(n / 2))
                 : static_cast<double>(values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QList<qint64> column(const Series& series, qint64 Sample::*member)
{
    QList<qint64> values;
    for (const Sample& s : series.samples)
        values << s.*member;
    return values;
}

struct Outcome
{
    bool ran = false; // started and finished within the timeout
    bool clean = false; // exited normally with code 0
    QString status; // how it ended, when not clean
    QByteArray output;
    QByteArray errors;
    qint64 elapsedMs = -1;
};

// Runs a program to completion.
Outcome runProcess(const QString& program, const QStringList& arguments, const QProcessEnvironment& environment,
    const QString& workingDir, int timeoutMs)
{
    Outcome outcome;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(workingDir);
    process.setProgram(program);
    process.setArguments(arguments);
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        err() << "bench_startup: cannot start " << program << ": " << process.errorString() << "\n";
        outcome.status = QStringLiteral("did not start");
        return outcome;
    }
    if (!process.waitForFinished(timeoutMs)) {
        err() << "bench_startup: " << QFileInfo(program).fileName() << " did not finish in " << timeoutMs
              << " ms; killing it\n";
        process.kill();
        process.waitForFinished(5000);
        outcome.status = QStringLiteral("timed out");
        outcome.output = process.readAllStandardOutput();
        return outcome;
    }
    outcome.ran = true;
    outcome.elapsedMs = timer.elapsed();
    outcome.output = process.readAllStandardOutput();
    outcome.errors = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        outcome.status = QStringLiteral("crashed (signal %1)").arg(process.exitCode());
    else if (process.exitCode() != 0)
        outcome.status = QStringLiteral("exit code %1").arg(process.exitCode());
    else
        outcome.clean = true;
    if (!outcome.clean)
        err() << "bench_startup: " << QFileInfo(program).fileName() << " " << outcome.status << "; its stderr ends:\n"
              << QString::fromLocal8Bit(outcome.errors.right(600)) << "\n";
    return outcome;
}

qint64 figure(const QByteArray& output, const QByteArray& key)
{
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2 && parts.at(0) == key) {
            bool ok = false;
            const qint64 value = parts.at(1).toLongLong(&ok);
            if (ok)
                return value;
        }
    }
    return -1;
}

bool copyWorkspace(const QString& from, const QString& to)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

QString fmt(double value)
{
    return value < 0 ? QStringLiteral("-") : QString::number(value, 'f', value < 100 ? 1 : 0);
}

QString ratio(double a, double b)
{
    return a < 0 || b <= 0 ? QStringLiteral("-") : QString::number(a / b, 'f', 2);
}

QString pad(const QString& text, int width)
{
    return width < 0 ? text.leftJustified(-width) : text.rightJustified(width);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GreenDoor GUI startup benchmark: prints figures."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Measured runs of each program (default 5)."), QStringLiteral("R"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
        QStringLiteral("Unmeasured warm-up runs of each program first (default 1)."), QStringLiteral("W"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The greendoor binary."),
        QStringLiteral("path"), QString::fromUtf8(GREENDOOR_GUI_BINARY));
    const QCommandLineOption cliOption(QStringLiteral("cli"), QStringLiteral("The greendoor-cli binary."),
        QStringLiteral("path"), QString::fromUtf8(GREENDOOR_CLI_BINARY));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
        QStringLiteral("The bench_startup_baseline binary."), QStringLiteral("path"),
        QString::fromUtf8(GREENDOOR_BASELINE_BINARY));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), QStringLiteral("Seconds one run may take (default 60)."), QStringLiteral("s"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print JSON instead of a table."));
    parser.addOptions({ runsOption, warmupOption, appOption, cliOption, baselineOption, timeoutOption, jsonOption });
    parser.process(app);

    const int runs = parser.isSet(runsOption) ? std::max(1, parser.value(runsOption).toInt()) : 5;
    const int warmup = parser.isSet(warmupOption) ? std::max(0, parser.value(warmupOption).toInt()) : 1;
    const int timeoutMs = (parser.isSet(timeoutOption) ? std::max(1, parser.value(timeoutOption).toInt()) : 60) * 1000;
    const QString appBinary = parser.value(appOption);
    const QString cliBinary = parser.value(cliOption);
    const QString baselineBinary = parser.value(baselineOption);

    // A private profile for the children.
    QTemporaryDir root;
    if (!root.isValid()) {
        err() << "bench_startup: cannot create a temporary folder\n";
        return 1;
    }
    const QString home = root.filePath(QStringLiteral("home"));
    const QString runtimeDir = root.filePath(QStringLiteral("runtime"));
    for (const QString& sub : { QStringLiteral("home"), QStringLiteral("config"), QStringLiteral("data"),
             QStringLiteral("cache"), QStringLiteral("state"), QStringLiteral("runtime") })
        QDir(root.path()).mkpath(sub);
    QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), root.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keyring or portal of the real session

    // The demo workspace, created once and copied fresh before each run so every run opens
    // the same state.
    const QString pristine = root.filePath(QStringLiteral("demo-pristine.greendoor"));
    const QString workspace = root.filePath(QStringLiteral("demo.greendoor"));
    err() << "bench_startup: creating the demo workspace\n";
    if (!runProcess(cliBinary,
            { QStringLiteral("--workspace"), pristine, QStringLiteral("init"), QStringLiteral("--demo") }, env, home,
            timeoutMs)
             .clean) {
        err() << "bench_startup: greendoor-cli init --demo failed\n";
        return 1;
    }

    Series appSeries;
    Series baseSeries;
    // A run counts when it printed its figures; one that then crashed or failed is listed.
    auto runBaseline = [&](bool measured) {
        Sample s;
        const Outcome outcome = runProcess(baselineBinary, {}, env, home, timeoutMs);
        s.processMs = outcome.elapsedMs;
        s.shownMs = figure(outcome.output, "window_shown_ms");
        if (!outcome.ran || s.shownMs < 0) {
            ++baseSeries.failures;
            return;
        }
        if (!outcome.clean)
            baseSeries.abnormalExits << outcome.status;
        if (measured)
            baseSeries.samples << s;
    };
    auto runApp = [&](bool measured) {
        Sample s;
        if (!copyWorkspace(pristine, workspace)) {
            err() << "bench_startup: cannot copy the demo workspace\n";
            ++appSeries.failures;
            return;
        }
        const Outcome outcome = runProcess(appBinary,
            { QStringLiteral("--measure-startup"), QStringLiteral("--workspace"), workspace }, env, home, timeoutMs);
        s.processMs = outcome.elapsedMs;
        s.shownMs = figure(outcome.output, "window_shown_ms");
        s.openedMs = figure(outcome.output, "workspace_opened_ms");
        if (!outcome.ran || s.shownMs < 0 || s.openedMs < 0) {
            ++appSeries.failures;
            return;
        }
        if (!outcome.clean)
            appSeries.abnormalExits << outcome.status;
        if (measured)
            appSeries.samples << s;
    };

    // Interleaved, alternating which goes first, so drift in machine load hits both alike.
    for (int i = 0; i < warmup + runs; ++i) {
        const bool measured = i >= warmup;
        err() << "bench_startup: " << (measured ? "run " : "warm-up ") << (measured ? i - warmup + 1 : i + 1) << "\n";
        if (i % 2 == 0) {
            runBaseline(measured);
            runApp(measured);
        } else {
            runApp(measured);
            runBaseline(measured);
        }
    }

    const double appShown = median(column(appSeries, &Sample::shownMs));
    const double appOpened = median(column(appSeries, &Sample::openedMs));
    const double appProcess = median(column(appSeries, &Sample::processMs));
    const double baseShown = median(column(baseSeries, &Sample::shownMs));
    const double baseProcess = median(column(baseSeries, &Sample::processMs));

    const int problems = appSeries.failures + baseSeries.failures
        + static_cast<int>(appSeries.abnormalExits.size() + baseSeries.abnormalExits.size());
    const int exitCode = problems > 0 ? 1 : 0;

    QTextStream out(stdout);
    if (parser.isSet(jsonOption)) {
        auto series = [](const Series& s, bool opened) {
            QJsonArray shown;
            QJsonArray open;
            QJsonArray process;
            for (const Sample& x : s.samples) {
                shown.append(x.shownMs);
                open.append(x.openedMs);
                process.append(x.processMs);
            }
            QJsonObject o { { QStringLiteral("window_shown_ms"), shown }, { QStringLiteral("process_ms"), process },
                { QStringLiteral("failures"), s.failures },
                { QStringLiteral("abnormal_exits"), QJsonArray::fromStringList(s.abnormalExits) } };
            if (opened)
                o.insert(QStringLiteral("workspace_opened_ms"), open);
            return o;
        };
        QJsonObject root {
            { QStringLiteral("runs"), runs },
            { QStringLiteral("warmup"), warmup },
            { QStringLiteral("greendoor"),
                QJsonObject { { QStringLiteral("median_window_shown_ms"), appShown },
                    { QStringLiteral("median_workspace_opened_ms"), appOpened },
                    { QStringLiteral("median_process_ms"), appProcess },
                    { QStringLiteral("samples"), series(appSeries, true) } } },
            { QStringLiteral("baseline"),
                QJsonObject { { QStringLiteral("median_window_shown_ms"), baseShown },
                    { QStringLiteral("median_process_ms"), baseProcess },
                    { QStringLiteral("samples"), series(baseSeries, false) } } },
            { QStringLiteral("ratio_window_shown"), baseShown > 0 ? appShown / baseShown : 0.0 },
            { QStringLiteral("ratio_workspace_opened_to_baseline_shown"), baseShown > 0 ? appOpened / baseShown : 0.0 },
            { QStringLiteral("ratio_process"), baseProcess > 0 ? appProcess / baseProcess : 0.0 },
        };
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exitCode;
    }

    out << "GreenDoor startup benchmark (QT_QPA_PLATFORM=offscreen, demo workspace, medians of " << runs
        << " runs after " << warmup << " warm-up)\n\n";
    out << "   " << pad(QStringLiteral("program"), -44) << pad(QStringLiteral("window_shown_ms"), 16)
        << pad(QStringLiteral("workspace_opened_ms"), 20) << pad(QStringLiteral("process_ms"), 12) << "\n";
    out << "   " << pad(QStringLiteral("bench_startup_baseline (empty QMainWindow)"), -44) << pad(fmt(baseShown), 16)
        << pad(QStringLiteral("-"), 20) << pad(fmt(baseProcess), 12) << "\n";
    out << "   " << pad(QStringLiteral("greendoor --measure-startup"), -44) << pad(fmt(appShown), 16)
        << pad(fmt(appOpened), 20) << pad(fmt(appProcess), 12) << "\n";
    out << "   " << pad(QStringLiteral("ratio greendoor / baseline"), -44) << pad(ratio(appShown, baseShown), 16)
        << pad(ratio(appOpened, baseShown), 20) << pad(ratio(appProcess, baseProcess), 12) << "\n";
    out << "\n   workspace_opened ratio is against the baseline's window_shown_ms (it has no workspace).\n";
    auto list = [](const Series& s, qint64 Sample::*member) {
        QStringList parts;
        for (const Sample& x : s.samples)
            parts << QString::number(x.*member);
        return parts.join(QLatin1Char(' '));
    };
    out << "\n   all runs (ms):\n";
    out << "     baseline  window_shown      " << list(baseSeries, &Sample::shownMs) << "\n";
    out << "     baseline  process           " << list(baseSeries, &Sample::processMs) << "\n";
    out << "     greendoor window_shown      " << list(appSeries, &Sample::shownMs) << "\n";
    out << "     greendoor workspace_opened  " << list(appSeries, &Sample::openedMs) << "\n";
    out << "     greendoor process           " << list(appSeries, &Sample::processMs) << "\n";
    if (appSeries.failures + baseSeries.failures > 0)
        out << "\n   runs without figures (not counted): greendoor " << appSeries.failures << ", baseline "
            << baseSeries.failures << "\n";
    const int runsTotal = warmup + runs;
    if (!appSeries.abnormalExits.isEmpty())
        out << "\n   greendoor printed its figures but then did not exit cleanly in " << appSeries.abnormalExits.size()
            << " of " << runsTotal << " runs: " << appSeries.abnormalExits.join(QStringLiteral(", ")) << "\n";
    if (!baseSeries.abnormalExits.isEmpty())
        out << "\n   the baseline did not exit cleanly in " << baseSeries.abnormalExits.size() << " of " << runsTotal
            << " runs: " << baseSeries.abnormalExits.join(QStringLiteral(", ")) << "\n";
    return exitCode;
}
