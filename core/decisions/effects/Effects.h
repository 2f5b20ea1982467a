#pragma once

// The decision types' effect classes, one file each (listed by the registry in DecisionEffect.cpp).

#include "core/decisions/effects/DecisionEffect.h"

#include <memory>
#include <optional>

namespace gd::core::effects {

std::unique_ptr<DecisionEffect> makeEmail(const QString& type);
std::unique_ptr<DecisionEffect> makeSequence(bool enrol);
std::unique_ptr<DecisionEffect> makeSequencePause();
std::unique_ptr<DecisionEffect> makeSuppressionAdd();
std::unique_ptr<DecisionEffect> makeReminderCreate();
std::unique_ptr<DecisionEffect> makeProspectAdd();
std::unique_ptr<DecisionEffect> makeMeeting();
std::unique_ptr<DecisionEffect> makeDealMoveStage();
std::unique_ptr<DecisionEffect> makeDealClose();
std::unique_ptr<DecisionEffect> makeDiscount();
std::unique_ptr<DecisionEffect> makeProviderSpend();
std::unique_ptr<DecisionEffect> makeCampaignLaunch();
std::unique_ptr<DecisionEffect> makeLimitsChange();
std::unique_ptr<DecisionEffect> makeDataExport();
std::unique_ptr<DecisionEffect> makeDataErase();

// A deal as the deal effects need it.
struct DealRow
{
    qint64 id = 0;
    QString stage;
    double value = 0; // EUR
    double discountPct = 0;
};
// The deal a target names ("42"), if it exists.
std::optional<DealRow> dealFor(Workspace& workspace, const QString& target);
// Writes a file atomically (QSaveFile); a WriteFailed error when it cannot.
EffectStatus writeFile(const QString& dir, const QString& path, const QByteArray& content);

} // namespace gd::core::effects
