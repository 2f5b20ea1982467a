#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gd;

namespace {

struct Result
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment environment(const QString& home, const QString& fault = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    if (!fault.isEmpty())
        env.insert(QStringLiteral("GREENDOOR_FAULT"), fault);
    return env;
}

Result cli(const QString& home, const QStringList& args, const QString& fault = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(home, fault));
    p.start(QStringLiteral(GREENDOOR_CLI), args);
    p.waitForFinished(60000);
    return { p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace

// kill -9 of `greendoor-cli run` between approval and execution, for real: the approved action
// is carried out exactly once after the restart.
class TestCrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void killedWhileHoldingAnApprovedAction();
    void killedAfterClaimingBeforeTheEffect();
    void killedAfterTheEffectBeforeBookkeeping();

private:
    QString approveOne();
    int emlFiles() const;
    int executedRows();
    QStringList w(const QStringList& rest) const { return QStringList { QStringLiteral("--workspace"), m_ws } + rest; }

    std::unique_ptr<test::TempDir> m_dir;
    QString m_ws;
};

void TestCrash::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_ws = m_dir->file(QStringLiteral("team.greendoor"));
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("init"), QStringLiteral("--demo") })).code, 0);
}

QString TestCrash::approveOne()
{
    const QString input = m_dir->file(QStringLiteral("proposal.json"));
    QFile f(input);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"({"target": "anna@example.org", "agent": "outreach", "reasoning": "crash test",
                "action": {"to": "anna@example.org", "subject": "Once only", "body": "Exactly once."},
                "inputs": {"lawful_basis": "consent", "region": "DE"}})");
    f.close();
    const Result proposed = cli(m_dir->path(),
        w({ QStringLiteral("decisions"), QStringLiteral("propose"), QStringLiteral("--type"),
            QStringLiteral("email.follow_up"), QStringLiteral("--input"), input, QStringLiteral("--json") }));
    const QString approval
        = QJsonDocument::fromJson(proposed.out).object().value(QStringLiteral("approval_id")).toString();
    if (approval.isEmpty())
        return {};
    if (cli(m_dir->path(), w({ QStringLiteral("approvals"), QStringLiteral("approve"), approval })).code != 0)
        return {};
    return approval;
}

int TestCrash::emlFiles() const
{
    return static_cast<int>(
        QDir(m_dir->file(QStringLiteral("team-outgoing"))).entryList({ QStringLiteral("*.eml") }, QDir::Files).size());
}

int TestCrash::executedRows()
{
    const Result r = cli(m_dir->path(),
        w({ QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") }));
    int executed = 0;
    for (const QJsonValue& row : QJsonDocument::fromJson(r.out).array())
        executed += row.toObject().value(QStringLiteral("event")).toString() == QLatin1String("executed") ? 1 : 0;
    return executed;
}

void TestCrash::killedWhileHoldingAnApprovedAction()
{
    // Autonomy paused: the runtime holds approved actions, so the kill lands between approval
    // and execution every time.
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("pause") })).code, 0);
    const QString approval = approveOne();
    QVERIFY(!approval.isEmpty());
    QProcess run;
    run.setProcessEnvironment(environment(m_dir->path()));
    run.start(
        QStringLiteral(GREENDOOR_CLI), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("60") }));
    QVERIFY(run.waitForStarted());
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += run.readAllStandardOutput()).contains("Running"), 10000);
    QTest::qWait(800); // the decision worker has looked at the outbox a few times by now
    run.kill(); // SIGKILL
    QVERIFY(run.waitForFinished(10000));
    QCOMPARE(run.exitStatus(), QProcess::CrashExit);
    QCOMPARE(emlFiles(), 0);

    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("resume") })).code, 0);
    QCOMPARE(
        cli(m_dir->path(), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") })).code, 0);
    QCOMPARE(emlFiles(), 1);
    QVERIFY(QFile::exists(m_dir->file(QStringLiteral("team-outgoing/%1.eml").arg(approval))));
    QCOMPARE(
        cli(m_dir->path(), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") })).code, 0);
    QCOMPARE(emlFiles(), 1);
    QCOMPARE(executedRows(), 1);
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("audit"), QStringLiteral("verify") })).code, 0);
}

void TestCrash::killedAfterClaimingBeforeTheEffect()
{
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("pause") })).code, 0);
    const QString approval = approveOne();
    QVERIFY(!approval.isEmpty());
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("resume") })).code, 0);
    const Result crashed
        = cli(m_dir->path(), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("20") }),
            QStringLiteral("executor:after_claim"));
    QCOMPARE(crashed.status, QProcess::CrashExit); // it killed itself with SIGKILL at that point
    QCOMPARE(emlFiles(), 0);
    QCOMPARE(
        cli(m_dir->path(), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") })).code, 0);
    QCOMPARE(emlFiles(), 1);
    QCOMPARE(executedRows(), 1);
}

void TestCrash::killedAfterTheEffectBeforeBookkeeping()
{
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("pause") })).code, 0);
    const QString approval = approveOne();
    QVERIFY(!approval.isEmpty());
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("resume") })).code, 0);
    const Result crashed
        = cli(m_dir->path(), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("20") }),
            QStringLiteral("executor:after_effect"));
    QCOMPARE(crashed.status, QProcess::CrashExit);
    QCOMPARE(emlFiles(), 1); // the email was written, its bookkeeping was not
    QCOMPARE(executedRows(), 0);
    QCOMPARE(
        cli(m_dir->path(), w({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") })).code, 0);
    QCOMPARE(emlFiles(), 1); // not written twice
    QCOMPARE(executedRows(), 1);
    QCOMPARE(cli(m_dir->path(), w({ QStringLiteral("audit"), QStringLiteral("verify") })).code, 0);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
