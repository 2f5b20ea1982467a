#include "agents/AnalyticsAgent.h"
#include "agents/DealAgent.h"
#include "agents/OptimizationAgent.h"
#include "agents/OutreachAgent.h"
#include "agents/RelationshipAgent.h"
#include "agents/StandardAgents.h"
#include "agents/TaskTypes.h"
#include "core/decisions/DecisionEngine.h"
#include "core/mail/MailSync.h"
#include "core/net/HttpFetcher.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Runtime.h"
#include "core/secrets/SecretStore.h"
#include "core/store/DemoData.h"
#include "core/store/MessageStore.h"
#include "core/store/ProspectStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/TaskStore.h"
#include "support/HttpServer.h"
#include "support/SampleSite.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace gd;

class TestAgents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sixAgentsWithDistinctCapabilities();
    void healthScore_data();
    void healthScore();
    void stageProbability();
    void unknownPlaceholders();
    void reviewFlagsSlowAndFailingAgents();
    void everyAgentDoesItsWorkOnTheDemoWorkspace();
    void relationshipScoresFromRepliesAndProposesFollowUps();
    void researchScoresAndEnrichesFromTheWebsite();
    void providerSpendWaitsForApprovalThenImports();
};

void TestAgents::sixAgentsWithDistinctCapabilities()
{
    const QList<core::AgentSpec> specs = agents::standardAgents();
    QCOMPARE(specs.size(), 6);
    QStringList names;
    QSet<QString> capabilities;
    for (const core::AgentSpec& spec : specs) {
        names << spec.name;
        QVERIFY(!spec.capabilities.isEmpty());
        for (const QString& c : spec.capabilities) {
            QVERIFY2(!capabilities.contains(c), qPrintable(c));
            capabilities.insert(c);
        }
        std::unique_ptr<core::Agent> agent(spec.factory());
        QCOMPARE(agent->name(), spec.name);
        for (const core::Schedule& s : spec.schedules)
            QVERIFY(agent->canHandle(s.taskType));
    }
    QCOMPARE(names,
        QStringList({ QStringLiteral("research"), QStringLiteral("outreach"), QStringLiteral("relationship"),
            QStringLiteral("deal"), QStringLiteral("analytics"), QStringLiteral("optimization") }));
}

void TestAgents::healthScore_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("openDeal");
    QTest::addColumn<double>("expected");
    QTest::newRow("today") << 0 << false << 1.0;
    QTest::newRow("one half-life") << 30 << false << 0.5;
    QTest::newRow("two half-lives") << 60 << false << 0.25;
    QTest::newRow("open deal lifts") << 60 << true << 0.45;
    QTest::newRow("capped at 1") << 0 << true << 1.0;
    QTest::newRow("never contacted") << -1 << false << 0.1;
}

void TestAgents::healthScore()
{
    QFETCH(int, days);
    QFETCH(bool, openDeal);
    QFETCH(double, expected);
    QVERIFY(qAbs(agents::RelationshipAgent::healthScore(days, openDeal) - expected) < 1e-9);
}

void TestAgents::stageProbability()
{
    QCOMPARE(agents::DealAgent::stageProbability(QStringLiteral("negotiation")), 0.7);
    QCOMPARE(agents::DealAgent::stageProbability(QStringLiteral("closed_won")), 1.0);
    QCOMPARE(agents::DealAgent::stageProbability(QStringLiteral("made-up")), 0.0);
}

void TestAgents::unknownPlaceholders()
{
    QCOMPARE(agents::OutreachAgent::unknownPlaceholders(QStringLiteral("Hi {{first_name}}, {{ company }} rocks")),
        QStringList());
    QCOMPARE(agents::OutreachAgent::unknownPlaceholders(
                 QStringLiteral("{{budget}} and {{budget}} and {{pain}} {{shoe_size}}")),
        QStringList({ QStringLiteral("budget"), QStringLiteral("shoe_size") }));
}

