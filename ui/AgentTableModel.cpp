#include "ui/AgentTableModel.h"

#include <QColor>
#include <QLocale>

namespace gd::ui {

AgentTableModel::AgentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AgentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgentTableModel::stateText(core::AgentState state)
{
    switch (state) {
    case core::AgentState::Idle:
        return tr("Idle");
    case core::AgentState::Working:
        return tr("Working");
    case core::AgentState::Paused:
        return tr("Paused");
    case core::AgentState::Failed:
        return tr("Failed");
    case core::AgentState::Restarting:
        return tr("Restarting");
    case core::AgentState::Stopped:
        return tr("Stopped");
    }
    return {};
}

namespace {

QColor stateColor(core::AgentState state)
{
    switch (state) {
    case core::AgentState::Idle:
        return QColor(0x4c, 0xaf, 0x50);
    case core::AgentState::Working:
        return QColor(0x21, 0x96, 0xf3);
    case core::AgentState::Paused:
        return QColor(0xff, 0x98, 0x00);
    case core::AgentState::Failed:
        return QColor(0xe5, 0x39, 0x35);
    case core::AgentState::Restarting:
        return QColor(0x9c, 0x27, 0xb0);
    case core::AgentState::Stopped:
        return QColor(0x9e, 0x9e, 0x9e);
    }
    return {};
}

QString heartbeatText(qint64 ageMs)
{
    if (ageMs < 0)
        return AgentTableModel::tr("never");
    if (ageMs < 1000)
        return AgentTableModel::tr("%1 ms").arg(ageMs);
    return AgentTableModel::tr("%1 s").arg(QLocale().toString(static_cast<double>(ageMs) / 1000.0, 'f', 1));
}

} // namespace

QVariant AgentTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AgentStatus& s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s.title;
        case StateColumn:
            return stateText(s.state);
        case CurrentTaskColumn:
            return s.currentTask;
        case QueueColumn:
            return s.queueDepth;
        case HandledColumn:
            return QLocale().toString(static_cast<qulonglong>(s.handled));
        case FailedColumn:
            return QLocale().toString(static_cast<qulonglong>(s.failed));
        case P99Column:
            return tr("%1 ms").arg(QLocale().toString(s.handlingP99Ms, 'f', 2));
        case HeartbeatColumn:
            return heartbeatText(s.heartbeatAgeMs);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return s.title;
        case StateColumn:
            return static_cast<int>(s.state);
        case CurrentTaskColumn:
            return s.currentTask;
        case QueueColumn:
            return s.queueDepth;
        case HandledColumn:
            return static_cast<qulonglong>(s.handled);
        case FailedColumn:
            return static_cast<qulonglong>(s.failed);
        case P99Column:
            return s.handlingP99Ms;
        case HeartbeatColumn:
            return s.heartbeatAgeMs;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return stateColor(s.state);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == FailedColumn && s.failed > 0)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= QueueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (!s.lastError.isEmpty())
            return tr("Last error: %1").arg(s.lastError);
        return s.capabilities.join(QStringLiteral(", "));
    case AgentNameRole:
        return s.name;
    case StateRole:
        return static_cast<int>(s.state);
    default:
        return {};
    }
}

QVariant AgentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Agent");
    case StateColumn:
        return tr("State");
    case CurrentTaskColumn:
        return tr("Current task");
    case QueueColumn:
        return tr("Queue");
    case HandledColumn:
        return tr("Handled");
    case FailedColumn:
        return tr("Failed");
    case P99Column:
        return tr("p99 latency");
    case HeartbeatColumn:
        return tr("Heartbeat");
    default:
        return {};
    }
}

Qt::ItemFlags AgentTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void AgentTableModel::setStatuses(const QList<core::AgentStatus>& statuses)
{
    bool sameAgents = statuses.size() == m_rows.size();
    for (int i = 0; sameAgents && i < statuses.size(); ++i)
        sameAgents = statuses.at(i).name == m_rows.at(i).name;
    if (!sameAgents) {
        beginResetModel();
        m_rows = statuses;
        endResetModel();
        return;
    }
    m_rows = statuses;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

const core::AgentStatus* AgentTableModel::statusAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int AgentTableModel::rowOf(const QString& agentName) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == agentName)
            return i;
    }
    return -1;
}

QModelIndex AgentTableModel::indexOf(const QString& agentName, int column) const
{
    const int row = rowOf(agentName);
    return row < 0 ? QModelIndex() : index(row, column);
}

} // namespace gd::ui
