#include "core/net/ProviderConnector.h"

#include "core/Text.h"
#include "core/net/CurlTransfer.h"
#include "core/prospects/ProspectImporter.h"
#include "core/secrets/SecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <curl/curl.h>
#include <thread>
#include <utility>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcProvider, "greendoor.core.provider", QtInfoMsg)

using Ms = std::chrono::milliseconds;

QString seconds(Ms duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0, 'f', duration.count() % 1000 ? 1 : 0);
}

bool isLoopback(const QString& host)
{
    return host == u"127.0.0.1" || host == u"::1" || host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

// ---- one HTTP POST through libcurl ------------------------------------------------------------

using Response = curl::ApiResponse;

Response post(const QUrl& url, const QByteArray& body, const QByteArray& keyHeader, const ProviderOptions& options,
    const std::atomic<bool>* cancel)
{
    CURL* curl = curl_easy_init();
    curl::ApiRequest request;
    request.url = url.toEncoded();
    request.body = &body;
    request.headers = { QByteArrayLiteral("Cache-Control: no-cache"), keyHeader };
    request.totalTimeoutMs = options.totalTimeout.count();
    request.connectTimeoutMs = options.connectTimeout.count();
    request.userAgent = options.userAgent;
    request.maxBodyBytes = options.maxBodyBytes;
    request.cancel = cancel;
    Response response = curl::performApi(curl, request);
    if (curl)
        curl_easy_cleanup(curl);
    return response;
}

// ---- parsing ------------------------------------------------------------------------------------

QString text(const QJsonObject& object, QLatin1String key)
{
    const QJsonValue v = object.value(key);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

int number(const QJsonValue& v, int fallback)
{
    if (v.isDouble())
        return static_cast<int>(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

const QRegularExpression& emailSyntax()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$)"));
    return re;
}

ProviderProspect parsePerson(const QJsonObject& p)
{
    ProviderProspect out;
    out.providerId = text(p, QLatin1String("id"));
    out.firstName = text(p, QLatin1String("first_name"));
    out.lastName = text(p, QLatin1String("last_name"));
    out.fullName = text(p, QLatin1String("name")).simplified();
    if (out.fullName.isEmpty())
        out.fullName = QString(out.firstName + QLatin1Char(' ') + out.lastName).simplified();
    if (out.firstName.isEmpty() && out.lastName.isEmpty() && !out.fullName.isEmpty()) {
        out.firstName = out.fullName.section(QLatin1Char(' '), 0, 0);
        out.lastName = out.fullName.section(QLatin1Char(' '), 1);
    }
    out.title = text(p, QLatin1String("title")).simplified();

    // Apollo answers a withheld address with a placeholder such as "email_not_unlocked@domain.com".
    const QString email = text(p, QLatin1String("email")).toLower();
    if (emailSyntax().match(email).hasMatch() && !email.startsWith(QLatin1String("email_not_unlocked@")))
        out.email = email;

    out.linkedinUrl = text(p, QLatin1String("linkedin_url"));
    out.city = text(p, QLatin1String("city"));
    const QString country = text(p, QLatin1String("country"));
    out.country = country.isEmpty() ? QString() : ProspectImporter::countryCode(country);

    const QJsonObject org = p.value(QLatin1String("organization")).toObject();
    out.company = text(org, QLatin1String("name")).simplified();
    out.website = text(org, QLatin1String("website_url"));
    out.industry = text(org, QLatin1String("industry"));
    const QJsonValue employees = org.value(QLatin1String("estimated_num_employees"));
    if (employees.isDouble())
        out.employees = static_cast<int>(employees.toDouble());
    else if (employees.isString())
        out.employees = ProspectImporter::parseEmployees(employees.toString());

    out.domain = ProspectImporter::normaliseDomain(text(org, QLatin1String("primary_domain")));
    if (out.domain.isEmpty())
        out.domain = ProspectImporter::normaliseDomain(out.website);
    if (out.domain.isEmpty() && !out.email.isEmpty()) {
        const QString emailDomain = out.email.section(QLatin1Char('@'), 1);
        if (!ProspectImporter::isFreeMailDomain(emailDomain))
            out.domain = emailDomain;
    }
    if (out.fullName.isEmpty() && !out.email.isEmpty())
        out.fullName = out.email.section(QLatin1Char('@'), 0, 0);
    return out;
}

// A short, single-line error text from a provider's JSON error body, if it has one.
QString providerErrorText(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString message;
    for (const char* key : { "error", "message", "error_message" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString()) {
            message = v.toString().simplified();
            break;
        }
    }
    if (message.size() > 200)
        message = message.left(200) + QStringLiteral("…");
    return message;
}

// What a failed answer means: whether it tells something about the provider's health (counts
// towards opening the circuit), whether trying again may help, and the words for the operator.
struct Failure
{
    bool unhealthy = false;
    bool retry = false;
    ProviderError error = ProviderError::None;
    QString message;
};

Failure classifyFailure(const Response& response, const QString& parseError, const ProviderOptions& options)
{
    const QString& name = options.displayName;
    const QString shownStatus = QString::number(response.status);
    if (response.tooLarge)
        return {
            true, false, ProviderError::BadResponse,
            tr("%1 sent an answer larger than %2 MB").arg(name, QString::number(options.maxBodyBytes / (1024 * 1024)))
        };
    if (response.code == CURLE_OPERATION_TIMEDOUT)
        return { true, true, ProviderError::Timeout,
            tr("%1 did not answer within %2 s").arg(name, seconds(options.totalTimeout)) };
    if (response.code != CURLE_OK)
        return { true, true, ProviderError::Network, tr("Could not reach %1 (%2)").arg(name, response.detail) };
    if (response.status >= 200 && response.status <= 299)
        return { true, false, ProviderError::BadResponse,
            tr("%1 sent an answer GreenDoor cannot read: %2").arg(name, parseError) };
    if (response.status == 429)
        return { false, true, ProviderError::RateLimited, tr("%1 answered HTTP 429 (too many requests)").arg(name) };
    if (response.status >= 500 && response.status != 501 && response.status != 505)
        return { true, true, ProviderError::HttpStatus,
            tr("%1 answered HTTP %2 (server error)").arg(name, shownStatus) };
    if (response.status == 401 || response.status == 403)
        return { false, false, ProviderError::Rejected,
            tr("%1 refused the API key (HTTP %2). Check the key and the plan's API access under "
               "Settings → Data providers.")
                .arg(name, shownStatus) };
    if (response.status >= 300 && response.status <= 399)
        return { false, false, ProviderError::HttpStatus,
            tr("%1 answered with a redirect (HTTP %2), which GreenDoor does not follow with an API "
               "key: check the provider's address")
                .arg(name, shownStatus) };
    const QString why = providerErrorText(response.body);
    return { false, false, ProviderError::HttpStatus,
        why.isEmpty() ? tr("%1 answered HTTP %2").arg(name, shownStatus)
                      : tr("%1 answered HTTP %2: %3").arg(name, shownStatus, why) };
}

// Exponential backoff with full jitter: uniform in [0, min(max, base * 2^(attempt-1))).
Ms backoffDelay(int attempt, const ProviderOptions& options)
{
    const double ceiling = std::min(static_cast<double>(options.backoffMax.count()),
        static_cast<double>(options.backoffBase.count()) * std::pow(2.0, attempt - 1));
    return Ms(static_cast<qint64>(options.clock.random() * ceiling));
}

} // namespace

// ---- names ----------------------------------------------------------------------------------------

QString nameOf(CircuitBreaker::State state)
{
    switch (state) {
    case CircuitBreaker::State::Closed:
        return QStringLiteral("closed");
    case CircuitBreaker::State::Open:
        return QStringLiteral("open");
    case CircuitBreaker::State::HalfOpen:
        return QStringLiteral("half_open");
    }
    return {};
}

QString nameOf(ProviderError error)
{
    static const char* const names[] = { "none", "invalid_query", "invalid_configuration", "no_api_key",
        "secrets_unavailable", "not_authorized", "circuit_open", "rate_limited", "network", "timeout", "rejected",
        "http_status", "bad_response", "cancelled" };
    return QString::fromLatin1(names[static_cast<int>(error)]);
}

// ---- token bucket -----------------------------------------------------------------------------------

TokenBucket::TokenBucket(int requests, Ms per, int burst)
{
    if (requests <= 0 || per.count() <= 0) {
        m_unlimited = true;
        return;
    }
    m_capacity = std::max(1, burst);
    m_perMs = static_cast<double>(per.count()) / static_cast<double>(requests); // here: milliseconds per token
    m_tokens = m_capacity;
}

Ms TokenBucket::reserve(Ms now)
{
    Ms wait { 0 };
    if (!m_unlimited) {
        if (!m_started) {
            m_started = true;
            m_last = now;
        }
        if (now > m_last) {
            m_tokens = std::min(m_capacity, m_tokens + static_cast<double>((now - m_last).count()) / m_perMs);
            m_last = now;
        }
        m_tokens -= 1;
        if (m_tokens < 0)
            wait = Ms(static_cast<qint64>(std::ceil(-m_tokens * m_perMs - 1e-6)));
    }
    if (m_holdUntil > now)
        wait = std::max(wait, m_holdUntil - now);
    return wait;
}

void TokenBucket::refund()
{
    if (!m_unlimited)
        m_tokens = std::min(m_capacity, m_tokens + 1);
}

void TokenBucket::holdUntil(Ms until)
{
    m_holdUntil = std::max(m_holdUntil, until);
}

Ms TokenBucket::heldFor(Ms now) const
{
    return std::max(Ms(0), m_holdUntil - now);
}

// ---- circuit breaker ----------------------------------------------------------------------------------

CircuitBreaker::CircuitBreaker(int failureThreshold, Ms coolDown)
    : m_threshold(std::max(1, failureThreshold))
    , m_coolDown(coolDown)
{
}

CircuitBreaker::State CircuitBreaker::state(Ms now) const
{
    if (m_state == State::Open && now - m_openedAt >= m_coolDown)
        return State::HalfOpen;
    return m_state;
}

bool CircuitBreaker::wouldAllow(Ms now) const
{
    switch (state(now)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        return m_state == State::Open || !m_trialInFlight;
    }
    return false;
}

CircuitBreaker::Permit CircuitBreaker::acquire(Ms now)
{
    if (!wouldAllow(now))
        return Permit::Denied;
    if (state(now) == State::HalfOpen) {
        m_state = State::HalfOpen;
        m_trialInFlight = true;
        return Permit::Trial;
    }
    return Permit::Granted;
}

Ms CircuitBreaker::remainingCoolDown(Ms now) const
{
    if (m_state != State::Open)
        return Ms(0);
    return std::max(Ms(0), m_coolDown - (now - m_openedAt));
}

void CircuitBreaker::onSuccess()
{
    m_state = State::Closed;
    m_failures = 0;
    m_trialInFlight = false;
}

void CircuitBreaker::onFailure(Ms now)
{
    ++m_failures;
    if (m_state == State::HalfOpen || m_failures >= m_threshold) {
        m_state = State::Open;
        m_openedAt = now;
    }
    m_trialInFlight = false;
}

void CircuitBreaker::onNeutral(Permit permit)
{
    if (permit == Permit::Trial)
        m_trialInFlight = false;
}

// ---- the connector --------------------------------------------------------------------------------------

ProviderConnector::ProviderConnector(SecretStore& secrets, ProviderOptions options)
    : m_secrets(secrets)
    , m_options(std::move(options))
    , m_bucket(m_options.rateRequests, m_options.ratePer, m_options.rateBurst)
    , m_breaker(m_options.failureThreshold, m_options.coolDown)
{
    m_options.clock = m_options.clock.withDefaults();
    curl::initOnce();
}

ProviderConnector::~ProviderConnector() = default;

CircuitBreaker::State ProviderConnector::circuitState() const
{
    const std::lock_guard lock(m_mutex);
    return m_breaker.state(m_options.clock.now());
}

QByteArray ProviderConnector::requestBody(const PeopleSearchQuery& query)
{
    QJsonObject body;
    if (!query.organizationDomains.isEmpty())
        body.insert(QLatin1String("q_organization_domains"), query.organizationDomains.join(QLatin1Char('\n')));
    if (!query.personTitles.isEmpty())
        body.insert(QLatin1String("person_titles"), QJsonArray::fromStringList(query.personTitles));
    body.insert(QLatin1String("page"), query.page);
    body.insert(QLatin1String("per_page"), query.perPage);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool ProviderConnector::parseResponse(const QByteArray& json, PeopleSearchResult& result, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the answer is not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("the answer is not a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonValue people = root.value(QLatin1String("people"));
    if (!people.isArray()) {
        *error = tr("the answer has no \"people\" list");
        return false;
    }
    result.people.clear();
    result.skipped = 0;
    const QJsonArray list = people.toArray();
    for (const QJsonValue& entry : list) {
        if (!entry.isObject()) {
            ++result.skipped;
            continue;
        }
        ProviderProspect person = parsePerson(entry.toObject());
        if (person.fullName.isEmpty() && person.email.isEmpty()) {
            ++result.skipped;
            continue;
        }
        result.people.append(std::move(person));
    }
    const QJsonObject pagination = root.value(QLatin1String("pagination")).toObject();
    result.pagination.page = number(pagination.value(QLatin1String("page")), 0);
    result.pagination.perPage = number(pagination.value(QLatin1String("per_page")), 0);
    result.pagination.totalEntries = number(pagination.value(QLatin1String("total_entries")), 0);
    result.pagination.totalPages = number(pagination.value(QLatin1String("total_pages")), 0);
    return true;
}

std::optional<Ms> ProviderConnector::parseRetryAfter(const QByteArray& value, const QDateTime& nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong secs = v.toLongLong(&isNumber);
    if (isNumber)
        return secs < 0 ? std::nullopt : std::optional<Ms>(Ms(std::min<qlonglong>(secs, 365LL * 24 * 3600) * 1000));
    // An HTTP-date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString s = QString::fromLatin1(v);
    QDateTime at = QDateTime::fromString(s, Qt::RFC2822Date);
    if (!at.isValid()) {
        const QDateTime local = QLocale::c().toDateTime(s, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        at = QDateTime(local.date(), local.time(), QTimeZone::utc());
    }
    if (!at.isValid())
        return std::nullopt;
    return Ms(std::max<qint64>(0, nowUtc.msecsTo(at)));
}

QString ProviderConnector::circuitMessage(Ms remaining) const
{
    const QString& name = m_options.displayName;
    return remaining.count() > 0
        ? tr("%1 has failed %2 times in a row, so GreenDoor sends it no requests for another %3 s")
              .arg(name, QString::number(m_options.failureThreshold), seconds(remaining))
        : tr("%1 has failed %2 times in a row; a trial request is under way, try again shortly")
              .arg(name, QString::number(m_options.failureThreshold));
}

std::optional<ProviderConnector::Refusal> ProviderConnector::checkQuery(const PeopleSearchQuery& query, const QUrl& url)
{
    const QString& name = m_options.displayName;
    if (query.organizationDomains.isEmpty() && query.personTitles.isEmpty())
        return Refusal { ProviderError::InvalidQuery,
            tr("Say which companies (domains) or which job titles to look for") };
    if (query.page < 1 || query.page > 500)
        return Refusal { ProviderError::InvalidQuery, tr("The page must be between 1 and 500") };
    if (query.perPage < 1 || query.perPage > 100)
        return Refusal { ProviderError::InvalidQuery, tr("Between 1 and 100 people per page can be asked for") };
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || !(scheme == u"https" || (scheme == u"http" && isLoopback(url.host())))) {
        return Refusal { ProviderError::InvalidConfiguration,
            tr("The address of %1 must start with https:// (the API key must not travel unencrypted): %2")
                .arg(name, url.toDisplayString()) };
    }
    const std::lock_guard lock(m_mutex);
    const Ms now = m_options.clock.now();
    if (!m_breaker.wouldAllow(now))
        return Refusal { ProviderError::CircuitOpen, circuitMessage(m_breaker.remainingCoolDown(now)) };
    // The provider asked earlier (Retry-After) for a longer pause than a search may wait.
    if (const Ms held = m_bucket.heldFor(now); held > m_options.maxRetryAfter)
        return Refusal { ProviderError::RateLimited,
            tr("%1 asked GreenDoor to pause; try again in %2 s").arg(name, seconds(held)) };
    return std::nullopt;
}

std::optional<ProviderConnector::Refusal> ProviderConnector::readApiKey(
    QString* apiKey, const std::atomic<bool>* cancel)
{
    const QString& name = m_options.displayName;
    const SecretStore::Result secret
        = SecretStore::readBlocking(m_secrets, m_options.apiKeySecret, cancel, m_options.secretTimeout);
    if (cancel && cancel->load())
        return Refusal { ProviderError::Cancelled, tr("Cancelled") };
    if (!secret.ok && secret.status != SecretStore::Result::NotFound)
        return Refusal { ProviderError::SecretsUnavailable,
            tr("The %1 API key could not be read: %2").arg(name, secret.error) };
    *apiKey = secret.secret.trimmed();
    if (!secret.ok || apiKey->isEmpty())
        return Refusal { ProviderError::NoApiKey,
            tr("No API key for %1 is set. Add it under Settings → Data providers.").arg(name) };
    if (apiKey->contains(QLatin1Char('\r')) || apiKey->contains(QLatin1Char('\n')))
        return Refusal { ProviderError::NoApiKey,
            tr("The stored API key for %1 is not valid (it contains a line break). Enter it again under Settings → "
               "Data providers.")
                .arg(name) };
    return std::nullopt;
}

PeopleSearchResult ProviderConnector::search(
    const PeopleSearchQuery& query, const Authorize& authorize, const std::atomic<bool>* cancel)
{
    PeopleSearchResult result;
    const ProviderClock& clock = m_options.clock;
    const QString& name = m_options.displayName;
    QString apiKey; // scrubbed from every message before it leaves
    const auto finish = [&](ProviderError error, QString message) -> PeopleSearchResult {
        result.ok = false;
        result.error = error;
        if (!apiKey.isEmpty())
            message.replace(apiKey, QStringLiteral("[redacted]"));
        result.errorMessage = std::move(message);
        // Refusals that are working as intended are info; failures are warnings.
        const bool expected = error == ProviderError::Cancelled || error == ProviderError::NotAuthorized
            || error == ProviderError::CircuitOpen || error == ProviderError::InvalidQuery;
        if (expected)
            qCInfo(lcProvider).noquote() << m_options.provider << "search ended:" << nameOf(error) << "after"
                                         << result.requests << "requests";
        else
            qCWarning(lcProvider).noquote() << m_options.provider << "search failed:" << nameOf(error) << "HTTP"
                                            << result.httpStatus << "after" << result.requests << "requests";
        return result;
    };
    const auto cancelled = [cancel] { return cancel && cancel->load(); };

    if (cancelled())
        return finish(ProviderError::Cancelled, tr("Cancelled"));

    const QUrl url = m_options.baseUrl.resolved(QUrl(m_options.searchPath));
    if (const auto refused = checkQuery(query, url))
        return finish(refused->first, refused->second);
    if (const auto refused = readApiKey(&apiKey, cancel))
        return finish(refused->first, refused->second);
    const QByteArray keyHeader = QByteArrayLiteral("X-Api-Key: ") + apiKey.toUtf8();

    // The spend: the caller's decision, never ours.
    const int credits = std::max(0, m_options.creditsPerSearch);
    const double eur = credits * m_options.eurPerCredit;
    if (credits > 0) {
        const bool authorized = authorize && authorize(credits, eur);
        if (!authorized) {
            qCInfo(lcProvider).noquote() << m_options.provider << "search not authorized:" << credits << "credits"
                                         << eur << "EUR";
            return finish(ProviderError::NotAuthorized,
                tr("Not authorized: spending %1 credits (%2 EUR) with %3 was not approved, so no search was made")
                    .arg(QString::number(credits), QString::number(eur, 'f', 2), name));
        }
    }

    qCInfo(lcProvider).noquote() << m_options.provider << "people search:" << query.organizationDomains.size()
                                 << "domains," << query.personTitles.size() << "titles, page" << query.page << "with"
                                 << query.perPage << "per page";
    const QByteArray body = requestBody(query);
    const int maxAttempts = std::max(1, m_options.maxAttempts);
    for (int attempt = 1;; ++attempt) {
        if (cancelled())
            return finish(ProviderError::Cancelled, tr("Cancelled"));
        Ms wait { 0 };
        CircuitBreaker::Permit permit = CircuitBreaker::Permit::Denied;
        {
            const std::lock_guard lock(m_mutex);
            const Ms now = clock.now();
            permit = m_breaker.acquire(now);
            if (permit == CircuitBreaker::Permit::Denied) {
                QString message = circuitMessage(m_breaker.remainingCoolDown(now));
                if (!result.errorMessage.isEmpty())
                    message = tr("%1. Last error: %2").arg(message, result.errorMessage);
                return finish(ProviderError::CircuitOpen, message);
            }
            wait = m_bucket.reserve(now);
        }
        if (wait.count() > 0) {
            result.pauses.append({ ProviderPause::Reason::RateLimit, wait });
            qCDebug(lcProvider).noquote() << m_options.provider << "rate limit: waiting" << wait.count() << "ms";
            if (!clock.sleep(wait, cancel)) {
                const std::lock_guard lock(m_mutex);
                m_bucket.refund();
                m_breaker.onNeutral(permit);
                return finish(ProviderError::Cancelled, tr("Cancelled"));
            }
        }

        ++result.requests;
        qCDebug(lcProvider).noquote() << m_options.provider << "POST" << url.toDisplayString() << "attempt" << attempt;
        const Response response = post(url, body, keyHeader, m_options, cancel);
        result.httpStatus = response.status;

        if (response.cancelled) {
            const std::lock_guard lock(m_mutex);
            m_breaker.onNeutral(permit);
            return finish(ProviderError::Cancelled, tr("Cancelled"));
        }
        QString parseError;
        if (response.code == CURLE_OK && !response.tooLarge && response.status >= 200 && response.status <= 299) {
            if (parseResponse(response.body, result, &parseError)) {
                {
                    const std::lock_guard lock(m_mutex);
                    m_breaker.onSuccess();
                }
                result.ok = true;
                result.error = ProviderError::None;
                result.errorMessage.clear();
                result.creditsSpent = credits;
                result.eurSpent = eur;
                qCInfo(lcProvider).noquote()
                    << m_options.provider << "people search answered:" << result.people.size() << "people,"
                    << result.skipped << "skipped, page" << result.pagination.page << "of"
                    << result.pagination.totalPages << "after" << result.requests << "requests";
                return result;
            }
        }
        const Failure failure = classifyFailure(response, parseError, m_options);
        const bool unhealthy = failure.unhealthy;
        const bool retry = failure.retry;
        const ProviderError error = failure.error;
        const QString& message = failure.message;

        std::optional<Ms> retryAfter;
        if (retry && !response.retryAfter.isEmpty())
            retryAfter = parseRetryAfter(response.retryAfter);
        const Ms now = clock.now();
        bool circuitOpened = false;
        {
            const std::lock_guard lock(m_mutex);
            if (unhealthy)
                m_breaker.onFailure(now);
            else
                m_breaker.onNeutral(permit);
            circuitOpened = m_breaker.state(now) == CircuitBreaker::State::Open;
            if (retryAfter)
                m_bucket.holdUntil(now + *retryAfter); // every search waits, on every thread, retry or not
        }
        result.errorMessage = message; // the last error, should the next attempt not happen
        if (!retry)
            return finish(error, message);
        if (attempt >= maxAttempts) {
            return finish(error,
                maxAttempts > 1 ? tr("%1 (gave up after %2 attempts)").arg(message, QString::number(maxAttempts))
                                : message);
        }
        if (circuitOpened) { // this failure opened the circuit: waiting to retry would be in vain
            return finish(
                ProviderError::CircuitOpen, tr("%1. Last error: %2").arg(circuitMessage(m_options.coolDown), message));
        }

        if (retryAfter && *retryAfter > m_options.maxRetryAfter) {
            return finish(ProviderError::RateLimited,
                tr("%1 asks to wait %2 s before the next request; try again later").arg(name, seconds(*retryAfter)));
        }
        const ProviderPause::Reason reason
            = retryAfter ? ProviderPause::Reason::RetryAfter : ProviderPause::Reason::Backoff;
        const Ms delay = retryAfter ? *retryAfter : backoffDelay(attempt, m_options);
        qCInfo(lcProvider).noquote() << m_options.provider << "attempt" << attempt << "failed:" << nameOf(error)
                                     << "HTTP" << response.status << "- retrying in" << delay.count() << "ms"
                                     << (retryAfter ? "(Retry-After)" : "(backoff)");
        if (delay.count() > 0) {
            result.pauses.append({ reason, delay });
            if (!clock.sleep(delay, cancel))
                return finish(ProviderError::Cancelled, tr("Cancelled"));
        }
    }
}

ProviderClock ProviderClock::withDefaults() const
{
    ProviderClock clock = *this;
    if (!clock.now) {
        clock.now = [] { return std::chrono::duration_cast<Ms>(std::chrono::steady_clock::now().time_since_epoch()); };
    }
    if (!clock.sleep) {
        clock.sleep = [](Ms duration, const std::atomic<bool>* cancel) {
            const auto end = std::chrono::steady_clock::now() + duration;
            for (;;) {
                if (cancel && cancel->load())
                    return false;
                const auto left = end - std::chrono::steady_clock::now();
                if (left <= std::chrono::steady_clock::duration::zero())
                    return true;
                std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(left, Ms(50)));
            }
        };
    }
    if (!clock.random)
        clock.random = [] { return QRandomGenerator::global()->generateDouble(); };
    return clock;
}

} // namespace gd::core
