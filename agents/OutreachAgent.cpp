#include "agents/OutreachAgent.h"

#include "agents/TaskTypes.h"
#include "core/Logging.h"
#include "core/ai/ModelAccess.h"
#include "core/decisions/DecisionEngine.h"
#include "core/sales/Campaign.h"
#include "core/sales/GoalCascade.h"
#include "core/sales/OutreachDrafter.h"
#include "core/sales/SequenceEngine.h"
#include "core/store/OutboxStore.h"
#include "core/store/ProspectStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <stdexcept>

namespace gd::agents {

namespace {

constexpr qint64 kThirtyDaysMs = 30LL * 24 * 3600 * 1000;
constexpr int kDraftsPerRun = 3;
// Candidates looked at per run: a draft held for a missing fact does not block the others.
constexpr int kCandidatesPerRun = 50;
constexpr int kCampaignProposalsPerRun = 25;
// The decision types this agent proposes.
const QString kFirstTouch = QStringLiteral("email.first_touch");
const QString kSequenceEnrol = QStringLiteral("sequence.enrol");

} // namespace

OutreachAgent::OutreachAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Outreach"),
        { TaskTypes::outreachPlan, TaskTypes::goalOutreach })
{
}

QStringList OutreachAgent::unknownPlaceholders(const QString& text)
{
    return core::OutreachDrafter::unknownPlaceholders(text);
}

