#include "ui/PipelineView.h"

#include "core/decisions/DecisionEngine.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString money(double value, const QString& currency)
{
    return QLocale().toString(value, 'f', 0) + QLatin1Char(' ') + currency;
}

constexpr int DealIdRole = Qt::UserRole + 1;

} // namespace

PipelineView::PipelineView(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pipelineSummary"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("pipelineTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({ tr("Stage / deal"), tr("Company"), tr("Value"), tr("Weighted"), tr("Close date") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_tree->header()->resizeSection(1, 140);
    for (int c = 2; c < 5; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("dealDetail"));
    m_stage = new QComboBox(this);
    for (const QString& key : core::dealStageKeys())
        m_stage->addItem(core::dealStageText(key), key);
    m_move = new QPushButton(tr("&Move to Stage"), this);
    m_move->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* moveRow = new QHBoxLayout;
    moveRow->addWidget(new QLabel(tr("Move to:"), this));
    moveRow->addWidget(m_stage, 1);
    moveRow->addWidget(m_move);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detail, 1);
    rightLayout->addLayout(moveRow);
    rightLayout->addWidget(m_status);
    auto* split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 720, 480 });
    auto* probabilities = new QPushButton(tr("Stage &Probabilities..."), this);
    probabilities->setObjectName(QStringLiteral("stageProbabilities"));
    probabilities->setToolTip(tr("The chance that a deal in each stage is won; the weighted value uses it."));
    connect(probabilities, &QPushButton::clicked, this, [this] { editProbabilities(); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(probabilities);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showDetail(); });
    connect(m_move, &QPushButton::clicked, this, [this] {
        const QString stage = m_stage->currentData().toString();
        QString reason;
        if (const auto s = core::dealStageFromKey(stage); s && core::isClosed(*s)) {
            bool ok = false;
            reason = QInputDialog::getText(this, tr("Close Deal"),
                *s == core::DealStage::ClosedWon ? tr("Why was it won?") : tr("Why was it lost?"), QLineEdit::Normal,
                QString(), &ok);
            if (!ok || reason.trimmed().isEmpty())
                return;
        }
        moveSelected(stage, reason);
    });
    auto* next = new QAction(tr("Move to Next Stage"), this);
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_BracketRight));
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] {
        const qint64 id = selectedDeal();
        for (const core::Deal& d : std::as_const(m_snapshot.deals)) {
            const auto s = core::dealStageFromKey(d.stage);
            if (d.id == id && s && core::dealStageOrder(*s) + 1 < static_cast<int>(core::DealStage::ClosedWon))
                moveSelected(core::dealStageKey(static_cast<core::DealStage>(core::dealStageOrder(*s) + 1)));
        }
    });
    addAction(next);
}

void PipelineView::setContext(AsyncRunner* runner, core::DecisionEngine* engine)
{
    m_runner = runner;
    m_engine = engine;
    if (!runner)
        showSnapshot({});
}

