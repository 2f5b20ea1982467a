#include "core/decisions/AuditLog.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/decisions/RiskEngine.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>
#include <random>

using namespace gd;

namespace {

int envCount(const char* name, int fallback)
{
    const int n = qEnvironmentVariableIntValue(name);
    return n > 0 ? n : fallback;
}

struct Random
{
    std::mt19937_64 engine;
    explicit Random(quint64 seed)
        : engine(seed)
    {
    }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(engine); }
    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(engine); }
    bool chance(double p) { return unit() < p; }
    double sometimesZero(double scale) { return chance(0.4) ? 0.0 : unit() * scale; }
};

core::AuthorityRule randomRule(Random& r, const QString& type)
{
    core::AuthorityRule rule;
    rule.type = type;
    rule.level = static_cast<core::RiskLevel>(r.below(4));
    rule.mode = static_cast<core::AutonomyMode>(r.below(3));
    rule.moneyLimit = r.sometimesZero(500);
    rule.ceilingAmount = r.sometimesZero(1000);
    rule.ceilingRisk = r.unit();
    rule.deadlineMinutes = 1 + r.below(600);
    return rule;
}

QString typeAt(int i)
{
    const auto& types = core::decisionTypes();
    return types.at(i % types.size()).id;
}

} // namespace

class TestDecisionProperties final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyNeverExceedsTheMatrix();
    void learningStaysUnderTheCeiling();
    void endToEndThroughTheEngineAndExecutor();
};

void TestDecisionProperties::policyNeverExceedsTheMatrix()
{
    const int n = envCount("GREENDOOR_PROPERTY_CASES", 200000);
    const quint64 seed = 20261121;
    Random r(seed);
    int acted = 0;
    int queued = 0;
    int refused = 0;
    for (int i = 0; i < n; ++i) {
        core::Proposal p;
        p.type = typeAt(r.below(1000));
        p.target = QStringLiteral("t%1").arg(r.below(100));
        const core::AuthorityRule rule = randomRule(r, p.type);
        core::RiskAssessment risk;
        risk.financial.score = r.sometimesZero(1);
        risk.relationship.score = r.sometimesZero(1);
        risk.compliance.score = r.sometimesZero(1);
        risk.strategic.score = r.sometimesZero(1);
        risk.combined = 1
            - (1 - risk.financial.score) * (1 - risk.relationship.score) * (1 - risk.compliance.score)
                * (1 - risk.strategic.score);
        risk.level = core::RiskEngine::levelFor(risk.combined);
        risk.amountEur = r.sometimesZero(2000);
        risk.blocked = r.chance(0.05);
        // Operator behaviour: any history, including very long learning.
        core::CalibrationState calibration;
        const double scale = std::pow(10.0, r.below(8));
        calibration.approvals = r.unit() * scale;
        calibration.rejections = r.chance(0.5) ? 0 : r.unit() * scale;
        calibration.examples = static_cast<int>(std::min(1e9, calibration.approvals + calibration.rejections));
        calibration.threshold = core::Calibration::threshold(rule, calibration.approvals, calibration.rejections);
        const QString sticky = r.chance(0.05) ? QStringLiteral("rejected before") : QString();

        const core::Evaluation e = core::DecisionEngine::decide(p, rule, risk, calibration, sticky);
        if (e.outcome == core::DecisionOutcome::Refuse) {
            ++refused;
            continue;
        }
        if (e.outcome == core::DecisionOutcome::Queue) {
            ++queued;
            QVERIFY(!e.why.isEmpty());
            continue;
        }
        ++acted;
        const core::DecisionTypeInfo* info = core::decisionType(p.type);
        const QString where = QStringLiteral("case %1 (seed %2)").arg(i).arg(seed);
        QVERIFY2(rule.level == core::RiskLevel::Low || rule.level == core::RiskLevel::Medium, qPrintable(where));
        QVERIFY2(rule.mode != core::AutonomyMode::ReviewAll, qPrintable(where));
        QVERIFY2(!risk.blocked && sticky.isEmpty(), qPrintable(where));
        QVERIFY2(risk.combined < rule.ceilingRisk, qPrintable(where));
        QVERIFY2(rule.ceilingAmount <= 0 || risk.amountEur <= rule.ceilingAmount, qPrintable(where));
        QVERIFY2(!info->involvesMoney || risk.amountEur <= rule.moneyLimit, qPrintable(where));
        QVERIFY2(rule.mode != core::AutonomyMode::ReviewRisky || risk.level == core::RiskLevel::Low, qPrintable(where));
        QVERIFY2(risk.combined < calibration.threshold, qPrintable(where));
    }
    qInfo("policy property: %d random proposals, matrices and histories: %d acted, %d queued, %d refused; "
          "0 acted outside the matrix",
        n, acted, queued, refused);
    QVERIFY(acted > 0 && queued > 0 && refused > 0); // the generator reaches every outcome
}

