#include "core/store/ContactHealthStore.h"

#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace gd::core::ContactHealthStore {

QList<ContactFacts> facts(Workspace& workspace)
{
    QList<ContactFacts> rows;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT p.id, p.last_contacted_at, EXISTS (SELECT 1 FROM deals d "
            "WHERE d.prospect_id = p.id AND d.stage NOT LIKE 'closed%'), lower(coalesce(p.email, '')) FROM prospects p "
            "ORDER BY p.id")))
        return rows;
    while (q.next()) {
        ContactFacts f;
        f.prospectId = q.value(0).toLongLong();
        if (!q.value(1).isNull())
            f.lastContactedAtMs = q.value(1).toLongLong();
        f.openDeal = q.value(2).toBool();
        f.email = q.value(3).toString();
        rows.append(f);
    }
    return rows;
}

bool save(Workspace& workspace, const QList<ContactHealth>& health, qint64 updatedAtMs, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("INSERT INTO contact_health (prospect_id, score, reason, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (prospect_id) DO UPDATE SET score = excluded.score, "
                             "reason = excluded.reason, updated_at = excluded.updated_at"));
    for (const ContactHealth& row : health) {
        u.bindValue(0, row.prospectId);
        u.bindValue(1, row.score);
        u.bindValue(2, row.reason);
        u.bindValue(3, updatedAtMs);
        if (!workspace.execWrite(u, QStringLiteral("relationship:health"), error))
            return false;
    }
    return true;
}

std::optional<ContactHealth> byProspect(Workspace& workspace, qint64 prospectId)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT score, reason FROM contact_health WHERE prospect_id = ?"));
    q.addBindValue(prospectId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ContactHealth { prospectId, q.value(0).toDouble(), q.value(1).toString() };
}

} // namespace gd::core::ContactHealthStore
