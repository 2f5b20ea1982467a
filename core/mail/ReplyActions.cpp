#include "core/mail/ReplyActions.h"

#include "core/Text.h"
#include "core/ai/LanguageModel.h"
#include "core/decisions/DecisionEngine.h"
#include "core/mail/ConversationStore.h"
#include "core/sales/DealBook.h"
#include "core/sales/OutreachDrafter.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace gd::core {

namespace {

constexpr int kDefaultPauseDays = 7; // an out-of-office without a return date
constexpr int kDefaultLaterDays = 90; // "not now" without a date

QString firstName(const QString& name, const QString& email)
{
    const QString n = name.simplified();
    if (!n.isEmpty() && !n.contains(QLatin1Char('@')))
        return n.section(QLatin1Char(' '), 0, 0);
    QString local = email.section(QLatin1Char('@'), 0, 0).section(QLatin1Char('.'), 0, 0);
    if (!local.isEmpty())
        local[0] = local.at(0).toUpper();
    return local;
}

QString reSubject(const QString& subject)
{
    const QString s = subject.simplified();
    if (s.startsWith(QLatin1String("re:"), Qt::CaseInsensitive))
        return s;
    return QStringLiteral("Re: ") + s;
}

QString quoteOf(const ReplyAnalysis& a)
{
    QString q = a.deciding.value(0).simplified();
    if (q.size() > 200)
        q = q.left(197) + QStringLiteral("...");
    return q;
}

// Someone GreenDoor holds or has written to: a prospect, an enrolment, a campaign send or a
// recipient of a stored outgoing message.
bool knownContact(Workspace& ws, const QString& email)
{
    static const char* const queries[] = {
        "SELECT 1 FROM prospects WHERE email = ? LIMIT 1",
        "SELECT 1 FROM enrolments WHERE lower(email) = ? LIMIT 1",
        "SELECT 1 FROM campaign_sends WHERE lower(email) = ? LIMIT 1",
        ("SELECT 1 FROM conversations WHERE contact = ? AND EXISTS (SELECT 1 FROM mail_messages m WHERE "
         "m.conversation_id = conversations.id AND m.direction = 'out') LIMIT 1"),
    };
    QSqlQuery q(ws.db());
    for (const char* sql : queries) {
        q.prepare(QLatin1String(sql));
        q.addBindValue(email.trimmed().toLower());
        if (q.exec() && q.next())
            return true;
    }
    return false;
}

QString greetingFor(const ReplyActions::Context& c)
{
    return tr("Hi %1,").arg(firstName(c.contactName, c.contact));
}

QString signOffFor(const ReplyActions::Context& c)
{
    return tr("Best regards,\n%1").arg(c.mailboxName.isEmpty() ? c.mailboxEmail : c.mailboxName);
}

QString meetingWhen(const QDateTime& slot)
{
    const QLocale english(QLocale::English);
    return english.toString(slot, QStringLiteral("dddd d MMMM 'at' HH:mm"));
}

// The template's middle paragraph for a class that gets an answer ("" for the others).
QString templateMiddle(ReplyClass cls, const ReplyDraft& d)
{
    if (cls == ReplyClass::Interested)
        return tr("thank you for your reply. Would %1 (%2) suit you for a %3-minute call? The calendar "
                  "invitation is attached; if another time is better for you, just tell me which.")
            .arg(meetingWhen(d.slot), d.timeZone)
            .arg(d.minutes);
    if (cls == ReplyClass::Objection)
        return tr("thank you for telling me plainly. I understand the concern, and I would rather answer it "
                  "properly than send another generic email: would a short call, or a one-page summary of how "
                  "teams like yours have handled this, be useful? If not, I will not follow up.");
    return {};
}

QJsonArray sentencesJson(const QList<DraftSentence>& sentences)
{
    QJsonArray array;
    for (const DraftSentence& s : sentences)
        array.append(QJsonObject { { QStringLiteral("text"), s.text }, { QStringLiteral("fact"), s.fact },
            { QStringLiteral("value"), s.value } });
    return array;
}

} // namespace

