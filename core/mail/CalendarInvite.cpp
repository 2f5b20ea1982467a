#include "core/mail/CalendarInvite.h"

#include "core/Text.h"
#include "core/formats/EmailAddress.h"

#include <QTimeZone>
#include <libical/ical.h>
#include <memory>

namespace gd::core {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};

icaltimetype toIcal(const QDateTime& at, icaltimezone* zone)
{
    icaltimetype t = icaltime_null_time();
    t.year = at.date().year();
    t.month = at.date().month();
    t.day = at.date().day();
    t.hour = at.time().hour();
    t.minute = at.time().minute();
    t.second = at.time().second();
    t.is_date = 0;
    t.zone = zone;
    return t;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// "Last Sunday of March" for the local date of a transition: BYDAY=-1SU;BYMONTH=3.
QByteArray yearlyRule(const QDate& day)
{
    static const char* const names[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };
    const int nth = day.day() + 7 > day.daysInMonth() ? -1 : (day.day() - 1) / 7 + 1;
    return "FREQ=YEARLY;BYMONTH=" + QByteArray::number(day.month()) + ";BYDAY=" + QByteArray::number(nth)
        + names[day.dayOfWeek() - 1];
}

// A VTIMEZONE with the zone's current rules (a STANDARD and, where the zone has daylight saving
// time, a DAYLIGHT observance with a yearly rule), as calendar clients write them. Built from
// the system's time zone data through Qt, so the TZID is the plain IANA id.
icalcomponent* vtimezone(const QTimeZone& zone, const QByteArray& id, int year)
{
    icalcomponent* tz = icalcomponent_new(ICAL_VTIMEZONE_COMPONENT);
    icalcomponent_add_property(tz, icalproperty_new_tzid(id.constData()));
    const QDateTime from(QDate(year, 1, 1), QTime(0, 0), Qt::UTC);
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, from.addYears(1));
    auto observance = [&](bool daylight, int offsetFrom, int offsetTo, const QString& name, const QDateTime& localStart,
                          const QByteArray& rule) {
        icalcomponent* c = icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
        if (!name.isEmpty())
            icalcomponent_add_property(c, icalproperty_new_tzname(utf8(name).constData()));
        icalcomponent_add_property(c, icalproperty_new_tzoffsetfrom(offsetFrom));
        icalcomponent_add_property(c, icalproperty_new_tzoffsetto(offsetTo));
        icaltimetype start = icaltime_null_time();
        start.year = localStart.date().year();
        start.month = localStart.date().month();
        start.day = localStart.date().day();
        start.hour = localStart.time().hour();
        start.minute = localStart.time().minute();
        icalcomponent_add_property(c, icalproperty_new_dtstart(start));
        if (!rule.isEmpty())
            icalcomponent_add_property(c, icalproperty_new_rrule(icalrecurrencetype_from_string(rule.constData())));
        icalcomponent_add_component(tz, c);
    };
    if (transitions.size() >= 2) {
        for (const QTimeZone::OffsetData& t : transitions) {
            const int before = zone.offsetFromUtc(t.atUtc.addSecs(-1));
            const QDateTime local = t.atUtc.toUTC().addSecs(before);
            const QDateTime wallClock(local.date(), local.time(), Qt::UTC);
            observance(t.daylightTimeOffset != 0, before, t.offsetFromUtc, t.abbreviation, wallClock,
                yearlyRule(local.date()));
        }
    } else {
        const int offset = zone.offsetFromUtc(from);
        observance(
            false, offset, offset, zone.abbreviation(from), QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC), {});
    }
    return tz;
}

} // namespace

