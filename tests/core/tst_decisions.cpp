#include "core/decisions/AuditLog.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/DecisionWorker.h"
#include "core/decisions/Executor.h"
#include "core/decisions/RiskEngine.h"
#include "core/mail/SuppressionStore.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <cmath>

using namespace gd;
using core::DecisionOutcome;

namespace {

core::Proposal email(const QString& to, const QString& type = QStringLiteral("email.first_touch"),
    const QString& subject = QStringLiteral("Hello"))
{
    core::Proposal p;
    p.type = type;
    p.agent = QStringLiteral("outreach");
    p.target = to;
    p.action = QJsonObject { { QStringLiteral("to"), to }, { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), QStringLiteral("Hi there") } };
    p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") },
        { QStringLiteral("region"), QStringLiteral("DE") } };
    p.reasoning = QStringLiteral("test");
    return p;
}

core::Proposal enrol(const QString& who)
{
    core::Proposal p;
    p.type = QStringLiteral("sequence.enrol");
    p.agent = QStringLiteral("outreach");
    p.target = who;
    p.action = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("welcome") } };
    p.inputs = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("welcome") },
        { QStringLiteral("lawful_basis"), QStringLiteral("consent") } };
    return p;
}

int countFiles(const QString& dir)
{
    return static_cast<int>(QDir(dir).entryList(QDir::Files).size());
}

void addProspect(core::Workspace& ws, const QString& mail)
{
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at) VALUES ('P', ?, 'test', 0)"));
    q.addBindValue(mail);
    QVERIFY(q.exec());
}

} // namespace

class TestDecisions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void taxonomyHasEveryDecisionTheAgentsNeed();
    void hugeDiscountAmountStaysFinite();
    void shippedMatrixIsConservative();
    void riskReasons_data();
    void riskReasons();
    void riskIsDeterministicAndMissingInfoIsRisk();
    void queuedApprovedExecutedExactlyOnce();
    void executorRefusesActionsWithoutMatchingApproval();
    void editCreatesANewApprovalForTheEditedAction();
    void rejectionIsStickyUntilInputsChange();
    void expiredItemsAreDeniedAndNeverExecuted();
    void approvalsTeachAndRejectionsCaution();
    void learningNeverLiftsHighLevelsOrCeilings();
    void pausedAutonomyHoldsApprovedActions();
    void overridesAfterTheFact();
    void matrixChangeBeforeExecutionRequeues();
    void perCampaignOverride();
    void evaluationSeesWorkspaceChangesAtOnce();
};

void TestDecisions::hugeDiscountAmountStaysFinite()
{
    // Found by fuzz_proposal (tests/fuzz/corpus/proposal/overflowing-discount.json): 20% of a deal
    // value of 1e308 was an infinite amount, stored as null and read back as EUR 0.
    core::Proposal p;
    p.type = QStringLiteral("pricing.discount");
    p.target = QStringLiteral("deal-7");
    p.action = QJsonObject { { QStringLiteral("discount_pct"), 20 } }; // the risk is judged on the action
    core::RiskContext context;
    context.dealExists = true; // what the workspace knows about the deal
    context.dealValue = 1e308;
    const core::RiskAssessment a
        = core::RiskEngine::assess(p, core::AuthorityMatrix::defaults().ruleFor(p.type), context);
    QVERIFY(std::isfinite(a.amountEur));
    QVERIFY(a.amountEur > 1e300);
    QCOMPARE(a.financial.score, 1.0);
    QCOMPARE(core::RiskAssessment::fromJson(a.toJson()).amountEur, a.amountEur);
}

void TestDecisions::taxonomyHasEveryDecisionTheAgentsNeed()
{
    const QStringList needed = { QStringLiteral("email.first_touch"), QStringLiteral("email.follow_up"),
        QStringLiteral("email.reply"), QStringLiteral("sequence.enrol"), QStringLiteral("sequence.stop"),
        QStringLiteral("meeting.book"), QStringLiteral("deal.move_stage"), QStringLiteral("deal.close"),
        QStringLiteral("pricing.discount"), QStringLiteral("provider.spend"), QStringLiteral("campaign.launch"),
        QStringLiteral("limits.change"), QStringLiteral("data.export"), QStringLiteral("data.erase") };
    for (const QString& type : needed) {
        const core::DecisionTypeInfo* info = core::decisionType(type);
        QVERIFY2(info, qPrintable(type));
        QVERIFY(!info->title.isEmpty());
        QVERIFY(!info->inputs.isEmpty());
    }
}

