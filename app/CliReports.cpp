#include "app/CliCommon.h"
#include "core/decisions/AuditLog.h"
#include "core/formats/OutputFile.h"
#include "core/reports/Report.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/Workspace.h"
#include "ui/ReportChartImage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonObject>
#include <QTemporaryFile>

namespace gd::app::cli {

// report --kind K --from DATE --to DATE --format pdf|csv --output FILE: a report for admins to
// hand on. Written like `audit export` (the admin's own command, atomically, never over the
// workspace or an existing file without --force), and recorded in the audit trail.
int cmdReport(const Args& args)
{
    const QString output = args.options.value(QStringLiteral("output"));
    QString format = args.options.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv")
                                                                             : QStringLiteral("pdf");
    for (const char* required : { "kind", "from", "to" }) {
        if (!args.options.contains(QLatin1String(required)))
            return usageError(tr("report needs --kind %1 --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|csv] "
                                 "--output FILE")
                                  .arg(core::reportKindNames().join(QLatin1Char('|'))));
    }
    QString why;
    const auto request = core::ReportRequest::parse(args.options.value(QStringLiteral("kind")),
        args.options.value(QStringLiteral("from")), args.options.value(QStringLiteral("to")), format, &why);
    if (!request)
        return usageError(why);
    const bool pdf = request->format == core::ReportFormat::Pdf;
    if (output.isEmpty() && pdf)
        return usageError(tr("a PDF report needs --output FILE"));
    if (!output.isEmpty() && !checkOutputFile(args, output, &why))
        return failure(why);
    if (pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return failure(tr("cannot draw a PDF without a graphics platform"));

    int code = Success;
    auto ws = openExisting(args, &code);
    if (!ws)
        return code;
    QElapsedTimer timer;
    timer.start();
    core::ReportRequest wanted = *request;
    wanted.detailOnly = !pdf; // a CSV holds the detail rows only
    const core::ReportPrivacy privacy = core::ReportPrivacy::load(*ws);
    const auto report = core::Reports::build(*ws, wanted, privacy, nullptr, {}, &why);
    if (!report)
        return failure(tr("cannot build the report: %1").arg(why));

    // The rows go to a temporary file as they are made (a year's audit trail is a hundred MB of
    // CSV), not into memory; the finished file is then written out the usual way (atomically,
    // never over what it must not replace) from a mapping of it.
    QTemporaryFile spool(QDir(output.isEmpty() ? QDir::tempPath() : QFileInfo(output).absolutePath())
                             .filePath(QStringLiteral(".greendoor-report.XXXXXX")));
    if (!spool.open())
        return failure(tr("cannot write the report: %1").arg(spool.errorString()));
    qint64 rows = -1;
    if (pdf) {
        const QList<QImage> charts = ui::ReportChartImage::renderAll(*report);
        if (!core::Reports::writePdf(*ws, *report, privacy, charts, &spool, nullptr, &why))
            return failure(why);
    } else {
        rows = core::Reports::writeCsv(*ws, *report, privacy, &spool, nullptr, &why);
        if (rows < 0)
            return failure(why);
    }
    if (!spool.flush())
        return failure(tr("cannot write the report: %1").arg(spool.errorString()));
    const qint64 size = spool.size();
    const uchar* mapped = size > 0 ? spool.map(0, size) : nullptr;
    if (size > 0 && !mapped)
        return failure(tr("cannot write the report: %1").arg(spool.errorString()));
    const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), size);
    if (output.isEmpty()) {
        out().flush();
        if (!core::OutputFile::writeStandardOutput(data, &why))
            return failure(why);
    } else if (!writeOutputFile(args, output, data, &why)) {
        return failure(why);
    }
    const QString file = output.isEmpty() ? QStringLiteral("-") : QFileInfo(output).absoluteFilePath();
    const QJsonObject details { { QStringLiteral("kind"), report->kind },
        { QStringLiteral("period"), report->period.text() }, { QStringLiteral("format"), format.toLower() },
        { QStringLiteral("file"), file }, { QStringLiteral("bytes"), data.size() } };
    if (!core::AuditLog::append(*ws, QStringLiteral("admin"), QStringLiteral("report_exported"), {}, details, &why))
        return failure(tr("the report was written but could not be recorded in the audit trail: %1").arg(why));
    if (output.isEmpty())
        return Success;
    if (args.json) {
        QJsonObject o = details;
        o.insert(QStringLiteral("ms"), timer.elapsed());
        if (rows >= 0)
            o.insert(QStringLiteral("rows"), rows);
        printJson(o);
    } else {
        out() << tr("Wrote the %1 for %2 to %3 (%4 KB).")
                     .arg(report->title, report->period.text(), QDir::toNativeSeparators(output))
                     .arg((data.size() + 1023) / 1024)
              << "\n";
    }
    return Success;
}

bool needsGraphics(const QStringList& arguments)
{
    return parse(arguments).command == QLatin1String("report");
}

} // namespace gd::app::cli
