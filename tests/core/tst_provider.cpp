#include "core/net/ProviderConnector.h"
#include "core/secrets/SecretStore.h"
#include "support/HttpServer.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace gd;
using core::CircuitBreaker;
using core::MemorySecretStore;
using core::PeopleSearchQuery;
using core::PeopleSearchResult;
using core::ProviderConnector;
using core::ProviderError;
using core::ProviderOptions;
using core::ProviderPause;
using core::SecretStore;
using test::HttpServer;
using Ms = std::chrono::milliseconds;

// Readable QCOMPARE failures (found by argument-dependent lookup).
namespace gd::core {
char* toString(const ProviderError& error)
{
    return qstrdup(nameOf(error).toUtf8().constData());
}
char* toString(const CircuitBreaker::State& state)
{
    return qstrdup(nameOf(state).toUtf8().constData());
}
} // namespace gd::core

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const QString searchPath = QStringLiteral("/v1/mixed_people/search");
const QString keyName = QStringLiteral("provider/apollo/api_key");
const QString apiKey = QStringLiteral("gd-test-KEY-7f3a9c1e5b2d");

// Apollo's documented answer: people with their organisation, and the pagination. The second
// person's email is withheld (Apollo's placeholder) and her organisation lacks a primary domain;
// the third has neither name nor email.
// (One raw literal per line: moc mishandles raw strings that span lines.)
const QByteArray apolloAnswer
    = R"({)"
      R"(  "people": [)"
      R"(    { "id": "5f1a", "first_name": "Anna", "last_name": "Schmidt", "name": "Anna Schmidt",)"
      R"(      "title": "Head of Sales", "email": "Anna.Schmidt@Acme-Robotics.example",)"
      R"(      "linkedin_url": "http://www.linkedin.com/in/anna-schmidt", "city": "Berlin", "country": "Germany",)"
      R"(      "organization": { "name": "Acme Robotics GmbH", "website_url": "http://www.acme-robotics.example",)"
      R"(        "primary_domain": "acme-robotics.example", "industry": "machinery", "estimated_num_employees": 240 } },)"
      R"(    { "id": "5f1b", "first_name": "Bea", "last_name": "Okafor", "name": "Bea Okafor", "title": "VP Sales",)"
      R"(      "email": "email_not_unlocked@domain.com", "linkedin_url": null, "city": "Leeds",)"
      R"(      "country": "United Kingdom",)"
      R"(      "organization": { "name": "Beta Freight", "website_url": "https://www.beta-freight.example/about",)"
      R"(        "primary_domain": null, "industry": "logistics & supply chain", "estimated_num_employees": null } },)"
      R"(    { "id": "5f1c", "first_name": null, "last_name": null, "name": null, "title": "CTO", "email": null,)"
      R"(      "organization": null })"
      R"(  ],)"
      R"(  "pagination": { "page": 2, "per_page": 3, "total_entries": 7, "total_pages": 3 })"
      R"(})";

HttpServer::Route json(const QByteArray& body, int status = 200)
{
    HttpServer::Route route;
    route.status = status;
    route.headers = { { "Content-Type", "application/json" } };
    route.body = body;
    return route;
}

HttpServer::Route failing(int status, const QByteArray& retryAfter = {})
{
    HttpServer::Route route = json(R"({"error": "try later"})", status);
    if (!retryAfter.isEmpty())
        route.headers.append({ "Retry-After", retryAfter });
    return route;
}

// A port that refuses connections: bound once, then released.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A clock that only moves when the connector sleeps (or the test says so), and records each sleep.
class FakeTime final
{
public:
    core::ProviderClock clock()
    {
        core::ProviderClock c;
        c.now = [this] {
            const std::lock_guard lock(m_mutex);
            return Ms(m_now);
        };
        c.sleep = [this](Ms duration, const std::atomic<bool>* cancel) {
            int index = 0;
            {
                const std::lock_guard lock(m_mutex);
                m_sleeps.append(duration.count());
                m_now += duration.count();
                index = static_cast<int>(m_sleeps.size()) - 1;
            }
            if (onSleep)
                onSleep(index);
            return !(cancel && cancel->load());
        };
        c.random = [this] { return random; };
        return c;
    }
    void advance(Ms duration)
    {
        const std::lock_guard lock(m_mutex);
        m_now += duration.count();
    }
    QList<qint64> sleeps() const
    {
        const std::lock_guard lock(m_mutex);
        return m_sleeps;
    }

    std::function<void(int index)> onSleep; // runs on the searching thread, after the clock moved
    double random = 0.5;

private:
    mutable std::mutex m_mutex;
    qint64 m_now = 1000000;
    QList<qint64> m_sleeps;
};

// Runs a blocking search on a worker thread while this (the secret store's) thread keeps its
// event loop going, as the app's GUI thread does.
PeopleSearchResult runSearch(ProviderConnector& connector, const PeopleSearchQuery& query,
    const ProviderConnector::Authorize& authorize, const std::atomic<bool>* cancel = nullptr)
{
    PeopleSearchResult result;
    std::atomic<bool> done { false };
    std::thread worker([&] {
        result = connector.search(query, authorize, cancel);
        done = true;
    });
    const QDeadlineTimer deadline(20000);
    while (!done && !deadline.hasExpired())
        QTest::qWait(2);
    worker.join();
    return result;
}

