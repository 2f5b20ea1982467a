#include "ui/ApprovalQueueModel.h"

#include "core/runtime/Types.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace gd::ui {

ApprovalQueueModel::ApprovalQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ApprovalQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ApprovalQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApprovalQueueModel::ageText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms / 60000);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 d").arg(minutes / (24 * 60));
}

QString ApprovalQueueModel::typeTitle(const QString& type)
{
    const core::DecisionTypeInfo* info = core::decisionType(type);
    return info ? info->title : type;
}

namespace {

QColor riskColor(core::RiskLevel level)
{
    switch (level) {
    case core::RiskLevel::Low:
        return QColor(0x2e, 0x7d, 0x32);
    case core::RiskLevel::Medium:
        return QColor(0xef, 0x8f, 0x00);
    case core::RiskLevel::High:
        return QColor(0xd8, 0x43, 0x15);
    case core::RiskLevel::Critical:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

} // namespace

QVariant ApprovalQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ApprovalItem& a = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AgeColumn:
            return ageText(m_now - a.createdAtMs);
        case AgentColumn:
            return core::agentTitle(a.agent);
        case TypeColumn:
            return typeTitle(a.type);
        case TargetColumn:
            return a.target;
        case RiskColumn:
            return QStringLiteral("%1 (%2)").arg(
                QLocale().toString(a.risk.combined, 'f', 2), core::riskLevelText(a.risk.level));
        case StatusColumn:
            return core::approvalStatusText(a.status);
        case DeadlineColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.deadlineAtMs), QLocale::ShortFormat);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case AgeColumn:
            return a.createdAtMs; // ascending: oldest first
        case RiskColumn:
            return a.risk.combined;
        case DeadlineColumn:
            return a.deadlineAtMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == RiskColumn)
            return riskColor(a.risk.level);
        return {};
    case Qt::ToolTipRole:
        return a.why.join(QLatin1Char('\n'));
    case ApprovalIdRole:
        return a.id;
    case RiskRole:
        return a.risk.combined;
    default:
        return {};
    }
}

QVariant ApprovalQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgeColumn:
        return tr("Age");
    case AgentColumn:
        return tr("Agent");
    case TypeColumn:
        return tr("Decision");
    case TargetColumn:
        return tr("For");
    case RiskColumn:
        return tr("Risk");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    default:
        return {};
    }
}

Qt::ItemFlags ApprovalQueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void ApprovalQueueModel::setItems(const QList<core::ApprovalItem>& items)
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    bool same = items.size() == m_items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = items.at(i).id == m_items.at(i).id && items.at(i).status == m_items.at(i).status;
    if (!same) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    m_items = items;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_items.size()) - 1, ColumnCount - 1));
}

const core::ApprovalItem* ApprovalQueueModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ApprovalQueueModel::rowOf(const QString& approvalId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == approvalId)
            return i;
    }
    return -1;
}

} // namespace gd::ui
