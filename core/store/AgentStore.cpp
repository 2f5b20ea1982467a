#include "core/store/AgentStore.h"

#include "core/formats/Json.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>

namespace gd::core::AgentStore {

bool registerAgent(Workspace& workspace, const QString& name, const QString& title, const QStringList& capabilities,
    int position, bool paused, QString* error)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("INSERT INTO agents (name, title, capabilities, state, paused, position, updated_at) "
                             "VALUES (?, ?, ?, 'idle', ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                             "title = excluded.title, capabilities = excluded.capabilities, "
                             "position = excluded.position"));
    q.addBindValue(name);
    q.addBindValue(title);
    q.addBindValue(json::compact(QJsonArray::fromStringList(capabilities)));
    q.addBindValue(paused ? 1 : 0);
    q.addBindValue(position);
    q.addBindValue(nowMs());
    return workspace.execWrite(q, QStringLiteral("agents:register"), error);
}

QHash<QString, bool> pausedByName(Workspace& workspace)
{
    QHash<QString, bool> paused;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name, paused FROM agents"))) {
        while (q.next())
            paused.insert(q.value(0).toString(), q.value(1).toBool());
    }
    return paused;
}

bool setPaused(Workspace& workspace, const QString& name, bool paused, bool* found, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(QStringLiteral("UPDATE agents SET paused = ? WHERE name = ?"));
    u.addBindValue(paused ? 1 : 0);
    u.addBindValue(name);
    if (!workspace.execWrite(u, QStringLiteral("agents:pause"), error))
        return false;
    if (found)
        *found = u.numRowsAffected() > 0;
    return true;
}

bool saveSnapshot(Workspace& workspace, const AgentSnapshot& s, QString* error)
{
    QSqlQuery u(workspace.db());
    u.prepare(
        QStringLiteral("UPDATE agents SET state = ?, last_heartbeat = ?, metrics = ?, updated_at = ? WHERE name = ?"));
    u.addBindValue(nameOf(s.state));
    u.addBindValue(s.lastHeartbeatMs > 0 ? QVariant(s.lastHeartbeatMs) : QVariant());
    u.addBindValue(json::compact(s.metrics));
    u.addBindValue(nowMs());
    u.addBindValue(s.name);
    return workspace.execWrite(u, QStringLiteral("agents:persist"), error);
}

QList<AgentRecord> all(Workspace& workspace)
{
    QList<AgentRecord> agents;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, title, state, paused, last_heartbeat, metrics, capabilities FROM agents "
                               "ORDER BY position, name")))
        return agents;
    while (q.next()) {
        AgentRecord a;
        a.name = q.value(0).toString();
        a.title = q.value(1).toString();
        a.state = q.value(2).toString();
        a.paused = q.value(3).toBool();
        a.lastHeartbeatMs = q.value(4).toLongLong();
        a.metrics = json::object(q.value(5));
        a.capabilities = json::array(q.value(6).toString());
        agents.append(a);
    }
    return agents;
}

} // namespace gd::core::AgentStore
