#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace gd::core {

class SecretStore;

// Time, waiting and chance, injectable so that tests neither sleep nor guess. Empty members
// mean the system's: a steady clock, a sleep that wakes for cancellation, QRandomGenerator.
struct ProviderClock
{
    using Ms = std::chrono::milliseconds;

    std::function<Ms()> now; // monotonic
    std::function<bool(Ms duration, const std::atomic<bool>* cancel)> sleep; // false: cancelled
    std::function<double()> random; // uniform in [0, 1)

    // This clock with the steady clock, a cancellable sleep and the global generator for what
    // it leaves unset.
    ProviderClock withDefaults() const;
};

// A token bucket: up to `burst` requests at once, refilled at `requests` per `per`. With a burst
// of 1 no window of length `per` holds more than `requests` requests. Not thread-safe.
class TokenBucket final
{
public:
    using Ms = std::chrono::milliseconds;

    TokenBucket(int requests, Ms per, int burst); // requests <= 0: no limit

    // Takes a token and says how long to wait before using it (0: now). Tokens are reserved ahead,
    // so callers waiting at the same time are spaced out too.
    Ms reserve(Ms now);
    // Gives back a reserved token that was not used (the caller was cancelled while waiting).
    void refund();
    // Nobody goes before `until` (the server said Retry-After).
    void holdUntil(Ms until);
    Ms heldFor(Ms now) const; // how long the hold still lasts

private:
    bool m_unlimited = false;
    double m_capacity = 1;
    double m_perMs = 0; // tokens per millisecond
    double m_tokens = 0;
    Ms m_last { 0 };
    bool m_started = false;
    Ms m_holdUntil { 0 };
};

// Closed -> open after `failureThreshold` consecutive failures -> half-open once `coolDown` has
// passed (one trial request at a time) -> closed on a success, open again on a failure.
// Not thread-safe.
class CircuitBreaker final
{
public:
    using Ms = std::chrono::milliseconds;
    enum class State
    {
        Closed,
        Open,
        HalfOpen
    };

    CircuitBreaker(int failureThreshold, Ms coolDown);

    enum class Permit
    {
        Denied,
        Granted,
        Trial // granted as the half-open trial
    };

    State state(Ms now) const; // an open circuit whose cool-down has passed reports HalfOpen
    bool wouldAllow(Ms now) const; // acquire() would grant, without taking anything
    Permit acquire(Ms now); // may a request go now? Half-open, the one trial slot is taken.
    Ms remainingCoolDown(Ms now) const; // open: how long until the trial; 0 otherwise
    int consecutiveFailures() const { return m_failures; }

    void onSuccess();
    void onFailure(Ms now);
    // The request said nothing about health (429, a 4xx, cancelled): a trial slot is freed.
    void onNeutral(Permit permit);

private:
    int m_threshold;
    Ms m_coolDown;
    State m_state = State::Closed;
    int m_failures = 0;
    Ms m_openedAt { 0 };
    bool m_trialInFlight = false;
};

QString nameOf(CircuitBreaker::State state);

// What to look for: Apollo's people search filters (legacy /v1/mixed_people/search).
struct PeopleSearchQuery
{
    QStringList organizationDomains; // q_organization_domains (sent one per line, as Apollo documents it)
    QStringList personTitles; // person_titles
    int page = 1; // 1..500
    int perPage = 25; // 1..100
};

// One person found, normalised as ProspectImporter normalises a CSV row. A plain value: the
// caller decides what to store.
struct ProviderProspect
{
    QString providerId; // the provider's id of the person, when given
    QString firstName;
    QString lastName;
    QString fullName;
    QString title;
    QString email; // lower case; empty when the provider withholds it ("email_not_unlocked@...")
    QString linkedinUrl;
    QString city;
    QString country; // ISO code when known (ProspectImporter::countryCode), else as given
    QString company;
    QString website;
    QString domain; // primary_domain, else from website_url, else from a business email
    QString industry;
    int employees = -1; // -1: unknown
};

struct ProviderPagination
{
    int page = 0;
    int perPage = 0;
    int totalEntries = 0;
    int totalPages = 0;
};

enum class ProviderError
{
    None,
    InvalidQuery,
    InvalidConfiguration, // e.g. an http:// base URL to a remote host (the key would travel in clear)
    NoApiKey,
    SecretsUnavailable,
    NotAuthorized, // the spend was not authorized: no request was made
    CircuitOpen,
    RateLimited, // the provider asked to wait longer than we may
    Network,
    Timeout,
    Rejected, // 401/403: the key is wrong or lacks access
    HttpStatus,
    BadResponse, // not the documented JSON
    Cancelled,
};

QString nameOf(ProviderError error);

// A wait before a request.
struct ProviderPause
{
    enum class Reason
    {
        RateLimit,
        Backoff,
        RetryAfter
    };
    Reason reason = Reason::RateLimit;
    std::chrono::milliseconds duration { 0 };
};

