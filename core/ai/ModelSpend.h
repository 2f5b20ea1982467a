#pragma once

#include "core/ai/OpenAiCompatibleModel.h"

#include <memory>

namespace gd::core {

class Workspace;

// Where a model's spending is decided and booked:
//  - a call that costs money is a provider.spend decision (target "model") judged by the
//    authority matrix before anything is sent. Only a decision the agents may take alone lets
//    the call go: the answer is needed now, so a spend that would wait for approval is not
//    proposed, and the offline model answers, saying why;
//  - every call (free ones too) books its tokens and cost in the spend ledger.
class ModelSpend final
{
public:
    ModelSpend(std::shared_ptr<Workspace> workspace, QString agent);

    bool authorize(const ModelSpendRequest& spend, QString* decisionId, QString* why);
    void record(ModelTask task, const ModelUsage& usage, const QString& decisionId, const QString& model);

    // Wires both into a client.
    void attach(OpenAiCompatibleModel& model);

private:
    std::shared_ptr<Workspace> m_workspace;
    QString m_agent;
};

// The language model for a workspace: the configured server with the offline model underneath,
// or the offline model alone when none is configured (or it cannot be used: `why` says so).
// apiKey as read from the keychain (ModelSettings::apiKeySecret()), empty for none.
std::shared_ptr<LanguageModel> makeLanguageModel(std::shared_ptr<Workspace> workspace, const QString& apiKey,
    const QString& agent, QString* why = nullptr, ModelClientOptions base = {});

} // namespace gd::core
