// The decision path's reads about a person seek indexes: on a workspace with thousands of
// prospects and sent emails, evaluating a proposal steps through no full table scan of them.
// SQLite counts full-scan steps per prepared statement (SQLITE_STMTSTATUS_FULLSCAN_STEP); the
// test sums them over every statement on the connection while the decision is evaluated.

#include "core/decisions/DecisionEngine.h"
#include "core/decisions/RiskEngine.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <sqlite3.h>

using namespace gd;

namespace {

constexpr int kProspects = 6000;
constexpr int kSent = 4000;

// Steps of every statement on the connection since the last call (and resets them): full-scan
// steps through a table, or all virtual machine steps (which also count a walk along an index
// that does not narrow to the person).
qint64 steps(sqlite3* db, int counter = SQLITE_STMTSTATUS_FULLSCAN_STEP)
{
    qint64 n = 0;
    for (sqlite3_stmt* s = sqlite3_next_stmt(db, nullptr); s; s = sqlite3_next_stmt(db, s))
        n += sqlite3_stmt_status(s, counter, 1);
    return n;
}

qint64 fullScanSteps(sqlite3* db)
{
    steps(db, SQLITE_STMTSTATUS_VM_STEP);
    return steps(db);
}

core::Proposal proposal(const QString& type, const QString& target)
{
    core::Proposal p;
    p.type = type;
    p.agent = QStringLiteral("outreach");
    p.target = target;
    if (type.startsWith(QLatin1String("email."))) {
        p.action = QJsonObject { { QStringLiteral("to"), target }, { QStringLiteral("subject"), QStringLiteral("Hi") },
            { QStringLiteral("body"), QStringLiteral("Hello") } };
    }
    p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") },
        { QStringLiteral("region"), QStringLiteral("DE") } };
    p.reasoning = QStringLiteral("test");
    return p;
}

} // namespace

class TestDecisionReads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_ws = test::createWorkspace(m_dir);
        QSqlQuery q(m_ws->db());
        // The sent emails' decisions are not what this test reads: no rows for them.
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY2(q.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
                     "INSERT INTO prospects (full_name, email, name_key, source, created_at, updated_at) "
                     "SELECT 'Person ' || i, 'p' || i || '@example.org', 'person ' || i || '|example.org', 'test', "
                     "0, 0 FROM n")
                            .arg(kProspects)),
            qPrintable(q.lastError().text()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(q.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
                     "INSERT INTO outbox (id, decision_id, idempotency_key, type, target, action, action_hash, status, "
                     "attempts, created_at, executed_at) SELECT 'o' || i, 'd' || i, 'k' || i, 'email.first_touch', "
                     "'p' || (i + 1000) || '@example.org', '{}', '', 'done', 1, %2, %2 FROM n")
                            .arg(kSent)
                            .arg(now - 86400000)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    }

    // A first touch to a known prospect, and one already written to: context reads by index only.
    void emailDecisionSeeksIndexes()
    {
        core::DecisionEngine engine(m_ws);
        sqlite3* db = core::sqliteHandle(m_ws->db());
        QVERIFY(db);
        // Near the end of the prospects, written to yesterday, and someone unknown.
        for (const QString& to : { QStringLiteral("p5900@example.org"), QStringLiteral("p1500@example.org"),
                 QStringLiteral("nobody@example.org") }) {
            steps(db);
            steps(db, SQLITE_STMTSTATUS_VM_STEP);
            const core::Evaluation e = engine.evaluate(proposal(QStringLiteral("email.first_touch"), to));
            const qint64 scanned = steps(db);
            const qint64 vm = steps(db, SQLITE_STMTSTATUS_VM_STEP);
            QVERIFY2(scanned < kSent / 4,
                qPrintable(QStringLiteral("%1 full-scan steps evaluating an email to %2").arg(scanned).arg(to)));
            QVERIFY2(vm < kSent,
                qPrintable(QStringLiteral("%1 virtual machine steps evaluating an email to %2").arg(vm).arg(to)));
            qInfo("%s: %lld full-scan steps, %lld VM steps", qPrintable(to), scanned, vm);
        }
        // The reads still find what they look for: p1500 was written to yesterday.
        const core::RiskContext c = core::RiskEngine::context(
            *m_ws, proposal(QStringLiteral("email.first_touch"), QStringLiteral("p1500@example.org")));
        QCOMPARE(c.emailsLast30Days, 1);
        QVERIFY(c.recipientKnown);
    }

    // A data request about a person counts their records without scanning prospects. (Its
    // count of the person's sent items still walks the outbox by lower(target): data requests
    // are rare and the outbox's targets are not all normalised; the fixture's outbox is emptied
    // so that only the prospect reads are measured.)
    void personalDataDecisionSeeksIndexes()
    {
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM outbox")));
        core::DecisionEngine engine(m_ws);
        sqlite3* db = core::sqliteHandle(m_ws->db());
        fullScanSteps(db);
        engine.evaluate(proposal(QStringLiteral("data.export"), QStringLiteral("P42@Example.org")));
        const qint64 steps = fullScanSteps(db);
        QVERIFY2(steps < kProspects / 4, qPrintable(QStringLiteral("%1 full-scan steps").arg(steps)));
        const core::RiskContext c = core::RiskEngine::context(
            *m_ws, proposal(QStringLiteral("data.export"), QStringLiteral("P42@Example.org")));
        QCOMPARE(c.personRecords, 1);
    }

    // A workspace from before migration 19 with an address in capitals is found after opening.
    void oldMixedCaseAddressesAreNormalised()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.greendoor"));
        {
            auto ws = test::createWorkspace(dir, QStringLiteral("old.greendoor"));
            QSqlQuery q(ws->db());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at, updated_at) "
                                          "VALUES ('Old', ' Old.Person@Example.ORG', 'test', 0, 0)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 18")));
        }
        core::WorkspaceError error;
        auto ws = core::Workspace::open(path, core::Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(ws);
        QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT email FROM prospects")).toString(),
            QStringLiteral("old.person@example.org"));
        const core::RiskContext c = core::RiskEngine::context(
            *ws, proposal(QStringLiteral("email.first_touch"), QStringLiteral("old.person@example.org")));
        QVERIFY(c.recipientKnown);
    }

private:
    test::TempDir m_dir;
    std::shared_ptr<core::Workspace> m_ws;
};

QTEST_GUILESS_MAIN(TestDecisionReads)
#include "tst_decision_reads.moc"
