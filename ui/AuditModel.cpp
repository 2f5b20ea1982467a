#include "ui/AuditModel.h"

#include "core/reports/AuditSentence.h"
#include "core/runtime/Types.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace gd::ui {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::AuditEntry& e = m_entries.at(index.row());
    if (role == RawJsonRole)
        return QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented));
    QString details = m_sentences.value(index.row());
    if (details.isEmpty())
        details = core::AuditSentence::roundedJson(e.details);
    if (role == Qt::ToolTipRole)
        return index.column() == DetailsColumn
            ? QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented))
            : tr("hash %1").arg(e.hash);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return e.seq;
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ActorColumn:
        return core::agentTitle(e.actor);
    case EventColumn:
        return e.event;
    case DecisionColumn:
        return e.decisionId.left(8);
    case DetailsColumn:
        return details.size() > 200 ? details.left(197) + QStringLiteral("...") : details;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Who");
    case EventColumn:
        return tr("What");
    case DecisionColumn:
        return tr("Decision");
    case DetailsColumn:
        return tr("What happened");
    default:
        return {};
    }
}

Qt::ItemFlags AuditModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void AuditModel::setEntries(const QList<core::AuditEntry>& entries, const QStringList& sentences)
{
    const bool same = entries.size() == m_entries.size()
        && (entries.isEmpty() || entries.first().seq == m_entries.first().seq) && sentences == m_sentences;
    if (same)
        return; // append-only: same count and head means nothing new
    beginResetModel();
    m_entries = entries;
    m_sentences = sentences;
    endResetModel();
}

const core::AuditEntry* AuditModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

} // namespace gd::ui