std::optional<ReplyDraft> ReplyActions::draftFor(
    Workspace& ws, const ReplyAnalysis& a, const Context& c, LanguageModel* model, const std::atomic<bool>* cancel)
{
    if (a.replyClass != ReplyClass::Interested && a.replyClass != ReplyClass::Objection)
        return std::nullopt;
    ReplyDraft d;
    if (a.replyClass == ReplyClass::Interested) {
        // Never in the past, also for a reply read from an old mbox.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        d.slot = meetingSlot(
            ws, c.receivedAt.isValid() && c.receivedAt > now ? c.receivedAt : now, &d.timeZone, &d.minutes);
    }
    const QString greeting = greetingFor(c);
    const QString middle = templateMiddle(a.replyClass, d);
    const QString signOff = signOffFor(c);
    const QList<DraftSentence> templateSentences { { greeting, {}, {} }, { middle, {}, {} }, { signOff, {}, {} } };
    d.body = greeting + QStringLiteral("\n\n") + middle + QStringLiteral("\n\n") + signOff;
    d.sentences = sentencesJson(templateSentences);
    if (!model || model->isOffline())
        return d;

    // The task's facts, each with its id: what is stored about the contact, the meeting proposed,
    // who we are. The reply itself is added by the model client as quoted data ("reply.text").
    DraftRequest request;
    const OutreachFacts stored = OutreachDrafter::factsFor(ws, c.contact);
    QStringList names = stored.keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        request.facts.append({ name, stored.value(name).value, !OutreachDrafter::isAboutUs(name) });
    if (!stored.contains(QStringLiteral("prospect.first_name")) && !firstName(c.contactName, c.contact).isEmpty())
        request.facts.append({ QStringLiteral("reply.from_name"), c.contactName.simplified(), true });
    request.facts.append({ QStringLiteral("reply.subject"), c.subject.simplified().left(300), true });
    if (d.slot.isValid()) {
        request.facts.append(
            { QStringLiteral("meeting.time"), QStringLiteral("%1 (%2)").arg(meetingWhen(d.slot), d.timeZone), false });
        request.facts.append({ QStringLiteral("meeting.minutes"), QString::number(d.minutes), false });
        request.facts.append(
            { QStringLiteral("meeting.invitation"), tr("a calendar invitation for that time is attached"), false });
    }
    if (!c.mailboxName.isEmpty())
        request.facts.append({ QStringLiteral("us.sender_name"), c.mailboxName.simplified(), false });
    request.inboundText = a.body;
    request.replyClass = replyClassName(a.replyClass);
    request.templateSubject = reSubject(c.subject);
    request.templateBody = d.body;
    request.templateSentences = templateSentences;
    const DraftAnswer answer = model->draftReply(request, cancel);
    d.spendDecision = answer.spendDecisionId;
    if (!answer.ok || answer.fellBack || answer.answeredBy == u"offline") {
        d.modelNote = answer.fallbackReason.isEmpty() ? answer.error : answer.fallbackReason;
        return d;
    }
    d.body = answer.body;
    d.sentences = answer.sentencesJson();
    d.draftedBy = answer.answeredBy;
    return d;
}

QString ReplyActions::liveSequence(Workspace& ws, const QString& contact)
{
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("SELECT sequence FROM enrolments WHERE lower(email) = ? AND status IN ('active', 'paused') "
                       "ORDER BY updated_at DESC LIMIT 1"));
    q.addBindValue(contact.trimmed().toLower());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QDateTime ReplyActions::meetingSlot(Workspace& ws, const QDateTime& after, QString* timeZone, int* minutes)
{
    QString zoneId = ws.meta(keys::TimeZone);
    if (zoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8()))
        zoneId = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (zoneId.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8()))
        zoneId = QStringLiteral("UTC");
    const QTimeZone zone(zoneId.toUtf8());
    static const QRegularExpression hours(QStringLiteral(R"(^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$)"));
    QTime start(9, 0);
    const auto m = hours.match(ws.meta(keys::WorkingHours, QStringLiteral("09:00-17:00")));
    if (m.hasMatch()) {
        const QTime t(m.captured(1).toInt(), m.captured(2).toInt());
        if (t.isValid())
            start = t;
    }
    QList<int> days;
    for (const QString& d : ws.meta(keys::WorkingDays, QStringLiteral("1,2,3,4,5")).split(QLatin1Char(','))) {
        const int n = d.trimmed().toInt();
        if (n >= 1 && n <= 7)
            days << n;
    }
    if (days.isEmpty())
        days = { 1, 2, 3, 4, 5 };
    int length = ws.meta(keys::MeetingMinutes, QStringLiteral("30")).toInt();
    if (length < 5 || length > 480)
        length = 30;
    QDate day = after.toTimeZone(zone).date().addDays(1);
    for (int i = 0; i < 14 && !days.contains(day.dayOfWeek()); ++i)
        day = day.addDays(1);
    if (timeZone)
        *timeZone = zoneId;
    if (minutes)
        *minutes = length;
    return QDateTime(day, start, zone);
}

