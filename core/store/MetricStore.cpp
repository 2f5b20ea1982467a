#include "core/store/MetricStore.h"

#include "core/formats/Json.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace gd::core::MetricStore {

bool addSnapshot(Workspace& workspace, qint64 createdAtMs, const QJsonObject& metrics, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("INSERT INTO metric_snapshots (created_at, metrics) VALUES (?, ?)"));
    u.addBindValue(createdAtMs);
    u.addBindValue(json::compact(metrics));
    return workspace.execWrite(u, QStringLiteral("analytics:snapshot"), error);
}

std::optional<QJsonObject> latest(Workspace& workspace)
{
    QSqlQuery q(workspace.db());
    if (!q.exec(QStringLiteral("SELECT metrics FROM metric_snapshots ORDER BY id DESC LIMIT 1")) || !q.next())
        return std::nullopt;
    return json::object(q.value(0));
}

} // namespace gd::core::MetricStore
