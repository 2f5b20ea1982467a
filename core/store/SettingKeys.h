#pragma once

#include <QLatin1StringView>

// The keys of the workspace's `meta` table (per-workspace settings and markers), in one place.
// Read and write them with Workspace::meta()/setMeta() (or the store that owns them); never
// spell a key inline.
namespace gd::core::keys {

// "1" while the operator has paused all autonomy (the executor holds every effect).
inline constexpr QLatin1StringView AutonomyPaused { "autonomy_paused" };
// ISO time the workspace file was created.
inline constexpr QLatin1StringView CreatedAt { "created_at" };
// Display name of the workspace; "1" marks a demo workspace.
inline constexpr QLatin1StringView WorkspaceName { "workspace_name" };
inline constexpr QLatin1StringView Demo { "demo" };
// Sender identity used for outgoing mail until mailboxes are configured.
inline constexpr QLatin1StringView Sender { "sender" };
inline constexpr QLatin1StringView SenderName { "sender_name" };
// GDPR lawful basis for contacting prospects (e.g. "legitimate_interest").
inline constexpr QLatin1StringView LawfulBasis { "lawful_basis" };
// Data provider (Apollo-style) settings.
inline constexpr QLatin1StringView ProviderApolloBaseUrl { "provider:apollo:base_url" };
inline constexpr QLatin1StringView ProviderApolloEurPerCredit { "provider:apollo:eur_per_credit" };
// The language model (core/ai): an OpenAI-compatible server's base URL and model name, prices in
// EUR per million input/output tokens, and "on"/"off" for sending prospect data to it (unset: on
// only for a loopback address). The API key is in the keychain, never here.
inline constexpr QLatin1StringView ModelUrl { "model:url" };
inline constexpr QLatin1StringView ModelName { "model:name" };
inline constexpr QLatin1StringView ModelPriceIn { "model:price_in" };
inline constexpr QLatin1StringView ModelPriceOut { "model:price_out" };
inline constexpr QLatin1StringView ModelSendProspectData { "model:send_prospect_data" };
// The language model's budget: EUR one provider.spend decision authorizes for paid model calls
// (calls draw on it until it is used up; then the next budget is proposed). Unset: 5.
inline constexpr QLatin1StringView ModelBudget { "model:budget_eur" };
// Caps and budgets set through limits.change decisions: "limit:<name>" (e.g. limit:daily_emails).
inline constexpr QLatin1StringView LimitPrefix { "limit:" };
// Win probability per deal stage as JSON ({"proposal": 0.5}); stages not named keep their default.
inline constexpr QLatin1StringView DealStageProbabilities { "deals:stage_probabilities" };
// Sending: emails per recipient domain per rolling 24 hours, over all mailboxes (0: no cap).
inline constexpr QLatin1StringView SendDomainDailyCap { "send:domain_daily_cap" };
// Sending: the user's IANA time zone, for recipients whose zone is unknown (empty: the system's).
inline constexpr QLatin1StringView UserTimeZone { "user_time_zone" };

// Conversations: how often `run` (and the console) polls the mailboxes for replies, in seconds
// (default 30); the largest message stored whole, in bytes (default 10 MiB; a larger one is noted
// by its headers only).
inline constexpr QLatin1StringView MailSyncSeconds { "mail:sync_seconds" };
inline constexpr QLatin1StringView MailMaxMessageBytes { "mail:max_message_bytes" };
// The operator's working hours, for proposing meeting times: "09:00-17:00", ISO weekdays
// "1,2,3,4,5", an IANA time zone ("Europe/Berlin"; default the system's) and the meeting length
// in minutes (default 30).
inline constexpr QLatin1StringView WorkingHours { "working_hours" };
inline constexpr QLatin1StringView WorkingDays { "working_days" };
inline constexpr QLatin1StringView TimeZone { "time_zone" };
inline constexpr QLatin1StringView MeetingMinutes { "meeting_minutes" };

} // namespace gd::core::keys
