#include "ui/ImportDialog.h"

#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString fieldTitle(core::ProspectField f)
{
    switch (f) {
    case core::ProspectField::Ignore:
        return ImportDialog::tr("(ignore)");
    case core::ProspectField::FirstName:
        return ImportDialog::tr("First name");
    case core::ProspectField::LastName:
        return ImportDialog::tr("Last name");
    case core::ProspectField::FullName:
        return ImportDialog::tr("Full name");
    case core::ProspectField::Email:
        return ImportDialog::tr("Email");
    case core::ProspectField::Title:
        return ImportDialog::tr("Job title");
    case core::ProspectField::Company:
        return ImportDialog::tr("Company");
    case core::ProspectField::Domain:
        return ImportDialog::tr("Company domain");
    case core::ProspectField::Website:
        return ImportDialog::tr("Website");
    case core::ProspectField::Industry:
        return ImportDialog::tr("Industry");
    case core::ProspectField::Employees:
        return ImportDialog::tr("Employees");
    case core::ProspectField::City:
        return ImportDialog::tr("City");
    case core::ProspectField::Country:
        return ImportDialog::tr("Country");
    case core::ProspectField::Location:
        return ImportDialog::tr("Location (city, country)");
    case core::ProspectField::Phone:
        return ImportDialog::tr("Phone");
    case core::ProspectField::LinkedIn:
        return ImportDialog::tr("LinkedIn URL");
    case core::ProspectField::Seniority:
        return ImportDialog::tr("Seniority");
    }
    return {};
}

QString vendorTitle(const QString& vendor)
{
    if (vendor == QLatin1String("hubspot"))
        return QStringLiteral("HubSpot");
    if (vendor == QLatin1String("salesforce"))
        return QStringLiteral("Salesforce");
    if (vendor == QLatin1String("apollo"))
        return QStringLiteral("Apollo");
    if (vendor == QLatin1String("linkedin_sales_navigator"))
        return QStringLiteral("LinkedIn Sales Navigator");
    return ImportDialog::tr("a generic");
}

} // namespace

