#include "ui/ApprovalQueueView.h"

#include "core/runtime/Types.h"
#include "core/store/Workspace.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/AsyncRunner.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

const QString kOperator = QStringLiteral("operator");

QString factorHtml(const QString& name, const core::RiskFactor& f)
{
    const int width = qRound(f.score * 100);
    const QString colour = f.score < 0.2 ? QStringLiteral("#2e7d32")
        : f.score < 0.45                 ? QStringLiteral("#ef8f00")
        : f.score < 0.7                  ? QStringLiteral("#d84315")
                                         : QStringLiteral("#b71c1c");
    QString html = QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td><table cellspacing=0 cellpadding=0 width=120>"
                                  "<tr><td bgcolor='%3' width='%4%'>&nbsp;</td><td bgcolor='#e0e0e0'>&nbsp;</td></tr>"
                                  "</table></td></tr>")
                       .arg(name.toHtmlEscaped(), QLocale().toString(f.score, 'f', 2), colour)
                       .arg(std::max(width, 1));
    for (const QString& reason : f.reasons)
        html += QStringLiteral("<tr><td></td><td colspan=2>&bull; %1</td></tr>").arg(reason.toHtmlEscaped());
    return html;
}

} // namespace

ApprovalQueueView::ApprovalQueueView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ApprovalQueueModel(this))
{
    m_approve = new QAction(tr("&Approve"), this);
    m_approve->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_approve->setToolTip(tr("Approve exactly the action shown (Ctrl+Enter)"));
    m_approve->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_approve, &QAction::triggered, this, &ApprovalQueueView::approveSelected);

    m_reject = new QAction(tr("&Reject..."), this);
    m_reject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_reject->setToolTip(tr("Reject with a reason the agent is told (Ctrl+Del)"));
    m_reject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_reject, &QAction::triggered, this, &ApprovalQueueView::askRejectReason);

    m_edit = new QAction(tr("&Edit and Approve..."), this);
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_edit, &QAction::triggered, this, &ApprovalQueueView::askEdit);
    m_wrong = new QAction(tr("Mark &Wrong..."), this);
    m_wrong->setToolTip(tr("Say a carried-out decision was wrong: GreenDoor becomes more cautious with its kind"));
    connect(m_wrong, &QAction::triggered, this, [this] {
        auto* dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Mark wrong"));
        dialog->setLabelText(tr("What was wrong with it?"));
        connect(dialog, &QInputDialog::textValueSelected, this, &ApprovalQueueView::markSelectedWrong);
        dialog->open();
    });
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setToolTip(tr("Reverse a carried-out decision where its action allows it"));
    connect(m_undo, &QAction::triggered, this, &ApprovalQueueView::undoSelected);
    addActions({ m_approve, m_reject, m_edit });

    auto* toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_approve);
    toolbar->addAction(m_reject);
    toolbar->addAction(m_edit);
    toolbar->addSeparator();
    toolbar->addAction(m_wrong);
    toolbar->addAction(m_undo);
    toolbar->addSeparator();
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("approvalStatusFilter"));
    m_status->addItem(tr("Waiting for you"), QStringLiteral("pending"));
    m_status->addItem(tr("Approved"), QStringLiteral("approved"));
    m_status->addItem(tr("Rejected"), QStringLiteral("rejected"));
    m_status->addItem(tr("Expired"), QStringLiteral("expired"));
    m_status->addItem(tr("Done on their own"), QStringLiteral("autonomous"));
    m_status->addItem(tr("All"), QString());
    toolbar->addWidget(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ApprovalQueueView::refreshRequested);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ApprovalQueueModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("approvalQueueView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ApprovalQueueModel::AgeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionResizeMode(ApprovalQueueModel::TargetColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ApprovalQueueModel::AgeColumn, 70);
    m_view->setColumnWidth(ApprovalQueueModel::TypeColumn, 170);
    m_view->setColumnWidth(ApprovalQueueModel::RiskColumn, 110);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApprovalQueueView::updateDetail);

    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_risk = new QTextBrowser(this);
    m_risk->setObjectName(QStringLiteral("approvalRisk"));
    m_action = new QPlainTextEdit(this);
    m_action->setObjectName(QStringLiteral("approvalAction"));
    m_action->setReadOnly(true);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(new QLabel(tr("Why it waits, the agent's reasoning and the risk:"), detail));
    detailLayout->addWidget(m_risk, 2);
    detailLayout->addWidget(new QLabel(tr("The exact action:"), detail));
    detailLayout->addWidget(m_action, 3);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(splitter);
    updateDetail();
}

