#include "ui/ReportChartImage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace gd::ui::ReportChartImage {

QImage render(const core::ReportChart& spec, const QSize& size)
{
    auto* chart = new QChart;
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(spec.title);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setTitleFont(titleFont);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->resize(size);

    auto* x = new QBarCategoryAxis;
    // Many weeks: label every fourth so the labels stay readable.
    QStringList categories = spec.categories;
    if (categories.size() > 16) {
        for (int i = 0; i < categories.size(); ++i) {
            if (i % 4 != 0)
                categories[i] = QString(i, QLatin1Char(' ')); // unique, blank
        }
    }
    x->append(categories);
    x->setLabelsAngle(categories.size() > 6 ? -60 : 0);
    auto* y = new QValueAxis;
    y->setTitleText(spec.valueLabel);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    double top = 0;
    if (spec.kind == core::ReportChart::Kind::Bar) {
        auto* bars = new QBarSeries;
        for (const auto& [name, values] : spec.series) {
            auto* set = new QBarSet(name);
            for (double v : values) {
                *set << v;
                top = qMax(top, v);
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
    } else {
        for (const auto& [name, values] : spec.series) {
            auto* line = new QLineSeries;
            line->setName(name);
            for (int i = 0; i < values.size(); ++i) {
                line->append(i, values.at(i));
                top = qMax(top, values.at(i));
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->applyNiceNumbers();

    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    // The axes lay out their labels on a posted layout request: deliver those (and nothing else)
    // before drawing, without running an event loop.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        chart->layout()->activate();
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    return image;
}

QList<QImage> renderAll(const core::Report& report)
{
    QList<QImage> images;
    for (const core::ReportChart& chart : report.charts)
        images << render(chart);
    return images;
}

} // namespace gd::ui::ReportChartImage
