#pragma once

#include "core/decisions/DecisionEngine.h"

#include <QAbstractTableModel>

namespace gd::ui {

// The approval queue: one row per item, refreshed from WorkspaceReader results.
class ApprovalQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueModel)

public:
    enum Column
    {
        AgeColumn,
        AgentColumn,
        TypeColumn,
        TargetColumn,
        RiskColumn,
        StatusColumn,
        DeadlineColumn,
        ColumnCount
    };
    enum Role
    {
        ApprovalIdRole = Qt::UserRole + 1,
        SortRole,
        RiskRole
    };

    explicit ApprovalQueueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setItems(const QList<core::ApprovalItem>& items);
    const core::ApprovalItem* itemAt(int row) const;
    int rowOf(const QString& approvalId) const;
    // The age of an item as the queue shows it ("3 min", "2 h").
    static QString ageText(qint64 ms);
    static QString typeTitle(const QString& type);

private:
    QList<core::ApprovalItem> m_items;
    qint64 m_now = 0;
};

} // namespace gd::ui
