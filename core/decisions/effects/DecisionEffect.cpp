#include "core/decisions/effects/DecisionEffect.h"

#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/store/SqlStatement.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <map>

namespace gd::core {

EffectStatus DecisionEffect::validate(Workspace& workspace, const QString& target, const QJsonObject& action) const
{
    for (const QString& field : requiredFields()) {
        if (!effects::hasValue(action, field))
            return effects::error(EffectError::Code::MissingField,
                tr("the action has no %1, so a %2 cannot be carried out").arg(field, type()));
    }
    return check(workspace, target, action);
}

QString DecisionEffect::editedTarget(const QString& oldTarget, const QJsonObject&) const
{
    return oldTarget;
}

QJsonObject DecisionEffect::facts(const QString&, const QJsonObject&, const RiskContext&) const
{
    return {};
}

EffectStatus DecisionEffect::perform(const EffectRequest&, EffectEnvironment&, QJsonObject*) const
{
    return std::nullopt;
}

EffectStatus DecisionEffect::apply(Workspace&, const EffectRequest&, QJsonObject*) const
{
    return std::nullopt;
}

EffectStatus DecisionEffect::undo(Workspace&, const EffectRequest&, const QJsonObject&) const
{
    return effects::error(EffectError::Code::Unavailable, tr("a %1 cannot be undone once carried out").arg(type()));
}

EffectStatus DecisionEffect::check(Workspace&, const QString&, const QJsonObject&) const
{
    return std::nullopt;
}

namespace {

const std::map<QString, std::unique_ptr<DecisionEffect>>& registry()
{
    static const auto effects = [] {
        std::map<QString, std::unique_ptr<DecisionEffect>> map;
        auto add = [&map](std::unique_ptr<DecisionEffect> effect) {
            const QString type = effect->type();
            map.emplace(type, std::move(effect));
        };
        add(effects::makeEmail(QStringLiteral("email.first_touch")));
        add(effects::makeEmail(QStringLiteral("email.follow_up")));
        add(effects::makeEmail(QStringLiteral("email.reply")));
        add(effects::makeSequence(true));
        add(effects::makeSequence(false));
        add(effects::makeSequencePause());
        add(effects::makeSuppressionAdd());
        add(effects::makeReminderCreate());
        add(effects::makeProspectAdd());
        add(effects::makeMeeting());
        add(effects::makeDealMoveStage());
        add(effects::makeDealClose());
        add(effects::makeDiscount());
        add(effects::makeProviderSpend());
        add(effects::makeCampaignLaunch());
        add(effects::makeLimitsChange());
        add(effects::makeDataExport());
        add(effects::makeDataErase());
        return map;
    }();
    return effects;
}

} // namespace

const DecisionEffect* effectFor(const QString& type)
{
    const auto& map = registry();
    const auto it = map.find(type);
    return it == map.end() ? nullptr : it->second.get();
}

QStringList effectTypes()
{
    QStringList types;
    for (const auto& [type, effect] : registry())
        types << type;
    return types;
}

namespace effects {

EffectError error(EffectError::Code code, const QString& message)
{
    return EffectError { code, message };
}

bool hasValue(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    return !(v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()));
}

bool isPlainToken(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9_][A-Za-z0-9._\-]{0,127}$)"));
    return re.match(text).hasMatch() && !text.contains(QLatin1String(".."));
}

bool isSingleLine(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() == 127 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

int personRecordCount(Workspace& workspace, const QString& email)
{
    // One statement, prepared once per connection. Prospects' addresses are stored normalised
    // (lower case, migration 19), so the lookup seeks the email index instead of scanning.
    SqlStatement* q = workspace.statement(
        "SELECT (SELECT count(*) FROM prospects WHERE email = ?1) "
        "+ (SELECT count(*) FROM contact_health WHERE prospect_id IN (SELECT id FROM prospects WHERE email = ?1)) "
        "+ (SELECT count(*) FROM deals WHERE prospect_id IN (SELECT id FROM prospects WHERE email = ?1)) "
        "+ (SELECT count(*) FROM outbox WHERE lower(target) = ?1 AND type NOT LIKE 'data.%') "
        "+ (SELECT count(*) FROM enrolments WHERE lower(email) = ?1) "
        "+ (SELECT count(*) FROM suppressions WHERE address = ?1) "
        "+ (SELECT count(*) FROM conversations WHERE contact = ?1) "
        "+ (SELECT count(*) FROM reminders WHERE contact = ?1)");
    if (!q)
        return 0;
    SqlStatement::Reader reader(*q);
    q->bind(0, email.trimmed().toLower());
    return q->next() ? static_cast<int>(q->int64(0)) : 0;
}

std::optional<DealRow> dealFor(Workspace& workspace, const QString& target)
{
    bool numeric = false;
    const qint64 id = target.trimmed().toLongLong(&numeric);
    if (!numeric || id <= 0)
        return std::nullopt;
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT id, stage, value_cents, discount_pct FROM deals WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return DealRow { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble() / 100.0,
        q.value(3).toDouble() };
}

EffectStatus writeFile(const QString& dir, const QString& path, const QByteArray& content)
{
    if (!QDir().mkpath(dir))
        return error(EffectError::Code::WriteFailed, tr("cannot create %1").arg(dir));
    QSaveFile file(path); // written to a temporary name, renamed into place on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return error(EffectError::Code::WriteFailed, tr("cannot write %1: %2").arg(path, file.errorString()));
    return std::nullopt;
}

} // namespace effects

} // namespace gd::core
