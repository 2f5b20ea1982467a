#pragma once

#include "core/decisions/AuthorityMatrix.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace gd::ui {

class AsyncRunner;

// Settings: the authority matrix, one row per decision type. Saving stores the changed rules;
// every change is appended to the audit log with the rule before and after. The matrix is read
// before the dialog opens (MainWindow does it in the background); the save runs on the runner.
class MatrixDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MatrixDialog)

public:
    MatrixDialog(AsyncRunner* runner, const core::AuthorityMatrix& matrix, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QList<core::AuthorityRule> editedRules() const;
    // Stores the rules that differ from the ones shown at first, in one transaction, in the
    // background; the dialog shows it is saving. saveFinished follows (error empty on success).
    void save();
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void saveFinished(const QString& error);

private:
    void setSaving(bool saving);
    void onSaveButtonFinished(const QString& error);

    QPointer<AsyncRunner> m_runner;
    QDialogButtonBox* m_buttons = nullptr;
    QLabel* m_status = nullptr;
    bool m_saving = false;
    QList<core::AuthorityRule> m_original;
    QTableWidget* m_table = nullptr;
};

} // namespace gd::ui
