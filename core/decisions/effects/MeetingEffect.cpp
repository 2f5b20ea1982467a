#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/mail/CalendarInvite.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

namespace gd::core::effects {

namespace {

class MeetingEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("meeting.book"); }
    QStringList requiredFields() const override { return { QStringLiteral("start") }; }

    QJsonObject facts(const QString&, const QJsonObject& action, const RiskContext&) const override
    {
        QJsonObject f { { QStringLiteral("start"), action.value(QStringLiteral("start")) } };
        if (hasValue(action, QStringLiteral("duration_minutes")))
            f.insert(QStringLiteral("duration_minutes"), action.value(QStringLiteral("duration_minutes")));
        return f;
    }

    EffectStatus perform(const EffectRequest& request, EffectEnvironment& env, QJsonObject* result) const override
    {
        const QString path = QDir(env.outgoingDir).filePath(env.fileStem + QStringLiteral(".ics"));
        result->insert(QStringLiteral("file"), path);
        if (QFileInfo::exists(path))
            return std::nullopt;
        QString why;
        const auto invite = CalendarInvite::fromMeeting(request.action, request.target,
            env.fileStem + QStringLiteral("@greendoor.invalid"),
            env.workspace->meta(keys::Sender, QStringLiteral("sales@greendoor.invalid")), &why);
        if (!invite)
            return error(EffectError::Code::InvalidField, why);
        const QByteArray ics = invite->build(&why);
        if (ics.isEmpty())
            return error(EffectError::Code::InvalidField, tr("the invitation cannot be built: %1").arg(why));
        if (auto failed = writeFile(env.outgoingDir, path, ics))
            return failed;
        if (env.afterFileWritten)
            env.afterFileWritten();
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        QString why;
        if (!CalendarInvite::fromMeeting(action, target, QStringLiteral("check@greendoor.invalid"),
                QStringLiteral("check@greendoor.invalid"), &why))
            return error(EffectError::Code::InvalidField, why);
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeMeeting()
{
    return std::make_unique<MeetingEffect>();
}

} // namespace gd::core::effects
