#include "agents/ResearchAgent.h"

#include "agents/TaskTypes.h"
#include "core/decisions/DecisionEngine.h"
#include "core/prospects/CompanyEnricher.h"
#include "core/sales/GoalCascade.h"
#include "core/store/ProspectStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <stdexcept>

namespace gd::agents {

ResearchAgent::ResearchAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Research"),
        { TaskTypes::prospectsProfile, TaskTypes::prospectsScore, TaskTypes::companyEnrich, TaskTypes::prospectsSearch,
            TaskTypes::goalResearch })
{
}

QJsonObject ResearchAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type == TaskTypes::prospectsScore)
        return score(context);
    if (task.type == TaskTypes::prospectsSearch)
        return proposeSearch(task, context);
    if (task.type == TaskTypes::goalResearch)
        return core::GoalCascade::runShare(context.workspace(), task.payload);
    if (task.type == TaskTypes::companyEnrich) {
        const core::CompanyEnricher::Result r = core::CompanyEnricher::enrich(context.workspace(),
            task.payload.value(QStringLiteral("company_id")).toInteger(), [&context] { context.keepAlive(); });
        if (!r.ok)
            throw std::runtime_error(r.error.toStdString());
        return QJsonObject { { QStringLiteral("filled"), r.filled }, { QStringLiteral("summary"), r.summary } };
    }
    if (task.type != TaskTypes::prospectsProfile)
        throw std::runtime_error("research agent cannot run this task type");
    static const QRegularExpression email(QStringLiteral(R"(^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$)"));
    int total = 0;
    int invalid = 0;
    int noCompany = 0;
    int duplicates = 0;
    QSet<QString> emails;
    QSet<QString> nameDomains;
    for (const core::ProspectContact& contact : core::ProspectStore::contacts(context.workspace())) {
        ++total;
        const QString name = contact.fullName.trimmed().toLower();
        const QString mail = contact.email.trimmed().toLower();
        const QString domain = contact.domain;
        if (!email.match(mail).hasMatch())
            ++invalid;
        if (domain.isEmpty())
            ++noCompany;
        const QString nameDomain = name + QLatin1Char('|') + domain;
        if ((!mail.isEmpty() && emails.contains(mail)) || (!domain.isEmpty() && nameDomains.contains(nameDomain)))
            ++duplicates;
        emails.insert(mail);
        nameDomains.insert(nameDomain);
    }
    return QJsonObject {
        { QStringLiteral("prospects"), total },
        { QStringLiteral("invalid_emails"), invalid },
        { QStringLiteral("duplicates"), duplicates },
        { QStringLiteral("without_company"), noCompany },
        { QStringLiteral("summary"),
            QStringLiteral("%1 prospects, %2 invalid emails, %3 duplicates").arg(total).arg(invalid).arg(duplicates) },
    };
}

QJsonObject ResearchAgent::proposeSearch(const core::Task& task, core::HandlerContext& context)
{
    // A search with a data provider spends credits: the agent proposes it, the decision framework
    // decides (in the shipped matrix it waits for the operator), and the executor runs it once
    // authorized and imports what it finds.
    const QJsonArray domains = task.payload.value(QStringLiteral("domains")).toArray();
    const QJsonArray titles = task.payload.value(QStringLiteral("titles")).toArray();
    if (domains.isEmpty() && titles.isEmpty())
        throw std::runtime_error("a people search needs company domains or job titles");
    const int credits = 1;
    const double eur
        = credits * context.workspace().meta(core::keys::ProviderApolloEurPerCredit, QStringLiteral("0")).toDouble();
    core::Proposal p;
    p.type = QStringLiteral("provider.spend");
    p.target = QStringLiteral("apollo");
    p.action = QJsonObject {
        { QStringLiteral("provider"), QStringLiteral("apollo") },
        { QStringLiteral("search"),
            QJsonObject { { QStringLiteral("domains"), domains }, { QStringLiteral("titles"), titles },
                { QStringLiteral("per_page"), task.payload.value(QStringLiteral("per_page")).toInt(25) } } },
        { QStringLiteral("credits"), credits },
        { QStringLiteral("amount"), eur },
        { QStringLiteral("search_id"), task.payload.value(QStringLiteral("search_id")).toString(task.id) },
    };
    QJsonObject inputs { { QStringLiteral("provider"), QStringLiteral("apollo") },
        { QStringLiteral("credits"), credits } };
    if (eur > 0)
        inputs.insert(QStringLiteral("amount"), eur);
    p.inputs = inputs;
    QStringList what;
    for (const QJsonValue& t : titles)
        what << t.toString();
    QStringList where;
    for (const QJsonValue& d : domains)
        where << d.toString();
    p.reasoning = tr("Find %1 at %2 with Apollo (%n credit(s)).", nullptr, credits)
                      .arg(what.isEmpty() ? tr("people") : what.join(QStringLiteral(", ")),
                          where.isEmpty() ? tr("any company") : where.join(QStringLiteral(", ")));
    const core::ProposeResult r = context.propose(p);
    if (!r.error.isEmpty())
        throw std::runtime_error(r.error.toStdString());
    return QJsonObject { { QStringLiteral("decision_id"), r.decisionId },
        { QStringLiteral("outcome"), core::nameOf(r.outcome) }, { QStringLiteral("approval_id"), r.approvalId },
        { QStringLiteral("summary"),
            r.outcome == core::DecisionOutcome::Queue
                ? QStringLiteral("people search waits for approval %1").arg(r.approvalId)
                : r.outcome == core::DecisionOutcome::Act
                ? QStringLiteral("people search authorized")
                : QStringLiteral("people search refused: %1").arg(r.why.join(QStringLiteral("; "))) } };
}

QJsonObject ResearchAgent::score(core::HandlerContext& context)
{
    // Re-scores what changed: new prospects, merged ones, and everything after an ICP edit. A
    // batch per run keeps the agent's heartbeat going; the schedule brings the next batch.
    QString error;
    const int scored = core::ProspectStore::rescoreStale(context.workspace(), kScoreBatch, &error);
    if (scored < 0)
        throw std::runtime_error(error.toStdString());
    const int remaining = core::ProspectStore::staleCount(context.workspace());
    return QJsonObject { { QStringLiteral("scored"), scored }, { QStringLiteral("remaining"), remaining },
        { QStringLiteral("summary"),
            scored == 0 && remaining == 0
                ? QStringLiteral("all prospects scored against the current profile")
                : QStringLiteral("%1 prospects scored, %2 to go").arg(scored).arg(remaining) } };
}

} // namespace gd::agents
