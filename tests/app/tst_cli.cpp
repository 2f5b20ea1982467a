#include "support/HttpServer.h"
#include "support/SampleSite.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <csignal>

using namespace gd;

namespace {

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QProcessEnvironment environment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    return env;
}

Result cli(const QString& home, const QStringList& args, int timeoutMs = 60000, const QByteArray& input = {},
    const QString& stdoutFile = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(home));
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    p.start(QStringLiteral(GREENDOOR_CLI), args);
    if (p.waitForStarted()) {
        p.write(input);
        p.closeWriteChannel();
    }
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endToEnd();
    void usageErrors_data();
    void usageErrors();
    void refusesBrokenWorkspace();
    void ctrlCStopsRunCleanly();
    void prospectingFromTheCommandLine();
    void outputsNeverReplaceTheWorkspace();
    void outputsNeverReplaceAFileWithoutForce();
    void standardOutputErrorsFail();
    void secretsOfSeveralLinesAreRefused();
    void terminalEscapesInNamesAreShownNotSent();
    void readCommandsDoNotWaitForAWriter();
    void initRefusesADanglingSymlink();
    void twoInitsAtOnceOneWins();
    void inputFilesHaveASizeLimit();
    void runEndsOnTimeWhileTheProviderHangs();
};

void TestCli::endToEnd()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("team.greendoor"));
    const QStringList w = { QStringLiteral("--workspace"), ws };

    Result r = cli(
        dir.path(), w + QStringList { QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("demo")).toBool(), true);
    QVERIFY(QFile::exists(ws));

    r = cli(dir.path(), w + QStringList { QStringLiteral("init") });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("already exists"));

    r = cli(dir.path(),
        w
            + QStringList {
                QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("3"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonObject run = r.json().object();
    QCOMPARE(run.value(QStringLiteral("stopped_by")).toString(), QStringLiteral("timer"));
    QVERIFY(run.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("done")).toInt() >= 6);
    QVERIFY(run.value(QStringLiteral("messages")).toInt() >= 12);

    r = cli(dir.path(), w + QStringList { QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonObject status = r.json().object();
    const QJsonArray agents = status.value(QStringLiteral("agents")).toArray();
    QCOMPARE(agents.size(), 6);
    int handled = 0;
    for (const QJsonValue& a : agents) {
        handled += a.toObject().value(QStringLiteral("handled")).toInt();
        QCOMPARE(a.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
        QVERIFY(a.toObject().value(QStringLiteral("heartbeat_age_ms")).isDouble());
    }
    QVERIFY(handled >= 6);
    QCOMPARE(status.value(QStringLiteral("autonomy_paused")).toBool(), false);

    r = cli(dir.path(), w + QStringList { QStringLiteral("status") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("research"));
    QVERIFY(r.out.contains("HEARTBEAT AGE"));

    r = cli(dir.path(),
        w
            + QStringList {
                QStringLiteral("messages"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonArray messages = r.json().array();
    QCOMPARE(messages.size(), 5);
    for (int i = 1; i < messages.size(); ++i)
        QVERIFY(messages.at(i - 1).toObject().value(QStringLiteral("seq")).toInteger()
            > messages.at(i).toObject().value(QStringLiteral("seq")).toInteger());

    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("messages"), QStringLiteral("--type"), QStringLiteral("task_assignment"),
                QStringLiteral("--agent"), QStringLiteral("deal"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QVERIFY(!r.json().array().isEmpty());
    for (const QJsonValue& m : r.json().array()) {
        QCOMPARE(m.toObject().value(QStringLiteral("type")).toString(), QStringLiteral("task_assignment"));
        QCOMPARE(m.toObject().value(QStringLiteral("receiver")).toString(), QStringLiteral("deal"));
    }

    r = cli(dir.path(), w + QStringList { QStringLiteral("tasks"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.json().array().size() >= 6);

    r = cli(dir.path(), w + QStringList { QStringLiteral("pause") });
    QCOMPARE(r.code, 0);
    r = cli(dir.path(), w + QStringList { QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(r.json().object().value(QStringLiteral("autonomy_paused")).toBool(), true);
    // Paused: a run does no work.
    const int doneBefore = run.value(QStringLiteral("tasks")).toObject().value(QStringLiteral("done")).toInt();
    r = cli(dir.path(),
        w
            + QStringList {
                QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("autonomy_paused")).toBool(), true);
    QCOMPARE(
        r.json().object().value(QStringLiteral("tasks")).toObject().value(QStringLiteral("done")).toInt(), doneBefore);
    r = cli(dir.path(), w + QStringList { QStringLiteral("resume"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("paused")).toBool(), false);

    r = cli(dir.path(), w + QStringList { QStringLiteral("pause"), QStringLiteral("--agent"), QStringLiteral("deal") });
    QCOMPARE(r.code, 0);
    r = cli(dir.path(), w + QStringList { QStringLiteral("status"), QStringLiteral("--json") });
    for (const QJsonValue& a : r.json().object().value(QStringLiteral("agents")).toArray())
        QCOMPARE(a.toObject().value(QStringLiteral("paused")).toBool(),
            a.toObject().value(QStringLiteral("name")) == QStringLiteral("deal"));
    r = cli(
        dir.path(), w + QStringList { QStringLiteral("pause"), QStringLiteral("--agent"), QStringLiteral("nobody") });
    QCOMPARE(r.code, 1);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mention");
    const QString w = QStringLiteral("--workspace");
    const QString p = QStringLiteral("/tmp/x.greendoor");
    QTest::newRow("no command") << QStringList { w, p } << QByteArray("no command");
    QTest::newRow("no workspace") << QStringList { QStringLiteral("status") } << QByteArray("--workspace");
    QTest::newRow("unknown command") << QStringList { w, p, QStringLiteral("fly") } << QByteArray("unknown command");
    QTest::newRow("unknown option") << QStringList { w, p, QStringLiteral("status"), QStringLiteral("--colour") }
                                    << QByteArray("unknown option");
    QTest::newRow("run without seconds") << QStringList { w, p, QStringLiteral("run") } << QByteArray("--seconds");
    QTest::newRow("bad seconds") << QStringList { w, p, QStringLiteral("run"), QStringLiteral("--seconds"),
        QStringLiteral("soon") } << QByteArray("positive");
    QTest::newRow("bad type") << QStringList { w, p, QStringLiteral("messages"), QStringLiteral("--type"),
        QStringLiteral("gossip") }
                              << QByteArray("task_assignment");
    QTest::newRow("option of another command")
        << QStringList { w, p, QStringLiteral("status"), QStringLiteral("--limit"), QStringLiteral("3") }
        << QByteArray("does not take");
    QTest::newRow("missing value") << QStringList { w, p, QStringLiteral("messages"), QStringLiteral("--limit") }
                                   << QByteArray("needs a value");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mention);
    test::TempDir dir;
    const Result r = cli(dir.path(), args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(mention), r.err.constData());
    QVERIFY(r.err.contains("Usage:"));
}

void TestCli::refusesBrokenWorkspace()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("notes.greendoor"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    const Result r = cli(dir.path(), { QStringLiteral("--workspace"), path, QStringLiteral("status") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("not a GreenDoor workspace"), r.err.constData());
    const Result missing = cli(dir.path(),
        { QStringLiteral("--workspace"), dir.file(QStringLiteral("none.greendoor")), QStringLiteral("status") });
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("no workspace"));
}

void TestCli::ctrlCStopsRunCleanly()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("team.greendoor"));
    QCOMPARE(
        cli(dir.path(), { QStringLiteral("--workspace"), ws, QStringLiteral("init"), QStringLiteral("--demo") }).code,
        0);
    QProcess p;
    p.setProcessEnvironment(environment(dir.path()));
    p.start(QStringLiteral(GREENDOOR_CLI),
        { QStringLiteral("--workspace"), ws, QStringLiteral("run"), QStringLiteral("--seconds"),
            QStringLiteral("120") });
    QVERIFY(p.waitForStarted());
    QByteArray seen;
    QTRY_VERIFY2_WITH_TIMEOUT((seen += p.readAllStandardOutput()).contains("Running"),
        QByteArray(seen + p.readAllStandardError()).constData(), 10000);
    // Let the agents get some work done (what the checks below rely on), then interrupt.
    core::WorkspaceError error;
    core::Workspace::Options readOnly;
    readOnly.access = core::Workspace::Access::ReadOnly;
    auto reader = core::Workspace::open(ws, readOnly, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QTRY_VERIFY_WITH_TIMEOUT(
        test::scalar(*reader, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'done'")).toInt() >= 6, 20000);
    reader.reset();
    ::kill(static_cast<pid_t>(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    seen += p.readAllStandardOutput();
    QVERIFY2(seen.contains("interrupted"), seen.constData());
    // It stopped cleanly: the agents are recorded as stopped and the work is kept.
    const Result status
        = cli(dir.path(), { QStringLiteral("--workspace"), ws, QStringLiteral("status"), QStringLiteral("--json") });
    QCOMPARE(status.code, 0);
    for (const QJsonValue& a : status.json().object().value(QStringLiteral("agents")).toArray())
        QCOMPARE(a.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("stopped"));
    QVERIFY(
        status.json().object().value(QStringLiteral("tasks")).toObject().value(QStringLiteral("done")).toInt() >= 6);
}

void TestCli::prospectingFromTheCommandLine()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("p.greendoor"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init") }).code, 0);
    Result r = cli(dir.path(), w + QStringList { QStringLiteral("icp"), QStringLiteral("show") });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no profile yet"));

    test::HttpServer server;
    test::serveSampleSite(server);
    // The sample site is on 127.0.0.1: refused unless private addresses are allowed.
    r = cli(
        dir.path(), w + QStringList { QStringLiteral("icp"), QStringLiteral("--from-url"), server.url().toString() });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("private"));
    QCOMPARE(server.requests().size(), 0);
    // A password in the address is neither echoed nor stored.
    QUrl withPassword = server.url();
    withPassword.setUserInfo(QStringLiteral("user:hunter2"));
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("icp"), QStringLiteral("--from-url"), withPassword.toString(),
                QStringLiteral("--allow-private"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains("hunter2"));
    QVERIFY(!r.err.contains("hunter2"));
    const QJsonObject icp = r.json().object();
    QCOMPARE(icp.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(icp.value(QStringLiteral("industries")).toArray().contains(QStringLiteral("Logistics")));
    QVERIFY(icp.value(QStringLiteral("evidence")).toObject().contains(QStringLiteral("industries:Logistics")));
    QVERIFY(icp.value(QStringLiteral("pages")).toInt() >= 2);
    r = cli(dir.path(), w + QStringList { QStringLiteral("icp"), QStringLiteral("show"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Logistics"));
    QVERIFY(!r.out.contains("hunter2"));

    // An unreachable site: a clear failure that points to the manual way.
    quint16 closed = 0;
    {
        test::HttpServer gone;
        closed = gone.port();
    }
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("icp"), QStringLiteral("--from-url"),
                QStringLiteral("http://user:hunter2@127.0.0.1:%1/").arg(closed), QStringLiteral("--allow-private") });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("icp set"));
    QVERIFY(!r.err.contains("hunter2"));

    const QString csv = dir.file(QStringLiteral("leads.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("First Name,Last Name,Email,Job Title,Company Name,Industry,Country/Region\n"
            "Anna,Becker,anna@northwind.example,VP Sales,Northwind,Logistics,Germany\n"
            "Bob,Broken,bob(at)nowhere,Buyer,Nowhere,Retail,France\n"
            "Ben,Novak,ben@blueharbor.example,Engineer,Blue Harbor,Retail,Netherlands\n");
    f.close();
    const QString rejects = dir.file(QStringLiteral("rejects.csv"));
    r = cli(dir.path(),
        w
            + QStringList {
                QStringLiteral("import"), csv, QStringLiteral("--json"), QStringLiteral("--rejects"), rejects });
    QCOMPARE(r.code, 0);
    const QJsonObject report = r.json().object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("merged")).toInt(), 0);
    QCOMPARE(report.value(QStringLiteral("rejected")).toInt(), 1);
    const QJsonObject reject = report.value(QStringLiteral("rejects")).toArray().first().toObject();
    QCOMPARE(reject.value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(reject.value(QStringLiteral("reason")).toString().contains(QStringLiteral("not a valid email")));
    QFile saved(rejects);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll().contains("bob(at)nowhere"));
    // Importing again merges instead of duplicating.
    r = cli(dir.path(), w + QStringList { QStringLiteral("import"), csv, QStringLiteral("--json") });
    QCOMPARE(r.json().object().value(QStringLiteral("merged")).toInt(), 2);

    r = cli(dir.path(),
        w
            + QStringList {
                QStringLiteral("prospects"), QStringLiteral("--top"), QStringLiteral("1"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonObject best = r.json().array().first().toObject();
    QCOMPARE(best.value(QStringLiteral("email")).toString(), QStringLiteral("anna@northwind.example"));
    QVERIFY(best.value(QStringLiteral("score")).toInt() > 0);
    QVERIFY(!best.value(QStringLiteral("reasons")).toArray().isEmpty());
    r = cli(dir.path(), w + QStringList { QStringLiteral("prospects") });
    QVERIFY(r.out.contains("Anna Becker"));
    QVERIFY2(r.out.contains("(anna@northwind.example)"), r.out.constData());
    QVERIFY2(!r.out.contains("()") && !r.out.contains(", \n") && !r.out.contains(",  "), r.out.constData());

    r = cli(dir.path(), w + QStringList { QStringLiteral("import"), dir.file(QStringLiteral("missing.csv")) });
    QCOMPARE(r.code, 1);
    r = cli(dir.path(), w + QStringList { QStringLiteral("import") });
    QCOMPARE(r.code, 2);
}

namespace {

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray kRejectsCsv = "Name,Email\nAnna,anna@northwind.example\nBob,bob(at)nowhere\n";

} // namespace

void TestCli::outputsNeverReplaceTheWorkspace()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("k.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
    const QString csv = dir.file(QStringLiteral("rej.csv"));
    writeFile(csv, kRejectsCsv);
    QFile::link(ws, dir.file(QStringLiteral("alias.gd")));
    const QStringList targets = { ws, dir.file(QStringLiteral("alias.gd")), ws + QStringLiteral("-wal"),
        ws + QStringLiteral("-shm"), QDir(dir.path()).filePath(QStringLiteral("./sub/../k.gd")) };
    QDir(dir.path()).mkpath(QStringLiteral("sub"));
    for (const QString& target : targets) {
        const QByteArray before = test::fileHash(ws);
        for (const bool force : { false, true }) {
            QStringList extra = force ? QStringList { QStringLiteral("--force") } : QStringList {};
            Result r = cli(dir.path(),
                w + QStringList { QStringLiteral("import"), csv, QStringLiteral("--rejects"), target } + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("workspace"), r.err.constData());
            r = cli(dir.path(),
                w
                    + QStringList { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--output"), target }
                    + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("workspace"), r.err.constData());
        }
        QCOMPARE(test::fileHash(ws), before);
        QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("audit"), QStringLiteral("verify") }).code, 0);
    }
}

void TestCli::outputsNeverReplaceAFileWithoutForce()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("h.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
    const QString csv = dir.file(QStringLiteral("rej.csv"));
    writeFile(csv, kRejectsCsv);
    const QString existing = dir.file(QStringLiteral("notes.txt"));
    writeFile(existing, "keep me");
    // Refused before anything is imported.
    Result r
        = cli(dir.path(), w + QStringList { QStringLiteral("import"), csv, QStringLiteral("--rejects"), existing });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("--force"), r.err.constData());
    QCOMPARE(test::scalar(*core::Workspace::open(ws, core::Workspace::OpenMode::OpenExisting, nullptr),
                 QStringLiteral("SELECT count(*) FROM imports"))
                 .toInt(),
        0);
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--output"), existing });
    QCOMPARE(r.code, 1);
    QFile kept(existing);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));
    kept.close();
    // With --force it is replaced; a new name needs nothing.
    r = cli(dir.path(),
        w
            + QStringList {
                QStringLiteral("import"), csv, QStringLiteral("--rejects"), existing, QStringLiteral("--force") });
    QCOMPARE(r.code, 0);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("bob(at)nowhere"));
    kept.close();
    const QString fresh = dir.file(QStringLiteral("audit.json"));
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                QStringLiteral("json"), QStringLiteral("--output"), fresh });
    QCOMPARE(r.code, 0);
    QFile audit(fresh);
    QVERIFY(audit.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(audit.readAll()).isArray() || audit.size() > 0);
    // No temporary files are left beside the outputs.
    QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral(".*.??????") }, QDir::Files | QDir::Hidden).size(), 0);
}

void TestCli::standardOutputErrorsFail()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("t.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
    for (const QStringList& command : { QStringList { QStringLiteral("audit"), QStringLiteral("export"),
                                            QStringLiteral("--format"), QStringLiteral("json") },
             QStringList {
                 QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv") },
             QStringList { QStringLiteral("status"), QStringLiteral("--json") },
             QStringList { QStringLiteral("status") } }) {
        const Result r = cli(dir.path(), w + command, 60000, {}, QStringLiteral("/dev/full"));
        QVERIFY2(
            r.code == 1, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::number(r.code)));
        QVERIFY2(r.err.contains("standard output"), r.err.constData());
    }
}

void TestCli::secretsOfSeveralLinesAreRefused()
{
    test::TempDir dir;
    const Result r
        = cli(dir.path(), { QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("provider/x/key") }, 60000,
            "first-line\nsecond-line\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("several lines"), r.err.constData());
    const Result empty = cli(dir.path(),
        { QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("provider/x/key") }, 60000, "\n");
    QCOMPARE(empty.code, 2);
}

void TestCli::terminalEscapesInNamesAreShownNotSent()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("e.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init") }).code, 0);
    const QString csv = dir.file(QStringLiteral("evil.csv"));
    writeFile(csv,
        "Name,Email,Title,Company\n"
        "\"Eve \x1b]0;owned\x07\x1b[2J\",eve@evil.example,\"Boss\x9b\",\"Evil\x1b[31m Corp\"\n"
        "Mallory,mallory@evil.example,\"x\x1b[1A\",M\n"
        "\"Bad\x1b[5m\",bad@@evil.example,,\n"
            // ordinary rows: a file of mostly control bytes is refused as binary before any import
            + QByteArray("Plain Person,plain@plain.example,Buyer,Plain Ltd\n").repeated(20));
    Result r = cli(dir.path(), w + QStringList { QStringLiteral("import"), csv });
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.out.contains('\x1b'), r.out.constData()); // the rejected row's reason names the bad cell
    r = cli(dir.path(), w + QStringList { QStringLiteral("prospects") });
    QCOMPARE(r.code, 0);
    QVERIFY(!r.out.contains('\x1b'));
    QVERIFY(!r.out.contains('\x07'));
    QVERIFY(!r.out.contains("\xc2\x9b"));
    QVERIFY2(r.out.contains("Eve \\x1b]0;owned\\x07\\x1b[2J"), r.out.constData());
    // --json is for programs: the text is exact (JSON escapes control characters itself).
    r = cli(dir.path(), w + QStringList { QStringLiteral("prospects"), QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    bool found = false;
    for (const QJsonValue& v : r.json().array())
        found = found
            || v.toObject().value(QStringLiteral("full_name")).toString()
                == QStringLiteral("Eve \x1b]0;owned\x07\x1b[2J");
    QVERIFY(found);
}

void TestCli::readCommandsDoNotWaitForAWriter()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("busy.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
    // This process holds the write lock, as a long import does.
    core::WorkspaceError error;
    auto writer = core::Workspace::open(ws, core::Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(writer, qPrintable(error.message));
    QVERIFY(writer->begin());
    QVERIFY(writer->setMeta(QStringLiteral("busy"), QStringLiteral("1")));
    const QList<QStringList> reads = { { QStringLiteral("status") },
        { QStringLiteral("approvals"), QStringLiteral("list") }, { QStringLiteral("audit"), QStringLiteral("verify") },
        { QStringLiteral("messages") }, { QStringLiteral("tasks") }, { QStringLiteral("prospects") },
        { QStringLiteral("learned") }, { QStringLiteral("matrix"), QStringLiteral("show") } };
    for (const QStringList& command : reads) {
        QElapsedTimer timer;
        timer.start();
        const Result r = cli(dir.path(), w + command);
        QVERIFY2(
            r.code == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(r.err)));
        QVERIFY2(timer.elapsed() < 5000,
            qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(" took ") + QString::number(timer.elapsed())));
    }
    writer->rollback();
}

void TestCli::initRefusesADanglingSymlink()
{
    test::TempDir dir;
    const QString link = dir.file(QStringLiteral("link.gd"));
    const QString target = dir.file(QStringLiteral("gone/target.gd"));
    QVERIFY(QFile::link(target, link));
    const Result r = cli(dir.path(), { QStringLiteral("--workspace"), link, QStringLiteral("init") });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("symbolic link"), r.err.constData());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
}

void TestCli::twoInitsAtOnceOneWins()
{
    test::TempDir dir;
    for (int round = 0; round < 3; ++round) {
        const QString ws = dir.file(QStringLiteral("race%1.gd").arg(round));
        QProcess a;
        QProcess b;
        for (QProcess* p : { &a, &b }) {
            p->setProcessEnvironment(environment(dir.path()));
            p->start(QStringLiteral(GREENDOOR_CLI), { QStringLiteral("--workspace"), ws, QStringLiteral("init") });
        }
        QVERIFY(a.waitForFinished(60000));
        QVERIFY(b.waitForFinished(60000));
        const QList<int> codes = { a.exitCode(), b.exitCode() };
        const QByteArray errA = a.readAllStandardError();
        const QByteArray errB = b.readAllStandardError();
        QVERIFY2(codes.count(0) == 1, qPrintable(QString::fromUtf8(errA + errB)));
        const QByteArray loser = a.exitCode() == 0 ? errB : errA;
        QVERIFY2(loser.contains("already exists"), loser.constData());
        QCOMPARE(cli(dir.path(), { QStringLiteral("--workspace"), ws, QStringLiteral("status") }).code, 0);
    }
}

void TestCli::inputFilesHaveASizeLimit()
{
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("l.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init") }).code, 0);
    const QString big = dir.file(QStringLiteral("icp.json"));
    writeFile(big, "{\"industries\": [\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"]}");
    Result r = cli(
        dir.path(), w + QStringList { QStringLiteral("icp"), QStringLiteral("set"), QStringLiteral("--input"), big });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("at most"), r.err.constData());
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("icp"), QStringLiteral("set"), QStringLiteral("--input"),
                QStringLiteral("-") },
        60000, "{\"industries\": [\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"]}");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("at most"), r.err.constData());
    const Result secret
        = cli(dir.path(), { QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("provider/x/key") }, 60000,
            QByteArray(1024 * 1024, 'k'));
    QCOMPARE(secret.code, 1);
    QVERIFY2(secret.err.contains("larger than"), secret.err.constData());
}

