#include "core/store/OutboxStore.h"

#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace gd::core::OutboxStore {

QStringList doneTargetsWithoutDecision(
    Workspace& workspace, const QString& outboxType, const QString& decisionType, int limit)
{
    QStringList targets;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT o.target FROM outbox o WHERE o.type = ? AND o.status = 'done' "
                             "AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.type = ? AND x.target = o.target) "
                             "ORDER BY o.executed_at, o.id LIMIT %1")
                  .arg(std::max(1, limit)));
    q.addBindValue(outboxType);
    q.addBindValue(decisionType);
    if (q.exec()) {
        while (q.next())
            targets << q.value(0).toString();
    }
    return targets;
}

} // namespace gd::core::OutboxStore
