#include "core/prospects/IcpEval.h"

#include "core/Text.h"
#include "core/net/HtmlText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace gd::core::IcpEval {

namespace {

constexpr qint64 kMaxPageBytes = 5 * 1024 * 1024;

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray()) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            list << s;
    }
    return list;
}

QString fold(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

QJsonValue ratio(double value)
{
    return value < 0 ? QJsonValue() : QJsonValue(qRound(value * 1000) / 1000.0);
}

QJsonObject countsJson(const Counts& c)
{
    return { { QStringLiteral("tp"), c.tp }, { QStringLiteral("fp"), c.fp }, { QStringLiteral("fn"), c.fn },
        { QStringLiteral("precision"), ratio(c.precision()) }, { QStringLiteral("recall"), ratio(c.recall()) },
        { QStringLiteral("f1"), ratio(c.f1()) } };
}

} // namespace

double Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    if (p < 0 && r < 0)
        return -1.0;
    if (p <= 0 || r <= 0)
        return 0.0;
    return 2 * p * r / (p + r);
}

QStringList fields()
{
    return QStringList { QStringLiteral("offering") } + Icp::fieldNames();
}

bool offeringMatches(const QString& offering, const QStringList& terms)
{
    if (offering.trimmed().isEmpty())
        return false;
    const QString o = offering.toCaseFolded();
    for (const QString& t : terms) {
        if (!o.contains(t.toCaseFolded()))
            return false;
    }
    return true;
}

std::optional<QList<IcpLabelledSite>> loadSites(const QString& dir, QString* error)
{
    const QDir root(dir);
    if (!root.exists()) {
        if (error)
            *error = tr("%1 is not a folder").arg(dir);
        return std::nullopt;
    }
    QList<IcpLabelledSite> sites;
    for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir siteDir(root.filePath(name));
        QFile labelFile(siteDir.filePath(QStringLiteral("label.json")));
        if (!labelFile.exists())
            continue;
        QJsonParseError parseError;
        if (!labelFile.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("cannot read %1").arg(labelFile.fileName());
            return std::nullopt;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(labelFile.read(1024 * 1024), &parseError);
        if (!doc.isObject()) {
            if (error)
                *error = tr("%1 is not a JSON object: %2").arg(labelFile.fileName(), parseError.errorString());
            return std::nullopt;
        }
        IcpLabelledSite site;
        site.name = name;
        site.label = doc.object();
        site.url = site.label.value(QStringLiteral("url")).toString(QStringLiteral("https://%1.example/").arg(name));
        QStringList pages = strings(site.label.value(QStringLiteral("pages")));
        if (pages.isEmpty()) {
            pages = siteDir.entryList({ QStringLiteral("*.html"), QStringLiteral("*.htm") }, QDir::Files, QDir::Name);
            if (pages.removeOne(QStringLiteral("index.html")))
                pages.prepend(QStringLiteral("index.html"));
        }
        const QUrl base(site.url);
        for (const QString& file : std::as_const(pages)) {
            QFile page(siteDir.filePath(file));
            if (!page.open(QIODevice::ReadOnly)) {
                if (error)
                    *error = tr("cannot read %1").arg(page.fileName());
                return std::nullopt;
            }
            const QUrl url = file == QLatin1String("index.html") ? base : base.resolved(QUrl(file));
            site.pages.append(IcpModel::pageFromHtml(url, HtmlText::extract(page.read(kMaxPageBytes), url)));
        }
        sites.append(std::move(site));
    }
    if (sites.isEmpty()) {
        if (error)
            *error = tr("no labelled sites (folders with a label.json) in %1").arg(dir);
        return std::nullopt;
    }
    return sites;
}

void score(const IcpLabelledSite& site, const Icp& icp, Report& report)
{
    SiteResult result;
    result.site = site.name;
    result.offering = icp.offering;
    // The offering: right when it names the label's terms.
    Counts offering;
    if (offeringMatches(icp.offering, strings(site.label.value(QStringLiteral("offering_terms"))))) {
        offering.tp = 1;
    } else {
        offering.fn = 1;
        offering.fp = icp.offering.trimmed().isEmpty() ? 0 : 1;
        result.missing.insert(QStringLiteral("offering"), strings(site.label.value(QStringLiteral("offering_terms"))));
    }
    report.fields[QStringLiteral("offering")] += offering;
    report.overall += offering;
    for (const QString& field : Icp::fieldNames()) {
        const QStringList expected = strings(site.label.value(field));
        const QStringList found = *icp.field(field);
        QSet<QString> want;
        for (const QString& e : expected)
            want.insert(fold(e));
        QSet<QString> got;
        for (const QString& f : found)
            got.insert(fold(f));
        Counts c;
        for (const QString& f : found) {
            if (want.contains(fold(f)))
                ++c.tp;
            else {
                ++c.fp;
                result.extra[field] << f;
                result.extraEvidence.insert(
                    field + QLatin1Char(':') + f, icp.evidence.value(field + QLatin1Char(':') + f).sentence);
            }
        }
        for (const QString& e : expected) {
            if (!got.contains(fold(e))) {
                ++c.fn;
                result.missing[field] << e;
            }
        }
        report.fields[field] += c;
        report.overall += c;
    }
    report.sites.append(result);
}

Report run(const QString& modelName, const QList<IcpLabelledSite>& sites, const Model& model)
{
    Report report;
    report.model = modelName;
    for (const QString& f : fields())
        report.fields.insert(f, {});
    for (const IcpLabelledSite& site : sites) {
        QElapsedTimer timer;
        timer.start();
        const Icp icp = model(site);
        report.callMs.append(double(timer.nsecsElapsed()) / 1e6);
        score(site, icp, report);
    }
    return report;
}

QJsonObject toJson(const Report& report, bool withSites)
{
    QJsonObject fieldsJson;
    for (auto it = report.fields.cbegin(); it != report.fields.cend(); ++it)
        fieldsJson.insert(it.key(), countsJson(it.value()));
    QJsonObject json { { QStringLiteral("model"), report.model }, { QStringLiteral("fields"), fieldsJson },
        { QStringLiteral("overall"), countsJson(report.overall) },
        { QStringLiteral("sites"), static_cast<int>(report.sites.size()) } };
    if (!report.callMs.isEmpty()) {
        QList<double> ms = report.callMs;
        std::sort(ms.begin(), ms.end());
        json.insert(QStringLiteral("call_ms_median"), ms.at(ms.size() / 2));
        json.insert(QStringLiteral("call_ms_max"), ms.last());
    }
    if (withSites) {
        QJsonArray sites;
        for (const SiteResult& s : report.sites) {
            QJsonObject missing;
            for (auto it = s.missing.cbegin(); it != s.missing.cend(); ++it)
                missing.insert(it.key(), QJsonArray::fromStringList(it.value()));
            QJsonObject extra;
            for (auto it = s.extra.cbegin(); it != s.extra.cend(); ++it)
                extra.insert(it.key(), QJsonArray::fromStringList(it.value()));
            sites.append(QJsonObject { { QStringLiteral("site"), s.site }, { QStringLiteral("offering"), s.offering },
                { QStringLiteral("missing"), missing }, { QStringLiteral("extra"), extra } });
        }
        json.insert(QStringLiteral("per_site"), sites);
    }
    return json;
}

} // namespace gd::core::IcpEval
