#include "ui/DashboardView.h"

#include "core/runtime/Types.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"
#include "ui/ConversationModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDataStream>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedBarSeries>
#include <QTime>
#include <QVBoxLayout>
#include <QValueAxis>
#include <array>

namespace gd::ui {

namespace {

constexpr int kMaxVariantRows = 10;

void clear(QChart* chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis* valueAxis(double max, const QString& title = {}, const QString& format = QStringLiteral("%.0f"))
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(max * 1.05, 4.0));
    axis->applyNiceNumbers(); // round ticks: 0, 50, 100 ... (and whole numbers for counts)
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    return axis;
}

// Money on an axis: whole units, thousands or millions, said in the axis title.
struct MoneyScale
{
    double divisor = 1;
    QString title;
    QString format = QStringLiteral("%.0f");
};

MoneyScale moneyScale(double max, const QString& currency)
{
    if (max >= 1e6)
        return { 1e6, DashboardView::tr("%1 (millions)").arg(currency), QStringLiteral("%.1f") };
    if (max >= 1e4)
        return { 1e3, DashboardView::tr("%1 (thousands)").arg(currency), QStringLiteral("%.0f") };
    return { 1, currency, QStringLiteral("%.0f") };
}

qint64 msOf(const QDate& day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

void attach(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

// Week axes: the ISO week numbers ("W47"), which fit eight to a third of the window, and the
// dates they span in the axis title.
// compact: the bare numbers ("47"), for a chart whose legend takes part of its width (Qt Charts
// cuts a label that does not fit to "...").
QBarCategoryAxis* weekAxis(const QList<QDate>& weeks, bool compact = false)
{
    const QLocale locale;
    QStringList labels;
    for (const QDate& w : weeks)
        labels << (compact ? QString::number(w.weekNumber()) : DashboardView::tr("W%1").arg(w.weekNumber()));
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    if (!weeks.isEmpty())
        axis->setTitleText(DashboardView::tr("week (Mondays %1 to %2)")
                               .arg(locale.toString(weeks.first(), QStringLiteral("d MMM")),
                                   locale.toString(weeks.last(), QStringLiteral("d MMM"))));
    return axis;
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

QPen linePen(const QColor& color, Qt::PenStyle style = Qt::SolidLine, qreal width = 2.2)
{
    QPen pen(color, width);
    pen.setStyle(style);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent)
{
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.15);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_updated = new QLabel(this);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setEnabled(false); // the muted colour of the palette
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
    auto* saveAll = new QPushButton(tr("Save Charts..."), this);
    saveAll->setObjectName(QStringLiteral("saveCharts"));
    saveAll->setToolTip(tr("Save every chart as a PNG image into a folder"));
    connect(saveAll, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save Charts"));
        if (folder.isEmpty())
            return;
        QString error;
        const int saved = saveAllCharts(folder, &error);
        m_updated->setText(error.isEmpty() ? tr("%n chart(s) saved to %1", nullptr, saved).arg(folder) : error);
    });
    m_alerts = new QListWidget(this);
    m_alerts->setObjectName(QStringLiteral("dashboardAlerts"));
    m_alerts->setFrameShape(QFrame::StyledPanel);

    const std::array<QString, ChartCount> titles { tr("Goal progress against its pace"), tr("Funnel"),
        tr("Pipeline by stage"), tr("Open pipeline by stage, week by week"), tr("Replies by class per week"),
        tr("Reply rate per campaign and variant (95 % interval)"), tr("Autonomy and overrides per week"),
        tr("Agent throughput (last 24 h)"), tr("Agent latency (last 24 h)") };
    auto* charts = new QWidget;
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(10);
    for (int i = 0; i < ChartCount; ++i) {
        QChartView* view = addChart(titles.at(static_cast<std::size_t>(i)));
        if (i != GoalChart) {
            grid->addWidget(view, i / 3 + 1, i % 3);
            continue;
        }
        // The goal chart with its goal picker on top (one goal at a time, like a CRM's goal card).
        m_goalBar = new QWidget(charts);
        auto* bar = new QHBoxLayout(m_goalBar);
        bar->setContentsMargins(0, 0, 0, 0);
        m_goalPicker = new QComboBox(m_goalBar);
        m_goalPicker->setObjectName(QStringLiteral("goalPicker"));
        m_goalPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_goalPicker->setMinimumContentsLength(20);
        m_goalPicker->setToolTip(
            tr("Which goal the chart shows: its progress, the pace line and where this pace leads"));
        auto* pickerLabel = new QLabel(tr("&Goal:"), m_goalBar);
        pickerLabel->setBuddy(m_goalPicker);
        m_removeGoal = new QPushButton(tr("&Remove Goal..."), m_goalBar);
        m_removeGoal->setObjectName(QStringLiteral("removeGoal"));
        m_removeGoal->setToolTip(tr("Remove the goal shown, with its limits on decisions, its agents' tasks not yet "
                                    "run and its campaign (deleted if it never ran, archived if it did)"));
        bar->addWidget(pickerLabel);
        bar->addWidget(m_goalPicker, 1);
        bar->addWidget(m_removeGoal);
        bar->addStretch(2);
        m_goalBar->setVisible(false);
        connect(m_goalPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
            if (index < 0)
                return;
            showGoal(m_goalPicker->itemData(index).toLongLong());
        });
        connect(m_removeGoal, &QPushButton::clicked, this, [this] {
            if (const qint64 id = shownGoal())
                removeGoal(id, true);
        });
        // Above the charts' first row, so the goal chart lines up with its neighbours.
        grid->addWidget(m_goalBar, 0, 0, 1, 3);
        grid->addWidget(view, 1, 0);
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    m_views.at(AutonomyChart)
        ->setToolTip(tr("alone: share of the week's decisions the agents could carry out without an approval; "
                        "overridden: share of the week's reviewed approvals that were rejected or edited"));
    m_views.at(PipelineHistoryChart)
        ->setToolTip(tr("Each deal counted in the stage it was in at the end of each week, from its stage history. "
                        "Values are the deals' current values: GreenDoor does not record changes of a deal's value."));
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* top = new QHBoxLayout;
    auto* words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_headline);
    words->addWidget(m_updated);
    top->addLayout(words, 1);
    top->addWidget(saveAll, 0, Qt::AlignTop);
    top->addWidget(setGoal, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_alerts);
    layout->addWidget(scroll, 1);
    applyTheme();
}

QChartView* DashboardView::addChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(4);
    auto* view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(340, 270);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    const auto index = static_cast<int>(m_views.size());
    view->setObjectName(QStringLiteral("dashboardChart%1").arg(index));
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, index](const QPoint& at) {
        QMenu menu(view);
        menu.addAction(tr("Save Chart as PNG..."), this, [this, index] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save Chart"), QStringLiteral("chart.png"), tr("PNG images (*.png)"));
            QString error;
            if (!path.isEmpty() && !saveChart(index, path, &error))
                m_updated->setText(error);
        });
        menu.exec(view->mapToGlobal(at));
    });
    m_views << view;
    return view;
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        const bool dark = palette().window().color().lightness() < 128;
        if (dark != m_dark || event->type() == QEvent::PaletteChange)
            applyTheme();
    }
    QWidget::changeEvent(event);
}

