#pragma once

#include "core/store/TaskStore.h"

#include <QAbstractTableModel>

namespace gd::ui {

// Recent tasks of one agent, for the detail pane.
class TaskListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column
    {
        CreatedColumn,
        TypeColumn,
        StatusColumn,
        AttemptsColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        TaskIdRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit TaskListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setTasks(const QList<core::TaskRecord>& tasks);
    static QString statusText(core::TaskStatus status);

private:
    QList<core::TaskRecord> m_rows;
};

} // namespace gd::ui
