#include "core/mail/SendGate.h"

#include "core/Text.h"
#include "core/decisions/AuthorityMatrix.h"
#include "core/mail/SendLedger.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

// Countries with one zone (or one that is right for business hours), by ISO code.
const QHash<QString, QString>& countryZones()
{
    static const QHash<QString, QString> zones = {
        { QStringLiteral("de"), QStringLiteral("Europe/Berlin") },
        { QStringLiteral("at"), QStringLiteral("Europe/Vienna") },
        { QStringLiteral("ch"), QStringLiteral("Europe/Zurich") },
        { QStringLiteral("fr"), QStringLiteral("Europe/Paris") },
        { QStringLiteral("be"), QStringLiteral("Europe/Brussels") },
        { QStringLiteral("nl"), QStringLiteral("Europe/Amsterdam") },
        { QStringLiteral("lu"), QStringLiteral("Europe/Luxembourg") },
        { QStringLiteral("gb"), QStringLiteral("Europe/London") },
        { QStringLiteral("uk"), QStringLiteral("Europe/London") },
        { QStringLiteral("ie"), QStringLiteral("Europe/Dublin") },
        { QStringLiteral("es"), QStringLiteral("Europe/Madrid") },
        { QStringLiteral("pt"), QStringLiteral("Europe/Lisbon") },
        { QStringLiteral("it"), QStringLiteral("Europe/Rome") },
        { QStringLiteral("dk"), QStringLiteral("Europe/Copenhagen") },
        { QStringLiteral("se"), QStringLiteral("Europe/Stockholm") },
        { QStringLiteral("no"), QStringLiteral("Europe/Oslo") },
        { QStringLiteral("fi"), QStringLiteral("Europe/Helsinki") },
        { QStringLiteral("pl"), QStringLiteral("Europe/Warsaw") },
        { QStringLiteral("cz"), QStringLiteral("Europe/Prague") },
        { QStringLiteral("gr"), QStringLiteral("Europe/Athens") },
        { QStringLiteral("hu"), QStringLiteral("Europe/Budapest") },
        { QStringLiteral("ro"), QStringLiteral("Europe/Bucharest") },
        { QStringLiteral("ua"), QStringLiteral("Europe/Kyiv") },
        { QStringLiteral("tr"), QStringLiteral("Europe/Istanbul") },
        { QStringLiteral("il"), QStringLiteral("Asia/Jerusalem") },
        { QStringLiteral("ae"), QStringLiteral("Asia/Dubai") },
        { QStringLiteral("in"), QStringLiteral("Asia/Kolkata") },
        { QStringLiteral("sg"), QStringLiteral("Asia/Singapore") },
        { QStringLiteral("jp"), QStringLiteral("Asia/Tokyo") },
        { QStringLiteral("kr"), QStringLiteral("Asia/Seoul") },
        { QStringLiteral("cn"), QStringLiteral("Asia/Shanghai") },
        { QStringLiteral("hk"), QStringLiteral("Asia/Hong_Kong") },
        { QStringLiteral("nz"), QStringLiteral("Pacific/Auckland") },
        { QStringLiteral("za"), QStringLiteral("Africa/Johannesburg") },
        { QStringLiteral("ng"), QStringLiteral("Africa/Lagos") },
        { QStringLiteral("ke"), QStringLiteral("Africa/Nairobi") },
        { QStringLiteral("ar"), QStringLiteral("America/Argentina/Buenos_Aires") },
        { QStringLiteral("cl"), QStringLiteral("America/Santiago") },
        { QStringLiteral("co"), QStringLiteral("America/Bogota") },
        // Several zones: the most populous one, unless the city says otherwise.
        { QStringLiteral("us"), QStringLiteral("America/New_York") },
        { QStringLiteral("ca"), QStringLiteral("America/Toronto") },
        { QStringLiteral("au"), QStringLiteral("Australia/Sydney") },
        { QStringLiteral("br"), QStringLiteral("America/Sao_Paulo") },
        { QStringLiteral("mx"), QStringLiteral("America/Mexico_City") },
        { QStringLiteral("ru"), QStringLiteral("Europe/Moscow") },
    };
    return zones;
}

