#pragma once

#include "core/ai/OpenAiCompatibleModel.h"

#include <memory>

namespace gd::core {

class Workspace;

// Where a model's spending is decided and booked. Paid calls draw on a model budget:
//  - a budget is a provider.spend decision (target "model") for ModelSettings::budgetEur, proposed
//    by GreenDoor (never by the model or an agent's own figures) and judged by the authority
//    matrix like any spend: within its autonomy limit it is authorized at once, above it waits in
//    the approval queue (the operator may edit the amount), above its ceiling it is refused;
//  - before a call, GreenDoor estimates its most expensive case from the per-model prices, the
//    prompt's size and the completion cap (repair included) and reserves that much in the spend
//    ledger under an authorized budget, in one statement that fails when the budget has not that
//    much left: concurrent calls can never spend more than was authorized;
//  - after the call the reservation becomes the actual cost (the server's token counts);
//  - with no budget left the next one is proposed; while it waits for approval (or after the
//    operator rejected one, for a day) paid calls are not made and the offline model answers,
//    saying why. Free calls (a local server) need no budget and book their tokens at 0 EUR.
class ModelSpend final
{
public:
    ModelSpend(std::shared_ptr<Workspace> workspace, QString agent);

    bool authorize(const ModelSpendRequest& spend, ModelSpendGrant* grant, QString* why);
    void record(ModelTask task, const ModelUsage& usage, const ModelSpendGrant& grant, const QString& model);

    // Wires both into a client.
    void attach(OpenAiCompatibleModel& model);

    // What the current budgets have left (EUR), for `model show` and the dialog.
    struct Budget
    {
        QString decisionId;
        QString status; // authorized, approved, executed, pending
        double amount = 0;
        double spent = 0; // booked and reserved
    };
    static QList<Budget> budgets(Workspace& workspace);

private:
    bool reserve(const QString& decisionId, double amount, const ModelSpendRequest& spend, ModelSpendGrant* grant);

    std::shared_ptr<Workspace> m_workspace;
    QString m_agent;
};

// The language model for a workspace: the configured server with the offline model underneath,
// or the offline model alone when none is configured (or it cannot be used: `why` says so).
// apiKey as read from the keychain (ModelSettings::apiKeySecret()), empty for none.
std::shared_ptr<LanguageModel> makeLanguageModel(std::shared_ptr<Workspace> workspace, const QString& apiKey,
    const QString& agent, QString* why = nullptr, ModelClientOptions base = {});

} // namespace gd::core
