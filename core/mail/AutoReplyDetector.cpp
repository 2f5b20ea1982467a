#include "core/mail/AutoReplyDetector.h"

#include <QRegularExpression>

namespace gd::core {

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QString firstAddress(const QString& text, const QString& except)
{
    static const QRegularExpression re(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString address = it.next().captured(0).toLower();
        if (address != except && !address.startsWith(QLatin1String("mailer-daemon@"))
            && !address.startsWith(QLatin1String("postmaster@")))
            return address;
    }
    return {};
}

} // namespace

bool AutoReplyDetector::outOfOfficeSubject(const QString& subject)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^\\s*(?:(?:re|aw|fwd?|wg)\\s*:\\s*)*\\[?(?:automatic\\s+reply|auto(?:matic)?[-\\s]?reply|autoreply"
            "|out\\s+of\\s+(?:the\\s+)?office|ooo\\b|away\\s+from\\s+(?:the\\s+)?office|on\\s+vacation|vacation\\s+"
            "reply"
            "|abwesenheitsnotiz|automatische\\s+antwort|abwesend|nicht\\s+im\\s+büro|urlaub"
            "|réponse\\s+automatique|absence|absent\\s+du\\s+bureau|message\\s+d'absence"
            "|automatisch\\s+antwoord|afwezig|niet\\s+aanwezig|buiten\\s+kantoor"
            "|autosvar|fuori\\s+sede|risposta\\s+automatica|respuesta\\s+automática|fuera\\s+de\\s+la\\s+oficina)"),
        kOptions);
    return re.match(subject).hasMatch();
}

AutoReplyInfo AutoReplyDetector::autoReply(const ParsedEmail& email)
{
    AutoReplyInfo info;
    const auto decide = [&info](const QString& evidence) {
        info.autoReply = true;
        info.evidence = evidence;
        return info;
    };
    const QString submitted = email.header(QStringLiteral("Auto-Submitted")).trimmed();
    if (!submitted.isEmpty() && submitted.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0)
        return decide(QStringLiteral("Auto-Submitted: ") + submitted);
    for (const char* name : { "X-Autoreply", "X-Autorespond", "X-Autoresponder", "X-Auto-Reply" }) {
        const QString value = email.header(QLatin1String(name)).trimmed();
        if (!value.isEmpty() && value.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0)
            return decide(QLatin1String(name) + QStringLiteral(": ") + value);
    }
    const QString precedence = email.header(QStringLiteral("Precedence")).trimmed().toLower();
    if (precedence == QLatin1String("auto_reply") || precedence == QLatin1String("bulk")
        || precedence == QLatin1String("junk"))
        return decide(QStringLiteral("Precedence: ") + precedence);
    const QString apple = email.header(QStringLiteral("X-Apple-Action")).trimmed();
    if (apple.compare(QLatin1String("vacation"), Qt::CaseInsensitive) == 0)
        return decide(QStringLiteral("X-Apple-Action: ") + apple);
    if (outOfOfficeSubject(email.subject))
        return decide(QStringLiteral("Subject: ") + email.subject);
    return info;
}

BounceInfo AutoReplyDetector::bounce(const ParsedEmail& email)
{
    BounceInfo info;
    for (const auto& s : email.deliveryStatus) {
        const QString action = s.action.trimmed().toLower();
        if (action != QLatin1String("failed") && action != QLatin1String("delayed"))
            continue;
        info.bounce = true;
        info.status = s.status.trimmed();
        info.hard
            = info.status.startsWith(QLatin1Char('5')) || (info.status.isEmpty() && action == QLatin1String("failed"));
        info.recipient = s.recipient.toLower();
        info.diagnostic = s.diagnostic;
        info.evidence = QStringLiteral("Action: %1; Status: %2").arg(action, info.status);
        return info;
    }

    if (!email.deliveryStatus.isEmpty())
        return info; // a DSN that reports only delivery, relay or expansion is no bounce

    // No DSN: a mailer daemon's own words.
    const QString local = email.from.address.section(QLatin1Char('@'), 0, 0);
    static const QRegularExpression daemon(
        QStringLiteral("^(?:mailer-daemon|postmaster|mail-daemon|maildaemon|bounces?)$"), kOptions);
    static const QRegularExpression daemonName(QStringLiteral("mail\\s+delivery|mailer-daemon|postmaster"), kOptions);
    if (!daemon.match(local).hasMatch() && !daemonName.match(email.from.name).hasMatch())
        return info;
    static const QRegularExpression wording(
        QStringLiteral(
            "(?:[^.\\n]*(?:undeliver(?:able|ed)|delivery\\s+(?:has\\s+)?failed|delivery\\s+status\\s+notification"
            "|could\\s+not\\s+be\\s+delivered|couldn't\\s+be\\s+delivered|wasn't\\s+delivered|returned\\s+to\\s+sender"
            "|delivery\\s+to\\s+the\\s+following\\s+recipients?\\s+failed|address\\s+not\\s+found|user\\s+unknown"
            "|no\\s+such\\s+user|mailbox\\s+(?:unavailable|full|not\\s+found)|recipient\\s+address\\s+rejected"
            "|unzustellbar|nicht\\s+zugestellt|konnte\\s+nicht\\s+zugestellt|non\\s+remis|n'a\\s+pas\\s+pu\\s+être\\s+"
            "remis"
            "|échec\\s+de\\s+(?:la\\s+)?remise|onbestelbaar|kon\\s+niet\\s+worden\\s+bezorgd|niet\\s+bezorgd)[^.\\n]*"
            ")"),
        kOptions);
    const QString text = email.subject + QLatin1Char('\n') + email.text;
    const auto match = wording.match(text);
    if (!match.hasMatch())
        return info;
    info.bounce = true;
    info.evidence = match.captured(0).trimmed();
    static const QRegularExpression code(QStringLiteral("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"));
    const auto c = code.match(email.text);
    static const QRegularExpression transient(
        QStringLiteral(
            "mailbox\\s+(?:is\\s+)?full|over\\s+quota|quota\\s+exceeded|temporar|try\\s+again\\s+later|will\\s+(?:"
            "retry|"
            "continue\\s+to\\s+try)|delayed|vorübergehend|postfach\\s+ist\\s+voll|temporairement|boîte\\s+pleine"
            "|tijdelijk|postvak\\s+is\\s+vol"),
        kOptions);
    if (c.hasMatch() && c.captured(1) != QLatin1String("2")) {
        info.status = c.captured(0);
        info.hard = c.captured(1) == QLatin1String("5");
    } else {
        info.hard = !transient.match(email.text).hasMatch();
    }
    info.recipient = firstAddress(email.text, email.to.isEmpty() ? QString() : email.to.first().address);
    return info;
}

} // namespace gd::core
