#pragma once

#include "core/decisions/AuthorityMatrix.h"

#include <QDialog>
#include <memory>

class QTableWidget;

namespace gd::core {
class Workspace;
}

namespace gd::ui {

// Settings: the authority matrix, one row per decision type. Saving stores the changed rules;
// every change is appended to the audit log with the rule before and after.
class MatrixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixDialog)

public:
    MatrixDialog(
        std::shared_ptr<core::Workspace> workspace, const core::AuthorityMatrix& matrix, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QList<core::AuthorityRule> editedRules() const;
    // Stores the rules that differ from the ones shown at first. Returns the error, if any.
    QString save();

private:
    std::shared_ptr<core::Workspace> m_workspace;
    QList<core::AuthorityRule> m_original;
    QTableWidget* m_table = nullptr;
};

} // namespace gd::ui
