#include "ui/ProspectTableModel.h"

#include "ui/AsyncRunner.h"

#include <QColor>

namespace gd::ui {

ProspectTableModel::ProspectTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ProspectTableModel::~ProspectTableModel() = default;

void ProspectTableModel::setRunner(AsyncRunner* runner)
{
    beginResetModel();
    m_query.reset();
    m_runner = runner;
    m_pages.clear();
    m_pageOrder.clear();
    m_requested.clear();
    m_rows = 0;
    m_counting = false;
    endResetModel();
    if (m_runner)
        reload();
}

void ProspectTableModel::setFilter(const QString& text, int minScore)
{
    if (text == m_filter && minScore == m_minScore)
        return;
    m_filter = text;
    m_minScore = minScore;
    reload();
}

void ProspectTableModel::refresh()
{
    reload();
}

void ProspectTableModel::sort(int column, Qt::SortOrder order)
{
    if (column != ScoreColumn && column != NameColumn)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

core::ProspectQuery ProspectTableModel::query() const
{
    return { m_filter, m_minScore, m_sortColumn == NameColumn, m_order == Qt::DescendingOrder };
}

void ProspectTableModel::reload()
{
    if (!m_runner)
        return;
    // A new context: answers to the previous query are dropped.
    m_query = std::make_unique<QObject>();
    m_requested.clear();
    m_counting = true;
    // Keep showing the old rows until the new count arrives; then reset at once.
    m_runner->run(
        m_query.get(), QStringLiteral("count"),
        [q = query()](core::Workspace& ws) { return core::ProspectStore::countMatching(ws, q); },
        [this](qint64 count) { onCount(count); });
}

void ProspectTableModel::onCount(qint64 count)
{
    m_counting = false;
    beginResetModel();
    m_rows = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
    m_pages.clear();
    m_pageOrder.clear();
    m_requested.clear();
    endResetModel();
    Q_EMIT countChanged(count);
}

void ProspectTableModel::requestPage(int page) const
{
    if (m_requested.contains(page) || !m_runner || !m_query || m_counting)
        return;
    m_requested.insert(page);
    const quint64 request = m_latestPageRequest->fetch_add(1) + 1;
    auto* self = const_cast<ProspectTableModel*>(this);
    m_runner->run(
        m_query.get(), QStringLiteral("page %1").arg(page),
        [q = query(), page, request, latest = m_latestPageRequest](
            core::Workspace& ws) -> std::optional<QList<core::ProspectRow>> {
            if (request + kKeepRequests < latest->load())
                return std::nullopt; // scrolled past long ago
            return core::ProspectStore::page(ws, q, static_cast<qint64>(page) * kPageSize, kPageSize);
        },
        [self, page](const std::optional<QList<core::ProspectRow>>& rows) {
            if (rows)
                self->onPage(page, *rows);
            else
                self->m_requested.remove(page);
        });
}

void ProspectTableModel::onPage(int page, const QList<core::ProspectRow>& rows)
{
    m_requested.remove(page);
    m_pages.insert(page, rows);
    m_pageOrder.removeAll(page);
    m_pageOrder.append(page);
    while (m_pageOrder.size() > kCachedPages)
        m_pages.remove(m_pageOrder.takeFirst());
    const int first = page * kPageSize;
    const int last = std::min(m_rows, first + static_cast<int>(rows.size())) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    Q_EMIT pageLoaded(page);
}

int ProspectTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ProspectTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const core::ProspectRow* ProspectTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        requestPage(page);
        return nullptr;
    }
    const int offset = row % kPageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant ProspectTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ProspectRow* r = rowAt(index.row());
    if (role == LoadedRole)
        return r != nullptr;
    if (!r)
        return role == Qt::DisplayRole && index.column() == NameColumn ? QVariant(tr("loading...")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ScoreColumn:
            return r->score < 0 ? QVariant(QStringLiteral("-")) : QVariant(r->score);
        case NameColumn:
            return r->fullName;
        case TitleColumn:
            return r->title;
        case CompanyColumn:
            return r->company;
        case IndustryColumn:
            return r->industry;
        case CountryColumn:
            return r->country;
        case EmailColumn:
            return r->email;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r->reasons.join(QLatin1Char('\n'));
    case Qt::ForegroundRole:
        if (index.column() == ScoreColumn && r->score >= 0)
            return r->score >= 70 ? QColor(0x2e, 0x7d, 0x32)
                : r->score >= 40  ? QColor(0xef, 0x8f, 0x00)
                                  : QColor(0x75, 0x75, 0x75);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProspectIdRole:
        return r->id;
    default:
        return {};
    }
}

QVariant ProspectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ScoreColumn:
        return tr("Score");
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case CompanyColumn:
        return tr("Company");
    case IndustryColumn:
        return tr("Industry");
    case CountryColumn:
        return tr("Country");
    case EmailColumn:
        return tr("Email");
    default:
        return {};
    }
}

Qt::ItemFlags ProspectTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace gd::ui