void TestDecisions::shippedMatrixIsConservative()
{
    const core::AuthorityMatrix m = core::AuthorityMatrix::defaults();
    QCOMPARE(m.rules().size(), core::decisionTypes().size());
    QCOMPARE(m.ruleFor(QStringLiteral("data.erase")).level, core::RiskLevel::Critical);
    QCOMPARE(m.ruleFor(QStringLiteral("pricing.discount")).mode, core::AutonomyMode::ReviewAll);
    QCOMPARE(
        m.ruleFor(QStringLiteral("pricing.discount")).extra.value(QStringLiteral("max_discount_pct")).toDouble(), 15.0);
    // Unknown types fall back to: high, review all.
    const core::AuthorityRule fallback = m.ruleFor(QStringLiteral("something.new"));
    QCOMPARE(fallback.level, core::RiskLevel::High);
    QCOMPARE(fallback.mode, core::AutonomyMode::ReviewAll);
}

void TestDecisions::riskReasons_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("inputs");
    QTest::addColumn<int>("emailsLast5Days");
    QTest::addColumn<qint64>("suppressedAt");
    QTest::addColumn<QString>("factor");
    QTest::addColumn<QString>("reason");
    const QJsonObject basis { { QStringLiteral("lawful_basis"), QStringLiteral("consent") },
        { QStringLiteral("region"), QStringLiteral("DE") } };
    QTest::newRow("third email in five days")
        << QStringLiteral("email.follow_up") << basis << 2 << qint64(0) << QStringLiteral("relationship")
        << QStringLiteral("3rd email in 5 days to this contact");
    QTest::newRow("second email") << QStringLiteral("email.follow_up") << basis << 1 << qint64(0)
                                  << QStringLiteral("relationship")
                                  << QStringLiteral("2nd email in 5 days to this contact");
    QTest::newRow("opted out") << QStringLiteral("email.follow_up") << basis << 0 << qint64(1740873600000) // 2025-03-02
                               << QStringLiteral("compliance") << QStringLiteral("contact opted out 2025-03-02");
    QTest::newRow("discount over limit") << QStringLiteral("pricing.discount")
                                         << QJsonObject { { QStringLiteral("discount_pct"), 25 },
                                                { QStringLiteral("deal_value"), 10000 } }
                                         << 0 << qint64(0) << QStringLiteral("financial")
                                         << QStringLiteral("discount 25% > 15% limit");
    QTest::newRow("spend over limit") << QStringLiteral("provider.spend")
                                      << QJsonObject { { QStringLiteral("amount"), 35 },
                                             { QStringLiteral("provider"), QStringLiteral("apollo") } }
                                      << 0 << qint64(0) << QStringLiteral("financial")
                                      << QStringLiteral("EUR 35 > EUR 20 limit");
    QTest::newRow("no lawful basis") << QStringLiteral("email.first_touch")
                                     << QJsonObject { { QStringLiteral("region"), QStringLiteral("DE") } } << 0
                                     << qint64(0) << QStringLiteral("compliance")
                                     << QStringLiteral("no lawful basis recorded for contacting this person");
    QTest::newRow("big deal") << QStringLiteral("deal.close")
                              << QJsonObject { { QStringLiteral("result"), QStringLiteral("lost") },
                                     { QStringLiteral("deal_value"), 75000 } }
                              << 0 << qint64(0) << QStringLiteral("strategic")
                              << QStringLiteral("deal worth EUR 75000");
}

