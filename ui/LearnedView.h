#pragma once

#include "ui/LearnedModel.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace gd::ui {

// "What GreenDoor learned": per decision type, how the operator's answers moved its autonomy.
class LearnedView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LearnedView)

public:
    explicit LearnedView(QWidget* parent = nullptr);
    void setEngine(core::DecisionEngine* engine);
    void showRows(const QList<LearnedModel::Row>& rows);
    LearnedModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Forgets what was learned about one type (asks first when confirm is true).
    void resetType(const QString& type, bool confirm = true);

Q_SIGNALS:
    void refreshRequested();

private:
    core::DecisionEngine* m_engine = nullptr;
    LearnedModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_reset = nullptr;
};

} // namespace gd::ui
