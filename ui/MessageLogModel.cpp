#include "ui/MessageLogModel.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace gd::ui {

MessageLogModel::MessageLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int MessageLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::typeText(core::MessageType type)
{
    switch (type) {
    case core::MessageType::TaskAssignment:
        return tr("Task assignment");
    case core::MessageType::InformationRequest:
        return tr("Information request");
    case core::MessageType::StatusUpdate:
        return tr("Status update");
    case core::MessageType::CollaborationRequest:
        return tr("Collaboration request");
    case core::MessageType::ResourceRequest:
        return tr("Resource request");
    case core::MessageType::EscalationAlert:
        return tr("Escalation alert");
    case core::MessageType::PerformanceFeedback:
        return tr("Performance feedback");
    }
    return {};
}

QString MessageLogModel::priorityText(core::Priority priority)
{
    switch (priority) {
    case core::Priority::Low:
        return tr("Low");
    case core::Priority::Medium:
        return tr("Medium");
    case core::Priority::High:
        return tr("High");
    case core::Priority::Critical:
        return tr("Critical");
    }
    return {};
}

QString MessageLogModel::statusText(const core::Message& m)
{
    if (m.ackedAtMs > 0)
        return m.handlerError.isEmpty() ? tr("Handled") : tr("Failed: %1").arg(m.handlerError);
    return tr("Pending");
}

QVariant MessageLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Message& m = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(m.createdAtMs).time(), QStringLiteral("HH:mm:ss.zzz"));
        case SenderColumn:
            return m.sender;
        case ReceiverColumn:
            return m.receiver;
        case TypeColumn:
            return typeText(m.type);
        case PriorityColumn:
            return priorityText(m.priority);
        case SummaryColumn:
            return m.summary();
        case StatusColumn:
            return statusText(m);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.createdAtMs), QLocale::LongFormat);
        return m.summary();
    case Qt::ForegroundRole:
        if (m.type == core::MessageType::EscalationAlert || !m.handlerError.isEmpty())
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::FontRole:
        if (m.priority == core::Priority::Critical) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case MessageIdRole:
        return m.id;
    case SeqRole:
        return m.seq;
    case PriorityRole:
        return static_cast<int>(m.priority);
    case CorrelationRole:
        return m.correlationId;
    default:
        return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SenderColumn:
        return tr("From");
    case ReceiverColumn:
        return tr("To");
    case TypeColumn:
        return tr("Type");
    case PriorityColumn:
        return tr("Priority");
    case SummaryColumn:
        return tr("Summary");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags MessageLogModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void MessageLogModel::resetMessages(const QList<core::Message>& newestFirst)
{
    beginResetModel();
    m_rows = newestFirst;
    endResetModel();
}

void MessageLogModel::mergeMessages(const QList<core::Message>& incoming)
{
    if (m_rows.isEmpty() || incoming.isEmpty()) {
        if (!(m_rows.isEmpty() && incoming.isEmpty()))
            resetMessages(incoming);
        return;
    }
    const qint64 topSeq = m_rows.first().seq;
    // 1. New messages go on top.
    int fresh = 0;
    while (fresh < incoming.size() && incoming.at(fresh).seq > topSeq)
        ++fresh;
    if (fresh > 0) {
        beginInsertRows({}, 0, fresh - 1);
        for (int i = fresh - 1; i >= 0; --i)
            m_rows.prepend(incoming.at(i));
        endInsertRows();
    }
    // 2. Rows both have: refresh those whose delivery state changed.
    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = fresh, row = fresh; i < incoming.size() && row < m_rows.size(); ++i) {
        const core::Message& in = incoming.at(i);
        while (row < m_rows.size() && m_rows.at(row).seq > in.seq)
            ++row;
        if (row >= m_rows.size() || m_rows.at(row).seq != in.seq)
            continue;
        core::Message& have = m_rows[row];
        if (have.ackedAtMs != in.ackedAtMs || have.handlerError != in.handlerError) {
            have = in;
            firstChanged = firstChanged < 0 ? row : firstChanged;
            lastChanged = row;
        }
        ++row;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    // 3. Keep no more rows than the refresh holds.
    const int keep = static_cast<int>(incoming.size());
    if (m_rows.size() > keep) {
        beginRemoveRows({}, keep, static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(keep);
        endRemoveRows();
    }
}

const core::Message* MessageLogModel::messageAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

} // namespace gd::ui
