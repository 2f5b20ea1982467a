#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace gd::core {

class ProviderConnector;
class Workspace;
struct RiskContext;

// Why an action cannot be (or could not be) carried out. Control flow looks at the code, the
// operator reads the message.
struct EffectError
{
    enum class Code
    {
        MissingField, // the action lacks a field its effect needs
        InvalidField, // a field is malformed or out of range
        TargetNotFound, // what the action is about does not exist in the workspace
        TooLarge, // the action is larger than the engine accepts
        Unavailable, // something the effect needs is not there (no keychain): permanent
        WriteFailed, // a file or the workspace could not be written: retried
        ProviderFailed, // the provider answered with an error: retried
        SendFailed, // the mail server refused for now (4xx): retried with backoff
        Waiting, // not now (a cap, the sending window, a paused mailbox): tried again at notBefore, no attempt used
        Held, // cannot know whether it already happened: held for an operator, never guessed
    };
    Code code = Code::InvalidField;
    QString message;
    qint64 notBefore = 0; // Waiting: ms since the epoch

    // Retrying cannot help: the action itself or the world is wrong.
    bool permanent() const
    {
        return code != Code::WriteFailed && code != Code::ProviderFailed && code != Code::SendFailed
            && code != Code::Waiting && code != Code::Held;
    }
};

using EffectStatus = std::optional<EffectError>; // nullopt: fine

// One outbox item as an effect sees it.
struct EffectRequest
{
    QString decisionId;
    QString key; // idempotency key
    QString type;
    QString target;
    QJsonObject action;
};

// What an effect may use while it is carried out.
struct EffectEnvironment
{
    std::shared_ptr<Workspace> workspace;
    QString fileStem; // a plain token derived from the idempotency key: files are named after it
    QString outgoingDir;
    QString exportsDir;
    std::function<ProviderConnector*(QString* why)> provider; // long-lived, owned by the executor
    std::function<void()> afterFileWritten; // crash tests: the effect is out, the bookkeeping not yet
    const std::atomic<bool>* cancel = nullptr; // set when the runtime stops: end network calls now
    QString outboxId;
    // A keychain entry (a mailbox password), read by the executor; empty with why when missing.
    std::function<QString(const QString& key, QString* why)> secret;
    // Forgets a cached secret (after the server refused it).
    std::function<void(const QString& key)> forgetSecret;
    // Crash tests: called at named points of a send ("send:after_ledger", "send:after_smtp").
    std::function<void(const char* point)> fault;
    std::function<qint64()> clock; // now, in ms (tests move it)
};

// One decision type's behaviour: the fields its action needs, its validation against the
// workspace, the risk figures derived from the action (never from what the proposer declares),
// its effect and its undo. One class per type; the registry lists them.
class DecisionEffect
{
public:
    virtual ~DecisionEffect() = default;

    virtual QString type() const = 0;
    // Fields the action must carry (non-empty).
    virtual QStringList requiredFields() const { return {}; }
    // Facts only the proposer can know (lawful basis, region, the inbound message's class);
    // everything else the risk engine reads is derived by facts().
    virtual QStringList declaredFacts() const { return {}; }
    // What an edited action is about: the old target, unless the action names another (an email
    // edited to another recipient is about that recipient).
    virtual QString editedTarget(const QString& oldTarget, const QJsonObject& action) const;
    // Checks the action's fields and that what it is about exists. Runs when proposed, when
    // edited and again just before it is carried out.
    EffectStatus validate(Workspace& workspace, const QString& target, const QJsonObject& action) const;
    // The figures the risk engine and the matrix judge, from the action and the workspace.
    virtual QJsonObject facts(const QString& target, const QJsonObject& action, const RiskContext& context) const;
    // Effects outside the workspace (files, provider calls), before the bookkeeping commits;
    // must be repeatable without doing anything twice.
    virtual EffectStatus perform(const EffectRequest& request, EffectEnvironment& env, QJsonObject* result) const;
    // Effects inside the workspace, in the bookkeeping's transaction. May add to result what
    // undo needs (the value before).
    virtual EffectStatus apply(Workspace& workspace, const EffectRequest& request, QJsonObject* result) const;
    virtual bool undoable() const { return false; }
    // Reverses apply(), from what it recorded in result.
    virtual EffectStatus undo(Workspace& workspace, const EffectRequest& request, const QJsonObject& result) const;

protected:
    // Type-specific checks after the required fields are present.
    virtual EffectStatus check(Workspace& workspace, const QString& target, const QJsonObject& action) const;
};

// The effect of a decision type, or nullptr for an unknown type.
const DecisionEffect* effectFor(const QString& type);
QStringList effectTypes();

// Helpers shared by the effects.
namespace effects {

EffectError error(EffectError::Code code, const QString& message);
bool hasValue(const QJsonObject& object, const QString& key);
// A plain token (letters, digits, '.', '_', '-', at most 128): safe as a file name or key part.
bool isPlainToken(const QString& text);
// Header-safe single-line text: no CR, LF or other control characters.
bool isSingleLine(const QString& text);
// Total data held about a person (email), across every table that holds them.
int personRecordCount(Workspace& workspace, const QString& email);

} // namespace effects

} // namespace gd::core
