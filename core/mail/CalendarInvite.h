#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace gd::core {

// A meeting invitation (iCalendar, RFC 5545, METHOD:REQUEST per iTIP, RFC 5546) built with
// libical: ORGANIZER, ATTENDEE, UID, DTSTAMP, the start and end in the organiser's time zone
// (with its VTIMEZONE), and text escaped and folded by the library, never pasted by hand.
struct CalendarInvite
{
    QString uid; // stable: the same invitation is recognised as an update
    QString organizerEmail;
    QString organizerName;
    QString attendeeEmail;
    QString attendeeName;
    QString summary;
    QString description;
    QString location;
    QDateTime start; // any time spec; written in timeZone
    int durationMinutes = 30;
    QString timeZone; // IANA id ("Europe/Berlin"); empty or unknown: UTC

    // The .ics text (CRLF line ends), or empty with error set.
    QByteArray build(QString* error = nullptr) const;

    static constexpr int kDefaultMinutes = 30;
    static constexpr int kMaxMinutes = 8 * 60;
    // The invitation a meeting.book action (or an email's "invite") describes: start (ISO 8601),
    // duration_minutes, title, time_zone, organizer, organizer_name, attendee_name, description,
    // uid. The action's uid wins over fallbackUid, so the organiser's copy and the attendee's are
    // one event. nullopt with error set when a field is not valid.
    static std::optional<CalendarInvite> fromMeeting(const QJsonObject& meeting, const QString& attendee,
        const QString& fallbackUid, const QString& defaultOrganizer, QString* error);
};

} // namespace gd::core
