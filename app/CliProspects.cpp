#include "agents/TaskTypes.h"
#include "app/CliCommon.h"
#include "core/ai/LanguageModel.h"
#include "core/net/AddressPolicy.h"
#include "core/net/SiteCrawler.h"
#include "core/prospects/Icp.h"
#include "core/prospects/ProspectImporter.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/ProspectStore.h"
#include "core/store/TaskStore.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace gd::app::cli {

namespace {

void printIcp(const core::Icp& icp)
{
    out() << tr("Ideal Customer Profile, version %1 (%2)").arg(icp.version).arg(forTerminal(icp.source)) << "\n";
    if (!icp.companyName.isEmpty())
        out() << tr("Company: %1").arg(forTerminal(icp.companyName)) << "\n";
    if (!icp.offering.isEmpty())
        out() << tr("Offering: %1").arg(forTerminal(icp.offering)) << "\n";
    for (const QString& name : core::Icp::fieldNames()) {
        const QStringList* values = icp.field(name);
        out() << QStringLiteral("%1 %2")
                     .arg(name + QLatin1Char(':'), -15)
                     .arg(values->isEmpty() ? tr("(none)") : forTerminal(values->join(QStringLiteral(", "))))
              << "\n";
        for (const QString& value : *values) {
            const core::IcpEvidence e = icp.evidence.value(name + QLatin1Char(':') + value);
            if (!e.sentence.isEmpty())
                out() << "    " << forTerminal(value) << ": \"" << forTerminal(e.sentence.left(140)) << "\" ("
                      << forTerminal(e.page) << ")\n";
        }
    }
}

// A secret is one line: one trailing line break (what `echo` and a terminal add) is dropped;
// a secret of several lines is refused rather than stored cut short.
bool readSecret(QString* secret, QString* error)
{
    constexpr qint64 kMaxSecretBytes = 64 * 1024;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("cannot read standard input: %1").arg(in.errorString());
        return false;
    }
    QByteArray bytes = readAtMost(in, kMaxSecretBytes);
    if (bytes.size() > kMaxSecretBytes) {
        *error
            = tr("the secret on standard input is larger than %1 KiB; nothing was stored").arg(kMaxSecretBytes / 1024);
        return false;
    }
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.contains('\n') || bytes.contains('\r')) {
        *error = tr("the secret on standard input has several lines; a secret is one line (nothing was stored)");
        return false;
    }
    *secret = QString::fromUtf8(bytes).trimmed();
    return true;
}

} // namespace

int cmdImport(const Args& args)
{
    const QString file = args.positionals.value(0);
    if (file.isEmpty())
        return usageError(tr("import needs the CSV file to import"));
    const QString rejectsFile = args.options.value(QStringLiteral("rejects"));
    QString why;
    if (!rejectsFile.isEmpty() && !checkOutputFile(args, rejectsFile, &why))
        return failure(why);
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    core::ProspectImporter importer(ws);
    qint64 lastShown = -1;
    const core::ImportReport report = importer.run(file, [&](qint64 done, qint64 total, qint64 rows) {
        if (args.json || total <= 0)
            return;
        const qint64 percent = done * 100 / total;
        if (percent / 10 != lastShown / 10) {
            lastShown = percent;
            err() << tr("importing: %1% (%2 rows)").arg(percent).arg(rows) << "\n";
            err().flush();
        }
    });
    if (!report.error.isEmpty() && report.imported == 0 && report.merged == 0 && report.rows == 0)
        return failure(report.error);
    if (!report.error.isEmpty())
        return failure(tr("nothing was imported: %1").arg(report.error));
    if (!rejectsFile.isEmpty()
        && !writeOutputFile(args, rejectsFile, core::ProspectImporter::rejectsCsv(*ws, report.importId), &why))
        return failure(tr("the import is stored, but the rejected rows were not saved: %1").arg(why));
    if (args.json) {
        printJson(report.toJson());
        return Success;
    }
    out() << tr("Imported %1 (%2, %3, delimiter %4): %5 new, %6 merged, %7 rejected of %8 rows in %9 s.")
                 .arg(forTerminal(QFileInfo(file).fileName()), report.vendor, report.encoding, report.delimiter)
                 .arg(report.imported)
                 .arg(report.merged)
                 .arg(report.rejected)
                 .arg(report.rows)
                 .arg(report.seconds, 0, 'f', 1)
          << "\n";
    int shown = 0;
    for (const core::ImportReject& r : report.rejects) {
        if (++shown > 20) {
            out() << tr("... and %1 more (use --rejects FILE to save them all)").arg(report.rejects.size() - 20)
                  << "\n";
            break;
        }
        out() << tr("  line %1: %2").arg(r.line).arg(forTerminal(r.reason)) << "\n";
    }
    return Success;
}

