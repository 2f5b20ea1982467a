// Offline ICP model latency. Prints figures; asserts nothing.
//
//   bench_icp [--data DIR] [--runs N]
//
// For every labelled site under DIR (default: tests/data/icp/tune and heldout), times
//   - one call of the offline model (IcpModel::draft over the site's already extracted pages),
//   - the whole path from HTML bytes: HtmlText::extract of each page, then draft,
// N runs (default 5) of all sites; prints min / median / max per call over the runs.
#include "core/net/HtmlText.h"
#include "core/prospects/Icp.h"
#include "core/prospects/IcpEval.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

using namespace gd;

namespace {

struct RawSite
{
    QString url;
    QList<QPair<QUrl, QByteArray>> pages;
};

QList<RawSite> readRaw(const QString& dir, const QList<core::IcpLabelledSite>& sites)
{
    QList<RawSite> out;
    for (const core::IcpLabelledSite& s : sites) {
        RawSite raw;
        raw.url = s.url;
        for (const core::IcpPage& p : s.pages) {
            const QString file = p.url == s.url ? QStringLiteral("index.html") : QUrl(p.url).fileName();
            QFile f(QDir(dir).filePath(s.name + QLatin1Char('/') + file));
            if (f.open(QIODevice::ReadOnly))
                raw.pages.append({ QUrl(p.url), f.readAll() });
        }
        out.append(raw);
    }
    return out;
}

void print(const char* what, QList<double> perCall)
{
    std::sort(perCall.begin(), perCall.end());
    std::printf("%-40s min %8.3f ms   median %8.3f ms   max %8.3f ms\n", what, perCall.first(),
        perCall.at(perCall.size() / 2), perCall.last());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList dirs = { QStringLiteral(GREENDOOR_ICP_DATA "/tune"), QStringLiteral(GREENDOOR_ICP_DATA "/heldout") };
    int runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--data"))
            dirs = { args.at(++i) };
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(++i).toInt());
    }
    QList<core::IcpLabelledSite> sites;
    QList<RawSite> raw;
    for (const QString& dir : std::as_const(dirs)) {
        QString error;
        const auto loaded = core::IcpEval::loadSites(dir, &error);
        if (!loaded) {
            std::fprintf(stderr, "bench_icp: %s\n", qPrintable(error));
            return 1;
        }
        sites += *loaded;
        raw += readRaw(dir, *loaded);
    }
    int pages = 0;
    qint64 bytes = 0;
    for (const RawSite& r : std::as_const(raw)) {
        pages += int(r.pages.size());
        for (const auto& p : r.pages)
            bytes += p.second.size();
    }
    std::printf("%lld sites, %d pages, %lld KiB of HTML; %d runs\n", static_cast<long long>(sites.size()), pages,
        static_cast<long long>(bytes / 1024), runs);
    (void)core::IcpTaxonomy::shipped(); // loaded once per process, not per call
    QList<double> draftMs;
    QList<double> fullMs;
    int values = 0;
    for (int run = 0; run < runs; ++run) {
        for (const core::IcpLabelledSite& s : std::as_const(sites)) {
            QElapsedTimer t;
            t.start();
            const core::Icp icp = core::IcpModel::draft(s.pages, s.url);
            draftMs.append(double(t.nsecsElapsed()) / 1e6);
            values += int(icp.roles.size());
        }
        for (const RawSite& r : std::as_const(raw)) {
            QElapsedTimer t;
            t.start();
            QList<core::IcpPage> pagesOfSite;
            for (const auto& [url, html] : r.pages)
                pagesOfSite.append(core::IcpModel::pageFromHtml(url, core::HtmlText::extract(html, url)));
            const core::Icp icp = core::IcpModel::draft(pagesOfSite, r.url);
            fullMs.append(double(t.nsecsElapsed()) / 1e6);
            values += int(icp.roles.size());
        }
    }
    print("draft (offline model call), per site", draftMs);
    print("HTML -> text -> draft, per site", fullMs);
    // Per run: the median call of each run, so that the five runs can be compared.
    for (int run = 0; run < runs; ++run) {
        QList<double> one = draftMs.mid(qsizetype(run) * sites.size(), sites.size());
        std::sort(one.begin(), one.end());
        std::printf("  run %d: draft median %.3f ms\n", run + 1, one.at(one.size() / 2));
    }
    std::printf("(%d role values drafted)\n", values);
    return 0;
}
