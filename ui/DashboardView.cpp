#include "ui/DashboardView.h"

#include "core/runtime/Types.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
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
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
    auto* setGoal = new QPushButton(tr("&Set a Goal..."), this);
    setGoal->setObjectName(QStringLiteral("setGoal"));
    connect(setGoal, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Set a Goal"),
            tr("What do you want to achieve? For example: \"Land 15 meetings with heads of operations at Benelux "
               "logistics firms by end of January, at most 30 emails a day\""),
            QLineEdit::Normal, QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            proposeGoal(text, true);
    });
    m_alerts = new QListWidget(this);
    m_alerts->setObjectName(QStringLiteral("dashboardAlerts"));
    m_alerts->setMaximumHeight(90);
    auto* grid = new QGridLayout;
    const QStringList titles { tr("Goal progress against its pace"), tr("Funnel"), tr("Pipeline by stage"),
        tr("Replies by class per week"), tr("Autonomy and overrides per week (%)"), tr("Agent throughput (24 h)") };
    for (int i = 0; i < ChartCount; ++i)
        addChart(titles.at(i), i / 3, i % 3);
    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(setGoal);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
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

void DashboardView::proposeGoal(const QString& text, bool confirm)
{
    if (!m_runner)
        return;
    const core::Goal goal = core::GoalParser::parse(text, QDate::currentDate());
    if (goal.ambiguous) {
        if (confirm)
            QMessageBox::information(this, tr("Set a Goal"), goal.question);
        Q_EMIT goalAdded(0, goal.question);
        return;
    }
    QString understood = tr("GreenDoor understood: %1").arg(goal.summary());
    QStringList details;
    if (!goal.industries.isEmpty())
        details << tr("industries: %1").arg(goal.industries.join(QStringLiteral(", ")));
    if (!goal.roles.isEmpty())
        details << tr("roles: %1").arg(goal.roles.join(QStringLiteral(", ")));
    if (!goal.regions.isEmpty())
        details << tr("regions: %1").arg(goal.regions.join(QStringLiteral(", ")));
    for (const core::GoalConstraint& c : goal.constraints)
        details << tr("limit: %1").arg(c.text);
    details += goal.notes;
    if (!details.isEmpty())
        understood += QStringLiteral("\n\n") + details.join(QLatin1Char('\n'));
    if (confirm
        && QMessageBox::question(this, tr("Set a Goal"), understood + QStringLiteral("\n\n") + tr("Keep this goal?"))
            != QMessageBox::Yes)
        return;
    m_runner->run(
        this, QStringLiteral("goal"),
        [goal](core::Workspace& ws) {
            core::GoalStore store(ws);
            QString error;
            const QStringList conflicts = store.conflicts(goal);
            const auto id = store.add(goal, &error);
            return std::make_pair(id.value_or(0), id ? conflicts.join(QLatin1Char('\n')) : error);
        },
        [this](const std::pair<qint64, QString>& r) {
            if (!r.second.isEmpty())
                m_headline->setText(r.first ? tr("Goal added; it conflicts with: %1").arg(r.second) : r.second);
            Q_EMIT goalAdded(r.first, r.second);
            refresh();
        });
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
        goal->setTitle(tr("No goal yet: Set a Goal..."));
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
    replies->setTitle(
        d.replyClasses.isEmpty() ? tr("Replies by class per week (none yet)") : tr("Replies by class per week"));

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
