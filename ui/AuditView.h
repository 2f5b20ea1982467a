#pragma once

#include "core/decisions/AuditLog.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace gd::ui {

class AsyncRunner;
class AuditModel;

// The audit trail as sentences for an admin, the raw JSON one click away: filterable, verifiable
// (the hash chain) and exportable as CSV or JSON.
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)

public:
    explicit AuditView(QWidget* parent = nullptr);
    void setRunner(AsyncRunner* runner); // the open workspace's; nullptr when none
    // Reads the entries matching the filter in the background (onlyIfIdle: unless one is under way).
    void refresh(bool onlyIfIdle = false);
    core::AuditFilter filter() const;
    void showEntries(const QList<core::AuditEntry>& entries, const QStringList& sentences = {});
    // The selected row's details exactly as stored (shown under the table with "Raw JSON").
    QPlainTextEdit* rawJson() const { return m_raw; }
    QPushButton* rawJsonButton() const { return m_rawButton; }
    QTableView* table() const { return m_view; }
    AuditModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* verifyLabel() const { return m_verified; }

    void verify();
    void exportTo(const QString& path, bool csv);

Q_SIGNALS:
    void refreshRequested();
    void verified(bool ok, const QString& text);
    void exported(const QString& path, const QString& error);

private:
    QPointer<AsyncRunner> m_runner;
    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_verified = nullptr;
    QPushButton* m_verifyButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_rawButton = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace gd::ui
