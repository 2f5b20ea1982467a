#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace gd::core {

// The one definition of a deal's stages, in pipeline order, with their default win
// probabilities. Stored in the workspace by their key ("closed_won").
enum class DealStage
{
    Qualified,
    Discovery,
    Proposal,
    Negotiation,
    ClosedWon,
    ClosedLost,
};
inline constexpr int DealStageCount = 6;

struct DealStageInfo
{
    DealStage stage;
    const char* key;
    double defaultProbability;
};

inline constexpr std::array<DealStageInfo, DealStageCount> kDealStages { {
    { DealStage::Qualified, "qualified", 0.1 },
    { DealStage::Discovery, "discovery", 0.2 },
    { DealStage::Proposal, "proposal", 0.4 },
    { DealStage::Negotiation, "negotiation", 0.7 },
    { DealStage::ClosedWon, "closed_won", 1.0 },
    { DealStage::ClosedLost, "closed_lost", 0.0 },
} };

inline QString dealStageKey(DealStage stage)
{
    return QLatin1String(kDealStages[static_cast<std::size_t>(stage)].key);
}

inline std::optional<DealStage> dealStageFromKey(QStringView key)
{
    for (const DealStageInfo& info : kDealStages) {
        if (key == QLatin1String(info.key))
            return info.stage;
    }
    return std::nullopt;
}

inline double dealStageDefaultProbability(DealStage stage)
{
    return kDealStages[static_cast<std::size_t>(stage)].defaultProbability;
}

// Position in the pipeline (0 = first).
inline int dealStageOrder(DealStage stage)
{
    return static_cast<int>(stage);
}

inline bool isClosed(DealStage stage)
{
    return stage == DealStage::ClosedWon || stage == DealStage::ClosedLost;
}

inline QStringList dealStageKeys()
{
    QStringList keys;
    for (const DealStageInfo& info : kDealStages)
        keys << QLatin1String(info.key);
    return keys;
}

} // namespace gd::core
