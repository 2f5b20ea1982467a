#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/formats/Json.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace gd::core::effects {

namespace {

// prospect.add: a person someone pointed us to ("talk to Jane, she runs purchasing") becomes a
// prospect, with where we heard of them (the referrer and their message) as the evidence.
class ProspectAddEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("prospect.add"); }
    QStringList requiredFields() const override { return { QStringLiteral("evidence") }; }
    bool undoable() const override { return true; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        return { { QStringLiteral("referred_by"), action.value(QStringLiteral("referred_by")) } };
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject* result) const override
    {
        const QJsonObject& a = request.action;
        const QString email = EmailAddress::normalized(request.target).value_or(QString());
        if (!email.isEmpty()) {
            QSqlQuery f(ws.db());
            f.prepare(QStringLiteral("SELECT id FROM prospects WHERE email = ? ORDER BY id LIMIT 1"));
            f.addBindValue(email);
            if (f.exec() && f.next()) {
                result->insert(QStringLiteral("prospect_id"), f.value(0).toLongLong());
                result->insert(QStringLiteral("added"), false);
                return std::nullopt;
            }
        }
        QString name = a.value(QStringLiteral("full_name")).toString().simplified();
        if (name.isEmpty())
            name = email.section(QLatin1Char('@'), 0, 0);
        const QString evidence = tr("referred by %1 (message %2)")
                                     .arg(a.value(QStringLiteral("referred_by")).toString(),
                                         a.value(QStringLiteral("evidence")).toString());
        const QJsonObject sources { { QStringLiteral("full_name"), evidence }, { QStringLiteral("email"), evidence } };
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("INSERT INTO prospects (full_name, email, title, source, field_sources, "
                                 "score_reasons, created_at, updated_at) VALUES (?, ?, ?, 'referral', ?, ?, ?, ?)"));
        const qint64 now = nowMs();
        q.addBindValue(name);
        q.addBindValue(email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email));
        q.addBindValue(a.value(QStringLiteral("title")).toString());
        q.addBindValue(json::compact(sources));
        q.addBindValue(evidence);
        q.addBindValue(now);
        q.addBindValue(now);
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:prospect"), &why))
            return error(EffectError::Code::WriteFailed, why);
        result->insert(QStringLiteral("prospect_id"), q.lastInsertId().toLongLong());
        result->insert(QStringLiteral("added"), true);
        return std::nullopt;
    }

    EffectStatus undo(Workspace& ws, const EffectRequest&, const QJsonObject& result) const override
    {
        if (!result.value(QStringLiteral("added")).toBool())
            return std::nullopt;
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("DELETE FROM prospects WHERE id = ? AND source = 'referral'"));
        q.addBindValue(result.value(QStringLiteral("prospect_id")).toInteger());
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:prospect"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        const bool email = EmailAddress::isValid(target);
        if (!email && action.value(QStringLiteral("full_name")).toString().trimmed().isEmpty())
            return error(EffectError::Code::InvalidField,
                tr("a new prospect needs an email address or a name, not \"%1\"").arg(target.simplified()));
        for (const char* field : { "full_name", "title", "referred_by", "evidence" }) {
            const QString text = action.value(QLatin1String(field)).toString();
            if (!isSingleLine(text) || text.size() > 300)
                return error(
                    EffectError::Code::InvalidField, tr("the %1 must be one short line").arg(QLatin1String(field)));
        }
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeProspectAdd()
{
    return std::make_unique<ProspectAddEffect>();
}

} // namespace gd::core::effects
