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

constexpr int kDefaultMinutes = 30;
constexpr int kMaxMinutes = 8 * 60;

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
        const QJsonObject& a = request.action;
        const auto attendee = EmailAddress::normalized(request.target);
        const QString title = a.value(QStringLiteral("title")).toString();
        if (!attendee || !isSingleLine(title))
            return error(EffectError::Code::InvalidField, tr("the meeting's attendee or title is not valid"));
        CalendarInvite invite;
        invite.uid = env.fileStem + QStringLiteral("@greendoor.invalid");
        invite.organizerEmail
            = EmailAddress::normalized(a.value(QStringLiteral("organizer")).toString())
                  .value_or(env.workspace->meta(keys::Sender, QStringLiteral("sales@greendoor.invalid")));
        invite.organizerName = a.value(QStringLiteral("organizer_name")).toString();
        invite.attendeeEmail = *attendee;
        invite.attendeeName = a.value(QStringLiteral("attendee_name")).toString();
        invite.summary = title;
        invite.description = a.value(QStringLiteral("description")).toString();
        invite.start = QDateTime::fromString(a.value(QStringLiteral("start")).toString(), Qt::ISODate);
        invite.durationMinutes = a.value(QStringLiteral("duration_minutes")).toInt(kDefaultMinutes);
        invite.timeZone = a.value(QStringLiteral("time_zone")).toString();
        QString why;
        const QByteArray ics = invite.build(&why);
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
        if (!EmailAddress::isValid(target))
            return error(EffectError::Code::InvalidField,
                tr("a meeting needs the attendee's email address as its target, not \"%1\"").arg(target.simplified()));
        const QString startText = action.value(QStringLiteral("start")).toString();
        const QDateTime start = QDateTime::fromString(startText, Qt::ISODate);
        if (!start.isValid())
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a start time (ISO 8601, e.g. 2026-03-02T10:00:00Z)").arg(startText.simplified()));
        if (hasValue(action, QStringLiteral("duration_minutes"))) {
            const QJsonValue d = action.value(QStringLiteral("duration_minutes"));
            if (!d.isDouble() || d.toDouble() < 5 || d.toDouble() > kMaxMinutes)
                return error(
                    EffectError::Code::InvalidField, tr("a meeting lasts between 5 and %1 minutes").arg(kMaxMinutes));
        }
        const QString zone = action.value(QStringLiteral("time_zone")).toString();
        if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            return error(EffectError::Code::InvalidField, tr("\"%1\" is not a time zone").arg(zone.simplified()));
        if (hasValue(action, QStringLiteral("organizer"))
            && !EmailAddress::isValid(action.value(QStringLiteral("organizer")).toString()))
            return error(EffectError::Code::InvalidField, tr("the organiser is not a valid email address"));
        if (!isSingleLine(action.value(QStringLiteral("title")).toString()))
            return error(EffectError::Code::InvalidField, tr("the meeting's title must be a single line of text"));
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeMeeting()
{
    return std::make_unique<MeetingEffect>();
}

} // namespace gd::core::effects
