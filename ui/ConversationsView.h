#pragma once

#include "core/mail/ConversationStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

namespace gd::ui {

class AsyncRunner;
class ConversationModel;

// The Conversations tab: every thread with its contact, the latest reply's class, confidence and
// the sentences that decided it; selecting one shows its timeline (what was sent, the replies in
// full, the decisions they led to and where each stands) and marks it read. Reply drafts are
// approved or edited in the approval queue: "Review reply draft" takes the operator there. All
// workspace reads and writes run off the GUI thread (AsyncRunner).
class ConversationsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsView)

public:
    explicit ConversationsView(QWidget* parent = nullptr);
    void setRunner(AsyncRunner* runner); // the open workspace's; nullptr when none
    void refresh(bool onlyIfIdle = false);
    void selectConversation(qint64 id);
    qint64 currentId() const { return m_current; }

    ConversationModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }
    QTextBrowser* timeline() const { return m_timeline; }
    QPushButton* reviewButton() const { return m_review; }
    int unreadTotal() const;

    // A thread's timeline as HTML (public for tests).
    struct Timeline
    {
        qint64 id = 0;
        QList<core::StoredMessage> messages;
        QHash<QString, QString> approvalStatus; // approval id -> pending/approved/...
    };
    static QString timelineHtml(const core::Conversation& conversation, const Timeline& timeline);

Q_SIGNALS:
    void unreadChanged(int unread);
    // The operator wants to approve or edit these pending reply drafts (approval ids).
    void reviewRequested(const QStringList& approvalIds);
    void syncRequested();
    void timelineShown(qint64 id);

private:
    void showTimeline(const Timeline& timeline);
    void onSelection();

    QPointer<AsyncRunner> m_runner;
    ConversationModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QTextBrowser* m_timeline = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_sync = nullptr;
    QLabel* m_summary = nullptr;
    QTimer* m_debounce = nullptr;
    qint64 m_current = 0;
    QStringList m_pendingDrafts;
    int m_lastUnread = -1;
};

} // namespace gd::ui
