#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace gd::core {

class Workspace;

// Who a campaign reaches: prospects with at least min_score (-1: any), in one of the industries
// and countries (empty: any), whose title contains one of the titles (case-insensitive), in one
// of the company size bands ("1-50", "51-1000", "1000+"), at most limit of them (best score first).
struct CampaignSegment
{
    int minScore = -1;
    QStringList industries;
    QStringList countries;
    QStringList titles;
    QStringList companySizes;
    int limit = 100;
};

// One variant of a step's email: its id ("A", "B") and the template it is drafted from
// (OutreachDrafter's format: subject and paragraphs of sentences).
struct CampaignVariant
{
    QString id;
    QJsonObject templ;
};

struct CampaignStep
{
    QString kind; // first_touch, follow_up, breakup
    int afterBusinessDays = 0; // after the previous step was sent
    QList<CampaignVariant> variants; // at least one
    QString decisionType() const; // email.first_touch for the first step, email.follow_up after
};

// A campaign as the user defines it (JSON, see CampaignDefinition::parse) and as the campaigns
// table stores it.
struct CampaignDefinition
{
    QString name;
    QStringList mailboxes;
    CampaignSegment segment;
    QList<CampaignStep> steps;
    QStringList variantIds; // the ids a contact can be assigned to (["A"] without A/B variants)

    // Parses and validates a definition. Without a workspace the mailboxes are not checked.
    // Every problem is listed, each naming where it is ("steps[1].variants[B]: ...").
    static std::optional<CampaignDefinition> parse(
        const QJsonObject& json, Workspace* workspace, QStringList* problems);
    QJsonObject toJson() const;
    // The variant of a contact: the same for the same contact and campaign, spread evenly.
    QString variantFor(const QString& email) const;
    const CampaignVariant* variant(int step, const QString& id) const;
};

// A campaign with its status and figures, as lists show it.
struct CampaignSummary
{
    QString name;
    QString status; // draft, launching, active, paused, finished
    QJsonObject definition;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int enrolled = 0; // enrolments of the campaign (any status)
    int live = 0; // of which active or paused
    int sent = 0;
    int replied = 0;

    QStringList mailboxes() const;
    QJsonObject toJson() const;
};

// Per step and variant: sent, delivered (= sent and not bounced), bounced, replied, positive,
// meetings, from campaign_sends joined to mail_messages (in_reply_to = the sent Message-ID).
struct CampaignFigures
{
    int step = 0;
    QString variant;
    int proposed = 0;
    int sent = 0;
    int delivered = 0;
    int bounced = 0;
    int replied = 0;
    int positive = 0;
    int meetings = 0;
    QJsonObject toJson() const;
};

// A contact of a campaign: the enrolment with its next step, status and the reason.
struct CampaignContact
{
    QString email;
    QString name;
    int step = 0;
    QString status;
    QString variant;
    QString reason;
    qint64 nextAt = 0;
    qint64 updatedAt = 0;
    QJsonObject toJson() const;
};

// The one home of the campaigns table's SQL (and of the campaign views over enrolments and
// campaign_sends). The sequence engine (SequenceEngine) writes enrolments and sends.
namespace CampaignStore {

// Adds a new campaign in status draft; fails when the name is taken.
bool create(Workspace& workspace, const CampaignDefinition& definition, QString* error);
std::optional<CampaignSummary> find(Workspace& workspace, const QString& name);
QList<CampaignSummary> list(Workspace& workspace);
bool setStatus(Workspace& workspace, const QString& name, const QString& status, QString* error);
// What retiring a campaign did: deleted (a draft that never enrolled or proposed anything) or
// archived (it ran: status finished, its live contacts stopped with the reason, its history kept).
enum class Retired
{
    Missing,
    Deleted,
    Archived,
};
// Deletes a campaign that never ran; archives one that did (its sends, enrolments and figures
// stay; emails of it still waiting in the outbox or for approval are not sent: their contacts
// are stopped). nullopt on a write error.
std::optional<Retired> retire(Workspace& workspace, const QString& name, const QString& reason, QString* error);
QList<CampaignFigures> figures(Workspace& workspace, const QString& name);
QList<CampaignContact> contacts(Workspace& workspace, const QString& name, int limit = 1000);
// The prospects (emails, best score first) the segment selects now.
QStringList segmentEmails(Workspace& workspace, const CampaignSegment& segment);
// True when the contact has an enrolment in any campaign (live or not).
bool isEnrolled(Workspace& workspace, const QString& email);
// How many the named campaign's segment selects now; -1 when there is no such campaign.
int segmentSize(Workspace& workspace, const QString& name);
// Emails about this campaign already with the executor or waiting for an approval.
struct PendingEmails
{
    int inOutbox = 0;
    int awaitingApproval = 0;
};
PendingEmails pendingEmails(Workspace& workspace, const QString& name);

// Whether an email of a campaign, approved earlier, may still go to the contact now. nullopt: it
// may. Otherwise wait (the campaign is paused: it goes when the campaign is started again) or
// drop (the contact's sequence ended since: a reply, a bounce, an opt-out, a meeting), with the
// reason for people.
struct SendHold
{
    bool drop = false;
    QString reason;
};
std::optional<SendHold> sendHold(Workspace& workspace, const QString& campaign, const QString& email);
// Marks the campaign step of a dropped email as skipped, with the reason.
bool markSkipped(Workspace& workspace, const QString& decisionId, const QString& reason);

} // namespace CampaignStore

} // namespace gd::core
