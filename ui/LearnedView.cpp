#include "ui/LearnedView.h"

#include "core/store/Workspace.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace gd::ui {

LearnedView::LearnedView(QWidget* parent)
    : QWidget(parent)
    , m_model(new LearnedModel(this))
{
    auto* intro = new QLabel(tr("Every approval, rejection, edit, expiry and override teaches GreenDoor when a kind of "
                                "decision may go ahead without asking. Learning only moves within the authority matrix "
                                "and the admin's hard ceilings: it never grants authority the matrix does not."),
        this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("learnedView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(LearnedModel::LastChangeColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(LearnedModel::TypeColumn, 220);
    m_view->setColumnWidth(LearnedModel::ThresholdColumn, 150);
    m_reset = new QPushButton(tr("Reset what was learned..."), this);
    m_reset->setEnabled(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_reset->setEnabled(m_engine && m_view->selectionModel()->hasSelection()); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            resetType(rows.first().data(LearnedModel::TypeIdRole).toString());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reset);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

void LearnedView::setEngine(core::DecisionEngine* engine)
{
    m_engine = engine;
    if (!engine)
        m_model->setRows({});
}

void LearnedView::showRows(const QList<LearnedModel::Row>& rows)
{
    m_model->setRows(rows);
}

void LearnedView::resetType(const QString& type, bool confirm)
{
    if (!m_engine || type.isEmpty())
        return;
    if (confirm
        && QMessageBox::question(this, tr("Reset"),
               tr("Forget everything learned about %1? It goes back to asking as the matrix's defaults say.").arg(type))
            != QMessageBox::Yes)
        return;
    core::DecisionEngine* engine = m_engine;
    auto* watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher] {
        watcher->deleteLater();
        Q_EMIT refreshRequested();
    });
    watcher->setFuture(QtConcurrent::run([engine, type] {
        const bool ok = engine->resetLearning(type, QStringLiteral("operator"));
        engine->workspace().releaseThreadConnection();
        return ok;
    }));
}

} // namespace gd::ui