void DashboardView::applyTheme()
{
    m_dark = palette().window().color().lightness() < 128;
    for (QChartView* view : std::as_const(m_views))
        view->chart()->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_signatures.clear();
    if (m_goalPicker) {
        const QSignalBlocker block(m_goalPicker);
        m_goalPicker->clear(); // its dots are drawn again in this palette's colours
    }
    draw(); // the theme resets series colours: draw again with ours
}

QColor DashboardView::color(int index) const
{
    // Colour-blind-friendly hues, lighter on dark backgrounds so lines and bars stay readable.
    static const std::array<QColor, 8> light { QColor(0x25, 0x63, 0xeb), QColor(0xea, 0x8a, 0x00),
        QColor(0x16, 0xa3, 0x4a), QColor(0xdc, 0x26, 0x26), QColor(0x7c, 0x3a, 0xed), QColor(0x08, 0x91, 0xb2),
        QColor(0xdb, 0x27, 0x77), QColor(0x65, 0x73, 0x8b) };
    static const std::array<QColor, 8> dark { QColor(0x60, 0xa5, 0xfa), QColor(0xfb, 0xbf, 0x24),
        QColor(0x4a, 0xde, 0x80), QColor(0xf8, 0x71, 0x71), QColor(0xa7, 0x8b, 0xfa), QColor(0x22, 0xd3, 0xee),
        QColor(0xf4, 0x72, 0xb6), QColor(0x9c, 0xa3, 0xaf) };
    const auto i = static_cast<std::size_t>(index) % light.size();
    return m_dark ? dark.at(i) : light.at(i);
}

