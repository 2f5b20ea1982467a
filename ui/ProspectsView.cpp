#include "ui/ProspectsView.h"

#include "ui/ProspectTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gd::ui {

ProspectsView::ProspectsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProspectTableModel(this))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("prospectSearch"));
    m_search->setPlaceholderText(tr("Search name, email or company..."));
    m_search->setClearButtonEnabled(true);
    m_minScore = new QSpinBox(this);
    m_minScore->setObjectName(QStringLiteral("prospectMinScore"));
    m_minScore->setRange(-1, 100);
    m_minScore->setValue(-1);
    m_minScore->setSpecialValueText(tr("any score"));
    m_minScore->setPrefix(tr("score >= "));
    m_count = new QLabel(this);
    auto* importButton = new QPushButton(tr("Import CSV..."), this);
    connect(importButton, &QPushButton::clicked, this, &ProspectsView::importRequested);
    auto* profileButton = new QPushButton(tr("Ideal Customer Profile..."), this);
    connect(profileButton, &QPushButton::clicked, this, &ProspectsView::profileRequested);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_minScore);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(importButton);
    bar->addWidget(profileButton);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("prospectsView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(ProspectTableModel::ScoreColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(ProspectTableModel::EmailColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ProspectTableModel::TitleColumn, 170);
    m_view->setColumnWidth(ProspectTableModel::ScoreColumn, 60);
    m_view->setColumnWidth(ProspectTableModel::NameColumn, 170);
    m_view->setColumnWidth(ProspectTableModel::CompanyColumn, 170);
    m_view->setColumnWidth(ProspectTableModel::IndustryColumn, 120);
    m_view->setColumnWidth(ProspectTableModel::CountryColumn, 70);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProspectsView::updateDetail);
    connect(m_model, &ProspectTableModel::pageLoaded, this, &ProspectsView::updateDetail);
    connect(m_model, &ProspectTableModel::countChanged, this,
        [this](qint64 rows) { m_count->setText(tr("%1 prospects").arg(QLocale().toString(rows))); });

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("prospectDetail"));
    m_enrich = new QPushButton(tr("Enrich Company from Its Website"), this);
    m_enrich->setToolTip(
        tr("The Research agent reads the company's site (robots.txt honoured) and fills what is unknown"));
    connect(m_enrich, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (const core::ProspectRow* r = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
            r && r->companyId > 0)
            Q_EMIT enrichRequested(r->companyId, r->company);
    });
    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_enrich);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this,
        [this] { m_model->setFilter(m_search->text().trimmed(), m_minScore->value()); });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_minScore, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    updateDetail();
}

ProspectsView::~ProspectsView() = default;

void ProspectsView::setRunner(AsyncRunner* runner)
{
    m_model->setRunner(runner);
    m_count->clear();
    updateDetail();
}

void ProspectsView::refresh()
{
    m_model->refresh();
}

void ProspectsView::updateDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const core::ProspectRow* r = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    m_enrich->setEnabled(r && r->companyId > 0);
    if (!r) {
        m_detail->setHtml(tr("<p>Select a prospect to see why it scores as it does and where its data came from.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3><p>%2 &middot; %3</p>")
                       .arg(r->fullName.toHtmlEscaped(), r->title.toHtmlEscaped(), r->company.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(r->email.toHtmlEscaped());
    html += r->score < 0 ? tr("<p><b>Not scored yet.</b></p>") : tr("<p><b>Score %1 of 100</b></p>").arg(r->score);
    html += QStringLiteral("<ul>");
    for (const QString& reason : r->reasons)
        html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(tr("Where the data came from"));
    for (auto it = r->sources.begin(); it != r->sources.end(); ++it)
        html += QStringLiteral("<li>%1: %2</li>").arg(it.key().toHtmlEscaped(), it.value().toString().toHtmlEscaped());
    if (r->sources.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(r->source.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
}

} // namespace gd::ui