const QHash<QString, QString>& countryNames()
{
    static const QHash<QString, QString> names = {
        { QStringLiteral("germany"), QStringLiteral("de") },
        { QStringLiteral("deutschland"), QStringLiteral("de") },
        { QStringLiteral("austria"), QStringLiteral("at") },
        { QStringLiteral("switzerland"), QStringLiteral("ch") },
        { QStringLiteral("france"), QStringLiteral("fr") },
        { QStringLiteral("belgium"), QStringLiteral("be") },
        { QStringLiteral("netherlands"), QStringLiteral("nl") },
        { QStringLiteral("the netherlands"), QStringLiteral("nl") },
        { QStringLiteral("united kingdom"), QStringLiteral("gb") },
        { QStringLiteral("england"), QStringLiteral("gb") },
        { QStringLiteral("ireland"), QStringLiteral("ie") },
        { QStringLiteral("spain"), QStringLiteral("es") },
        { QStringLiteral("portugal"), QStringLiteral("pt") },
        { QStringLiteral("italy"), QStringLiteral("it") },
        { QStringLiteral("denmark"), QStringLiteral("dk") },
        { QStringLiteral("sweden"), QStringLiteral("se") },
        { QStringLiteral("norway"), QStringLiteral("no") },
        { QStringLiteral("finland"), QStringLiteral("fi") },
        { QStringLiteral("poland"), QStringLiteral("pl") },
        { QStringLiteral("india"), QStringLiteral("in") },
        { QStringLiteral("japan"), QStringLiteral("jp") },
        { QStringLiteral("singapore"), QStringLiteral("sg") },
        { QStringLiteral("united states"), QStringLiteral("us") },
        { QStringLiteral("usa"), QStringLiteral("us") },
        { QStringLiteral("canada"), QStringLiteral("ca") },
        { QStringLiteral("australia"), QStringLiteral("au") },
        { QStringLiteral("brazil"), QStringLiteral("br") },
        { QStringLiteral("mexico"), QStringLiteral("mx") },
        { QStringLiteral("new zealand"), QStringLiteral("nz") },
        { QStringLiteral("south africa"), QStringLiteral("za") },
        { QStringLiteral("china"), QStringLiteral("cn") },
        { QStringLiteral("israel"), QStringLiteral("il") },
    };
    return names;
}