QDate ReplyActions::laterDate(const QString& text, const QDate& sent)
{
    const QDate base = sent.isValid() ? sent : QDate::currentDate();
    const QString t = text.toLower();
    // An explicit date ("after 15 April", "ab dem 03.03.") reads like a return date.
    const QDate explicitDate = ReplyClassifier::extractReturnDate(text, base);
    if (explicitDate.isValid() && explicitDate > base)
        return explicitDate;
    static const QRegularExpression inN(QStringLiteral(
        R"(\b(?:in|after|nach|in\s+about|in\s+etwa)\s+(\d{1,2}|two|three|four|six|zwei|drei|vier|sechs)\s+(weeks?|months?|wochen|monaten?)\b)"));
    if (const auto m = inN.match(t); m.hasMatch()) {
        static const QHash<QString, int> words { { QStringLiteral("two"), 2 }, { QStringLiteral("three"), 3 },
            { QStringLiteral("four"), 4 }, { QStringLiteral("six"), 6 }, { QStringLiteral("zwei"), 2 },
            { QStringLiteral("drei"), 3 }, { QStringLiteral("vier"), 4 }, { QStringLiteral("sechs"), 6 } };
        const int n = words.value(m.captured(1), m.captured(1).toInt());
        if (n > 0)
            return m.captured(2).startsWith(QLatin1Char('w')) ? base.addDays(7 * n) : base.addMonths(n);
    }
    static const QRegularExpression quarter(QStringLiteral(R"(\bq([1-4])\b)"));
    if (const auto m = quarter.match(t); m.hasMatch()) {
        QDate d(base.year(), 3 * (m.captured(1).toInt() - 1) + 1, 1);
        if (d <= base)
            d = d.addYears(1);
        return d;
    }
    if (t.contains(QLatin1String("next quarter")) || t.contains(QLatin1String("nächsten quartal"))
        || t.contains(QLatin1String("naechsten quartal")))
        return QDate(base.year(), 3 * ((base.month() - 1) / 3) + 1, 1).addMonths(3);
    if (t.contains(QLatin1String("next month")) || t.contains(QLatin1String("nächsten monat")))
        return QDate(base.year(), base.month(), 1).addMonths(1);
    if (t.contains(QLatin1String("next year")) || t.contains(QLatin1String("nächstes jahr"))
        || t.contains(QLatin1String("nächsten jahr")))
        return QDate(base.year() + 1, 1, 15);
    if (t.contains(QLatin1String("after the summer")) || t.contains(QLatin1String("nach dem sommer"))
        || t.contains(QLatin1String("nach den sommerferien")))
        return QDate(base.month() >= 9 ? base.year() + 1 : base.year(), 9, 1);
    // A month's name: its first day, this year or next.
    static const char* const months[][2] = { { "january", "januar" }, { "february", "februar" }, { "march", "märz" },
        { "april", "april" }, { "may", "mai" }, { "june", "juni" }, { "july", "juli" }, { "august", "august" },
        { "september", "september" }, { "october", "oktober" }, { "november", "november" },
        { "december", "dezember" } };
    for (int i = 0; i < 12; ++i) {
        for (const char* name : months[i]) {
            const QRegularExpression re(QStringLiteral("\\b(?:in|im|after|nach|from|ab|until|bis)\\s+(?:early\\s+|"
                                                       "mid\\s+|late\\s+|anfang\\s+|mitte\\s+|ende\\s+)?")
                + QString::fromUtf8(name) + QStringLiteral("\\b"));
            if (re.match(t).hasMatch()) {
                QDate d(base.year(), i + 1, 1);
                if (d <= base)
                    d = d.addYears(1);
                return d;
            }
        }
    }
    return {};
}