bool allow(int, double)
{
    return true;
}

PeopleSearchQuery query()
{
    PeopleSearchQuery q;
    q.organizationDomains = { s("acme-robotics.example"), s("beta-freight.example") };
    q.personTitles = { s("Head of Sales"), s("VP Sales") };
    q.page = 2;
    q.perPage = 3;
    return q;
}

// Waits for an asynchronous secret-store answer.
SecretStore::Result await(const std::function<void(SecretStore::Callback)>& start)
{
    auto outcome = std::make_shared<std::optional<SecretStore::Result>>();
    start([outcome](SecretStore::Result r) { *outcome = std::move(r); });
    const QDeadlineTimer deadline(5000);
    while (!outcome->has_value() && !deadline.hasExpired())
        QTest::qWait(1);
    return outcome->value_or(SecretStore::Result::failure(SecretStore::Result::Failed, s("no answer")));
}

void storeKey(MemorySecretStore& store, const QString& key = apiKey)
{
    const SecretStore::Result r = await([&](SecretStore::Callback done) { store.write(keyName, key, done); });
    QVERIFY(r.ok);
}

// A transparent TCP relay in front of an HttpServer that keeps the raw bytes of each request,
// headers and body (HttpServer records only the request line and the user agent).
class WireTap final
{
public:
    explicit WireTap(quint16 upstreamPort)
        : m_state(std::make_shared<State>())
        , m_context(new QObject)
    {
        m_thread.setObjectName(QStringLiteral("gd-test-wiretap"));
        m_context->moveToThread(&m_thread);
        m_thread.start();
        quint16 port = 0;
        const std::shared_ptr<State> state = m_state;
        QObject* context = m_context;
        QMetaObject::invokeMethod(
            m_context,
            [&port, state, context, upstreamPort] {
                auto* server = new QTcpServer(context);
                if (!server->listen(QHostAddress::LocalHost, 0))
                    return;
                port = server->serverPort();
                QObject::connect(server, &QTcpServer::newConnection, server, [server, state, upstreamPort] {
                    while (QTcpSocket* client = server->nextPendingConnection())
                        relay(client, state, upstreamPort);
                });
            },
            Qt::BlockingQueuedConnection);
        m_port = port;
    }

    ~WireTap()
    {
        QObject* context = m_context;
        QMetaObject::invokeMethod(
            m_context,
            [context] {
                const QList<QObject*> children = context->children();
                qDeleteAll(children);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }

    WireTap(const WireTap&) = delete;
    WireTap& operator=(const WireTap&) = delete;

    QUrl url() const
    {
        QUrl u;
        u.setScheme(s("http"));
        u.setHost(s("127.0.0.1"));
        u.setPort(m_port);
        return u;
    }

    QList<QByteArray> requests() const
    {
        QMutexLocker lock(&m_state->mutex);
        return m_state->requests;
    }

private:
    struct State
    {
        mutable QMutex mutex;
        QList<QByteArray> requests;
    };

    static void relay(QTcpSocket* client, const std::shared_ptr<State>& state, quint16 upstreamPort)
    {
        qsizetype index = 0;
        {
            QMutexLocker lock(&state->mutex);
            index = state->requests.size();
            state->requests.append(QByteArray());
        }
        auto* upstream = new QTcpSocket(client);
        auto pending = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, state, index, pending] {
            const QByteArray data = client->readAll();
            {
                QMutexLocker lock(&state->mutex);
                state->requests[index] += data;
            }
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                *pending += data;
        });
        QObject::connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        QObject::connect(
            upstream, &QTcpSocket::readyRead, upstream, [client, upstream] { client->write(upstream->readAll()); });
        QObject::connect(upstream, &QTcpSocket::disconnected, upstream, [client, upstream] {
            client->write(upstream->readAll());
            client->disconnectFromHost();
        });
        // The upstream socket is the client's child: its signals go first, or destroying it
        // inside the client's destructor would write to the half-destroyed client.
        QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
            upstream->disconnect();
            client->deleteLater();
        });
        upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
    }

    std::shared_ptr<State> m_state;
    QThread m_thread;
    QObject* m_context = nullptr;
    quint16 m_port = 0;
};