// Cities of countries that span several zones.
const QHash<QString, QString>& cityZones()
{
    static const QHash<QString, QString> zones = {
        { QStringLiteral("san francisco"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("los angeles"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("seattle"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("san diego"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("portland"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("san jose"), QStringLiteral("America/Los_Angeles") },
        { QStringLiteral("denver"), QStringLiteral("America/Denver") },
        { QStringLiteral("phoenix"), QStringLiteral("America/Phoenix") },
        { QStringLiteral("salt lake city"), QStringLiteral("America/Denver") },
        { QStringLiteral("chicago"), QStringLiteral("America/Chicago") },
        { QStringLiteral("austin"), QStringLiteral("America/Chicago") },
        { QStringLiteral("dallas"), QStringLiteral("America/Chicago") },
        { QStringLiteral("houston"), QStringLiteral("America/Chicago") },
        { QStringLiteral("minneapolis"), QStringLiteral("America/Chicago") },
        { QStringLiteral("new york"), QStringLiteral("America/New_York") },
        { QStringLiteral("boston"), QStringLiteral("America/New_York") },
        { QStringLiteral("miami"), QStringLiteral("America/New_York") },
        { QStringLiteral("atlanta"), QStringLiteral("America/New_York") },
        { QStringLiteral("vancouver"), QStringLiteral("America/Vancouver") },
        { QStringLiteral("calgary"), QStringLiteral("America/Edmonton") },
        { QStringLiteral("montreal"), QStringLiteral("America/Toronto") },
        { QStringLiteral("toronto"), QStringLiteral("America/Toronto") },
        { QStringLiteral("perth"), QStringLiteral("Australia/Perth") },
        { QStringLiteral("brisbane"), QStringLiteral("Australia/Brisbane") },
        { QStringLiteral("melbourne"), QStringLiteral("Australia/Melbourne") },
        { QStringLiteral("adelaide"), QStringLiteral("Australia/Adelaide") },
        { QStringLiteral("manaus"), QStringLiteral("America/Manaus") },
        { QStringLiteral("tijuana"), QStringLiteral("America/Tijuana") },
        { QStringLiteral("novosibirsk"), QStringLiteral("Asia/Novosibirsk") },
        { QStringLiteral("vladivostok"), QStringLiteral("Asia/Vladivostok") },
    };
    return zones;
}

QString hhmm(qint64 ms, const QTimeZone& zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The start of the next sending window after `now` in `zone`; `now` itself when inside it.
qint64 windowOpens(const Mailbox& m, const QTimeZone& zone, qint64 now)
{
    if (m.anyTime())
        return now;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(now, zone);
    const int minute = local.time().hour() * 60 + local.time().minute();
    const int start = m.windowStartMinute;
    const int end = m.windowEndMinute;
    const bool inside = start < end ? (minute >= start && minute < end) : (minute >= start || minute < end);
    if (inside)
        return now;
    QDate day = local.date();
    if (start < end && minute >= end)
        day = day.addDays(1);
    const QDateTime opens(day, QTime(start / 60, start % 60), zone);
    return std::max(now, opens.toMSecsSinceEpoch());
}

} // namespace

int SendGate::capOn(const Mailbox& m, qint64 now)
{
    if (m.warmupStep <= 0)
        return m.dailyCap;
    const qint64 days = m.createdAt > 0 && now > m.createdAt ? (now - m.createdAt) / kDay : 0;
    const qint64 cap = static_cast<qint64>(m.warmupStartCap) + days * m.warmupStep;
    return static_cast<int>(std::min<qint64>(m.dailyCap, cap));
}

QTimeZone SendGate::zoneFor(const QString& city, const QString& country)
{
    const QString c = city.trimmed().toLower();
    if (const auto it = cityZones().constFind(c); it != cityZones().cend())
        return QTimeZone(it->toLatin1());
    QString code = country.trimmed().toLower();
    if (code.size() != 2)
        code = countryNames().value(code);
    if (const auto it = countryZones().constFind(code); it != countryZones().cend())
        return QTimeZone(it->toLatin1());
    return {};
}

QTimeZone SendGate::recipientZone(Workspace& ws, const QString& email)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT p.city, coalesce(nullif(p.country, ''), c.country) FROM prospects p "
                             "LEFT JOIN companies c ON c.id = p.company_id WHERE p.email IN (?, ?) LIMIT 1"));
    q.addBindValue(email.trimmed().toLower()); // by the index on email: stored as imported
    q.addBindValue(email.trimmed());
    if (q.exec() && q.next()) {
        const QTimeZone zone = zoneFor(q.value(0).toString(), q.value(1).toString());
        if (zone.isValid())
            return zone;
    }
    const QByteArray user = ws.meta(keys::UserTimeZone).toLatin1();
    if (!user.isEmpty() && QTimeZone::isTimeZoneIdAvailable(user))
        return QTimeZone(user);
    return QTimeZone::systemTimeZone();
}

std::optional<SendGate::Wait> SendGate::check(Workspace& ws, const Mailbox& m, const QString& recipient, qint64 now)
{
    SendLedger ledger(ws);
    const QTimeZone local = QTimeZone::systemTimeZone();
    // Daily cap, rolling 24 hours, with the warm-up ramp.
    const int cap = capOn(m, now);
    qint64 slot = 0;
    if (ledger.countSince(m.name, now - kDay, cap, &slot) >= cap) {
        const qint64 next = slot + kDay + 1;
        return Wait { next,
            tr("daily cap of %1 reached for mailbox %2; next slot %3").arg(cap).arg(m.name, hhmm(next, local)) };
    }
    // A goal's email cap ("at most 30 emails a day"), over all mailboxes: the lowest one holds.
    const GoalCap* goalCap = nullptr;
    const QList<GoalCap> goalCaps = AuthorityMatrix::goalCaps(ws);
    for (const GoalCap& c : goalCaps) {
        if (c.kind == QLatin1String("daily_cap") && (!goalCap || c.value < goalCap->value))
            goalCap = &c;
    }
    if (goalCap) {
        const int limit = std::max(0, static_cast<int>(goalCap->value));
        if (ledger.allCountSince(now - kDay, limit, &slot) >= limit) {
            const qint64 next = std::max(slot + kDay + 1, now + 1);
            return Wait { next, tr("%1 reached; next slot %2").arg(goalCap->describe(), hhmm(next, local)) };
        }
    }
    // Minimum gap plus jitter since the mailbox's last send.
    QString lastId;
    if (const qint64 last = ledger.lastStart(m.name, &lastId);
        last > 0 && (m.gapSeconds > 0 || m.gapJitterSeconds > 0)) {
        const QByteArray h = QCryptographicHash::hash(lastId.toUtf8(), QCryptographicHash::Sha256);
        const double fraction
            = static_cast<double>(static_cast<quint8>(h.at(0)) * 256 + static_cast<quint8>(h.at(1))) / 65536.0;
        const qint64 gap = m.gapSeconds * 1000LL + static_cast<qint64>(fraction * m.gapJitterSeconds * 1000.0);
        if (now < last + gap)
            return Wait { last + gap,
                tr("waiting %1 s between sends from mailbox %2; next slot %3")
                    .arg(gap / 1000)
                    .arg(m.name, hhmm(last + gap, local)) };
    }
    // Sending window in the recipient's local time.
    if (!m.anyTime()) {
        const QTimeZone zone = recipientZone(ws, recipient);
        if (const qint64 opens = windowOpens(m, zone, now); opens > now)
            return Wait { opens,
                tr("outside the sending window %1 in %2's time (%3); next slot %4")
                    .arg(m.windowText(), recipient, QString::fromLatin1(zone.id()), hhmm(opens, local)) };
    }
    // Per recipient domain, over all mailboxes.
    const int domainCap = ws.meta(keys::SendDomainDailyCap, QString::number(kDefaultDomainDailyCap)).toInt();
    const QString domain = recipient.section(QLatin1Char('@'), 1).toLower();
    if (domainCap > 0) {
        if (ledger.domainCountSince(domain, now - kDay, domainCap, &slot) >= domainCap) {
            const qint64 next = slot + kDay + 1;
            return Wait {
                next,
                tr("domain cap of %1 a day reached for %2; next slot %3").arg(domainCap).arg(domain, hhmm(next, local))
            };
        }
    }
    return std::nullopt;
}

} // namespace gd::core
