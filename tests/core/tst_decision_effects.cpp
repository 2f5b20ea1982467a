// Regression tests for issue #7 (points 5-8, 12) and the two decision defects: what the matrix
// judges is what is executed; edits are new proposals; ids never become paths; headers cannot
// be injected; oversized proposals are refused; invalid targets are refused; exports hold one
// person; failed attempts back off.
#include "core/decisions/AuditLog.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/decisions/RiskEngine.h"
#include "core/decisions/effects/DecisionEffect.h"
#include "core/mail/MimeMessage.h"
#include "core/mail/SuppressionStore.h"
#include "core/net/ProviderConnector.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DemoData.h"
#include "core/store/Workspace.h"
#include "support/HttpServer.h"
#include "support/TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <thread>

using namespace gd;
using core::DecisionOutcome;

namespace {

core::Proposal email(const QString& to, const QString& subject = QStringLiteral("Hello"))
{
    core::Proposal p;
    p.type = QStringLiteral("email.follow_up");
    p.agent = QStringLiteral("outreach");
    p.target = to;
    p.action = QJsonObject { { QStringLiteral("to"), to }, { QStringLiteral("subject"), subject },
        { QStringLiteral("body"), QStringLiteral("Hi there") } };
    p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") } };
    p.reasoning = QStringLiteral("test");
    return p;
}

core::Proposal spend(double declared, double actual)
{
    core::Proposal p;
    p.type = QStringLiteral("provider.spend");
    p.agent = QStringLiteral("research");
    p.target = QStringLiteral("apollo");
    p.action = QJsonObject { { QStringLiteral("provider"), QStringLiteral("apollo") },
        { QStringLiteral("amount"), actual }, { QStringLiteral("credits"), 1 } };
    p.inputs = QJsonObject { { QStringLiteral("provider"), QStringLiteral("apollo") },
        { QStringLiteral("amount"), declared } };
    return p;
}

qint64 addDeal(core::Workspace& ws, const QString& stage, qint64 valueCents, const QVariant& prospectId = {})
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("INSERT INTO deals (prospect_id, title, stage, value_cents, currency, updated_at) "
                             "VALUES (?, 'Deal', ?, ?, 'EUR', 0)"));
    q.addBindValue(prospectId);
    q.addBindValue(stage);
    q.addBindValue(valueCents);
    if (!q.exec())
        return -1;
    return q.lastInsertId().toLongLong();
}

void letActAlone(core::Workspace& ws, const QString& type)
{
    core::AuthorityRule rule = core::AuthorityMatrix::load(ws).ruleFor(type);
    rule.level = core::RiskLevel::Low;
    rule.mode = core::AutonomyMode::Autopilot;
    rule.ceilingRisk = 0.95;
    QVERIFY(core::AuthorityMatrix::saveRule(ws, rule, QStringLiteral("admin"), nullptr));
}

void suppress(core::Workspace& ws, const QString& mail)
{
    QString error;
    QVERIFY2(
        core::SuppressionStore(ws).add(mail, {}, QStringLiteral("unsubscribed"), {}, &error, 1), qPrintable(error));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDecisionEffects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTypeHasOneEffect();
    void riskIsJudgedOnTheActionNotTheDeclaredInputs();
    void discountAndDealValueComeFromTheActionAndTheWorkspace();
    void editIsANewProposal();
    void editCannotGoAboveAHardCeiling();
    void proposalIdsNeverBecomePaths();
    void emailHeadersCannotBeInjected();
    void nonAsciiSubjectsAreEncoded();
    void oversizedProposalsAreRefused();
    void invalidTargetsAreRefusedWhenProposed();
    void executionFailsWhenTheTargetIsGone();
    void undoRestoresWhatWasThereBefore();
    void exportHoldsExactlyOnePerson();
    void failedAttemptsBackOffWithJitter();
    void providerLimitsSeeEveryCall();
};

