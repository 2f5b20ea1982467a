#include "ui/LearnedModel.h"

#include "ui/ApprovalQueueModel.h"

#include <QDateTime>
#include <QLocale>

namespace gd::ui {

LearnedModel::LearnedModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int LearnedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LearnedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LearnedModel::describe(const core::LearningEvent& e)
{
    const QString direction = e.thresholdAfter > e.thresholdBefore + 1e-9 ? tr("more autonomy")
        : e.thresholdAfter < e.thresholdBefore - 1e-9                     ? tr("more caution")
                                                                          : tr("no change");
    return tr("%1: %2 (%3 -> %4, %5) - %6")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QLocale::ShortFormat), e.label,
            QLocale().toString(e.thresholdBefore, 'f', 2), QLocale().toString(e.thresholdAfter, 'f', 2), direction,
            e.note);
}

QVariant LearnedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == TypeIdRole)
        return r.state.type;
    if (role == Qt::ToolTipRole && index.column() == ThresholdColumn)
        return tr("Decisions of this kind with a combined risk below this may go ahead without asking, "
                  "within the authority matrix and the admin's hard ceilings.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TypeColumn:
        return ApprovalQueueModel::typeTitle(r.state.type);
    case RateColumn:
        return QStringLiteral("%1%").arg(qRound(r.state.approvalRate * 100));
    case ThresholdColumn:
        return QLocale().toString(r.state.threshold, 'f', 2);
    case ExamplesColumn:
        return r.state.examples;
    case LastChangeColumn:
        return r.last ? describe(*r.last) : tr("nothing learned yet");
    default:
        return {};
    }
}

QVariant LearnedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Decision");
    case RateColumn:
        return tr("Approval rate");
    case ThresholdColumn:
        return tr("Acts alone below risk");
    case ExamplesColumn:
        return tr("Examples");
    case LastChangeColumn:
        return tr("Last change and why");
    default:
        return {};
    }
}

Qt::ItemFlags LearnedModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void LearnedModel::setRows(const QList<Row>& rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace gd::ui
