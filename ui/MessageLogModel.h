#pragma once

#include "core/runtime/Message.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd::ui {

// The communication trail shown in the console, newest first. Fed by WorkspaceReader results;
// merges a refresh into the rows it has (new rows on top, changed rows updated, old rows
// trimmed) so the view keeps its selection and scroll position.
class MessageLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogModel)

public:
    enum Column
    {
        TimeColumn,
        SenderColumn,
        ReceiverColumn,
        TypeColumn,
        PriorityColumn,
        SummaryColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        MessageIdRole = Qt::UserRole + 1,
        SeqRole,
        PriorityRole,
        CorrelationRole
    };

    explicit MessageLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Replaces everything (after a filter change).
    void resetMessages(const QList<core::Message>& newestFirst);
    // Merges a refresh of the same filter.
    void mergeMessages(const QList<core::Message>& newestFirst);
    const core::Message* messageAt(int row) const;

    static QString typeText(core::MessageType type);
    static QString priorityText(core::Priority priority);
    static QString statusText(const core::Message& message);

private:
    QList<core::Message> m_rows;
};

} // namespace gd::ui
