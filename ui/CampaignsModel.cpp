#include "ui/CampaignsModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace gd::ui {

CampaignsModel::CampaignsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CampaignsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignsModel::statusText(const QString& status)
{
    if (status == QLatin1String("draft"))
        return tr("Draft");
    if (status == QLatin1String("launching"))
        return tr("Waiting for approval");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("finished"))
        return tr("Finished");
    return status;
}

QVariant CampaignsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CampaignSummary& c = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return c.name;
    case StatusRole:
        return c.status;
    case Qt::TextAlignmentRole:
        return index.column() >= EnrolledColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && c.status == QLatin1String("active"))
            return QColor(0x2e, 0x7d, 0x32);
        if (index.column() == StatusColumn && c.status == QLatin1String("launching"))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case StatusColumn:
        return statusText(c.status);
    case MailboxColumn:
        return c.mailboxes().isEmpty() ? tr("first unpaused") : c.mailboxes().join(QStringLiteral(", "));
    case EnrolledColumn:
        return c.enrolled;
    case SentColumn:
        return c.sent;
    case RepliedColumn:
        return c.replied;
    default:
        return {};
    }
}

QVariant CampaignsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case StatusColumn:
        return tr("Status");
    case MailboxColumn:
        return tr("Mailbox");
    case EnrolledColumn:
        return tr("Enrolled");
    case SentColumn:
        return tr("Sent");
    case RepliedColumn:
        return tr("Replied");
    default:
        return {};
    }
}

void CampaignsModel::setCampaigns(const QList<core::CampaignSummary>& campaigns)
{
    bool sameRows = campaigns.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < campaigns.size(); ++i)
        sameRows = campaigns.at(i).name == m_rows.at(i).name;
    if (!sameRows) {
        beginResetModel();
        m_rows = campaigns;
        endResetModel();
        return;
    }
    m_rows = campaigns;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
}

const core::CampaignSummary* CampaignsModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CampaignsModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return static_cast<int>(i);
    }
    return -1;
}

CampaignContactsModel::CampaignContactsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int CampaignContactsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignContactsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignContactsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CampaignContact& c = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return tr("%1 (updated %2)")
            .arg(c.reason, QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.updatedAt), QLocale::ShortFormat));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EmailColumn:
        return c.email;
    case NameColumn:
        return c.name;
    case StepColumn:
        // The index of the next step; past the last one, every step went out.
        return c.step >= m_steps ? tr("done (%1 of %2)").arg(m_steps).arg(m_steps)
                                 : tr("%1 of %2").arg(c.step + 1).arg(m_steps);
    case VariantColumn:
        return c.variant;
    case StatusColumn:
        return c.status;
    case ReasonColumn:
        return c.reason;
    default:
        return {};
    }
}

QVariant CampaignContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmailColumn:
        return tr("Contact");
    case NameColumn:
        return tr("Name");
    case StepColumn:
        return tr("Next step");
    case VariantColumn:
        return tr("Variant");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Why");
    default:
        return {};
    }
}

void CampaignContactsModel::setContacts(const QList<core::CampaignContact>& contacts, int steps)
{
    beginResetModel();
    m_rows = contacts;
    m_steps = steps;
    endResetModel();
}

} // namespace gd::ui