void TestDecisions::riskReasons()
{
    QFETCH(QString, type);
    QFETCH(QJsonObject, inputs);
    QFETCH(int, emailsLast5Days);
    QFETCH(qint64, suppressedAt);
    QFETCH(QString, factor);
    QFETCH(QString, reason);
    core::Proposal p = email(QStringLiteral("anna@example.org"), type);
    p.inputs = inputs;
    core::RiskContext c;
    if (!type.startsWith(QLatin1String("email."))) {
        // Figures are judged on the action and the workspace, never on declared inputs.
        p.target = QStringLiteral("7");
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            p.action.insert(it.key(), it.value());
        c.dealExists = inputs.contains(QStringLiteral("deal_value"));
        c.dealValue = inputs.value(QStringLiteral("deal_value")).toDouble(-1);
    }
    c.recipientKnown = true;
    c.emailsLast5Days = emailsLast5Days;
    c.emailsLast30Days = emailsLast5Days;
    c.suppressedAtMs = suppressedAt;
    c.suppressionReason = QStringLiteral("asked to stop");
    const core::RiskAssessment a = core::RiskEngine::assess(p, core::AuthorityMatrix::defaults().ruleFor(type), c);
    const QJsonObject json = a.toJson();
    QStringList reasons;
    for (const QJsonValue& r : json.value(factor).toObject().value(QStringLiteral("reasons")).toArray())
        reasons << r.toString();
    QVERIFY2(std::any_of(reasons.cbegin(), reasons.cend(), [&](const QString& r) { return r.startsWith(reason); }),
        qPrintable(reasons.join(QStringLiteral(" | "))));
    QVERIFY(json.value(factor).toObject().value(QStringLiteral("score")).toDouble() > 0);
    QVERIFY(a.combined >= json.value(factor).toObject().value(QStringLiteral("score")).toDouble());
    if (suppressedAt > 0)
        QVERIFY(a.blocked);
}

void TestDecisions::riskIsDeterministicAndMissingInfoIsRisk()
{
    const core::AuthorityRule rule = core::AuthorityMatrix::defaults().ruleFor(QStringLiteral("deal.move_stage"));
    core::Proposal complete;
    complete.type = QStringLiteral("deal.move_stage");
    complete.target = QStringLiteral("3");
    complete.action = QJsonObject { { QStringLiteral("to_stage"), QStringLiteral("negotiation") } };
    core::RiskContext c; // the deal as the workspace knows it
    c.dealExists = true;
    c.dealStage = QStringLiteral("proposal");
    c.dealValue = 5000;
    const core::RiskAssessment a1 = core::RiskEngine::assess(complete, rule, c);
    const core::RiskAssessment a2 = core::RiskEngine::assess(complete, rule, c);
    QCOMPARE(a1.toJson(), a2.toJson());
    const core::RiskAssessment m = core::RiskEngine::assess(complete, rule, core::RiskContext {});
    QVERIFY(m.combined > a1.combined);
    QVERIFY(m.reasons().contains(QStringLiteral("from_stage unknown")));
    QVERIFY(m.reasons().contains(QStringLiteral("deal_value unknown")));
}

void TestDecisions::queuedApprovedExecutedExactlyOnce()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(email(QStringLiteral("anna@example.org")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.outcome, DecisionOutcome::Queue);
    QVERIFY(!r.approvalId.isEmpty());
    // Proposing the same again is recognised.
    const core::ProposeResult again = engine.propose(email(QStringLiteral("anna@example.org")));
    QVERIFY(again.duplicate);
    QCOMPARE(engine.pendingCount(), 1);

    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 0); // nothing approved yet
    const QString outgoing = core::Executor::outgoingDir(*ws);
    QCOMPARE(countFiles(outgoing), 0);
    QString error;
    QVERIFY2(engine.approve(r.approvalId, QStringLiteral("operator"), &error), qPrintable(error));
    QVERIFY(!engine.approve(r.approvalId, QStringLiteral("operator"), &error)); // only once
    QCOMPARE(executor.runPending(), 1);
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(countFiles(outgoing), 1);
    QFile eml(QDir(outgoing).filePath(r.approvalId + QStringLiteral(".eml")));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    const QByteArray text = eml.readAll();
    QVERIFY(text.contains("To: anna@example.org\r\n"));
    QVERIFY(text.contains("Subject: Hello\r\n"));
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT status FROM decisions WHERE id = ?"), { r.decisionId }).toString(),
        QStringLiteral("executed"));
    core::AuditFilter f;
    f.decisionId = r.decisionId;
    QStringList events;
    for (const core::AuditEntry& e : core::AuditLog::query(*ws, f))
        events.prepend(e.event);
    QCOMPARE(events,
        QStringList({ QStringLiteral("proposed"), QStringLiteral("assessed"), QStringLiteral("queued"),
            QStringLiteral("approved"), QStringLiteral("executed") }));
    QVERIFY(core::AuditLog::verify(*ws).ok);
}