void TestAgents::reviewFlagsSlowAndFailingAgents()
{
    auto agent = [](double p99, int handled, int failed, int restarts) {
        return QJsonObject { { QStringLiteral("handling_p99_ms"), p99 }, { QStringLiteral("handled"), handled },
            { QStringLiteral("failed"), failed }, { QStringLiteral("restarts"), restarts } };
    };
    const QJsonObject agents { { QStringLiteral("a"), agent(1.0, 100, 0, 0) },
        { QStringLiteral("b"), agent(1.2, 100, 0, 0) }, { QStringLiteral("c"), agent(40.0, 100, 0, 0) },
        { QStringLiteral("d"), agent(1.1, 80, 20, 0) }, { QStringLiteral("e"), agent(0.9, 10, 0, 2) } };
    const QJsonObject flagged = agents::OptimizationAgent::review(agents);
    QCOMPARE(flagged.keys(), QStringList({ QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") }));
    QVERIFY(flagged.value(QStringLiteral("c")).toString().contains(QStringLiteral("p99")));
    QVERIFY(flagged.value(QStringLiteral("d")).toString().contains(QStringLiteral("20%")));
    QVERIFY(flagged.value(QStringLiteral("e")).toString().contains(QStringLiteral("restarted 2")));
}

void TestAgents::everyAgentDoesItsWorkOnTheDemoWorkspace()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QString error;
    QVERIFY2(core::DemoData::populate(*ws, &error), qPrintable(error));
    core::Runtime runtime(ws, agents::standardAgents(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    core::Coordinator* c = runtime.coordinator();
    const QString research = c->submitTask(agents::TaskTypes::prospectsProfile, {});
    const QString outreach = c->submitTask(agents::TaskTypes::outreachPlan, {});
    const QString relationship = c->submitTask(agents::TaskTypes::contactsHealth, {});
    auto done = [&](const QString& id) {
        auto t = core::TaskStore::byId(*ws, id);
        return t && t->status == core::TaskStatus::Done;
    };
    QTRY_VERIFY(done(research) && done(outreach) && done(relationship));
    const QString deal = c->submitTask(agents::TaskTypes::pipelineSummary, {});
    const QString analytics = c->submitTask(agents::TaskTypes::metricsSnapshot, {});
    QTRY_VERIFY(done(deal) && done(analytics));
    const QString optimization = c->submitTask(agents::TaskTypes::runtimeReview, {});
    QTRY_VERIFY(done(optimization));

    auto result = [&](const QString& id) { return core::TaskStore::byId(*ws, id)->result; };
    // The demo data has 62 prospects, one malformed email and one duplicate person.
    QCOMPARE(result(research).value(QStringLiteral("prospects")).toInt(), 62);
    QCOMPARE(result(research).value(QStringLiteral("invalid_emails")).toInt(), 1);
    QCOMPARE(result(research).value(QStringLiteral("duplicates")).toInt(), 1);
    QCOMPARE(result(outreach).value(QStringLiteral("templates")).toInt(), 3);
    QCOMPARE(result(outreach).value(QStringLiteral("template_problems")).toArray().size(), 0);
    QVERIFY(result(outreach).value(QStringLiteral("eligible_first_touch")).toInt() > 0);
    QCOMPARE(result(relationship).value(QStringLiteral("contacts")).toInt(), 62);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM contact_health")).toInt(), 62);
    QVERIFY(result(deal).value(QStringLiteral("open_value_eur")).toDouble() > 0);
    QVERIFY(result(deal).value(QStringLiteral("forecast_eur")).toDouble()
        < result(deal).value(QStringLiteral("open_value_eur")).toDouble());
    QVERIFY(result(analytics).value(QStringLiteral("tasks_done")).toInt()
        >= 3); // the three finished before it was submitted
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM metric_snapshots")).toInt(), 1);
    QVERIFY(result(optimization).contains(QStringLiteral("flagged")));

    // Agents talk to each other: reviewing the deals, deal asks relationship about their
    // contacts and gets an answer; analytics sends optimization its figures.
    const QString review = c->submitTask(agents::TaskTypes::dealsReview, {});
    QTRY_VERIFY(done(review));
    core::MessageFilter f;
    f.correlationId = review;
    f.type = core::MessageType::InformationRequest;
    if (result(review).value(QStringLiteral("asked")).toInt() > 0) {
        QTRY_COMPARE(core::MessageStore::query(*ws, f).size(), 1);
        f.type = core::MessageType::StatusUpdate;
        f.agent = QStringLiteral("relationship");
        QTRY_COMPARE(core::MessageStore::query(*ws, f).size(), 1);
    }
    f = {};
    f.type = core::MessageType::PerformanceFeedback;
    f.agent = QStringLiteral("optimization");
    QTRY_VERIFY(!core::MessageStore::query(*ws, f).isEmpty());
}

void TestAgents::researchScoresAndEnrichesFromTheWebsite()
{
    test::HttpServer server;
    test::serveSampleSite(server);
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("INSERT INTO companies (name, domain, website) VALUES ('Acme Route', 'acme.example', ?)"));
    q.addBindValue(server.url().toString());
    QVERIFY(q.exec());
    const qint64 company = q.lastInsertId().toLongLong();
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO prospects (company_id, full_name, email, title, source, created_at, name_key) "
        "VALUES (%1, 'Anna Becker', 'anna@acme.example', 'VP Sales', 'test', 0, 'anna becker|acme.example')")
                       .arg(company)));
    core::Icp icp;
    icp.industries = { QStringLiteral("Logistics"), QStringLiteral("Software") };
    icp.roles = { QStringLiteral("Sales") };
    QCOMPARE(core::IcpStore::save(*ws, icp, QStringLiteral("manual")), 1);
    // The sample site listens on 127.0.0.1, a loopback address the fetcher refuses unless allowed.
    core::setPrivateAddressesAllowedByDefault(true);

    core::Runtime runtime(ws, agents::standardAgents(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    // Scoring: without the industry known the prospect scores only for the role.
    const QString score = runtime.coordinator()->submitTask(agents::TaskTypes::prospectsScore, {});
    auto done = [&](const QString& id) {
        auto t = core::TaskStore::byId(*ws, id);
        return t && t->status == core::TaskStatus::Done;
    };
    QTRY_VERIFY(done(score));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT score FROM prospects")).toInt(), 35);
    QVERIFY(test::scalar(*ws, QStringLiteral("SELECT score_reasons FROM prospects"))
                .toString()
                .contains(QStringLiteral("industry unknown")));
    // Enrichment reads the company's site (robots.txt honoured) and fills what was unknown.
    const QString enrich = runtime.coordinator()->submitTask(
        agents::TaskTypes::companyEnrich, QJsonObject { { QStringLiteral("company_id"), company } });
    QTRY_VERIFY_WITH_TIMEOUT(done(enrich), 15000);
    // "Acme Route | Dispatch software": the company's own industry, not its customers'.
    QCOMPARE(
        test::scalar(*ws, QStringLiteral("SELECT industry FROM companies")).toString(), QStringLiteral("Software"));
    QVERIFY(test::scalar(*ws, QStringLiteral("SELECT technologies FROM companies"))
                .toString()
                .contains(QStringLiteral("Salesforce")));
    QVERIFY(!test::scalar(*ws, QStringLiteral("SELECT description FROM companies")).toString().isEmpty());
    QCOMPARE(server.requestCount(QStringLiteral("/pricing")), 0);
    const QJsonObject filled = core::TaskStore::byId(*ws, enrich)->result.value(QStringLiteral("filled")).toObject();
    QVERIFY(filled.value(QStringLiteral("industry"))
                .toObject()
                .value(QStringLiteral("sentence"))
                .toString()
                .contains(QStringLiteral("software")));
    // The company changed, so the prospect is re-scored: now the industry matches too.
    const QString again = runtime.coordinator()->submitTask(agents::TaskTypes::prospectsScore, {});
    QTRY_VERIFY(done(again));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT score FROM prospects")).toInt(), 65);
}

namespace {

// Runs one pass of the runtime's decision worker and waits for its end.
bool decisionPass(core::Runtime& runtime)
{
    QSignalSpy finished(&runtime, &core::Runtime::decisionPassFinished);
    runtime.runDecisionPass();
    return QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 10000);
}

} // namespace

void TestAgents::providerSpendWaitsForApprovalThenImports()
{
    test::HttpServer server;
    test::HttpServer::Route people;
    people.headers = { { "Content-Type", "application/json" } };
    people.body = R"({"people": [{"id": "p1", "first_name": "Olivia", "last_name": "Ortiz", "name": "Olivia Ortiz",
        "title": "Head of Operations", "email": "olivia@tidewater.example", "city": "Hamburg", "country": "Germany",
        "organization": {"name": "Tidewater Logistics", "website_url": "https://tidewater.example",
        "primary_domain": "tidewater.example", "industry": "Logistics", "estimated_num_employees": 240}}],
        "pagination": {"page": 1, "per_page": 25, "total_entries": 1, "total_pages": 1}})";
    server.setRoute(QStringLiteral("/v1/mixed_people/search"), people);
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws->setMeta(core::keys::ProviderApolloBaseUrl, server.url().toString()));
    core::MemorySecretStore secrets;
    secrets.write(
        QStringLiteral("provider/apollo/api_key"), QStringLiteral("test-key"), [](const core::SecretStore::Result&) {});
    QTRY_VERIFY(secrets.contains(QStringLiteral("provider/apollo/api_key")));
    core::Runtime runtime(ws, agents::standardAgents(), test::fastOptions());
    runtime.setSecretStore(&secrets);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString search = runtime.coordinator()->submitTask(agents::TaskTypes::prospectsSearch,
        QJsonObject { { QStringLiteral("domains"), QJsonArray { QStringLiteral("tidewater.example") } },
            { QStringLiteral("titles"), QJsonArray { QStringLiteral("Head of Operations") } } });
    auto done = [&](const QString& id) {
        auto t = core::TaskStore::byId(*ws, id);
        return t && t->status == core::TaskStatus::Done;
    };
    QTRY_VERIFY(done(search));
    // The spend waits for the operator: nothing was asked of the provider yet.
    const QString approval = core::TaskStore::byId(*ws, search)->result.value(QStringLiteral("approval_id")).toString();
    QVERIFY(!approval.isEmpty());
    // A pass of the decision worker (the one that carries out the outbox) leaves it waiting.
    QVERIFY(decisionPass(runtime));
    QCOMPARE(server.requestCount(QStringLiteral("/v1/mixed_people/search")), 0);
    QCOMPARE(core::ProspectStore::count(*ws), 0);
    // Approved: carried out once, the answer imported.
    QVERIFY(runtime.decisions()->approve(approval, QStringLiteral("operator")));
    QTRY_COMPARE_WITH_TIMEOUT(core::ProspectStore::count(*ws), 1, 10000);
    QCOMPARE(server.requestCount(QStringLiteral("/v1/mixed_people/search")), 1);
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT email FROM prospects")).toString(),
        QStringLiteral("olivia@tidewater.example"));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT count(*) FROM spend_ledger")).toInt(), 1);
    QTRY_COMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM outbox")).toString(), QStringLiteral("done"));
    // Another pass does not carry it out again.
    QVERIFY(decisionPass(runtime));
    QCOMPARE(server.requestCount(QStringLiteral("/v1/mixed_people/search")), 1);
}

