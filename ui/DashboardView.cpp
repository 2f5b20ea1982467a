#include "ui/DashboardView.h"

#include "core/runtime/Types.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace gd::ui {

namespace {

enum Chart
{
    GoalChart,
    FunnelChart,
    PipelineChart,
    RepliesChart,
    AutonomyChart,
    AgentsChart,
    ChartCount
};

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis* valueAxis(double max, const QString& format = QStringLiteral("%.0f"))
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(max * 1.05, 4.0));
    axis->applyNiceNumbers(); // round ticks: 0, 50,000, 100,000 ... (and whole numbers for counts)
    axis->setLabelFormat(format);
    return axis;
}

qint64 msOf(const QDate& day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_headline->setWordWrap(true);
    m_alerts = new QListWidget(this);
    m_alerts->setObjectName(QStringLiteral("dashboardAlerts"));
    m_alerts->setMaximumHeight(90);
    auto* grid = new QGridLayout;
    const QStringList titles { tr("Goal progress against its pace"), tr("Funnel"), tr("Pipeline by stage"),
        tr("Replies by class per week"), tr("Autonomy and overrides per week (%)"), tr("Agent throughput (24 h)") };
    for (int i = 0; i < ChartCount; ++i)
        addChart(titles.at(i), i / 3, i % 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_alerts);
    layout->addLayout(grid, 1);
    for (int i = 0; i < m_views.size(); ++i)
        grid->addWidget(m_views.at(i), i / 3, i % 3);
    applyTheme();
}

QChartView* DashboardView::addChart(const QString& title, int, int)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 220);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    const int index = static_cast<int>(m_views.size());
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, index](const QPoint& at) {
        QMenu menu(view);
        menu.addAction(tr("Save Chart as PNG..."), this, [this, index] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Chart"), QStringLiteral("chart.png"), tr("PNG images (*.png)"));
            QString error;
            if (!path.isEmpty() && !saveChart(index, path, &error))
                m_headline->setText(error);
        });
        menu.exec(view->mapToGlobal(at));
    });
    m_views << view;
    return view;
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void DashboardView::applyTheme()
{
    const bool dark = palette().window().color().lightness() < 128;
    for (QChartView* view : std::as_const(m_views)) {
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundRoundness(0);
    }
}

bool DashboardView::saveChart(int index, const QString& path, QString* error) const
{
    if (index < 0 || index >= m_views.size()) {
        if (error)
            *error = tr("no such chart");
        return false;
    }
    if (!m_views.at(index)->grab().save(path, "PNG")) {
        if (error)
            *error = tr("The chart could not be saved to %1.").arg(path);
        return false;
    }
    return true;
}

void DashboardView::setRunner(AsyncRunner* runner)
{
    m_runner = runner;
    if (!runner)
        showData({});
}

void DashboardView::refresh(bool onlyIfIdle)
{
    if (!m_runner || (onlyIfIdle && m_runner->isBusy(this, QStringLiteral("dashboard"))))
        return;
    m_runner->run(
        this, QStringLiteral("dashboard"), [](core::Workspace& ws) { return core::loadDashboard(ws, core::nowMs()); },
        [this](const core::DashboardData& d) { showData(d); });
}

