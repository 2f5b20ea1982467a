#pragma once

#include "core/sales/Campaign.h"

#include <QAbstractTableModel>

namespace gd::ui {

// The campaigns as the Campaigns tab lists them: name, status, mailbox, enrolled, sent, replied.
// Rows come from a background read (CampaignsView); data() never queries.
class CampaignsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsModel)

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        MailboxColumn,
        EnrolledColumn,
        SentColumn,
        RepliedColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
        StatusRole,
    };

    explicit CampaignsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows, keeping rows whose campaign is still there (changed cells are signalled).
    void setCampaigns(const QList<core::CampaignSummary>& campaigns);
    const core::CampaignSummary* campaignAt(int row) const;
    int rowOf(const QString& name) const;
    static QString statusText(const QString& status);

private:
    QList<core::CampaignSummary> m_rows;
};

// One campaign's contacts: email, name, next step, variant, status and the reason.
class CampaignContactsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignContactsModel)

public:
    enum Column
    {
        EmailColumn,
        NameColumn,
        StepColumn,
        VariantColumn,
        StatusColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit CampaignContactsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setContacts(const QList<core::CampaignContact>& contacts, int steps);

private:
    QList<core::CampaignContact> m_rows;
    int m_steps = 0;
};

} // namespace gd::ui
