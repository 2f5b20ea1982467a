#include "agents/ResearchAgent.h"

#include "agents/TaskTypes.h"
#include "core/CompanyEnricher.h"
#include "core/ProspectStore.h"
#include "core/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <stdexcept>

namespace gd::agents {

ResearchAgent::ResearchAgent()
    : Agent(agentName(), QCoreApplication::translate("gd::agents", "Research"),
        { TaskTypes::prospectsProfile, TaskTypes::prospectsScore, TaskTypes::companyEnrich })
{
}

QJsonObject ResearchAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    if (task.type == TaskTypes::prospectsScore)
        return score(context);
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
    QSqlQuery q(context.workspace().db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT p.full_name, p.email, c.domain FROM prospects p "
                          "LEFT JOIN companies c ON c.id = p.company_id"));
    int total = 0;
    int invalid = 0;
    int noCompany = 0;
    int duplicates = 0;
    QSet<QString> emails;
    QSet<QString> nameDomains;
    while (q.next()) {
        ++total;
        const QString name = q.value(0).toString().trimmed().toLower();
        const QString mail = q.value(1).toString().trimmed().toLower();
        const QString domain = q.value(2).toString();
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
            scored == 0 && remaining == 0 ? QStringLiteral("all prospects scored against the current profile")
                                          : QStringLiteral("%1 prospects scored, %2 to go").arg(scored).arg(remaining) } };
}

} // namespace gd::agents