void TestDecisionEffects::everyTypeHasOneEffect()
{
    QCOMPARE(core::effectTypes().size(), core::decisionTypes().size());
    for (const core::DecisionTypeInfo& info : core::decisionTypes()) {
        const core::DecisionEffect* effect = core::effectFor(info.id);
        QVERIFY2(effect, qPrintable(info.id));
        QCOMPARE(effect->type(), info.id);
        QCOMPARE(effect->undoable(), info.undoable);
    }
    QVERIFY(!core::effectFor(QStringLiteral("something.new")));
}

void TestDecisionEffects::riskIsJudgedOnTheActionNotTheDeclaredInputs()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    letActAlone(*ws, QStringLiteral("provider.spend"));
    core::DecisionEngine engine(ws);
    // Declares EUR 5, spends EUR 5000: judged on the 5000 (above the limit and the EUR 100 ceiling).
    const core::Evaluation e = engine.evaluate(spend(5, 5000));
    QCOMPARE(e.risk.amountEur, 5000.0);
    const core::ProposeResult r = engine.propose(spend(5, 5000));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.outcome, DecisionOutcome::Queue);
    QVERIFY(r.why.join(QString()).contains(QStringLiteral("hard ceiling")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM spend_ledger")).toInt(), 0);
    // An honest small spend still acts alone.
    const core::ProposeResult small = engine.propose(spend(3, 3));
    QCOMPARE(small.outcome, DecisionOutcome::Act);
    QCOMPARE(executor.runPending(), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT sum(amount_eur) FROM spend_ledger")).toDouble(), 3.0);
}

void TestDecisionEffects::discountAndDealValueComeFromTheActionAndTheWorkspace()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    const qint64 deal = addDeal(*ws, QStringLiteral("proposal"), 7'500'000); // EUR 75000
    core::DecisionEngine engine(ws);
    core::Proposal p;
    p.type = QStringLiteral("pricing.discount");
    p.agent = QStringLiteral("deal");
    p.target = QString::number(deal);
    p.action = QJsonObject { { QStringLiteral("discount_pct"), 40 } };
    p.inputs = QJsonObject { { QStringLiteral("discount_pct"), 5 }, { QStringLiteral("deal_value"), 10 } };
    const core::Evaluation e = engine.evaluate(p);
    const QString reasons = e.risk.reasons().join(QStringLiteral(" | "));
    QVERIFY2(reasons.contains(QStringLiteral("discount 40% > 15% limit")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("deal worth EUR 75000")), qPrintable(reasons));
    QCOMPARE(e.risk.amountEur, 30000.0);
    // The stage moved from is the deal's, not what the proposer says.
    core::Proposal move;
    move.type = QStringLiteral("deal.move_stage");
    move.target = QString::number(deal);
    move.action = QJsonObject { { QStringLiteral("to_stage"), QStringLiteral("qualified") } };
    move.inputs = QJsonObject { { QStringLiteral("from_stage"), QStringLiteral("qualified") } };
    QVERIFY(engine.evaluate(move).risk.reasons().contains(QStringLiteral("moves the deal backwards")));
}

void TestDecisionEffects::editIsANewProposal()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    suppress(*ws, QStringLiteral("gone@example.org"));
    // A direct proposal to the opted-out address is refused...
    QCOMPARE(engine.propose(email(QStringLiteral("gone@example.org"))).outcome, DecisionOutcome::Refuse);
    // ...and so is an edit that redirects a pending email there.
    const core::ProposeResult r = engine.propose(email(QStringLiteral("anna@example.org")));
    QCOMPARE(r.outcome, DecisionOutcome::Queue);
    QJsonObject redirected = engine.approval(r.approvalId)->action;
    redirected.insert(QStringLiteral("to"), QStringLiteral("gone@example.org"));
    QString error;
    QVERIFY(engine.edit(r.approvalId, redirected, QStringLiteral("operator"), true, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("opted out")), qPrintable(error));
    // An empty edit is not an action.
    QVERIFY(engine.edit(r.approvalId, QJsonObject {}, QStringLiteral("operator"), true, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("has no to")), qPrintable(error));
    QCOMPARE(engine.approval(r.approvalId)->status, QStringLiteral("pending"));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // A valid edit to another recipient: the outbox carries the edited target.
    QJsonObject other = engine.approval(r.approvalId)->action;
    other.insert(QStringLiteral("to"), QStringLiteral("bert@example.org"));
    const QString approved = engine.edit(r.approvalId, other, QStringLiteral("operator"), true, &error);
    QVERIFY2(!approved.isEmpty(), qPrintable(error));
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT target FROM outbox")).toString(), QStringLiteral("bert@example.org"));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);
    const QByteArray eml = readAll(QDir(core::Executor::outgoingDir(*ws)).filePath(approved + QStringLiteral(".eml")));
    QVERIFY(eml.contains("To: bert@example.org\r\n"));
    QVERIFY(!eml.contains("anna@example.org"));
    QVERIFY(core::AuditLog::verify(*ws).ok);
}

