#include "core/Text.h"
#include "core/decisions/RiskEngine.h"
#include "core/decisions/effects/Effects.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <cmath>

namespace gd::core::effects {

namespace {

QString limitKey(const QString& target)
{
    return QString(keys::LimitPrefix) + target.trimmed();
}

std::optional<double> numberOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// limits.change: a cap or budget (daily emails, monthly provider budget...) set to a new value.
class LimitsChangeEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("limits.change"); }
    QStringList requiredFields() const override { return { QStringLiteral("new_value") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString& target, const QJsonObject& action, const RiskContext& c) const override
    {
        QJsonObject f { { QStringLiteral("limit"), target.trimmed() } };
        if (const auto after = numberOf(action.value(QStringLiteral("new_value"))))
            f.insert(QStringLiteral("new_value"), *after);
        if (c.limitKnown)
            f.insert(QStringLiteral("old_value"), c.limitValue);
        return f;
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const QString key = limitKey(request.target);
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        q.addBindValue(key);
        result->insert(
            QStringLiteral("previous_value"), q.exec() && q.next() ? QJsonValue(q.value(0).toString()) : QJsonValue());
        return set(ws, key, request.action.value(QStringLiteral("new_value")).toVariant().toString());
    }

    EffectStatus undo(Workspace& ws, const EffectRequest& request, const QJsonObject& result) const override
    {
        const QJsonValue before = result.value(QStringLiteral("previous_value"));
        if (before.isString())
            return set(ws, limitKey(request.target), before.toString());
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
        q.addBindValue(limitKey(request.target));
        QString why;
        if (!ws.execWrite(q, QStringLiteral("undo:limits.change"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        if (!isPlainToken(target.trimmed()))
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a limit name (letters, digits, '.', '_' and '-')").arg(target.simplified()));
        const auto after = numberOf(action.value(QStringLiteral("new_value")));
        if (!after || !std::isfinite(*after) || *after < 0)
            return error(EffectError::Code::InvalidField, tr("a limit's new value must be a number of at least 0"));
        return std::nullopt;
    }

private:
    static EffectStatus set(Workspace& ws, const QString& key, const QString& value)
    {
        QString why;
        if (!ws.setMeta(key, value, &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeLimitsChange()
{
    return std::make_unique<LimitsChangeEffect>();
}

} // namespace gd::core::effects
