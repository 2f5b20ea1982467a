#include "ui/LearnedView.h"

#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

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

void LearnedView::setContext(AsyncRunner* runner, core::DecisionEngine* engine)
{
    m_runner = runner;
    m_engine = runner ? engine : nullptr;
    m_reset->setEnabled(false);
    unsetCursor();
    if (!m_engine)
        m_model->setRows({});
}

void LearnedView::refresh(bool onlyIfIdle)
{
    const QString slot = QStringLiteral("rows");
    if (!m_runner || !m_engine || (onlyIfIdle && m_runner->isBusy(this, slot)))
        return;
    m_runner->run(
        this, slot,
        [engine = m_engine] {
            QList<LearnedModel::Row> rows;
            const QList<core::LearningEvent> events = engine->learningEvents({}, 500);
            for (const core::CalibrationState& state : engine->learned()) {
                LearnedModel::Row row { state, std::nullopt };
                for (const core::LearningEvent& e : events) {
                    if (e.type == state.type) {
                        row.last = e;
                        break;
                    }
                }
                rows << row;
            }
            return rows;
        },
        [this](const QList<LearnedModel::Row>& rows) { showRows(rows); });
}

void LearnedView::showRows(const QList<LearnedModel::Row>& rows)
{
    m_model->setRows(rows);
}

void LearnedView::resetType(const QString& type, bool confirm)
{
    if (!m_runner || !m_engine || type.isEmpty())
        return;
    if (confirm
        && QMessageBox::question(this, tr("Reset"),
               tr("Forget everything learned about %1? It goes back to asking as the matrix's defaults say.").arg(type))
            != QMessageBox::Yes)
        return;
    m_reset->setEnabled(false);
    setCursor(Qt::BusyCursor);
    m_runner->run(
        this, QString(),
        [engine = m_engine, type](core::Workspace&) { return engine->resetLearning(type, QStringLiteral("operator")); },
        [this, type](bool ok) {
            unsetCursor();
            m_reset->setEnabled(m_view->selectionModel()->hasSelection());
            if (!ok) {
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Reset"),
                    tr("What was learned about %1 could not be reset.").arg(type), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT resetFinished(type, ok);
            Q_EMIT refreshRequested();
        });
}

} // namespace gd::ui
