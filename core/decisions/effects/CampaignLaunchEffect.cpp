#include "core/Text.h"
#include "core/decisions/RiskEngine.h"
#include "core/decisions/effects/Effects.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace gd::core::effects {

namespace {

// campaign.launch: the target is a stored campaign's name; carried out, the campaign becomes
// active and the sequence engine starts enrolling its segment (`campaign pause` stops it).
class CampaignLaunchEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("campaign.launch"); }

    // How many people it reaches: the stored campaign's segment as it is now, never what the
    // proposer declares.
    QJsonObject facts(const QString&, const QJsonObject&, const RiskContext& context) const override
    {
        if (context.campaignRecipients < 0)
            return {};
        return { { QStringLiteral("recipients"), context.campaignRecipients } };
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const auto campaign = CampaignStore::find(ws, request.target);
        if (!campaign)
            return error(EffectError::Code::TargetNotFound, tr("there is no campaign named %1").arg(request.target));
        result->insert(QStringLiteral("previous_status"), campaign->status);
        QString why;
        if (!CampaignStore::setStatus(ws, request.target, QStringLiteral("active"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace& ws, const QString& target, const QJsonObject&) const override
    {
        if (target.trimmed().isEmpty() || target.size() > 200 || !isSingleLine(target))
            return error(
                EffectError::Code::InvalidField, tr("a campaign needs a one-line name of at most 200 characters"));
        const auto campaign = CampaignStore::find(ws, target);
        if (!campaign)
            return error(EffectError::Code::TargetNotFound,
                tr("there is no campaign named %1 (create it with `campaign create`)").arg(target.simplified()));
        QStringList problems;
        if (!CampaignDefinition::parse(campaign->definition, &ws, &problems))
            return error(EffectError::Code::InvalidField,
                tr("campaign %1 cannot start: %2").arg(target, problems.join(QStringLiteral("; "))));
        if (campaign->status == QLatin1String("finished"))
            return error(EffectError::Code::InvalidField, tr("campaign %1 is finished").arg(target));
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeCampaignLaunch()
{
    return std::make_unique<CampaignLaunchEffect>();
}

} // namespace gd::core::effects
