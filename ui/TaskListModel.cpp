#include "ui/TaskListModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace gd::ui {

TaskListModel::TaskListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int TaskListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::statusText(core::TaskStatus status)
{
    switch (status) {
    case core::TaskStatus::Queued:
        return tr("Queued");
    case core::TaskStatus::Assigned:
        return tr("Assigned");
    case core::TaskStatus::Running:
        return tr("Running");
    case core::TaskStatus::Done:
        return tr("Done");
    case core::TaskStatus::Failed:
        return tr("Failed");
    }
    return {};
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::TaskRecord& t = m_rows.at(index.row());
    const QString outcome
        = t.status == core::TaskStatus::Done ? t.result.value(QStringLiteral("summary")).toString() : t.lastError;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CreatedColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.createdAtMs).time(), QStringLiteral("HH:mm:ss"));
        case TypeColumn:
            return t.type;
        case StatusColumn:
            return statusText(t.status);
        case AttemptsColumn:
            return tr("%1 of %2").arg(t.attempts).arg(t.maxAttempts);
        case OutcomeColumn:
            return outcome;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return outcome;
    case Qt::ForegroundRole:
        if (t.status == core::TaskStatus::Failed)
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case TaskIdRole:
        return t.id;
    case StatusRole:
        return static_cast<int>(t.status);
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case TypeColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void TaskListModel::setTasks(const QList<core::TaskRecord>& tasks)
{
    bool sameIds = tasks.size() == m_rows.size();
    for (int i = 0; sameIds && i < tasks.size(); ++i)
        sameIds = tasks.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = tasks;
        endResetModel();
        return;
    }
    m_rows = tasks;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace gd::ui
