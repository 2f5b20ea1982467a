#include "core/Migrations.h"

namespace gd::core {

// SQL is kept to what SQLite and PostgreSQL both accept, so that a shared server stays a
// driver change: INTEGER milliseconds for times, TEXT JSON, no SQLite-only column types.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        { 1,
            "runtime: meta, agents, messages, tasks",
            {
                QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE agents ("
                               " name TEXT PRIMARY KEY,"
                               " title TEXT NOT NULL,"
                               " capabilities TEXT NOT NULL,"
                               " state TEXT NOT NULL,"
                               " paused INTEGER NOT NULL DEFAULT 0,"
                               " last_heartbeat INTEGER,"
                               " metrics TEXT,"
                               " updated_at INTEGER)"),
                QStringLiteral("CREATE TABLE messages ("
                               " seq INTEGER PRIMARY KEY,"
                               " message_id TEXT NOT NULL UNIQUE,"
                               " sender TEXT NOT NULL,"
                               " receiver TEXT NOT NULL,"
                               " type TEXT NOT NULL,"
                               " priority INTEGER NOT NULL,"
                               " content TEXT NOT NULL,"
                               " context TEXT NOT NULL,"
                               " required_response INTEGER NOT NULL DEFAULT 0,"
                               " response_deadline INTEGER,"
                               " correlation_id TEXT,"
                               " created_at INTEGER NOT NULL,"
                               " delivered_at INTEGER,"
                               " acked_at INTEGER,"
                               " handler_error TEXT)"),
                QStringLiteral("CREATE INDEX messages_pending ON messages (receiver, priority) WHERE acked_at IS NULL"),
                QStringLiteral("CREATE INDEX messages_sender ON messages (sender, seq)"),
                QStringLiteral("CREATE INDEX messages_receiver ON messages (receiver, seq)"),
                QStringLiteral("CREATE INDEX messages_type ON messages (type, seq)"),
                QStringLiteral("CREATE INDEX messages_created ON messages (created_at)"),
                QStringLiteral(
                    "CREATE INDEX messages_correlation ON messages (correlation_id) WHERE correlation_id IS NOT NULL"),
                QStringLiteral("CREATE TABLE tasks ("
                               " id TEXT PRIMARY KEY,"
                               " type TEXT NOT NULL,"
                               " payload TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " priority INTEGER NOT NULL,"
                               " agent TEXT,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " max_attempts INTEGER NOT NULL DEFAULT 3,"
                               " last_error TEXT,"
                               " result TEXT,"
                               " created_at INTEGER NOT NULL,"
                               " assigned_at INTEGER,"
                               " started_at INTEGER,"
                               " completed_at INTEGER)"),
                QStringLiteral("CREATE INDEX tasks_status ON tasks (status, priority, created_at)"),
                QStringLiteral("CREATE INDEX tasks_agent ON tasks (agent, status)"),
            } },
        { 2,
            "sales data the agents work on: companies, prospects, deals, contact health, metric snapshots",
            {
                QStringLiteral("CREATE TABLE companies ("
                               " id INTEGER PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " domain TEXT UNIQUE,"
                               " industry TEXT,"
                               " employees INTEGER,"
                               " country TEXT)"),
                QStringLiteral("CREATE TABLE prospects ("
                               " id INTEGER PRIMARY KEY,"
                               " company_id INTEGER REFERENCES companies (id),"
                               " full_name TEXT NOT NULL,"
                               " email TEXT,"
                               " title TEXT,"
                               " last_contacted_at INTEGER,"
                               " source TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX prospects_email ON prospects (email)"),
                QStringLiteral("CREATE TABLE deals ("
                               " id INTEGER PRIMARY KEY,"
                               " prospect_id INTEGER REFERENCES prospects (id),"
                               " title TEXT NOT NULL,"
                               " stage TEXT NOT NULL,"
                               " value_cents INTEGER NOT NULL,"
                               " currency TEXT NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE contact_health ("
                               " prospect_id INTEGER PRIMARY KEY REFERENCES prospects (id),"
                               " score REAL NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE metric_snapshots ("
                               " id INTEGER PRIMARY KEY,"
                               " created_at INTEGER NOT NULL,"
                               " metrics TEXT NOT NULL)"),
            } },
    };
    return all;
}

} // namespace gd::core
