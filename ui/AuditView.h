#pragma once

#include "core/decisions/AuditLog.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace gd::core {
class Workspace;
}

namespace gd::ui {

class AuditModel;

// The audit trail: filterable, verifiable (the hash chain) and exportable as CSV or JSON.
class AuditView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditView)

public:
    explicit AuditView(QWidget* parent = nullptr);
    void setWorkspace(std::shared_ptr<core::Workspace> workspace);
    core::AuditFilter filter() const;
    void showEntries(const QList<core::AuditEntry>& entries);
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
    std::shared_ptr<core::Workspace> m_workspace;
    AuditModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_verified = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace gd::ui
