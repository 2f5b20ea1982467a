#pragma once

#include "core/decisions/DecisionEngine.h"

#include <QStringList>
#include <functional>

namespace gd::core {

class Workspace;
struct CampaignDefinition;

// Runs the active campaigns' sequences: enrols each segment's prospects (one live sequence per
// contact; suppressed addresses are skipped with the reason), proposes each due step's email
// as a decision (email.first_touch for the first step, email.follow_up after) with a
// campaign_sends row (a step reaches a contact once, ever), schedules the next step N business
// days after the previous one was sent, ends a contact's sequence on a reply, a bounce, an
// unsubscribe or a meeting, and resumes a paused enrolment when its pause is over. Every skip
// and end stores its reason on the enrolment. Deterministic for a given clock: the Outreach
// agent drives it on its tick, the CLI and the tests call run() directly.
class SequenceEngine final
{
public:
    using Clock = std::function<qint64()>; // ms since the epoch
    using Propose = std::function<ProposeResult(const Proposal&)>;

    struct Report
    {
        int enrolled = 0;
        int skipped = 0; // not enrolled: suppressed, replied, in another sequence
        int proposed = 0;
        int ended = 0;
        int resumed = 0;
        int waiting = 0; // due later, or for the previous step to be sent
        int held = 0; // a required fact is missing: waits for an operator
        QStringList notes; // one line per change, for logs and the CLI
        QJsonObject toJson() const;
    };

    // propose: how proposals reach the decision framework (an agent's context, or a
    // DecisionEngine for the CLI and tests); agent: the proposer's name on the decisions.
    SequenceEngine(Workspace& workspace, Propose propose, Clock clock = {}, QString agent = QStringLiteral("outreach"));

    // One pass over the active campaigns (or the one named), proposing at most maxProposals emails.
    Report run(const QString& campaign = {}, int maxProposals = 50);

    // ms + n business days (Saturdays and Sundays skipped), same time of day, in UTC.
    static qint64 addBusinessDays(qint64 ms, int days);
    // "2 days ago", "3 hours ago", "just now".
    static QString ago(qint64 thenMs, qint64 nowMs);

private:
    void enrol(const CampaignDefinition& campaign, Report& report);
    void advance(const CampaignDefinition& campaign, Report& report, int& budget);
    bool setEnrolment(const QString& campaign, const QString& email, const QString& status, int step, qint64 nextAt,
        const QString& reason);

    Workspace& m_workspace;
    Propose m_propose;
    Clock m_clock;
    QString m_agent;
    qint64 m_now = 0;
};

} // namespace gd::core
