// greendoor-cli model set|test|show|off, and icp --from-url / replies classify using the configured
// model, against a loopback server speaking the Chat Completions wire format; the API key in a real
// Secret Service (the test command runs inside dbus-run-session).
#include "support/HttpServer.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gd;
using test::HttpServer;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Result cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(QStringLiteral(GREENDOOR_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    Result r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

HttpServer::Route chat(const QByteArray& content)
{
    const QJsonObject body {
        { s("choices"),
            QJsonArray { QJsonObject { { s("index"), 0 },
                { s("message"),
                    QJsonObject { { s("role"), s("assistant") }, { s("content"), QString::fromUtf8(content) } } },
                { s("finish_reason"), s("stop") } } } },
        { s("usage"), QJsonObject { { s("prompt_tokens"), 120 }, { s("completion_tokens"), 30 } } }
    };
    HttpServer::Route route;
    route.headers = { { "Content-Type", "application/json" } };
    route.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return route;
}

const QByteArray page = "<html><head><title>Ledgerly</title></head><body><h1>Ledgerly automates accounts payable for "
                        "wholesale distributors.</h1><p>CFOs, Controllers and AP Managers use Ledgerly every day. "
                        "Public-sector entities are not supported today.</p></body></html>";

} // namespace

class TestModelCli final : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    QString m_ws;
    HttpServer m_server;

    QStringList base() const { return { s("--workspace"), m_ws }; }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run inside dbus-run-session with gnome-keyring (the README's test command "
                  "does)");
        m_ws = m_dir.file(s("model.greendoor"));
        QCOMPARE(cli(base() << s("init")).code, 0);
        HttpServer::Route models;
        models.headers = { { "Content-Type", "application/json" } };
        models.body = R"({"object": "list", "data": [{"id": "llama3.2"}, {"id": "qwen2.5:7b"}]})";
        m_server.setRoute(s("/v1/models"), models);
        m_server.setHtml(s("/"), page);
    }

    void showsNothingConfiguredFirst()
    {
        const Result r = cli(base() << s("--json") << s("model") << s("show"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(s("configured")).toBool(true), false);
    }

    void refusesAKeyInClearToARemoteServer()
    {
        const Result r = cli(base() << s("model") << s("set") << s("--url") << s("http://models.example.com/v1")
                                    << s("--model") << s("m") << s("--key-stdin"),
            "sk-remote\n");
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("unencrypted"));
    }

    void setTestShow()
    {
        Result r = cli(base() << s("--json") << s("model") << s("set") << s("--url")
                              << m_server.url(s("/v1")).toString() << s("--model") << s("llama3.2") << s("--key-stdin"),
            "sk-local-123\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(s("api_key")).toBool(), true);
        QCOMPARE(r.json().value(s("send_prospect_data")).toBool(), true); // loopback: on by default
        QVERIFY(!r.out.contains("sk-local-123"));

        r = cli(base() << s("model") << s("test"));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("llama3.2   (configured)"));
        QVERIFY(r.out.contains("qwen2.5:7b"));
        QCOMPARE(m_server.requests().last().authorization, QByteArray("Bearer sk-local-123"));

        r = cli(base() << s("model") << s("show"));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("in the keychain"));
        QVERIFY(!r.out.contains("sk-local-123"));
    }

    void testFailsWithTheReason()
    {
        HttpServer down;
        Result r = cli(base() << s("model") << s("set") << s("--url") << down.url(s("/nothing")).toString()
                              << s("--model") << s("llama3.2"));
        QCOMPARE(r.code, 0);
        r = cli(base() << s("model") << s("test"));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("HTTP 404"), r.err.constData());
        // Back to the working server (the key stays in the keychain).
        r = cli(base() << s("model") << s("set") << s("--url") << m_server.url(s("/v1")).toString() << s("--model")
                       << s("llama3.2"));
        QCOMPARE(r.code, 0);
    }

    void icpFromUrlUsesTheModel()
    {
        m_server.setRoute(s("/v1/chat/completions"),
            chat(
                R"({"company_name": "Ledgerly", "offering": {"value": "AP automation", "evidence": "p1.s1"},)"
                R"( "industries": [{"value": "Wholesale distribution", "evidence": "p1.s1"}],)"
                R"( "company_sizes": [], "roles": [{"value": "CFO", "evidence": "p1.s2"}, {"value": "Controller", "evidence": "p1.s2"}],)"
                R"( "seniorities": [], "regions": [], "technologies": [], "pains": [],)"
                R"( "disqualifiers": [{"value": "Public sector", "evidence": "p1.s3"}]})"));
        Result r = cli(base() << s("--json") << s("icp") << s("--from-url") << m_server.url(s("/")).toString()
                              << s("--allow-private"));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject json = r.json();
        QCOMPARE(json.value(s("model")).toObject().value(s("answered_by")).toString(), s("llama3.2"));
        QCOMPARE(json.value(s("roles")).toArray().toVariantList(), (QVariantList { s("CFO"), s("Controller") }));
        QCOMPARE(json.value(s("disqualifiers")).toArray().first().toString(), s("Public sector"));

        // A broken answer twice: the offline model drafts it, and says why.
        m_server.setRoute(s("/v1/chat/completions"), chat("no json here"));
        r = cli(base() << s("--json") << s("icp") << s("--from-url") << m_server.url(s("/")).toString()
                       << s("--allow-private"));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject model = r.json().value(s("model")).toObject();
        QCOMPARE(model.value(s("answered_by")).toString(), s("offline"));
        QVERIFY(model.value(s("fallback_reason")).toString().contains(s("not valid JSON")));
    }

    void replyClassificationHonoursThePrivacySwitch()
    {
        QFile eml(m_dir.file(s("reply.eml")));
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write("From: Dana <dana@northwind.example>\r\nTo: sam@ledgerly.example\r\nSubject: Re: payables\r\n"
                  "Message-ID: <r1@northwind.example>\r\n\r\nThanks. Not before Q3, please.\r\n");
        eml.close();
        Result r = cli(base() << s("model") << s("set") << s("--url") << m_server.url(s("/v1")).toString()
                              << s("--model") << s("llama3.2") << s("--send-prospect-data") << s("off"));
        QCOMPARE(r.code, 0);
        m_server.clearRequests();
        r = cli(base() << s("--json") << s("replies") << s("classify") << eml.fileName());
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject model
            = QJsonDocument::fromJson(r.out).array().first().toObject().value(s("model")).toObject();
        QCOMPARE(model.value(s("fell_back")).toBool(), true);
        QCOMPARE(m_server.requestCount(s("/v1/chat/completions")), 0);

        r = cli(base() << s("model") << s("set") << s("--url") << m_server.url(s("/v1")).toString() << s("--model")
                       << s("llama3.2") << s("--send-prospect-data") << s("on"));
        m_server.setRoute(s("/v1/chat/completions"),
            chat(R"({"class": "not_now", "confidence": 0.85, "deciding": ["Not before Q3, please."]})"));
        r = cli(base() << s("--json") << s("replies") << s("classify") << eml.fileName());
        const QJsonObject answer = QJsonDocument::fromJson(r.out).array().first().toObject();
        QCOMPARE(answer.value(s("class")).toString(), s("not_now"));
        QCOMPARE(answer.value(s("model")).toObject().value(s("answered_by")).toString(), s("llama3.2"));
        QVERIFY(m_server.requests().last().body.contains("Not before Q3"));
    }

    void evalShowsTheConfiguredModelBesideTheOfflineOne()
    {
        // Three labelled replies; the server answers every one "interested", quoting the sentence
        // they share: its column is right once, the offline model's is computed as it is.
        QDir().mkpath(m_dir.file(s("replies")));
        const QList<std::pair<const char*, const char*>> replies {
            { "001_interested_en.eml", "Thanks for your note. Yes, let us talk on Tuesday." },
            { "002_unsubscribe_en.eml", "Thanks for your note. Please remove me from your list." },
            { "003_not_now_en.eml", "Thanks for your note. Not before Q3, please." },
        };
        for (const auto& [name, text] : replies) {
            QFile eml(m_dir.file(s("replies/") + QString::fromLatin1(name)));
            QVERIFY(eml.open(QIODevice::WriteOnly));
            eml.write(QByteArray("From: Dana <dana@northwind.example>\r\nTo: sam@ledgerly.example\r\nSubject: Re: "
                                 "payables\r\n\r\n")
                + text + "\r\n");
        }
        Result r = cli(base() << s("model") << s("set") << s("--url") << m_server.url(s("/v1")).toString()
                              << s("--model") << s("llama3.2") << s("--send-prospect-data") << s("on"));
        QCOMPARE(r.code, 0);
        m_server.setRoute(s("/v1/chat/completions"),
            chat(R"({"class": "interested", "confidence": 0.9, "deciding": ["Thanks for your note."]})"));
        m_server.clearRequests();
        r = cli(
            base() << s("--json") << s("eval") << s("--task") << s("reply") << s("--data") << m_dir.file(s("replies")));
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray models = r.json().value(s("models")).toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models.at(0).toObject().value(s("model")).toString(), s("offline"));
        const QJsonObject configured = models.at(1).toObject();
        QCOMPARE(configured.value(s("model")).toString(), s("llama3.2"));
        QCOMPARE(configured.value(s("total")).toInt(), 3);
        QCOMPARE(configured.value(s("correct")).toInt(), 1);
        QCOMPARE(configured.value(s("classes"))
                     .toObject()
                     .value(s("interested"))
                     .toObject()
                     .value(s("precision"))
                     .toDouble(),
            0.333);
        QCOMPARE(m_server.requestCount(s("/v1/chat/completions")), 3);

        // The text table shows both columns side by side.
        r = cli(base() << s("eval") << s("--task") << s("reply") << s("--data") << m_dir.file(s("replies")));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("llama3.2: 1 of 3 right"), r.out.constData());
        QVERIFY2(r.out.contains("offline: "), r.out.constData());
    }

    void goalParseUsesTheModelWithTheOfflineParserUnderneath()
    {
        m_server.setRoute(s("/v1/chat/completions"),
            chat(R"({"metric": "meetings_booked", "target": 20, "currency": "", "deadline": "2026-06-30",)"
                 R"( "segment": {"industries": ["logistics"], "roles": ["CFO"]}, "ambiguous": false})"));
        Result r = cli(base() << s("--json") << s("goal") << s("parse") << s("--today") << s("2026-03-01")
                              << s("--text") << s("20 meetings with logistics CFOs by the end of June"));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(s("model")).toObject().value(s("answered_by")).toString(), s("llama3.2"));
        QCOMPARE(r.json().value(s("target")).toDouble(), 20.0);
        QCOMPARE(r.json().value(s("deadline")).toString(), s("2026-06-30"));

        // A target the objective never names is not taken: the offline parser reads it, and says so.
        m_server.setRoute(s("/v1/chat/completions"),
            chat(R"({"metric": "meetings_booked", "target": 200, "currency": "", "deadline": "2026-06-30",)"
                 R"( "segment": {}, "ambiguous": false})"));
        r = cli(base() << s("--json") << s("goal") << s("parse") << s("--today") << s("2026-03-01") << s("--text")
                       << s("20 meetings with logistics CFOs by the end of June"));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(s("model")).toObject().value(s("answered_by")).toString(), s("offline"));
        QCOMPARE(r.json().value(s("target")).toDouble(), 20.0);
        QVERIFY2(r.err.contains("offline goal parser"), r.err.constData());
    }

    void offForgetsTheModel()
    {
        QCOMPARE(cli(base() << s("model") << s("off")).code, 0);
        const Result r = cli(base() << s("--json") << s("model") << s("show"));
        QCOMPARE(r.json().value(s("configured")).toBool(true), false);
        QCOMPARE(r.json().value(s("api_key")).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(TestModelCli)
#include "tst_model_cli.moc"