void TestDecisions::executorRefusesActionsWithoutMatchingApproval()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Executor executor(ws, &engine);
    const QString outgoing = core::Executor::outgoingDir(*ws);

    // 1. The approved action was altered in the outbox afterwards.
    const core::ProposeResult r = engine.propose(email(QStringLiteral("a@example.org")));
    QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    QSqlQuery q(ws->db());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET action = replace(action, 'Hello', 'Buy now')")));
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("failed"));
    QVERIFY(test::scalar(*ws, QStringLiteral("SELECT last_error FROM outbox"))
                .toString()
                .contains(QStringLiteral("altered")));

    // 2. An outbox row whose hash matches no approval (forged, or the approval was rejected).
    const core::ProposeResult r2 = engine.propose(email(QStringLiteral("b@example.org")));
    QVERIFY(engine.reject(r2.approvalId, QStringLiteral("operator"), QStringLiteral("no")));
    core::Proposal forged = email(QStringLiteral("b@example.org"));
    q.prepare(
        QStringLiteral("INSERT INTO outbox (id, decision_id, approval_id, idempotency_key, type, target, action, "
                       "action_hash, status, created_at) VALUES ('forged', ?, ?, 'forged', ?, ?, ?, ?, 'pending', 0)"));
    q.addBindValue(r2.decisionId);
    q.addBindValue(r2.approvalId);
    q.addBindValue(forged.type);
    q.addBindValue(forged.target);
    q.addBindValue(QString::fromUtf8(QJsonDocument(forged.action).toJson(QJsonDocument::Compact)));
    q.addBindValue(forged.actionHash());
    QVERIFY(q.exec());
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox WHERE id = 'forged'")).toString(),
        QStringLiteral("failed"));
    QCOMPARE(countFiles(outgoing), 0);
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'execution_failed'")).toInt(),
        2);
}

void TestDecisions::editCreatesANewApprovalForTheEditedAction()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(email(QStringLiteral("a@example.org")));
    QJsonObject edited = engine.approval(r.approvalId)->action;
    edited.insert(QStringLiteral("subject"), QStringLiteral("Better"));
    QString error;
    const QString newId = engine.edit(r.approvalId, edited, QStringLiteral("operator"), true, &error);
    QVERIFY2(!newId.isEmpty(), qPrintable(error));
    QCOMPARE(engine.approval(r.approvalId)->status, QStringLiteral("superseded"));
    const auto fresh = engine.approval(newId);
    QCOMPARE(fresh->status, QStringLiteral("approved"));
    QCOMPARE(fresh->editedFrom, r.approvalId);
    QCOMPARE(fresh->actionHash,
        core::hashAction(QStringLiteral("email.first_touch"), QStringLiteral("a@example.org"), edited));
    QVERIFY(fresh->actionHash != engine.approval(r.approvalId)->actionHash);
    // The old approval cannot be used any more.
    QVERIFY(!engine.approve(r.approvalId, QStringLiteral("operator"), &error));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);
    QFile eml(QDir(core::Executor::outgoingDir(*ws)).filePath(newId + QStringLiteral(".eml")));
    QVERIFY(eml.open(QIODevice::ReadOnly));
    QVERIFY(eml.readAll().contains("Subject: Better"));
    QCOMPARE(countFiles(core::Executor::outgoingDir(*ws)), 1);
}

