#pragma once

#include "core/reports/Report.h"

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace gd::ui {

class AsyncRunner;

// File > Export Report: kind, period and format, a preview of the report before saving, then
// the file. Every query and the writing run off the GUI thread (AsyncRunner); only the charts
// are drawn on it (Qt Charts). Long reports show progress and can be cancelled.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    explicit ReportDialog(AsyncRunner* runner, QWidget* parent = nullptr);
    ~ReportDialog() override;

    QComboBox* kindBox() const { return m_kind; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* formatBox() const { return m_format; }
    QTextBrowser* preview() const { return m_preview; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* cancelButton() const { return m_cancelButton; }
    QPushButton* saveButton() const { return m_saveButton; }
    QLabel* statusLabel() const { return m_status; }
    bool busy() const { return m_busy; }

    // Builds the report and shows it (the detail table's first rows).
    void showPreview();
    // Writes the report to path in the chosen format (the Save button asks for the path).
    void saveTo(const QString& path);
    // Stops the report being built or written; nothing is saved.
    void cancel();

Q_SIGNALS:
    void previewShown();
    void saved(const QString& path, const QString& error); // error empty on success
    void cancelled();

private:
    std::optional<core::ReportRequest> request(QString* error) const;
    void setBusy(bool busy, const QString& text);
    std::shared_ptr<std::atomic<bool>> freshCancel();
    void progress(int percent);

    QPointer<AsyncRunner> m_runner;
    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTextBrowser* m_preview = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

} // namespace gd::ui