void TestCli::runEndsOnTimeWhileTheProviderHangs()
{
    // The data provider accepts connections and never answers. An approved people search is
    // then in flight when the run's time is up: stopping must not wait for its time-outs.
    QTcpServer provider;
    QVERIFY(provider.listen(QHostAddress::LocalHost));
    QList<QTcpSocket*> held;
    connect(&provider, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* s = provider.nextPendingConnection())
            held << s;
    });
    test::TempDir dir;
    const QString ws = dir.file(QStringLiteral("slow.gd"));
    const QStringList w = { QStringLiteral("--workspace"), ws };
    QCOMPARE(cli(dir.path(), w + QStringList { QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
    const Result secret = cli(dir.path(),
        { QStringLiteral("secrets"), QStringLiteral("set"), QStringLiteral("provider/apollo/api_key") }, 60000, "k\n");
    if (secret.code != 0)
        QSKIP(qPrintable(QStringLiteral("no keychain here: ") + QString::fromUtf8(secret.err)));
    {
        core::WorkspaceError error;
        auto open = core::Workspace::open(ws, core::Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(open);
        QVERIFY(open->setMeta(QStringLiteral("provider:apollo:base_url"),
            QStringLiteral("http://127.0.0.1:%1").arg(provider.serverPort())));
    }
    QCOMPARE(cli(dir.path(),
                 w
                     + QStringList { QStringLiteral("prospects"), QStringLiteral("search"), QStringLiteral("--domains"),
                         QStringLiteral("x.example") })
                 .code,
        0);
    QString approval;
    for (int attempt = 0; attempt < 5 && approval.isEmpty(); ++attempt) {
        QCOMPARE(
            cli(dir.path(), w + QStringList { QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") })
                .code,
            0);
        const Result list = cli(dir.path(),
            w + QStringList { QStringLiteral("approvals"), QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue& v : list.json().array()) {
            if (QJsonDocument(v.toObject()).toJson().contains("x.example"))
                approval = v.toObject().value(QStringLiteral("id")).toString();
        }
    }
    QVERIFY2(!approval.isEmpty(), "the Research agent proposed no search");
    QCOMPARE(
        cli(dir.path(), w + QStringList { QStringLiteral("approvals"), QStringLiteral("approve"), approval }).code, 0);
    QElapsedTimer timer;
    timer.start();
    QProcess run;
    run.setProcessEnvironment(environment(dir.path()));
    run.start(QStringLiteral(GREENDOOR_CLI),
        w + QStringList { QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("3") });
    QVERIFY(run.waitForStarted());
    // The search reached the provider (and hangs there) before the time is up.
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 3000);
    QVERIFY(run.waitForFinished(60000));
    QCOMPARE(run.exitCode(), 0);
    QVERIFY2(timer.elapsed() < 3000 + 2500, qPrintable(QString::number(timer.elapsed())));
    qDeleteAll(held);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