// The value of a header in a raw HTTP request, by case-insensitive name.
QByteArray headerOf(const QByteArray& request, const QByteArray& name)
{
    const QByteArray head = request.left(request.indexOf("\r\n\r\n"));
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray bodyOf(const QByteArray& request)
{
    const qsizetype end = request.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : request.mid(end + 4);
}

// Every log message while installed, with its category.
QMutex logMutex;
QStringList* logSink = nullptr;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        if (logSink)
            logSink->append(
                QString::fromUtf8(context.category ? context.category : "") + QLatin1String(": ") + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestProvider final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // SecretStore (the in-memory implementation and the base class's thread handling)
    void memoryStoreAnswersLaterOnCallingThread();
    void memoryStoreFromWorkerThreads();

    // Pieces
    void requestBody();
    void parseErrors_data();
    void parseErrors();
    void retryAfter_data();
    void retryAfter();

    // Against a local server
    void parsesPeopleAndOrganisation();
    void sendsKeyHeaderAndNeverLogsIt();
    void missingKeyFailsWithoutRequest();
    void unavailableKeychainFailsWithoutRequest();
    void refusesPlainHttpToRemoteHost();
    void retryAfterThenSuccess();
    void retryAfterHoldsLaterSearches();
    void serverErrorsRetriedWithBackoff();
    void retriesExhausted();
    void networkErrorsRetried();
    void rejectedKeyNotRetried();
    void tooLongRetryAfterGivesUp();
    void circuitOpensRejectsFastAndHalfOpens();
    void halfOpenFailureReopens();
    void rateLimitSpacesRequests();
    void defaultRateLimitIs1000PerHour();
    void rateLimitIsSharedAcrossThreads();
    void notAuthorizedMakesNoRequest();
    void malformedJsonIsClearError();
    void cancelBeforeStart();
    void cancelDuringTransfer();
    void cancelDuringBackoff();

private:
    ProviderOptions options(const QUrl& base, FakeTime& time) const
    {
        ProviderOptions o;
        o.baseUrl = base;
        o.clock = time.clock();
        o.rateBurst = 100; // the rate limit has its own tests
        o.backoffBase = Ms(1000);
        o.totalTimeout = Ms(8000);
        o.secretTimeout = Ms(5000);
        o.creditsPerSearch = 1;
        o.eurPerCredit = 0.05;
        return o;
    }
};

void TestProvider::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Everything here talks to 127.0.0.1 only; a proxy from the environment must not interfere.
    for (const char* name : { "http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY" })
        qunsetenv(name);
}

void TestProvider::memoryStoreAnswersLaterOnCallingThread()
{
    MemorySecretStore store;
    bool called = false;
    QThread* calledOn = nullptr;
    store.write(s("a"), s("secret-a"), [&](SecretStore::Result r) {
        called = true;
        calledOn = QThread::currentThread();
        QVERIFY(r.ok);
        QCOMPARE(r.status, SecretStore::Result::Ok);
    });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY(called);
    QCOMPARE(calledOn, QThread::currentThread());

    SecretStore::Result r = await([&](SecretStore::Callback done) { store.read(s("a"), done); });
    QVERIFY(r.ok);
    QCOMPARE(r.secret, s("secret-a"));
    r = await([&](SecretStore::Callback done) { store.read(s("b"), done); });
    QVERIFY(!r.ok);
    QCOMPARE(r.status, SecretStore::Result::NotFound);
    QVERIFY(r.secret.isEmpty());
    r = await([&](SecretStore::Callback done) { store.remove(s("a"), done); });
    QVERIFY(r.ok);
    QVERIFY(!store.contains(s("a")));
    r = await([&](SecretStore::Callback done) { store.remove(s("a"), done); }); // already gone: still fine
    QVERIFY(r.ok);

    store.setUnavailable(true);
    r = await([&](SecretStore::Callback done) { store.write(s("a"), s("x"), done); });
    QCOMPARE(r.status, SecretStore::Result::Unavailable);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(!store.contains(s("a")));
}

