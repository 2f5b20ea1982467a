#include "ui/ConversationsView.h"

#include "core/decisions/DecisionStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/ConversationModel.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ConversationsView::ConversationsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ConversationModel(this))
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_filter->setPlaceholderText(tr("Contact's email address..."));
    m_filter->setClearButtonEnabled(true);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, [this] { refresh(); });
    m_sync = new QPushButton(tr("Check mail now"), this);
    connect(m_sync, &QPushButton::clicked, this, &ConversationsView::syncRequested);
    m_review = new QPushButton(tr("Review reply draft..."), this);
    m_review->setObjectName(QStringLiteral("reviewDraft"));
    m_review->setEnabled(false);
    connect(m_review, &QPushButton::clicked, this, [this] { Q_EMIT reviewRequested(m_pendingDrafts); });
    m_summary = new QLabel(this);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_summary);
    bar->addWidget(m_sync);
    bar->addWidget(m_review);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("conversationTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setSectionResizeMode(ConversationModel::ReasonsColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ConversationModel::ContactColumn, 260);
    m_view->setColumnWidth(ConversationModel::SubjectColumn, 220);
    m_view->setColumnWidth(ConversationModel::ClassColumn, 110);
    m_view->setColumnWidth(ConversationModel::ConfidenceColumn, 80);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConversationsView::onSelection);

    m_timeline = new QTextBrowser(this);
    m_timeline->setObjectName(QStringLiteral("conversationTimeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setPlaceholderText(tr("Select a conversation to read it."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_timeline);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split);
}

void ConversationsView::setRunner(AsyncRunner* runner)
{
    m_runner = runner;
    m_current = 0;
    m_pendingDrafts.clear();
    m_review->setEnabled(false);
    m_sync->setEnabled(runner != nullptr);
    m_timeline->clear();
    if (!m_runner) {
        m_model->setConversations({});
        m_lastUnread = -1;
        Q_EMIT unreadChanged(0);
    }
}

int ConversationsView::unreadTotal() const
{
    return m_model->unreadTotal();
}

void ConversationsView::refresh(bool onlyIfIdle)
{
    const QString slot = QStringLiteral("threads");
    if (!m_runner || (onlyIfIdle && m_runner->isBusy(this, slot)))
        return;
    m_runner->run(
        this, slot,
        [contact = m_filter->text().trimmed()](core::Workspace& ws) {
            return core::ConversationStore(ws).list(contact.contains(QLatin1Char('@')) ? contact : QString());
        },
        [this](const QList<core::Conversation>& list) {
            m_model->setConversations(list);
            if (m_current > 0 && m_view->selectionModel()->selectedRows().isEmpty())
                selectConversation(m_current);
            const int unread = m_model->unreadTotal();
            m_summary->setText(tr("%n conversation(s)", nullptr, static_cast<int>(list.size())));
            if (unread != m_lastUnread) {
                m_lastUnread = unread;
                Q_EMIT unreadChanged(unread);
            }
        });
}

void ConversationsView::selectConversation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->selectRow(row);
}

void ConversationsView::onSelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const core::Conversation* c = rows.isEmpty() ? nullptr : m_model->conversationAt(rows.first().row());
    if (!c || !m_runner)
        return;
    const qint64 id = c->id;
    const bool unread = c->unread > 0;
    m_current = id;
    m_runner->run(
        this, QStringLiteral("timeline"),
        [id, unread](core::Workspace& ws) {
            core::ConversationStore store(ws);
            Timeline t;
            t.id = id;
            // Opening a thread reads it.
            if (unread)
                store.markRead(id, nullptr);
            t.messages = store.messages(id);
            core::DecisionStore decisions(ws);
            for (const core::StoredMessage& m : std::as_const(t.messages)) {
                for (const QJsonValue& d : m.decisions) {
                    const QString approval = d.toObject().value(QStringLiteral("approval_id")).toString();
                    if (approval.isEmpty())
                        continue;
                    if (const auto item = decisions.approval(approval))
                        t.approvalStatus.insert(approval, item->status);
                }
            }
            return t;
        },
        [this](const Timeline& t) { showTimeline(t); });
}

