#pragma once

#include "core/ai/LanguageModel.h"
#include "core/ai/ModelSettings.h"
#include "core/net/ProviderConnector.h"

#include <QJsonObject>
#include <QStringList>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace gd::core {

struct ModelClientOptions
{
    ModelSettings settings;
    QString apiKey; // optional; sent only as "Authorization: Bearer", never logged

    std::chrono::milliseconds totalTimeout = std::chrono::seconds(120); // one request
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
    int maxAttempts = 3; // per request, on 429, 5xx, timeouts and network errors
    std::chrono::milliseconds backoffBase = std::chrono::seconds(1);
    std::chrono::milliseconds backoffMax = std::chrono::seconds(30);
    std::chrono::milliseconds maxRetryAfter = std::chrono::seconds(60); // a longer Retry-After gives up
    int failureThreshold = 3; // the circuit opens after this many failed tasks in a row
    std::chrono::milliseconds coolDown = std::chrono::minutes(5);
    int maxTokens = 1500; // completion tokens per request
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxPromptChars = 24000; // page text beyond this is not sent
    QByteArray userAgent = QByteArrayLiteral("GreenDoor/0.1");
    ProviderClock clock; // tests: time, sleeping and jitter
};

// What a paid call may cost at most, asked before the first request of a task.
struct ModelSpendRequest
{
    ModelTask task = ModelTask::ExtractIcp;
    QString model;
    int tokensInEstimate = 0;
    int tokensOutMax = 0;
    double maxEur = 0; // GreenDoor's estimate of the most the task may cost (from prices and sizes)
};

// What authorized a paid call: the provider.spend decision (a model budget) and the spend ledger
// row reserving the call's most expensive case until the actual cost replaces it.
struct ModelSpendGrant
{
    QString decisionId;
    QString reservation;
    double reservedEur = 0;
};

// A language model behind an OpenAI-compatible Chat Completions API (OpenAI, Ollama, llama.cpp
// server, vLLM, LM Studio), with the offline model underneath:
//  - JSON answers: response_format json_schema, else json_object (a server that refuses one gets
//    the next), the schema also in the instructions; each answer is validated against the
//    task's schema and checks, ONE repair request is made, then the offline model answers and
//    the result says why (fellBack, fallbackReason);
//  - outside text (pages, replies) goes as quoted JSON data, never as instructions;
//  - drafts pass the GroundingChecker or are replaced by the template path, with the reason;
//  - prospect data only when the settings allow it (mayReceiveProspectData);
//  - retries with backoff on 429/5xx/timeouts honouring Retry-After; a circuit breaker skips the
//    model after failureThreshold failed tasks for coolDown;
//  - a task that costs money asks `authorize` first (a provider.spend decision) and reports the
//    tokens and cost to `record` (the spend ledger).
// One libcurl handle, kept for connection reuse; calls are serialised. Thread-safe.
class OpenAiCompatibleModel final : public LanguageModel
{
public:
    using Authorize = std::function<bool(const ModelSpendRequest& spend, ModelSpendGrant* grant, QString* why)>;
    using Record = std::function<void(ModelTask task, const ModelUsage& usage, const ModelSpendGrant& grant)>;

    explicit OpenAiCompatibleModel(ModelClientOptions options, std::shared_ptr<LanguageModel> fallback = {});
    ~OpenAiCompatibleModel() override;
    OpenAiCompatibleModel(const OpenAiCompatibleModel&) = delete;
    OpenAiCompatibleModel& operator=(const OpenAiCompatibleModel&) = delete;

    void setAuthorizer(Authorize authorize) { m_authorize = std::move(authorize); }
    void setRecorder(Record record) { m_record = std::move(record); }

    QString name() const override { return m_options.settings.model; }
    bool isOffline() const override { return false; }

    IcpAnswer extractIcp(const IcpRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    DraftAnswer draftEmail(const DraftRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    ReplyAnswer classifyReply(const ReplyRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    DraftAnswer draftReply(const DraftRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    ObjectiveAnswer parseObjective(const ObjectiveRequest& request, const std::atomic<bool>* cancel = nullptr) override;

    // GET /models: the names the server offers.
    struct ModelList
    {
        bool ok = false;
        QStringList models;
        QString error;
        int httpStatus = 0;
    };
    ModelList listModels(const std::atomic<bool>* cancel = nullptr);

    // One structured call: the JSON object the model answered, validated against schema and by
    // `check` (returns a problem or empty), with at most one repair request.
    enum class Failure
    {
        None,
        CircuitOpen,
        NotAuthorized,
        Refused, // the model declined (a refusal or a content filter)
        Invalid, // not the schema's JSON, even after the repair
        Http, // an HTTP error status
        Network,
        Timeout,
        RateLimited,
        Cancelled,
    };
    struct Call
    {
        bool ok = false;
        QJsonObject json;
        Failure failure = Failure::None;
        QString error; // for people
        ModelUsage usage;
        bool repaired = false;
        QString decisionId;
    };
    using Check = std::function<QString(const QJsonObject&)>;
    Call structured(ModelTask task, const QString& instructions, const QJsonObject& data, const QJsonObject& schema,
        const Check& check, const std::atomic<bool>* cancel);

    CircuitBreaker::State circuitState() const;
    const ModelClientOptions& options() const { return m_options; }

    // The JSON schema of each task's answer.
    static QJsonObject schemaFor(ModelTask task);

private:
    struct Http;
    Http post(const QString& path, const QByteArray& body, const std::atomic<bool>* cancel);
    Http get(const QString& path, const std::atomic<bool>* cancel);
    Http send(const QString& path, const QByteArray* body, const std::atomic<bool>* cancel);
    // One chat completion request with retries; the assistant's content.
    struct Turn;
    Turn complete(ModelTask task, const QJsonArray& messages, const QJsonObject& schema, ModelUsage& usage,
        const std::atomic<bool>* cancel);
    QString privacyRefusal() const;

    ModelClientOptions m_options;
    std::shared_ptr<LanguageModel> m_fallback;
    Authorize m_authorize;
    Record m_record;
    std::mutex m_curlMutex; // one request at a time on the handle
    void* m_handle = nullptr; // CURL*
    mutable std::mutex m_mutex; // guards m_breaker and m_format
    CircuitBreaker m_breaker;
    int m_format = 0; // 0 json_schema, 1 json_object, 2 instructions only (the server refused the others)
};

QString nameOf(OpenAiCompatibleModel::Failure failure);

} // namespace gd::core