void TestDecisionEffects::editCannotGoAboveAHardCeiling()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(spend(50, 50)); // above the EUR 20 limit: queued
    QCOMPARE(r.outcome, DecisionOutcome::Queue);
    QJsonObject more = engine.approval(r.approvalId)->action;
    more.insert(QStringLiteral("amount"), 5000);
    QString error;
    QVERIFY(engine.edit(r.approvalId, more, QStringLiteral("operator"), true, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("hard ceiling")), qPrintable(error));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    // Lowering it is fine.
    QJsonObject less = engine.approval(r.approvalId)->action;
    less.insert(QStringLiteral("amount"), 30);
    QVERIFY2(!engine.edit(r.approvalId, less, QStringLiteral("operator"), true, &error).isEmpty(), qPrintable(error));
}

void TestDecisionEffects::proposalIdsNeverBecomePaths()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    letActAlone(*ws, QStringLiteral("data.export"));
    core::DecisionEngine engine(ws);
    QSqlQuery q(ws->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at) "
                                  "VALUES ('Eve', 'eve@example.org', 'test', 0)")));
    const QString escaped = QStringLiteral("../../../../tmp/x/escaped");
    QString error;
    QVERIFY(!core::Proposal::fromJson(
        QJsonObject { { QStringLiteral("id"), escaped }, { QStringLiteral("type"), QStringLiteral("data.export") },
            { QStringLiteral("target"), QStringLiteral("eve@example.org") } },
        &error));
    QVERIFY(!error.isEmpty());
    core::Proposal p;
    p.id = escaped;
    p.type = QStringLiteral("data.export");
    p.agent = QStringLiteral("operator");
    p.target = QStringLiteral("eve@example.org");
    const core::ProposeResult r = engine.propose(p);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions")).toInt(), 0);
    // Even a key smuggled into the outbox names no path.
    p.id = QStringLiteral("plain-id");
    QCOMPARE(engine.propose(p).outcome, DecisionOutcome::Act);
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET idempotency_key = '../../escaped'")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);
    const QString exports = core::Executor::exportsDir(*ws);
    QCOMPARE(QDir(exports).entryList(QDir::Files).size(), 1);
    QVERIFY(!QFile::exists(QDir(exports).filePath(QStringLiteral("../../escaped.json"))));
    QVERIFY(!QFile::exists(dir.file(QStringLiteral("../escaped.json"))));
}

