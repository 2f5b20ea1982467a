#include "core/Text.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/CsvWriter.h"
#include "core/net/ProviderConnector.h"
#include "core/prospects/ProspectImporter.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <cmath>
#include <memory>

namespace gd::core::effects {

namespace {

constexpr double kMaxSaneAmount = 1'000'000; // EUR: anything above is a typo or an attack

// provider.spend: credits spent with a data provider; with a "search" it is a people search
// whose answer is saved and imported.
class ProviderSpendEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("provider.spend"); }
    QStringList requiredFields() const override { return { QStringLiteral("amount") }; }

    QJsonObject facts(const QString& target, const QJsonObject& action, const RiskContext&) const override
    {
        QJsonObject f { { QStringLiteral("provider"), target.trimmed() } };
        const double amount = action.value(QStringLiteral("amount")).toDouble(0);
        if (amount > 0)
            f.insert(QStringLiteral("amount"), amount);
        if (action.contains(QStringLiteral("credits")))
            f.insert(QStringLiteral("credits"), action.value(QStringLiteral("credits")));
        return f;
    }

    EffectStatus perform(const EffectRequest& request, EffectEnvironment& env, QJsonObject* result) const override
    {
        if (!request.action.contains(QStringLiteral("search")))
            return std::nullopt;
        // The spend is the search: what the provider returns is saved as CSV (kept, so what was
        // bought can be seen) and imported like any list. After a crash the saved answer is
        // imported again, which merges instead of duplicating, and the provider is not asked (or
        // paid) twice.
        const QString path = QDir(env.exportsDir).filePath(env.fileStem + QStringLiteral(".provider.csv"));
        result->insert(QStringLiteral("file"), path);
        if (!QFileInfo::exists(path)) {
            QString why;
            ProviderConnector* connector = env.provider ? env.provider(&why) : nullptr;
            if (!connector)
                return error(EffectError::Code::Unavailable, why);
            const QJsonObject search = request.action.value(QStringLiteral("search")).toObject();
            PeopleSearchQuery query;
            for (const QJsonValue& d : search.value(QStringLiteral("domains")).toArray())
                query.organizationDomains << d.toString();
            for (const QJsonValue& t : search.value(QStringLiteral("titles")).toArray())
                query.personTitles << t.toString();
            query.perPage = std::clamp(search.value(QStringLiteral("per_page")).toInt(25), 1, 100);
            // Already authorized by the decision framework (this item has its approval).
            const PeopleSearchResult found = connector->search(query, [](int, double) { return true; }, env.cancel);
            if (!found.ok)
                return error(EffectError::Code::ProviderFailed, found.errorMessage);
            QString csv = CsvWriter::record(
                { QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
                    QStringLiteral("Title"), QStringLiteral("Company"), QStringLiteral("Company Domain"),
                    QStringLiteral("Website"), QStringLiteral("Industry"), QStringLiteral("# Employees"),
                    QStringLiteral("City"), QStringLiteral("Country"), QStringLiteral("Person Linkedin Url") });
            for (const ProviderProspect& p : found.people) {
                csv += CsvWriter::record({ p.firstName, p.lastName, p.email, p.title, p.company, p.domain, p.website,
                    p.industry, p.employees >= 0 ? QString::number(p.employees) : QString(), p.city, p.country,
                    p.linkedinUrl });
            }
            if (auto failed = writeFile(env.exportsDir, path, csv.toUtf8()))
                return failed;
            result->insert(QStringLiteral("found"), static_cast<int>(found.people.size()));
            result->insert(QStringLiteral("credits"), found.creditsSpent);
        }
        ProspectImporter importer(env.workspace);
        const ImportReport report = importer.run(path);
        if (!report.ok())
            return error(EffectError::Code::WriteFailed, report.error);
        result->insert(QStringLiteral("imported"), report.imported);
        result->insert(QStringLiteral("merged"), report.merged);
        return std::nullopt;
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject*) const override
    {
        // A language-model call (core/ai/ModelSpend) books the tokens and cost it actually used
        // when it returns; this decision only authorized it.
        if (request.target.trimmed() == u"model" && request.action.contains(QStringLiteral("model")))
            return std::nullopt;
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral(
            "INSERT INTO spend_ledger (idempotency_key, provider, amount_eur, credits, at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (idempotency_key) DO NOTHING"));
        q.addBindValue(request.key);
        q.addBindValue(request.target);
        q.addBindValue(request.action.value(QStringLiteral("amount")).toDouble());
        q.addBindValue(request.action.value(QStringLiteral("credits")).toInt());
        q.addBindValue(nowMs());
        QString why;
        if (!ws.execWrite(q, QStringLiteral("effect:provider.spend"), &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject& action) const override
    {
        if (!isPlainToken(target.trimmed()))
            return error(EffectError::Code::InvalidField, tr("\"%1\" is not a provider name").arg(target.simplified()));
        const QJsonValue provider = action.value(QStringLiteral("provider"));
        if (!provider.isUndefined() && provider.toString() != target.trimmed())
            return error(EffectError::Code::InvalidField,
                tr("the action names provider \"%1\" but the target is \"%2\"")
                    .arg(provider.toString().simplified(), target.simplified()));
        const QJsonValue amount = action.value(QStringLiteral("amount"));
        if (!amount.isDouble() || !std::isfinite(amount.toDouble()) || amount.toDouble() < 0
            || amount.toDouble() > kMaxSaneAmount)
            return error(EffectError::Code::InvalidField,
                tr("the amount must be a number of EUR between 0 and %1").arg(kMaxSaneAmount, 0, 'f', 0));
        const QJsonValue credits = action.value(QStringLiteral("credits"));
        if (!credits.isUndefined() && (!credits.isDouble() || credits.toDouble() < 0 || credits.toDouble() > 1e6))
            return error(EffectError::Code::InvalidField, tr("credits must be a positive number"));
        if (action.contains(QStringLiteral("search")) && !action.value(QStringLiteral("search")).isObject())
            return error(EffectError::Code::InvalidField, tr("the search must be a JSON object"));
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeProviderSpend()
{
    return std::make_unique<ProviderSpendEffect>();
}

} // namespace gd::core::effects
