#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <atomic>

namespace gd::core {

class LanguageModel;
class Workspace;

// One stored fact a sentence may rest on: its name ("company.description"), the stored value
// and where the value came from (an import, the website crawl, the ICP's evidence).
struct OutreachFact
{
    QString name;
    QString value;
    QString source;
};

using OutreachFacts = QHash<QString, OutreachFact>;

// A first touch or follow-up drafted from stored facts only. held is set (and nothing may be
// proposed) when a required fact is missing.
struct OutreachDraft
{
    QString subject;
    QString body;
    QJsonArray sentences; // [{text, fact, value, source, facts:[...]}], one per sentence of the body
    QStringList dropped; // optional sentences left out, with the fact they lacked
    QString held; // why the draft waits for an operator; empty when it may be proposed
    QString draftedBy = QStringLiteral("template"); // or the language model's name
    QString modelNote; // a model is configured but the template was used: why (for the decision's reasoning)
    QString spendDecision; // the provider.spend decision (model budget) a paid draft was made under
};

// Personalisation from facts only. A template's body is a list of paragraphs, each a list of
// sentences {text, needs, required}; {{placeholder}}s name facts (resources/templates/outreach.json
// lists them). The drafter fills a sentence only from the facts it is given, drops an optional
// sentence whose fact is missing and holds the draft when a required one is.
namespace OutreachDrafter {

// The shipped template catalogue (resources/templates/outreach.json).
const QJsonObject& catalogue();
// The shipped template of that name ({} when there is none).
QJsonObject shippedTemplate(const QString& name);
// The fact a placeholder stands for ("company" -> "company.name"; a dotted fact name stands for
// itself), or empty when GreenDoor stores no such fact.
QString factFor(const QString& placeholder);
QStringList knownFacts();
// Placeholders in text that name no known fact.
QStringList unknownPlaceholders(const QString& text);
// Facts about us ("us.sender_name") are not claims about the prospect.
bool isAboutUs(const QString& fact);

// A template from a subject and a body written by the user: the body (text) is split into
// paragraphs (blank lines) and sentences; a sentence's placeholders are its needs, all required.
QJsonObject templateFromText(const QString& name, const QString& subject, const QString& body);
// What is wrong with a template: unknown placeholders, a "needs" list that does not match the
// sentence's placeholders, an empty body. Empty when it is fine.
QStringList problems(const QJsonObject& templ);

// Everything stored about the contact that a sentence may rest on: the prospect's fields (with
// their import sources), the company's enrichment, the current ICP's pains with their evidence,
// and our own sender name and offering. Empty when there is no prospect with that email.
OutreachFacts factsFor(Workspace& workspace, const QString& email);

OutreachDraft draft(const QJsonObject& templ, const OutreachFacts& facts);

// The same draft written by a language model when one is configured (not offline): the model gets
// the template's facts only, each with its id, and its draft passes the GroundingChecker or the
// template's draft is used, with the reason in modelNote. A held draft stays held (the template
// names the facts a first touch needs). Blocking (network): call from a worker thread.
OutreachDraft draftWithModel(LanguageModel* model, const QJsonObject& templ, const OutreachFacts& facts,
    const std::atomic<bool>* cancel = nullptr);


} // namespace OutreachDrafter

} // namespace gd::core
