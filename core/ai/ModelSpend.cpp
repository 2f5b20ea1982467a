#include "core/ai/ModelSpend.h"

#include "core/Text.h"
#include "core/ai/OfflineModel.h"
#include "core/decisions/DecisionEngine.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

namespace gd::core {

namespace {
Q_LOGGING_CATEGORY(lcSpend, "greendoor.core.model.spend", QtInfoMsg)
}

ModelSpend::ModelSpend(std::shared_ptr<Workspace> workspace, QString agent)
    : m_workspace(std::move(workspace))
    , m_agent(std::move(agent))
{
}

bool ModelSpend::authorize(const ModelSpendRequest& spend, QString* decisionId, QString* why)
{
    DecisionEngine engine(m_workspace);
    Proposal p;
    p.type = QStringLiteral("provider.spend");
    p.agent = m_agent;
    p.target = QStringLiteral("model");
    const double amount = std::ceil(spend.maxEur * 10000.0) / 10000.0;
    p.action = QJsonObject { { QStringLiteral("provider"), QStringLiteral("model") },
        { QStringLiteral("amount"), amount }, { QStringLiteral("credits"), 0 },
        { QStringLiteral("model"), spend.model }, { QStringLiteral("task"), nameOf(spend.task) },
        { QStringLiteral("max_tokens_in"), spend.tokensInEstimate },
        { QStringLiteral("max_tokens_out"), spend.tokensOutMax },
        { QStringLiteral("call"), QUuid::createUuid().toString(QUuid::WithoutBraces) } };
    p.inputs
        = QJsonObject { { QStringLiteral("provider"), QStringLiteral("model") }, { QStringLiteral("amount"), amount } };
    p.reasoning = tr("A call to the language model %1 (%2), at most %3 EUR.")
                      .arg(spend.model, nameOf(spend.task), QString::number(amount, 'f', 4));
    // The answer is needed now: a spend that would have to wait is not proposed at all.
    const Evaluation e = engine.evaluate(p);
    if (e.outcome != DecisionOutcome::Act) {
        *why = tr("a model call costing up to %1 EUR is not within what the agents may spend alone (provider.spend: "
                  "%2)")
                   .arg(QString::number(amount, 'f', 4), e.why.join(QStringLiteral("; ")));
        return false;
    }
    const ProposeResult r = engine.propose(p);
    if (!r.error.isEmpty() || r.outcome != DecisionOutcome::Act) {
        *why = r.error.isEmpty()
            ? tr("the model call's spend was not authorized: %1").arg(r.why.join(QStringLiteral("; ")))
            : r.error;
        return false;
    }
    *decisionId = r.decisionId;
    return true;
}

void ModelSpend::record(ModelTask task, const ModelUsage& usage, const QString& decisionId, const QString& model)
{
    QSqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral("INSERT INTO spend_ledger (idempotency_key, provider, amount_eur, credits, at, tokens_in, "
                             "tokens_out, model, task) VALUES (?, 'model', ?, 0, ?, ?, ?, ?, ?)"));
    const QString key = QStringLiteral("model:")
        + (decisionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : decisionId);
    q.addBindValue(key);
    q.addBindValue(usage.eur);
    q.addBindValue(nowMs());
    q.addBindValue(usage.tokensIn);
    q.addBindValue(usage.tokensOut);
    q.addBindValue(model);
    q.addBindValue(nameOf(task));
    QString error;
    if (!m_workspace->execWrite(q, QStringLiteral("model:spend"), &error))
        qCWarning(lcSpend).noquote() << "could not book a model call in the spend ledger:" << error;
}

void ModelSpend::attach(OpenAiCompatibleModel& model)
{
    const QString name = model.name();
    model.setAuthorizer([this](const ModelSpendRequest& spend, QString* decisionId, QString* why) {
        return authorize(spend, decisionId, why);
    });
    model.setRecorder([this, name](ModelTask task, const ModelUsage& usage, const QString& decisionId) {
        record(task, usage, decisionId, name);
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
