#pragma once

#include "core/sales/DealStage.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace gd::core {

class Workspace;

// A stage for people ("won" for closed_won).
QString dealStageText(const QString& key);

// A deal as the pipeline shows it.
struct Deal
{
    qint64 id = 0;
    QString title;
    QString company;
    QString contact; // the prospect's email, when the deal has one
    QString contactName;
    QString stage; // a DealStage key
    qint64 valueCents = 0;
    QString currency; // ISO 4217
    QDate closeDate;
    QString nextStep;
    QString owner;
    // MEDDPICC: {"metrics": {"value": "...", "evidence": "reply 12 / meeting note / field"}, ...}
    QJsonObject meddpicc;
    QString closeReason;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 prospectId = 0; // 0 without a contact

    double value() const { return static_cast<double>(valueCents) / 100.0; }
};

// What a new deal needs; validated by DealBook::create.
struct DealDraft
{
    QString title;
    QString company;
    QString contactEmail; // optional: must be a known prospect
    QString stage = QStringLiteral("qualified");
    double value = 0;
    QString currency = QStringLiteral("EUR");
    QDate closeDate;
    QString nextStep;
    QString owner;
};

// One line of a deal's timeline.
struct DealEvent
{
    qint64 atMs = 0;
    QString kind; // created, stage, closed, meddpicc, decision
    QString text; // for people
    QString decisionId;
};

// What the Deal agent makes of a deal's evidence: a forward stage move it supports (toStage
// empty when none), and whether the deal has stalled (with the reason).
struct DealSignal
{
    Deal deal;
    QString toStage;
    QStringList evidence; // for people: "meeting booked for 2026-12-03 (decision 1f2e...)"
    double confidence = 0; // how sure the evidence makes the move, 0..1
    QString stalled; // empty when not stalled
};

struct StageTotal
{
    QString stage;
    int deals = 0;
    double value = 0; // in the currency
    double weighted = 0; // value x the stage's probability
    double probability = 0;
};

// The one home of the deals and deal_events tables' SQL.
class DealBook final
{
public:
    explicit DealBook(Workspace& workspace);

    static QStringList meddpiccFields(); // metrics, economic_buyer, decision_criteria, ...
    // A stage's win probability: the user's setting, else the default.
    double probability(const QString& stage);
    // Sets win probabilities (0..1) for some stages; the others keep theirs. Refused whole, with
    // the reason, when a stage is unknown or a probability out of range; audited.
    bool setProbabilities(const QHash<QString, double>& byStage, const QString& actor, QString* error);

    std::optional<qint64> create(const DealDraft& draft, QString* error);
    std::optional<Deal> find(qint64 id);
    QList<Deal> list(const QString& stage = {});
    // The newest deal still open with this prospect (by email), if any.
    std::optional<Deal> openDealFor(const QString& email);
    QList<DealEvent> timeline(qint64 id);
    // Totals per stage, in pipeline order, for one currency.
    QList<StageTotal> pipeline(const QString& currency);
    QStringList currencies();
    // Open deals with no event for `days` days, each with the reason.
    QList<std::pair<Deal, QString>> stalled(int days, qint64 nowMs);
    // Open deals with the evidence since they were opened: a meeting booked with the contact ->
    // discovery, an interested reply -> discovery, a proposal or quote emailed -> proposal, a
    // reply saying they signed -> won; plus stalled ones (no activity for stallDays in the stage,
    // or the close date passed). Only forward moves not already proposed or pending.
    QList<DealSignal> review(qint64 nowMs, int stallDays);
    // Notes a flag on the deal's timeline (kind stalled or at_risk), once per reason and day.
    static bool flag(Workspace& ws, qint64 id, const QString& kind, const QString& reason, QString* error);
    // Sets one MEDDPICC field with the evidence it rests on (refused without evidence).
    bool setMeddpicc(qint64 id, const QString& field, const QString& value, const QString& evidence, QString* error);

    // Called by the deal effects inside their transaction: the stage history.
    static bool recordStage(Workspace& ws, qint64 id, const QString& from, const QString& to, const QString& reason,
        const QString& decisionId, QString* error);

private:
    Workspace& m_workspace;
};

} // namespace gd::core