QJsonArray ReplyActions::propose(DecisionEngine& engine, Workspace& ws, const ReplyAnalysis& a, const Context& c)
{
    QJsonArray out;
    const QString cls = replyClassName(a.replyClass);
    const QString because = a.deciding.isEmpty()
        ? tr("reply classified %1 (confidence %2)").arg(cls).arg(a.confidence, 0, 'f', 2)
        : tr("reply classified %1 (confidence %2): \"%3\"").arg(cls).arg(a.confidence, 0, 'f', 2).arg(quoteOf(a));
    const QDate sent = c.receivedAt.isValid() ? c.receivedAt.date() : QDate::currentDate();
    const QString sequence = liveSequence(ws, c.contact);

    auto submit = [&](const QString& type, const QString& target, const QJsonObject& action, const QJsonObject& inputs,
                      const QString& reasoning) {
        Proposal p;
        p.type = type;
        p.agent = QLatin1String(kAgent);
        p.target = target;
        p.campaign = c.campaign;
        p.action = action;
        // The reply's key makes the proposal unique to this message: the same reply read twice
        // (a re-sync, an import of mail already synced) proposes nothing new.
        p.inputs = inputs;
        p.inputs.insert(QStringLiteral("message"), c.messageKey);
        p.reasoning = reasoning;
        const ProposeResult r = engine.propose(p);
        QJsonObject entry { { QStringLiteral("id"), r.decisionId }, { QStringLiteral("type"), type },
            { QStringLiteral("target"), target }, { QStringLiteral("outcome"), nameOf(r.outcome) },
            { QStringLiteral("why"), QJsonArray::fromStringList(r.why) }, { QStringLiteral("reason"), reasoning } };
        if (!r.approvalId.isEmpty())
            entry.insert(QStringLiteral("approval_id"), r.approvalId);
        if (!r.error.isEmpty())
            entry.insert(QStringLiteral("error"), r.error);
        out.append(entry);
    };
    auto stopSequence = [&](const QString& reason) {
        if (sequence.isEmpty())
            return;
        submit(QStringLiteral("sequence.stop"), c.contact,
            QJsonObject { { QStringLiteral("sequence"), sequence }, { QStringLiteral("reason"), reason } },
            QJsonObject { { QStringLiteral("sequence"), sequence } }, because);
    };
    auto pauseSequence = [&](const QDate& until, const QString& reason) {
        if (sequence.isEmpty())
            return;
        submit(QStringLiteral("sequence.pause"), c.contact,
            QJsonObject { { QStringLiteral("sequence"), sequence },
                { QStringLiteral("until"), until.toString(Qt::ISODate) }, { QStringLiteral("reason"), reason } },
            QJsonObject { { QStringLiteral("sequence"), sequence } }, because);
    };
    // The answer: drafted beforehand (possibly by the model), else from the template now.
    std::optional<ReplyDraft> drafted;
    if (c.draft)
        drafted = *c.draft;
    else
        drafted = draftFor(ws, a, c, nullptr);
    auto replyDraft = [&](const QString& inbound, const QJsonObject& invite = {}) {
        QJsonObject action { { QStringLiteral("to"), c.contact }, { QStringLiteral("subject"), reSubject(c.subject) },
            { QStringLiteral("body"), drafted->body }, { QStringLiteral("sentences"), drafted->sentences },
            { QStringLiteral("drafted_by"), drafted->draftedBy } };
        if (!invite.isEmpty())
            action.insert(QStringLiteral("invite"), invite);
        if (!c.campaign.isEmpty())
            action.insert(QStringLiteral("campaign"), c.campaign);
        if (!c.messageId.isEmpty()) {
            action.insert(QStringLiteral("in_reply_to"), c.messageId);
            QStringList refs = c.references;
            refs.removeAll(c.messageId);
            refs << c.messageId;
            action.insert(QStringLiteral("references"), QJsonArray::fromStringList(refs));
        }
        QString reasoning = because;
        if (drafted->draftedBy != u"template")
            reasoning += QStringLiteral(". ")
                + tr("The answer was written by the language model %1 from the stored facts and the reply only; the "
                     "grounding check found every claim in a cited fact.")
                      .arg(drafted->draftedBy);
        else if (!drafted->modelNote.isEmpty())
            reasoning
                += QStringLiteral(". ") + tr("The answer was written from the template: %1.").arg(drafted->modelNote);
        submit(QStringLiteral("email.reply"), c.contact, action,
            QJsonObject { { QStringLiteral("inbound_class"), inbound } }, reasoning);
    };

    switch (a.replyClass) {
    case ReplyClass::Unsubscribe:
        submit(QStringLiteral("suppression.add"), c.contact,
            QJsonObject { { QStringLiteral("scope"), QStringLiteral("global") },
                { QStringLiteral("reason"), QStringLiteral("unsubscribe") },
                { QStringLiteral("source"), c.messageKey.left(300) } },
            QJsonObject { { QStringLiteral("reason"), QStringLiteral("unsubscribe") } }, because);
        stopSequence(tr("unsubscribed"));
        break;
    case ReplyClass::Bounce: {
        const QString failed = a.bounce.recipient.isEmpty() ? c.contact : a.bounce.recipient.toLower();
        if (!a.bounce.hard)
            break; // a soft bounce (4.x.x: mailbox full, greylisted) is tried again later, not a dead address
        // A bounce is data too: it counts only for a message we sent to that very address, so a
        // forged delivery report cannot silence anyone.
        if (c.sentTo.isEmpty() || c.sentTo.compare(failed, Qt::CaseInsensitive) != 0 || !knownContact(ws, failed))
            break;
        const QString reason
            = tr("hard bounce %1").arg(a.bounce.status.isEmpty() ? tr("(no status)") : a.bounce.status);
        submit(QStringLiteral("suppression.add"), failed,
            QJsonObject { { QStringLiteral("scope"), QStringLiteral("global") },
                { QStringLiteral("reason"), QStringLiteral("bounce") },
                { QStringLiteral("source"), c.messageKey.left(300) } },
            QJsonObject { { QStringLiteral("reason"), QStringLiteral("bounce") } }, because);
        const QString seq = liveSequence(ws, failed);
        if (!seq.isEmpty())
            submit(QStringLiteral("sequence.stop"), failed,
                QJsonObject { { QStringLiteral("sequence"), seq }, { QStringLiteral("reason"), reason } },
                QJsonObject { { QStringLiteral("sequence"), seq } }, because);
        break;
    }
    case ReplyClass::OutOfOffice: {
        QDate until = a.returnDate.isValid() && a.returnDate > sent ? a.returnDate : QDate();
        const QString reason = until.isValid()
            ? tr("out of office until %1").arg(a.returnDate.toString(Qt::ISODate))
            : tr("out of office, no return date named: paused %1 days").arg(kDefaultPauseDays);
        if (!until.isValid())
            until = sent.addDays(kDefaultPauseDays);
        pauseSequence(until, reason);
        if (!a.referredEmail.isEmpty() && a.referredEmail.toLower() != c.contact)
            submit(QStringLiteral("prospect.add"), a.referredEmail.toLower(),
                QJsonObject { { QStringLiteral("full_name"), a.referredName.left(200) },
                    { QStringLiteral("referred_by"), c.contact },
                    { QStringLiteral("evidence"), c.messageKey.left(250) } },
                QJsonObject { { QStringLiteral("referred_by"), c.contact } }, because);
        break;
    }
    case ReplyClass::Referral: {
        const QString target = a.referredEmail.isEmpty() ? a.referredName.simplified() : a.referredEmail.toLower();
        if (!target.isEmpty() && target != c.contact)
            submit(QStringLiteral("prospect.add"), target,
                QJsonObject { { QStringLiteral("full_name"), a.referredName.simplified().left(200) },
                    { QStringLiteral("referred_by"), c.contact },
                    { QStringLiteral("evidence"), c.messageKey.left(250) } },
                QJsonObject { { QStringLiteral("referred_by"), c.contact } }, because);
        stopSequence(tr("referred us to someone else"));
        break;
    }
    case ReplyClass::Interested: {
        const QString zone = drafted->timeZone;
        const int minutes = drafted->minutes;
        const QDateTime slot = drafted->slot;
        const QString title = tr("Call: %1 and %2")
                                  .arg(c.contactName.isEmpty() ? c.contact : c.contactName.simplified().left(80),
                                      c.mailboxName.isEmpty() ? c.mailboxEmail : c.mailboxName.simplified().left(80));
        QJsonObject meeting { { QStringLiteral("start"), slot.toString(Qt::ISODateWithMs) },
            { QStringLiteral("duration_minutes"), minutes }, { QStringLiteral("title"), title },
            { QStringLiteral("time_zone"), zone }, { QStringLiteral("attendee_name"), c.contactName.left(200) },
            { QStringLiteral("description"), tr("Following up on your reply to \"%1\".").arg(c.subject.left(200)) } };
        if (!c.mailboxEmail.isEmpty()) {
            meeting.insert(QStringLiteral("organizer"), c.mailboxEmail);
            meeting.insert(QStringLiteral("organizer_name"), c.mailboxName);
        }
        // One event: the organiser's calendar file and the invitation the reply carries share it.
        const QString domain = c.mailboxEmail.section(QLatin1Char('@'), 1);
        const QString uid = QStringLiteral("gd.meeting.")
            + QString::fromLatin1(
                QCryptographicHash::hash(c.messageKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24))
            + QLatin1Char('@') + (domain.isEmpty() ? QStringLiteral("greendoor.invalid") : domain);
        meeting.insert(QStringLiteral("uid"), uid);
        submit(QStringLiteral("meeting.book"), c.contact, meeting,
            QJsonObject { { QStringLiteral("start"), meeting.value(QStringLiteral("start")) },
                { QStringLiteral("duration_minutes"), minutes } },
            because);
        replyDraft(cls, meeting);
        pauseSequence(slot.date().addDays(7), tr("interested: a meeting is proposed"));
        // The pipeline follows: a new deal for a prospect with none open (a record inside the
        // workspace, no effect outside it), or a proposed move to discovery for one still qualified.
        DealBook deals(ws);
        if (const auto open = deals.openDealFor(c.contact)) {
            if (open->stage == QLatin1String("qualified"))
                submit(QStringLiteral("deal.move_stage"), QString::number(open->id),
                    QJsonObject { { QStringLiteral("to_stage"), QStringLiteral("discovery") },
                        { QStringLiteral("reason"), tr("interested reply %1").arg(c.messageKey.left(120)) } },
                    {}, because);
        } else {
            DealDraft draft;
            draft.title = tr("%1 - interested reply")
                              .arg(c.contactName.isEmpty() ? c.contact : c.contactName.simplified().left(120));
            draft.contactEmail = c.contact;
            draft.nextStep = tr("call proposed for %1").arg(slot.toString(Qt::ISODate));
            QString why;
            if (const auto id = deals.create(draft, &why))
                out.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("deal.create") },
                    { QStringLiteral("target"), QString::number(*id) },
                    { QStringLiteral("outcome"), QStringLiteral("act") }, { QStringLiteral("reason"), because } });
        }
        break;
    }
    case ReplyClass::Objection:
        replyDraft(cls);
        pauseSequence(sent.addDays(14), tr("objection: waiting for the answer to it"));
        break;
    case ReplyClass::NotNow: {
        QDate due = laterDate(a.body, sent);
        const QString note = due.isValid()
            ? tr("%1 said not now; take it up again on %2").arg(c.contact, due.toString(Qt::ISODate))
            : tr("%1 said not now without a date; take it up again in %2 days").arg(c.contact).arg(kDefaultLaterDays);
        if (!due.isValid())
            due = sent.addDays(kDefaultLaterDays);
        submit(QStringLiteral("reminder.create"), c.contact,
            QJsonObject { { QStringLiteral("due"), due.toString(Qt::ISODate) }, { QStringLiteral("note"), note },
                { QStringLiteral("source"), c.messageKey.left(300) } },
            QJsonObject { { QStringLiteral("due"), due.toString(Qt::ISODate) } }, because);
        pauseSequence(due, tr("not now: until %1").arg(due.toString(Qt::ISODate)));
        break;
    }
    case ReplyClass::NotInterested:
        stopSequence(tr("not interested"));
        break;
    }
    return out;
}

} // namespace gd::core
