#include "core/sales/CampaignActions.h"

#include "core/Text.h"
#include "core/store/Workspace.h"

namespace gd::core {

CampaignActions::StartResult CampaignActions::start(
    Workspace& ws, DecisionEngine& engine, const QString& name, const QString& actor)
{
    StartResult result;
    const auto campaign = CampaignStore::find(ws, name);
    if (!campaign) {
        result.error = tr("there is no campaign named %1").arg(name);
        return result;
    }
    if (campaign->status == QLatin1String("active")) {
        result.error = tr("campaign %1 is already active").arg(name);
        return result;
    }
    if (campaign->status == QLatin1String("finished")) {
        result.error = tr("campaign %1 is finished").arg(name);
        return result;
    }
    if (campaign->status == QLatin1String("launching")) {
        result.error = tr("campaign %1 already waits for its launch to be approved (see the approval queue)").arg(name);
        return result;
    }
    result.segmentSize = CampaignStore::segmentSize(ws, name);
    Proposal p;
    p.type = QStringLiteral("campaign.launch");
    p.agent = actor;
    p.target = name;
    p.campaign = name;
    // updated_at makes a start after a pause a new decision.
    p.action = QJsonObject { { QStringLiteral("campaign"), name }, { QStringLiteral("since"), campaign->updatedAt } };
    p.reasoning = tr("%1 asked to start campaign %2; its segment holds %3 prospects now.")
                      .arg(actor, name)
                      .arg(result.segmentSize);
    if (!CampaignStore::setStatus(ws, name, QStringLiteral("launching"), &result.error))
        return result;
    result.decision = engine.propose(p);
    if (!result.decision.error.isEmpty() || result.decision.outcome == DecisionOutcome::Refuse)
        CampaignStore::setStatus(ws, name, campaign->status, nullptr);
    if (!result.decision.error.isEmpty())
        result.error = result.decision.error;
    return result;
}

CampaignActions::PauseResult CampaignActions::pause(Workspace& ws, const QString& name)
{
    PauseResult result;
    const auto campaign = CampaignStore::find(ws, name);
    if (!campaign) {
        result.error = tr("there is no campaign named %1").arg(name);
        return result;
    }
    if (campaign->status != QLatin1String("active") && campaign->status != QLatin1String("launching")) {
        result.error = tr("campaign %1 is %2, not active").arg(name, campaign->status);
        return result;
    }
    if (!CampaignStore::setStatus(ws, name, QStringLiteral("paused"), &result.error))
        return result;
    result.pending = CampaignStore::pendingEmails(ws, name);
    return result;
}

} // namespace gd::core
