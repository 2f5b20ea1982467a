#pragma once

#include "core/reports/Dashboard.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QListWidget;

namespace gd::ui {

class AsyncRunner;

// The Dashboard tab (first on opening): goal progress against its pace line, the funnel,
// pipeline by stage, replies by class per week, autonomy and override rates per week, agent
// throughput, and the alerts. Read in the background (one query job), drawn on the GUI thread;
// each chart can be saved as PNG from its context menu. Follows the palette (light or dark).
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    explicit DashboardView(QWidget* parent = nullptr);
    void setRunner(AsyncRunner* runner);
    void refresh(bool onlyIfIdle = false);
    void showData(const core::DashboardData& data);

    QList<QChartView*> charts() const { return m_views; }
    QListWidget* alerts() const { return m_alerts; }
    // Saves one chart (index into charts()) as a PNG; false with a reason when it cannot.
    bool saveChart(int index, const QString& path, QString* error = nullptr) const;
    // An objective in plain words: parsed, shown for the user to confirm (confirm = true), then
    // stored as a goal; a vague one is answered with the question to ask.
    void proposeGoal(const QString& text, bool confirm = true);

Q_SIGNALS:
    void loaded();
    void goalAdded(qint64 id, const QString& message); // id 0: not added (message says why)

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* addChart(const QString& title, int row, int column);
    void applyTheme();

    QPointer<AsyncRunner> m_runner;
    QList<QChartView*> m_views;
    QListWidget* m_alerts = nullptr;
    QLabel* m_headline = nullptr;
};

} // namespace gd::ui
