#include "ui/ReportDialog.h"

#include "core/decisions/AuditLog.h"
#include "core/reports/ReportPrivacy.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/ReportChartImage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

struct Built
{
    std::optional<core::Report> report;
    QString html; // the preview's, or empty
    qint64 rows = 0;
    QString error;
};

// Builds a report off the GUI thread; progress goes to the dialog through the runner.
Built build(core::Workspace& ws, const core::ReportRequest& request, const std::atomic<bool>* cancel,
    const std::function<void(int)>& progress, bool withPreview)
{
    Built b;
    const core::ReportPrivacy privacy = core::ReportPrivacy::load(ws);
    b.report = core::Reports::build(ws, request, privacy, cancel, progress, &b.error);
    if (b.report && withPreview) {
        b.html = core::Reports::html(ws, *b.report, privacy, core::Reports::kPreviewRows, cancel, &b.rows, &b.error);
        if (b.html.isEmpty())
            b.report.reset();
    }
    return b;
}

} // namespace

ReportDialog::ReportDialog(AsyncRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
{
    setWindowTitle(tr("Export Report"));
    resize(960, 720);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (const QString& name : core::reportKindNames())
        m_kind->addItem(core::reportKind(name)->title(), name);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addDays(1 - today.day()).addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new QDateEdit(today.addDays(-today.day()), this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_format->addItem(tr("PDF (title page, charts, tables)"), QStringLiteral("pdf"));
    m_format->addItem(tr("CSV (every row, for spreadsheets)"), QStringLiteral("csv"));

    auto* form = new QFormLayout;
    form->addRow(tr("Report:"), m_kind);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Format:"), m_format);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setOpenLinks(false);
    m_preview->setPlaceholderText(tr("Choose a report and a period, then Preview to see it before saving."));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_saveButton = new QPushButton(tr("&Save..."), this);
    m_saveButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("&Cancel report"), this);
    m_cancelButton->setEnabled(false);
    m_closeButton = new QPushButton(tr("Close"), this);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::showPreview);
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        const auto r = request(&error);
        if (!r) {
            m_status->setText(error);
            return;
        }
        const QString suffix = r->format == core::ReportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
        const QString suggested
            = QStringLiteral("%1-%2-%3.%4")
                  .arg(r->kind, r->period.from.toString(Qt::ISODate), r->period.to.toString(Qt::ISODate), suffix);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QDir::home().filePath(suggested),
            suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
        if (!path.isEmpty())
            saveTo(path);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

ReportDialog::~ReportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

std::optional<core::ReportRequest> ReportDialog::request(QString* error) const
{
    return core::ReportRequest::parse(m_kind->currentData().toString(), m_from->date().toString(Qt::ISODate),
        m_to->date().toString(Qt::ISODate), m_format->currentData().toString(), error);
}

std::shared_ptr<std::atomic<bool>> ReportDialog::freshCancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    return m_cancel;
}

void ReportDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setValue(0);
    m_cancelButton->setEnabled(busy);
    m_previewButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_kind->setEnabled(!busy);
    m_from->setEnabled(!busy);
    m_to->setEnabled(!busy);
    m_format->setEnabled(!busy);
    m_status->setText(text);
}

void ReportDialog::progress(int percent)
{
    if (m_busy)
        m_progress->setValue(percent);
}

