#pragma once

#include "core/ai/LanguageModel.h"

namespace gd::core {

// The model that is always there: the ICP extractor, the reply classifier, facts-only templates
// for emails and replies, the goal parser for objectives. Deterministic, offline, thread-safe.
class OfflineModel final : public LanguageModel
{
public:
    QString name() const override { return QStringLiteral("offline"); }
    bool isOffline() const override { return true; }

    IcpAnswer extractIcp(const IcpRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    DraftAnswer draftEmail(const DraftRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    ReplyAnswer classifyReply(const ReplyRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    DraftAnswer draftReply(const DraftRequest& request, const std::atomic<bool>* cancel = nullptr) override;
    ObjectiveAnswer parseObjective(const ObjectiveRequest& request, const std::atomic<bool>* cancel = nullptr) override;

    // The fact with this id in a list, or empty.
    static QString factValue(const QList<ModelFact>& facts, const QString& id);
};

} // namespace gd::core
