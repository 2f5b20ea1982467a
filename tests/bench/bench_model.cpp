// The language model client's own cost: OpenAiCompatibleModel::extractIcp (prompt building, JSON,
// the POST, parsing, schema validation, mapping to an ICP) against a plain libcurl POST of the very
// same request body to the same loopback Chat Completions server, which answers at once. The
// difference is the client's overhead per call. Five runs (--runs), min/median/max.
#include "core/ai/OfflineModel.h"
#include "core/ai/OpenAiCompatibleModel.h"
#include "core/mail/MimeMessage.h"
#include "support/HttpServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <curl/curl.h>
#include <functional>

using namespace gd;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Keeps the answer, as the client does.
size_t keep(char* data, size_t size, size_t count, void* sink)
{
    static_cast<QByteArray*>(sink)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

core::IcpRequest request()
{
    core::IcpRequest r;
    r.website = s("https://ledgerly.example/");
    QStringList sentences;
    for (int i = 0; i < 40; ++i)
        sentences
            << s("Ledgerly automates accounts payable for wholesale distributors across Europe, sentence %1.").arg(i);
    r.pages.append({ s("https://ledgerly.example/"), s("Ledgerly"), sentences });
    return r;
}

struct Stats
{
    double min = 0, median = 0, max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return { v.first(), v.at(v.size() / 2), v.last() };
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int calls = 200;
    int runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--calls")
            calls = args[i + 1].toInt();
        if (args[i] == u"--runs")
            runs = args[i + 1].toInt();
    }
    QTextStream out(stdout);

    test::HttpServer server;
    const QByteArray content
        = R"({"company_name": "Ledgerly", "offering": {"value": "AP automation", "evidence": "p1.s1"},)"
          R"( "industries": [{"value": "Wholesale distribution", "evidence": "p1.s1"}], "company_sizes": [],)"
          R"( "roles": [{"value": "CFO", "evidence": "p1.s2"}], "seniorities": [], "regions": [{"value": "Europe", "evidence": "p1.s3"}],)"
          R"( "technologies": [], "pains": [], "disqualifiers": []})";
    const QJsonObject answer {
        { s("choices"),
            QJsonArray { QJsonObject { { s("index"), 0 },
                { s("message"),
                    QJsonObject { { s("role"), s("assistant") }, { s("content"), QString::fromUtf8(content) } } },
                { s("finish_reason"), s("stop") } } } },
        { s("usage"), QJsonObject { { s("prompt_tokens"), 900 }, { s("completion_tokens"), 120 } } }
    };
    test::HttpServer::Route route;
    route.headers = { { "Content-Type", "application/json" } };
    route.body = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    server.setRoute(s("/v1/chat/completions"), route);

    core::ModelClientOptions options;
    options.settings.baseUrl = server.url(s("/v1"));
    options.settings.model = s("bench-model");
    core::OpenAiCompatibleModel model(options);
    const core::IcpRequest icp = request();

    // The exact body the client sends, for the baseline.
    if (model.extractIcp(icp).fellBack) {
        out << "the client fell back on the warm-up call; nothing to measure\n";
        return 1;
    }
    const QByteArray body = server.requests().last().body;
    const QByteArray url = server.url(s("/v1/chat/completions")).toEncoded();

    CURL* curl = curl_easy_init();
    curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Accept: application/json");
    headers = curl_slist_append(headers, "Expect:");

    QList<double> plain;
    QList<double> client;
    for (int run = 0; run < runs; ++run) {
        // Interleaved, so that drift on the machine hits both alike.
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < calls; ++i) {
            QByteArray sink;
            curl_easy_reset(curl);
            curl_easy_setopt(curl, CURLOPT_URL, url.constData());
            curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
            curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
            curl_easy_setopt(curl, CURLOPT_POST, 1L);
            curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
            curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
            curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &keep);
            curl_easy_setopt(curl, CURLOPT_WRITEDATA, &sink);
            curl_easy_perform(curl);
        }
        plain << static_cast<double>(t.nsecsElapsed()) / 1000.0 / calls;
        t.restart();
        int fellBack = 0;
        for (int i = 0; i < calls; ++i)
            fellBack += model.extractIcp(icp).fellBack ? 1 : 0;
        client << static_cast<double>(t.nsecsElapsed()) / 1000.0 / calls;
        if (fellBack > 0)
            out << "warning: " << fellBack << " calls fell back in run " << run + 1 << "\n";
        server.clearRequests();
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);

    const Stats p = stats(plain);
    const Stats c = stats(client);
    out << "request body " << body.size() << " bytes, answer " << route.body.size() << " bytes, " << calls
        << " calls per run, " << runs << " runs (microseconds per call)\n";
    out << QStringLiteral("%1 %2 %3 %4\n").arg(s("what"), -34).arg(s("min"), 9).arg(s("median"), 9).arg(s("max"), 9);
    const auto row = [&](const QString& name, const Stats& st) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -34)
                   .arg(st.min, 9, 'f', 1)
                   .arg(st.median, 9, 'f', 1)
                   .arg(st.max, 9, 'f', 1);
    };
    row(s("plain libcurl POST (baseline)"), p);
    row(s("client extractIcp"), c);
    QList<double> overhead;
    for (int i = 0; i < runs; ++i)
        overhead << client[i] - plain[i];
    row(s("overhead (client - baseline)"), stats(overhead));

    // The offline model per call, each task on its typical input (the same ICP pages; a reply; a
    // first touch from a prospect's facts; an objective).
    core::OfflineModel offline;
    core::ParsedEmail reply;
    reply.subject = s("Re: A question for Acme Route");
    reply.text = s("Thanks for reaching out. We are busy until the end of the quarter; not before Q3, please.\n\n"
                   "Best,\nDana\n\n> On Monday Sam wrote:\n> Would a short call next week be useful?");
    core::DraftRequest draft;
    draft.facts = { { s("prospect.first_name"), s("Anna") }, { s("prospect.title"), s("VP Sales") },
        { s("company.name"), s("Acme Route") },
        { s("company.description"), s("Acme Route plans delivery routes for regional grocers.") },
        { s("icp.pain"), s("manual route planning") }, { s("sender.offering"), s("route optimisation"), false },
        { s("sender.name"), s("Sam Carter"), false } };
    const core::ObjectiveRequest objective { s("20 meetings with logistics CFOs in Germany by the end of June"),
        QDate(2026, 3, 1) };
    const QList<std::pair<QString, std::function<void()>>> tasks {
        { s("offline extractIcp (40 sentences)"), [&] { offline.extractIcp(icp); } },
        { s("offline classifyReply"), [&] { offline.classifyReply({ reply }); } },
        { s("offline draftEmail"), [&] { offline.draftEmail(draft); } },
        { s("offline parseObjective"), [&] { offline.parseObjective(objective); } },
    };
    for (const auto& [name, call] : tasks) {
        call(); // warm-up (the classifier trains on first use)
        QList<double> perCall;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < calls; ++i)
                call();
            perCall << static_cast<double>(t.nsecsElapsed()) / 1000.0 / calls;
        }
        row(name, stats(perCall));
    }
    return 0;
}
