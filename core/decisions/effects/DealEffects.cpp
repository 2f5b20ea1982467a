#include "core/Text.h"
#include "core/decisions/RiskEngine.h"
#include "core/decisions/effects/Effects.h"
#include "core/runtime/Types.h"
#include "core/sales/DealBook.h"
#include "core/sales/DealStage.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <cmath>

namespace gd::core::effects {

namespace {

EffectStatus dealMustExist(Workspace& ws, const QString& target)
{
    if (!dealFor(ws, target))
        return error(EffectError::Code::TargetNotFound, tr("there is no deal %1").arg(target.simplified()));
    return std::nullopt;
}

// Won or lost is recorded with why (the win/loss reason the reports read).
EffectStatus needsReason(const QJsonObject& action)
{
    if (action.value(QStringLiteral("reason")).toString().simplified().isEmpty())
        return error(EffectError::Code::MissingField,
            tr("closing a deal won or lost needs a \"reason\" (why it was won or lost)"));
    return std::nullopt;
}

void insertDealFacts(QJsonObject* facts, const RiskContext& c)
{
    if (c.dealExists && c.dealValue >= 0)
        facts->insert(QStringLiteral("deal_value"), c.dealValue);
}

// Sets one column of a deal; TargetNotFound when the deal is gone.
EffectStatus updateDeal(Workspace& ws, const QString& target, const QString& column, const QVariant& value)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("UPDATE deals SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
    q.addBindValue(value);
    q.addBindValue(nowMs());
    q.addBindValue(target.trimmed().toLongLong());
    QString why;
    if (!ws.execWrite(q, QStringLiteral("effect:deal"), &why))
        return error(EffectError::Code::WriteFailed, why);
    if (q.numRowsAffected() != 1)
        return error(EffectError::Code::TargetNotFound, tr("there is no deal %1 any more").arg(target.simplified()));
    return std::nullopt;
}

// The stage history (the deal's timeline), with the reason the action gives (a win/loss reason at close).
EffectStatus history(Workspace& ws, const EffectRequest& request, const QString& from, const QString& to)
{
    QString why;
    if (!DealBook::recordStage(ws, request.target.trimmed().toLongLong(), from, to,
            request.action.value(QStringLiteral("reason")).toString().simplified(), request.decisionId, &why))
        return error(EffectError::Code::WriteFailed, why);
    return std::nullopt;
}

class DealMoveStageEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("deal.move_stage"); }
    QStringList requiredFields() const override { return { QStringLiteral("to_stage") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext& c) const override
    {
        QJsonObject f { { QStringLiteral("to_stage"), action.value(QStringLiteral("to_stage")) } };
        if (c.dealExists && !c.dealStage.isEmpty())
            f.insert(QStringLiteral("from_stage"), c.dealStage);
        insertDealFacts(&f, c);
        return f;
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const auto deal = dealFor(ws, request.target);
        if (!deal)
            return error(
                EffectError::Code::TargetNotFound, tr("there is no deal %1 any more").arg(request.target.simplified()));
        result->insert(QStringLiteral("previous_stage"), deal->stage);
        const QString to = request.action.value(QStringLiteral("to_stage")).toString();
        if (auto failed = updateDeal(ws, request.target, QStringLiteral("stage"), to))
            return failed;
        return history(ws, request, deal->stage, to);
    }

    EffectStatus undo(Workspace& ws, const EffectRequest& request, const QJsonObject& result) const override
    {
        const QString before = result.value(QStringLiteral("previous_stage")).toString();
        if (!dealStageFromKey(before))
            return error(EffectError::Code::Unavailable,
                tr("the stage before this move was not recorded, so it cannot be undone"));
        return updateDeal(ws, request.target, QStringLiteral("stage"), before);
    }

protected:
    EffectStatus check(Workspace& ws, const QString& target, const QJsonObject& action) const override
    {
        if (auto missing = dealMustExist(ws, target))
            return missing;
        const QString stage = action.value(QStringLiteral("to_stage")).toString();
        const auto to = dealStageFromKey(stage);
        if (!to)
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a deal stage (%2)")
                    .arg(stage.simplified(), dealStageKeys().join(QStringLiteral(", "))));
        if (isClosed(*to))
            return needsReason(action);
        return std::nullopt;
    }
};

class DealCloseEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("deal.close"); }
    QStringList requiredFields() const override { return { QStringLiteral("result") }; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext& c) const override
    {
        QJsonObject f { { QStringLiteral("result"), action.value(QStringLiteral("result")) } };
        insertDealFacts(&f, c);
        return f;
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const auto deal = dealFor(ws, request.target);
        if (!deal)
            return error(
                EffectError::Code::TargetNotFound, tr("there is no deal %1 any more").arg(request.target.simplified()));
        result->insert(QStringLiteral("previous_stage"), deal->stage);
        const bool won = request.action.value(QStringLiteral("result")).toString() == QLatin1String("won");
        const QString to = dealStageKey(won ? DealStage::ClosedWon : DealStage::ClosedLost);
        if (auto failed = updateDeal(ws, request.target, QStringLiteral("stage"), to))
            return failed;
        return history(ws, request, deal->stage, to);
    }

protected:
    EffectStatus check(Workspace& ws, const QString& target, const QJsonObject& action) const override
    {
        if (auto missing = dealMustExist(ws, target))
            return missing;
        const QString result = action.value(QStringLiteral("result")).toString();
        if (result != QLatin1String("won") && result != QLatin1String("lost"))
            return error(EffectError::Code::InvalidField,
                tr("a deal closes \"won\" or \"lost\", not \"%1\"").arg(result.simplified()));
        return needsReason(action);
    }
};

class DiscountEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("pricing.discount"); }
    QStringList requiredFields() const override { return { QStringLiteral("discount_pct") }; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext& c) const override
    {
        QJsonObject f { { QStringLiteral("discount_pct"), action.value(QStringLiteral("discount_pct")) } };
        insertDealFacts(&f, c);
        return f;
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const auto deal = dealFor(ws, request.target);
        if (!deal)
            return error(
                EffectError::Code::TargetNotFound, tr("there is no deal %1 any more").arg(request.target.simplified()));
        result->insert(QStringLiteral("previous_discount_pct"), deal->discountPct);
        return updateDeal(ws, request.target, QStringLiteral("discount_pct"),
            request.action.value(QStringLiteral("discount_pct")).toDouble());
    }

protected:
    EffectStatus check(Workspace& ws, const QString& target, const QJsonObject& action) const override
    {
        if (auto missing = dealMustExist(ws, target))
            return missing;
        const QJsonValue pct = action.value(QStringLiteral("discount_pct"));
        if (!pct.isDouble() || !std::isfinite(pct.toDouble()) || pct.toDouble() < 0 || pct.toDouble() > 100)
            return error(EffectError::Code::InvalidField, tr("a discount is a number of percent between 0 and 100"));
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeDealMoveStage()
{
    return std::make_unique<DealMoveStageEffect>();
}

std::unique_ptr<DecisionEffect> makeDealClose()
{
    return std::make_unique<DealCloseEffect>();
}

std::unique_ptr<DecisionEffect> makeDiscount()
{
    return std::make_unique<DiscountEffect>();
}

} // namespace gd::core::effects