void TestDecisionEffects::emailHeadersCannotBeInjected()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Proposal p = email(QStringLiteral("anna@example.org"));
    p.action.insert(QStringLiteral("to"), QStringLiteral("anna@example.org\r\nBcc: spy@evil.example"));
    const core::ProposeResult r = engine.propose(p);
    QCOMPARE(r.outcome, DecisionOutcome::Refuse);
    QVERIFY2(r.why.join(QString()).contains(QStringLiteral("not a list of valid email addresses")),
        qPrintable(r.why.join(QString())));
    core::Proposal subject = email(QStringLiteral("anna@example.org"), QStringLiteral("Hi\r\nBcc: spy@evil.example"));
    QCOMPARE(engine.propose(subject).outcome, DecisionOutcome::Refuse);
    // An edit cannot inject either.
    const core::ProposeResult ok = engine.propose(email(QStringLiteral("anna@example.org")));
    QJsonObject edited = engine.approval(ok.approvalId)->action;
    edited.insert(QStringLiteral("to"), QStringLiteral("anna@example.org\r\nBcc: spy@evil.example"));
    QString error;
    QVERIFY(engine.edit(ok.approvalId, edited, QStringLiteral("operator"), true, &error).isEmpty());
    QVERIFY(engine.approve(ok.approvalId, QStringLiteral("operator")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);
    const QString outgoing = core::Executor::outgoingDir(*ws);
    for (const QString& name : QDir(outgoing).entryList(QDir::Files))
        QVERIFY(!readAll(QDir(outgoing).filePath(name)).contains("Bcc"));
    // Address lists are parsed and written as a list.
    core::Proposal two = email(QStringLiteral("anna@example.org"));
    two.action.insert(QStringLiteral("to"), QStringLiteral("Anna@Example.org , bert@example.org"));
    two.action.insert(QStringLiteral("subject"), QStringLiteral("Both"));
    const core::ProposeResult both = engine.propose(two);
    QCOMPARE(both.outcome, DecisionOutcome::Queue);
    QVERIFY(engine.approve(both.approvalId, QStringLiteral("operator")));
    QCOMPARE(executor.runPending(), 1);
    const auto parsed
        = core::MimeMessage::parse(readAll(QDir(outgoing).filePath(both.approvalId + QStringLiteral(".eml"))));
    QVERIFY(parsed);
    QCOMPARE(parsed->to.size(), 2);
    QCOMPARE(parsed->to.at(0).address, QStringLiteral("anna@example.org"));
    QCOMPARE(parsed->to.at(1).address, QStringLiteral("bert@example.org"));
}

void TestDecisionEffects::nonAsciiSubjectsAreEncoded()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws->setMeta(QStringLiteral("sender"), QStringLiteral("Jörg Müller <joerg@example.org>")));
    core::DecisionEngine engine(ws);
    const QString subject = QStringLiteral("Grüße aus Köln – ein sehr langer Betreff, der mehr als ein Wort braucht");
    const core::ProposeResult r = engine.propose(email(QStringLiteral("anna@example.org"), subject));
    QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);
    const QByteArray eml
        = readAll(QDir(core::Executor::outgoingDir(*ws)).filePath(r.approvalId + QStringLiteral(".eml")));
    const QByteArray headers = eml.left(eml.indexOf("\r\n\r\n"));
    for (char c : headers)
        QVERIFY(static_cast<unsigned char>(c) < 128);
    for (const QByteArray& line : headers.split('\n'))
        QVERIFY2(line.trimmed().size() <= 78 || line.startsWith("Message-ID"), line.constData());
    QVERIFY(headers.contains("<joerg@example.org>"));
    // A mail parser reads back exactly what was meant.
    const auto parsed = core::MimeMessage::parse(eml);
    QVERIFY(parsed);
    QCOMPARE(parsed->subject, subject);
    QCOMPARE(parsed->from.name, QStringLiteral("Jörg Müller"));
    QCOMPARE(parsed->to.size(), 1);
    QCOMPARE(parsed->to.first().address, QStringLiteral("anna@example.org"));
    QCOMPARE(parsed->text.trimmed(), QStringLiteral("Hi there"));
}

