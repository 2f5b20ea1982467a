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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
