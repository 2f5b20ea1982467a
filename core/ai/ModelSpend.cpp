#include "core/ai/ModelSpend.h"

#include "core/Text.h"
#include "core/ai/OfflineModel.h"
#include "core/decisions/DecisionEngine.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

namespace gd::core {

namespace {

Q_LOGGING_CATEGORY(lcSpend, "greendoor.core.model.spend", QtInfoMsg)

constexpr qint64 kRejectedPauseMs = 24LL * 3600 * 1000; // after a rejected budget, no new one for a day

QString eur(double amount)
{
    return QString::number(amount, 'f', amount < 1 ? 4 : 2);
}

double centsUp(double amount)
{
    return std::ceil(amount * 100.0 - 1e-9) / 100.0;
}

struct BudgetRow
{
    QString id;
    QString status;
    double amount = 0;
    qint64 decidedAt = 0;
};

// The model budgets, newest last.
QList<BudgetRow> budgetRows(Workspace& ws)
{
    QList<BudgetRow> rows;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT id, status, action, decided_at FROM decisions WHERE type = 'provider.spend' "
                             "AND target = 'model' ORDER BY created_at, id"));
    if (!q.exec())
        return rows;
    while (q.next()) {
        const QJsonObject action = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (!action.contains(QStringLiteral("budget")))
            continue;
        rows.append({ q.value(0).toString(), q.value(1).toString(), action.value(QStringLiteral("amount")).toDouble(),
            q.value(3).toLongLong() });
    }
    return rows;
}

bool usable(const QString& status)
{
    return status == u"authorized" || status == u"approved" || status == u"executed";
}

double spentUnder(Workspace& ws, const QString& decisionId)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_eur), 0) FROM spend_ledger WHERE decision_id = ?"));
    q.addBindValue(decisionId);
    return q.exec() && q.next() ? q.value(0).toDouble() : 0.0;
}

} // namespace

ModelSpend::ModelSpend(std::shared_ptr<Workspace> workspace, QString agent)
    : m_workspace(std::move(workspace))
    , m_agent(std::move(agent))
{
}

QList<ModelSpend::Budget> ModelSpend::budgets(Workspace& ws)
{
    QList<Budget> out;
    for (const BudgetRow& row : budgetRows(ws)) {
        if (!usable(row.status) && row.status != u"pending")
            continue;
        const double spent = spentUnder(ws, row.id);
        if (usable(row.status) && spent >= row.amount - 1e-9)
            continue; // used up
        out.append({ row.id, row.status, row.amount, spent });
    }
    return out;
}

bool ModelSpend::reserve(
    const QString& decisionId, double amount, const ModelSpendRequest& spend, ModelSpendGrant* grant)
{
    // One statement: the check and the reservation cannot be separated by another writer.
    const QString key = QStringLiteral("model:%1:%2").arg(decisionId, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral(
        "INSERT INTO spend_ledger (idempotency_key, provider, amount_eur, credits, at, tokens_in, tokens_out, model, "
        "task, decision_id) SELECT ?, 'model', ?, 0, ?, 0, 0, ?, ?, ? WHERE ? - (SELECT COALESCE(SUM(amount_eur), 0) "
        "FROM spend_ledger WHERE decision_id = ?) >= ?"));
    q.addBindValue(key);
    q.addBindValue(spend.maxEur);
    q.addBindValue(nowMs());
    q.addBindValue(spend.model);
    q.addBindValue(nameOf(spend.task));
    q.addBindValue(decisionId);
    q.addBindValue(amount + 1e-9);
    q.addBindValue(decisionId);
    q.addBindValue(spend.maxEur);
    QString error;
    if (!m_workspace->execWrite(q, QStringLiteral("model:reserve"), &error)) {
        qCWarning(lcSpend).noquote() << "could not reserve a model call's cost:" << error;
        return false;
    }
    if (q.numRowsAffected() != 1)
        return false;
    grant->decisionId = decisionId;
    grant->reservation = key;
    grant->reservedEur = spend.maxEur;
    return true;
}

