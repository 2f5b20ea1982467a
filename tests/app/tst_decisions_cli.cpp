// The decision commands of greendoor-cli, for real: oversized input is refused before it is read
// whole, proposal ids never become paths, invalid targets are refused, and an export of one
// person holds exactly that person. GREENDOOR_TEST_CLI runs the suite against another binary.
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
    QByteArray out;
    QByteArray err;
};

class TestDecisionsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oversizedInputIsRefused();
    void proposalIdsNeverBecomePaths();
    void invalidDealMoveIsRefused();
    void exportOfOnePersonHoldsOnlyThatPerson();
    void spendIsJudgedOnTheAction();
    void crlfRecipientNeverBecomesAHeader();
    void editToAnOptedOutAddressIsRefused();

private:
    Result cli(const QStringList& rest) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->file(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->file(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GREENDOOR_TEST_CLI", QStringLiteral(GREENDOOR_CLI)),
            QStringList { QStringLiteral("--workspace"), m_ws } + rest);
        p.waitForFinished(120000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }
    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(m_dir->file(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }
    QJsonObject propose(const QString& type, const QByteArray& json)
    {
        const Result r = cli({ QStringLiteral("decisions"), QStringLiteral("propose"), QStringLiteral("--type"), type,
            QStringLiteral("--input"), write(QStringLiteral("p.json"), json), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).object();
    }

    std::unique_ptr<test::TempDir> m_dir;
    QString m_ws;
};

void TestDecisionsCli::init()
{
    m_dir = std::make_unique<test::TempDir>();
    m_ws = m_dir->file(QStringLiteral("w.greendoor"));
    QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--demo") }).code, 0);
}

void TestDecisionsCli::oversizedInputIsRefused()
{
    QByteArray big = R"({"target": "anna@example.org", "action": {"to": "anna@example.org", "subject": "x", "body": ")";
    big += QByteArray(3 * 1024 * 1024, 'x');
    big += R"("}})";
    const QString file = write(QStringLiteral("big.json"), big);
    const QList<QStringList> commands = {
        { QStringLiteral("decisions"), QStringLiteral("propose"), QStringLiteral("--type"),
            QStringLiteral("email.follow_up"), QStringLiteral("--input"), file },
        { QStringLiteral("decisions"), QStringLiteral("assess"), QStringLiteral("--type"),
            QStringLiteral("email.follow_up"), QStringLiteral("--input"), file },
        { QStringLiteral("approvals"), QStringLiteral("edit"), QStringLiteral("some-approval"),
            QStringLiteral("--input"), file },
        { QStringLiteral("matrix"), QStringLiteral("set"), QStringLiteral("--input"), file },
    };
    const qint64 sizeBefore = QFileInfo(m_ws).size();
    for (const QStringList& command : commands) {
        const Result r = cli(command);
        QVERIFY2(r.code != 0, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains("larger than 1024 KiB"), r.err.constData());
    }
    QVERIFY(QFileInfo(m_ws).size() <= sizeBefore + 64 * 1024);
}

void TestDecisionsCli::proposalIdsNeverBecomePaths()
{
    QCOMPARE(cli({ QStringLiteral("matrix"), QStringLiteral("set"), QStringLiteral("--input"),
                     write(QStringLiteral("rule.json"),
                         R"({"type": "data.export", "level": "low", "mode": "autopilot", "ceiling_risk": 0.99,
                             "deadline_minutes": 60})") })
                 .code,
        0);
    const QString escaped = m_dir->file(QStringLiteral("escaped.json"));
    const QJsonObject r = propose(QStringLiteral("data.export"),
        R"({"id": "../escaped", "target": "greta.dubois@brightpathlearning.example", "action": {},
            "inputs": {"records": 1, "destination": "exports"}})");
    const QString approval = r.value(QStringLiteral("approval_id")).toString();
    if (!approval.isEmpty())
        QCOMPARE(cli({ QStringLiteral("approvals"), QStringLiteral("approve"), approval }).code, 0);
    QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") }).code, 0);
    QVERIFY(!QFile::exists(escaped));
    QVERIFY(r.isEmpty() || r.value(QStringLiteral("outcome")).toString() == QLatin1String("refuse"));
}

void TestDecisionsCli::invalidDealMoveIsRefused()
{
    const QJsonObject r = propose(QStringLiteral("deal.move_stage"),
        R"({"target": "9999", "agent": "deal", "action": {"to_stage": "banana"}, "inputs": {"deal_value": 10}})");
    QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("refuse"));
    const QString why = r.value(QStringLiteral("why")).toArray().first().toString();
    QVERIFY2(why.contains(QStringLiteral("no deal 9999")), qPrintable(why));
}