QByteArray CalendarInvite::build(QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    if (uid.isEmpty() || organizerEmail.isEmpty() || attendeeEmail.isEmpty() || !start.isValid())
        return fail(tr("an invitation needs a UID, an organiser, an attendee and a start time"));

    icaltimezone* utc = icaltimezone_get_utc_timezone();
    const QByteArray zoneId = timeZone.toUtf8();
    const bool zoned
        = !timeZone.isEmpty() && timeZone != QLatin1String("UTC") && QTimeZone::isTimeZoneIdAvailable(zoneId);
    const QTimeZone qzone = zoned ? QTimeZone(zoneId) : QTimeZone::utc();
    const QDateTime localStart = start.toTimeZone(qzone);
    const QDateTime localEnd = localStart.addSecs(60LL * durationMinutes);

    std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//GreenDoor//GreenDoor//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_REQUEST));
    if (zoned)
        icalcomponent_add_component(calendar.get(), vtimezone(qzone, zoneId, localStart.date().year()));

    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(
        event, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(QDateTime::currentSecsSinceEpoch(), 0, utc)));
    auto timeProperty = [&](icalproperty* p) {
        if (zoned)
            icalproperty_add_parameter(p, icalparameter_new_tzid(zoneId.constData()));
        icalcomponent_add_property(event, p);
    };
    if (zoned) {
        // Local wall-clock time with TZID (the VTIMEZONE above says what it means).
        timeProperty(icalproperty_new_dtstart(toIcal(localStart, nullptr)));
        timeProperty(icalproperty_new_dtend(toIcal(localEnd, nullptr)));
    } else {
        timeProperty(icalproperty_new_dtstart(toIcal(localStart.toUTC(), utc)));
        timeProperty(icalproperty_new_dtend(toIcal(localEnd.toUTC(), utc)));
    }
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(utf8(description).constData()));
    if (!location.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(utf8(location).constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(0));
    icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));

    icalproperty* organizer = icalproperty_new_organizer(utf8(QStringLiteral("mailto:") + organizerEmail).constData());
    if (!organizerName.isEmpty())
        icalproperty_add_parameter(organizer, icalparameter_new_cn(utf8(organizerName).constData()));
    icalcomponent_add_property(event, organizer);

    icalproperty* attendee = icalproperty_new_attendee(utf8(QStringLiteral("mailto:") + attendeeEmail).constData());
    if (!attendeeName.isEmpty())
        icalproperty_add_parameter(attendee, icalparameter_new_cn(utf8(attendeeName).constData()));
    icalproperty_add_parameter(attendee, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
    icalproperty_add_parameter(attendee, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
    icalproperty_add_parameter(attendee, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
    icalcomponent_add_property(event, attendee);

    icalcomponent_add_component(calendar.get(), event);

    char* text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return fail(tr("libical could not write the invitation"));
    QByteArray ics(text);
    icalmemory_free_buffer(text);
    // libical ends lines with "\r\n" already; make sure of it (RFC 5545 requires CRLF).
    if (!ics.contains("\r\n"))
        ics.replace("\n", "\r\n");
    return ics;
}

std::optional<CalendarInvite> CalendarInvite::fromMeeting(const QJsonObject& a, const QString& attendee,
    const QString& fallbackUid, const QString& defaultOrganizer, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<CalendarInvite> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    auto singleLine = [](const QString& s) { return !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')); };
    CalendarInvite invite;
    const auto who = EmailAddress::normalized(attendee);
    if (!who)
        return fail(tr("a meeting needs the attendee's email address, not \"%1\"").arg(attendee.simplified()));
    invite.attendeeEmail = *who;
    const QString startText = a.value(QStringLiteral("start")).toString();
    invite.start = QDateTime::fromString(startText, Qt::ISODate);
    if (!invite.start.isValid())
        return fail(tr("\"%1\" is not a start time (ISO 8601, e.g. 2026-03-02T10:00:00Z)").arg(startText.simplified()));
    const QJsonValue d = a.value(QStringLiteral("duration_minutes"));
    if (!d.isUndefined() && !d.isNull() && (!d.isDouble() || d.toDouble() < 5 || d.toDouble() > kMaxMinutes))
        return fail(tr("a meeting lasts between 5 and %1 minutes").arg(kMaxMinutes));
    invite.durationMinutes = d.toInt(kDefaultMinutes);
    invite.timeZone = a.value(QStringLiteral("time_zone")).toString();
    if (!invite.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(invite.timeZone.toUtf8()))
        return fail(tr("\"%1\" is not a time zone").arg(invite.timeZone.simplified()));
    const QString organizer = a.value(QStringLiteral("organizer")).toString();
    if (!organizer.isEmpty() && !EmailAddress::isValid(organizer))
        return fail(tr("the organiser is not a valid email address"));
    invite.organizerEmail = EmailAddress::normalized(organizer).value_or(defaultOrganizer);
    invite.organizerName = a.value(QStringLiteral("organizer_name")).toString();
    invite.attendeeName = a.value(QStringLiteral("attendee_name")).toString();
    invite.summary = a.value(QStringLiteral("title")).toString();
    if (!singleLine(invite.summary) || !singleLine(invite.organizerName) || !singleLine(invite.attendeeName))
        return fail(tr("the meeting's title and names must be single lines of text"));
    invite.description = a.value(QStringLiteral("description")).toString();
    const QString uid = a.value(QStringLiteral("uid")).toString();
    invite.uid = uid.isEmpty() ? fallbackUid : uid;
    if (invite.uid.isEmpty() || !singleLine(invite.uid) || invite.uid.size() > 255)
        return fail(tr("the meeting's id is not valid"));
    return invite;
}

} // namespace gd::core
