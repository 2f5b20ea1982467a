#pragma once

#include "core/prospects/Icp.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace gd::core {

// One labelled company website: its pages as a crawler gets them and the profile a person
// expects from them (tests/data/icp/<set>/<site>/: the HTML pages and label.json).
struct IcpLabelledSite
{
    QString name; // the folder's name
    QString url; // the site's address (from the label)
    QList<IcpPage> pages; // the start page first
    QJsonObject label; // offering_terms plus one list per profile field
};

// Scores a profile extractor against labelled sites: precision and recall per field.
namespace IcpEval {

// "offering" then Icp::fieldNames().
QStringList fields();

// Every sub-folder of dir holding a label.json. Pages are read in the label's "pages" order
// (default: index.html first, then the other .html files by name).
std::optional<QList<IcpLabelledSite>> loadSites(const QString& dir, QString* error = nullptr);

// True when the offering names every term (case-insensitive).
bool offeringMatches(const QString& offering, const QStringList& terms);

struct Counts
{
    int tp = 0;
    int fp = 0;
    int fn = 0;
    // -1 when undefined (nothing predicted / nothing expected).
    double precision() const { return tp + fp == 0 ? -1.0 : double(tp) / double(tp + fp); }
    double recall() const { return tp + fn == 0 ? -1.0 : double(tp) / double(tp + fn); }
    double f1() const;
    Counts& operator+=(const Counts& o)
    {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
        return *this;
    }
};

struct SiteResult
{
    QString site;
    QString offering;
    QMap<QString, QStringList> missing; // field -> expected values not found
    QMap<QString, QStringList> extra; // field -> values found but not expected
    QMap<QString, QString> extraEvidence; // "field:value" -> the sentence it came from
};

struct Report
{
    QString model;
    QMap<QString, Counts> fields;
    Counts overall; // all fields together
    QList<SiteResult> sites;
    QList<double> callMs; // time of each call
};

using Model = std::function<Icp(const IcpLabelledSite&)>;

Report run(const QString& modelName, const QList<IcpLabelledSite>& sites, const Model& model);

// One site's profile against its label, added to report.
void score(const IcpLabelledSite& site, const Icp& icp, Report& report);

QJsonObject toJson(const Report& report, bool withSites);

} // namespace IcpEval

} // namespace gd::core