QJsonObject OutreachAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type == TaskTypes::goalOutreach)
        return core::GoalCascade::runShare(context.workspace(), task.payload);
    if (task.type != TaskTypes::outreachPlan)
        throw std::runtime_error("outreach agent cannot run this task type");
    const QJsonArray templates = core::OutreachDrafter::catalogue().value(QStringLiteral("templates")).toArray();
    if (templates.isEmpty())
        throw std::runtime_error("message templates are missing from the build");
    QJsonArray problems;
    for (const QJsonValue& v : templates) {
        const QStringList found = core::OutreachDrafter::problems(v.toObject());
        if (!found.isEmpty())
            problems.append(QJsonObject { { QStringLiteral("template"), v.toObject().value(QStringLiteral("name")) },
                { QStringLiteral("problems"), QJsonArray::fromStringList(found) } });
    }
    const QJsonObject firstTouch = core::OutreachDrafter::shippedTemplate(QStringLiteral("first_touch"));

    core::Workspace& ws = context.workspace();
    const qint64 cutoff = core::nowMs() - kThirtyDaysMs;
    const int eligible = core::ProspectStore::firstTouchEligibleCount(ws, cutoff);

    // Active campaigns run their sequences; without one, the agent drafts single first touches.
    bool campaignsActive = false;
    for (const core::CampaignSummary& c : core::CampaignStore::list(ws))
        campaignsActive = campaignsActive || c.status == QLatin1String("active");
    QJsonObject sequences;
    if (campaignsActive && context.canPropose()) {
        core::SequenceEngine engine(
            ws, [&](const core::Proposal& p) { return context.propose(p); }, {}, agentName());
        const core::SequenceEngine::Report report = engine.run({}, kCampaignProposalsPerRun);
        sequences = report.toJson();
        for (const QString& note : report.notes)
            qCInfo(core::lcAgents).noquote() << note;
    }

    // Draft first touches for eligible prospects that have no first-touch decision yet. Every
    // draft is a proposal: the decision framework sends it, queues it or refuses it. A draft
    // that needs a fact not stored for the prospect is held (not proposed), with the reason.
    int proposed = 0;
    QJsonObject outcomes;
    QJsonArray held;
    if (!campaignsActive && context.canPropose() && !firstTouch.isEmpty() && problems.isEmpty()) {
        const QString basis = ws.meta(core::keys::LawfulBasis);
        const QList<core::FirstTouchCandidate> drafts
            = core::ProspectStore::firstTouchCandidates(ws, cutoff, kFirstTouch, kCandidatesPerRun);
        // The configured language model writes the drafts when there is one (opened once per run,
        // only when there is something to draft); the template path is underneath.
        std::shared_ptr<core::LanguageModel> model;
        QString modelProblem;
        if (!drafts.isEmpty())
            model = core::ModelAccess::open(ws, agentName(), &modelProblem);
        if (!modelProblem.isEmpty())
            qCInfo(core::lcAgents).noquote() << "outreach: the configured model is not used:" << modelProblem;
        for (const core::FirstTouchCandidate& d : drafts) {
            if (proposed >= kDraftsPerRun)
                break;
            context.keepAlive();
            const core::OutreachDraft draft = core::OutreachDrafter::draftWithModel(
                model.get(), firstTouch, core::OutreachDrafter::factsFor(ws, d.email), core::ModelAccess::stopFlag());
            context.keepAlive();
            if (core::ModelAccess::stopFlag()->load())
                break; // the runtime stops: no proposal from a draft cut short
            if (!draft.held.isEmpty()) {
                held.append(
                    QJsonObject { { QStringLiteral("to"), d.email }, { QStringLiteral("reason"), draft.held } });
                continue;
            }
            core::Proposal p;
            p.type = kFirstTouch;
            p.target = d.email;
            p.action = QJsonObject {
                { QStringLiteral("to"), d.email },
                { QStringLiteral("subject"), draft.subject },
                { QStringLiteral("body"), draft.body },
                { QStringLiteral("template"), QStringLiteral("first_touch") },
                { QStringLiteral("sentences"), draft.sentences },
                { QStringLiteral("drafted_by"), draft.draftedBy },
            };
            QJsonObject inputs { { QStringLiteral("region"), d.country }, { QStringLiteral("title"), d.title },
                { QStringLiteral("industry"), d.industry } };
            if (!basis.isEmpty())
                inputs.insert(QStringLiteral("lawful_basis"), basis);
            p.inputs = inputs;
            QStringList used;
            for (const QJsonValue& s : draft.sentences) {
                const QString fact = s.toObject().value(QStringLiteral("fact")).toString();
                if (!fact.isEmpty() && !used.contains(fact))
                    used << fact;
            }
            p.reasoning = tr("%1 (%2 at %3) has not been contacted in 30 days; every sentence about them rests "
                             "on a stored fact (%4).")
                              .arg(d.fullName, d.title, d.company, used.join(QStringLiteral(", ")));
            if (draft.draftedBy != u"template")
                p.reasoning += QLatin1Char(' ')
                    + tr("Written by the language model %1 from these facts only; the grounding check found every "
                         "claim in a cited fact.")
                          .arg(draft.draftedBy);
            else if (!draft.modelNote.isEmpty())
                p.reasoning += QLatin1Char(' ') + tr("Written from the template: %1.").arg(draft.modelNote);
            if (!modelProblem.isEmpty())
                p.reasoning
                    += QLatin1Char(' ') + tr("The configured language model is not used: %1.").arg(modelProblem);
            const core::ProposeResult r = context.propose(p);
            if (!r.error.isEmpty())
                throw std::runtime_error(r.error.toStdString());
            ++proposed;
            const QString outcome = core::nameOf(r.outcome);
            outcomes.insert(outcome, outcomes.value(outcome).toInt() + 1);
        }
    }
    // Contacts whose first touch went out join the follow-up sequence. Enrolment is a decision
    // too (low level in the shipped matrix, so usually carried out without asking).
    int enrolled = 0;
    if (context.canPropose()) {
        const QStringList contacted
            = core::OutboxStore::doneTargetsWithoutDecision(ws, kFirstTouch, kSequenceEnrol, kDraftsPerRun);
        const QString basis = ws.meta(core::keys::LawfulBasis);
        for (const QString& email : std::as_const(contacted)) {
            // Campaign emails are followed up by their campaign's own sequence.
            if (core::CampaignStore::isEnrolled(ws, email))
                continue;
            core::Proposal p;
            p.type = kSequenceEnrol;
            p.target = email;
            p.action = QJsonObject { { QStringLiteral("sequence"), QStringLiteral("first_touch_follow_up") } };
            QJsonObject inputs { { QStringLiteral("sequence"), QStringLiteral("first_touch_follow_up") } };
            if (!basis.isEmpty())
                inputs.insert(QStringLiteral("lawful_basis"), basis);
            p.inputs = inputs;
            p.reasoning = tr("The first touch to %1 was sent; the follow-up sequence keeps the conversation "
                             "going unless they reply.")
                              .arg(email);
            const core::ProposeResult r = context.propose(p);
            if (!r.error.isEmpty())
                throw std::runtime_error(r.error.toStdString());
            ++enrolled;
        }
    }
    return QJsonObject {
        { QStringLiteral("enrolled"), enrolled },
        { QStringLiteral("templates"), templates.size() },
        { QStringLiteral("template_problems"), problems },
        { QStringLiteral("eligible_first_touch"), eligible },
        { QStringLiteral("proposed"), proposed },
        { QStringLiteral("held"), held },
        { QStringLiteral("outcomes"), outcomes },
        { QStringLiteral("campaigns"), sequences },
        { QStringLiteral("summary"),
            QStringLiteral("%1 eligible for a first touch; %2 drafts proposed, %3 held for a missing fact; %4 of %5 "
                           "templates need a fix")
                .arg(eligible)
                .arg(proposed)
                .arg(held.size())
                .arg(problems.size())
                .arg(templates.size()) },
    };
}

} // namespace gd::agents
