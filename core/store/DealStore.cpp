#include "core/store/DealStore.h"

#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace gd::core::DealStore {

QList<DealRow> all(Workspace& workspace)
{
    QList<DealRow> deals;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT stage, value_cents, updated_at, prospect_id FROM deals ORDER BY id")))
        return deals;
    while (q.next())
        deals.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).isNull() ? 0 : q.value(3).toLongLong() });
    return deals;
}

} // namespace gd::core::DealStore
