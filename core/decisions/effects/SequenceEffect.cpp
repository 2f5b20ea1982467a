#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace gd::core::effects {

namespace {

// sequence.enrol (status "active") and sequence.stop (status "ended", with the action's reason:
// the sequence engine treats it as final). A contact is in one live sequence at most: enrolling
// one who is live in another is refused.
class SequenceEffect final : public DecisionEffect
{
public:
    explicit SequenceEffect(bool enrol)
        : m_enrol(enrol)
    {
    }

    QString type() const override
    {
        return m_enrol ? QStringLiteral("sequence.enrol") : QStringLiteral("sequence.stop");
    }
    QStringList requiredFields() const override { return { QStringLiteral("sequence") }; }
    QStringList declaredFacts() const override { return { QStringLiteral("lawful_basis") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        return { { QStringLiteral("sequence"), action.value(QStringLiteral("sequence")) } };
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const QString sequence = request.action.value(QStringLiteral("sequence")).toString();
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("SELECT status FROM enrolments WHERE email = ? AND sequence = ?"));
        q.addBindValue(request.target);
        q.addBindValue(sequence);
        result->insert(
            QStringLiteral("previous_status"), q.exec() && q.next() ? QJsonValue(q.value(0).toString()) : QJsonValue());
        QString reason = request.action.value(QStringLiteral("reason")).toString().simplified();
        if (!m_enrol && reason.isEmpty())
            reason = tr("ended: stopped by a decision");
        else if (!m_enrol && !reason.startsWith(QLatin1String("ended")))
            reason = tr("ended: %1").arg(reason);
        return setStatus(
            ws, request.target, sequence, m_enrol ? QStringLiteral("active") : QStringLiteral("ended"), reason);
    }

    EffectStatus undo(Workspace& ws, const EffectRequest& request, const QJsonObject& result) const override
    {
        QString before = result.value(QStringLiteral("previous_status")).toString();
        if (before.isEmpty()) // not enrolled before (or carried out by an older version)
            before = m_enrol ? QStringLiteral("stopped") : QStringLiteral("active");
        return setStatus(ws, request.target, request.action.value(QStringLiteral("sequence")).toString(), before,
            tr("undone by the operator"));
    }

protected:
    EffectStatus check(Workspace& ws, const QString& target, const QJsonObject& action) const override
    {
        if (!EmailAddress::isValid(target))
            return error(EffectError::Code::InvalidField,
                tr("a sequence needs the contact's email address as its target, not \"%1\"").arg(target.simplified()));
        if (!isPlainToken(action.value(QStringLiteral("sequence")).toString()))
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a sequence name (letters, digits, '.', '_' and '-')")
                    .arg(action.value(QStringLiteral("sequence")).toString().simplified()));
        if (m_enrol) {
            QSqlQuery q(ws.db());
            q.prepare(QStringLiteral("SELECT sequence FROM enrolments WHERE email = ? AND sequence <> ? AND status IN "
                                     "('active', 'paused')"));
            q.addBindValue(target.trimmed().toLower());
            q.addBindValue(action.value(QStringLiteral("sequence")).toString());
            if (q.exec() && q.next())
                return error(EffectError::Code::InvalidField,
                    tr("%1 is already in the live sequence %2; a contact is in one sequence at a time")
                        .arg(target.simplified(), q.value(0).toString()));
        }
        return std::nullopt;
    }

private:
    static EffectStatus setStatus(
        Workspace& ws, const QString& email, const QString& sequence, const QString& status, const QString& reason = {})
    {
        QSqlQuery q(ws.db());
        q.prepare(
            QStringLiteral("INSERT INTO enrolments (email, sequence, status, reason, updated_at) VALUES (?, ?, ?, "
                           "?, ?) ON CONFLICT (email, sequence) DO UPDATE SET status = excluded.status, "
                           "reason = excluded.reason, updated_at = excluded.updated_at"));
        q.addBindValue(email);
        q.addBindValue(sequence);
        q.addBindValue(status);
        q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
        q.addBindValue(nowMs());
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:sequence"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

    bool m_enrol;
};

} // namespace

std::unique_ptr<DecisionEffect> makeSequence(bool enrol)
{
    return std::make_unique<SequenceEffect>(enrol);
}

} // namespace gd::core::effects