void TestProvider::memoryStoreFromWorkerThreads()
{
    MemorySecretStore store;
    storeKey(store);

    // A blocking worker (no event loop) reads through readBlocking.
    SecretStore::Result blocking;
    std::atomic<bool> done { false };
    std::thread worker([&] {
        blocking = SecretStore::readBlocking(store, keyName);
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 5000);
    worker.join();
    QVERIFY(blocking.ok);
    QCOMPARE(blocking.secret, apiKey);

    // On the store's own thread it refuses at once instead of waiting for itself.
    QElapsedTimer timer;
    timer.start();
    const SecretStore::Result self = SecretStore::readBlocking(store, keyName, nullptr, Ms(3000));
    QVERIFY(!self.ok);
    QCOMPARE(self.status, SecretStore::Result::Failed);
    QVERIFY(timer.elapsed() < 1000);

    // A worker with an event loop gets its callback on its own thread.
    QThread loopThread;
    loopThread.start();
    QObject context;
    context.moveToThread(&loopThread);
    std::atomic<bool> sameThread { false };
    std::atomic<bool> answered { false };
    QString secret;
    QMetaObject::invokeMethod(&context, [&] {
        store.read(keyName, [&](SecretStore::Result r) {
            sameThread = QThread::currentThread() == &loopThread;
            secret = r.secret;
            answered = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered.load(), 5000);
    QVERIFY(sameThread.load());
    QCOMPARE(secret, apiKey);
    QMetaObject::invokeMethod(
        &context, [&context] { context.moveToThread(QCoreApplication::instance()->thread()); },
        Qt::BlockingQueuedConnection);
    loopThread.quit();
    loopThread.wait();
}

void TestProvider::requestBody()
{
    const QJsonObject body = QJsonDocument::fromJson(ProviderConnector::requestBody(query())).object();
    QCOMPARE(body.value(s("q_organization_domains")).toString(), s("acme-robotics.example\nbeta-freight.example"));
    QCOMPARE(body.value(s("person_titles")).toArray(), QJsonArray({ s("Head of Sales"), s("VP Sales") }));
    QCOMPARE(body.value(s("page")).toInt(), 2);
    QCOMPARE(body.value(s("per_page")).toInt(), 3);
    QVERIFY(!body.contains(s("api_key"))); // the key goes in a header, never in the body
}

void TestProvider::parseErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << s("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"people": [{"name": "A)") << s("not valid JSON");
    QTest::newRow("html") << QByteArray("<html>Bad gateway</html>") << s("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << s("not a JSON object");
    QTest::newRow("no people") << QByteArray(R"({"contacts": []})") << s("no \"people\" list");
    QTest::newRow("people not a list") << QByteArray(R"({"people": "none"})") << s("no \"people\" list");
}

void TestProvider::parseErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    PeopleSearchResult result;
    QString error;
    QVERIFY(!ProviderConnector::parseResponse(body, result, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestProvider::retryAfter_data()
{
    const QDateTime now(QDate(2025, 3, 14), QTime(9, 26, 0), Qt::UTC);
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("expectedMs"); // -1: unreadable
    QTest::newRow("seconds") << QByteArray("120") << now << qint64(120000);
    QTest::newRow("zero") << QByteArray("0") << now << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 7 ") << now << qint64(7000);
    QTest::newRow("http-date") << QByteArray("Fri, 14 Mar 2025 09:26:30 GMT") << now << qint64(30000);
    QTest::newRow("date in the past") << QByteArray("Fri, 14 Mar 2025 09:00:00 GMT") << now << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << now << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << now << qint64(-1);
    QTest::newRow("empty") << QByteArray() << now << qint64(-1);
}

void TestProvider::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, now);
    QFETCH(qint64, expectedMs);
    const std::optional<Ms> parsed = ProviderConnector::parseRetryAfter(value, now);
    QCOMPARE(parsed ? parsed->count() : qint64(-1), expectedMs);
}

void TestProvider::parsesPeopleAndOrganisation()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));

    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QVERIFY2(r.ok, qPrintable(r.errorMessage));
    QCOMPARE(r.error, ProviderError::None);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.requests, 1);
    QCOMPARE(r.creditsSpent, 1);
    QCOMPARE(r.pagination.page, 2);
    QCOMPARE(r.pagination.perPage, 3);
    QCOMPARE(r.pagination.totalEntries, 7);
    QCOMPARE(r.pagination.totalPages, 3);
    QCOMPARE(r.skipped, 1); // no name, no email
    QCOMPARE(r.people.size(), 2);

    const core::ProviderProspect& anna = r.people[0];
    QCOMPARE(anna.providerId, s("5f1a"));
    QCOMPARE(anna.firstName, s("Anna"));
    QCOMPARE(anna.lastName, s("Schmidt"));
    QCOMPARE(anna.fullName, s("Anna Schmidt"));
    QCOMPARE(anna.title, s("Head of Sales"));
    QCOMPARE(anna.email, s("anna.schmidt@acme-robotics.example"));
    QCOMPARE(anna.linkedinUrl, s("http://www.linkedin.com/in/anna-schmidt"));
    QCOMPARE(anna.city, s("Berlin"));
    QCOMPARE(anna.country, s("DE"));
    QCOMPARE(anna.company, s("Acme Robotics GmbH"));
    QCOMPARE(anna.website, s("http://www.acme-robotics.example"));
    QCOMPARE(anna.domain, s("acme-robotics.example"));
    QCOMPARE(anna.industry, s("machinery"));
    QCOMPARE(anna.employees, 240);

    const core::ProviderProspect& bea = r.people[1];
    QCOMPARE(bea.fullName, s("Bea Okafor"));
    QVERIFY(bea.email.isEmpty()); // withheld by the provider
    QVERIFY(bea.linkedinUrl.isEmpty());
    QCOMPARE(bea.country, s("GB"));
    QCOMPARE(bea.company, s("Beta Freight"));
    QCOMPARE(bea.domain, s("beta-freight.example")); // from the website
    QCOMPARE(bea.industry, s("logistics & supply chain"));
    QCOMPARE(bea.employees, -1);

    const QList<HttpServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests[0].method, QByteArray("POST"));
    QCOMPARE(requests[0].path, searchPath);
}

