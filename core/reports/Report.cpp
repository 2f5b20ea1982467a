#include "core/reports/Report.h"

#include "core/Text.h"
#include "core/formats/CsvWriter.h"
#include "core/reports/ReportKinds.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>
#include <cstdio>
#include <ctime>

namespace gd::core {

namespace {

qint64 midnight(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
}

std::optional<QDate> parseDate(const QString& text)
{
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid() || text.trimmed().size() != 10)
        return std::nullopt;
    return d;
}

const QList<const ReportKind*>& registry()
{
    static const std::vector<std::unique_ptr<ReportKind>> owned = [] {
        std::vector<std::unique_ptr<ReportKind>> v;
        v.push_back(reports::makePipeline());
        v.push_back(reports::makeActivity());
        v.push_back(reports::makeDecisions());
        v.push_back(reports::makeGoals());
        v.push_back(reports::makeAudit());
        return v;
    }();
    static const QList<const ReportKind*> kinds = [] {
        QList<const ReportKind*> l;
        for (const auto& k : owned)
            l << k.get();
        return l;
    }();
    return kinds;
}

// A report looks names and decisions up all over million-row indexes: for the read, SQLite keeps
// a larger page cache (32 MiB instead of 2) so the indexes' upper pages stay in memory; the
// connection's own setting comes back afterwards.
class LongRead final
{
public:
    explicit LongRead(Workspace& ws)
        : m_db(ws.db())
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_cache = q.value(0).toLongLong();
        if (m_cache > kCache) // negative sizes are KiB
            q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(kCache));
    }
    ~LongRead()
    {
        if (m_cache > kCache)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache));
    }
    LongRead(const LongRead&) = delete;
    LongRead& operator=(const LongRead&) = delete;

private:
    static constexpr qint64 kCache = -32 * 1024;
    QSqlDatabase m_db;
    qint64 m_cache = 0;
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const QString& title, const QStringList& columns, const QList<QStringList>& rows)
{
    QString h;
    if (!title.isEmpty())
        h += QStringLiteral("<h3>%1</h3>").arg(esc(title));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                        "style=\"border-collapse: collapse; font-size: 8pt;\"><thead><tr>");
    for (const QString& c : columns)
        h += QStringLiteral("<th bgcolor=\"#e8efe8\" align=\"left\"><font size=\"2\">%1</font></th>").arg(esc(c));
    h += QStringLiteral("</tr></thead>");
    for (const QStringList& r : rows) {
        h += QStringLiteral("<tr>");
        for (const QString& v : r)
            h += QStringLiteral("<td><font size=\"2\">%1</font></td>").arg(esc(v));
        h += QStringLiteral("</tr>");
    }
    h += QStringLiteral("</table>");
    return h;
}

} // namespace

qint64 ReportPeriod::fromMs() const
{
    return midnight(from);
}

qint64 ReportPeriod::toMs() const
{
    return midnight(to.addDays(1));
}

QString ReportPeriod::text() const
{
    return tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QList<QDate> ReportPeriod::weeks() const
{
    QList<QDate> out;
    for (QDate monday = from.addDays(1 - from.dayOfWeek()); monday <= to; monday = monday.addDays(7))
        out << monday;
    return out;
}

int ReportPeriod::weekOf(qint64 ms) const
{
    if (ms < fromMs() || ms >= toMs())
        return -1;
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms).date();
    const QDate first = from.addDays(1 - from.dayOfWeek());
    return static_cast<int>(first.daysTo(day) / 7);
}