bool ModelSpend::authorize(const ModelSpendRequest& spend, ModelSpendGrant* grant, QString* why)
{
    Workspace& ws = *m_workspace;
    const QList<BudgetRow> rows = budgetRows(ws);
    // An authorized budget with room for this call's most expensive case.
    for (const BudgetRow& row : rows) {
        if (usable(row.status) && reserve(row.id, row.amount, spend, grant))
            return true;
    }
    for (const BudgetRow& row : rows) {
        if (row.status == u"pending") {
            *why = tr("the model budget of %1 EUR (provider.spend decision %2) waits for approval; until then the "
                      "offline model answers")
                       .arg(eur(row.amount), row.id);
            return false;
        }
    }
    if (!rows.isEmpty()) {
        const BudgetRow& last = rows.constLast();
        if ((last.status == u"rejected" || last.status == u"expired") && last.decidedAt > 0
            && nowMs() - last.decidedAt < kRejectedPauseMs) {
            *why = tr("the last model budget (provider.spend decision %1) was %2; no new one is proposed before %3")
                       .arg(last.id, last.status,
                           QDateTime::fromMSecsSinceEpoch(last.decidedAt + kRejectedPauseMs)
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            return false;
        }
    }

    // The next budget: the configured amount, or this one call's most expensive case if that is more.
    const ModelSettings settings = ModelSettings::load(ws);
    const double amount = centsUp(std::max(settings.budgetEur, spend.maxEur));
    Proposal p;
    p.type = QStringLiteral("provider.spend");
    p.agent = m_agent;
    p.target = QStringLiteral("model");
    // "budget" numbers the budgets: two agents asking for the next one at once get the same decision.
    p.action = QJsonObject { { QStringLiteral("provider"), QStringLiteral("model") },
        { QStringLiteral("amount"), amount }, { QStringLiteral("credits"), 0 },
        { QStringLiteral("budget"), static_cast<int>(rows.size()) + 1 },
        { QStringLiteral("price_in_eur_per_mtok"), settings.priceInPerMTok },
        { QStringLiteral("price_out_eur_per_mtok"), settings.priceOutPerMTok }, { QStringLiteral("model"), spend.model } };
    p.inputs
        = QJsonObject { { QStringLiteral("provider"), QStringLiteral("model") }, { QStringLiteral("amount"), amount } };
    p.reasoning = tr("A budget of %1 EUR for calls to the language model %2 (%3 / %4 EUR per million tokens in / "
                     "out). The first call (%5) would cost at most %6 EUR; every call's actual cost is booked against "
                     "this budget in the spend ledger.")
                      .arg(eur(amount), spend.model, QString::number(settings.priceInPerMTok),
                          QString::number(settings.priceOutPerMTok), nameOf(spend.task), eur(spend.maxEur));
    DecisionEngine engine(m_workspace);
    const ProposeResult r = engine.propose(p);
    if (!r.error.isEmpty()) {
        *why = r.error;
        return false;
    }
    switch (r.outcome) {
    case DecisionOutcome::Act:
        if (reserve(r.decisionId, amount, spend, grant))
            return true;
        *why = tr("the model budget %1 has no room left for a call costing up to %2 EUR")
                   .arg(r.decisionId, eur(spend.maxEur));
        return false;
    case DecisionOutcome::Queue:
        *why = tr("a model budget of %1 EUR (provider.spend decision %2) is above what the agents may spend alone and "
                  "waits for approval; until then the offline model answers (%3)")
                   .arg(eur(amount), r.decisionId, r.why.join(QStringLiteral("; ")));
        return false;
    case DecisionOutcome::Refuse:
        break;
    }
    *why = tr("a model budget of %1 EUR was refused by the authority matrix (provider.spend decision %2: %3)")
               .arg(eur(amount), r.decisionId, r.why.join(QStringLiteral("; ")));
    return false;
}

void ModelSpend::record(ModelTask task, const ModelUsage& usage, const ModelSpendGrant& grant, const QString& model)
{
    QSqlQuery q(m_workspace->db());
    if (!grant.reservation.isEmpty()) {
        // The reservation becomes the actual cost (possibly 0: nothing was sent).
        q.prepare(QStringLiteral("UPDATE spend_ledger SET amount_eur = ?, tokens_in = ?, tokens_out = ?, at = ? WHERE "
                                 "idempotency_key = ?"));
        q.addBindValue(usage.eur);
        q.addBindValue(usage.tokensIn);
        q.addBindValue(usage.tokensOut);
        q.addBindValue(nowMs());
        q.addBindValue(grant.reservation);
        if (usage.eur > grant.reservedEur + 1e-9)
            qCWarning(lcSpend).noquote() << "a model call cost" << usage.eur << "EUR, more than the" << grant.reservedEur
                                         << "EUR reserved for it (the server counted more tokens than estimated)";
    } else {
        q.prepare(QStringLiteral("INSERT INTO spend_ledger (idempotency_key, provider, amount_eur, credits, at, "
                                 "tokens_in, tokens_out, model, task) VALUES (?, 'model', ?, 0, ?, ?, ?, ?, ?)"));
        q.addBindValue(QString(QStringLiteral("model:") + QUuid::createUuid().toString(QUuid::WithoutBraces)));
        q.addBindValue(usage.eur);
        q.addBindValue(nowMs());
        q.addBindValue(usage.tokensIn);
        q.addBindValue(usage.tokensOut);
        q.addBindValue(model);
        q.addBindValue(nameOf(task));
    }
    QString error;
    if (!m_workspace->execWrite(q, QStringLiteral("model:spend"), &error))
        qCWarning(lcSpend).noquote() << "could not book a model call in the spend ledger:" << error;
}

void ModelSpend::attach(OpenAiCompatibleModel& model)
{
    const QString name = model.name();
    model.setAuthorizer([this](const ModelSpendRequest& spend, ModelSpendGrant* grant, QString* why) {
        return authorize(spend, grant, why);
    });
    model.setRecorder([this, name](ModelTask task, const ModelUsage& usage, const ModelSpendGrant& grant) {
        record(task, usage, grant, name);
    });
}

namespace {

// Owns the spend binding for as long as the client lives.
struct BoundModel
{
    std::unique_ptr<ModelSpend> spend;
    std::unique_ptr<OpenAiCompatibleModel> model;
};

} // namespace

std::shared_ptr<LanguageModel> makeLanguageModel(std::shared_ptr<Workspace> workspace, const QString& apiKey,
    const QString& agent, QString* why, ModelClientOptions base)
{
    const ModelSettings settings = ModelSettings::load(*workspace);
    if (!settings.isConfigured()) {
        if (why)
            *why = tr("no model is configured");
        return std::make_shared<OfflineModel>();
    }
    if (const QString problem = settings.problem(!apiKey.isEmpty()); !problem.isEmpty()) {
        if (why)
            *why = problem;
        return std::make_shared<OfflineModel>();
    }
    base.settings = settings;
    base.apiKey = apiKey;
    auto bound = std::make_shared<BoundModel>();
    bound->spend = std::make_unique<ModelSpend>(workspace, agent);
    bound->model = std::make_unique<OpenAiCompatibleModel>(std::move(base));
    bound->spend->attach(*bound->model);
    // An aliasing pointer: the client, keeping its spend binding alive.
    return std::shared_ptr<LanguageModel>(bound, bound->model.get());
}

} // namespace gd::core
