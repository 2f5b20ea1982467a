#pragma once

#include <QJsonObject>
#include <optional>

namespace gd::core {

class Workspace;

// The SQL of the metric_snapshots table: the analytics agent's periodic snapshots.
namespace MetricStore {

bool addSnapshot(Workspace& workspace, qint64 createdAtMs, const QJsonObject& metrics, QString* error = nullptr);
// The newest snapshot, if any.
std::optional<QJsonObject> latest(Workspace& workspace);

} // namespace MetricStore

} // namespace gd::core