void TestProvider::sendsKeyHeaderAndNeverLogsIt()
{
    HttpServer server;
    WireTap tap(server.port());
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(tap.url(), time));

    QStringList messages;
    {
        QMutexLocker lock(&logMutex);
        logSink = &messages;
    }
    previousHandler = qInstallMessageHandler(&captureMessage);
    QLoggingCategory::setFilterRules(s("greendoor.*=true"));
    const auto restore = qScopeGuard([] {
        QLoggingCategory::setFilterRules(s("greendoor.*.debug=false"));
        qInstallMessageHandler(previousHandler);
        QMutexLocker lock(&logMutex);
        logSink = nullptr;
    });

    // A search that retries (429 with Retry-After, then success) and one that fails for good
    // (an error body that even quotes the key): every path that logs.
    server.setRoute(searchPath, failing(429, "1"));
    time.onSleep = [&](int) { server.setRoute(searchPath, json(apolloAnswer)); };
    const PeopleSearchResult ok = runSearch(connector, query(), &allow);
    QVERIFY2(ok.ok, qPrintable(ok.errorMessage));
    QCOMPARE(ok.requests, 2);
    time.onSleep = {};
    server.setRoute(searchPath, json(QByteArray(R"({"error": "invalid key )") + apiKey.toUtf8() + "\"}", 422));
    const PeopleSearchResult bad = runSearch(connector, query(), &allow);
    QCOMPARE(bad.error, ProviderError::HttpStatus);
    QVERIFY2(!bad.errorMessage.contains(apiKey), qPrintable(bad.errorMessage));
    QVERIFY2(bad.errorMessage.contains(s("422")), qPrintable(bad.errorMessage));

    // On the wire: the key in X-Api-Key, JSON in the body, nowhere else.
    const QList<QByteArray> requests = tap.requests();
    QCOMPARE(requests.size(), 3);
    for (const QByteArray& raw : requests) {
        QVERIFY(raw.startsWith("POST /v1/mixed_people/search HTTP/1.1\r\n"));
        QCOMPARE(headerOf(raw, "X-Api-Key"), apiKey.toUtf8());
        QCOMPARE(headerOf(raw, "Content-Type"), QByteArray("application/json"));
        QCOMPARE(raw.count(apiKey.toUtf8()), 1);
        const QJsonObject body = QJsonDocument::fromJson(bodyOf(raw)).object();
        QCOMPARE(body.value(s("q_organization_domains")).toString(), s("acme-robotics.example\nbeta-freight.example"));
        QCOMPARE(body.value(s("person_titles")).toArray().size(), 2);
        QCOMPARE(body.value(s("page")).toInt(), 2);
        QCOMPARE(body.value(s("per_page")).toInt(), 3);
    }

    QMutexLocker lock(&logMutex);
    QVERIFY2(messages.size() >= 4, qPrintable(messages.join(u'\n'))); // the handler did see the connector's lines
    QVERIFY(messages.filter(s("greendoor.core.provider")).size() >= 4);
    for (const QString& m : std::as_const(messages))
        QVERIFY2(!m.contains(apiKey), qPrintable(m));
}

void TestProvider::missingKeyFailsWithoutRequest()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets; // empty
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));
    int asked = 0;
    const PeopleSearchResult r = runSearch(connector, query(), [&](int, double) {
        ++asked;
        return true;
    });
    QVERIFY(!r.ok);
    QCOMPARE(r.error, ProviderError::NoApiKey);
    QVERIFY2(r.errorMessage.contains(s("No API key for Apollo")), qPrintable(r.errorMessage));
    QVERIFY2(r.errorMessage.contains(s("Settings")), qPrintable(r.errorMessage));
    QCOMPARE(r.requests, 0);
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(asked, 0); // no spend asked for a search that cannot happen
    QCOMPARE(secrets.readCount(), 1);

    // A key of blanks is no key either.
    storeKey(secrets, s("   "));
    const PeopleSearchResult blank = runSearch(connector, query(), &allow);
    QCOMPARE(blank.error, ProviderError::NoApiKey);
    QCOMPARE(server.requests().size(), 0);
}

void TestProvider::unavailableKeychainFailsWithoutRequest()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    secrets.setUnavailable(true);
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QCOMPARE(r.error, ProviderError::SecretsUnavailable);
    QVERIFY2(r.errorMessage.contains(s("could not be read")), qPrintable(r.errorMessage));
    QCOMPARE(server.requests().size(), 0);
}

void TestProvider::refusesPlainHttpToRemoteHost()
{
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(QUrl(s("http://api.apollo.io")), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QCOMPARE(r.error, ProviderError::InvalidConfiguration);
    QVERIFY2(r.errorMessage.contains(s("https://")), qPrintable(r.errorMessage));
    QCOMPARE(secrets.readCount(), 0); // the key was not even read
}

void TestProvider::retryAfterThenSuccess()
{
    HttpServer server;
    server.setRoute(searchPath, failing(429, "2"));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    time.onSleep = [&](int) { server.setRoute(searchPath, json(apolloAnswer)); };
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QVERIFY2(r.ok, qPrintable(r.errorMessage));
    QCOMPARE(r.requests, 2);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(r.pauses.size(), 1);
    QCOMPARE(r.pauses[0].reason, ProviderPause::Reason::RetryAfter);
    QCOMPARE(r.pauses[0].duration, Ms(2000)); // exactly what the server asked, no jitter
    QCOMPARE(time.sleeps(), QList<qint64>({ 2000 }));
    QCOMPARE(r.people.size(), 2);
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Closed);
}

void TestProvider::retryAfterHoldsLaterSearches()
{
    // No retries left, but the provider's pause still holds for the next search.
    HttpServer server;
    server.setRoute(searchPath, failing(429, "5"));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.maxAttempts = 1;
    ProviderConnector connector(secrets, o);
    const PeopleSearchResult limited = runSearch(connector, query(), &allow);
    QCOMPARE(limited.error, ProviderError::RateLimited);
    QVERIFY(time.sleeps().isEmpty());

    server.setRoute(searchPath, json(apolloAnswer));
    time.advance(Ms(1000));
    const PeopleSearchResult next = runSearch(connector, query(), &allow);
    QVERIFY2(next.ok, qPrintable(next.errorMessage));
    QCOMPARE(next.pauses.size(), 1);
    QCOMPARE(next.pauses[0].reason, ProviderPause::Reason::RateLimit);
    QCOMPARE(next.pauses[0].duration, Ms(4000));
}

