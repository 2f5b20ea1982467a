#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace gd::core::effects {

namespace {

// What an enrolment was before an effect changed it: undo puts it back.
struct EnrolmentState
{
    bool exists = false;
    QString status;
    QVariant pausedUntil;
    QString reason;
};

EnrolmentState readState(Workspace& ws, const QString& email, const QString& sequence)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT status, paused_until, reason FROM enrolments WHERE email = ? AND sequence = ?"));
    q.addBindValue(email);
    q.addBindValue(sequence);
    if (!q.exec() || !q.next())
        return {};
    return { true, q.value(0).toString(), q.value(1), q.value(2).toString() };
}

void recordState(const EnrolmentState& s, QJsonObject* result)
{
    result->insert(QStringLiteral("previous_status"), s.exists ? QJsonValue(s.status) : QJsonValue());
    result->insert(QStringLiteral("previous_paused_until"),
        s.pausedUntil.isNull() ? QJsonValue() : QJsonValue(s.pausedUntil.toLongLong()));
    result->insert(QStringLiteral("previous_reason"), s.reason);
}

EffectStatus write(Workspace& ws, const QString& email, const QString& sequence, const QString& status,
    const QVariant& pausedUntil, const QString& reason)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral(
        "INSERT INTO enrolments (email, sequence, status, paused_until, reason, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (email, sequence) DO UPDATE SET status = excluded.status, paused_until = excluded.paused_until, "
        "reason = excluded.reason, updated_at = excluded.updated_at"));
    q.addBindValue(email);
    q.addBindValue(sequence);
    q.addBindValue(status);
    q.addBindValue(pausedUntil.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : pausedUntil);
    q.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    q.addBindValue(nowMs());
    QString why;
    if (!ws.execWrite(q, QStringLiteral("effect:sequence"), &why))
        return error(EffectError::Code::WriteFailed, why);
    return std::nullopt;
}

// sequence.enrol (status "active"), sequence.stop (status "ended", with the reason) and
// sequence.pause (status "paused" until a date, with the reason; the scheduler resumes it then).
class SequenceEffect final : public DecisionEffect
{
public:
    enum class Kind
    {
        Enrol,
        Stop,
        Pause
    };
    explicit SequenceEffect(Kind kind)
        : m_kind(kind)
    {
    }

    QString type() const override
    {
        switch (m_kind) {
        case Kind::Enrol:
            return QStringLiteral("sequence.enrol");
        case Kind::Stop:
            return QStringLiteral("sequence.stop");
        case Kind::Pause:
            break;
        }
        return QStringLiteral("sequence.pause");
    }
    QStringList requiredFields() const override
    {
        if (m_kind == Kind::Pause)
            return { QStringLiteral("sequence"), QStringLiteral("until") };
        return { QStringLiteral("sequence") };
    }
    QStringList declaredFacts() const override { return { QStringLiteral("lawful_basis") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        return { { QStringLiteral("sequence"), action.value(QStringLiteral("sequence")) } };
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const QString sequence = request.action.value(QStringLiteral("sequence")).toString();
        const QString reason = request.action.value(QStringLiteral("reason")).toString();
        const EnrolmentState before = readState(ws, request.target, sequence);
        recordState(before, result);
        switch (m_kind) {
        case Kind::Enrol:
            return write(ws, request.target, sequence, QStringLiteral("active"), {}, reason);
        case Kind::Stop: {
            // The console shows the reason as it is ("ended: replied"); the engine treats it as final.
            QString why = reason.simplified();
            if (why.isEmpty())
                why = tr("ended: stopped by a decision");
            else if (!why.startsWith(QLatin1String("ended")))
                why = tr("ended: %1").arg(why);
            return write(ws, request.target, sequence, QStringLiteral("ended"), {}, why);
        }
        case Kind::Pause:
            break;
        }
        // A sequence that has ended stays ended: a pause only holds a live one.
        if (before.exists && before.status != QLatin1String("active") && before.status != QLatin1String("paused")) {
            result->insert(QStringLiteral("paused"), false);
            return std::nullopt;
        }
        result->insert(QStringLiteral("paused"), true);
        return write(ws, request.target, sequence, QStringLiteral("paused"), untilMs(request.action), reason);
    }

    EffectStatus undo(Workspace& ws, const EffectRequest& request, const QJsonObject& result) const override
    {
        const QString sequence = request.action.value(QStringLiteral("sequence")).toString();
        if (m_kind == Kind::Pause && !result.value(QStringLiteral("paused")).toBool(true))
            return std::nullopt;
        QString before = result.value(QStringLiteral("previous_status")).toString();
        if (before.isEmpty()) // not enrolled before (or carried out by an older version)
            before = m_kind == Kind::Enrol ? QStringLiteral("stopped") : QStringLiteral("active");
        const QJsonValue until = result.value(QStringLiteral("previous_paused_until"));
        return write(ws, request.target, sequence, before,
            until.isDouble() ? QVariant(static_cast<qint64>(until.toDouble())) : QVariant(),
            result.value(QStringLiteral("previous_reason")).toString());
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
        if (m_kind == Kind::Enrol) {
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
        if (m_kind == Kind::Pause && untilMs(action).isNull())
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a date to pause until (ISO 8601, e.g. 2026-03-02)")
                    .arg(action.value(QStringLiteral("until")).toString().simplified()));
        if (!isSingleLine(action.value(QStringLiteral("reason")).toString()))
            return error(EffectError::Code::InvalidField, tr("the reason must be a single line of text"));
        return std::nullopt;
    }

private:
    // "2026-03-02" (the start of that day, UTC) or a full ISO time, as ms; null when neither.
    static QVariant untilMs(const QJsonObject& action)
    {
        const QString text = action.value(QStringLiteral("until")).toString().trimmed();
        QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid()) {
            const QDate day = QDate::fromString(text, Qt::ISODate);
            if (day.isValid())
                at = QDateTime(day, QTime(0, 0), Qt::UTC);
        }
        return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
    }

    Kind m_kind;
};

} // namespace

std::unique_ptr<DecisionEffect> makeSequence(bool enrol)
{
    return std::make_unique<SequenceEffect>(enrol ? SequenceEffect::Kind::Enrol : SequenceEffect::Kind::Stop);
}

std::unique_ptr<DecisionEffect> makeSequencePause()
{
    return std::make_unique<SequenceEffect>(SequenceEffect::Kind::Pause);
}

} // namespace gd::core::effects