ImportDialog::ImportDialog(AsyncRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
{
    qRegisterMetaType<gd::core::ImportReport>();
    setWindowTitle(tr("Import Prospects"));
    resize(980, 640);
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CSV export from HubSpot, Salesforce, Apollo, Sales Navigator or any tool"));
    auto* browse = new QPushButton(tr("Choose File..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Prospects"), QDir::homePath(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    m_detected = new QLabel(this);
    m_detected->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->verticalHeader()->setDefaultSectionSize(24);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();
    m_import = new QPushButton(tr("Import"), this);
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    m_cancel = new QPushButton(tr("Cancel Import"), this);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_rejects = new QTableWidget(0, 2, this);
    m_rejects->setObjectName(QStringLiteral("importRejects"));
    m_rejects->setHorizontalHeaderLabels({ tr("Line"), tr("Why it was rejected") });
    m_rejects->horizontalHeader()->setStretchLastSection(true);
    m_rejects->verticalHeader()->hide();
    m_rejects->hide();
    m_saveRejects = new QPushButton(tr("Save Rejected Rows..."), this);
    m_saveRejects->hide();
    connect(m_saveRejects, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Rejected Rows"), QStringLiteral("rejected.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveRejects(path);
    });
    connect(this, &ImportDialog::rejectsSaved, this, [this](const QString& path, bool ok) {
        if (ok)
            return;
        auto* box = new QMessageBox(QMessageBox::Warning, windowTitle(),
            tr("Could not write %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    auto* close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_saveRejects);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_import);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_detected);
    layout->addWidget(m_preview, 3);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejects, 2);
    layout->addLayout(buttons);
}

ImportDialog::~ImportDialog()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

QComboBox* ImportDialog::mappingBox(int column) const
{
    return qobject_cast<QComboBox*>(m_preview->cellWidget(0, column));
}

void ImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_import->setEnabled(false);
    if (!m_runner)
        return;
    m_detected->setText(tr("Reading the file..."));
    // A newer file supersedes the preview of an older one.
    m_runner->run(
        this, QStringLiteral("preview"), [path] { return core::ProspectImporter::preview(path, 20); },
        [this](const core::ProspectImporter::Preview& preview) { showPreview(preview); });
}

void ImportDialog::showPreview(const core::ProspectImporter::Preview& p)
{
    m_preview->clear();
    if (!p.error.isEmpty()) {
        m_detected->setText(tr("This file cannot be imported: %1").arg(p.error));
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        Q_EMIT previewReady();
        return;
    }
    m_header = p.header;
    m_vendor = p.mapping.vendor;
    m_detected->setText(tr("Looks like %1 export (%2, delimiter %3). Check what each column holds, then import.")
                            .arg(vendorTitle(p.mapping.vendor), p.encoding, p.delimiter));
    m_preview->setColumnCount(static_cast<int>(p.header.size()));
    m_preview->setRowCount(static_cast<int>(p.rows.size()) + 1);
    m_preview->setHorizontalHeaderLabels(p.header);
    for (int c = 0; c < p.header.size(); ++c) {
        auto* box = new QComboBox(m_preview);
        for (core::ProspectField f : core::allProspectFields())
            box->addItem(fieldTitle(f), static_cast<int>(f));
        box->setCurrentIndex(box->findData(static_cast<int>(p.mapping.columns.value(c, core::ProspectField::Ignore))));
        m_preview->setCellWidget(0, c, box);
        for (int r = 0; r < p.rows.size(); ++r) {
            auto* item = new QTableWidgetItem(p.rows.at(r).value(c));
            item->setFlags(Qt::ItemIsEnabled);
            m_preview->setItem(r + 1, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(QStringList { tr("maps to") } + [&] {
        QStringList labels;
        for (int r = 0; r < p.rows.size(); ++r)
            labels << QString::number(r + 2);
        return labels;
    }());
    m_import->setEnabled(true);
    Q_EMIT previewReady();
}

core::ColumnMapping ImportDialog::currentMapping() const
{
    core::ColumnMapping m;
    m.vendor = m_vendor;
    for (int c = 0; c < m_header.size(); ++c) {
        const QComboBox* box = mappingBox(c);
        m.columns << (box ? static_cast<core::ProspectField>(box->currentData().toInt()) : core::ProspectField::Ignore);
    }
    return m;
}

void ImportDialog::startImport()
{
    if (m_running || m_path.isEmpty() || !m_runner)
        return;
    m_running = true;
    m_import->setEnabled(false);
    m_cancel->show();
    m_progress->show();
    m_progress->setValue(0);
    m_summary->setText(tr("Importing..."));
    m_rejects->hide();
    m_saveRejects->hide();
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancelFlag;
    const core::ColumnMapping mapping = currentMapping();
    const QString path = m_path;
    QProgressBar* bar = m_progress;
    QPointer<QObject> guard(bar);
    AsyncRunner* runner = m_runner;
    m_runner->run(
        this, QString(),
        [ws = m_runner->workspace(), path, mapping, cancel, bar, guard, runner](core::Workspace&) {
            core::ProspectImporter importer(ws);
            importer.setMapping(mapping);
            return importer.run(
                path,
                [bar, guard, runner, cancel](qint64 done, qint64 total, qint64) {
                    // The console is closing: stop the import (a cancelled import stores nothing).
                    if (runner->stopRequested())
                        cancel->store(true);
                    if (total <= 0)
                        return;
                    const int value = static_cast<int>(done * 1000 / total);
                    runner->notify(guard, [bar, value] { bar->setValue(value); });
                },
                cancel.get());
        },
        [this](const core::ImportReport& report) {
            m_running = false;
            m_cancel->hide();
            showReport(report);
        });
}

void ImportDialog::cancelImport()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ImportDialog::showReport(const core::ImportReport& report)
{
    m_report = report;
    m_progress->setValue(report.ok() ? 1000 : m_progress->value());
    if (report.cancelled) {
        m_summary->setText(tr("Import cancelled: nothing was stored."));
        m_import->setEnabled(true);
    } else if (!report.error.isEmpty()) {
        m_summary->setText(tr("Nothing was imported: %1").arg(report.error));
        m_import->setEnabled(true);
    } else {
        const QLocale l;
        m_summary->setText(tr("%1 new prospects, %2 merged into existing ones, %3 rows rejected (of %4, in %5 s).")
                               .arg(l.toString(report.imported), l.toString(report.merged), l.toString(report.rejected),
                                   l.toString(report.rows), l.toString(report.seconds, 'f', 1)));
        m_rejects->setRowCount(static_cast<int>(std::min<qsizetype>(report.rejects.size(), 10000)));
        for (int i = 0; i < m_rejects->rowCount(); ++i) {
            m_rejects->setItem(i, 0, new QTableWidgetItem(QString::number(report.rejects.at(i).line)));
            m_rejects->setItem(i, 1, new QTableWidgetItem(report.rejects.at(i).reason));
        }
        m_rejects->setVisible(report.rejected > 0);
        m_saveRejects->setVisible(report.rejected > 0);
    }
    Q_EMIT importFinished(report);
}

void ImportDialog::saveRejects(const QString& path)
{
    if (m_report.importId.isEmpty() || !m_runner) {
        Q_EMIT rejectsSaved(path, false);
        return;
    }
    m_saveRejects->setEnabled(false);
    m_runner->run(
        this, QString(),
        [path, importId = m_report.importId](core::Workspace& ws) {
            const QByteArray data = core::ProspectImporter::rejectsCsv(ws, importId);
            QSaveFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
        },
        [this, path](bool ok) {
            m_saveRejects->setEnabled(true);
            Q_EMIT rejectsSaved(path, ok);
        });
}

} // namespace gd::ui
