#pragma once

#include "core/prospects/ProspectImporter.h"

#include <QDialog>
#include <QPointer>
#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace gd::ui {

class AsyncRunner;

// Import prospects from a CSV: the file, a preview with the detected column mapping (each
// column's mapping can be corrected), the import in the background with a progress bar and
// Cancel (a cancelled import stores nothing), then the report with every rejected row, which
// can be saved as CSV to fix and import again. Every file and workspace access runs on the
// AsyncRunner.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(AsyncRunner* runner, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path); // previews it in the background
    void startImport();
    void cancelImport();
    // Writes the rejected rows of the last import as CSV, in the background; rejectsSaved follows.
    void saveRejects(const QString& path);

    QTableWidget* previewTable() const { return m_preview; }
    QComboBox* mappingBox(int column) const;
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableWidget* rejectsTable() const { return m_rejects; }
    QPushButton* importButton() const { return m_import; }
    const core::ImportReport& report() const { return m_report; }

Q_SIGNALS:
    void previewReady();
    void importFinished(const gd::core::ImportReport& report);
    void rejectsSaved(const QString& path, bool ok);

private:
    void showPreview(const core::ProspectImporter::Preview& preview);
    void showReport(const core::ImportReport& report);
    core::ColumnMapping currentMapping() const;

    QPointer<AsyncRunner> m_runner;
    QString m_path;
    QStringList m_header;
    QString m_vendor;
    QLineEdit* m_file = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_saveRejects = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_rejects = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    bool m_running = false;
    core::ImportReport m_report;
};

} // namespace gd::ui

Q_DECLARE_METATYPE(gd::core::ImportReport)
