#include "support/HttpServer.h"
#include "support/SampleSite.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

Result cli(const QString& home, const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(environment(home));
    p.start(QStringLiteral(GREENDOOR_CLI), args);
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
    QTest::qWait(1500);
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
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("icp"), QStringLiteral("--from-url"), server.url().toString(),
                QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonObject icp = r.json().object();
    QCOMPARE(icp.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(icp.value(QStringLiteral("industries")).toArray().contains(QStringLiteral("Logistics")));
    QVERIFY(icp.value(QStringLiteral("evidence")).toObject().contains(QStringLiteral("industries:Logistics")));
    QVERIFY(icp.value(QStringLiteral("pages")).toInt() >= 2);
    r = cli(dir.path(), w + QStringList { QStringLiteral("icp"), QStringLiteral("show") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Logistics"));

    // An unreachable site: a clear failure that points to the manual way.
    quint16 closed = 0;
    {
        test::HttpServer gone;
        closed = gone.port();
    }
    r = cli(dir.path(),
        w
            + QStringList { QStringLiteral("icp"), QStringLiteral("--from-url"),
                QStringLiteral("http://127.0.0.1:%1/").arg(closed) });
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("icp set"));

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

    r = cli(dir.path(), w + QStringList { QStringLiteral("import"), dir.file(QStringLiteral("missing.csv")) });
    QCOMPARE(r.code, 1);
    r = cli(dir.path(), w + QStringList { QStringLiteral("import") });
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
