// The agents drafting through the configured language model, against a real loopback server
// speaking the Chat Completions wire format: the Outreach agent's first touches and the answers
// to replies (mail sync), with a grounded draft reaching the approval queue with its facts and
// every failure (malformed JSON, a claim without a fact id, a 429 with Retry-After, a timeout, a
// refusal) falling back to the template with the reason in the decision's reasoning.
#include "agents/StandardAgents.h"
#include "agents/TaskTypes.h"
#include "core/ai/ModelAccess.h"
#include "core/ai/ModelSettings.h"
#include "core/ai/ModelSpend.h"
#include "core/decisions/DecisionEngine.h"
#include "core/mail/MailSync.h"
#include "core/runtime/Runtime.h"
#include "core/secrets/SecretStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"
#include "support/HttpServer.h"
#include "support/TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <mutex>

using namespace gd;
using test::HttpServer;
using Ms = std::chrono::milliseconds;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString chatPath = QStringLiteral("/v1/chat/completions");

HttpServer::Route chat(const QByteArray& content)
{
    const QJsonObject body { { s("id"), s("chatcmpl-1") }, { s("object"), s("chat.completion") },
        { s("choices"),
            QJsonArray { QJsonObject { { s("index"), 0 },
                { s("message"),
                    QJsonObject { { s("role"), s("assistant") }, { s("content"), QString::fromUtf8(content) } } },
                { s("finish_reason"), s("stop") } } } },
        { s("usage"), QJsonObject { { s("prompt_tokens"), 400 }, { s("completion_tokens"), 60 } } } };
    HttpServer::Route route;
    route.headers = { { "Content-Type", "application/json" } };
    route.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return route;
}

HttpServer::Route refusal()
{
    const QJsonObject body { { s("choices"),
        QJsonArray { QJsonObject { { s("index"), 0 },
            { s("message"),
                QJsonObject { { s("role"), s("assistant") }, { s("content"), QJsonValue() },
                    { s("refusal"), s("I cannot write sales emails.") } } },
            { s("finish_reason"), s("stop") } } } } };
    HttpServer::Route route;
    route.headers = { { "Content-Type", "application/json" } };
    route.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return route;
}

HttpServer::Route tooMany()
{
    HttpServer::Route route;
    route.status = 429;
    route.headers = { { "Content-Type", "application/json" }, { "Retry-After", "2" } };
    route.body = R"({"error": {"message": "slow down"}})";
    return route;
}

HttpServer::Route slow()
{
    HttpServer::Route route = chat("{}");
    route.delayMs = 3000;
    return route;
}

// A first touch whose every claim about Anna cites the fact it rests on.
const QByteArray groundedDraft
    = R"({"subject": "Route planning at Acme Route", "sentences": [)"
      R"({"text": "Acme Route plans delivery routes for regional grocers.", "facts": ["company.description"]},)"
      R"({"text": "As VP Sales at Acme Route, you may be the right person to ask.", "facts": ["prospect.title", "company.name"]},)"
      R"({"text": "Would a short call next week be useful?", "facts": []}]})";
// A claim about the prospect without a fact id (and a number that is in no fact).
const QByteArray ungroundedDraft = R"({"subject": "A question for Acme Route", "sentences": [)"
                                   R"({"text": "Acme Route grew 40 percent last year.", "facts": []},)"
                                   R"({"text": "Would a short call next week be useful?", "facts": []}]})";

// Time moves only when the client sleeps.
struct FakeTime
{
    std::mutex mutex;
    qint64 now = 1'000'000;
    QList<qint64> sleeps;

    core::ProviderClock clock()
    {
        core::ProviderClock c;
        c.now = [this] {
            const std::lock_guard lock(mutex);
            return Ms(now);
        };
        c.sleep = [this](Ms d, const std::atomic<bool>*) {
            const std::lock_guard lock(mutex);
            sleeps << d.count();
            now += d.count();
            return true;
        };
        c.random = [] { return 0.5; };
        return c;
    }
};

