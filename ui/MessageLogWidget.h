#pragma once

#include "core/store/MessageStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace gd::ui {

class MessageLogModel;

// The communication trail with its filter bar (agent, type, priority, text).
class MessageLogWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogWidget)

public:
    explicit MessageLogWidget(QWidget* parent = nullptr);

    void setAgents(const QStringList& names, const QStringList& titles);
    core::MessageFilter filter() const;
    MessageLogModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchField() const { return m_search; }
    QComboBox* agentBox() const { return m_agent; }
    QComboBox* typeBox() const { return m_type; }
    QComboBox* priorityBox() const { return m_priority; }

    // A result for the current filter: merged into the rows shown (or replacing them after
    // a filter change).
    void showMessages(const QList<core::Message>& newestFirst, bool filterChanged);
    void clear();

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox* m_agent = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_priority = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    MessageLogModel* m_model = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace gd::ui
