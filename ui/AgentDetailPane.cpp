#include "ui/AgentDetailPane.h"

#include "ui/AgentTableModel.h"
#include "ui/MessageLogModel.h"
#include "ui/TaskListModel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, int stretchColumn, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(22);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return view;
}

} // namespace

AgentDetailPane::AgentDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_tasks(new TaskListModel(this))
    , m_messages(new MessageLogModel(this))
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_state = new QLabel(this);
    m_capabilities = new QLabel(this);
    m_capabilities->setWordWrap(true);
    m_figures = new QLabel(this);
    m_figures->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("agentPauseButton"));
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_agent.isEmpty())
            Q_EMIT pauseRequested(m_agent, !m_paused);
    });

    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    header->addStretch();
    header->addWidget(m_pause);

    auto* form = new QFormLayout;
    form->addRow(tr("Accepts:"), m_capabilities);
    form->addRow(tr("Figures:"), m_figures);

    m_tabs = new QTabWidget(this);
    auto* tasksView = makeTable(m_tasks, TaskListModel::OutcomeColumn, m_tabs);
    tasksView->setObjectName(QStringLiteral("agentTasksView"));
    auto* messagesView = makeTable(m_messages, MessageLogModel::SummaryColumn, m_tabs);
    messagesView->setObjectName(QStringLiteral("agentMessagesView"));
    messagesView->hideColumn(MessageLogModel::PriorityColumn);
    m_tabs->addTab(tasksView, tr("Recent tasks"));
    m_tabs->addTab(messagesView, tr("Recent messages"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    clear();
}

void AgentDetailPane::clear()
{
    m_agent.clear();
    m_title->setText(tr("No agent selected"));
    m_state->clear();
    m_capabilities->clear();
    m_figures->clear();
    m_error->hide();
    m_pause->setEnabled(false);
    m_pause->setText(tr("Pause agent"));
    m_tasks->setTasks({});
    m_messages->resetMessages({});
}

void AgentDetailPane::showStatus(const core::AgentStatus* s)
{
    if (!s) {
        clear();
        return;
    }
    if (s->name != m_agent) {
        m_tasks->setTasks({});
        m_messages->resetMessages({});
    }
    m_agent = s->name;
    m_paused = s->state == core::AgentState::Paused;
    m_title->setText(s->title);
    m_state->setText(QStringLiteral("(%1)").arg(AgentTableModel::stateText(s->state)));
    m_capabilities->setText(s->capabilities.join(QStringLiteral(", ")));
    const QLocale locale;
    m_figures->setText(tr("handled %1, failed %2, restarts %3\n"
                          "handling p50 %4 ms, p99 %5 ms\n"
                          "delivery p50 %6 ms, p99 %7 ms")
                           .arg(locale.toString(static_cast<qulonglong>(s->handled)),
                               locale.toString(static_cast<qulonglong>(s->failed)))
                           .arg(s->restarts)
                           .arg(locale.toString(s->handlingP50Ms, 'f', 2), locale.toString(s->handlingP99Ms, 'f', 2),
                               locale.toString(s->deliveryP50Ms, 'f', 2), locale.toString(s->deliveryP99Ms, 'f', 2)));
    m_error->setVisible(!s->lastError.isEmpty());
    m_error->setText(tr("Last error: %1").arg(s->lastError));
    m_pause->setEnabled(true);
    m_pause->setText(m_paused ? tr("Resume agent") : tr("Pause agent"));
    m_pause->setIcon(style()->standardIcon(m_paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
}

void AgentDetailPane::showHistory(const QList<core::TaskRecord>& tasks, const QList<core::Message>& messages)
{
    m_tasks->setTasks(tasks);
    if (m_messages->rowCount() == 0)
        m_messages->resetMessages(messages);
    else
        m_messages->mergeMessages(messages);
}

} // namespace gd::ui
