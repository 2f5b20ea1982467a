#pragma once

#include "core/reports/Report.h"

#include <QImage>
#include <QSize>

namespace gd::ui {

// Draws a report's chart with Qt Charts into an image, off screen (no window is shown). Needs a
// QApplication; call it on the GUI thread.
namespace ReportChartImage {

QImage render(const core::ReportChart& chart, const QSize& size = QSize(1000, 460));
QList<QImage> renderAll(const core::Report& report);

} // namespace ReportChartImage

} // namespace gd::ui
