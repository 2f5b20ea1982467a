#pragma once

#include "core/decisions/AuditLog.h"

#include <QAbstractTableModel>

namespace gd::ui {

// Rows of the audit trail, newest first; the Details column reads as a sentence for an admin
// ("queued for approval: First-touch email to Olivia Jansen, risk 0.20 low: cold contact"), the
// raw JSON is the tooltip and RawJsonRole.
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
    enum Role
    {
        RawJsonRole = Qt::UserRole + 1, // the row's details exactly as stored and hashed
    };

    explicit AuditModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // sentences: one per entry (AuditSentence), read with the entries off the GUI thread; empty
    // ones fall back to the details with their numbers rounded.
    void setEntries(const QList<core::AuditEntry>& entries, const QStringList& sentences = {});
    const core::AuditEntry* entryAt(int row) const;

private:
    QList<core::AuditEntry> m_entries;
    QStringList m_sentences;
};

} // namespace gd::ui