void addAnna(core::Workspace& ws)
{
    QSqlQuery q(ws.db());
    QVERIFY(q.exec(s("INSERT INTO companies (name, domain, industry, description) VALUES ('Acme Route', "
                     "'acme.example', 'Logistics', 'Acme Route plans delivery routes for regional grocers.')")));
    const qint64 company = q.lastInsertId().toLongLong();
    QVERIFY(q.exec(s("INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, source, "
                     "created_at, name_key) VALUES (%1, 'Anna Becker', 'Anna', 'Becker', 'anna@acme.example', 'VP "
                     "Sales', 'test', 0, 'anna becker|acme.example')")
                       .arg(company)));
    QString error;
    QVERIFY2(ws.setMeta(QString(core::keys::SenderName), s("Sam Carter"), &error), qPrintable(error));
    QVERIFY2(ws.setMeta(QString(core::keys::Sender), s("Sam Carter <sam@greendoor.test>"), &error), qPrintable(error));
    QVERIFY2(ws.setMeta(QString(core::keys::LawfulBasis), s("legitimate_interest"), &error), qPrintable(error));
}

void useModel(core::Workspace& ws, const HttpServer& server)
{
    core::ModelSettings settings;
    settings.baseUrl = server.url(s("/v1"));
    settings.model = s("test-model");
    QString error;
    QVERIFY2(settings.save(ws, &error), qPrintable(error));
}

QJsonObject jsonOf(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

class TestModelAgents : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void outreachDraftsThroughTheModel_data();
    void outreachDraftsThroughTheModel();
    void stoppingDoesNotWaitForTheKeychainOrTheModel();
    void replyClassifiedAndAnsweredByTheModel_data();
    void replyClassifiedAndAnsweredByTheModel();
};

void TestModelAgents::outreachDraftsThroughTheModel_data()
{
    QTest::addColumn<QList<HttpServer::Route>>("answers");
    QTest::addColumn<QString>("draftedBy");
    QTest::addColumn<QString>("reason"); // in the decision's reasoning
    QTest::addColumn<int>("requests");
    QTest::newRow("valid JSON, grounded") << QList<HttpServer::Route> { chat(groundedDraft) } << s("test-model")
                                          << s("Written by the language model test-model") << 1;
    QTest::newRow("malformed JSON") << QList<HttpServer::Route> { chat("{\"subject\": \"Hi\", ") } << s("template")
                                    << s("again after a repair request") << 2;
    QTest::newRow("claim without a fact id")
        << QList<HttpServer::Route> { chat(ungroundedDraft) } << s("template")
        << s("the model's draft was rejected: sentence 1 says something about the prospect without citing a fact") << 1;
    QTest::newRow("429 with Retry-After") << QList<HttpServer::Route> { tooMany(), chat(groundedDraft) }
                                          << s("test-model") << s("Written by the language model test-model") << 2;
    QTest::newRow("timeout") << QList<HttpServer::Route> { slow() } << s("template")
                             << s("did not answer within 0.4 s (gave up after 2 attempts)") << 2;
    QTest::newRow("refusal") << QList<HttpServer::Route> { refusal() } << s("template")
                             << s("the model declined: I cannot write sales emails.") << 1;
}