QDialog* PipelineView::editProbabilities()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("stageProbabilitiesDialog"));
    dialog->setWindowTitle(tr("Stage Probabilities"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* form = new QFormLayout(dialog);
    auto* intro = new QLabel(tr("The chance that a deal in each stage is won. The weighted pipeline value, the "
                                "dashboard and the reports use it."),
        dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    QList<std::pair<QString, QSpinBox*>> boxes;
    for (const core::StageTotal& t : std::as_const(m_snapshot.totals)) {
        auto* box = new QSpinBox(dialog);
        box->setObjectName(QStringLiteral("probability_") + t.stage);
        box->setRange(0, 100);
        box->setSuffix(tr(" %"));
        box->setValue(qRound(t.probability * 100));
        form->addRow(tr("%1:").arg(core::dealStageText(t.stage)), box);
        boxes.append({ t.stage, box });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, boxes] {
        QHash<QString, double> set;
        for (const auto& [stage, box] : boxes)
            set.insert(stage, box->value() / 100.0);
        if (!m_runner)
            return;
        m_runner->run(
            this, QStringLiteral("probabilities"),
            [set](core::Workspace& ws) {
                QString error;
                core::DealBook(ws).setProbabilities(set, QStringLiteral("operator"), &error);
                return error;
            },
            [this](const QString& error) {
                m_status->setText(error.isEmpty() ? tr("Stage probabilities saved.") : tr("Not saved: %1").arg(error));
                Q_EMIT probabilitiesSaved(error);
                refresh();
            });
    });
    dialog->open();
    return dialog;
}

void PipelineView::refresh(bool onlyIfIdle)
{
    if (!m_runner || (onlyIfIdle && m_runner->isBusy(this, QStringLiteral("pipeline"))))
        return;
    m_runner->run(
        this, QStringLiteral("pipeline"),
        [](core::Workspace& ws) {
            core::DealBook book(ws);
            Snapshot s;
            const QStringList currencies = book.currencies();
            s.currency = currencies.value(0, QStringLiteral("EUR"));
            s.totals = book.pipeline(s.currency);
            s.deals = book.list();
            for (const auto& [deal, why] : book.stalled(14, core::nowMs()))
                s.stalled << QStringLiteral("%1: %2").arg(deal.title, why);
            return s;
        },
        [this](const Snapshot& s) { showSnapshot(s); });
}

void PipelineView::showSnapshot(const Snapshot& s)
{
    const qint64 keep = selectedDeal();
    m_snapshot = s;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    double open = 0, weighted = 0;
    QTreeWidgetItem* select = nullptr;
    for (const core::StageTotal& t : s.totals) {
        auto* stage = new QTreeWidgetItem(m_tree);
        stage->setText(0,
            tr("%1 (%2 deals, %3 %)").arg(core::dealStageText(t.stage)).arg(t.deals).arg(qRound(t.probability * 100)));
        stage->setText(2, money(t.value, s.currency));
        stage->setText(3, money(t.weighted, s.currency));
        QFont bold = stage->font(0);
        bold.setBold(true);
        for (int c = 0; c < 4; ++c)
            stage->setFont(c, bold);
        stage->setFlags(Qt::ItemIsEnabled);
        if (!core::isClosed(*core::dealStageFromKey(t.stage))) {
            open += t.value;
            weighted += t.weighted;
        }
        for (const core::Deal& d : s.deals) {
            if (d.stage != t.stage || d.currency != s.currency)
                continue;
            auto* item = new QTreeWidgetItem(stage);
            item->setText(0, d.title);
            item->setText(1, d.company);
            item->setText(2, money(d.value(), d.currency));
            item->setText(3, money(d.value() * t.probability, d.currency));
            item->setText(4, d.closeDate.isValid() ? QLocale().toString(d.closeDate, QLocale::ShortFormat) : QString());
            item->setData(0, DealIdRole, d.id);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
            if (d.id == keep)
                select = item;
        }
        stage->setExpanded(!core::isClosed(*core::dealStageFromKey(t.stage)));
    }
    QString summary = tr("Open pipeline: %1, weighted %2").arg(money(open, s.currency), money(weighted, s.currency));
    if (!s.stalled.isEmpty())
        summary += QStringLiteral(" · ") + tr("%n stalled deal(s)", nullptr, static_cast<int>(s.stalled.size()));
    m_summary->setText(s.totals.isEmpty() ? tr("No workspace open.") : summary);
    m_summary->setToolTip(s.stalled.join(QLatin1Char('\n')));
    if (select)
        m_tree->setCurrentItem(select);
    showDetail();
    Q_EMIT loaded();
}

qint64 PipelineView::selectedDeal() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? item->data(0, DealIdRole).toLongLong() : 0;
}

