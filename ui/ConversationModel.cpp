#include "ui/ConversationModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace gd::ui {

ConversationModel::ConversationModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConversationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConversationModel::classText(const QString& replyClass)
{
    if (replyClass == QLatin1String("interested"))
        return tr("interested");
    if (replyClass == QLatin1String("not_interested"))
        return tr("not interested");
    if (replyClass == QLatin1String("not_now"))
        return tr("not now");
    if (replyClass == QLatin1String("objection"))
        return tr("objection");
    if (replyClass == QLatin1String("out_of_office"))
        return tr("out of office");
    if (replyClass == QLatin1String("referral"))
        return tr("referral");
    if (replyClass == QLatin1String("unsubscribe"))
        return tr("unsubscribe");
    if (replyClass == QLatin1String("bounce"))
        return tr("bounce");
    return replyClass.isEmpty() ? tr("no reply yet") : replyClass;
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Conversation& c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case UnreadRole:
        return c.unread;
    case ClassRole:
        return c.replyClass;
    case Qt::FontRole:
        if (c.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ClassColumn) {
            if (c.replyClass == QLatin1String("interested"))
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            if (c.replyClass == QLatin1String("unsubscribe") || c.replyClass == QLatin1String("bounce"))
                return QBrush(QColor(0xc6, 0x28, 0x28));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReasonsColumn || index.column() == ClassColumn)
            return c.reasons.join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ConfidenceColumn || index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case ContactColumn:
            return c.contact;
        case SubjectColumn:
            return c.subject;
        case ClassColumn:
            return classText(c.replyClass);
        case ConfidenceColumn:
            return c.replyClass.isEmpty() ? QString() : QString::number(c.confidence, 'f', 2);
        case ReasonsColumn:
            return c.reasons.join(QStringLiteral(" / "));
        case LastColumn:
            return QDateTime::fromMSecsSinceEpoch(c.lastAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case UnreadColumn:
            return c.unread > 0 ? QString::number(c.unread) : QString();
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ContactColumn:
        return tr("Contact");
    case SubjectColumn:
        return tr("Subject");
    case ClassColumn:
        return tr("Class");
    case ConfidenceColumn:
        return tr("Confidence");
    case ReasonsColumn:
        return tr("Why");
    case LastColumn:
        return tr("Last");
    case UnreadColumn:
        return tr("Unread");
    default:
        return {};
    }
}

void ConversationModel::setConversations(const QList<core::Conversation>& conversations)
{
    bool same = conversations.size() == m_rows.size();
    for (int i = 0; same && i < conversations.size(); ++i)
        same = conversations.at(i).id == m_rows.at(i).id;
    if (same) {
        // The same threads in the same order: update in place (selection and scroll stay).
        m_rows = conversations;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = conversations;
    endResetModel();
}

const core::Conversation* ConversationModel::conversationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ConversationModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int ConversationModel::unreadTotal() const
{
    int total = 0;
    for (const core::Conversation& c : m_rows)
        total += c.unread;
    return total;
}

void ConversationModel::markRead(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || m_rows.at(row).unread == 0)
        return;
    m_rows[row].unread = 0;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace gd::ui
