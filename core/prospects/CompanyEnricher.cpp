#include "core/prospects/CompanyEnricher.h"

#include "core/Text.h"
#include "core/net/SiteCrawler.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace gd::core::CompanyEnricher {

Result enrich(Workspace& ws, qint64 companyId, const std::function<void()>& keepAlive, const std::atomic<bool>* cancel)
{
    Result result;
    QString name, domain, website, industry, technologies, description;
    {
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral(
            "SELECT name, domain, website, industry, technologies, description FROM companies WHERE id = ?"));
        q.addBindValue(companyId);
        if (!q.exec() || !q.next()) {
            result.error = tr("there is no company %1").arg(companyId);
            return result;
        }
        name = q.value(0).toString();
        domain = q.value(1).toString();
        website = q.value(2).toString();
        industry = q.value(3).toString();
        technologies = q.value(4).toString();
        description = q.value(5).toString();
    }
    const QUrl start = SiteCrawler::urlFromUserInput(website.isEmpty() ? domain : website);
    if (!start.isValid() || start.host().isEmpty()) {
        result.error = tr("%1 has no website or domain to read").arg(name);
        return result;
    }
    // A few pages, each under the agent's heartbeat timeout.
    CrawlOptions options;
    options.maxPages = 3;
    options.fetch.totalTimeout = std::chrono::milliseconds(4000);
    options.fetch.connectTimeout = std::chrono::milliseconds(2000);
    SiteCrawler crawler(options);
    if (keepAlive)
        keepAlive();
    const CrawlResult crawl = crawler.crawl(
        start,
        [&](int, int, const QString&) {
            if (keepAlive)
                keepAlive();
        },
        cancel);
    if (crawl.pages.isEmpty()) {
        result.error = crawl.errorMessage;
        return result;
    }
    QList<IcpPage> pages;
    for (const CrawledPage& p : crawl.pages)
        pages.append(IcpModel::pageFromCrawl(p));
    const Icp found = IcpModel::draft(pages, start.toString());
    auto record = [&](const QString& field, const QString& value, const QString& evidenceKey) {
        const IcpEvidence e = found.evidence.value(evidenceKey);
        result.filled.insert(field,
            QJsonObject { { QStringLiteral("value"), value },
                { QStringLiteral("page"), e.page.isEmpty() ? start.toString() : e.page },
                { QStringLiteral("sentence"), e.sentence } });
    };
    QString newDescription = description;
    if (description.isEmpty()) {
        newDescription = crawl.pages.first().description.isEmpty() ? found.offering : crawl.pages.first().description;
        if (!newDescription.isEmpty())
            result.filled.insert(QStringLiteral("description"),
                QJsonObject { { QStringLiteral("value"), newDescription },
                    { QStringLiteral("page"), crawl.pages.first().url.toString() } });
    }
    // The company's own industry: what its title, description and opening sentences say it is
    // (the rest of the site mostly describes its customers).
    QString newIndustry = industry;
    if (industry.isEmpty()) {
        const CrawledPage& home = crawl.pages.first();
        const QString url = home.url.toString();
        // Title and description first, then the opening sentences, then the whole site.
        const Icp byTitle = IcpModel::draft({ IcpPage { url, home.title, { home.title, home.description } } }, url);
        const Icp byOpening = IcpModel::draft({ IcpPage { url, home.title, home.sentences.mid(0, 3) } }, url);
        const Icp& source = !byTitle.industries.isEmpty() ? byTitle
            : !byOpening.industries.isEmpty()             ? byOpening
                                                          : found;
        if (!source.industries.isEmpty()) {
            newIndustry = source.industries.first();
            const IcpEvidence e = source.evidence.value(QStringLiteral("industries:") + newIndustry);
            result.filled.insert(QStringLiteral("industry"),
                QJsonObject { { QStringLiteral("value"), newIndustry }, { QStringLiteral("page"), e.page },
                    { QStringLiteral("sentence"), e.sentence } });
        }
    }
    QStringList techs = technologies.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& t : found.technologies) {
        if (!techs.contains(t)) {
            techs << t;
            record(QStringLiteral("technology:") + t, t, QStringLiteral("technologies:") + t);
        }
    }
    if (!ws.begin(&result.error))
        return result;
    QSqlQuery u(ws.db());
    u.prepare(QStringLiteral(
        "UPDATE companies SET description = ?, industry = ?, technologies = ?, enriched_at = ? WHERE id = ?"));
    u.addBindValue(newDescription.isEmpty() ? QVariant() : QVariant(newDescription));
    u.addBindValue(newIndustry.isEmpty() ? QVariant() : QVariant(newIndustry));
    u.addBindValue(techs.isEmpty() ? QVariant() : QVariant(techs.join(QLatin1Char(','))));
    u.addBindValue(nowMs());
    u.addBindValue(companyId);
    bool ok = ws.execWrite(u, QStringLiteral("enrich:company"), &result.error);
    if (ok) {
        u.prepare(QStringLiteral("UPDATE prospects SET scored_version = 0 WHERE company_id = ?"));
        u.addBindValue(companyId);
        ok = ws.execWrite(u, QStringLiteral("enrich:rescore"), &result.error);
    }
    if (!ok || !ws.commit(&result.error)) {
        ws.rollback();
        return result;
    }
    result.ok = true;
    result.summary = tr("%1: read %2 page(s), filled %3").arg(name).arg(crawl.pages.size()).arg(result.filled.size());
    return result;
}

} // namespace gd::core::CompanyEnricher