int cmdIcp(const Args& args)
{
    const QString sub = args.positionals.value(0);
    const QString url = args.options.value(QStringLiteral("from-url"));
    if (sub.isEmpty() && url.isEmpty())
        return usageError(tr("icp needs --from-url URL, show, or set --input FILE"));
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    if (!url.isEmpty()) {
        const QUrl start = core::SiteCrawler::urlFromUserInput(url);
        if (!start.isValid() || (start.scheme() != QLatin1String("http") && start.scheme() != QLatin1String("https")))
            return usageError(tr("%1 is not a web address").arg(core::AddressPolicy::redactCredentials(url)));
        core::CrawlOptions options;
        // Private and loopback addresses only when asked for (a site on the user's own network).
        options.fetch.allowPrivateAddresses = args.flags.contains(QStringLiteral("allow-private"));
        core::SiteCrawler crawler(options);
        const core::CrawlResult crawl = crawler.crawl(start, [&](int done, int total, const QString& page) {
            if (!args.json) {
                err() << tr("fetching %1/%2: %3").arg(done).arg(total).arg(page) << "\n";
                err().flush();
            }
        });
        if (crawl.pages.isEmpty())
            return failure(tr("could not read %1: %2. Enter the profile by hand with `icp set --input FILE`.")
                               .arg(start.toString(), crawl.errorMessage));
        QList<core::IcpPage> pages;
        for (const core::CrawledPage& p : crawl.pages)
            pages.append(core::IcpModel::pageFromCrawl(p));
        // The configured model when there is one (falling back to the offline model with the reason).
        QString noModel;
        const std::shared_ptr<core::LanguageModel> model = configuredModel(ws, QStringLiteral("research"), &noModel);
        const core::IcpAnswer answer = model->extractIcp({ pages, start.toString() });
        core::Icp icp = answer.icp;
        QString error;
        icp.version = core::IcpStore::save(*ws, icp, QStringLiteral("url"), &error);
        if (icp.version == 0)
            return failure(error);
        icp.source = QStringLiteral("url");
        if (args.json) {
            QJsonObject json = icp.toJson();
            QJsonArray skipped;
            for (const core::CrawlSkip& s : crawl.skipped)
                skipped.append(QJsonObject {
                    { QStringLiteral("url"), s.url.toString() }, { QStringLiteral("reason"), s.reason } });
            json.insert(QStringLiteral("pages"), static_cast<int>(crawl.pages.size()));
            json.insert(QStringLiteral("skipped"), skipped);
            json.insert(QStringLiteral("model"), answer.outcomeJson());
            printJson(json);
        } else {
            printIcp(icp);
            if (answer.fellBack)
                out() << tr("Drafted by the offline model: %1").arg(answer.fallbackReason) << "\n";
            else if (!model->isOffline())
                out() << tr("Drafted by the model %1.").arg(forTerminal(answer.answeredBy)) << "\n";
            out() << tr("Read %1 pages; skipped %2.").arg(crawl.pages.size()).arg(crawl.skipped.size()) << "\n";
        }
        return Success;
    }
    if (sub == QLatin1String("show")) {
        const std::optional<core::Icp> icp = core::IcpStore::current(*ws);
        if (!icp)
            return failure(tr("this workspace has no profile yet: `icp --from-url URL` drafts one"));
        if (args.json)
            printJson(icp->toJson());
        else
            printIcp(*icp);
        return Success;
    }
    if (sub == QLatin1String("set")) {
        QJsonObject json;
        QString error;
        if (!args.options.contains(QStringLiteral("input")))
            return usageError(tr("icp set needs --input FILE with the profile as JSON"));
        if (!readJsonFile(args.options.value(QStringLiteral("input")), &json, &error))
            return failure(error);
        const int version = core::IcpStore::save(*ws, core::Icp::fromJson(json), QStringLiteral("edit"), &error);
        if (version == 0)
            return failure(error);
        out() << tr("Saved profile version %1; prospects are re-scored against it.").arg(version) << "\n";
        return Success;
    }
    return usageError(tr("icp needs --from-url URL, show, or set --input FILE"));
}

