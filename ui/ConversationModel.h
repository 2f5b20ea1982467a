#pragma once

#include "core/mail/ConversationStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd::ui {

// Threads as the Conversations tab lists them: contact, subject, the latest reply's class and
// confidence with the sentences that decided it, last activity and unread count.
class ConversationModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Column
    {
        ContactColumn,
        SubjectColumn,
        ClassColumn,
        ConfidenceColumn,
        ReasonsColumn,
        LastColumn,
        UnreadColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UnreadRole,
        ClassRole,
    };

    explicit ConversationModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows, keeping rows that did not change (by id) in place where possible.
    void setConversations(const QList<core::Conversation>& conversations);
    const core::Conversation* conversationAt(int row) const;
    int rowOf(qint64 id) const;
    int unreadTotal() const;
    // Marks a thread read in the view at once (the workspace is written in the background).
    void markRead(qint64 id);
    // The class name for people ("out of office").
    static QString classText(const QString& replyClass);

private:
    QList<core::Conversation> m_rows;
};

} // namespace gd::ui
