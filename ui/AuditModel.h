#pragma once

#include "core/decisions/AuditLog.h"

#include <QAbstractTableModel>

namespace gd::ui {

// Rows of the audit trail, newest first.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditModel)

public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        ActorColumn,
        EventColumn,
        DecisionColumn,
        DetailsColumn,
        ColumnCount
    };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setEntries(const QList<core::AuditEntry>& entries);
    const core::AuditEntry* entryAt(int row) const;

private:
    QList<core::AuditEntry> m_entries;
};

} // namespace gd::ui
