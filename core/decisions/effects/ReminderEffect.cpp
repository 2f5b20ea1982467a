#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace gd::core::effects {

namespace {

// reminder.create: a task to take a contact up again on a date ("not now, try me in March").
class ReminderEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("reminder.create"); }
    QStringList requiredFields() const override { return { QStringLiteral("due"), QStringLiteral("note") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        return { { QStringLiteral("due"), action.value(QStringLiteral("due")) } };
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const QDate due = QDate::fromString(request.action.value(QStringLiteral("due")).toString(), Qt::ISODate);
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("INSERT INTO reminders (id, contact, due_at, note, source, status, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, 'open', ?) ON CONFLICT (id) DO NOTHING"));
        q.addBindValue(request.key);
        q.addBindValue(request.target.trimmed().toLower());
        q.addBindValue(QDateTime(due, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        q.addBindValue(request.action.value(QStringLiteral("note")).toString());
        q.addBindValue(request.action.value(QStringLiteral("source")).toString());
        q.addBindValue(nowMs());
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:reminder"), &why))
            return error(EffectError::Code::WriteFailed, why);
        result->insert(QStringLiteral("reminder"), request.key);
        return std::nullopt;
    }

    EffectStatus undo(Workspace& ws, const EffectRequest& request, const QJsonObject&) const override
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("DELETE FROM reminders WHERE id = ?"));
        q.addBindValue(request.key);
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:reminder"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        if (!EmailAddress::isValid(target))
            return error(EffectError::Code::InvalidField,
                tr("a reminder needs the contact's email address as its target, not \"%1\"").arg(target.simplified()));
        const QString due = action.value(QStringLiteral("due")).toString();
        if (!QDate::fromString(due, Qt::ISODate).isValid())
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a date (ISO 8601, e.g. 2026-03-02)").arg(due.simplified()));
        if (action.value(QStringLiteral("note")).toString().size() > 2000)
            return error(EffectError::Code::TooLarge, tr("a reminder's note holds at most 2000 characters"));
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeReminderCreate()
{
    return std::make_unique<ReminderEffect>();
}

} // namespace gd::core::effects