struct PeopleSearchResult
{
    bool ok = false;
    ProviderError error = ProviderError::None;
    QString errorMessage; // for people; never contains the key or response bodies
    int httpStatus = 0; // of the last response; 0 when none arrived
    int requests = 0; // HTTP requests sent
    int creditsSpent = 0; // credits the provider charged: creditsPerSearch after a successful answer
    double eurSpent = 0;
    QList<ProviderPause> pauses;
    QList<ProviderProspect> people;
    int skipped = 0; // entries without a name or an email
    ProviderPagination pagination;
};

struct ProviderOptions
{
    QString provider = QStringLiteral("apollo"); // for logs
    QString displayName = QStringLiteral("Apollo"); // for messages
    QUrl baseUrl = QUrl(QStringLiteral("https://api.apollo.io"));
    QString searchPath = QStringLiteral("/v1/mixed_people/search");
    QString apiKeySecret = QStringLiteral("provider/apollo/api_key"); // the SecretStore key

    // What one search costs; the price depends on the user's plan (settings sets it). With 0
    // credits the search is free and no authorization is asked.
    int creditsPerSearch = 1;
    double eurPerCredit = 0.0;

    // Rate limit (the seed: 1000 requests/hour).
    int rateRequests = 1000;
    std::chrono::milliseconds ratePer = std::chrono::hours(1);
    int rateBurst = 1;

    // Retries on 429, 5xx and network errors: exponential backoff with full jitter, or exactly
    // what Retry-After asks for (up to maxRetryAfter; a longer wait gives up with RateLimited).
    int maxAttempts = 4;
    std::chrono::milliseconds backoffBase = std::chrono::seconds(1);
    std::chrono::milliseconds backoffMax = std::chrono::seconds(60);
    std::chrono::milliseconds maxRetryAfter = std::chrono::minutes(2);

    // Circuit breaker (the seed: 5 failures, 300 s).
    int failureThreshold = 5;
    std::chrono::milliseconds coolDown = std::chrono::minutes(5);

    std::chrono::milliseconds totalTimeout = std::chrono::seconds(30); // one request
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    std::chrono::milliseconds secretTimeout = std::chrono::seconds(60); // waiting for the keychain
    QByteArray userAgent = QByteArrayLiteral("GreenDoor/0.1 (+https://greendoor.example.org/bot)");

    ProviderClock clock;
};

// A data provider's people search over REST (Apollo's shape), for worker threads: search() blocks.
//
//  - The API key comes from the SecretStore for every search (never cached, never logged) and
//    travels only in the X-Api-Key header, only over https (plain http only to loopback, for
//    tests); redirects are not followed, so the key never reaches another host.
//  - Spending is not the connector's call: before a request that costs credits it asks
//    `authorize(credits, eur)` (the caller wires it to a provider.spend decision). Without an
//    authorizer, or when it says no, nothing is sent. One authorization covers the retries of a
//    search: failed requests are not charged.
//  - Rate limit, retries and circuit breaker as in ProviderOptions; their state is shared by every
//    thread using this connector.
//  - It returns what it found and writes nothing to the workspace.
//
// Thread-safe. The SecretStore must outlive the connector and must not live on the thread that
// calls search() (see SecretStore::readBlocking).
class ProviderConnector final
{
public:
    using Authorize = std::function<bool(int credits, double eur)>;

    explicit ProviderConnector(SecretStore& secrets, ProviderOptions options = {});
    ~ProviderConnector();
    ProviderConnector(const ProviderConnector&) = delete;
    ProviderConnector& operator=(const ProviderConnector&) = delete;

    PeopleSearchResult search(
        const PeopleSearchQuery& query, const Authorize& authorize, const std::atomic<bool>* cancel = nullptr);

    CircuitBreaker::State circuitState() const;
    const ProviderOptions& options() const { return m_options; }

    // The request body for a query (JSON).
    static QByteArray requestBody(const PeopleSearchQuery& query);
    // Reads a people search answer into result (people, skipped, pagination). False, with a
    // message, when it is not the documented shape.
    static bool parseResponse(const QByteArray& json, PeopleSearchResult& result, QString* error);
    // Retry-After: delay-seconds or an HTTP-date; nullopt when unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray& value, const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());

private:
    using Refusal = std::pair<ProviderError, QString>;
    // The steps of a search before anything costs money: the question and the address, the
    // circuit and a pause the provider asked for; then the API key (read for this search only).
    std::optional<Refusal> checkQuery(const PeopleSearchQuery& query, const QUrl& url);
    std::optional<Refusal> readApiKey(QString* apiKey, const std::atomic<bool>* cancel);
    QString circuitMessage(std::chrono::milliseconds remaining) const;

    SecretStore& m_secrets;
    ProviderOptions m_options;
    mutable std::mutex m_mutex; // guards m_bucket and m_breaker
    TokenBucket m_bucket;
    CircuitBreaker m_breaker;
};

} // namespace gd::core
