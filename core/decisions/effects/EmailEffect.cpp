#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace gd::core::effects {

namespace {

const QString kDefaultSender = QStringLiteral("GreenDoor <sales@greendoor.invalid>");

bool isPlainAscii(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return false;
    }
    return true;
}

// RFC 2047 encoded-words (UTF-8, base64) for non-ASCII header text, at most 64 characters each,
// folded onto continuation lines; whole characters only.
QString encodeHeaderText(const QString& text)
{
    if (isPlainAscii(text))
        return text;
    QStringList words;
    QByteArray chunk;
    auto flush = [&] {
        if (!chunk.isEmpty())
            words << QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(chunk.toBase64()));
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            len = 2;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        if (chunk.size() + bytes.size() > 39) // 39 bytes -> 52 base64 characters + 12 = 64, + "Subject: "
            flush();
        chunk += bytes;
        i += len - 1;
    }
    flush();
    return words.join(QStringLiteral("\n "));
}

// "Name <address>" or "address" from the workspace's sender setting, validated and encoded.
QString fromHeader(const QString& setting)
{
    static const QRegularExpression named(QStringLiteral(R"(^\s*(.*?)\s*<([^<>]+)>\s*$)"));
    QString name;
    QString address = setting;
    const QRegularExpressionMatch m = named.match(setting);
    if (m.hasMatch()) {
        name = m.captured(1);
        address = m.captured(2);
    }
    const auto valid = EmailAddress::normalized(address);
    if (!valid || !isSingleLine(name))
        return kDefaultSender;
    if (name.isEmpty())
        return *valid;
    // A display name with specials is quoted when plain ASCII, encoded otherwise.
    QString display = name;
    if (isPlainAscii(name)) {
        static const QRegularExpression specials(QStringLiteral(R"([()<>\[\]:;@\\,."])"));
        if (name.contains(specials)) {
            display.replace(QLatin1String("\\"), QLatin1String("\\\\"));
            display.replace(QLatin1String("\""), QLatin1String("\\\""));
            display = QLatin1Char('"') + display + QLatin1Char('"');
        }
    } else {
        display = encodeHeaderText(name);
    }
    return display + QStringLiteral(" <") + *valid + QLatin1Char('>');
}

QString crlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

class EmailEffect final : public DecisionEffect
{
public:
    explicit EmailEffect(QString type)
        : m_type(std::move(type))
    {
    }

    QString type() const override { return m_type; }
    QStringList requiredFields() const override
    {
        return { QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body") };
    }
    QStringList declaredFacts() const override
    {
        return { QStringLiteral("lawful_basis"), QStringLiteral("region"), QStringLiteral("inbound_class") };
    }

    QString editedTarget(const QString& oldTarget, const QJsonObject& action) const override
    {
        const auto recipients = EmailAddress::parseList(action.value(QStringLiteral("to")).toString());
        if (!recipients || recipients->contains(oldTarget.trimmed().toLower()))
            return oldTarget;
        return recipients->first();
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        const QString to = action.value(QStringLiteral("to")).toString();
        const auto recipients = EmailAddress::parseList(to);
        if (!recipients)
            return error(EffectError::Code::InvalidField,
                tr("\"%1\" is not a list of valid email addresses").arg(to.simplified()));
        if (!recipients->contains(target.trimmed().toLower()))
            return error(EffectError::Code::InvalidField,
                tr("the target %1 is not among the recipients (%2)")
                    .arg(target.simplified(), recipients->join(QStringLiteral(", "))));
        if (!isSingleLine(action.value(QStringLiteral("subject")).toString()))
            return error(EffectError::Code::InvalidField, tr("the subject must be a single line of text"));
        return std::nullopt;
    }

public:
    EffectStatus perform(const EffectRequest& request, EffectEnvironment& env, QJsonObject* result) const override
    {
        const QString path = QDir(env.outgoingDir).filePath(env.fileStem + QStringLiteral(".eml"));
        result->insert(QStringLiteral("file"), path);
        if (QFileInfo::exists(path))
            return std::nullopt; // written before a crash: never twice
        const QJsonObject& a = request.action;
        const auto recipients = EmailAddress::parseList(a.value(QStringLiteral("to")).toString());
        const QString subject = a.value(QStringLiteral("subject")).toString();
        if (!recipients || !isSingleLine(subject))
            return error(EffectError::Code::InvalidField, tr("the email's headers are not valid"));
        const QString text = QStringLiteral("Message-ID: <%1@greendoor.invalid>\n").arg(env.fileStem)
            + QStringLiteral("Date: %1\n").arg(QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date))
            + QStringLiteral("From: %1\n").arg(fromHeader(env.workspace->meta(keys::Sender, kDefaultSender)))
            + QStringLiteral("To: %1\n").arg(recipients->join(QStringLiteral(", ")))
            + QStringLiteral("Subject: %1\n").arg(encodeHeaderText(subject))
            + QStringLiteral(
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n")
            + QStringLiteral("X-GreenDoor-Decision: %1\n\n").arg(request.decisionId)
            + a.value(QStringLiteral("body")).toString() + QLatin1Char('\n');
        if (auto failed = writeFile(env.outgoingDir, path, crlf(text).toUtf8()))
            return failed;
        if (env.afterFileWritten)
            env.afterFileWritten();
        return std::nullopt;
    }

private:
    QString m_type;
};

} // namespace

std::unique_ptr<DecisionEffect> makeEmail(const QString& type)
{
    return std::make_unique<EmailEffect>(type);
}

} // namespace gd::core::effects
