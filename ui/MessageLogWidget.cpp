#include "ui/MessageLogWidget.h"

#include "ui/MessageLogModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gd::ui {

MessageLogWidget::MessageLogWidget(QWidget* parent)
    : QWidget(parent)
    , m_model(new MessageLogModel(this))
{
    m_agent = new QComboBox(this);
    m_agent->setObjectName(QStringLiteral("messageAgentFilter"));
    m_agent->addItem(tr("All agents"), QString());

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("messageTypeFilter"));
    m_type->addItem(tr("All types"), -1);
    for (int t = 0; t < core::MessageTypeCount; ++t)
        m_type->addItem(MessageLogModel::typeText(static_cast<core::MessageType>(t)), t);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("messagePriorityFilter"));
    m_priority->addItem(tr("Any priority"), -1);
    m_priority->addItem(tr("Medium and above"), static_cast<int>(core::Priority::Medium));
    m_priority->addItem(tr("High and above"), static_cast<int>(core::Priority::High));
    m_priority->addItem(tr("Critical only"), static_cast<int>(core::Priority::Critical));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("messageSearch"));
    m_search->setPlaceholderText(tr("Search messages..."));
    m_search->setClearButtonEnabled(true);

    m_count = new QLabel(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Messages"), this));
    bar->addSpacing(8);
    bar->addWidget(m_agent);
    bar->addWidget(m_type);
    bar->addWidget(m_priority);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("messageLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(MessageLogModel::SummaryColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(MessageLogModel::TimeColumn, 100);
    m_view->setColumnWidth(MessageLogModel::SenderColumn, 110);
    m_view->setColumnWidth(MessageLogModel::ReceiverColumn, 110);
    m_view->setColumnWidth(MessageLogModel::TypeColumn, 150);
    m_view->setColumnWidth(MessageLogModel::PriorityColumn, 80);
    m_view->setColumnWidth(MessageLogModel::StatusColumn, 120);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &MessageLogWidget::filterChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    for (QComboBox* box : { m_agent, m_type, m_priority })
        connect(box, &QComboBox::currentIndexChanged, this, &MessageLogWidget::filterChanged);
}

void MessageLogWidget::setAgents(const QStringList& names, const QStringList& titles)
{
    const QString current = m_agent->currentData().toString();
    QSignalBlocker block(m_agent);
    while (m_agent->count() > 1)
        m_agent->removeItem(1);
    for (int i = 0; i < names.size(); ++i)
        m_agent->addItem(titles.value(i, names.at(i)), names.at(i));
    m_agent->addItem(tr("Coordinator"), core::kCoordinatorEndpoint);
    m_agent->addItem(tr("Operator"), core::kOperatorEndpoint);
    const int index = m_agent->findData(current);
    m_agent->setCurrentIndex(index < 0 ? 0 : index);
}

core::MessageFilter MessageLogWidget::filter() const
{
    core::MessageFilter f;
    f.agent = m_agent->currentData().toString();
    const int type = m_type->currentData().toInt();
    if (type >= 0)
        f.type = static_cast<core::MessageType>(type);
    const int priority = m_priority->currentData().toInt();
    if (priority >= 0)
        f.minPriority = static_cast<core::Priority>(priority);
    f.text = m_search->text().trimmed();
    f.limit = 500;
    return f;
}

void MessageLogWidget::showMessages(const QList<core::Message>& newestFirst, bool filterChanged)
{
    if (filterChanged)
        m_model->resetMessages(newestFirst);
    else
        m_model->mergeMessages(newestFirst);
    m_count->setText(tr("%n shown", nullptr, m_model->rowCount()));
}

void MessageLogWidget::clear()
{
    m_model->resetMessages({});
    m_count->clear();
}

} // namespace gd::ui
