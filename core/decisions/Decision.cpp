#include "core/decisions/Decision.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>

namespace gd::core {

namespace {

constexpr std::array<const char*, 4> kLevels = { "low", "medium", "high", "critical" };
constexpr std::array<const char*, 3> kModes = { "autopilot", "review_risky", "review_all" };
constexpr std::array<const char*, 3> kOutcomes = { "act", "queue", "refuse" };

} // namespace

QString nameOf(RiskLevel level)
{
    return QLatin1String(kLevels.at(static_cast<std::size_t>(level)));
}

QString nameOf(AutonomyMode mode)
{
    return QLatin1String(kModes.at(static_cast<std::size_t>(mode)));
}

QString nameOf(DecisionOutcome outcome)
{
    return QLatin1String(kOutcomes.at(static_cast<std::size_t>(outcome)));
}

QString riskLevelText(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return tr("low");
    case RiskLevel::Medium:
        return tr("medium");
    case RiskLevel::High:
        return tr("high");
    case RiskLevel::Critical:
        return tr("critical");
    }
    return {};
}

QString outcomeText(DecisionOutcome outcome)
{
    switch (outcome) {
    case DecisionOutcome::Act:
        return tr("act");
    case DecisionOutcome::Queue:
        return tr("queue for approval");
    case DecisionOutcome::Refuse:
        return tr("refuse");
    }
    return {};
}

QString approvalStatusText(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("approved"))
        return tr("approved");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("expired"))
        return tr("expired");
    if (status == QLatin1String("superseded"))
        return tr("superseded");
    if (status == QLatin1String("edited"))
        return tr("edited");
    return status;
}

std::optional<RiskLevel> riskLevelFromString(QStringView text)
{
    return enumFromName<RiskLevel>(kLevels, text);
}

std::optional<AutonomyMode> autonomyModeFromString(QStringView text)
{
    return enumFromName<AutonomyMode>(kModes, text);
}

const QList<DecisionTypeInfo>& decisionTypes()
{
    auto s = [](const char* v) { return QString::fromLatin1(v); };
    static const QList<DecisionTypeInfo> types = {
        { s("email.first_touch"), tr("First-touch email"), { s("lawful_basis"), s("region") }, true, false, false },
        { s("email.follow_up"), tr("Follow-up email"), { s("lawful_basis") }, true, false, false },
        { s("email.reply"), tr("Reply to an inbound message"), { s("inbound_class") }, true, false, false },
        { s("sequence.enrol"), tr("Enrol a contact in a sequence"), { s("sequence"), s("lawful_basis") }, true, false,
            true },
        // Stopping or pausing mail to a person never needs their consent: an opted-out contact's
        // sequence must still end.
        { s("sequence.stop"), tr("Stop a contact's sequence"), { s("sequence") }, false, false, true },
        { s("sequence.pause"), tr("Pause a contact's sequence until a date"), { s("sequence") }, false, false, true },
        { s("suppression.add"), tr("Never mail an address again"), { s("reason") }, false, false, true },
        { s("reminder.create"), tr("Remind to take a contact up again"), { s("due") }, false, false, true },
        { s("prospect.add"), tr("Add a referred person as a prospect"), { s("referred_by") }, false, false, true },
        { s("meeting.book"), tr("Book a meeting"), { s("start"), s("duration_minutes") }, true, false, false },
        { s("deal.move_stage"), tr("Move a deal to another stage"), { s("from_stage"), s("to_stage"), s("deal_value") },
            false, false, true },
        { s("deal.close"), tr("Close a deal won or lost"), { s("result"), s("deal_value") }, false, false, false },
        { s("pricing.discount"), tr("Offer a discount or price change"), { s("deal_value"), s("discount_pct") }, false,
            true, false },
        { s("provider.spend"), tr("Spend credits with a data provider"), { s("amount"), s("provider") }, false, true,
            false },
        { s("campaign.launch"), tr("Launch a campaign"), { s("recipients") }, false, false, false },
        { s("limits.change"), tr("Change caps or budgets"), { s("limit"), s("old_value"), s("new_value") }, false,
            false, true },
        { s("data.export"), tr("Export personal data"), { s("records"), s("destination") }, false, false, false },
        { s("data.erase"), tr("Erase personal data"), { s("records") }, false, false, false },
    };
    return types;
}

const DecisionTypeInfo* decisionType(const QString& id)
{
    for (const DecisionTypeInfo& info : decisionTypes()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QString canonicalHash(const QJsonObject& object)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(object).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString hashAction(const QString& type, const QString& target, const QJsonObject& action)
{
    return canonicalHash(QJsonObject {
        { QStringLiteral("type"), type }, { QStringLiteral("target"), target }, { QStringLiteral("action"), action } });
}

QString Proposal::actionHash() const
{
    return hashAction(type, target, action);
}

QString Proposal::inputsHash() const
{
    return canonicalHash(QJsonObject { { QStringLiteral("inputs"), inputs }, { QStringLiteral("action"), action } });
}

QString Proposal::stableId() const
{
    return canonicalHash(QJsonObject { { QStringLiteral("agent"), agent }, { QStringLiteral("type"), type },
                             { QStringLiteral("target"), target }, { QStringLiteral("campaign"), campaign },
                             { QStringLiteral("inputs"), inputs }, { QStringLiteral("action"), action } })
        .left(32);
}

std::optional<Proposal> Proposal::fromJson(const QJsonObject& json, QString* error)
{
    Proposal p;
    p.type = json.value(QStringLiteral("type")).toString();
    p.agent = json.value(QStringLiteral("agent")).toString(QStringLiteral("operator"));
    p.target = json.value(QStringLiteral("target")).toString();
    p.campaign = json.value(QStringLiteral("campaign")).toString();
    p.action = json.value(QStringLiteral("action")).toObject();
    p.inputs = json.value(QStringLiteral("inputs")).toObject();
    p.reasoning = json.value(QStringLiteral("reasoning")).toString();
    p.id = json.value(QStringLiteral("id")).toString();
    if (!decisionType(p.type)) {
        if (error)
            *error = tr("unknown decision type \"%1\"").arg(p.type);
        return std::nullopt;
    }
    if (p.target.isEmpty()) {
        if (error)
            *error = tr("a proposal needs a \"target\" (what the action is about)");
        return std::nullopt;
    }
    static const QRegularExpression plainId(QStringLiteral(R"(^[A-Za-z0-9_\-]{1,64}$)"));
    if (!p.id.isEmpty() && !plainId.match(p.id).hasMatch()) {
        if (error)
            *error = tr("a proposal's id may only hold letters, digits, '_' and '-' (at most 64)");
        return std::nullopt;
    }
    if (p.id.isEmpty())
        p.id = p.stableId();
    return p;
}

QJsonObject Proposal::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("type"), type },
        { QStringLiteral("agent"), agent },
        { QStringLiteral("target"), target },
        { QStringLiteral("campaign"), campaign },
        { QStringLiteral("action"), action },
        { QStringLiteral("inputs"), inputs },
        { QStringLiteral("reasoning"), reasoning },
    };
}

} // namespace gd::core