std::optional<ReportRequest> ReportRequest::parse(
    const QString& kind, const QString& from, const QString& to, const QString& format, QString* error)
{
    ReportRequest r;
    if (!reportKind(kind)) {
        *error = tr("unknown report kind \"%1\" (one of: %2)")
                     .arg(kind.left(40), reportKindNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    r.kind = kind;
    const auto f = parseDate(from);
    if (!f) {
        *error = tr("--from must be a date written YYYY-MM-DD, not \"%1\"").arg(from.left(40));
        return std::nullopt;
    }
    const auto t = parseDate(to);
    if (!t) {
        *error = tr("--to must be a date written YYYY-MM-DD, not \"%1\"").arg(to.left(40));
        return std::nullopt;
    }
    if (*t < *f) {
        *error
            = tr("the period ends (%1) before it starts (%2)").arg(t->toString(Qt::ISODate), f->toString(Qt::ISODate));
        return std::nullopt;
    }
    if (f->daysTo(*t) > 366 * 5) {
        *error = tr("a report covers at most five years");
        return std::nullopt;
    }
    r.period = { *f, *t };
    const QString fmt = format.trimmed().toLower();
    if (fmt == QLatin1String("pdf"))
        r.format = ReportFormat::Pdf;
    else if (fmt == QLatin1String("csv"))
        r.format = ReportFormat::Csv;
    else {
        *error = tr("--format must be pdf or csv, not \"%1\"").arg(format.left(40));
        return std::nullopt;
    }
    return r;
}

const ReportKind* reportKind(const QString& name)
{
    for (const ReportKind* k : registry()) {
        if (k->name() == name)
            return k;
    }
    return nullptr;
}

QStringList reportKindNames()
{
    QStringList names;
    for (const ReportKind* k : registry())
        names << k->name();
    return names;
}

namespace Reports {

std::optional<Report> build(Workspace& ws, const ReportRequest& request, const ReportPrivacy& privacy,
    const std::atomic<bool>* cancel, const std::function<void(int)>& progress, QString* error)
{
    const ReportKind* kind = reportKind(request.kind);
    if (!kind) {
        *error = tr("unknown report kind \"%1\"").arg(request.kind);
        return std::nullopt;
    }
    const LongRead longRead(ws);
    Report report;
    report.kind = kind->name();
    report.title = kind->title();
    report.period = request.period;
    report.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    report.workspace = ws.meta(keys::WorkspaceName);
    if (report.workspace.isEmpty())
        report.workspace = QFileInfo(ws.path()).completeBaseName();
    ReportContext context;
    context.workspace = &ws;
    context.privacy = &privacy;
    context.cancel = cancel;
    context.progress = progress;
    context.detailOnly = request.detailOnly;
    if (!kind->build(context, &report, error))
        return std::nullopt;
    if (context.cancelled()) {
        *error = tr("cancelled");
        return std::nullopt;
    }
    report.notes << tr("Suppressed and erased people appear as \"%1\": the report holds no name or address of "
                       "theirs.")
                        .arg(ReportPrivacy::suppressedText());
    return report;
}

qint64 writeCsv(Workspace& ws, const Report& report, const ReportPrivacy& privacy, QIODevice* device,
    const std::atomic<bool>* cancel, QString* error)
{
    const ReportKind* kind = reportKind(report.kind);
    if (!kind) {
        *error = tr("unknown report kind \"%1\"").arg(report.kind);
        return -1;
    }
    const LongRead longRead(ws);
    CsvWriter csv(device, CsvWriter::Formulas::Neutralize);
    if (!csv.write(report.detailColumns)) {
        *error = device->errorString();
        return -1;
    }
    ReportContext context;
    context.workspace = &ws;
    context.privacy = &privacy;
    context.cancel = cancel;
    qint64 count = 0;
    const bool ok = kind->rows(
        context, report,
        [&](const QStringList& row) {
            if (!csv.write(row))
                return false;
            ++count;
            return !(count % 1000 == 0 && context.cancelled());
        },
        error);
    if (!csv.ok()) {
        *error = device->errorString();
        return -1;
    }
    if (context.cancelled()) {
        *error = tr("cancelled");
        return -1;
    }
    return ok ? count : -1;
}

namespace {

// Everything above the detail table: title, summary, charts, summary tables.
QString headHtml(const Report& report)
{
    QString h = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 9pt;\">");
    h += QStringLiteral("<h2>%1</h2><p>%2</p>")
             .arg(esc(report.title), esc(tr("%1 — %2").arg(report.workspace, report.period.text())));
    for (const QString& s : report.summary)
        h += QStringLiteral("<p>%1</p>").arg(esc(s));
    for (int i = 0; i < report.charts.size(); ++i)
        h += QStringLiteral("<p><img src=\"chart:%1\" width=\"700\"></p>").arg(i);
    for (const ReportTable& t : report.tables)
        h += tableHtml(t.title, t.columns, t.rows);
    return h;
}

// The first maxRows detail rows. Only the rows shown are built: a year's audit trail is not
// turned into sentences to be thrown away. One row more tells whether the table is complete.
bool detailRows(Workspace& ws, const Report& report, const ReportPrivacy& privacy, int maxRows,
    const std::atomic<bool>* cancel, QList<QStringList>* rows, bool* more, QString* error)
{
    const ReportKind* kind = reportKind(report.kind);
    if (!kind) {
        *error = tr("unknown report kind \"%1\"").arg(report.kind);
        return false;
    }
    *more = false;
    ReportContext context;
    context.workspace = &ws;
    context.privacy = &privacy;
    context.cancel = cancel;
    const bool ok = kind->rows(
        context, report,
        [&](const QStringList& row) {
            if (rows->size() >= maxRows) {
                *more = true;
                return false;
            }
            *rows << row;
            return !(rows->size() % 1000 == 0 && context.cancelled());
        },
        error);
    if (!ok)
        return false;
    if (context.cancelled()) {
        *error = tr("cancelled");
        return false;
    }
    return true;
}

// What the report says under its detail table.
QStringList notesFor(const Report& report, qsizetype rows, bool more, int maxRows)
{
    QStringList notes = report.notes;
    if (more)
        notes.prepend(tr("The table above shows the first %1 rows; the CSV export of this report holds all of them.")
                          .arg(maxRows));
    if (rows == 0)
        notes.prepend(tr("Nothing happened in this period."));
    return notes;
}

} // namespace

QString html(Workspace& ws, const Report& report, const ReportPrivacy& privacy, int maxRows,
    const std::atomic<bool>* cancel, qint64* rowsTotal, QString* error)
{
    const LongRead longRead(ws);
    QList<QStringList> rows;
    bool more = false;
    if (!detailRows(ws, report, privacy, maxRows, cancel, &rows, &more, error))
        return {};
    if (rowsTotal)
        *rowsTotal = more ? -1 : rows.size();
    QString h = headHtml(report);
    h += tableHtml(report.detailTitle, report.detailColumns, rows);
    for (const QString& n : notesFor(report, rows.size(), more, maxRows))
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(n));
    h += QStringLiteral("</body></html>");
    return h;
}

namespace {

// The detail table of a PDF, drawn directly: Qt's rich text lays a table of a few thousand rows
// out in time that grows faster than its cells (most of a PDF's time went there). Columns get
// their content's width when everything fits, otherwise the narrow ones keep theirs and the
// wide ones share the rest; text wraps in its cell; the column names head every page.
class PdfTable final
{
public:
    PdfTable(const QString& title, const QStringList& columns, const QList<QStringList>& rows, const QStringList& notes)
        : m_title(title)
        , m_columns(columns)
        , m_rows(rows)
        , m_notes(notes)
    {
        m_cellFont.setPointSizeF(7);
        m_headFont = m_cellFont;
        m_headFont.setBold(true);
        m_titleFont.setPointSizeF(11);
        m_titleFont.setBold(true);
        m_noteFont.setPointSizeF(9);
        m_noteFont.setItalic(true);
    }

    // Lays the table out on a paint device, pages of width x pageHeight pixels (scale: pixels per
    // CSS pixel); returns the pages it takes.
    int layout(QPaintDevice* device, double width, double pageHeight, double scale)
    {
        m_width = width;
        m_pageHeight = pageHeight;
        m_pad = 3 * scale;
        const QFontMetricsF cell(m_cellFont, device);
        const QFontMetricsF head(m_headFont, device);
        const qsizetype n = m_columns.size();
        QList<double> natural(n, 0.0);
        for (qsizetype c = 0; c < n; ++c)
            natural[c] = head.horizontalAdvance(m_columns.at(c));
        for (const QStringList& r : m_rows) {
            for (qsizetype c = 0; c < n && c < r.size(); ++c)
                natural[c] = std::max(natural[c], cell.horizontalAdvance(r.at(c)));
        }
        m_widths = widths(natural);
        m_headHeight = rowHeight(head, m_columns);
        m_titleHeight = QFontMetricsF(m_titleFont, device).height() * 2;
        m_heights.clear();
        for (const QStringList& r : m_rows)
            m_heights << rowHeight(cell, r);
        const QFontMetricsF note(m_noteFont, device);
        m_noteHeights.clear();
        for (const QString& text : m_notes)
            m_noteHeights << note.boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text).height() + 2 * m_pad;
        int pages = 0;
        walk([&](Item, qsizetype, double) {}, [&] { ++pages; });
        return pages;
    }

    // Draws the laid out table; newPage() ends a page (drawing its footer) and starts the next.
    bool draw(QPainter& painter, const std::function<bool()>& newPage)
    {
        bool ok = true;
        walk(
            [&](Item item, qsizetype index, double y) {
                switch (item) {
                case Item::Title:
                    painter.setFont(m_titleFont);
                    painter.setPen(Qt::black);
                    painter.drawText(QRectF(0, y, m_width, m_titleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_title);
                    break;
                case Item::Head:
                    drawRow(painter, m_headFont, m_columns, y, m_headHeight, QColor(0xe8, 0xef, 0xe8));
                    break;
                case Item::Row:
                    drawRow(painter, m_cellFont, m_rows.at(index), y, m_heights.at(index), QColor());
                    break;
                case Item::Note:
                    painter.setFont(m_noteFont);
                    painter.setPen(Qt::black);
                    painter.drawText(
                        QRectF(0, y + m_pad, m_width, m_noteHeights.at(index)), Qt::TextWordWrap, m_notes.at(index));
                    break;
                }
            },
            [&] { ok = ok && newPage(); });
        return ok;
    }

private:
    enum class Item
    {
        Title,
        Head,
        Row,
        Note,
    };

    // Goes through the items in order with their page position; pageEnd() at the end of each page.
    template<typename Visit, typename PageEnd>
    void walk(const Visit& visit, const PageEnd& pageEnd) const
    {
        double y = 0;
        auto place = [&](double height, bool repeatHead) {
            if (y > 0 && y + height > m_pageHeight) {
                pageEnd();
                y = 0;
                if (repeatHead) {
                    visit(Item::Head, -1, y);
                    y += m_headHeight;
                }
            }
        };
        visit(Item::Title, -1, y);
        y += m_titleHeight;
        visit(Item::Head, -1, y);
        y += m_headHeight;
        for (qsizetype i = 0; i < m_heights.size(); ++i) {
            place(m_heights.at(i), true);
            visit(Item::Row, i, y);
            y += m_heights.at(i);
        }
        y += m_pad;
        for (qsizetype i = 0; i < m_noteHeights.size(); ++i) {
            place(m_noteHeights.at(i), false);
            visit(Item::Note, i, y);
            y += m_noteHeights.at(i);
        }
        pageEnd();
    }

    QList<double> widths(const QList<double>& natural) const
    {
        const qsizetype n = natural.size();
        QList<double> w(n, 0.0);
        if (n == 0)
            return w;
        double total = 0;
        for (double v : natural)
            total += v + 2 * m_pad;
        if (total <= m_width) { // everything fits: the spare room goes to every column alike
            const double extra = (m_width - total) / static_cast<double>(n);
            for (qsizetype c = 0; c < n; ++c)
                w[c] = natural.at(c) + 2 * m_pad + extra;
            return w;
        }
        // Columns narrower than a fair share keep their width; the wide ones share what is left.
        QList<bool> fixed(n, false);
        double left = m_width;
        qsizetype open = n;
        for (bool changed = true; changed && open > 0;) {
            changed = false;
            const double share = left / static_cast<double>(open);
            for (qsizetype c = 0; c < n; ++c) {
                if (!fixed.at(c) && natural.at(c) + 2 * m_pad <= share) {
                    fixed[c] = true;
                    w[c] = natural.at(c) + 2 * m_pad;
                    left -= w[c];
                    --open;
                    changed = true;
                }
            }
        }
        for (qsizetype c = 0; c < n; ++c) {
            if (!fixed.at(c))
                w[c] = left / static_cast<double>(open);
        }
        return w;
    }

    double rowHeight(const QFontMetricsF& metrics, const QStringList& cells) const
    {
        double height = metrics.height();
        for (qsizetype c = 0; c < m_widths.size() && c < cells.size(); ++c) {
            const double inner = m_widths.at(c) - 2 * m_pad;
            if (metrics.horizontalAdvance(cells.at(c)) <= inner)
                continue; // one line
            height = std::max(height,
                metrics.boundingRect(QRectF(0, 0, inner, 1e6), Qt::TextWordWrap | Qt::TextWrapAnywhere, cells.at(c))
                    .height());
        }
        return height + 2 * m_pad;
    }

    void drawRow(QPainter& painter, const QFont& font, const QStringList& cells, double y, double height,
        const QColor& background) const
    {
        painter.setFont(font);
        double x = 0;
        for (qsizetype c = 0; c < m_widths.size(); ++c) {
            const QRectF box(x, y, m_widths.at(c), height);
            if (background.isValid())
                painter.fillRect(box, background);
            painter.setPen(QColor(0x99, 0x99, 0x99));
            painter.drawRect(box);
            painter.setPen(Qt::black);
            painter.drawText(box.adjusted(m_pad, m_pad, -m_pad, -m_pad),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere, cells.value(c));
            x += m_widths.at(c);
        }
    }

    QString m_title;
    QStringList m_columns;
    const QList<QStringList>& m_rows;
    QStringList m_notes;
    double m_width = 0;
    double m_pad = 0;
    double m_pageHeight = 0;
    QFont m_cellFont, m_headFont, m_titleFont, m_noteFont;
    QList<double> m_widths, m_heights, m_noteHeights;
    double m_headHeight = 0, m_titleHeight = 0;
};

bool writePdfDocument(const Report& report, const QString& body, PdfTable* table, const QList<QImage>& chartImages,
    QIODevice* device, QString* error)
{
    QPdfWriter pdf(device);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(18, 18, 18, 22), QPageLayout::Millimeter);
    pdf.setResolution(150);
    pdf.setTitle(tr("%1 — %2").arg(report.title, report.period.text()));
    pdf.setCreator(QStringLiteral("GreenDoor"));

    QTextDocument doc;
    doc.setDocumentMargin(0);
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    for (int i = 0; i < chartImages.size(); ++i)
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)), chartImages.at(i));
    doc.setHtml(body);

    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("cannot write the PDF: %1").arg(device->errorString());
        return false;
    }
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const double scale = static_cast<double>(pdf.resolution()) / 96.0; // the document lays out at 96 dpi
    const QSizeF docPage(page.width() / scale, (page.height() - 40 * scale) / scale);
    doc.setPageSize(docPage);
    const int bodyPages = doc.pageCount();
    const double tableHeight = page.height() - 40 * scale;
    const int tablePages = table ? table->layout(&pdf, page.width(), tableHeight, scale) : 0;
    const int pages = bodyPages + 1 + tablePages;

    auto footer = [&](int number) {
        painter.save();
        QFont f = painter.font();
        f.setPointSizeF(8);
        painter.setFont(f);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, page.height() - 30 * scale, page.width(), 30 * scale), Qt::AlignCenter,
            tr("Page %1 of %2").arg(number).arg(pages));
        painter.restore();
    };

    // Title page.
    {
        painter.save();
        QFont f = painter.font();
        f.setPointSizeF(24);
        f.setBold(true);
        painter.setFont(f);
        painter.setPen(QColor(0x1b, 0x5e, 0x20));
        const double w = page.width();
        painter.drawText(
            QRectF(0, page.height() * 0.25, w, 120 * scale), Qt::AlignHCenter | Qt::TextWordWrap, report.title);
        f.setPointSizeF(14);
        f.setBold(false);
        painter.setFont(f);
        painter.setPen(Qt::black);
        const QString lines = tr("Workspace: %1\nPeriod: %2\nCreated: %3")
                                  .arg(report.workspace, report.period.text(),
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(report.generatedAtMs),
                                          QStringLiteral("yyyy-MM-dd HH:mm")));
        painter.drawText(
            QRectF(0, page.height() * 0.25 + 140 * scale, w, 200 * scale), Qt::AlignHCenter | Qt::TextWordWrap, lines);
        f.setPointSizeF(9);
        painter.setFont(f);
        painter.drawText(
            QRectF(0, page.height() * 0.8, w, 60 * scale), Qt::AlignHCenter | Qt::TextWordWrap, tr("GreenDoor report"));
        painter.restore();
        footer(1);
    }

    for (int i = 0; i < bodyPages; ++i) {
        if (!pdf.newPage()) {
            *error = tr("cannot write the PDF: %1").arg(device->errorString());
            return false;
        }
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -i * docPage.height());
        const QRectF clip(0, i * docPage.height(), docPage.width(), docPage.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        footer(i + 2);
    }
    if (table) {
        int number = bodyPages + 1;
        if (!pdf.newPage()) {
            *error = tr("cannot write the PDF: %1").arg(device->errorString());
            return false;
        }
        const bool drawn = table->draw(painter, [&] {
            footer(++number);
            return number >= pages || pdf.newPage();
        });
        if (!drawn) {
            *error = tr("cannot write the PDF: %1").arg(device->errorString());
            return false;
        }
    }
    if (!painter.end()) {
        *error = tr("cannot write the PDF: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace

bool writePdfFromHtml(
    const Report& report, const QString& body, const QList<QImage>& chartImages, QIODevice* device, QString* error)
{
    return writePdfDocument(report, body, nullptr, chartImages, device, error);
}

bool writePdf(Workspace& ws, const Report& report, const ReportPrivacy& privacy, const QList<QImage>& chartImages,
    QIODevice* device, const std::atomic<bool>* cancel, QString* error)
{
    QList<QStringList> rows;
    bool more = false;
    {
        const LongRead longRead(ws);
        if (!detailRows(ws, report, privacy, kMaxPdfRows, cancel, &rows, &more, error))
            return false;
    }
    // The summary part through rich text; the detail table (up to kMaxPdfRows rows) and the notes
    // drawn after it, from a page of their own.
    const QString body = headHtml(report) + QStringLiteral("</body></html>");
    PdfTable table(report.detailTitle, report.detailColumns, rows, notesFor(report, rows.size(), more, kMaxPdfRows));
    return writePdfDocument(report, body, &table, chartImages, device, error);
}

} // namespace Reports

namespace reports {

bool exec(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<double> perWeek(Workspace& ws, const ReportPeriod& period, const QString& sql, QString* error)
{
    // Week boundaries (local midnights of the Mondays, clipped to the period) once, then a binary
    // search per row instead of a date conversion.
    const QList<QDate> weeks = period.weeks();
    std::vector<qint64> starts;
    for (const QDate& monday : weeks)
        starts.push_back(midnight(qMax(monday, period.from)));
    QList<double> counts(weeks.size(), 0.0);
    QSqlQuery q(ws.db());
    const qint64 end = period.toMs();
    if (!exec(q, sql, { period.fromMs(), end }, error))
        return counts;
    while (q.next()) {
        const qint64 at = q.value(0).toLongLong();
        if (at < starts.front() || at >= end)
            continue;
        const auto it = std::upper_bound(starts.begin(), starts.end(), at);
        counts[static_cast<qsizetype>(it - starts.begin()) - 1] += 1;
    }
    return counts;
}

QString dateText(qint64 ms)
{
    if (ms <= 0)
        return {};
    // The C library's local time: a year of rows spends most of its time in QDateTime's
    // conversion otherwise.
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm local {};
#ifdef Q_OS_WIN
    if (localtime_s(&local, &seconds) != 0)
#else
    if (!localtime_r(&seconds, &local))
#endif
        return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
        local.tm_hour, local.tm_min);
    return QString::fromLatin1(text);
}

QString money(double value)
{
    return QString::number(value, 'f', 2);
}

QString percent(double value)
{
    return tr("%1 %").arg(QString::number(value, 'f', 1));
}

QStringList weekLabels(const ReportPeriod& period)
{
    QStringList labels;
    for (const QDate& d : period.weeks())
        labels << d.toString(QStringLiteral("yyyy-MM-dd"));
    return labels;
}

} // namespace reports

} // namespace gd::core
