#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/mail/MimeMessage.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace gd::core::effects {

namespace {

const QString kDefaultSender = QStringLiteral("GreenDoor <sales@greendoor.invalid>");

// The sender from the workspace's setting ("Name <address>" or "address"); the default when it
// is not a valid mailbox.
MailAddress sender(const QString& setting)
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
        return sender(kDefaultSender);
    return MailAddress { name, *valid };
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
        // Built by the one MIME builder: every header value validated and encoded there.
        OutgoingEmail mail;
        mail.from = sender(env.workspace->meta(keys::Sender, kDefaultSender));
        for (const QString& address : *recipients)
            mail.to << MailAddress { {}, address };
        mail.subject = subject;
        mail.text = a.value(QStringLiteral("body")).toString();
        mail.messageId = env.fileStem + QStringLiteral("@greendoor.invalid");
        mail.date = QDateTime::currentDateTimeUtc();
        if (effects::isPlainToken(request.decisionId))
            mail.extraHeaders.append({ QByteArrayLiteral("X-GreenDoor-Decision"), request.decisionId });
        QString why;
        const auto raw = MimeMessage::build(mail, &why);
        if (!raw)
            return error(EffectError::Code::InvalidField, tr("the email cannot be built: %1").arg(why));
        if (auto failed = writeFile(env.outgoingDir, path, *raw))
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