void DashboardView::style(QChart* chart)
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.75);
    QColor grid = text;
    grid.setAlphaF(m_dark ? 0.16 : 0.12);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundPen(QPen(pal.color(QPalette::Mid), 1));
    chart->setPlotAreaBackgroundVisible(false);
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.05);
    chart->setTitleFont(title);
    chart->setTitleBrush(text);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    chart->legend()->setFont(small);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(small);
        axis->setLabelsBrush(muted);
        axis->setTitleBrush(muted);
        QFont axisTitle = small;
        axisTitle.setBold(false);
        axis->setTitleFont(axisTitle);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
        axis->setMinorGridLineVisible(false);
    }
}

bool DashboardView::saveChart(int index, const QString& path, QString* error) const
{
    if (index < 0 || index >= m_views.size()) {
        if (error)
            *error = tr("no such chart");
        return false;
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // fonts or data just changed
    if (!m_views.at(index)->grab().save(path, "PNG")) {
        if (error)
            *error = tr("The chart could not be saved to %1.").arg(path);
        return false;
    }
    return true;
}

int DashboardView::saveAllCharts(const QString& folder, QString* error) const
{
    static const std::array<const char*, ChartCount> names { "goal", "funnel", "pipeline", "pipeline-weekly", "replies",
        "variants", "autonomy", "throughput", "latency" };
    int saved = 0;
    for (int i = 0; i < ChartCount; ++i) {
        const QString path = QDir(folder).filePath(
            QStringLiteral("dashboard-%1.png").arg(QLatin1String(names.at(static_cast<std::size_t>(i)))));
        if (!saveChart(i, path, error))
            return saved;
        ++saved;
    }
    return saved;
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
        this, QString(), // a write: every one runs (a named slot would drop all but the latest)
        [goal](core::Workspace& ws) {
            core::GoalStore store(ws);
            QString error;
            const QStringList conflicts = store.conflicts(goal);
            const auto id = store.add(goal, &error);
            return std::make_pair(id.value_or(0), id ? conflicts.join(QLatin1Char('\n')) : error);
        },
        [this](const std::pair<qint64, QString>& r) {
            if (!r.second.isEmpty())
                m_updated->setText(r.first ? tr("Goal added; it conflicts with: %1").arg(r.second) : r.second);
            Q_EMIT goalAdded(r.first, r.second);
            refresh();
        });
}

const core::DashboardData::GoalLine* DashboardView::selectedGoal() const
{
    for (const auto& g : m_data.goals) {
        if (g.id == m_goalId)
            return &g;
    }
    return m_data.goals.isEmpty() ? nullptr : &m_data.goals.first();
}

qint64 DashboardView::shownGoal() const
{
    const auto* g = selectedGoal();
    return g ? g->id : 0;
}

void DashboardView::showGoal(qint64 id)
{
    if (id == m_goalId && m_signatures.contains(GoalChart))
        return;
    m_goalId = id;
    if (const int index = m_goalPicker->findData(id); index >= 0 && index != m_goalPicker->currentIndex()) {
        const QSignalBlocker block(m_goalPicker);
        m_goalPicker->setCurrentIndex(index);
    }
    // Only the goal chart changes (and the headline with it).
    m_signatures[GoalChart] = signature(GoalChart);
    drawGoal();
    style(m_views.at(GoalChart)->chart());
    ++m_redrawn;
}

// One entry per active goal, in the order they were set, each saying how it stands.
void DashboardView::updateGoalPicker()
{
    QStringList texts;
    QList<qint64> ids;
    for (const auto& g : m_data.goals) {
        const QString state = !g.measured ? tr("not measured") : g.onTrack ? tr("on track") : tr("behind");
        texts << tr("#%1 %2 (%3)").arg(g.id).arg(g.summary, state);
        ids << g.id;
    }
    QStringList shown;
    QList<qint64> shownIds;
    for (int i = 0; i < m_goalPicker->count(); ++i) {
        shown << m_goalPicker->itemText(i);
        shownIds << m_goalPicker->itemData(i).toLongLong();
    }
    if (!ids.contains(m_goalId))
        m_goalId = ids.isEmpty() ? 0 : ids.first(); // the goal shown was removed: the first
    if (texts != shown || ids != shownIds) {
        const QSignalBlocker block(m_goalPicker);
        m_goalPicker->clear();
        for (int i = 0; i < texts.size(); ++i) {
            // A dot in the forecast's colour: green on track, red behind, grey not measured.
            const auto& g = m_data.goals.at(i);
            QPixmap dot(12, 12);
            dot.fill(Qt::transparent);
            QPainter painter(&dot);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(!g.measured ? color(7) : g.onTrack ? color(2) : color(3));
            painter.drawEllipse(QRectF(1, 1, 10, 10));
            painter.end();
            m_goalPicker->addItem(QIcon(dot), texts.at(i), ids.at(i));
            m_goalPicker->setItemData(i, m_data.goals.at(i).progress, Qt::ToolTipRole);
        }
    }
    {
        const QSignalBlocker block(m_goalPicker);
        m_goalPicker->setCurrentIndex(std::max(0, m_goalPicker->findData(m_goalId)));
    }
    m_goalBar->setVisible(!ids.isEmpty());
}

