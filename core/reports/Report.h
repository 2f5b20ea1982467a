#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QImage;

namespace gd::core {

class ReportPrivacy;
class Workspace;

// The days a report covers, both ends included, in local time.
struct ReportPeriod
{
    QDate from;
    QDate to;

    qint64 fromMs() const; // local midnight at the start of `from`
    qint64 toMs() const; // local midnight after `to` (exclusive end)
    QString text() const; // "2026-01-01 – 2026-03-31" for people
    // Mondays of the weeks the period touches, oldest first.
    QList<QDate> weeks() const;
    // The week (index into weeks()) an instant falls in, or -1 outside the period.
    int weekOf(qint64 ms) const;
};

enum class ReportFormat
{
    Pdf,
    Csv,
};

// What the user asked for, checked: a known kind, real dates, from <= to.
struct ReportRequest
{
    QString kind;
    ReportPeriod period;
    ReportFormat format = ReportFormat::Pdf;
    // Only the detail rows will be written (a CSV file holds nothing else): the summary, charts
    // and tables, which can cost more than the rows (the audit chain's verification, the
    // dashboard's figures), are not made. For writers of CSV files; a preview leaves it off.
    bool detailOnly = false;

    // Checks the user's words (kind name, YYYY-MM-DD dates, pdf|csv); a readable reason when refused.
    static std::optional<ReportRequest> parse(
        const QString& kind, const QString& from, const QString& to, const QString& format, QString* error);
};

struct ReportTable
{
    QString title;
    QStringList columns;
    QList<QStringList> rows;
};

// A chart as data; the console and the CLI draw it with Qt Charts (ui/ReportChartImage).
struct ReportChart
{
    enum class Kind
    {
        Bar,
        Line,
    };
    QString title;
    Kind kind = Kind::Bar;
    QStringList categories; // x axis
    QList<QPair<QString, QList<double>>> series; // name -> one value per category
    QString valueLabel; // y axis
};

// A built report without its detail rows, which are streamed when the file is written.
struct Report
{
    QString kind;
    QString title;
    QString workspace; // its name for people
    ReportPeriod period;
    qint64 generatedAtMs = 0;
    QStringList summary; // sentences under the title
    QList<ReportChart> charts;
    QList<ReportTable> tables; // summary tables, shown before the detail rows
    QString detailTitle;
    QStringList detailColumns; // the CSV's columns, and the PDF's last table
    QStringList notes; // what the report leaves out and why (privacy, row caps)
};

// What a kind may use while it builds: the privacy filter, progress and cancellation.
struct ReportContext
{
    Workspace* workspace = nullptr;
    const ReportPrivacy* privacy = nullptr;
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(int percent)> progress;
    bool detailOnly = false; // ReportRequest::detailOnly: build() sets the detail title and columns only

    bool cancelled() const { return cancel && cancel->load(); }
};

using ReportRowSink = std::function<bool(const QStringList& row)>; // false: stop

// One report kind's behaviour (STYLE rule 15: one class per kind, listed by the registry).
class ReportKind
{
public:
    virtual ~ReportKind() = default;
    virtual QString name() const = 0; // pipeline, activity, ...
    virtual QString title() const = 0; // for people
    // Summary, charts, tables and the detail columns for the period.
    virtual bool build(ReportContext& context, Report* report, QString* error) const = 0;
    // The detail rows, in order, through sink; false with error when the read failed.
    virtual bool rows(
        ReportContext& context, const Report& report, const ReportRowSink& sink, QString* error) const = 0;
};

const ReportKind* reportKind(const QString& name);
QStringList reportKindNames();

// Turns charts into images (ui/ReportChartImage draws them with Qt Charts). Called on the thread
// that may draw widgets.
using ReportChartRenderer = std::function<QImage(const ReportChart& chart)>;

// Builds and writes reports. Every personal datum goes through the privacy filter: suppressed
// and erased people appear as "a suppressed contact", never by name or address.
namespace Reports {

// Rows of the detail table a PDF holds; the CSV always has all of them.
inline constexpr int kMaxPdfRows = 2000;
inline constexpr int kPreviewRows = 50;

std::optional<Report> build(Workspace& workspace, const ReportRequest& request, const ReportPrivacy& privacy,
    const std::atomic<bool>* cancel, const std::function<void(int)>& progress, QString* error);

// CSV: the detail columns as the header, then every detail row (RFC 4180, formulas neutralised).
// Returns the number of rows written, or -1 with error.
qint64 writeCsv(Workspace& workspace, const Report& report, const ReportPrivacy& privacy, QIODevice* device,
    const std::atomic<bool>* cancel, QString* error);

// The report as HTML (the preview and the PDF's body), the detail table capped at maxRows.
// Chart images are referenced as "chart:N". rowsTotal: the rows shown, or -1 when there are more.
QString html(Workspace& workspace, const Report& report, const ReportPrivacy& privacy, int maxRows,
    const std::atomic<bool>* cancel, qint64* rowsTotal, QString* error);

// PDF (A4): a title page with the workspace and the period, the summary, the charts as images,
// the tables, "Page N of M" on every page. Needs a QGuiApplication.
bool writePdf(Workspace& workspace, const Report& report, const ReportPrivacy& privacy,
    const QList<QImage>& chartImages, QIODevice* device, const std::atomic<bool>* cancel, QString* error);
bool writePdfFromHtml(
    const Report& report, const QString& body, const QList<QImage>& chartImages, QIODevice* device, QString* error);

} // namespace Reports

} // namespace gd::core