void TestProvider::serverErrorsRetriedWithBackoff()
{
    HttpServer server;
    server.setRoute(searchPath, failing(500));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    time.random = 0.5;
    time.onSleep = [&](int index) {
        if (index == 1)
            server.setRoute(searchPath, json(apolloAnswer)); // 500, 500, then 200
    };
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QVERIFY2(r.ok, qPrintable(r.errorMessage));
    QCOMPARE(r.requests, 3);
    QCOMPARE(server.requests().size(), 3);
    // Full jitter: random * min(max, base * 2^(attempt - 1)), base 1 s, random 0.5.
    QCOMPARE(time.sleeps(), QList<qint64>({ 500, 1000 }));
    QCOMPARE(r.pauses.size(), 2);
    QCOMPARE(r.pauses[0].reason, ProviderPause::Reason::Backoff);
    QCOMPARE(r.pauses[1].reason, ProviderPause::Reason::Backoff);
    QCOMPARE(r.creditsSpent, 1); // one search, however many attempts

    // The jitter is the random draw, the ceiling doubles and stops at backoffMax.
    HttpServer always;
    always.setRoute(searchPath, failing(503));
    FakeTime time2;
    time2.random = 0.75;
    ProviderOptions o = options(always.url(), time2);
    o.maxAttempts = 6;
    o.failureThreshold = 100;
    o.backoffMax = Ms(5000);
    ProviderConnector capped(secrets, o);
    const PeopleSearchResult r2 = runSearch(capped, query(), &allow);
    QVERIFY(!r2.ok);
    QCOMPARE(time2.sleeps(), QList<qint64>({ 750, 1500, 3000, 3750, 3750 }));
}

void TestProvider::retriesExhausted()
{
    HttpServer server;
    server.setRoute(searchPath, failing(503));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.maxAttempts = 3;
    ProviderConnector connector(secrets, o);
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, ProviderError::HttpStatus);
    QCOMPARE(r.httpStatus, 503);
    QCOMPARE(r.requests, 3);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(time.sleeps().size(), 2);
    QCOMPARE(r.creditsSpent, 0);
    QVERIFY2(r.errorMessage.contains(s("HTTP 503")), qPrintable(r.errorMessage));
    QVERIFY2(r.errorMessage.contains(s("gave up after 3 attempts")), qPrintable(r.errorMessage));
}

void TestProvider::networkErrorsRetried()
{
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    QUrl base;
    base.setScheme(s("http"));
    base.setHost(s("127.0.0.1"));
    base.setPort(closedPort());
    ProviderOptions o = options(base, time);
    o.maxAttempts = 3;
    ProviderConnector connector(secrets, o);
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QCOMPARE(r.error, ProviderError::Network);
    QCOMPARE(r.requests, 3);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.errorMessage.contains(s("Could not reach Apollo")), qPrintable(r.errorMessage));
}

void TestProvider::rejectedKeyNotRetried()
{
    HttpServer server;
    server.setRoute(searchPath, json(R"({"error": "Invalid access credentials."})", 401));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QCOMPARE(r.error, ProviderError::Rejected);
    QCOMPARE(r.requests, 1);
    QVERIFY(time.sleeps().isEmpty());
    QVERIFY2(r.errorMessage.contains(s("refused the API key")), qPrintable(r.errorMessage));
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Closed); // a wrong key is not an outage
}

void TestProvider::tooLongRetryAfterGivesUp()
{
    HttpServer server;
    server.setRoute(searchPath, failing(429, "3600"));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QCOMPARE(r.error, ProviderError::RateLimited);
    QCOMPARE(r.requests, 1);
    QVERIFY(time.sleeps().isEmpty()); // did not sit out the hour
    QVERIFY2(r.errorMessage.contains(s("3600 s")), qPrintable(r.errorMessage));

    // Until the hour is over, searches fail at once without asking for a spend or sending anything.
    server.setRoute(searchPath, json(apolloAnswer));
    int asked = 0;
    time.advance(Ms(1000));
    const PeopleSearchResult held = runSearch(connector, query(), [&](int, double) {
        ++asked;
        return true;
    });
    QCOMPARE(held.error, ProviderError::RateLimited);
    QVERIFY2(held.errorMessage.contains(s("3599 s")), qPrintable(held.errorMessage));
    QCOMPARE(asked, 0);
    QCOMPARE(server.requests().size(), 1);

    // Once the last 2 minutes of it are left, a search waits them out.
    time.advance(Ms((3600 - 1 - 120) * 1000));
    const PeopleSearchResult next = runSearch(connector, query(), &allow);
    QVERIFY2(next.ok, qPrintable(next.errorMessage));
    QCOMPARE(next.pauses.size(), 1);
    QCOMPARE(next.pauses[0].reason, ProviderPause::Reason::RateLimit);
    QCOMPARE(next.pauses[0].duration, Ms(120 * 1000));
    QCOMPARE(server.requests().size(), 2);
}