void TestDecisions::rejectionIsStickyUntilInputsChange()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Proposal p = email(QStringLiteral("a@example.org"));
    const core::ProposeResult r = engine.propose(p);
    QVERIFY(engine.reject(r.approvalId, QStringLiteral("operator"), QStringLiteral("wrong persona")));
    // Another agent run proposes the very same thing (a new decision id): refused, with why.
    p.id = QStringLiteral("second-try");
    const core::ProposeResult again = engine.propose(p);
    QCOMPARE(again.outcome, DecisionOutcome::Refuse);
    QVERIFY(again.why.join(QString()).contains(QStringLiteral("wrong persona")));
    // The agent was told about the rejection (stored for it, no bus in this test).
    QCOMPARE(test::scalar(*ws,
                 QStringLiteral("SELECT count(*) FROM messages WHERE receiver = 'outreach' AND type = "
                                "'performance_feedback' AND content LIKE '%wrong persona%'"))
                 .toInt(),
        2);
    // Changed inputs: proposed anew.
    p.id = QStringLiteral("third-try");
    p.action.insert(QStringLiteral("subject"), QStringLiteral("A different angle"));
    QCOMPARE(engine.propose(p).outcome, DecisionOutcome::Queue);
}

void TestDecisions::expiredItemsAreDeniedAndNeverExecuted()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(email(QStringLiteral("a@example.org")));
    const qint64 deadline = engine.approval(r.approvalId)->deadlineAtMs;
    QCOMPARE(engine.expireDue(deadline - 1), 0);
    QCOMPARE(engine.expireDue(deadline + 1), 1);
    QCOMPARE(engine.approval(r.approvalId)->status, QStringLiteral("expired"));
    QString error;
    QVERIFY(!engine.approve(r.approvalId, QStringLiteral("operator"), &error));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'expired'")).toInt(), 1);
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT label FROM learning_events")).toString(), QStringLiteral("expired"));
}

void TestDecisions::approvalsTeachAndRejectionsCaution()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::AuthorityRule rule = core::AuthorityMatrix::defaults().ruleFor(QStringLiteral("email.first_touch"));
    double last = core::Calibration::state(*ws, rule).threshold;
    QCOMPARE(last, 0.0);
    // Steady approvals: the threshold rises until low-risk first touches go out alone.
    int i = 0;
    for (; i < 40; ++i) {
        const QString to = QStringLiteral("p%1@example.org").arg(i);
        addProspect(*ws, to);
        const core::ProposeResult r = engine.propose(email(to));
        if (r.outcome == DecisionOutcome::Act)
            break;
        QCOMPARE(r.outcome, DecisionOutcome::Queue);
        QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
        const double now = core::Calibration::state(*ws, rule).threshold;
        QVERIFY(now >= last);
        last = now;
    }
    QVERIFY2(i > 3 && i < 40, qPrintable(QString::number(i)));
    QVERIFY(last > 0 && last < rule.ceilingRisk);
    // Rejections lower it again.
    const double before = core::Calibration::state(*ws, rule).threshold;
    for (int k = 0; k < 3; ++k) {
        const QString to = QStringLiteral("r%1@example.org").arg(k);
        core::Proposal p = email(to);
        p.inputs.remove(QStringLiteral("lawful_basis")); // risky enough to be queued
        const core::ProposeResult r = engine.propose(p);
        QCOMPARE(r.outcome, DecisionOutcome::Queue);
        QVERIFY(engine.reject(r.approvalId, QStringLiteral("operator"), QStringLiteral("no")));
    }
    QVERIFY(core::Calibration::state(*ws, rule).threshold < before);
    // Reset forgets.
    QVERIFY(engine.resetLearning(QStringLiteral("email.first_touch"), QStringLiteral("operator")));
    QCOMPARE(core::Calibration::state(*ws, rule).threshold, 0.0);
    QVERIFY(core::AuditLog::verify(*ws).ok);
}