void PipelineView::showDetail()
{
    const qint64 id = selectedDeal();
    m_move->setEnabled(id > 0 && m_engine);
    for (const core::Deal& d : std::as_const(m_snapshot.deals)) {
        const auto s = core::dealStageFromKey(d.stage);
        if (d.id == id && s && !core::isClosed(*s)) // offer the next stage
            m_stage->setCurrentIndex(core::dealStageOrder(*s) + 1);
    }
    if (id <= 0 || !m_runner) {
        m_detail->setHtml(tr("<p>Select a deal to see its detail and timeline.</p>"));
        return;
    }
    m_runner->run(
        this, QStringLiteral("detail"),
        [id](core::Workspace& ws) {
            core::DealBook book(ws);
            return std::make_pair(book.find(id), book.timeline(id));
        },
        [this, id](const std::pair<std::optional<core::Deal>, QList<core::DealEvent>>& r) {
            if (selectedDeal() != id || !r.first)
                return;
            const core::Deal& d = *r.first;
            QString html = QStringLiteral("<h3>%1</h3><p>").arg(d.title.toHtmlEscaped());
            auto row = [&html](const QString& label, const QString& value) {
                if (!value.isEmpty())
                    html += QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            };
            row(tr("Stage:"), core::dealStageText(d.stage));
            row(tr("Value:"), money(d.value(), d.currency));
            row(tr("Company:"), d.company);
            row(tr("Contact:"),
                d.contact.isEmpty() ? QString() : d.contactName + QStringLiteral(" <") + d.contact + QLatin1Char('>'));
            row(tr("Close date:"),
                d.closeDate.isValid() ? QLocale().toString(d.closeDate, QLocale::LongFormat) : QString());
            row(tr("Next step:"), d.nextStep);
            row(tr("Owner:"), d.owner);
            row(tr("Close reason:"), d.closeReason);
            html += QStringLiteral("</p>");
            if (!d.meddpicc.isEmpty()) {
                html += QStringLiteral("<h4>MEDDPICC</h4><ul>");
                for (auto it = d.meddpicc.begin(); it != d.meddpicc.end(); ++it) {
                    const QJsonObject f = it.value().toObject();
                    html += QStringLiteral("<li><b>%1</b>: %2 <i>(%3)</i></li>")
                                .arg(it.key().toHtmlEscaped(),
                                    f.value(QStringLiteral("value")).toString().toHtmlEscaped(),
                                    f.value(QStringLiteral("evidence")).toString().toHtmlEscaped());
                }
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Timeline"));
            for (const core::DealEvent& e : r.second)
                html += QStringLiteral("<li>%1 — %2</li>")
                            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.atMs), QLocale::ShortFormat),
                                e.text.toHtmlEscaped());
            html += QStringLiteral("</ul>");
            m_detail->setHtml(html);
        });
}

void PipelineView::moveSelected(const QString& stage, const QString& reason)
{
    const qint64 id = selectedDeal();
    const auto to = core::dealStageFromKey(stage);
    if (id <= 0 || !to || !m_runner || !m_engine)
        return;
    core::Proposal p;
    p.agent = QStringLiteral("operator");
    p.target = QString::number(id);
    if (core::isClosed(*to)) {
        p.type = QStringLiteral("deal.close");
        p.action = { { QStringLiteral("result"),
                         *to == core::DealStage::ClosedWon ? QStringLiteral("won") : QStringLiteral("lost") },
            { QStringLiteral("reason"), reason.simplified() } };
    } else {
        p.type = QStringLiteral("deal.move_stage");
        p.action = { { QStringLiteral("to_stage"), stage } };
    }
    p.reasoning = tr("The operator moved deal %1 to %2 in the pipeline.").arg(id).arg(core::dealStageText(stage));
    core::DecisionEngine* engine = m_engine;
    m_status->setText(tr("Proposing the move..."));
    m_runner->run(
        this, QStringLiteral("move"), [engine, p](core::Workspace&) { return engine->propose(p); },
        [this](const core::ProposeResult& r) {
            QString message;
            if (!r.error.isEmpty())
                message = tr("Not moved: %1").arg(r.error);
            else if (r.outcome == core::DecisionOutcome::Act)
                message = tr("Moving: the decision is carried out now.");
            else if (r.outcome == core::DecisionOutcome::Queue)
                message = tr("Waiting for approval: %1").arg(r.why.join(QStringLiteral("; ")));
            else
                message = tr("Refused: %1").arg(r.why.join(QStringLiteral("; ")));
            m_status->setText(message);
            Q_EMIT moveProposed(r.error.isEmpty() ? core::nameOf(r.outcome) : QStringLiteral("error"), message);
            refresh();
        });
}

} // namespace gd::ui