void ApprovalQueueView::setContext(AsyncRunner* runner, core::DecisionEngine* engine)
{
    m_runner = runner;
    m_engine = runner ? engine : nullptr;
    m_busy = false; // an answer still under way for a closed workspace never comes back
    unsetCursor();
    if (!m_engine)
        m_model->setItems({});
    updateDetail();
}

void ApprovalQueueView::refresh(bool onlyIfIdle)
{
    const QString slot = QStringLiteral("items");
    if (!m_runner || !m_engine || (onlyIfIdle && m_runner->isBusy(this, slot)))
        return;
    struct Answer
    {
        QList<core::ApprovalItem> items;
        int pending = 0;
    };
    m_runner->run(
        this, slot,
        [engine = m_engine, status = statusFilter()] {
            Answer a;
            a.items = status == QLatin1String("autonomous") ? engine->autonomousDecisions(2000)
                                                            : engine->approvals(status, 2000);
            a.pending = engine->pendingCount();
            return a;
        },
        [this](const Answer& a) {
            Q_EMIT pendingCountChanged(a.pending);
            showItems(a.items);
        });
}

QString ApprovalQueueView::statusFilter() const
{
    return m_status->currentData().toString();
}

void ApprovalQueueView::showItems(const QList<core::ApprovalItem>& items)
{
    const QStringList selected = selectedIds();
    m_model->setItems(items);
    selectIds(selected);
    updateDetail();
}

QStringList ApprovalQueueView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(ApprovalQueueModel::ApprovalIdRole).toString();
    return ids;
}