void TestDecisionEffects::oversizedProposalsAreRefused()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Proposal p = email(QStringLiteral("anna@example.org"));
    p.action.insert(QStringLiteral("body"), QString(2 * 1024 * 1024, QLatin1Char('x')));
    const core::ProposeResult r = engine.propose(p);
    QVERIFY(r.error.contains(QStringLiteral("KiB")));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions")).toInt(), 0);
    QCOMPARE(engine.evaluate(p).outcome, DecisionOutcome::Refuse);
    // Edits too.
    const core::ProposeResult small = engine.propose(email(QStringLiteral("anna@example.org")));
    QString error;
    QVERIFY(engine.edit(small.approvalId, p.action, QStringLiteral("operator"), false, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("KiB")));
}

void TestDecisionEffects::invalidTargetsAreRefusedWhenProposed()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    core::Proposal p;
    p.type = QStringLiteral("deal.move_stage");
    p.agent = QStringLiteral("deal");
    p.target = QStringLiteral("9999");
    p.action = QJsonObject { { QStringLiteral("to_stage"), QStringLiteral("banana") } };
    const core::ProposeResult r = engine.propose(p);
    QCOMPARE(r.outcome, DecisionOutcome::Refuse);
    QVERIFY2(
        r.why.join(QString()).contains(QStringLiteral("there is no deal 9999")), qPrintable(r.why.join(QString())));
    const qint64 deal = addDeal(*ws, QStringLiteral("proposal"), 100000);
    p.target = QString::number(deal);
    p.id = QStringLiteral("banana-stage");
    const core::ProposeResult stage = engine.propose(p);
    QCOMPARE(stage.outcome, DecisionOutcome::Refuse);
    const QJsonObject invalid = engine.evaluate(p).toJson().value(QStringLiteral("invalid")).toObject();
    QCOMPARE(invalid.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_field"));
    QVERIFY(stage.why.join(QString()).contains(QStringLiteral("\"banana\" is not a deal stage")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM decisions WHERE status = 'executed'")).toInt(), 0);
    // Other types check their fields too.
    core::Proposal meeting;
    meeting.type = QStringLiteral("meeting.book");
    meeting.target = QStringLiteral("anna@example.org");
    meeting.action = QJsonObject { { QStringLiteral("start"), QStringLiteral("next tuesday") } };
    QCOMPARE(engine.evaluate(meeting).outcome, DecisionOutcome::Refuse);
    core::Proposal limit;
    limit.type = QStringLiteral("limits.change");
    limit.target = QStringLiteral("daily_emails");
    limit.action = QJsonObject { { QStringLiteral("new_value"), -5 } };
    QCOMPARE(engine.evaluate(limit).outcome, DecisionOutcome::Refuse);
    QCOMPARE(engine.evaluate(spend(5, -5)).outcome, DecisionOutcome::Refuse);
}

void TestDecisionEffects::executionFailsWhenTheTargetIsGone()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const qint64 deal = addDeal(*ws, QStringLiteral("discovery"), 100000);
    core::Proposal p;
    p.type = QStringLiteral("deal.move_stage");
    p.agent = QStringLiteral("deal");
    p.target = QString::number(deal);
    p.action = QJsonObject { { QStringLiteral("to_stage"), QStringLiteral("proposal") } };
    const core::ProposeResult r = engine.propose(p);
    QCOMPARE(r.outcome, DecisionOutcome::Queue);
    QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    QSqlQuery q(ws->db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM deals")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("failed"));
    QVERIFY(test::scalar(*ws, QStringLiteral("SELECT last_error FROM outbox"))
                .toString()
                .contains(QStringLiteral("no deal %1").arg(deal)));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM decisions")).toString(), QStringLiteral("failed"));
}

void TestDecisionEffects::undoRestoresWhatWasThereBefore()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    letActAlone(*ws, QStringLiteral("deal.move_stage"));
    core::DecisionEngine engine(ws);
    const qint64 deal = addDeal(*ws, QStringLiteral("discovery"), 100000);
    core::Proposal p;
    p.type = QStringLiteral("deal.move_stage");
    p.agent = QStringLiteral("deal");
    p.target = QString::number(deal);
    p.action = QJsonObject { { QStringLiteral("to_stage"), QStringLiteral("proposal") } };
    p.inputs = QJsonObject { { QStringLiteral("from_stage"), QStringLiteral("negotiation") } }; // a lie
    const core::ProposeResult r = engine.propose(p);
    QCOMPARE(r.outcome, DecisionOutcome::Act);
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT stage FROM deals")).toString(), QStringLiteral("proposal"));
    QString error;
    QVERIFY2(engine.undo(r.decisionId, QStringLiteral("operator"), &error), qPrintable(error));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT stage FROM deals")).toString(), QStringLiteral("discovery"));
}

void TestDecisionEffects::exportHoldsExactlyOnePerson()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QString error;
    QVERIFY2(core::DemoData::populate(*ws, &error), qPrintable(error));
    const QString greta = QStringLiteral("greta.dubois@brightpathlearning.example");
    const int prospects = test::scalar(*ws, QStringLiteral("SELECT count(*) FROM prospects")).toInt();
    QVERIFY(prospects > 10);
    const QVariant gretaId = test::scalar(*ws, QStringLiteral("SELECT id FROM prospects WHERE email = ?"), { greta });
    addDeal(*ws, QStringLiteral("proposal"), 123400, gretaId);
    core::DecisionEngine engine(ws);
    const core::ProposeResult mail = engine.propose(email(greta));
    QVERIFY(engine.approve(mail.approvalId, QStringLiteral("operator")));
    core::Executor executor(ws, &engine);
    QCOMPARE(executor.runPending(), 1);

    core::Proposal p;
    p.type = QStringLiteral("data.export");
    p.agent = QStringLiteral("operator");
    p.target = greta;
    p.reasoning = QStringLiteral("access request");
    const core::ProposeResult r = engine.propose(p);
    QCOMPARE(r.outcome, DecisionOutcome::Queue);
    QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    QCOMPARE(executor.runPending(), 1);
    const QByteArray file
        = readAll(QDir(core::Executor::exportsDir(*ws)).filePath(r.approvalId + QStringLiteral(".json")));
    const QJsonObject doc = QJsonDocument::fromJson(file).object();
    QCOMPARE(doc.value(QStringLiteral("person")).toString(), greta);
    const QJsonObject data = doc.value(QStringLiteral("data")).toObject();
    const QJsonArray people = data.value(QStringLiteral("prospects")).toArray();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().toObject().value(QStringLiteral("email")).toString(), greta);
    QCOMPARE(data.value(QStringLiteral("deals")).toArray().size(),
        test::scalar(*ws, QStringLiteral("SELECT count(*) FROM deals WHERE prospect_id = ?"), { gretaId }).toInt());
    QVERIFY(data.value(QStringLiteral("deals")).toArray().size() >= 1);
    QCOMPARE(data.value(QStringLiteral("messages_sent")).toArray().size(), 1);
    QVERIFY(data.value(QStringLiteral("decisions")).toArray().size() >= 1);
    // Nobody else's address is in the file.
    const QList<QVariant> others = [&] {
        QList<QVariant> list;
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT email FROM prospects WHERE email != '%1'").arg(greta));
        while (q.next())
            list << q.value(0);
        return list;
    }();
    QVERIFY(others.size() >= prospects - 1);
    for (const QVariant& other : others)
        QVERIFY2(!file.contains(other.toString().toUtf8()), qPrintable(other.toString()));
    // Nothing held about someone: refused when proposed.
    p.target = QStringLiteral("nobody@example.org");
    const core::ProposeResult none = engine.propose(p);
    QCOMPARE(none.outcome, DecisionOutcome::Refuse);
    QVERIFY(none.why.join(QString()).contains(QStringLiteral("nothing is held about")));
}

