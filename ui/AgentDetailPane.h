#pragma once

#include "core/runtime/Agent.h"
#include "core/store/TaskStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace gd::ui {

class MessageLogModel;
class TaskListModel;

// The selected agent: its state and figures, its recent tasks and messages, pause/resume.
class AgentDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentDetailPane)

public:
    explicit AgentDetailPane(QWidget* parent = nullptr);

    QString agentName() const { return m_agent; }
    void showStatus(const core::AgentStatus* status);
    void showHistory(const QList<core::TaskRecord>& tasks, const QList<core::Message>& messages);
    void clear();

    TaskListModel* taskModel() const { return m_tasks; }
    MessageLogModel* messageModel() const { return m_messages; }
    QPushButton* pauseButton() const { return m_pause; }

Q_SIGNALS:
    void pauseRequested(const QString& agent, bool pause);

private:
    QString m_agent;
    bool m_paused = false;
    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_capabilities = nullptr;
    QLabel* m_figures = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_pause = nullptr;
    QTabWidget* m_tabs = nullptr;
    TaskListModel* m_tasks = nullptr;
    MessageLogModel* m_messages = nullptr;
};

} // namespace gd::ui
