#pragma once

#include "core/decisions/DecisionEngine.h"
#include "core/sales/Campaign.h"

namespace gd::core {

// What the operator does to a campaign, shared by the CLI and the console.
namespace CampaignActions {

struct StartResult
{
    ProposeResult decision; // the campaign.launch decision (queued for approval in the shipped matrix)
    int segmentSize = 0;
    QString error; // the campaign cannot be started (unknown, active, finished, already waiting)
};

// Proposes the campaign's launch; the campaign is 'launching' until the decision is carried
// out (then 'active') and goes back to its previous status when the launch is refused.
StartResult start(Workspace& workspace, DecisionEngine& engine, const QString& name, const QString& actor);

struct PauseResult
{
    CampaignStore::PendingEmails pending; // emails already approved (still sent) or waiting for approval
    QString error;
};

// Stops proposing the campaign's emails at once. Emails already approved stay in the outbox and
// are sent; emails waiting for approval stay in the queue for the operator to decide.
PauseResult pause(Workspace& workspace, const QString& name);

} // namespace CampaignActions

} // namespace gd::core