void TestDecisionsCli::exportOfOnePersonHoldsOnlyThatPerson()
{
    const QString greta = QStringLiteral("greta.dubois@brightpathlearning.example");
    const QJsonObject r = propose(QStringLiteral("data.export"),
        QStringLiteral(R"({"target": "%1", "agent": "operator", "action": {}, "reasoning": "access request"})")
            .arg(greta)
            .toUtf8());
    const QString approval = r.value(QStringLiteral("approval_id")).toString();
    QVERIFY2(!approval.isEmpty(), QJsonDocument(r).toJson().constData());
    QCOMPARE(cli({ QStringLiteral("approvals"), QStringLiteral("approve"), approval }).code, 0);
    QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("3") }).code, 0);
    const QDir exports(m_dir->file(QStringLiteral("w-exports")));
    const QStringList files = exports.entryList({ QStringLiteral("*.json") }, QDir::Files);
    QCOMPARE(files.size(), 1);
    QFile f(exports.filePath(files.first()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains(greta.toUtf8()));
    // No other demo prospect's address appears.
    QVERIFY(!text.contains("greta.larsen@brightpathlearning.example"));
    QVERIFY(!text.contains("hannes.novak@solvaneenergy.example"));
    const QJsonObject doc = QJsonDocument::fromJson(text).object();
    QCOMPARE(doc.value(QStringLiteral("data")).toObject().value(QStringLiteral("prospects")).toArray().size(), 1);
}

void TestDecisionsCli::spendIsJudgedOnTheAction()
{
    QCOMPARE(cli({ QStringLiteral("matrix"), QStringLiteral("set"), QStringLiteral("--input"),
                     write(QStringLiteral("rule.json"),
                         R"({"type": "provider.spend", "level": "low", "mode": "autopilot", "money_limit": 20,
                             "ceiling_amount": 100, "ceiling_risk": 0.5, "deadline_minutes": 60})") })
                 .code,
        0);
    const QJsonObject r = propose(QStringLiteral("provider.spend"),
        R"({"target": "apollo", "agent": "research", "action": {"provider": "apollo", "amount": 5000, "credits": 1},
            "inputs": {"provider": "apollo", "amount": 5}})");
    QVERIFY2(
        r.value(QStringLiteral("outcome")).toString() == QLatin1String("queue"), QJsonDocument(r).toJson().constData());
    QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") }).code, 0);
    const Result audit = cli(
        { QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(!audit.out.contains("\"executed\""));
}

void TestDecisionsCli::crlfRecipientNeverBecomesAHeader()
{
    const QJsonObject r = propose(QStringLiteral("email.follow_up"),
        R"({"target": "anna@example.org", "agent": "outreach", "inputs": {"lawful_basis": "consent"},
            "action": {"to": "anna@example.org\r\nBcc: spy@evil.example", "subject": "Hi", "body": "Hello"}})");
    const QString approval = r.value(QStringLiteral("approval_id")).toString();
    if (!approval.isEmpty())
        QCOMPARE(cli({ QStringLiteral("approvals"), QStringLiteral("approve"), approval }).code, 0);
    QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") }).code, 0);
    const QDir outgoing(m_dir->file(QStringLiteral("w-outgoing")));
    for (const QString& name : outgoing.entryList({ QStringLiteral("*.eml") }, QDir::Files)) {
        QFile f(outgoing.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("Bcc:"), qPrintable(name));
    }
    QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("refuse"));
}

void TestDecisionsCli::editToAnOptedOutAddressIsRefused()
{
    const QJsonObject r = propose(QStringLiteral("email.follow_up"),
        R"({"target": "anna@example.org", "agent": "outreach", "inputs": {"lawful_basis": "consent"},
            "action": {"to": "anna@example.org", "subject": "Hi", "body": "Hello"}})");
    const QString approval = r.value(QStringLiteral("approval_id")).toString();
    QVERIFY(!approval.isEmpty());
    const Result edited
        = cli({ QStringLiteral("approvals"), QStringLiteral("edit"), approval, QStringLiteral("--input"),
            write(QStringLiteral("edit.json"),
                R"({"to": "hannes.novak@solvaneenergy.example", "subject": "Hi", "body": "Hello"})") });
    QVERIFY(edited.code != 0);
    QVERIFY2(edited.err.contains("opted out"), edited.err.constData());
    const Result empty = cli({ QStringLiteral("approvals"), QStringLiteral("edit"), approval, QStringLiteral("--input"),
        write(QStringLiteral("empty.json"), "{}") });
    QVERIFY(empty.code != 0);
    QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--seconds"), QStringLiteral("2") }).code, 0);
    QCOMPARE(
        QDir(m_dir->file(QStringLiteral("w-outgoing"))).entryList({ QStringLiteral("*.eml") }, QDir::Files).size(), 0);
}

} // namespace

QTEST_GUILESS_MAIN(TestDecisionsCli)
#include "tst_decisions_cli.moc"