void TestProvider::circuitOpensRejectsFastAndHalfOpens()
{
    HttpServer server;
    server.setRoute(searchPath, failing(500));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.maxAttempts = 1;
    o.failureThreshold = 3;
    o.coolDown = Ms(60000);
    ProviderConnector connector(secrets, o);
    int authorizations = 0;
    const auto counting = [&](int, double) {
        ++authorizations;
        return true;
    };

    for (int i = 0; i < 3; ++i) {
        QCOMPARE(connector.circuitState(), CircuitBreaker::State::Closed);
        const PeopleSearchResult r = runSearch(connector, query(), counting);
        QCOMPARE(r.error, ProviderError::HttpStatus);
    }
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Open);

    // Open: rejected at once, no request, no key read, no spend asked, no waiting.
    const int readsBefore = secrets.readCount();
    QElapsedTimer timer;
    timer.start();
    const PeopleSearchResult rejected = runSearch(connector, query(), counting);
    QCOMPARE(rejected.error, ProviderError::CircuitOpen);
    QVERIFY2(rejected.errorMessage.contains(s("60 s")), qPrintable(rejected.errorMessage));
    QCOMPARE(rejected.requests, 0);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(secrets.readCount(), readsBefore);
    QCOMPARE(authorizations, 3);
    QVERIFY(time.sleeps().isEmpty());
    QVERIFY(timer.elapsed() < 2000);

    // Still open just before the cool-down ends; half-open after it; one success closes it.
    time.advance(Ms(59999));
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Open);
    QCOMPARE(runSearch(connector, query(), counting).error, ProviderError::CircuitOpen);
    time.advance(Ms(1));
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::HalfOpen);
    server.setRoute(searchPath, json(apolloAnswer));
    const PeopleSearchResult trial = runSearch(connector, query(), counting);
    QVERIFY2(trial.ok, qPrintable(trial.errorMessage));
    QCOMPARE(server.requests().size(), 4);
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Closed);
}

void TestProvider::halfOpenFailureReopens()
{
    HttpServer server;
    server.setRoute(searchPath, failing(502));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.maxAttempts = 4;
    o.failureThreshold = 2;
    o.coolDown = Ms(30000);
    ProviderConnector connector(secrets, o);

    // Two failures in one search open the circuit; the search stops retrying there.
    const PeopleSearchResult first = runSearch(connector, query(), &allow);
    QCOMPARE(first.error, ProviderError::CircuitOpen);
    QCOMPARE(first.requests, 2);
    QVERIFY2(first.errorMessage.contains(s("HTTP 502")), qPrintable(first.errorMessage)); // the last error
    QCOMPARE(time.sleeps().size(), 1); // no backoff after the failure that opened it
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Open);

    // The trial after the cool-down fails: open again, for a full cool-down.
    time.advance(Ms(30000));
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::HalfOpen);
    const PeopleSearchResult trial = runSearch(connector, query(), &allow);
    QCOMPARE(trial.error, ProviderError::CircuitOpen);
    QCOMPARE(trial.requests, 1);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Open);
    time.advance(Ms(29999));
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Open);
}

void TestProvider::rateLimitSpacesRequests()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.rateRequests = 2;
    o.ratePer = Ms(1000);
    o.rateBurst = 1;
    ProviderConnector connector(secrets, o);

    // 2 per second, no burst: back to back, each waits 500 ms for its token.
    QList<qint64> waits;
    for (int i = 0; i < 4; ++i) {
        const PeopleSearchResult r = runSearch(connector, query(), &allow);
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        waits << (r.pauses.isEmpty() ? 0 : r.pauses[0].duration.count());
        if (!r.pauses.isEmpty())
            QCOMPARE(r.pauses[0].reason, ProviderPause::Reason::RateLimit);
    }
    QCOMPARE(waits, QList<qint64>({ 0, 500, 500, 500 }));

    // After a quiet spell the bucket holds one token again (the burst), not more.
    time.advance(Ms(10000));
    waits.clear();
    for (int i = 0; i < 2; ++i)
        waits << runSearch(connector, query(), &allow).pauses.value(0).duration.count();
    QCOMPARE(waits, QList<qint64>({ 0, 500 }));
    QCOMPARE(server.requests().size(), 6);

    // A burst of 3 lets three go at once, then the rate applies.
    FakeTime time2;
    o = options(server.url(), time2);
    o.rateRequests = 4;
    o.ratePer = Ms(1000);
    o.rateBurst = 3;
    ProviderConnector bursty(secrets, o);
    waits.clear();
    for (int i = 0; i < 5; ++i)
        waits << runSearch(bursty, query(), &allow).pauses.value(0).duration.count();
    QCOMPARE(waits, QList<qint64>({ 0, 0, 0, 250, 250 }));
}

void TestProvider::defaultRateLimitIs1000PerHour()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o;
    o.baseUrl = server.url();
    o.clock = time.clock();
    ProviderConnector connector(secrets, o);
    QCOMPARE(connector.options().rateRequests, 1000);
    QCOMPARE(connector.options().ratePer, Ms(std::chrono::hours(1)));
    QVERIFY(runSearch(connector, query(), &allow).pauses.isEmpty());
    const PeopleSearchResult second = runSearch(connector, query(), &allow);
    QCOMPARE(second.pauses.size(), 1);
    QCOMPARE(second.pauses[0].duration, Ms(3600)); // 3.6 s: at most 1000 in any hour
}

