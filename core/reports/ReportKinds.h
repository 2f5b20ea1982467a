#pragma once

// The report kinds, one file each (listed by the registry in Report.cpp), and what they share.

#include "core/reports/Report.h"

#include <QSqlQuery>
#include <QVariant>
#include <memory>

namespace gd::core::reports {

std::unique_ptr<ReportKind> makePipeline();
std::unique_ptr<ReportKind> makeActivity();
std::unique_ptr<ReportKind> makeDecisions();
std::unique_ptr<ReportKind> makeGoals();
std::unique_ptr<ReportKind> makeAudit();

// Counts per week of the period for one query that selects a timestamp (ms) column bound by
// ">= ? AND < ?" (the period's ends, bound last).
QList<double> perWeek(Workspace& ws, const ReportPeriod& period, const QString& sql, QString* error);
// A prepared, executed, forward-only query; false with error.
bool exec(QSqlQuery& query, const QString& sql, const QVariantList& binds, QString* error);
QString dateText(qint64 ms); // yyyy-MM-dd HH:mm, local
QString money(double value); // 12,345.50 -> "12345.50"
QString percent(double value); // "85.3 %"
QStringList weekLabels(const ReportPeriod& period);

} // namespace gd::core::reports
