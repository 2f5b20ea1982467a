#include "core/decisions/AuditLog.h"
#include "core/decisions/DecisionEngine.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace gd;

namespace {

// A workspace with a dozen audit rows from real decisions.
std::shared_ptr<core::Workspace> withHistory(const test::TempDir& dir)
{
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    for (int i = 0; i < 4; ++i) {
        core::Proposal p;
        p.type = QStringLiteral("email.follow_up");
        p.agent = QStringLiteral("outreach");
        p.target = QStringLiteral("c%1@example.org").arg(i);
        p.action = QJsonObject { { QStringLiteral("to"), p.target }, { QStringLiteral("subject"), QStringLiteral("s") },
            { QStringLiteral("body"), QStringLiteral("b") } };
        const core::ProposeResult r = engine.propose(p);
        if (i % 2 == 0)
            engine.approve(r.approvalId, QStringLiteral("operator"));
    }
    return ws;
}

void exec(core::Workspace& ws, const QString& sql)
{
    QSqlQuery q(ws.db());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

struct Cli
{
    int code;
    QByteArray out;
    QByteArray err;
};

Cli verifyWithCli(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral(GREENDOOR_CLI),
        { QStringLiteral("--workspace"), path, QStringLiteral("audit"), QStringLiteral("verify") });
    p.waitForFinished(30000);
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

} // namespace

class TestAudit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intactLogVerifies();
    void tampering_data();
    void tampering();
    void exports();
};

void TestAudit::intactLogVerifies()
{
    test::TempDir dir;
    auto ws = withHistory(dir);
    const core::AuditVerification v = core::AuditLog::verify(*ws);
    QVERIFY2(v.ok, qPrintable(v.problem));
    QVERIFY(v.rows >= 12);
    ws.reset();
    const Cli cli = verifyWithCli(dir.file(QStringLiteral("ws.greendoor")));
    QCOMPARE(cli.code, 0);
    QVERIFY(cli.out.contains("intact"));
}

void TestAudit::tampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<qint64>("firstBadRow");
    QTest::newRow("edit a row") << QStringList {
        QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5")
    } << qint64(5);
    QTest::newRow("edit details") << QStringList {
        QStringLiteral("UPDATE audit_log SET details = replace(details, 'c0@', 'c9@') WHERE seq = 1")
    } << qint64(1);
    QTest::newRow("edit and rehash one row") << QStringList { QStringLiteral(
        "UPDATE audit_log SET event = 'approved', hash = (SELECT hash FROM audit_log WHERE seq = 2) WHERE seq = 3") }
                                             << qint64(3);
    QTest::newRow("delete a row") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq = 6") } << qint64(7);
    QTest::newRow("reorder two rows") << QStringList { QStringLiteral("UPDATE audit_log SET seq = -4 WHERE seq = 4"),
        QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = 5"),
        QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = -4") }
                                      << qint64(4);
    QTest::newRow("truncate the tail") << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq > 8") }
                                       << qint64(9);
    QTest::newRow("delete the first row")
        << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq = 1") } << qint64(2);
}

void TestAudit::tampering()
{
    QFETCH(QStringList, statements);
    QFETCH(qint64, firstBadRow);
    test::TempDir dir;
    auto ws = withHistory(dir);
    QVERIFY(core::AuditLog::verify(*ws).ok);
    for (const QString& sql : statements)
        exec(*ws, sql);
    const core::AuditVerification v = core::AuditLog::verify(*ws);
    QVERIFY(!v.ok);
    QCOMPARE(v.firstBadSeq, firstBadRow);
    QVERIFY(!v.problem.isEmpty());
    ws.reset();
    const Cli cli = verifyWithCli(dir.file(QStringLiteral("ws.greendoor")));
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("row %1").arg(firstBadRow).toUtf8()), cli.err.constData());
}

void TestAudit::exports()
{
    test::TempDir dir;
    auto ws = withHistory(dir);
    const QByteArray csv = core::AuditLog::exportCsv(*ws);
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("seq,at,actor,event,decision_id,details,prev_hash,hash"));
    const core::AuditVerification v = core::AuditLog::verify(*ws);
    QCOMPARE(lines.size() - 2, v.rows); // header + rows + trailing empty
    const QJsonDocument json = QJsonDocument::fromJson(core::AuditLog::exportJson(*ws));
    QCOMPARE(json.array().size(), v.rows);
    QCOMPARE(json.array().last().toObject().value(QStringLiteral("hash")).toString(), v.headHash);
    // The JSON export carries what is needed to check the chain elsewhere.
    for (const QJsonValue& row : json.array()) {
        QVERIFY(row.toObject().contains(QStringLiteral("prev_hash")));
        QCOMPARE(row.toObject().value(QStringLiteral("hash")).toString().size(), 64);
    }
}

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