void TestAgents::relationshipScoresFromRepliesAndProposesFollowUps()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QSqlQuery q(ws->db());
    for (const char* email : { "ann@x.test", "bob@x.test", "cat@x.test" }) {
        q.prepare(QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at, last_contacted_at) "
                                 "VALUES ('P', ?, 'test', 0, ?)"));
        q.addBindValue(QLatin1String(email));
        q.addBindValue(core::nowMs() - 2 * 24 * 3600 * 1000LL);
        QVERIFY(q.exec());
    }
    auto mail = [](const char* from, const char* id, const char* text) -> QByteArray {
        return QByteArray("From: ") + from + "\r\nTo: sam@greendoor.test\r\nSubject: Re: Quick question\r\n"
            + "Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + id + ">\r\n\r\n" + text + "\r\n";
    };
    QFile a(dir.file(QStringLiteral("a.eml")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write(mail("ann@x.test", "a1@x.test", "Sounds interesting. Could we set up a call next week to go through it?"));
    a.close();
    QFile b(dir.file(QStringLiteral("b.eml")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write(mail("bob@x.test", "b1@x.test", "Please remove me from your list and do not email me again."));
    b.close();
    core::DecisionEngine engine(ws);
    core::MailSync sync(ws, &engine);
    QVERIFY(sync.importPath(dir.path()).error.isEmpty());
    // A reminder that came due.
    q.prepare(QStringLiteral("INSERT INTO reminders (id, contact, due_at, note, created_at) VALUES ('r1', "
                             "'cat@x.test', ?, 'said not now', 0)"));
    q.addBindValue(core::nowMs() - 1000);
    QVERIFY(q.exec());

    core::Runtime runtime(ws, agents::standardAgents(), test::fastOptions());
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString id = runtime.coordinator()->submitTask(agents::TaskTypes::contactsHealth, {});
    QTRY_VERIFY(core::TaskStore::byId(*ws, id) && core::TaskStore::byId(*ws, id)->status == core::TaskStatus::Done);
    const QJsonObject result = core::TaskStore::byId(*ws, id)->result;
    runtime.stop();
    QCOMPARE(result.value(QStringLiteral("from_replies")).toInt(), 2);
    QCOMPARE(result.value(QStringLiteral("follow_ups")).toInt(), 1);
    auto health = [&](const char* email, int column) {
        return test::scalar(*ws,
            QStringLiteral("SELECT %1 FROM contact_health h JOIN prospects p ON p.id = h.prospect_id WHERE p.email = ?")
                .arg(column == 0 ? QStringLiteral("h.score") : QStringLiteral("h.reason")),
            { QLatin1String(email) });
    };
    // Interested (0.95) and, since an interested reply opens a deal, an open deal (+0.1, capped at 1).
    QVERIFY2(qAbs(health("ann@x.test", 0).toDouble() - 1.0) < 0.01, qPrintable(health("ann@x.test", 0).toString()));
    QVERIFY(health("ann@x.test", 1).toString().startsWith(QLatin1String("replied interested")));
    QVERIFY(health("ann@x.test", 1).toString().contains(QLatin1String("open deal")));
    QVERIFY(qAbs(health("bob@x.test", 0).toDouble()) < 1e-9);
    QVERIFY(health("bob@x.test", 1).toString().contains(QLatin1String("unsubscribe")));
    QVERIFY(health("cat@x.test", 1).toString().startsWith(QLatin1String("last touch")));
    QCOMPARE(test::scalar(*ws,
                 QStringLiteral("SELECT outcome FROM decisions WHERE type = 'email.follow_up' AND target = "
                                "'cat@x.test'"))
                 .toString(),
        QStringLiteral("queue"));
    QCOMPARE(test::scalar(*ws, QStringLiteral("SELECT status FROM reminders WHERE id = 'r1'")).toString(),
        QStringLiteral("proposed"));
}

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
