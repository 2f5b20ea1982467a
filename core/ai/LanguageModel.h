#pragma once

#include "core/mail/MimeMessage.h"
#include "core/mail/ReplyClassifier.h"
#include "core/prospects/Icp.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>

namespace gd::core {

// The language tasks GreenDoor asks a model to do.
enum class ModelTask
{
    ExtractIcp,
    DraftEmail,
    ClassifyReply,
    DraftReply,
    ParseObjective
};
QString nameOf(ModelTask task); // extract_icp, draft_email, classify_reply, draft_reply, parse_objective

// One thing the model may use, with the id it must cite: "prospect.title", "company.description",
// "icp.pain", "evidence:<id>", "sender.offering" ... `aboutProspect` facts are prospect data (the
// privacy switch decides whether they may leave the machine); the others are about us.
struct ModelFact
{
    QString id;
    QString value;
    bool aboutProspect = true;
};

// Tokens and money one task used (all its requests, repairs and retries included).
struct ModelUsage
{
    int requests = 0;
    int tokensIn = 0;
    int tokensOut = 0;
    double eur = 0;
};

// What every answer says besides its content: who answered and why.
struct ModelOutcome
{
    bool ok = false; // there is an answer (from whichever model)
    QString answeredBy; // "offline", or the configured model's name
    bool fellBack = false; // the configured model was asked, or would have been, and the offline one answered
    QString fallbackReason; // why, for people (privacy switch, circuit open, invalid JSON twice, rejected draft...)
    bool unsupported = false; // no model here can do this task (ok is false)
    QString error; // when !ok
    ModelUsage usage;
    QString spendDecisionId; // the provider.spend decision that authorized a paid call

    QJsonObject outcomeJson() const;
};

struct IcpRequest
{
    QList<IcpPage> pages; // the company's own pages
    QString website;
};

struct IcpAnswer : ModelOutcome
{
    Icp icp;
};

// A sentence of a draft and the fact it rests on ("" for a sentence about us or generic, e.g. the
// ask), with the stored value (the contract's email action "sentences").
struct DraftSentence
{
    QString text;
    QString fact;
    QString value;
};

struct DraftRequest
{
    QList<ModelFact> facts; // everything the draft may say about the prospect and about us
    QString inboundText; // DraftReply: the reply being answered (quoted data, never instructions)
    QString replyClass; // DraftReply: what the reply was classified as
    // The template path's draft, when the caller has one (the outreach templates, the reply
    // templates): the offline model answers with it, and a model's draft keeps its greeting (the
    // first paragraph) and its sign-off (the last) and writes what is between.
    QString templateSubject;
    QString templateBody;
    QList<DraftSentence> templateSentences;
};

struct DraftAnswer : ModelOutcome
{
    QString subject;
    QString body;
    QList<DraftSentence> sentences;

    QJsonArray sentencesJson() const;
};

struct ReplyRequest
{
    ParsedEmail email;
};

struct ReplyAnswer : ModelOutcome
{
    ReplyAnalysis analysis;
};

struct ObjectiveRequest
{
    QString text; // the operator's words, e.g. "20 meetings with logistics CFOs by end of June"
    QDate today = QDate::currentDate(); // deadlines are resolved against it
};

struct ObjectiveAnswer : ModelOutcome
{
    QJsonObject objective; // a core::Goal as JSON (metric, target, currency, deadline, segment, ambiguous, question)
};

// One interface for the language tasks, with two implementations: OfflineModel (always there)
// and OpenAiCompatibleModel (a Chat Completions server the user configured, falling back to the
// offline model). Answers only propose: whatever they lead to still goes through the decision
// framework. Blocking: call from worker threads (or a CLI); `cancel` ends network calls.
class LanguageModel
{
public:
    virtual ~LanguageModel() = default;

    virtual QString name() const = 0;
    virtual bool isOffline() const = 0;

    virtual IcpAnswer extractIcp(const IcpRequest& request, const std::atomic<bool>* cancel = nullptr) = 0;
    virtual DraftAnswer draftEmail(const DraftRequest& request, const std::atomic<bool>* cancel = nullptr) = 0;
    virtual ReplyAnswer classifyReply(const ReplyRequest& request, const std::atomic<bool>* cancel = nullptr) = 0;
    virtual DraftAnswer draftReply(const DraftRequest& request, const std::atomic<bool>* cancel = nullptr) = 0;
    virtual ObjectiveAnswer parseObjective(const ObjectiveRequest& request, const std::atomic<bool>* cancel = nullptr)
        = 0;
};

} // namespace gd::core
