#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace gd::core::effects {

namespace {

class CampaignLaunchEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("campaign.launch"); }

    // How many people it reaches: the action's recipient list, or its count.
    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        const QJsonValue recipients = action.value(QStringLiteral("recipients"));
        if (recipients.isArray())
            return { { QStringLiteral("recipients"), static_cast<int>(recipients.toArray().size()) } };
        if (recipients.isDouble())
            return { { QStringLiteral("recipients"), recipients.toInt() } };
        return {};
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject*) const override
    {
        QSqlQuery q(ws.db());
        q.prepare(
            QStringLiteral("INSERT INTO campaigns (name, status, updated_at) VALUES (?, 'launched', ?) "
                           "ON CONFLICT (name) DO UPDATE SET status = 'launched', updated_at = excluded.updated_at"));
        q.addBindValue(request.target);
        q.addBindValue(nowMs());
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:campaign.launch"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        if (target.trimmed().isEmpty() || target.size() > 200 || !isSingleLine(target))
            return error(
                EffectError::Code::InvalidField, tr("a campaign needs a one-line name of at most 200 characters"));
        const QJsonValue recipients = action.value(QStringLiteral("recipients"));
        if (recipients.isDouble() && recipients.toDouble() < 0)
            return error(EffectError::Code::InvalidField, tr("the number of recipients cannot be negative"));
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeCampaignLaunch()
{
    return std::make_unique<CampaignLaunchEffect>();
}

} // namespace gd::core::effects