void TestDecisions::learningNeverLiftsHighLevelsOrCeilings()
{
    for (const core::AuthorityRule& rule : core::AuthorityMatrix::defaults().rules()) {
        for (double approvals : { 0.0, 10.0, 1e3, 1e6, 1e9 }) {
            const double t = core::Calibration::threshold(rule, approvals, 0);
            QVERIFY(t <= rule.ceilingRisk);
            if (rule.level == core::RiskLevel::High || rule.level == core::RiskLevel::Critical)
                QCOMPARE(t, 0.0);
        }
    }
}

void TestDecisions::pausedAutonomyHoldsApprovedActions()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(email(QStringLiteral("a@example.org")));
    QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    std::atomic<bool> paused { true };
    core::DecisionWorker worker(ws, &engine, [&paused] { return paused.load(); });
    worker.runOnce();
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("pending"));
    QCOMPARE(countFiles(core::Executor::outgoingDir(*ws)), 0);
    paused = false;
    worker.runOnce();
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("done"));
    QCOMPARE(countFiles(core::Executor::outgoingDir(*ws)), 1);
}

void TestDecisions::overridesAfterTheFact()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Executor executor(ws, &engine);
    addProspect(*ws, QStringLiteral("a@example.org"));
    // sequence.enrol is level low on autopilot: the agent may act alone.
    const core::ProposeResult r = engine.propose(enrol(QStringLiteral("a@example.org")));
    QCOMPARE(r.outcome, DecisionOutcome::Act);
    QCOMPARE(executor.runPending(), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM enrolments")).toString(), QStringLiteral("active"));
    const core::AuthorityRule rule = core::AuthorityMatrix::defaults().ruleFor(QStringLiteral("sequence.enrol"));
    const double before = core::Calibration::state(*ws, rule).threshold;
    QString error;
    QVERIFY2(engine.undo(r.decisionId, QStringLiteral("operator"), &error), qPrintable(error));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM enrolments")).toString(), QStringLiteral("stopped"));
    QVERIFY(engine.markWrong(r.decisionId, QStringLiteral("operator"), QStringLiteral("not a fit"), &error));
    QVERIFY(core::Calibration::state(*ws, rule).threshold < before);
    // An email cannot be unsent.
    const core::ProposeResult mail = engine.propose(email(QStringLiteral("b@example.org")));
    QVERIFY(engine.approve(mail.approvalId, QStringLiteral("operator")));
    QCOMPARE(executor.runPending(), 1);
    QVERIFY(!engine.undo(mail.decisionId, QStringLiteral("operator"), &error));
    QVERIFY(error.contains(QStringLiteral("cannot be undone")));
    QVERIFY(core::AuditLog::verify(*ws).ok);
}

void TestDecisions::matrixChangeBeforeExecutionRequeues()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    addProspect(*ws, QStringLiteral("a@example.org"));
    const core::ProposeResult r = engine.propose(enrol(QStringLiteral("a@example.org")));
    QCOMPARE(r.outcome, DecisionOutcome::Act);
    // The admin tightens the matrix before the executor gets to it.
    core::AuthorityRule rule = core::AuthorityMatrix::load(*ws).ruleFor(QStringLiteral("sequence.enrol"));
    rule.mode = core::AutonomyMode::ReviewAll;
    QVERIFY(core::AuthorityMatrix::saveRule(*ws, rule, QStringLiteral("admin"), nullptr));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM enrolments")).toInt(), 0);
    QCOMPARE(engine.pendingCount(), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("requeued"));
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'matrix_changed'")).toInt(), 1);
}

void TestDecisions::perCampaignOverride()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::AuthorityRule strict = core::AuthorityMatrix::defaults().ruleFor(QStringLiteral("sequence.enrol"));
    strict.campaign = QStringLiteral("enterprise");
    strict.mode = core::AutonomyMode::ReviewAll;
    QVERIFY(core::AuthorityMatrix::saveRule(*ws, strict, QStringLiteral("admin"), nullptr));
    core::DecisionEngine engine(ws);
    addProspect(*ws, QStringLiteral("a@example.org"));
    core::Proposal p = enrol(QStringLiteral("a@example.org"));
    QCOMPARE(engine.evaluate(p).outcome, DecisionOutcome::Act);
    p.campaign = QStringLiteral("enterprise");
    QCOMPARE(engine.evaluate(p).outcome, DecisionOutcome::Queue);
}

