// libFuzzer target: a proposal as JSON text through the decision policy, without a workspace.
// The input is what `greendoor-cli decide --input FILE` reads: one JSON object (a proposal). Three
// optional keys feed the parts a workspace would supply: "rule" (an authority rule as the matrix
// stores it; else the shipped default for the type), "context" (what the workspace knows about
// the target) and "calibration" (approvals and rejections learned so far).
// Properties: no crash, UB or leak; a parsed proposal survives toJson/fromJson unchanged; risk is
// deterministic, every score is a finite number in [0, 1], the level matches the combined risk,
// the amount is finite and not negative; the learned threshold stays within the rule's ceiling;
// and the policy never lets an agent act on a blocked proposal, above the hard ceilings, or for a
// type the matrix says an operator decides.
#include "core/decisions/AuthorityMatrix.h"
#include "core/decisions/Decision.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/RiskEngine.h"
#include "core/formats/Json.h"

#include <QByteArray>
#include <QJsonDocument>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace gd::core;

namespace {

[[noreturn]] void fail(const char* what, const QJsonObject& detail = {})
{
    std::fprintf(stderr, "fuzz_proposal: %s\n%s\n", what, QJsonDocument(detail).toJson().constData());
    std::abort();
}

bool unitScore(double v)
{
    return std::isfinite(v) && v >= 0.0 && v <= 1.0;
}

void checkRisk(const RiskAssessment& a)
{
    for (const RiskFactor* f : { &a.financial, &a.relationship, &a.compliance, &a.strategic }) {
        if (!unitScore(f->score))
            fail("a risk factor is not a number in [0, 1]", a.toJson());
    }
    if (!unitScore(a.combined))
        fail("the combined risk is not a number in [0, 1]", a.toJson());
    if (a.level != RiskEngine::levelFor(a.combined))
        fail("the level does not match the combined risk", a.toJson());
    if (!std::isfinite(a.amountEur) || a.amountEur < 0)
        fail("the amount is not a finite, non-negative number", a.toJson());
    if (RiskAssessment::fromJson(a.toJson()).toJson() != a.toJson())
        fail("the assessment changes through toJson/fromJson", a.toJson());
}

RiskContext contextFrom(const QJsonObject& c)
{
    RiskContext context;
    context.recipientKnown = c.value(QStringLiteral("recipient_known")).toBool();
    context.emailsLast5Days = c.value(QStringLiteral("emails_5d")).toInt();
    context.emailsLast30Days = c.value(QStringLiteral("emails_30d")).toInt();
    context.suppressedAtMs = c.value(QStringLiteral("suppressed_at")).toInteger();
    context.suppressionReason = c.value(QStringLiteral("suppression_reason")).toString();
    context.contactHealth = c.value(QStringLiteral("health")).toDouble(-1);
    context.dealExists = c.value(QStringLiteral("deal_exists")).toBool(c.contains(QStringLiteral("deal_value")));
    context.dealValue = c.value(QStringLiteral("deal_value")).toDouble(-1);
    context.dealStage = c.value(QStringLiteral("deal_stage")).toString();
    return context;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const json::ParseResult parsed
        = json::parseObject(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!parsed.ok())
        return 0;
    const QJsonObject& in = parsed.object;
    QString error;
    const std::optional<Proposal> proposal = Proposal::fromJson(in, &error);
    if (!proposal) {
        if (error.isEmpty())
            fail("a refused proposal without a reason", in);
        return 0;
    }
    const Proposal& p = *proposal;
    if (p.id.isEmpty())
        fail("a proposal without an id", in);
    const std::optional<Proposal> again = Proposal::fromJson(p.toJson(), &error);
    if (!again || again->toJson() != p.toJson() || again->stableId() != p.stableId()
        || again->actionHash() != p.actionHash())
        fail("the proposal changes through toJson/fromJson", p.toJson());

    AuthorityRule rule = AuthorityMatrix::defaults().ruleFor(p.type, p.campaign);
    if (in.value(QStringLiteral("rule")).isObject()) {
        if (const auto custom = AuthorityRule::fromJson(in.value(QStringLiteral("rule")).toObject(), nullptr)) {
            rule = *custom;
            const auto back = AuthorityRule::fromJson(rule.toJson(), nullptr);
            if (!back || !(*back == rule))
                fail("the rule changes through toJson/fromJson", rule.toJson());
        }
    }
    if (!unitScore(rule.ceilingRisk) || !std::isfinite(rule.moneyLimit) || !std::isfinite(rule.ceilingAmount))
        fail("a rule with limits that are not finite", rule.toJson());

    const RiskContext context = contextFrom(in.value(QStringLiteral("context")).toObject());
    const RiskAssessment risk = RiskEngine::assess(p, rule, context);
    checkRisk(risk);
    if (RiskEngine::assess(p, rule, context).toJson() != risk.toJson())
        fail("the assessment is not deterministic", risk.toJson());

    const QJsonObject learned = in.value(QStringLiteral("calibration")).toObject();
    CalibrationState calibration;
    calibration.type = p.type;
    calibration.approvals = learned.value(QStringLiteral("approvals")).toDouble();
    calibration.rejections = learned.value(QStringLiteral("rejections")).toDouble();
    calibration.examples = learned.value(QStringLiteral("examples")).toInt();
    calibration.threshold = Calibration::threshold(rule, calibration.approvals, calibration.rejections);
    if (!std::isfinite(calibration.threshold) || calibration.threshold < 0 || calibration.threshold > rule.ceilingRisk)
        fail("the learned threshold is outside [0, ceiling]", learned);

    const QString sticky = in.value(QStringLiteral("sticky_rejection")).toString();
    const Evaluation e = DecisionEngine::decide(p, rule, risk, calibration, sticky);
    if (e.why.isEmpty())
        fail("an outcome without a reason", e.toJson());
    if ((risk.blocked || !sticky.isEmpty()) && e.outcome != DecisionOutcome::Refuse)
        fail("a blocked or rejected proposal was not refused", e.toJson());
    if (e.outcome == DecisionOutcome::Act) {
        const DecisionTypeInfo* info = decisionType(p.type);
        if (rule.mode == AutonomyMode::ReviewAll || rule.level == RiskLevel::High || rule.level == RiskLevel::Critical)
            fail("acting alone where the matrix asks for an operator", e.toJson());
        if (risk.combined >= rule.ceilingRisk || risk.combined >= calibration.threshold)
            fail("acting alone at or above the risk ceiling", e.toJson());
        if (rule.ceilingAmount > 0 && risk.amountEur > rule.ceilingAmount)
            fail("acting alone above the hard money ceiling", e.toJson());
        if (info && info->involvesMoney && risk.amountEur > rule.moneyLimit)
            fail("acting alone above the money limit", e.toJson());
    }
    return 0;
}