void DashboardView::removeGoal(qint64 id, bool confirm)
{
    if (!m_runner)
        return;
    QString summary;
    for (const auto& g : std::as_const(m_data.goals)) {
        if (g.id == id)
            summary = g.summary;
    }
    if (confirm
        && QMessageBox::question(this, tr("Remove Goal"),
               tr("Remove goal #%1 (%2)?\n\nIts limits on decisions and its agents' tasks not yet run go with it. "
                  "Its campaign is deleted if it never ran, or archived with its history if it did.")
                   .arg(id)
                   .arg(summary))
            != QMessageBox::Yes)
        return;
    m_runner->run(
        this, QString(), // a write: every one runs (a named slot would drop all but the latest)
        [id](core::Workspace& ws) {
            QString error;
            QJsonObject removed;
            if (!core::GoalStore(ws).remove(id, &error, &removed))
                return std::make_pair(false, error);
            QStringList parts;
            parts << tr("%n limit(s) taken off", nullptr,
                static_cast<int>(removed.value(QStringLiteral("caps")).toArray().size()));
            parts << tr("%n task(s) cancelled", nullptr,
                static_cast<int>(removed.value(QStringLiteral("tasks_cancelled")).toArray().size()));
            const QString campaign = removed.value(QStringLiteral("campaign")).toString();
            const QString action = removed.value(QStringLiteral("campaign_action")).toString();
            if (action == QLatin1String("deleted"))
                parts << tr("draft campaign %1 deleted").arg(campaign);
            else if (action == QLatin1String("archived"))
                parts << tr("campaign %1 archived with its history").arg(campaign);
            return std::make_pair(true, tr("Goal #%1 removed: %2.").arg(id).arg(parts.join(QStringLiteral(", "))));
        },
        [this, id](const std::pair<bool, QString>& r) {
            m_updated->setText(r.second);
            Q_EMIT goalRemoved(id, r.first, r.second);
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
    m_data = d;
    draw();
    Q_EMIT loaded();
}

void DashboardView::draw()
{
    const core::DashboardData& d = m_data;
    m_alerts->clear();
    m_alerts->addItems(d.alerts);
    m_alerts->setVisible(!d.alerts.isEmpty());
    // As tall as its lines, up to five; more scroll.
    const int line = m_alerts->sizeHintForRow(0) > 0 ? m_alerts->sizeHintForRow(0) : fontMetrics().height() + 2;
    m_alerts->setFixedHeight(
        line * static_cast<int>(std::clamp<qsizetype>(d.alerts.size(), 1, 5)) + 2 * m_alerts->frameWidth() + 4);
    m_updated->setText(d.funnel.isEmpty() ? QString()
                                          : tr("Updated %1 (read in %2 ms)")
                                                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                                                .arg(d.loadMs));
    updateGoalPicker();
    // Only the charts whose figures changed are drawn again (a refresh every few seconds mostly
    // finds the same figures; rebuilding and painting nine charts is the GUI thread's real cost).
    for (int c = 0; c < ChartCount; ++c) {
        const QByteArray now = signature(c);
        QChart* chart = m_views.at(c)->chart();
        if (now == m_signatures.value(c)) {
            if (c == ThroughputChart || c == LatencyChart) // the same points, a later "now"
                if (auto* x = qobject_cast<QDateTimeAxis*>(chart->axes(Qt::Horizontal).value(0)))
                    x->setRange(QDateTime::fromMSecsSinceEpoch(d.nowMs - 24LL * 3600 * 1000),
                        QDateTime::fromMSecsSinceEpoch(d.nowMs));
            continue;
        }
        m_signatures[c] = now;
        switch (c) {
        case GoalChart:
            drawGoal();
            break;
        case FunnelChart:
            drawFunnel();
            break;
        case PipelineChart:
            drawPipeline();
            break;
        case PipelineHistoryChart:
            drawPipelineHistory();
            break;
        case RepliesChart:
            drawReplies();
            break;
        case VariantChart:
            drawVariants();
            break;
        case AutonomyChart:
            drawAutonomy();
            break;
        case ThroughputChart:
            drawAgents(chart, false);
            break;
        case LatencyChart:
            drawAgents(chart, true);
            break;
        default:
            break;
        }
        style(chart);
        ++m_redrawn;
    }
}

// What a chart shows, as bytes: equal bytes, nothing to draw again.
QByteArray DashboardView::signature(int chart) const
{
    const core::DashboardData& d = m_data;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_dark << d.currency << d.weeks;
    switch (chart) {
    case GoalChart:
        if (const auto* selected = selectedGoal()) {
            const auto& g = *selected;
            out << g.id << d.goals.size() << g.summary << g.progress << g.target << g.current << g.projected << g.start
                << g.deadline << g.onTrack << g.history;
        }
        out << d.funnel.isEmpty();
        break;
    case FunnelChart:
        for (const auto& s : d.funnel)
            out << s.label << s.count;
        break;
    case PipelineChart:
        for (const auto& t : d.pipeline)
            out << t.stage << t.deals << t.value << t.weighted;
        break;
    case PipelineHistoryChart:
        for (const QString& stage : d.pipelineStages)
            out << stage << d.pipelineByWeek.value(stage);
        break;
    case RepliesChart:
        for (const QString& cls : d.replyClasses)
            out << cls << d.repliesByClass.value(cls);
        break;
    case VariantChart:
        for (const auto& r : d.variantRates)
            out << r.campaign << r.variant << r.delivered << r.replied << r.positive;
        break;
    case AutonomyChart:
        for (const auto& r : d.rates)
            out << r.decisions << r.autonomy << r.reviewed << r.overrides;
        break;
    case ThroughputChart:
    case LatencyChart:
        for (const auto& a : d.agentSeries)
            out << a.agent << (chart == LatencyChart ? a.latencyMs : a.throughput);
        break;
    default:
        break;
    }
    return bytes;
}

// Goal burn-up: the steady pace from start to target, what was done so far, and where this
// pace leads by the deadline.
void DashboardView::drawGoal()
{
    QChart* chart = m_views.at(GoalChart)->chart();
    clear(chart);
    const auto* selected = selectedGoal();
    if (!selected || !selected->deadline.isValid()) {
        chart->setTitle(tr("No goal yet: Set a Goal..."));
        m_headline->setText(
            m_data.funnel.isEmpty() ? tr("No workspace open.") : tr("Set a goal to see progress against its pace."));
        return;
    }
    const auto& g = *selected;
    chart->setTitle(g.summary);
    QString headline = g.measured ? g.progress : tr("%1: %2").arg(g.summary, g.progress);
    if (m_data.goals.size() > 1) {
        const auto behind = std::count_if(m_data.goals.cbegin(), m_data.goals.cend(),
            [](const core::DashboardData::GoalLine& l) { return l.measured && !l.onTrack; });
        headline += QLatin1Char(' ')
            + tr("(goal %1 of %2; %n behind)", nullptr, static_cast<int>(behind))
                  .arg(selected - m_data.goals.constData() + 1)
                  .arg(m_data.goals.size());
    }
    m_headline->setText(headline);
    const qint64 start = msOf(g.start);
    const qint64 end = std::max(msOf(g.deadline), start + 86'400'000);
    auto* pace = new QLineSeries;
    pace->setName(tr("steady pace to %1").arg(QLocale().toString(g.target, 'f', 0)));
    pace->append(static_cast<double>(start), g.level ? g.target : 0);
    pace->append(static_cast<double>(end), g.target);
    chart->addSeries(pace);
    pace->setPen(linePen(color(7), Qt::DashLine, 1.6));
    auto* done = new QLineSeries;
    done->setName(tr("reached"));
    if (g.history.isEmpty())
        done->append(static_cast<double>(core::nowMs()), g.current);
    else
        done->append(g.history);
    done->setPointsVisible(g.history.size() <= 2);
    chart->addSeries(done);
    done->setPen(linePen(color(0), Qt::SolidLine, 2.6));
    auto* projected = new QLineSeries;
    projected->setName(g.onTrack ? tr("at this pace: on track") : tr("at this pace: behind"));
    projected->append(done->points().constLast());
    projected->append(static_cast<double>(end), g.projected);
    chart->addSeries(projected);
    projected->setPen(linePen(g.onTrack ? color(2) : color(3), Qt::DotLine, 2.2));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(start), QDateTime::fromMSecsSinceEpoch(end));
    x->setTickCount(5);
    attach(chart, x, valueAxis(std::max({ g.target, g.current, g.projected })));
}

// The funnel, top to bottom, each step with its share of the step before.
void DashboardView::drawFunnel()
{
    QChart* chart = m_views.at(FunnelChart)->chart();
    clear(chart);
    chart->setTitle(tr("Funnel: prospects to won deals"));
    const QLocale locale;
    auto* steps = new QBarSet(tr("people or deals"));
    QStringList labels;
    qint64 top = 0;
    for (auto it = m_data.funnel.crbegin(); it != m_data.funnel.crend(); ++it) {
        *steps << static_cast<double>(it->count);
        const auto before = std::next(it);
        QString label = QStringLiteral("%1  %2").arg(it->label, locale.toString(it->count));
        if (before != m_data.funnel.crend() && before->count > 0)
            label += QStringLiteral(" (%1 %)").arg(
                locale.toString(100.0 * static_cast<double>(it->count) / static_cast<double>(before->count), 'f', 1));
        labels << label;
        top = std::max(top, it->count);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(steps);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    steps->setColor(color(0));
    steps->setBorderColor(color(0));
    chart->legend()->hide();
    auto* stepsAxis = new QBarCategoryAxis;
    stepsAxis->append(labels);
    auto* values = valueAxis(static_cast<double>(top));
    chart->addAxis(stepsAxis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(stepsAxis);
    series->attachAxis(values);
}

// Pipeline value and weighted value per stage, now (stages read top to bottom).
void DashboardView::drawPipeline()
{
    QChart* chart = m_views.at(PipelineChart)->chart();
    clear(chart);
    double most = 0;
    for (const core::StageTotal& t : m_data.pipeline)
        most = std::max(most, t.value);
    const MoneyScale scale = moneyScale(most, m_data.currency);
    chart->setTitle(tr("Pipeline by stage, now"));
    auto* value = new QBarSet(tr("value"));
    auto* weighted = new QBarSet(tr("weighted by win probability"));
    QStringList stages;
    const QLocale locale;
    for (auto it = m_data.pipeline.crbegin(); it != m_data.pipeline.crend(); ++it) {
        *value << it->value / scale.divisor;
        *weighted << it->weighted / scale.divisor;
        stages << QStringLiteral("%1 (%2)").arg(core::dealStageText(it->stage), locale.toString(it->deals));
    }
    auto* series = new QHorizontalBarSeries;
    series->append(weighted);
    series->append(value);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    value->setColor(color(0));
    value->setBorderColor(color(0));
    weighted->setColor(color(5));
    weighted->setBorderColor(color(5));
    auto* stageAxis = new QBarCategoryAxis;
    stageAxis->append(stages);
    auto* money = valueAxis(most / scale.divisor,
        scale.title.isEmpty() ? tr("deals in brackets") : tr("%1; deals in brackets").arg(scale.title), scale.format);
    chart->addAxis(stageAxis, Qt::AlignLeft);
    chart->addAxis(money, Qt::AlignBottom);
    series->attachAxis(stageAxis);
    series->attachAxis(money);
}

// Open pipeline per stage at the end of each week (stacked).
void DashboardView::drawPipelineHistory()
{
    QChart* chart = m_views.at(PipelineHistoryChart)->chart();
    clear(chart);
    const QLocale locale;
    QList<double> perWeek(m_data.weeks.size(), 0);
    for (const QString& stage : m_data.pipelineStages) {
        const QList<double> values = m_data.pipelineByWeek.value(stage);
        for (int i = 0; i < values.size() && i < perWeek.size(); ++i)
            perWeek[i] += values.at(i);
    }
    const double most = perWeek.isEmpty() ? 0 : *std::max_element(perWeek.cbegin(), perWeek.cend());
    const MoneyScale scale = moneyScale(most, m_data.currency);
    chart->setTitle(tr("Open pipeline by stage at each week's end"));
    auto* stacked = new QStackedBarSeries;
    stacked->setBarWidth(0.7);
    chart->addSeries(stacked);
    for (int s = 0; s < m_data.pipelineStages.size(); ++s) {
        const QString& stage = m_data.pipelineStages.at(s);
        auto* set = new QBarSet(core::dealStageText(stage));
        for (double v : m_data.pipelineByWeek.value(stage))
            *set << v / scale.divisor;
        stacked->append(set);
        set->setColor(color(s));
        set->setBorderColor(color(s));
    }
    attach(chart, weekAxis(m_data.weeks), valueAxis(most / scale.divisor, scale.title, scale.format));
}

// Replies by class per week (stacked).
void DashboardView::drawReplies()
{
    QChart* chart = m_views.at(RepliesChart)->chart();
    clear(chart);
    auto* stacked = new QStackedBarSeries;
    stacked->setBarWidth(0.7);
    chart->addSeries(stacked);
    QList<int> perWeek(m_data.weeks.size(), 0);
    for (int c = 0; c < m_data.replyClasses.size(); ++c) {
        const QString& cls = m_data.replyClasses.at(c);
        auto* set = new QBarSet(ConversationModel::classText(cls));
        const QList<int> counts = m_data.repliesByClass.value(cls);
        for (int i = 0; i < counts.size() && i < perWeek.size(); ++i) {
            *set << counts.at(i);
            perWeek[i] += counts.at(i);
        }
        stacked->append(set);
        set->setColor(color(c));
        set->setBorderColor(color(c));
    }
    // More than four classes do not fit in a row under the chart: the legend goes to the right
    // (every class named) and the weeks by their bare numbers, which fit the narrower plot.
    const bool legendRight = m_data.replyClasses.size() > 4;
    attach(chart, weekAxis(m_data.weeks, legendRight),
        valueAxis(perWeek.isEmpty() ? 0 : *std::max_element(perWeek.cbegin(), perWeek.cend()), tr("replies")));
    chart->legend()->setAlignment(legendRight ? Qt::AlignRight : Qt::AlignBottom);
    chart->setTitle(
        m_data.replyClasses.isEmpty() ? tr("Replies by class per week (none yet)") : tr("Replies by class per week"));
}

// A forest plot: per campaign (and its variants) the reply rate and positive-reply rate of
// delivered emails, each with its 95 % Wilson interval.
void DashboardView::drawVariants()
{
    QChart* chart = m_views.at(VariantChart)->chart();
    clear(chart);
    const QLocale locale;
    const auto rows = static_cast<int>(std::min<qsizetype>(m_data.variantRates.size(), kMaxVariantRows));
    chart->setTitle(
        rows == 0 ? tr("Reply rates (no emails delivered yet)") : tr("Reply rates by campaign and variant"));
    auto* replyPoints = new QScatterSeries;
    replyPoints->setName(tr("replied"));
    auto* positivePoints = new QScatterSeries;
    positivePoints->setName(tr("positive"));
    auto* rowAxis = new QCategoryAxis;
    rowAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    double highest = 0;
    QList<QLineSeries*> intervals;
    for (int i = rows - 1; i >= 0; --i) { // QCategoryAxis takes its categories bottom up
        const auto& r = m_data.variantRates.at(i);
        const double y = rows - 1 - i; // the first row on top
        auto* reply = new QLineSeries;
        reply->append(r.replyLow, y + 0.12);
        reply->append(r.replyHigh, y + 0.12);
        auto* positive = new QLineSeries;
        positive->append(r.positiveLow, y - 0.12);
        positive->append(r.positiveHigh, y - 0.12);
        replyPoints->append(r.replyRate, y + 0.12);
        positivePoints->append(r.positiveRate, y - 0.12);
        intervals << reply << positive;
        highest = std::max(highest, r.replyHigh);
        QString name = r.variant.isEmpty() ? r.campaign : tr("variant %1").arg(r.variant);
        if (name.size() > 18)
            name = name.left(17) + QChar(0x2026); // the full name is in the Campaigns tab
        rowAxis->append(QStringLiteral("%1\nn=%2").arg(name, locale.toString(r.delivered)), y + 0.5);
    }
    rowAxis->setStartValue(-0.5);
    rowAxis->setRange(-0.5, std::max(0.5, rows - 0.5));
    for (int i = 0; i < intervals.size(); ++i) {
        chart->addSeries(intervals.at(i));
        intervals.at(i)->setPen(linePen(i % 2 == 0 ? color(0) : color(2), Qt::SolidLine, 2.0));
        hideFromLegend(chart, intervals.at(i));
    }
    chart->addSeries(replyPoints);
    chart->addSeries(positivePoints);
    for (auto [points, index] : { std::pair { replyPoints, 0 }, std::pair { positivePoints, 2 } }) {
        points->setMarkerSize(9);
        points->setColor(color(index));
        points->setBorderColor(color(index));
    }
    auto* percent = valueAxis(std::max(highest, 10.0), tr("% of delivered (95 % interval)"));
    percent->setMax(std::min(100.0, percent->max()));
    attach(chart, percent, rowAxis);
    // attach() puts the first axis at the bottom: here the rates.
    chart->legend()->setVisible(rows > 0);
}

// Autonomy and override rates per week against the seed's aims (>= 85 % alone, < 10 % overridden).
void DashboardView::drawAutonomy()
{
    QChart* chart = m_views.at(AutonomyChart)->chart();
    clear(chart);
    chart->setTitle(tr("Autonomy and overrides per week"));
    auto* alone = new QLineSeries;
    alone->setName(tr("alone"));
    auto* overridden = new QLineSeries;
    overridden->setName(tr("overridden"));
    for (int i = 0; i < m_data.rates.size(); ++i) {
        const auto& r = m_data.rates.at(i);
        if (r.decisions > 0) // a week without decisions has no rate
            alone->append(i, r.autonomy);
        if (r.reviewed > 0)
            overridden->append(i, r.overrides);
    }
    const double last = std::max<double>(0, static_cast<double>(m_data.weeks.size()) - 1);
    auto* autonomyAim = new QLineSeries;
    autonomyAim->setName(tr("aim ≥ %1 %").arg(core::DashboardData::kAutonomyTarget));
    autonomyAim->append(0, core::DashboardData::kAutonomyTarget);
    autonomyAim->append(last, core::DashboardData::kAutonomyTarget);
    auto* overrideAim = new QLineSeries;
    overrideAim->setName(tr("aim under %1 %").arg(core::DashboardData::kOverrideTarget));
    overrideAim->append(0, core::DashboardData::kOverrideTarget);
    overrideAim->append(last, core::DashboardData::kOverrideTarget);
    for (QLineSeries* s : { autonomyAim, overrideAim, alone, overridden })
        chart->addSeries(s);
    autonomyAim->setPen(linePen(color(2), Qt::DashLine, 1.4));
    overrideAim->setPen(linePen(color(3), Qt::DashLine, 1.4));
    alone->setPen(linePen(color(2)));
    overridden->setPen(linePen(color(3)));
    alone->setPointsVisible(true);
    overridden->setPointsVisible(true);
    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(6);
    percent->setLabelFormat(QStringLiteral("%.0f"));
    percent->setTitleText(tr("%")); // what each is a share of is in the chart's tooltip (a longer title is cut)
    attach(chart, weekAxis(m_data.weeks), percent);
}

// Per agent, from the metric snapshots: messages handled per hour, or the median handling time.
void DashboardView::drawAgents(QChart* chart, bool latency)
{
    clear(chart);
    double most = 0;
    int index = 0;
    for (const auto& a : m_data.agentSeries) {
        const QList<QPointF>& points = latency ? a.latencyMs : a.throughput;
        if (points.isEmpty())
            continue;
        auto* line = new QLineSeries;
        line->setName(core::agentTitle(a.agent));
        line->append(points);
        line->setPointsVisible(points.size() == 1);
        chart->addSeries(line);
        line->setPen(linePen(color(index++), Qt::SolidLine, 1.8));
        for (const QPointF& p : points)
            most = std::max(most, p.y());
    }
    const bool none = chart->series().isEmpty();
    if (latency)
        chart->setTitle(none ? tr("Agent latency (no metric snapshots yet)")
                             : tr("Agent latency: median handling time (last 24 h)"));
    else
        chart->setTitle(none ? tr("Agent throughput (no metric snapshots yet)") : tr("Agent throughput (last 24 h)"));
    const qint64 now = m_data.nowMs > 0 ? m_data.nowMs : core::nowMs();
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("HH:mm"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(now - 24LL * 3600 * 1000), QDateTime::fromMSecsSinceEpoch(now));
    x->setTickCount(7);
    attach(chart, x, valueAxis(most, latency ? tr("ms") : tr("messages per hour")));
}

} // namespace gd::ui