int cmdProspects(const Args& args)
{
    if (args.positionals.value(0) == QLatin1String("search")) {
        const QStringList domains
            = args.options.value(QStringLiteral("domains")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        const QStringList titles
            = args.options.value(QStringLiteral("titles")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (domains.isEmpty() && titles.isEmpty())
            return usageError(tr("prospects search needs --domains D1,D2 and/or --titles T1,T2"));
        int code = Success;
        auto ws = openExisting(args, &code);
        if (!ws)
            return code;
        QJsonArray d;
        for (const QString& v : domains)
            d.append(core::ProspectImporter::normaliseDomain(v).isEmpty() ? v.trimmed()
                                                                          : core::ProspectImporter::normaliseDomain(v));
        QJsonArray t;
        for (const QString& v : titles)
            t.append(v.trimmed());
        QString error;
        const QString id = core::TaskStore::enqueue(*ws, agents::TaskTypes::prospectsSearch,
            QJsonObject { { QStringLiteral("domains"), d }, { QStringLiteral("titles"), t } }, core::Priority::Medium,
            3, &error);
        if (id.isEmpty())
            return failure(error);
        if (args.json)
            printJson(QJsonObject { { QStringLiteral("task_id"), id } });
        else
            out() << tr(
                "Queued people search %1. When the agents run, the Research agent proposes the spend; approve it "
                "in the console or with `approvals approve ID`, and the results are imported.")
                         .arg(id)
                  << "\n";
        return Success;
    }
    if (!args.positionals.isEmpty())
        return usageError(tr("prospects takes [--top N], or search --domains D --titles T"));
    int top = 20;
    QString error;
    if (!positiveInt(args, QStringLiteral("top"), 20, &top, &error))
        return usageError(error);
    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    // Bring scores up to date first (what the Research agent does in the background). The
    // listing itself only reads; when the scores cannot be written (read-only media, another
    // writer holding the workspace) the list is shown as it is, with a note.
    if (core::ProspectStore::staleCount(*ws) > 0) {
        core::WorkspaceError openError;
        core::Workspace::Options options;
        options.waitForWriters = false; // an import holding the workspace: list without rescoring
        auto writable = core::Workspace::open(args.workspace, options, &openError);
        QString why = openError.message;
        while (writable) {
            const int scored = core::ProspectStore::rescoreStale(*writable, 100000, &why);
            if (scored <= 0)
                break;
        }
        if (!why.isEmpty()) {
            err() << tr("note: the scores could not be brought up to date (%1); some are older than the profile.")
                         .arg(why)
                  << "\n";
            err().flush();
        }
    }
    const QList<core::ProspectRow> rows = core::ProspectStore::top(*ws, top);
    if (args.json) {
        QJsonArray array;
        for (const core::ProspectRow& r : rows)
            array.append(r.toJson());
        printJson(array);
        return Success;
    }
    if (core::IcpStore::currentVersion(*ws) == 0)
        out() << tr("No profile yet, so nobody is scored: `icp --from-url URL` drafts one.") << "\n";
    for (const core::ProspectRow& r : rows) {
        // Who, what and where; the address in parentheses when there is one.
        QStringList role;
        for (const QString& part : { r.title, r.company }) {
            if (!part.trimmed().isEmpty())
                role << forTerminal(part);
        }
        QString line = QStringLiteral("%1  %2").arg(
            r.score < 0 ? QStringLiteral("  -") : QStringLiteral("%1").arg(r.score, 3), forTerminal(r.fullName));
        if (!role.isEmpty())
            line += QStringLiteral("  ") + role.join(QStringLiteral(", "));
        if (!r.email.isEmpty())
            line += QStringLiteral(" (%1)").arg(forTerminal(r.email));
        out() << line << "\n";
        for (const QString& reason : r.reasons)
            out() << "       " << forTerminal(reason) << "\n";
    }
    return Success;
}

int cmdSecrets(const Args& args)
{
    const QString sub = args.positionals.value(0);
    const QString key = args.positionals.value(1);
    if ((sub != QLatin1String("set") && sub != QLatin1String("remove")) || key.isEmpty())
        return usageError(tr("secrets needs set KEY (the secret on standard input) or remove KEY"));
    core::KeychainSecretStore store;
    core::SecretStore::Result result;
    QEventLoop loop;
    auto done = [&](const core::SecretStore::Result& r) {
        result = r;
        loop.quit();
    };
    if (sub == QLatin1String("set")) {
        QString secret;
        QString why;
        if (!readSecret(&secret, &why))
            return failure(why);
        if (secret.isEmpty())
            return usageError(tr("secrets set reads the secret from standard input; it was empty"));
        store.write(key, secret, done);
    } else {
        store.remove(key, done);
    }
    loop.exec();
    if (!result.ok)
        return failure(result.error);
    out() << (sub == QLatin1String("set") ? tr("Stored %1 in the system keychain.")
                                          : tr("Removed %1 from the system keychain."))
                 .arg(key)
          << "\n";
    return Success;
}

} // namespace gd::app::cli