void ReportDialog::showPreview()
{
    QString error;
    const auto r = request(&error);
    if (!r || !m_runner) {
        m_status->setText(error);
        return;
    }
    const auto cancel = freshCancel();
    setBusy(true, tr("Building the preview..."));
    const QPointer<QObject> self(this);
    AsyncRunner* runner = m_runner;
    m_runner->run(
        this, QStringLiteral("report"),
        [request = *r, cancel, self, runner](core::Workspace& ws) {
            return build(
                ws, request, cancel.get(),
                [self, runner](int p) {
                    runner->notify(self, [self, p] {
                        if (auto* d = qobject_cast<ReportDialog*>(self.data()))
                            d->progress(p);
                    });
                },
                true);
        },
        [this, cancel](const Built& b) {
            if (cancel->load())
                return; // cancelled meanwhile: cancel() has reset the dialog
            if (!b.report) {
                setBusy(false, tr("The report could not be built: %1").arg(b.error));
                return;
            }
            // Charts are drawn here (Qt Charts lives on the GUI thread), then shown inline.
            const QList<QImage> charts = ReportChartImage::renderAll(*b.report);
            QTextDocument* doc = m_preview->document();
            for (int i = 0; i < charts.size(); ++i)
                doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:%1").arg(i)),
                    charts.at(i).scaledToWidth(700, Qt::SmoothTransformation));
            m_preview->setHtml(b.html);
            setBusy(false,
                b.rows < 0 ? tr("Preview: the first %1 rows. The PDF holds up to %2, the CSV all of them.")
                                 .arg(core::Reports::kPreviewRows)
                                 .arg(core::Reports::kMaxPdfRows)
                           : tr("Preview: %n row(s).", nullptr, static_cast<int>(b.rows)));
            Q_EMIT previewShown();
        });
}

void ReportDialog::saveTo(const QString& path)
{
    QString error;
    const auto r = request(&error);
    if (!r || !m_runner) {
        m_status->setText(error);
        Q_EMIT saved(path, error);
        return;
    }
    const auto cancel = freshCancel();
    setBusy(true, tr("Writing %1...").arg(QDir::toNativeSeparators(path)));
    const QPointer<QObject> self(this);
    AsyncRunner* runner = m_runner;
    auto notifier = [self, runner](int p) {
        runner->notify(self, [self, p] {
            if (auto* d = qobject_cast<ReportDialog*>(self.data()))
                d->progress(p / 2);
        });
    };
    // 1. Build (worker); 2. draw the charts (GUI thread); 3. write the file (worker). A CSV holds
    // the detail rows only: its build skips the summary.
    core::ReportRequest wanted = *r;
    wanted.detailOnly = wanted.format == core::ReportFormat::Csv;
    m_runner->run(
        this, QStringLiteral("report"),
        [request = wanted, cancel, notifier](
            core::Workspace& ws) { return build(ws, request, cancel.get(), notifier, false); },
        [this, cancel, path, request = *r](const Built& b) {
            if (cancel->load())
                return;
            if (!b.report) {
                setBusy(false, tr("The report could not be built: %1").arg(b.error));
                Q_EMIT saved(path, b.error);
                return;
            }
            const bool pdf = request.format == core::ReportFormat::Pdf;
            const QList<QImage> charts = pdf ? ReportChartImage::renderAll(*b.report) : QList<QImage>();
            m_progress->setValue(60);
            m_runner->run(
                this, QStringLiteral("report"),
                [report = *b.report, charts, pdf, path, cancel](core::Workspace& ws) {
                    const core::ReportPrivacy privacy = core::ReportPrivacy::load(ws);
                    QSaveFile file(path);
                    if (!file.open(QIODevice::WriteOnly))
                        return file.errorString();
                    QString why;
                    const bool ok = pdf
                        ? core::Reports::writePdf(ws, report, privacy, charts, &file, cancel.get(), &why)
                        : core::Reports::writeCsv(ws, report, privacy, &file, cancel.get(), &why) >= 0;
                    if (!ok || cancel->load()) {
                        file.cancelWriting();
                        return why.isEmpty() ? QStringLiteral("cancelled") : why;
                    }
                    if (!file.commit())
                        return file.errorString();
                    core::AuditLog::append(ws, QStringLiteral("operator"), QStringLiteral("report_exported"), {},
                        QJsonObject { { QStringLiteral("kind"), report.kind },
                            { QStringLiteral("period"), report.period.text() },
                            { QStringLiteral("format"), pdf ? QStringLiteral("pdf") : QStringLiteral("csv") },
                            { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() } },
                        &why);
                    return QString();
                },
                [this, cancel, path](const QString& why) {
                    if (cancel->load())
                        return;
                    setBusy(false,
                        why.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                      : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), why));
                    Q_EMIT saved(path, why);
                });
        });
}

void ReportDialog::cancel()
{
    if (!m_busy)
        return;
    if (m_cancel)
        m_cancel->store(true);
    setBusy(false, tr("Cancelled: nothing was saved."));
    Q_EMIT cancelled();
}

} // namespace gd::ui
