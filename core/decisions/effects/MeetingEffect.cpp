#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace gd::core::effects {

namespace {

constexpr int kDefaultMinutes = 30;
constexpr int kMaxMinutes = 8 * 60;

// RFC 5545 TEXT: backslash, semicolon and comma escaped, no line breaks.
QString icsText(QString text)
{
    text.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    text.replace(QLatin1String(";"), QLatin1String("\\;"));
    text.replace(QLatin1String(","), QLatin1String("\\,"));
    return text;
}

QString crlf(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

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
        const QDateTime start = QDateTime::fromString(a.value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC();
        const QDateTime end = start.addSecs(60LL * a.value(QStringLiteral("duration_minutes")).toInt(kDefaultMinutes));
        const QString stamp = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
        const QString text
            = QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//GreenDoor//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
            + QStringLiteral("UID:%1@greendoor.invalid\n").arg(env.fileStem)
            + QStringLiteral("DTSTAMP:%1\n").arg(QDateTime::currentDateTimeUtc().toString(stamp))
            + QStringLiteral("DTSTART:%1\nDTEND:%2\n").arg(start.toString(stamp), end.toString(stamp))
            + QStringLiteral("SUMMARY:%1\n").arg(icsText(title))
            + QStringLiteral("ATTENDEE;RSVP=TRUE:mailto:%1\n").arg(*attendee)
            + QStringLiteral("END:VEVENT\nEND:VCALENDAR\n");
        if (auto failed = writeFile(env.outgoingDir, path, crlf(text).toUtf8()))
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
