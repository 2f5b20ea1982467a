#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/mail/SuppressionStore.h"
#include "core/store/Workspace.h"

namespace gd::core::effects {

namespace {

// suppression.add: the address (or "@domain") is never mailed again, in every campaign
// (scope "global") or one. An unsubscribe or a hard bounce; holds from the moment it commits.
class SuppressionEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("suppression.add"); }
    QStringList requiredFields() const override { return { QStringLiteral("reason") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        return { { QStringLiteral("reason"), action.value(QStringLiteral("reason")) } };
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        SuppressionStore store(ws);
        const QString scope = scopeOf(request.action);
        const bool existed
            = store.match(request.target, scope == SuppressionStore::Global ? QString() : scope).has_value();
        result->insert(QStringLiteral("added"), !existed);
        if (existed)
            return std::nullopt;
        QString why;
        if (!store.add(request.target, scope, request.action.value(QStringLiteral("reason")).toString(),
                request.action.value(QStringLiteral("source")).toString(), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

    EffectStatus undo(Workspace& ws, const EffectRequest& request, const QJsonObject& result) const override
    {
        if (!result.value(QStringLiteral("added")).toBool())
            return std::nullopt; // it was there before: not this decision's to take back
        QString why;
        if (!SuppressionStore(ws).remove(request.target, scopeOf(request.action), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        if (SuppressionStore::normalize(target).isEmpty())
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is neither an email address nor a domain").arg(target.simplified()));
        const QString scope = scopeOf(action);
        if (scope != SuppressionStore::Global && !isPlainToken(scope))
            return error(EffectError::Code::InvalidField, tr("\"%1\" is not a campaign name").arg(scope.simplified()));
        for (const char* field : { "reason", "source" }) {
            const QString text = action.value(QLatin1String(field)).toString();
            if (!isSingleLine(text) || text.size() > 500)
                return error(
                    EffectError::Code::InvalidField, tr("the %1 must be one short line").arg(QLatin1String(field)));
        }
        return std::nullopt;
    }

private:
    static QString scopeOf(const QJsonObject& action)
    {
        const QString scope = action.value(QStringLiteral("scope")).toString().trimmed();
        return scope.isEmpty() ? SuppressionStore::Global : scope;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeSuppressionAdd()
{
    return std::make_unique<SuppressionEffect>();
}

} // namespace gd::core::effects
