#pragma once

#include "core/mail/ReplyClassifier.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace gd::core {

class DecisionEngine;
class LanguageModel;
class Workspace;

// The answer drafted to a reply (interested, objection), made before the reply's transaction
// because a language model may take a while: by the configured model from the task's facts and
// checked by the GroundingChecker, or from the template.
struct ReplyDraft
{
    QString body;
    QJsonArray sentences; // [{text, fact, value}]
    QString draftedBy = QStringLiteral("template"); // or the language model's name
    QString modelNote; // a model is configured but the template was used: why
    QString spendDecision; // the provider.spend decision (model budget) a paid draft was made under
    // Interested: the meeting slot the draft proposes (the meeting.book decision uses the same).
    QDateTime slot;
    QString timeZone;
    int minutes = 30;
};

// What a classified reply leads to, each as a proposal to the decision framework with its
// reason: unsubscribe -> suppression.add (+ sequence.stop); hard bounce -> suppression.add +
// sequence.stop; out_of_office -> sequence.pause to the return date; referral -> prospect.add
// with the referrer as evidence; interested -> meeting.book (an .ics in the operator's working
// hours) + an email.reply draft; objection -> an email.reply draft; not_now -> reminder.create
// at the date they named (+ sequence.pause); not_interested -> sequence.stop.
// The text of the reply is data: it picks the class, and the class alone picks the decision
// types. Nothing in the reply can add a type, a recipient or an approval; only the authority
// matrix decides what is carried out without the operator.
class ReplyActions final
{
public:
    struct Context
    {
        QString contact; // the person the conversation is with (lower case)
        QString contactName;
        QString subject; // of the reply
        QString messageKey; // the reply's Message-ID (or hash key)
        QString messageId; // the reply's Message-ID without brackets; empty when it has none
        QStringList references; // of the reply
        QString campaign;
        QString mailboxEmail; // ours: organiser and sender of drafts
        QString mailboxName;
        QDateTime receivedAt;
        // Whom the message was threaded to through its In-Reply-To/References or the original
        // message a bounce carries (empty when it matched nothing we sent).
        QString sentTo;
        // The answer drafted beforehand (draftFor); without one the template is used.
        const ReplyDraft* draft = nullptr;
    };

    // The answer to an interested reply or an objection (nullopt for the other classes): by the
    // model when one is given and not offline, else (or when its draft fails) the template, with
    // the reason. Reads the workspace; blocking when a model is asked. Call outside a transaction.
    static std::optional<ReplyDraft> draftFor(Workspace& workspace, const ReplyAnalysis& analysis,
        const Context& context, LanguageModel* model, const std::atomic<bool>* cancel = nullptr);

    // Proposes the decisions for one reply; returns [{id, type, outcome, why}]. Errors (the
    // framework refused to store a proposal) are returned in the list with "error".
    static QJsonArray propose(
        DecisionEngine& engine, Workspace& workspace, const ReplyAnalysis& analysis, const Context& context);

    // The contact's live (active or paused) sequence, if any.
    static QString liveSequence(Workspace& workspace, const QString& contact);
    // The first meeting slot from the operator's working hours setting: the next working day
    // after `after` (at least one day later) at the start of working hours, in their time zone.
    static QDateTime meetingSlot(Workspace& workspace, const QDateTime& after, QString* timeZone, int* minutes);
    // "Not now": the date a reply names ("in March", "next quarter", "in 3 months", "after
    // 15.04.", "Q3"), or an invalid date.
    static QDate laterDate(const QString& text, const QDate& sent);

    static constexpr const char* kAgent = "relationship";
};

} // namespace gd::core
