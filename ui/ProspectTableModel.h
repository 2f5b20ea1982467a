#pragma once

#include "core/store/ProspectStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <atomic>
#include <memory>

namespace gd::ui {

class AsyncRunner;

// The prospects list, for workspaces of any size: the GUI thread only ever holds the pages the
// view shows. Counting, sorting, filtering and page reads run on the AsyncRunner's workers
// (ProspectStore::countMatching / page); data() answers from the cache at once (a placeholder
// until the page arrives) and the rows fill in when it does.
class ProspectTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProspectTableModel)

public:
    enum Column
    {
        ScoreColumn,
        NameColumn,
        TitleColumn,
        CompanyColumn,
        IndustryColumn,
        CountryColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        ProspectIdRole = Qt::UserRole + 1,
        LoadedRole
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 64;
    // Pages asked for long ago (the user scrolled past them) are skipped: only the newest
    // kKeepRequests page requests are read.
    static constexpr quint64 kKeepRequests = 8;

    explicit ProspectTableModel(QObject* parent = nullptr);
    ~ProspectTableModel() override;

    // The open workspace's runner; nullptr when none is open.
    void setRunner(AsyncRunner* runner);
    // Free text over name, email and company; and a minimum score (-1: any).
    void setFilter(const QString& text, int minScore);
    void refresh(); // recount and reload (after an import or rescoring)

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Score and name are sortable (both indexed); other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const core::ProspectRow* rowAt(int row) const;
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void countChanged(qint64 rows);
    void pageLoaded(int page);

private:
    void reload();
    void requestPage(int page) const;
    void onCount(qint64 count);
    void onPage(int page, const QList<core::ProspectRow>& rows);
    core::ProspectQuery query() const;

    QPointer<AsyncRunner> m_runner;
    // The context of the current query's jobs: replaced on every reload, so answers to an
    // older filter or order die with it.
    std::unique_ptr<QObject> m_query;
    std::shared_ptr<std::atomic<quint64>> m_latestPageRequest = std::make_shared<std::atomic<quint64>>(0);
    int m_rows = 0;
    bool m_counting = false;
    QString m_filter;
    int m_minScore = -1;
    int m_sortColumn = ScoreColumn;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    mutable QHash<int, QList<core::ProspectRow>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
    mutable QSet<int> m_requested;
};

} // namespace gd::ui
