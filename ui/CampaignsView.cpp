#include "ui/CampaignsView.h"

#include "core/sales/CampaignActions.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/CampaignsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

const QString kOperator = QStringLiteral("operator");

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

CampaignsView::CampaignsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new CampaignsModel(this))
    , m_contacts(new CampaignContactsModel(this))
{
    auto* intro = new QLabel(tr("A campaign sends a sequence of steps to a segment of prospects from your mailbox. "
                                "Starting one is a decision an operator approves; each contact gets each step at "
                                "most once, and a reply, a bounce, an unsubscribe or a meeting ends their sequence."),
        this);
    intro->setWordWrap(true);
    m_view = makeTable(m_model, QStringLiteral("campaignsView"), this);
    m_view->horizontalHeader()->setSectionResizeMode(CampaignsModel::NameColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CampaignsModel::StatusColumn, 170);
    m_view->setColumnWidth(CampaignsModel::MailboxColumn, 150);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        loadDetail();
    });

    m_start = new QPushButton(tr("Start..."), this);
    m_start->setObjectName(QStringLiteral("campaignStart"));
    m_start->setToolTip(tr("Propose the launch: it waits in the approval queue until an operator approves it."));
    m_pause = new QPushButton(tr("Pause"), this);
    m_pause->setObjectName(QStringLiteral("campaignPause"));
    m_pause->setToolTip(
        tr("Stop this campaign's emails at once: none is proposed, emails already approved are "
           "held in the outbox until it is started again; emails waiting for approval stay in the queue."));
    auto* reload = new QPushButton(tr("Refresh"), this);
    connect(m_start, &QPushButton::clicked, this, &CampaignsView::startSelected);
    connect(m_pause, &QPushButton::clicked, this, &CampaignsView::pauseSelected);
    connect(reload, &QPushButton::clicked, this, [this] { refresh(); });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(reload);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_start);

    m_header = new QLabel(tr("Select a campaign to see its figures and contacts."), this);
    m_header->setObjectName(QStringLiteral("campaignHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_figures = new QTableWidget(0, 9, this);
    m_figures->setObjectName(QStringLiteral("campaignFigures"));
    m_figures->setHorizontalHeaderLabels({ tr("Step"), tr("Variant"), tr("Proposed"), tr("Sent"), tr("Delivered"),
        tr("Bounced"), tr("Replied"), tr("Positive"), tr("Meetings") });
    m_figures->verticalHeader()->hide();
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->setMaximumHeight(170);
    m_contactView = makeTable(m_contacts, QStringLiteral("campaignContacts"), this);
    m_contactView->horizontalHeader()->setSectionResizeMode(CampaignContactsModel::ReasonColumn, QHeaderView::Stretch);
    m_contactView->setColumnWidth(CampaignContactsModel::EmailColumn, 260);
    m_contactView->setColumnWidth(CampaignContactsModel::NameColumn, 150);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(intro);
    topLayout->addWidget(m_view);
    topLayout->addLayout(buttons);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_header);
    bottomLayout->addWidget(m_figures);
    bottomLayout->addWidget(m_contactView, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);
    updateButtons();
}

void CampaignsView::setContext(AsyncRunner* runner, core::DecisionEngine* engine)
{
    m_runner = runner;
    m_engine = runner ? engine : nullptr;
    m_busy = false;
    unsetCursor();
    if (!m_runner) {
        m_model->setCampaigns({});
        m_contacts->setContacts({}, 0);
        m_figures->setRowCount(0);
        m_detailName.clear();
        m_message->clear();
    }
    updateButtons();
}

void CampaignsView::refresh(bool onlyIfIdle)
{
    const QString slot = QStringLiteral("list");
    if (!m_runner || (onlyIfIdle && m_runner->isBusy(this, slot)))
        return;
    m_runner->run(
        this, slot, [](core::Workspace& ws) { return core::CampaignStore::list(ws); },
        [this](const QList<core::CampaignSummary>& campaigns) {
            const QString selected = selectedCampaign();
            m_model->setCampaigns(campaigns);
            const int row = m_model->rowOf(selected);
            if (row >= 0 && selectedCampaign() != selected)
                m_view->selectRow(row);
            else if (row < 0 && m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection())
                m_view->selectRow(0);
            updateButtons();
            loadDetail();
        });
}

void CampaignsView::selectCampaign(const QString& name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

QString CampaignsView::selectedCampaign() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(CampaignsModel::NameRole).toString();
}

QString CampaignsView::message() const
{
    return m_message->text();
}

void CampaignsView::loadDetail()
{
    const QString name = selectedCampaign();
    if (!m_runner || name.isEmpty())
        return;
    m_runner->run(
        this, QStringLiteral("detail"),
        [name](core::Workspace& ws) {
            Detail d;
            if (const auto c = core::CampaignStore::find(ws, name))
                d.summary = *c;
            d.segmentSize = core::CampaignStore::segmentSize(ws, name);
            d.figures = core::CampaignStore::figures(ws, name);
            d.contacts = core::CampaignStore::contacts(ws, name);
            return d;
        },
        [this](const Detail& d) { showDetail(d); });
}