void TestDecisionProperties::learningStaysUnderTheCeiling()
{
    Random r(7);
    const int n = envCount("GREENDOOR_PROPERTY_CASES", 200000);
    for (int i = 0; i < n; ++i) {
        const core::AuthorityRule rule = randomRule(r, typeAt(i));
        // Learning as long as anyone could run it: up to a billion labelled examples.
        const double approvals = r.unit() * std::pow(10.0, r.below(10));
        const double rejections = r.chance(0.3) ? r.unit() * 10 : 0;
        const double t = core::Calibration::threshold(rule, approvals, rejections);
        QVERIFY(t >= 0);
        QVERIFY(t <= rule.ceilingRisk);
        if (rule.level == core::RiskLevel::High || rule.level == core::RiskLevel::Critical)
            QCOMPARE(t, 0.0);
        // More approvals never make it more cautious; more rejections never less.
        QVERIFY(core::Calibration::threshold(rule, approvals + 1, rejections) >= t - 1e-12);
        QVERIFY(core::Calibration::threshold(rule, approvals, rejections + 1) <= t + 1e-12);
    }
}

void TestDecisionProperties::endToEndThroughTheEngineAndExecutor()
{
    const int n = envCount("GREENDOOR_PROPERTY_E2E", 3000);
    // Random actions often lack what their effect needs; each such failure is logged. Keep the
    // test output readable: the invariants below are what matter.
    QLoggingCategory::setFilterRules(QStringLiteral("greendoor.*.warning=false"));
    Random r(424242);
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Executor executor(ws, &engine);
    auto randomiseMatrix = [&] {
        ws->begin();
        for (const core::DecisionTypeInfo& info : core::decisionTypes())
            QVERIFY(core::AuthorityMatrix::saveRule(*ws, randomRule(r, info.id), QStringLiteral("admin"), nullptr));
        QVERIFY(ws->commit());
    };
    randomiseMatrix();
    qint64 clock = core::nowMs();
    int approved = 0;
    int rejected = 0;
    int edited = 0;
    int expired = 0;
    for (int i = 0; i < n; ++i) {
        core::Proposal p;
        p.type = typeAt(r.below(1000));
        p.agent = QStringLiteral("agent%1").arg(r.below(6));
        const QString who = QStringLiteral("c%1@example.org").arg(r.below(40));
        p.target = core::decisionType(p.type)->contactFacing ? who : QString::number(r.below(20));
        p.action
            = QJsonObject { { QStringLiteral("to"), who }, { QStringLiteral("subject"), QStringLiteral("s%1").arg(i) },
                  { QStringLiteral("body"), QStringLiteral("b") }, { QStringLiteral("sequence"), QStringLiteral("q") },
                  { QStringLiteral("to_stage"), QStringLiteral("proposal") },
                  { QStringLiteral("amount"), r.sometimesZero(300) } };
        QJsonObject inputs;
        if (r.chance(0.7))
            inputs.insert(QStringLiteral("lawful_basis"), QStringLiteral("consent"));
        if (r.chance(0.5))
            inputs.insert(QStringLiteral("amount"), r.sometimesZero(300));
        if (r.chance(0.3))
            inputs.insert(QStringLiteral("discount_pct"), r.below(40));
        p.inputs = inputs;
        p.id = QStringLiteral("d%1").arg(i);
        const core::ProposeResult result = engine.propose(p);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));

        // The operator answers some of what waits, in random order and at random times.
        if (r.chance(0.5)) {
            const QList<core::ApprovalItem> pending = engine.approvals(QStringLiteral("pending"), 20);
            if (!pending.isEmpty()) {
                const core::ApprovalItem& item = pending.at(r.below(static_cast<int>(pending.size())));
                const int choice = r.below(4);
                if (choice == 0 && engine.approve(item.id, QStringLiteral("operator")))
                    ++approved;
                else if (choice == 1 && engine.reject(item.id, QStringLiteral("operator"), QStringLiteral("no")))
                    ++rejected;
                else if (choice == 2) {
                    QJsonObject changed = item.action;
                    changed.insert(QStringLiteral("subject"), QStringLiteral("edited"));
                    if (!engine.edit(item.id, changed, QStringLiteral("operator"), r.chance(0.5)).isEmpty())
                        ++edited;
                }
            }
        }
        if (r.chance(0.1)) {
            clock += static_cast<qint64>(r.below(600)) * 60'000;
            expired += engine.expireDue(clock);
        }
        if (r.chance(0.2))
            executor.runPending();
        if (r.chance(0.01))
            randomiseMatrix();
    }
    while (executor.runPending() > 0) { }

    // Invariants over everything that was carried out.
    QSqlQuery q(ws->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox o LEFT JOIN approvals a ON a.id = o.approval_id "
                                  "WHERE o.status = 'done' AND o.approval_id IS NOT NULL "
                                  "AND (a.status IS NOT 'approved' OR a.action_hash != o.action_hash)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // every approved execution had its exact approval
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox o JOIN approvals a ON a.decision_id = o.decision_id "
                                  "WHERE o.status = 'done' AND a.status = 'expired' AND o.approval_id = a.id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0); // nothing expired was carried out
    int autonomous = 0;
    QVERIFY(
        q.exec(QStringLiteral("SELECT o.decision_id FROM outbox o WHERE o.status = 'done' AND o.approval_id IS NULL")));
    QStringList autonomousIds;
    while (q.next())
        autonomousIds << q.value(0).toString();
    for (const QString& id : std::as_const(autonomousIds)) {
        ++autonomous;
        // What the framework saw when it let the agent act: the rule and the risk of that moment.
        core::AuditFilter f;
        f.decisionId = id;
        f.event = QStringLiteral("assessed");
        const QList<core::AuditEntry> assessed = core::AuditLog::query(*ws, f);
        QCOMPARE(assessed.size(), 1);
        const QJsonObject rule = assessed.first().details.value(QStringLiteral("rule")).toObject();
        const QJsonObject risk = assessed.first().details.value(QStringLiteral("risk")).toObject();
        const QString level = rule.value(QStringLiteral("level")).toString();
        QVERIFY2(level == QLatin1String("low") || level == QLatin1String("medium"), qPrintable(id));
        QVERIFY(rule.value(QStringLiteral("mode")).toString() != QLatin1String("review_all"));
        QVERIFY(
            risk.value(QStringLiteral("combined")).toDouble() < rule.value(QStringLiteral("ceiling_risk")).toDouble());
        const double ceiling = rule.value(QStringLiteral("ceiling_amount")).toDouble();
        QVERIFY(ceiling <= 0 || risk.value(QStringLiteral("amount_eur")).toDouble() <= ceiling);
    }
    const core::AuditVerification v = core::AuditLog::verify(*ws);
    QVERIFY2(v.ok, qPrintable(v.problem));
    const int done = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'done'")).toInt();
    qInfo("end-to-end property: %d proposals; %d approved, %d rejected, %d edited by the operator, %d expired at their "
          "deadline; "
          "%d carried out (%d autonomously); 0 without a matching approval, 0 expired, 0 above a ceiling; "
          "audit log intact (%lld rows)",
        n, approved, rejected, edited, expired, done, autonomous, v.rows);
    QVERIFY(done > 0 && autonomous > 0 && approved > 0 && expired > 0);
    // Nothing is left half-done: every item ended done, failed (with a reason) or requeued.
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status IN ('pending', 'executing')"))
                 .toInt(),
        0);
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'failed' AND last_error IS NULL"))
            .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestDecisionProperties)
#include "tst_decision_properties.moc"