void TestModelAgents::outreachDraftsThroughTheModel()
{
    QFETCH(QList<HttpServer::Route>, answers);
    QFETCH(QString, draftedBy);
    QFETCH(QString, reason);
    QFETCH(int, requests);

    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    addAnna(*ws);
    HttpServer server;
    server.setRouteSequence(chatPath, answers);
    useModel(*ws, server);
    FakeTime time;
    core::ModelClientOptions options;
    options.clock = time.clock();
    options.maxAttempts = 2;
    options.totalTimeout = Ms(400);
    core::ModelAccess::setClientOptions(options);

    QList<core::AgentSpec> specs;
    for (const core::AgentSpec& spec : agents::standardAgents()) {
        if (spec.name == u"outreach") {
            core::AgentSpec only = spec;
            only.schedules.clear();
            specs << only;
        }
    }
    // The model's API key, from the runtime's keychain (here one in memory).
    core::MemorySecretStore secrets;
    secrets.write(core::ModelSettings::apiKeySecret(), s("sk-agents"), [](const core::SecretStore::Result&) {});
    QTRY_VERIFY(secrets.contains(core::ModelSettings::apiKeySecret()));
    core::Runtime runtime(ws, specs, test::fastOptions(10000));
    runtime.setSecretStore(&secrets);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    const QString task = runtime.coordinator()->submitTask(agents::TaskTypes::outreachPlan, {});
    QTRY_VERIFY_WITH_TIMEOUT(
        core::TaskStore::byId(*ws, task) && core::TaskStore::byId(*ws, task)->status == core::TaskStatus::Done, 15000);
    runtime.stop();
    core::ModelAccess::setClientOptions({});
    const QJsonObject result = core::TaskStore::byId(*ws, task)->result;
    QCOMPARE(result.value(s("proposed")).toInt(), 1);

    if (server.requestCount(chatPath) != requests)
        qWarning().noquote() << test::scalar(*ws, s("SELECT reasoning FROM decisions")).toString();
    QCOMPARE(server.requestCount(chatPath), requests);
    QCOMPARE(server.requests().constFirst().authorization, QByteArray("Bearer sk-agents"));
    QSqlQuery q(ws->db());
    QVERIFY(q.exec(s("SELECT d.action, d.reasoning, d.status, a.status FROM decisions d LEFT JOIN approvals a ON "
                     "a.decision_id = d.id WHERE d.type = 'email.first_touch'")));
    QVERIFY(q.next());
    const QJsonObject action = jsonOf(q.value(0));
    const QString reasoning = q.value(1).toString();
    QCOMPARE(action.value(s("drafted_by")).toString(), draftedBy);
    QVERIFY2(reasoning.contains(reason), qPrintable(reasoning));
    // It waits for the operator in the approval queue (the shipped matrix reviews first touches).
    QCOMPARE(q.value(3).toString(), s("pending"));
    const QString body = action.value(s("body")).toString();
    QVERIFY2(body.startsWith(s("Hi Anna,\n\n")), qPrintable(body));
    QVERIFY2(body.endsWith(s("Sam Carter")), qPrintable(body));
    QVERIFY(!body.contains(s("40 percent")));
    // Every sentence keeps the fact it rests on, with the stored value.
    QHash<QString, QString> facts;
    for (const QJsonValue& v : action.value(s("sentences")).toArray())
        facts.insert(v.toObject().value(s("fact")).toString(), v.toObject().value(s("value")).toString());
    QCOMPARE(facts.value(s("prospect.first_name")), s("Anna"));
    if (draftedBy == u"test-model") {
        QVERIFY2(body.contains(s("Acme Route plans delivery routes for regional grocers.")), qPrintable(body));
        QCOMPARE(facts.value(s("company.description")), s("Acme Route plans delivery routes for regional grocers."));
        QCOMPARE(facts.value(s("prospect.title")), s("VP Sales"));
        QCOMPARE(action.value(s("subject")).toString(), s("Route planning at Acme Route"));
        // What the model was given: the task's facts with their ids, nothing else about Anna.
        const QByteArray sent = server.requests().constFirst().body;
        QVERIFY(sent.contains("company.description"));
        QVERIFY(!sent.contains("anna@acme.example")); // not a fact of the task
    } else {
        QCOMPARE(action.value(s("subject")).toString(), s("A question for Acme Route"));
        QVERIFY2(body.contains(s("I am writing to you as VP Sales at Acme Route.")), qPrintable(body));
    }
    if (requests == 2 && draftedBy == u"test-model") {
        QCOMPARE(time.sleeps, QList<qint64> { 2000 }); // Retry-After, honoured
    }
    // The tokens went to the spend ledger (free: a local server).
    QVERIFY(test::scalar(*ws, s("SELECT count(*) FROM spend_ledger WHERE provider = 'model'")).toInt() >= 1);
}

// A keychain that never answers (locked, a prompt nobody sees).
class SilentSecretStore final : public core::SecretStore
{
public:
    std::atomic<bool> asked { false };
    QList<Callback> unanswered; // kept: a dropped callback would answer "closed" at once
    void read(const QString&, Callback done) override
    {
        unanswered << std::move(done);
        asked = true;
    }
    void write(const QString&, const QString&, Callback done) override { done(Result::success()); }
    void remove(const QString&, Callback done) override { done(Result::success()); }
};

void TestModelAgents::stoppingDoesNotWaitForTheKeychainOrTheModel()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    addAnna(*ws);
    HttpServer server;
    server.setRoute(chatPath, chat(groundedDraft));
    useModel(*ws, server);
    QList<core::AgentSpec> specs;
    for (const core::AgentSpec& spec : agents::standardAgents()) {
        if (spec.name == u"outreach") {
            core::AgentSpec only = spec;
            only.schedules.clear();
            specs << only;
        }
    }
    SilentSecretStore secrets;
    core::Runtime runtime(ws, specs, test::fastOptions(10000));
    runtime.setSecretStore(&secrets);
    runtime.start();
    QVERIFY(runtime.waitUntilStarted());
    runtime.coordinator()->submitTask(agents::TaskTypes::outreachPlan, {});
    // The Outreach agent waits for the model's key (the keychain answers on this thread).
    QTRY_VERIFY_WITH_TIMEOUT(secrets.asked.load(), 10000);
    QElapsedTimer timer;
    timer.start();
    runtime.stop();
    // Without the stop flag the agent would hold the shutdown until its 20 s keychain timeout.
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(server.requestCount(chatPath), 0);
    QCOMPARE(test::scalar(*ws, s("SELECT count(*) FROM decisions")).toInt(), 0);
}

