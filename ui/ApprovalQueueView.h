#pragma once

#include "core/decisions/DecisionEngine.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace gd::ui {

class ApprovalQueueModel;
class AsyncRunner;

// The approval queue as a first-class view: the items (sortable by age, risk, agent, type,
// multi-select for bulk answers) and a detail pane with the risk reasons and the action in
// full. Approve, reject with a reason, edit then approve; all with keyboard shortcuts. The
// reads and the answers run off the GUI thread (AsyncRunner) through the decision engine.
class ApprovalQueueView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalQueueView)

public:
    explicit ApprovalQueueView(QWidget* parent = nullptr);

    // The open workspace's runner and the runtime's engine; both nullptr when none is open.
    // The runner's jobs end before the runtime goes (MainWindow's shutdown), so the engine
    // outlives every job that uses it.
    void setContext(AsyncRunner* runner, core::DecisionEngine* engine);
    // Reads the items for the status filter (and the pending count) in the background; an
    // earlier read still under way is superseded. onlyIfIdle: skip if one is under way.
    void refresh(bool onlyIfIdle = false);
    bool isBusy() const { return m_busy; }
    void showItems(const QList<core::ApprovalItem>& items);
    QString statusFilter() const;

    ApprovalQueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QStringList selectedIds() const;
    void selectIds(const QStringList& ids);

    // What the buttons do, callable directly (tests, scripts). Each returns at once; answered()
    // follows with what happened.
    void approveSelected();
    void rejectSelected(const QString& reason);
    void editSelected(const QJsonObject& newAction);
    // Overrides after the fact, on carried-out decisions (approved, or done on their own).
    void markSelectedWrong(const QString& note);
    void undoSelected();

    // For an email, per sentence: the fact it rests on and the stored value, or "no fact: about
    // us / the ask" for a generic sentence (the action's "sentences"). Empty without sentences.
    static QString sentenceFactsHtml(const QJsonObject& action);

    QAction* approveAction() const { return m_approve; }
    QAction* rejectAction() const { return m_reject; }
    QAction* editAction() const { return m_edit; }
    QAction* wrongAction() const { return m_wrong; }
    QAction* undoAction() const { return m_undo; }

Q_SIGNALS:
    void refreshRequested();
    // After each read: how many items wait for an answer (for the tab's badge).
    void pendingCountChanged(int pending);
    // After an answer: how many items it applied to, and the errors of those it could not.
    void answered(int done, const QStringList& errors);

private:
    void updateDetail();
    void askRejectReason();
    void askEdit();
    void run(const QString& what, std::function<QString(core::DecisionEngine&, const QString&)> operation,
        bool byDecision = false);

    QPointer<AsyncRunner> m_runner;
    core::DecisionEngine* m_engine = nullptr;
    ApprovalQueueModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_title = nullptr;
    QTextBrowser* m_risk = nullptr;
    QPlainTextEdit* m_action = nullptr;
    QAction* m_approve = nullptr;
    QAction* m_reject = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_wrong = nullptr;
    QAction* m_undo = nullptr;
    bool m_busy = false;
};

} // namespace gd::ui