void DashboardView::showData(const core::DashboardData& d)
{
    const QLocale locale;
    m_alerts->clear();
    m_alerts->addItems(d.alerts);
    m_alerts->setVisible(!d.alerts.isEmpty());

    // Goal burn-up: where a steady pace would be, where we are, where this pace leads.
    QChart* goal = m_views.at(GoalChart)->chart();
    clear(goal);
    if (!d.goals.isEmpty() && d.goals.first().deadline.isValid()) {
        const auto& g = d.goals.first();
        goal->setTitle(g.summary);
        auto* pace = new QLineSeries;
        pace->setName(tr("pace to the target"));
        pace->append(msOf(g.start), 0);
        pace->append(msOf(g.deadline), g.target);
        QPen dashed = pace->pen();
        dashed.setStyle(Qt::DashLine);
        pace->setPen(dashed);
        auto* actual = new QLineSeries;
        actual->setName(tr("done"));
        actual->append(msOf(g.start), 0);
        actual->append(msOf(g.today), g.current);
        auto* projected = new QLineSeries;
        projected->setName(g.onTrack ? tr("at this pace (on track)") : tr("at this pace (behind)"));
        projected->append(msOf(g.today), g.current);
        projected->append(msOf(g.deadline), g.projected);
        QPen dotted = projected->pen();
        dotted.setStyle(Qt::DotLine);
        projected->setPen(dotted);
        for (QLineSeries* s : { pace, actual, projected })
            goal->addSeries(s);
        auto* x = new QDateTimeAxis;
        x->setFormat(QStringLiteral("dd MMM"));
        x->setRange(QDateTime::fromMSecsSinceEpoch(msOf(g.start)), QDateTime::fromMSecsSinceEpoch(msOf(g.deadline)));
        auto* y = valueAxis(std::max({ g.target, g.current, g.projected }));
        goal->addAxis(x, Qt::AlignBottom);
        goal->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries* s : goal->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
        m_headline->setText(g.progress);
    } else {
        goal->setTitle(tr("No goal yet: Goals > Add, or greendoor-cli goal add --text \"...\""));
        m_headline->setText(tr("Set a goal to see progress against its pace."));
    }

    // Funnel, top to bottom.
    QChart* funnel = m_views.at(FunnelChart)->chart();
    clear(funnel);
    auto* steps = new QBarSet(tr("people or deals"));
    QStringList labels;
    qint64 top = 0;
    for (auto it = d.funnel.crbegin(); it != d.funnel.crend(); ++it) {
        *steps << static_cast<double>(it->count);
        labels << QStringLiteral("%1 (%2)").arg(it->label, locale.toString(it->count));
        top = std::max(top, it->count);
    }
    auto* funnelSeries = new QHorizontalBarSeries;
    funnelSeries->append(steps);
    funnel->addSeries(funnelSeries);
    funnel->legend()->hide();
    auto* funnelAxis = new QBarCategoryAxis;
    funnelAxis->append(labels);
    funnel->addAxis(funnelAxis, Qt::AlignLeft);
    auto* funnelValues = valueAxis(static_cast<double>(top));
    funnel->addAxis(funnelValues, Qt::AlignBottom);
    funnelSeries->attachAxis(funnelAxis);
    funnelSeries->attachAxis(funnelValues);

    // Pipeline value and weighted value per stage.
    QChart* pipeline = m_views.at(PipelineChart)->chart();
    clear(pipeline);
    auto* value = new QBarSet(tr("value (%1)").arg(d.currency));
    auto* weighted = new QBarSet(tr("weighted"));
    QStringList stages;
    double most = 0;
    for (const core::StageTotal& t : d.pipeline) {
        *value << t.value;
        *weighted << t.weighted;
        stages << core::dealStageText(t.stage);
        most = std::max(most, t.value);
    }
    auto* pipelineSeries = new QBarSeries;
    pipelineSeries->append(value);
    pipelineSeries->append(weighted);
    pipeline->addSeries(pipelineSeries);
    auto* stageAxis = new QBarCategoryAxis;
    stageAxis->append(stages);
    pipeline->addAxis(stageAxis, Qt::AlignBottom);
    auto* money = valueAxis(most);
    pipeline->addAxis(money, Qt::AlignLeft);
    pipelineSeries->attachAxis(stageAxis);
    pipelineSeries->attachAxis(money);

    // Replies by class per week (stacked).
    QStringList weeks;
    for (const QDate& w : d.weeks)
        weeks << locale.toString(w, QStringLiteral("dd MMM"));
    QChart* replies = m_views.at(RepliesChart)->chart();
    clear(replies);
    auto* stacked = new QStackedBarSeries;
    QList<int> perWeek(d.weeks.size(), 0);
    for (const QString& cls : d.replyClasses) {
        auto* set = new QBarSet(cls);
        const QList<int> counts = d.repliesByClass.value(cls);
        for (int i = 0; i < counts.size(); ++i) {
            *set << counts.at(i);
            perWeek[i] += counts.at(i);
        }
        stacked->append(set);
    }
    replies->addSeries(stacked);
    auto* weekAxis = new QBarCategoryAxis;
    weekAxis->append(weeks);
    replies->addAxis(weekAxis, Qt::AlignBottom);
    auto* replyCount = valueAxis(perWeek.isEmpty() ? 0 : *std::max_element(perWeek.cbegin(), perWeek.cend()));
    replies->addAxis(replyCount, Qt::AlignLeft);
    stacked->attachAxis(weekAxis);
    stacked->attachAxis(replyCount);
    if (d.replyClasses.isEmpty())
        replies->setTitle(tr("Replies by class per week (none yet)"));

    // Autonomy and override rates against the design's aims (>= 85 % alone, < 10 % overridden).
    QChart* autonomy = m_views.at(AutonomyChart)->chart();
    clear(autonomy);
    auto* alone = new QLineSeries;
    alone->setName(tr("decided alone"));
    auto* overridden = new QLineSeries;
    overridden->setName(tr("overridden"));
    for (int i = 0; i < d.rates.size(); ++i) {
        alone->append(i, d.rates.at(i).autonomy);
        overridden->append(i, d.rates.at(i).overrides);
    }
    autonomy->addSeries(alone);
    autonomy->addSeries(overridden);
    auto* rateWeeks = new QBarCategoryAxis;
    rateWeeks->append(weeks);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    autonomy->addAxis(rateWeeks, Qt::AlignBottom);
    autonomy->addAxis(percent, Qt::AlignLeft);
    for (QAbstractSeries* s : autonomy->series()) {
        s->attachAxis(rateWeeks);
        s->attachAxis(percent);
    }

    // Tasks finished per agent in the last 24 hours.
    QChart* agents = m_views.at(AgentsChart)->chart();
    clear(agents);
    auto* done = new QBarSet(tr("tasks done"));
    QStringList names;
    int busiest = 0;
    for (const auto& a : d.agents) {
        *done << a.done;
        names << QStringLiteral("%1\n%2 s").arg(a.agent, locale.toString(a.averageSeconds, 'f', 1));
        busiest = std::max(busiest, a.done);
    }
    auto* agentSeries = new QBarSeries;
    agentSeries->append(done);
    agents->addSeries(agentSeries);
    agents->legend()->hide();
    auto* agentAxis = new QBarCategoryAxis;
    agentAxis->append(names);
    agents->addAxis(agentAxis, Qt::AlignBottom);
    auto* taskCount = valueAxis(busiest);
    agents->addAxis(taskCount, Qt::AlignLeft);
    agentSeries->attachAxis(agentAxis);
    agentSeries->attachAxis(taskCount);
    applyTheme();
    Q_EMIT loaded();
}

} // namespace gd::ui