void ConversationsView::showTimeline(const Timeline& t)
{
    if (t.id != m_current)
        return;
    const int row = m_model->rowOf(t.id);
    const core::Conversation* c = m_model->conversationAt(row);
    if (!c)
        return;
    m_model->markRead(t.id);
    const int unread = m_model->unreadTotal();
    if (unread != m_lastUnread) {
        m_lastUnread = unread;
        Q_EMIT unreadChanged(unread);
    }
    m_timeline->setHtml(timelineHtml(*c, t));
    m_pendingDrafts.clear();
    for (const core::StoredMessage& m : t.messages) {
        for (const QJsonValue& d : m.decisions) {
            const QJsonObject o = d.toObject();
            const QString approval = o.value(QStringLiteral("approval_id")).toString();
            if (!approval.isEmpty() && t.approvalStatus.value(approval) == QLatin1String("pending")
                && o.value(QStringLiteral("type")).toString().startsWith(QLatin1String("email.")))
                m_pendingDrafts << approval;
        }
    }
    m_review->setEnabled(!m_pendingDrafts.isEmpty());
    Q_EMIT timelineShown(t.id);
}

QString ConversationsView::timelineHtml(const core::Conversation& c, const Timeline& t)
{
    QString html
        = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(c.subject), tr("Conversation with %1").arg(esc(c.contact)));
    for (const core::StoredMessage& m : t.messages) {
        const bool out = m.direction == QLatin1String("out");
        html += QStringLiteral("<hr/><p><b>%1</b> &nbsp; %2")
                    .arg(esc(when(m.sentAt)),
                        out ? tr("Sent to %1").arg(esc(m.recipients.join(QStringLiteral(", "))))
                            : tr("Reply from %1").arg(esc(m.sender)));
        if (!m.replyClass.isEmpty())
            html += QStringLiteral(" &nbsp; <span style=\"background:#e8f0fe\">&nbsp;%1 %2&nbsp;</span>")
                        .arg(esc(ConversationModel::classText(m.replyClass)))
                        .arg(m.confidence, 0, 'f', 2);
        html += QStringLiteral("</p>");
        if (!m.evidence.isEmpty()) {
            QStringList because;
            for (const QJsonValue& v : m.evidence)
                because << QStringLiteral("&ldquo;%1&rdquo;").arg(esc(v.toString()));
            html += QStringLiteral("<p style=\"color:#555\">%1 %2</p>")
                        .arg(tr("Because:"), because.join(QStringLiteral("; ")));
        }
        const QJsonObject& d = m.details;
        if (d.contains(QStringLiteral("return_date")))
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Back on %1").arg(esc(d.value(QStringLiteral("return_date")).toString())));
        if (d.contains(QStringLiteral("referred_to"))) {
            const QJsonObject r = d.value(QStringLiteral("referred_to")).toObject();
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Refers to %1 %2")
                                 .arg(esc(r.value(QStringLiteral("name")).toString()),
                                     esc(r.value(QStringLiteral("email")).toString())));
        }
        if (d.contains(QStringLiteral("bounce"))) {
            const QJsonObject b = d.value(QStringLiteral("bounce")).toObject();
            html += QStringLiteral("<p>%1</p>")
                        .arg((b.value(QStringLiteral("hard")).toBool() ? tr("Hard bounce %1 for %2")
                                                                       : tr("Soft bounce %1 for %2"))
                                 .arg(esc(b.value(QStringLiteral("status")).toString()),
                                     esc(b.value(QStringLiteral("recipient")).toString())));
        }
        if (!m.attachments.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("%n attachment(s), not stored", nullptr, static_cast<int>(m.attachments.size())));
        html += QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>").arg(esc(m.body));
        for (const QJsonValue& v : m.decisions) {
            const QJsonObject o = v.toObject();
            const QString approval = o.value(QStringLiteral("approval_id")).toString();
            QString state = o.value(QStringLiteral("outcome")).toString();
            if (state == QLatin1String("act"))
                state = tr("carried out by the agents");
            else if (state == QLatin1String("refuse"))
                state = tr("refused");
            else if (!approval.isEmpty())
                state = tr("approval: %1").arg(t.approvalStatus.value(approval, tr("pending")));
            html += QStringLiteral("<p>&rarr; <b>%1</b> %2 &mdash; %3<br/><span style=\"color:#555\">%4</span></p>")
                        .arg(esc(o.value(QStringLiteral("type")).toString()),
                            esc(o.value(QStringLiteral("target")).toString()), esc(state),
                            esc(o.value(QStringLiteral("reason")).toString()));
        }
    }
    return html;
}

} // namespace gd::ui
