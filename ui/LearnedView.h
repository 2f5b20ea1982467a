#pragma once

#include "ui/LearnedModel.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace gd::ui {

class AsyncRunner;

// "What GreenDoor learned": per decision type, how the operator's answers moved its autonomy.
class LearnedView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnedView)

public:
    explicit LearnedView(QWidget* parent = nullptr);
    // The open workspace's runner and the runtime's engine; both nullptr when none is open.
    void setContext(AsyncRunner* runner, core::DecisionEngine* engine);
    // Reads the calibration per type in the background (onlyIfIdle: unless a read is under way).
    void refresh(bool onlyIfIdle = false);
    void showRows(const QList<LearnedModel::Row>& rows);
    LearnedModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Forgets what was learned about one type (asks first when confirm is true).
    void resetType(const QString& type, bool confirm = true);

Q_SIGNALS:
    void refreshRequested();
    void resetFinished(const QString& type, bool ok);

private:
    QPointer<AsyncRunner> m_runner;
    core::DecisionEngine* m_engine = nullptr;
    LearnedModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace gd::ui
