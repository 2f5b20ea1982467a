#pragma once

#include "core/net/HtmlText.h"
#include "core/net/SiteCrawler.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>
#include <utility>

namespace gd::core {

class Workspace;

// Where an ICP value came from: the page and the sentence.
struct IcpEvidence
{
    QString page;
    QString sentence;
};

// The Ideal Customer Profile: who the company sells to, each value with its evidence when it
// was drafted from the website. Saved in the workspace with a version; an edit makes a new one.
struct Icp
{
    int version = 0;
    QString source; // url, manual, edit
    QString companyName;
    QString offering;
    QString website;
    QStringList industries;
    QStringList companySizes; // 1-50, 51-1000, 1000+
    QStringList roles;
    QStringList seniorities;
    QStringList regions;
    QStringList technologies;
    QStringList pains;
    QStringList disqualifiers;
    QHash<QString, IcpEvidence> evidence; // "industries:Logistics" -> where

    static QStringList fieldNames();
    QStringList* field(const QString& name);
    const QStringList* field(const QString& name) const;
    bool isEmpty() const;
    QJsonObject toJson() const;
    static Icp fromJson(const QJsonObject& json);
};

// The shipped taxonomy (resources/icp/taxonomy.json): keyword evidence for each value.
struct IcpTaxonomy
{
    QHash<QString, QHash<QString, QStringList>> categories; // field -> value -> keywords (lower case)
    QStringList disqualifierPhrases;
    QHash<QString, QStringList> regionCountries; // region -> ISO country codes
    // Job titles kept as sites name them ("CFO", "AP Manager"), each with its department (a
    // value of "roles") and seniority; keywords are lower case, singular and plural.
    struct TitleInfo
    {
        QString name;
        QString department;
        QString seniority;
        QStringList keywords;
    };
    QList<TitleInfo> titles;

    static const IcpTaxonomy& shipped();
};

// One fetched page as the extractor sees it: text only, never instructions.
struct IcpPage
{
    IcpPage() = default;
    IcpPage(QString pageUrl, QString pageTitle, QStringList pageSentences)
        : url(std::move(pageUrl))
        , title(std::move(pageTitle))
        , sentences(std::move(pageSentences))
    {
    }

    QString url;
    QString title;
    QStringList sentences;
    QString description; // <meta name="description">, when the page has one
    QList<HtmlText::TextKind> kinds; // one per sentence; empty: all body text
    QString heading; // the page's first <h1>, when it has one
};

namespace IcpModel {

// One page as HtmlText read it, or as the crawler fetched it.
IcpPage pageFromHtml(const QUrl& url, const HtmlText::Result& text);
IcpPage pageFromCrawl(const CrawledPage& page);

// Drafts an ICP from the company's own pages with the shipped taxonomy, offline. The offering
// comes from the start page's title, description and first heading; the other fields from plain
// statements on the pages (never navigation, footers, buttons, plan names, questions or text
// planted for language models); roles are titles as the site names its buyers, disqualifiers
// what its negative statements exclude. Each value keeps the sentence it came from.
Icp draft(const QList<IcpPage>& pages, const QString& website);

// True when keyword occurs in text as whole words (both lower case).
bool containsWord(QStringView text, QStringView keyword);

// The department ("Finance") of a title the taxonomy knows ("CFO"), else the value itself.
QString departmentOf(const QString& role);

} // namespace IcpModel

namespace IcpStore {

// Saves a new version and makes it current. Returns the version, 0 on error.
int save(Workspace& workspace, Icp icp, const QString& source, QString* error = nullptr);
std::optional<Icp> current(Workspace& workspace);
int currentVersion(Workspace& workspace);

} // namespace IcpStore

} // namespace gd::core