void CampaignsView::showDetail(const Detail& d)
{
    const core::CampaignSummary& c = d.summary;
    const QJsonArray steps = c.definition.value(QStringLiteral("steps")).toArray();
    QStringList stepText;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject s = steps.at(i).toObject();
        stepText << (i == 0 ? tr("%1. %2").arg(i + 1).arg(s.value(QStringLiteral("kind")).toString())
                            : tr("%1. %2 after %3 business days")
                                  .arg(i + 1)
                                  .arg(s.value(QStringLiteral("kind")).toString())
                                  .arg(s.value(QStringLiteral("after_business_days")).toInt()));
    }
    m_header->setText(tr("%1 - %2. Segment: %3 prospects now, %4 enrolled, %5 in a live sequence. Steps: %6.")
                          .arg(c.name, CampaignsModel::statusText(c.status))
                          .arg(d.segmentSize)
                          .arg(c.enrolled)
                          .arg(c.live)
                          .arg(stepText.join(QStringLiteral("; "))));
    m_figures->setRowCount(static_cast<int>(d.figures.size()));
    for (qsizetype i = 0; i < d.figures.size(); ++i) {
        const core::CampaignFigures& f = d.figures.at(i);
        const QList<QVariant> cells
            = { f.step + 1, f.variant, f.proposed, f.sent, f.delivered, f.bounced, f.replied, f.positive, f.meetings };
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col).toString());
            item->setTextAlignment(col == 1 ? Qt::Alignment(Qt::AlignCenter) : (Qt::AlignRight | Qt::AlignVCenter));
            m_figures->setItem(static_cast<int>(i), col, item);
        }
    }
    m_contacts->setContacts(d.contacts, static_cast<int>(steps.size()));
    m_detailName = c.name;
    Q_EMIT detailShown(c.name);
}

void CampaignsView::updateButtons()
{
    const int row
        = m_view->selectionModel()->hasSelection() ? m_view->selectionModel()->selectedRows().first().row() : -1;
    const core::CampaignSummary* c = m_model->campaignAt(row);
    const bool ready = m_runner && m_engine && !m_busy && c;
    m_start->setEnabled(ready && (c->status == QLatin1String("draft") || c->status == QLatin1String("paused")));
    m_pause->setEnabled(ready && (c->status == QLatin1String("active") || c->status == QLatin1String("launching")));
}

void CampaignsView::startSelected()
{
    const QString name = selectedCampaign();
    if (!m_runner || !m_engine || name.isEmpty() || m_busy)
        return;
    m_busy = true;
    setCursor(Qt::BusyCursor);
    updateButtons();
    m_runner->run(
        this, QString(),
        [engine = m_engine, name](
            core::Workspace& ws) { return core::CampaignActions::start(ws, *engine, name, kOperator); },
        [this, name](const core::CampaignActions::StartResult& r) {
            m_busy = false;
            unsetCursor();
            const bool ok = r.error.isEmpty() && r.decision.outcome != core::DecisionOutcome::Refuse;
            QString text;
            if (!r.error.isEmpty())
                text = tr("%1 was not started: %2").arg(name, r.error);
            else if (r.decision.outcome == core::DecisionOutcome::Queue)
                text = tr("The launch of %1 (%2 prospects now) waits in the approval queue; the campaign becomes "
                          "active once it is approved and carried out.")
                           .arg(name)
                           .arg(r.segmentSize);
            else if (r.decision.outcome == core::DecisionOutcome::Act)
                text = tr("%1 will start: its launch is within the agents' authority.").arg(name);
            else
                text = tr("The launch of %1 was refused: %2").arg(name, r.decision.why.join(QStringLiteral("; ")));
            m_message->setText(text);
            Q_EMIT finished(text, ok);
            Q_EMIT refreshRequested();
            refresh();
        });
}

void CampaignsView::pauseSelected()
{
    const QString name = selectedCampaign();
    if (!m_runner || name.isEmpty() || m_busy)
        return;
    m_busy = true;
    setCursor(Qt::BusyCursor);
    updateButtons();
    m_runner->run(
        this, QString(), [name](core::Workspace& ws) { return core::CampaignActions::pause(ws, name); },
        [this, name](const core::CampaignActions::PauseResult& r) {
            m_busy = false;
            unsetCursor();
            const QString text = r.error.isEmpty()
                ? tr("%1 paused: no new email of it is proposed. %2 already approved are held until it is started "
                     "again; %3 wait in the approval queue.")
                      .arg(name)
                      .arg(r.pending.inOutbox)
                      .arg(r.pending.awaitingApproval)
                : tr("%1 was not paused: %2").arg(name, r.error);
            m_message->setText(text);
            Q_EMIT finished(text, r.error.isEmpty());
            refresh();
        });
}

} // namespace gd::ui
