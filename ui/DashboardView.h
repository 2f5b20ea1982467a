#pragma once

#include "core/reports/Dashboard.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gd::ui {

class AsyncRunner;

// The Dashboard tab (first on opening): goal progress against its pace line (burn-up), the
// funnel, pipeline by stage now and week by week, replies by class per week, reply rates per
// campaign and variant with their 95 % intervals, autonomy and override rates per week against the
// seed's aims, agent throughput and latency from the metric snapshots, and the alerts. Read in the
// background (one query job), drawn on the GUI thread; each chart can be saved as PNG from its
// context menu. Follows the palette: light or dark charts with colours readable on either.
class DashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)

public:
    enum Chart
    {
        GoalChart,
        FunnelChart,
        PipelineChart,
        PipelineHistoryChart,
        RepliesChart,
        VariantChart,
        AutonomyChart,
        ThroughputChart,
        LatencyChart,
        ChartCount
    };

    explicit DashboardView(QWidget* parent = nullptr);
    void setRunner(AsyncRunner* runner);
    void refresh(bool onlyIfIdle = false);
    void showData(const core::DashboardData& data);
    const core::DashboardData& data() const { return m_data; }

    QList<QChartView*> charts() const { return m_views; }
    QListWidget* alerts() const { return m_alerts; }
    bool isDark() const { return m_dark; }
    // Charts drawn again since the view was made (a refresh draws only those whose figures changed).
    int redrawnCharts() const { return m_redrawn; }
    // Saves one chart (index into charts()) as a PNG; false with a reason when it cannot.
    bool saveChart(int index, const QString& path, QString* error = nullptr) const;
    // Saves every chart into a folder (dashboard-<name>.png); the number saved.
    int saveAllCharts(const QString& folder, QString* error = nullptr) const;
    // An objective in plain words: parsed, shown for the user to confirm (confirm = true), then
    // stored as a goal; a vague one is answered with the question to ask.
    void proposeGoal(const QString& text, bool confirm = true);
    // Goals one at a time (as CRMs do): the picker above the goal chart chooses which goal's
    // burn-up, forecast and headline are shown; the choice stays across refreshes.
    QComboBox* goalPicker() const { return m_goalPicker; }
    qint64 shownGoal() const; // the id of the goal on the chart; 0 when there is none
    void showGoal(qint64 id);
    // Removes a goal with what it set in motion (GoalStore::remove), off the GUI thread; asks first
    // when confirm. goalRemoved reports the outcome.
    void removeGoal(qint64 id, bool confirm = true);

Q_SIGNALS:
    void loaded();
    void goalAdded(qint64 id, const QString& message); // id 0: not added (message says why)
    void goalRemoved(qint64 id, bool removed, const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChartView* addChart(const QString& title);
    void applyTheme();
    void draw();
    void drawGoal();
    void updateGoalPicker();
    const core::DashboardData::GoalLine* selectedGoal() const;
    void drawFunnel();
    void drawPipeline();
    void drawPipelineHistory();
    void drawReplies();
    void drawVariants();
    void drawAutonomy();
    void drawAgents(QChart* chart, bool latency);
    void style(QChart* chart);
    QByteArray signature(int chart) const;
    QColor color(int index) const;

    QPointer<AsyncRunner> m_runner;
    core::DashboardData m_data;
    QList<QChartView*> m_views;
    QListWidget* m_alerts = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_updated = nullptr;
    QWidget* m_goalBar = nullptr;
    QComboBox* m_goalPicker = nullptr;
    QPushButton* m_removeGoal = nullptr;
    qint64 m_goalId = 0; // the goal chosen in the picker (0: the first)
    bool m_dark = false;
    QHash<int, QByteArray> m_signatures;
    int m_redrawn = 0;
};

} // namespace gd::ui