void TestDecisions::evaluationSeesWorkspaceChangesAtOnce()
{
    // The matrix is cached between evaluations and the context reads reuse prepared statements:
    // a change made anywhere (another connection, as another process would; this connection's own
    // transaction, and its rollback) must be seen by the very next evaluation.
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::WorkspaceError error;
    auto other = core::Workspace::open(ws->path(), core::Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(other);
    core::DecisionEngine engine(ws);
    addProspect(*ws, QStringLiteral("a@example.org"));
    addProspect(*ws, QStringLiteral("b@example.org"));
    const core::Proposal a = enrol(QStringLiteral("a@example.org"));
    QCOMPARE(engine.evaluate(a).outcome, DecisionOutcome::Act);
    QCOMPARE(engine.evaluate(a).outcome, DecisionOutcome::Act); // served from the cache now

    core::AuthorityRule rule = core::AuthorityMatrix::defaults().ruleFor(QStringLiteral("sequence.enrol"));
    rule.mode = core::AutonomyMode::ReviewAll;
    QVERIFY(core::AuthorityMatrix::saveRule(*other, rule, QStringLiteral("admin"), nullptr));
    QCOMPARE(engine.evaluate(a).outcome, DecisionOutcome::Queue);

    {
        // This connection's own uncommitted change counts inside its transaction...
        core::Transaction tx(*ws);
        QVERIFY(tx.ok());
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM authority_rules")));
        QCOMPARE(engine.evaluate(a).outcome, DecisionOutcome::Act);
        // ...and is forgotten with its rollback.
    }
    QCOMPARE(engine.evaluate(a).outcome, DecisionOutcome::Queue);

    // A raw change from elsewhere, not through saveRule.
    {
        QSqlQuery q(other->db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM authority_rules")));
    }
    QCOMPARE(engine.evaluate(a).outcome, DecisionOutcome::Act);

    // The context: an opt-out recorded elsewhere blocks the next evaluation of that person only.
    QVERIFY(core::SuppressionStore(*other).add(QStringLiteral("a@example.org"), core::SuppressionStore::Global,
        QStringLiteral("unsubscribe"), QStringLiteral("test"), nullptr));
    const core::Evaluation blocked = engine.evaluate(a);
    QVERIFY(blocked.risk.blocked);
    QCOMPARE(blocked.outcome, DecisionOutcome::Refuse);
    QCOMPARE(engine.evaluate(enrol(QStringLiteral("b@example.org"))).outcome, DecisionOutcome::Act);
    QVERIFY(engine.evaluate(a).risk.blocked);

    // Emails sent to b since: the next email to b counts them.
    const core::Proposal toB = email(QStringLiteral("b@example.org"), QStringLiteral("email.follow_up"));
    const int before = engine.evaluate(toB).risk.relationship.reasons.size();
    {
        QSqlQuery q(other->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))); // rows without their decisions
        for (int i = 0; i < 2; ++i) {
            q.prepare(QStringLiteral("INSERT INTO outbox (id, decision_id, type, target, action, action_hash, "
                                     "idempotency_key, status, created_at, executed_at) VALUES (?, ?, "
                                     "'email.follow_up', 'b@example.org', '{}', '', ?, 'done', ?, ?)"));
            q.addBindValue(QStringLiteral("o%1").arg(i));
            q.addBindValue(QStringLiteral("d%1").arg(i));
            q.addBindValue(QStringLiteral("k%1").arg(i));
            q.addBindValue(core::nowMs());
            q.addBindValue(core::nowMs());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    const core::Evaluation later = engine.evaluate(toB);
    QVERIFY(later.risk.relationship.reasons.size() > before);
    QVERIFY(later.risk.relationship.reasons.join(QLatin1Char(' ')).contains(QLatin1String("3rd")));
    other->releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
