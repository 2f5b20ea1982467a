#pragma once

#include "core/runtime/Agent.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd::ui {

// The live agent table: one row per agent, refreshed from the coordinator's status snapshots.
class AgentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentTableModel)

public:
    enum Column
    {
        NameColumn,
        StateColumn,
        CurrentTaskColumn,
        QueueColumn,
        HandledColumn,
        FailedColumn,
        P99Column,
        HeartbeatColumn,
        ColumnCount
    };
    enum Role
    {
        AgentNameRole = Qt::UserRole + 1,
        StateRole,
        SortRole,
    };

    explicit AgentTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setStatuses(const QList<core::AgentStatus>& statuses);
    const core::AgentStatus* statusAt(int row) const;
    int rowOf(const QString& agentName) const;
    QModelIndex indexOf(const QString& agentName, int column = NameColumn) const;

    static QString stateText(core::AgentState state);

private:
    QList<core::AgentStatus> m_rows;
};

} // namespace gd::ui
