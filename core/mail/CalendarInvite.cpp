#include "core/mail/CalendarInvite.h"

#include "core/Text.h"

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
    icaltimezone* zone = nullptr;
    QTimeZone qzone = QTimeZone::utc();
    if (!timeZone.isEmpty() && timeZone != QLatin1String("UTC")) {
        zone = icaltimezone_get_builtin_timezone(utf8(timeZone).constData());
        if (zone)
            qzone = QTimeZone(timeZone.toUtf8());
    }
    const QDateTime localStart = start.toTimeZone(qzone);
    const QDateTime localEnd = localStart.addSecs(60LL * durationMinutes);

    std::unique_ptr<icalcomponent, ComponentFree> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//GreenDoor//GreenDoor//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_REQUEST));
    if (zone) {
        icalcomponent* vtimezone = icaltimezone_get_component(zone);
        if (vtimezone)
            icalcomponent_add_component(calendar.get(), icalcomponent_new_clone(vtimezone));
    }

    icalcomponent* event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(
        event, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(QDateTime::currentSecsSinceEpoch(), 0, utc)));
    auto timeProperty = [&](icalproperty* p) {
        if (zone)
            icalproperty_add_parameter(p, icalparameter_new_tzid(icaltimezone_get_tzid(zone)));
        icalcomponent_add_property(event, p);
    };
    if (zone) {
        timeProperty(icalproperty_new_dtstart(toIcal(localStart, zone)));
        timeProperty(icalproperty_new_dtend(toIcal(localEnd, zone)));
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

} // namespace gd::core