void TestModelAgents::replyClassifiedAndAnsweredByTheModel_data()
{
    QTest::addColumn<QByteArray>("draft");
    QTest::addColumn<bool>("grounded");
    QTest::newRow("grounded answer") << QByteArray(
        R"({"subject": "Re: A question for Acme Route", "sentences": [)"
        R"({"text": "Thank you, happy to talk about delivery routes.", "facts": ["company.description"]},)"
        R"({"text": "The calendar invitation for a 30-minute call is attached.", "facts": ["meeting.minutes", "meeting.invitation"]}]})")
                                     << true;
    QTest::newRow("invented numbers and names")
        << QByteArray(R"({"subject": "Re: A question for Acme Route", "sentences": [)"
                      R"({"text": "Fresh Foods cut their routes by 45 percent with us.", "facts": []}]})")
        << false;
}

void TestModelAgents::replyClassifiedAndAnsweredByTheModel()
{
    QFETCH(QByteArray, draft);
    QFETCH(bool, grounded);
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    addAnna(*ws);
    HttpServer server;
    const QByteArray classification
        = R"({"class": "interested", "confidence": 0.92, "deciding": ["Yes, let us )"
          R"(talk next week."], "return_date": "", "referred_name": "", "referred_email": ""})";
    server.setRouteSequence(chatPath, { chat(classification), chat(draft) });
    useModel(*ws, server);

    core::DecisionEngine engine(ws);
    core::MailSync sync(ws, &engine);
    sync.setModel(core::makeLanguageModel(ws, {}, s("relationship")));
    const QByteArray raw = "From: Anna Becker <anna@acme.example>\r\nTo: sam@greendoor.test\r\n"
                           "Subject: Re: A question for Acme Route\r\nMessage-ID: <r1@acme.example>\r\n"
                           "Date: Mon, 1 Dec 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                           "Content-Type: text/plain; charset=utf-8\r\n\r\nYes, let us talk next week.\r\n";
    QString error;
    const core::MailSync::Item item = sync.ingest(raw, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(item.replyClass, s("interested"));
    QCOMPARE(server.requestCount(chatPath), 2);
    // The message says who classified it.
    const QJsonObject details
        = jsonOf(test::scalar(*ws, s("SELECT details FROM mail_messages WHERE id = ?"), { item.messageId }));
    QCOMPARE(details.value(s("classified_by")).toString(), s("test-model"));

    const QJsonObject action = jsonOf(test::scalar(*ws, s("SELECT action FROM decisions WHERE type = 'email.reply'")));
    const QString reasoning
        = test::scalar(*ws, s("SELECT reasoning FROM decisions WHERE type = 'email.reply'")).toString();
    const QString body = action.value(s("body")).toString();
    QVERIFY2(body.startsWith(s("Hi Anna,")), qPrintable(body));
    if (grounded) {
        QCOMPARE(action.value(s("drafted_by")).toString(), s("test-model"));
        QVERIFY2(body.contains(s("The calendar invitation for a 30-minute call is attached.")), qPrintable(body));
        QVERIFY2(reasoning.contains(s("written by the language model test-model")), qPrintable(reasoning));
        bool minutes = false;
        for (const QJsonValue& v : action.value(s("sentences")).toArray())
            minutes = minutes || v.toObject().value(s("fact")).toString() == u"meeting.minutes";
        QVERIFY(minutes);
    } else {
        QCOMPARE(action.value(s("drafted_by")).toString(), s("template"));
        QVERIFY2(!body.contains(s("Fresh Foods")), qPrintable(body));
        QVERIFY2(body.contains(s("thank you for your reply")), qPrintable(body));
        QVERIFY2(
            reasoning.contains(s("written from the template: the model's draft was rejected")), qPrintable(reasoning));
        QVERIFY2(reasoning.contains(s("45")), qPrintable(reasoning));
    }
}

QTEST_GUILESS_MAIN(TestModelAgents)
#include "tst_model_agents.moc"