void TestProvider::rateLimitIsSharedAcrossThreads()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.rateRequests = 2;
    o.ratePer = Ms(1000);
    o.rateBurst = 1;
    ProviderConnector connector(secrets, o);

    // Three workers at once share one bucket: one goes now, the others are spaced 500 ms apart.
    PeopleSearchResult results[3];
    std::atomic<int> done { 0 };
    std::vector<std::thread> workers;
    for (PeopleSearchResult& r : results) {
        workers.emplace_back([&] {
            r = connector.search(query(), &allow);
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done.load(), 3, 10000);
    for (std::thread& w : workers)
        w.join();
    QList<qint64> waits;
    for (const PeopleSearchResult& r : results) {
        QVERIFY2(r.ok, qPrintable(r.errorMessage));
        waits << r.pauses.value(0).duration.count();
    }
    std::sort(waits.begin(), waits.end());
    // Reserved ahead: the third waits for the token after the second's, whatever the interleaving.
    QVERIFY2(waits == QList<qint64>({ 0, 500, 1000 }) || waits == QList<qint64>({ 0, 500, 500 }),
        qPrintable(QString::number(waits[0]) + u' ' + QString::number(waits[1]) + u' ' + QString::number(waits[2])));
    QCOMPARE(server.requests().size(), 3);
}

void TestProvider::notAuthorizedMakesNoRequest()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderOptions o = options(server.url(), time);
    o.creditsPerSearch = 2;
    o.eurPerCredit = 0.05;
    ProviderConnector connector(secrets, o);

    int askedCredits = 0;
    double askedEur = 0;
    const PeopleSearchResult r = runSearch(connector, query(), [&](int credits, double eur) {
        askedCredits = credits;
        askedEur = eur;
        return false;
    });
    QVERIFY(!r.ok);
    QCOMPARE(r.error, ProviderError::NotAuthorized);
    QVERIFY2(r.errorMessage.contains(s("Not authorized")), qPrintable(r.errorMessage));
    QCOMPARE(askedCredits, 2);
    QCOMPARE(askedEur, 0.1);
    QCOMPARE(r.requests, 0);
    QCOMPARE(r.creditsSpent, 0);
    QCOMPARE(server.requests().size(), 0);

    // No authorizer at all is a no as well: the connector never decides to spend by itself.
    const PeopleSearchResult none = runSearch(connector, query(), {});
    QCOMPARE(none.error, ProviderError::NotAuthorized);
    QCOMPARE(server.requests().size(), 0);
}

void TestProvider::malformedJsonIsClearError()
{
    HttpServer server;
    server.setRoute(searchPath, json(R"({"people": [{"name": "Anna", )"));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, ProviderError::BadResponse);
    QCOMPARE(r.requests, 1); // a broken answer is not retried
    QVERIFY(r.people.isEmpty());
    QVERIFY2(r.errorMessage.contains(s("Apollo sent an answer GreenDoor cannot read: the answer is not valid JSON")),
        qPrintable(r.errorMessage));
}

void TestProvider::cancelBeforeStart()
{
    HttpServer server;
    server.setRoute(searchPath, json(apolloAnswer));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    ProviderConnector connector(secrets, options(server.url(), time));
    std::atomic<bool> cancel { true };
    const PeopleSearchResult r = runSearch(connector, query(), &allow, &cancel);
    QCOMPARE(r.error, ProviderError::Cancelled);
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(secrets.readCount(), 0);
}

void TestProvider::cancelDuringTransfer()
{
    HttpServer server;
    HttpServer::Route slow = json(apolloAnswer);
    slow.delayMs = 6000;
    server.setRoute(searchPath, slow);
    MemorySecretStore secrets;
    storeKey(secrets);
    ProviderOptions o;
    o.baseUrl = server.url();
    o.totalTimeout = Ms(9000);
    ProviderConnector connector(secrets, o); // the real clock and sleep
    std::atomic<bool> cancel { false };
    QTimer::singleShot(300, this, [&cancel] { cancel = true; });
    QElapsedTimer timer;
    timer.start();
    const PeopleSearchResult r = runSearch(connector, query(), &allow, &cancel);
    QCOMPARE(r.error, ProviderError::Cancelled);
    QCOMPARE(r.requests, 1);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.creditsSpent, 0);
    QCOMPARE(connector.circuitState(), CircuitBreaker::State::Closed);
}

void TestProvider::cancelDuringBackoff()
{
    HttpServer server;
    server.setRoute(searchPath, failing(500));
    MemorySecretStore secrets;
    storeKey(secrets);
    FakeTime time;
    std::atomic<bool> cancel { false };
    time.onSleep = [&](int) { cancel = true; }; // the operator cancels while the connector waits
    ProviderConnector connector(secrets, options(server.url(), time));
    const PeopleSearchResult r = runSearch(connector, query(), &allow, &cancel);
    QCOMPARE(r.error, ProviderError::Cancelled);
    QCOMPARE(r.requests, 1);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestProvider)
#include "tst_provider.moc"