void TestDecisionEffects::failedAttemptsBackOffWithJitter()
{
    // The delay grows, is capped, and is jittered within [half, full].
    QVERIFY(core::Executor::retryDelayMs(1, 0.0) >= 1000);
    QVERIFY(core::Executor::retryDelayMs(1, 0.99) <= 2000);
    QVERIFY(core::Executor::retryDelayMs(3, 0.0) > core::Executor::retryDelayMs(1, 0.99));
    QVERIFY(core::Executor::retryDelayMs(50, 0.99) <= 10 * 60'000);
    QVERIFY(core::Executor::retryDelayMs(2, 0.1) != core::Executor::retryDelayMs(2, 0.9));

    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::DecisionEngine engine(ws);
    const core::ProposeResult r = engine.propose(email(QStringLiteral("anna@example.org")));
    QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    // The outgoing folder cannot be created: a file is in its way.
    QFile blocker(core::Executor::outgoingDir(*ws));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    qint64 clock = 1'000'000;
    core::Executor executor(ws, &engine);
    executor.setClock([&clock] { return clock; });
    executor.setRandom([] { return 0.5; });
    QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT attempts FROM outbox")).toInt(), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("pending"));
    const QString id = test::scalar(*ws, QStringLiteral("SELECT id FROM outbox")).toString();
    QVERIFY(executor.retryAt(id) > clock);
    // Running again at once does not try again.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(executor.runPending(), 0);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT attempts FROM outbox")).toInt(), 1);
    // Once the delay has passed it does, and succeeds when the way is clear.
    QVERIFY(QFile::remove(core::Executor::outgoingDir(*ws)));
    clock = executor.retryAt(id) + 1;
    QCOMPARE(executor.runPending(), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT attempts FROM outbox")).toInt(), 2);
}

void TestDecisionEffects::providerLimitsSeeEveryCall()
{
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
        qunsetenv(name);
    test::HttpServer server;
    test::HttpServer::Route down;
    down.status = 500;
    down.headers = { { "Content-Type", "application/json" } };
    down.body = R"({"error": "down"})";
    server.setRoute(QStringLiteral("/v1/mixed_people/search"), down);
    core::MemorySecretStore secrets;
    bool stored = false;
    secrets.write(QStringLiteral("provider/apollo/api_key"), QStringLiteral("test-key"),
        [&stored](const core::SecretStore::Result& r) { stored = r.ok; });
    QTRY_VERIFY(stored);

    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws->setMeta(QStringLiteral("provider:apollo:base_url"), server.url().toString()));
    core::DecisionEngine engine(ws);
    for (int i = 0; i < 4; ++i) {
        core::Proposal p = spend(0, 0);
        p.action.insert(QStringLiteral("search"),
            QJsonObject { { QStringLiteral("domains"), QJsonArray { QStringLiteral("acme.example") } },
                { QStringLiteral("search_id"), QStringLiteral("s%1").arg(i) } });
        const core::ProposeResult r = engine.propose(p);
        QCOMPARE(r.outcome, DecisionOutcome::Queue);
        QVERIFY(engine.approve(r.approvalId, QStringLiteral("operator")));
    }
    ws->releaseThreadConnection();
    core::Executor executor(ws, &engine, &secrets);
    executor.setProviderTuning([](core::ProviderOptions& o) {
        o.maxAttempts = 1;
        o.failureThreshold = 2;
        o.rateBurst = 100;
        o.clock.sleep = [](std::chrono::milliseconds, const std::atomic<bool>*) { return true; };
    });
    // The connector blocks on the keychain, which answers on this thread: run on a worker.
    std::atomic<bool> done { false };
    std::thread worker([&] {
        executor.runPending();
        ws->releaseThreadConnection();
        done = true;
    });
    const QDeadlineTimer deadline(30000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(5);
    worker.join();
    QVERIFY(done);
    // One connector for the run: after two failures its circuit is open and the other two
    // searches are not sent (a connector per item would have sent all four).
    QCOMPARE(server.requestCount(QStringLiteral("/v1/mixed_people/search")), 2);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM outbox WHERE status = 'pending'")).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestDecisionEffects)
#include "tst_decision_effects.moc"