void ApprovalQueueView::selectIds(const QStringList& ids)
{
    QItemSelection selection;
    for (const QString& id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        selection.select(index, index.siblingAtColumn(ApprovalQueueModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString ApprovalQueueView::sentenceFactsHtml(const QJsonObject& action)
{
    const QJsonArray sentences = action.value(QStringLiteral("sentences")).toArray();
    if (sentences.isEmpty())
        return {};
    QString html
        = QStringLiteral("<p><b>%1</b></p><table cellspacing=4 border=0>").arg(tr("What each sentence rests on:"));
    html += QStringLiteral("<tr><th align=left>%1</th><th align=left>%2</th><th align=left>%3</th></tr>")
                .arg(tr("Sentence"), tr("Fact"), tr("Stored value"));
    for (const QJsonValue& v : sentences) {
        const QJsonObject s = v.toObject();
        const QString text = s.value(QStringLiteral("text")).toString().simplified().toHtmlEscaped();
        const QString fact = s.value(QStringLiteral("fact")).toString();
        if (fact.isEmpty()) {
            html += QStringLiteral("<tr><td>%1</td><td colspan=2><i>%2</i></td></tr>")
                        .arg(text, tr("no fact: about us / the ask").toHtmlEscaped());
            continue;
        }
        QString value = s.value(QStringLiteral("value")).toString().toHtmlEscaped();
        const QString source = s.value(QStringLiteral("source")).toString();
        if (!source.isEmpty())
            value += QStringLiteral("<br><small>%1</small>").arg(tr("from %1").arg(source).toHtmlEscaped());
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(text, fact.toHtmlEscaped(), value);
    }
    return html + QStringLiteral("</table>");
}

void ApprovalQueueView::updateDetail()
{
    const QStringList ids = selectedIds();
    const core::ApprovalItem* item = ids.size() == 1 ? m_model->itemAt(m_model->rowOf(ids.first())) : nullptr;
    const bool pending = !ids.isEmpty() && statusFilter() == QLatin1String("pending") && !m_busy && m_engine;
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    m_edit->setEnabled(pending && ids.size() == 1);
    const QString status = statusFilter();
    const bool carriedOut = !ids.isEmpty() && !m_busy && m_engine
        && (status == QLatin1String("approved") || status == QLatin1String("autonomous"));
    m_wrong->setEnabled(carriedOut);
    m_undo->setEnabled(carriedOut);
    if (!item) {
        m_title->setText(ids.isEmpty() ? tr("Select an item to see why it waits.")
                                       : tr("%n items selected", nullptr, static_cast<int>(ids.size())));
        m_risk->clear();
        m_action->clear();
        return;
    }
    m_title->setText(tr("%1 for %2").arg(ApprovalQueueModel::typeTitle(item->type), item->target));
    // The reasoning can be long (a model's draft rejected, with why): in the scrollable pane, never
    // cut off by a label's height.
    QString html = QStringLiteral("<p><b>%1</b> %2</p><ul>")
                       .arg(tr("%1 proposed this:").arg(core::agentTitle(item->agent)).toHtmlEscaped(),
                           item->reasoning.toHtmlEscaped());
    for (const QString& why : item->why)
        html += QStringLiteral("<li>%1</li>").arg(why.toHtmlEscaped());
    html += QStringLiteral("</ul><p><b>%1</b> %2 (%3)</p><table cellspacing=4>")
                .arg(tr("Combined risk:"), QLocale().toString(item->risk.combined, 'f', 2),
                    core::riskLevelText(item->risk.level));
    html += factorHtml(tr("Financial"), item->risk.financial) + factorHtml(tr("Relationship"), item->risk.relationship)
        + factorHtml(tr("Compliance"), item->risk.compliance) + factorHtml(tr("Strategic"), item->risk.strategic);
    html += QStringLiteral("</table>");
    if (!item->reason.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Answer:"), item->reason.toHtmlEscaped());
    html += sentenceFactsHtml(item->action);
    m_risk->setHtml(html);
    if (item->action.contains(QStringLiteral("body"))) {
        QString text = tr("To: %1\nSubject: %2\n\n%3")
                           .arg(item->action.value(QStringLiteral("to")).toString(),
                               item->action.value(QStringLiteral("subject")).toString(),
                               item->action.value(QStringLiteral("body")).toString());
        const QJsonObject invite = item->action.value(QStringLiteral("invite")).toObject();
        if (!invite.isEmpty()) {
            const QDateTime start
                = QDateTime::fromString(invite.value(QStringLiteral("start")).toString(), Qt::ISODate);
            const QString zone = invite.value(QStringLiteral("time_zone")).toString();
            const QTimeZone tz(zone.toUtf8());
            text += QStringLiteral("\n\n")
                + tr("Attached: calendar invitation \"%1\", %2 (%3), %n minute(s)", nullptr,
                    invite.value(QStringLiteral("duration_minutes")).toInt(30))
                      .arg(invite.value(QStringLiteral("title")).toString(),
                          QLocale().toString(tz.isValid() ? start.toTimeZone(tz) : start, QLocale::LongFormat),
                          zone.isEmpty() ? QStringLiteral("UTC") : zone);
        }
        m_action->setPlainText(text);
    } else {
        m_action->setPlainText(QString::fromUtf8(QJsonDocument(item->action).toJson(QJsonDocument::Indented)));
    }
}

void ApprovalQueueView::run(
    const QString& what, std::function<QString(core::DecisionEngine&, const QString&)> operation, bool byDecision)
{
    QStringList ids = selectedIds();
    if (byDecision) {
        for (QString& id : ids) {
            if (const core::ApprovalItem* item = m_model->itemAt(m_model->rowOf(id)))
                id = item->decisionId;
        }
    }
    if (!m_runner || !m_engine || ids.isEmpty() || m_busy)
        return;
    m_busy = true;
    setCursor(Qt::BusyCursor);
    updateDetail();
    // The answers: a write job, its result back on the GUI thread. An empty slot: never
    // superseded (every answer the operator gives is carried out and reported).
    m_runner->run(
        this, QString(),
        [engine = m_engine, ids, operation](core::Workspace&) {
            QStringList errors;
            for (const QString& id : ids) {
                const QString error = operation(*engine, id);
                if (!error.isEmpty())
                    errors << error;
            }
            return errors;
        },
        [this, ids, what](const QStringList& errors) {
            m_busy = false;
            unsetCursor();
            Q_EMIT answered(static_cast<int>(ids.size() - errors.size()), errors);
            Q_EMIT refreshRequested();
            if (!errors.isEmpty()) {
                auto* box = new QMessageBox(
                    QMessageBox::Warning, what, errors.join(QLatin1Char('\n')), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            updateDetail();
        });
}

void ApprovalQueueView::approveSelected()
{
    run(tr("Approve"), [](core::DecisionEngine& engine, const QString& id) {
        QString error;
        return engine.approve(id, kOperator, &error) ? QString() : error;
    });
}

void ApprovalQueueView::rejectSelected(const QString& reason)
{
    run(tr("Reject"), [reason](core::DecisionEngine& engine, const QString& id) {
        QString error;
        return engine.reject(id, kOperator, reason, &error) ? QString() : error;
    });
}

void ApprovalQueueView::editSelected(const QJsonObject& newAction)
{
    run(tr("Edit"), [newAction](core::DecisionEngine& engine, const QString& id) {
        QString error;
        return engine.edit(id, newAction, kOperator, true, &error).isEmpty() ? error : QString();
    });
}

void ApprovalQueueView::markSelectedWrong(const QString& note)
{
    run(
        tr("Mark wrong"),
        [note](core::DecisionEngine& engine, const QString& decisionId) {
            QString error;
            return engine.markWrong(decisionId, kOperator, note, &error) ? QString() : error;
        },
        true);
}

void ApprovalQueueView::undoSelected()
{
    run(
        tr("Undo"),
        [](core::DecisionEngine& engine, const QString& decisionId) {
            QString error;
            return engine.undo(decisionId, kOperator, &error) ? QString() : error;
        },
        true);
}

void ApprovalQueueView::askRejectReason()
{
    if (selectedIds().isEmpty())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reject"));
    dialog->setLabelText(tr("Why? The agent is told, and will not propose the same again unless something changes."));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        if (!reason.trimmed().isEmpty())
            rejectSelected(reason);
    });
    dialog->open();
}

void ApprovalQueueView::askEdit()
{
    const QStringList ids = selectedIds();
    const core::ApprovalItem* item = ids.size() == 1 ? m_model->itemAt(m_model->rowOf(ids.first())) : nullptr;
    if (!item)
        return;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit, then approve"));
    dialog->resize(640, 480);
    auto* form = new QFormLayout(dialog);
    const bool email = item->action.contains(QStringLiteral("body"));
    auto* subject = new QLineEdit(item->action.value(QStringLiteral("subject")).toString(), dialog);
    auto* body = new QPlainTextEdit(dialog);
    if (email) {
        form->addRow(tr("Subject:"), subject);
        body->setPlainText(item->action.value(QStringLiteral("body")).toString());
        form->addRow(tr("Body:"), body);
    } else {
        subject->hide();
        body->setPlainText(QString::fromUtf8(QJsonDocument(item->action).toJson(QJsonDocument::Indented)));
        form->addRow(tr("Action (JSON):"), body);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    buttons->addButton(tr("Save and Approve"), QDialogButtonBox::AcceptRole);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const QJsonObject original = item->action;
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, email, subject, body, original] {
        QJsonObject action = original;
        if (email) {
            action.insert(QStringLiteral("subject"), subject->text());
            action.insert(QStringLiteral("body"), body->toPlainText());
        } else {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(body->toPlainText().toUtf8(), &error);
            if (!doc.isObject()) {
                QMessageBox::warning(
                    dialog, tr("Edit"), tr("The action is not valid JSON: %1").arg(error.errorString()));
                return;
            }
            action = doc.object();
        }
        dialog->accept();
        editSelected(action);
    });
    dialog->open();
}

} // namespace gd::ui
