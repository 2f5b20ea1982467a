#include "core/store/Migrations.h"

namespace gd::core {

// SQL is kept to what SQLite and PostgreSQL both accept, so that a shared server stays a
// driver change: INTEGER milliseconds for times, TEXT JSON, no SQLite-only column types.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        { 1, "runtime: meta, agents, messages, tasks",
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
        { 2, "sales data the agents work on: companies, prospects, deals, contact health, metric snapshots",
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
        { 3, "decisions: authority matrix, decisions, approvals, outbox, rejections, learning, audit log, suppressions",
            {
                QStringLiteral("CREATE TABLE authority_rules ("
                               " decision_type TEXT NOT NULL,"
                               " campaign TEXT NOT NULL DEFAULT '',"
                               " level TEXT NOT NULL,"
                               " mode TEXT NOT NULL,"
                               " money_limit REAL NOT NULL DEFAULT 0,"
                               " ceiling_amount REAL NOT NULL DEFAULT 0,"
                               " ceiling_risk REAL NOT NULL,"
                               " deadline_minutes INTEGER NOT NULL,"
                               " extra TEXT NOT NULL DEFAULT '{}',"
                               " updated_at INTEGER NOT NULL,"
                               " PRIMARY KEY (decision_type, campaign))"),
                QStringLiteral("CREATE TABLE decisions ("
                               " id TEXT PRIMARY KEY,"
                               " type TEXT NOT NULL,"
                               " agent TEXT NOT NULL,"
                               " target TEXT NOT NULL,"
                               " campaign TEXT NOT NULL DEFAULT '',"
                               " action TEXT NOT NULL,"
                               " action_hash TEXT NOT NULL,"
                               " inputs TEXT NOT NULL,"
                               " inputs_hash TEXT NOT NULL,"
                               " reasoning TEXT NOT NULL,"
                               " risk TEXT NOT NULL,"
                               " combined_risk REAL NOT NULL,"
                               " outcome TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " explanation TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL,"
                               " decided_at INTEGER)"),
                QStringLiteral("CREATE INDEX decisions_target ON decisions (type, target, created_at)"),
                QStringLiteral("CREATE TABLE approvals ("
                               " id TEXT PRIMARY KEY,"
                               " decision_id TEXT NOT NULL REFERENCES decisions (id),"
                               " action TEXT NOT NULL,"
                               " action_hash TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL,"
                               " deadline_at INTEGER NOT NULL,"
                               " decided_at INTEGER,"
                               " decided_by TEXT,"
                               " reason TEXT,"
                               " edited_from TEXT)"),
                QStringLiteral("CREATE INDEX approvals_status ON approvals (status, deadline_at)"),
                QStringLiteral("CREATE INDEX approvals_decision ON approvals (decision_id)"),
                QStringLiteral("CREATE TABLE outbox ("
                               " id TEXT PRIMARY KEY,"
                               " decision_id TEXT NOT NULL REFERENCES decisions (id),"
                               " approval_id TEXT,"
                               " idempotency_key TEXT NOT NULL UNIQUE,"
                               " type TEXT NOT NULL,"
                               " target TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " action_hash TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " last_error TEXT,"
                               " result TEXT,"
                               " created_at INTEGER NOT NULL,"
                               " executed_at INTEGER)"),
                QStringLiteral("CREATE INDEX outbox_status ON outbox (status, created_at)"),
                QStringLiteral("CREATE INDEX outbox_target ON outbox (type, target, executed_at)"),
                QStringLiteral("CREATE TABLE rejections ("
                               " decision_type TEXT NOT NULL,"
                               " target TEXT NOT NULL,"
                               " inputs_hash TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " decision_id TEXT NOT NULL,"
                               " rejected_at INTEGER NOT NULL,"
                               " PRIMARY KEY (decision_type, target, inputs_hash))"),
                QStringLiteral("CREATE TABLE calibration ("
                               " decision_type TEXT PRIMARY KEY,"
                               " approvals REAL NOT NULL,"
                               " rejections REAL NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE learning_events ("
                               " id INTEGER PRIMARY KEY,"
                               " decision_type TEXT NOT NULL,"
                               " at INTEGER NOT NULL,"
                               " label TEXT NOT NULL,"
                               " weight REAL NOT NULL,"
                               " threshold_before REAL NOT NULL,"
                               " threshold_after REAL NOT NULL,"
                               " decision_id TEXT,"
                               " note TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX learning_events_type ON learning_events (decision_type, at)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " seq INTEGER PRIMARY KEY,"
                               " at INTEGER NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " event TEXT NOT NULL,"
                               " decision_id TEXT,"
                               " details TEXT NOT NULL,"
                               " prev_hash TEXT NOT NULL,"
                               " hash TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX audit_log_decision ON audit_log (decision_id)"),
                QStringLiteral("CREATE TABLE suppressions ("
                               " email TEXT PRIMARY KEY,"
                               " reason TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL)"),
                // What executed decisions changed inside the workspace.
                QStringLiteral("CREATE TABLE enrolments ("
                               " email TEXT NOT NULL,"
                               " sequence TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " updated_at INTEGER NOT NULL,"
                               " PRIMARY KEY (email, sequence))"),
                QStringLiteral("CREATE TABLE spend_ledger ("
                               " idempotency_key TEXT PRIMARY KEY,"
                               " provider TEXT NOT NULL,"
                               " amount_eur REAL NOT NULL,"
                               " credits INTEGER NOT NULL,"
                               " at INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE campaigns ("
                               " name TEXT PRIMARY KEY,"
                               " status TEXT NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN discount_pct REAL NOT NULL DEFAULT 0"),
            } },
        { 4, "prospecting: ICP versions, prospect scores and field sources, company enrichment, imports",
            {
                QStringLiteral("CREATE TABLE icp_versions ("
                               " version INTEGER PRIMARY KEY,"
                               " created_at INTEGER NOT NULL,"
                               " source TEXT NOT NULL,"
                               " profile TEXT NOT NULL)"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN first_name TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN last_name TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN phone TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN linkedin_url TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN city TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN country TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN name_key TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN score INTEGER"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN score_reasons TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN scored_version INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN field_sources TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN updated_at INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE prospects SET email = lower(trim(email)), updated_at = created_at"),
                QStringLiteral("UPDATE prospects SET name_key = lower(trim(full_name)) || '|' || "
                               "coalesce((SELECT domain FROM companies c WHERE c.id = prospects.company_id), '')"),
                QStringLiteral("CREATE INDEX prospects_name_key ON prospects (name_key)"),
                QStringLiteral("CREATE INDEX prospects_score ON prospects (score DESC, id)"),
                QStringLiteral("CREATE INDEX prospects_full_name ON prospects (full_name, id)"),
                QStringLiteral("CREATE INDEX prospects_rescore ON prospects (scored_version)"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN website TEXT"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN technologies TEXT"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN description TEXT"),
                QStringLiteral("ALTER TABLE companies ADD COLUMN enriched_at INTEGER"),
                QStringLiteral("CREATE TABLE imports ("
                               " id TEXT PRIMARY KEY,"
                               " file TEXT NOT NULL,"
                               " started_at INTEGER NOT NULL,"
                               " finished_at INTEGER,"
                               " vendor TEXT,"
                               " imported INTEGER NOT NULL DEFAULT 0,"
                               " merged INTEGER NOT NULL DEFAULT 0,"
                               " rejected INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE TABLE import_rejects ("
                               " import_id TEXT NOT NULL REFERENCES imports (id),"
                               " line INTEGER NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " raw TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX import_rejects_import ON import_rejects (import_id, line)"),
            } },
        { 5, "mailboxes: the user's own sending mailboxes (credentials stay in the keychain)",
            {
                QStringLiteral("CREATE TABLE mailboxes ("
                               " name TEXT PRIMARY KEY,"
                               " email TEXT NOT NULL,"
                               " display_name TEXT NOT NULL DEFAULT '',"
                               " smtp_url TEXT NOT NULL,"
                               " imap_url TEXT NOT NULL DEFAULT '',"
                               " username TEXT NOT NULL,"
                               " smtp_pin TEXT NOT NULL DEFAULT '',"
                               " imap_pin TEXT NOT NULL DEFAULT '',"
                               " daily_cap INTEGER NOT NULL,"
                               " warmup_start_cap INTEGER NOT NULL,"
                               " warmup_step INTEGER NOT NULL,"
                               " gap_seconds INTEGER NOT NULL,"
                               " gap_jitter_seconds INTEGER NOT NULL,"
                               " window_start INTEGER NOT NULL,"
                               " window_end INTEGER NOT NULL,"
                               " signature TEXT NOT NULL DEFAULT '',"
                               " postal_address TEXT NOT NULL DEFAULT '',"
                               " unsubscribe_url TEXT NOT NULL DEFAULT '',"
                               " paused INTEGER NOT NULL DEFAULT 0,"
                               " paused_reason TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE UNIQUE INDEX mailboxes_email ON mailboxes (email)"),
            } },
        { 6, "suppression lists: addresses and domains never to be mailed, globally or per campaign",
            {
                QStringLiteral("ALTER TABLE suppressions RENAME TO suppressions_v3"),
                QStringLiteral("CREATE TABLE suppressions ("
                               " address TEXT NOT NULL,"
                               " scope TEXT NOT NULL,"
                               " reason TEXT NOT NULL,"
                               " source TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " PRIMARY KEY (address, scope))"),
                QStringLiteral("INSERT INTO suppressions (address, scope, reason, source, created_at) "
                               "SELECT lower(email), 'global', reason, '', created_at FROM suppressions_v3"),
                QStringLiteral("DROP TABLE suppressions_v3"),
            } },
        { 7, "agents: the team's display order as an explicit column",
            {
                QStringLiteral("ALTER TABLE agents ADD COLUMN position INTEGER NOT NULL DEFAULT 0"),
            } },
        { 8,
            "outreach and conversations: campaign definitions, sequence steps, step sends, the send ledger, "
            "synced mail, conversations",
            {
                // A campaign's definition (segment, steps, variants, mailboxes) as JSON; status is
                // draft, launching (the launch decision waits), active, paused or finished.
                QStringLiteral("ALTER TABLE campaigns ADD COLUMN definition TEXT NOT NULL DEFAULT '{}'"),
                QStringLiteral("ALTER TABLE campaigns ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0"),
                // One row per contact and sequence (sequence = the campaign's name). step is the
                // index of the next step to send, next_at when it is due; status active, paused
                // (until paused_until), ended or stopped, with the reason the console shows.
                QStringLiteral("ALTER TABLE enrolments ADD COLUMN step INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE enrolments ADD COLUMN next_at INTEGER"),
                QStringLiteral("ALTER TABLE enrolments ADD COLUMN paused_until INTEGER"),
                QStringLiteral("ALTER TABLE enrolments ADD COLUMN variant TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE enrolments ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
                // A contact is in at most one live sequence.
                QStringLiteral("UPDATE enrolments SET status = 'stopped', reason = 'in another sequence' "
                               "WHERE status IN ('active', 'paused') AND rowid NOT IN (SELECT min(rowid) "
                               "FROM enrolments WHERE status IN ('active', 'paused') GROUP BY email)"),
                QStringLiteral("CREATE UNIQUE INDEX enrolments_one_live ON enrolments (email) "
                               "WHERE status IN ('active', 'paused')"),
                QStringLiteral("CREATE INDEX enrolments_due ON enrolments (status, next_at)"),
                // Each step of a campaign reaches a contact at most once, ever: the row is written
                // when the step's email is proposed (or skipped) and never deleted.
                QStringLiteral("CREATE TABLE campaign_sends ("
                               " campaign TEXT NOT NULL,"
                               " email TEXT NOT NULL,"
                               " step INTEGER NOT NULL,"
                               " variant TEXT NOT NULL DEFAULT '',"
                               " decision_id TEXT,"
                               " message_id TEXT,"
                               " status TEXT NOT NULL,"
                               " reason TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " updated_at INTEGER NOT NULL,"
                               " PRIMARY KEY (campaign, email, step))"),
                QStringLiteral("CREATE INDEX campaign_sends_message ON campaign_sends (message_id)"),
                // The send ledger: one row per email handed to SMTP, keyed by its Message-ID, written
                // (state 'sending') before the first byte goes out. Caps count these rows.
                QStringLiteral("CREATE TABLE mail_sends ("
                               " message_id TEXT PRIMARY KEY,"
                               " outbox_id TEXT NOT NULL UNIQUE,"
                               " mailbox TEXT NOT NULL,"
                               " recipient TEXT NOT NULL,"
                               " recipient_domain TEXT NOT NULL,"
                               " state TEXT NOT NULL,"
                               " attempts INTEGER NOT NULL DEFAULT 0,"
                               " started_at INTEGER NOT NULL,"
                               " sent_at INTEGER,"
                               " queue_id TEXT NOT NULL DEFAULT '',"
                               " smtp_reply TEXT NOT NULL DEFAULT '',"
                               " raw_size INTEGER NOT NULL DEFAULT 0)"),
                QStringLiteral("CREATE INDEX mail_sends_mailbox ON mail_sends (mailbox, started_at)"),
                QStringLiteral("CREATE INDEX mail_sends_domain ON mail_sends (recipient_domain, started_at)"),
                QStringLiteral("CREATE INDEX mail_sends_recipient ON mail_sends (recipient, started_at)"),
                // IMAP sync position per mailbox folder.
                QStringLiteral("CREATE TABLE mail_sync ("
                               " mailbox TEXT NOT NULL,"
                               " folder TEXT NOT NULL,"
                               " uid_validity INTEGER NOT NULL,"
                               " last_uid INTEGER NOT NULL,"
                               " synced_at INTEGER NOT NULL,"
                               " PRIMARY KEY (mailbox, folder))"),
                QStringLiteral("CREATE TABLE conversations ("
                               " id INTEGER PRIMARY KEY,"
                               " contact TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " campaign TEXT NOT NULL DEFAULT '',"
                               " class TEXT NOT NULL DEFAULT '',"
                               " confidence REAL NOT NULL DEFAULT 0,"
                               " unread INTEGER NOT NULL DEFAULT 0,"
                               " last_at INTEGER NOT NULL,"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX conversations_contact ON conversations (contact, last_at)"),
                QStringLiteral("CREATE INDEX conversations_last ON conversations (last_at)"),
                // Every message of a conversation, in and out, stored once (by Message-ID, else a
                // hash of the raw message: message_key).
                QStringLiteral("CREATE TABLE mail_messages ("
                               " id INTEGER PRIMARY KEY,"
                               " message_key TEXT NOT NULL UNIQUE,"
                               " conversation_id INTEGER REFERENCES conversations (id),"
                               " direction TEXT NOT NULL,"
                               " mailbox TEXT NOT NULL DEFAULT '',"
                               " folder TEXT NOT NULL DEFAULT '',"
                               " uid INTEGER,"
                               " in_reply_to TEXT NOT NULL DEFAULT '',"
                               " refs TEXT NOT NULL DEFAULT '',"
                               " sender TEXT NOT NULL,"
                               " recipients TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " sent_at INTEGER NOT NULL,"
                               " body TEXT NOT NULL,"
                               " analysed_text TEXT NOT NULL DEFAULT '',"
                               " attachments TEXT NOT NULL DEFAULT '[]',"
                               " class TEXT NOT NULL DEFAULT '',"
                               " confidence REAL NOT NULL DEFAULT 0,"
                               " evidence TEXT NOT NULL DEFAULT '[]',"
                               " details TEXT NOT NULL DEFAULT '{}',"
                               " decisions TEXT NOT NULL DEFAULT '[]',"
                               " is_read INTEGER NOT NULL DEFAULT 0,"
                               " received_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX mail_messages_conversation ON mail_messages (conversation_id, sent_at)"),
                QStringLiteral("CREATE INDEX mail_messages_sender ON mail_messages (sender, sent_at)"),
            } },
        { 9, "goals: objectives in plain words, parsed",
            {
                QStringLiteral("CREATE TABLE goals ("
                               " id INTEGER PRIMARY KEY,"
                               " text TEXT NOT NULL,"
                               " goal TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " created_at INTEGER NOT NULL)"),
            } },
        { 10, "deals: company, close date, next step, owner, MEDDPICC with evidence, close reason, timeline",
            {
                QStringLiteral("ALTER TABLE deals ADD COLUMN company TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN close_date TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN next_step TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN meddpicc TEXT NOT NULL DEFAULT '{}'"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN close_reason TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE deals ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("UPDATE deals SET created_at = updated_at"),
                QStringLiteral("CREATE TABLE deal_events ("
                               " id INTEGER PRIMARY KEY,"
                               " deal_id INTEGER NOT NULL REFERENCES deals (id),"
                               " at INTEGER NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " from_stage TEXT NOT NULL DEFAULT '',"
                               " to_stage TEXT NOT NULL DEFAULT '',"
                               " detail TEXT NOT NULL DEFAULT '',"
                               " decision_id TEXT)"),
                QStringLiteral("CREATE INDEX deal_events_deal ON deal_events (deal_id, at)"),
            } },
        { 11, "model client: token counts, model and task of language-model calls in the spend ledger",
            {
                QStringLiteral("ALTER TABLE spend_ledger ADD COLUMN tokens_in INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE spend_ledger ADD COLUMN tokens_out INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE spend_ledger ADD COLUMN model TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE spend_ledger ADD COLUMN task TEXT NOT NULL DEFAULT ''"),
            } },
        { 12,
            "sending: outbox items wait for a slot (not_before) or are held for an operator; the Sent folder "
            "and whether the server saves sent mail itself, per mailbox",
            {
                QStringLiteral("ALTER TABLE outbox ADD COLUMN not_before INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("ALTER TABLE mailboxes ADD COLUMN sent_folder TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE mailboxes ADD COLUMN server_saves_sent INTEGER NOT NULL DEFAULT 0"),
                QStringLiteral("CREATE INDEX mail_sends_state ON mail_sends (state)"),
            } },
        { 13, "conversations: reminders (a contact to come back to on a date they named)",
            {
                // A task for the operator (and the agents) to take a contact up again: due_at is
                // when, note what was said, source the message that asked for it.
                QStringLiteral("CREATE TABLE reminders ("
                               " id TEXT PRIMARY KEY,"
                               " contact TEXT NOT NULL,"
                               " due_at INTEGER NOT NULL,"
                               " note TEXT NOT NULL,"
                               " source TEXT NOT NULL DEFAULT '',"
                               " status TEXT NOT NULL DEFAULT 'open',"
                               " created_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX reminders_due ON reminders (status, due_at)"),
            } },
        { 14, "goals: the cascade (limits a goal puts on decision types, its campaign and agents' tasks)",
            {
                // A limit from a goal's constraints on one decision type (max_discount_pct,
                // daily_cap, max_spend), removed with the goal.
                QStringLiteral("CREATE TABLE goal_caps ("
                               " goal_id INTEGER NOT NULL REFERENCES goals (id),"
                               " decision_type TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " value REAL NOT NULL,"
                               " currency TEXT NOT NULL DEFAULT '',"
                               " text TEXT NOT NULL DEFAULT '',"
                               " created_at INTEGER NOT NULL,"
                               " PRIMARY KEY (goal_id, decision_type, kind))"),
                // What the goal set in motion: rates used, shares per agent, campaign, task ids.
                QStringLiteral("ALTER TABLE goals ADD COLUMN cascade TEXT NOT NULL DEFAULT '{}'"),
            } },
        { 15, "import: where an imported prospect came from as its import and line (instead of per-row field sources)",
            {
                // Set for prospects created by an import: the imports row and the 1-based line of
                // the file. field_sources stays empty for them until a later merge fills a field;
                // ProspectStore::kSourcesSql gives the per-field sources either way.
                QStringLiteral("ALTER TABLE prospects ADD COLUMN import_id TEXT"),
                QStringLiteral("ALTER TABLE prospects ADD COLUMN import_line INTEGER"),
            } },
        { 16,
            "bus/decisions: change stamps, so that a cache of the authority matrix knows when the rules changed "
            "(in this process or another)",
            {
                // A stamp takes a fresh random value with every change of its table, inside the
                // changing transaction: a rollback restores the old stamp with the old rows.
                QStringLiteral("CREATE TABLE change_stamps (name TEXT PRIMARY KEY, stamp INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO change_stamps (name, stamp) VALUES ('authority_rules', random())"),
                QStringLiteral("CREATE TRIGGER authority_rules_stamp_insert AFTER INSERT ON authority_rules BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                QStringLiteral("CREATE TRIGGER authority_rules_stamp_update AFTER UPDATE ON authority_rules BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                QStringLiteral("CREATE TRIGGER authority_rules_stamp_delete AFTER DELETE ON authority_rules BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                // The matrix also carries the limits of active goals (goal_caps, migration 14).
                QStringLiteral("CREATE TRIGGER goal_caps_stamp_insert AFTER INSERT ON goal_caps BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                QStringLiteral("CREATE TRIGGER goal_caps_stamp_update AFTER UPDATE ON goal_caps BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                QStringLiteral("CREATE TRIGGER goal_caps_stamp_delete AFTER DELETE ON goal_caps BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                QStringLiteral("CREATE TRIGGER goals_stamp_status AFTER UPDATE OF status ON goals BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
                QStringLiteral("CREATE TRIGGER goals_stamp_delete AFTER DELETE ON goals BEGIN "
                               "UPDATE change_stamps SET stamp = random() WHERE name = 'authority_rules'; END"),
            } },
        { 17,
            "dashboard and reports: indexes their aggregate and period reads use (funnel, replies per week, rates, "
            "variants, snapshots; decisions, approvals, deal events and replies by time)",
            {
                QStringLiteral("CREATE INDEX outbox_done_target ON outbox (status, type, target)"),
                QStringLiteral("CREATE INDEX mail_messages_class ON mail_messages (direction, class, sender)"),
                QStringLiteral("CREATE INDEX mail_messages_received ON mail_messages (direction, received_at, class)"),
                QStringLiteral("CREATE INDEX mail_messages_reply_to ON mail_messages (direction, in_reply_to, class)"),
                QStringLiteral("CREATE INDEX decisions_created ON decisions (created_at, outcome)"),
                QStringLiteral("CREATE INDEX approvals_decided ON approvals (decided_at, status)"),
                QStringLiteral("CREATE INDEX metric_snapshots_created ON metric_snapshots (created_at)"),
                QStringLiteral("CREATE INDEX deal_events_at ON deal_events (at, kind, deal_id, from_stage)"),
                QStringLiteral("CREATE INDEX deals_currency_stage ON deals (currency, stage, value_cents, created_at, "
                               "updated_at)"),
                QStringLiteral("CREATE INDEX campaign_sends_rates ON campaign_sends (status, campaign, variant)"),
            } },
        { 18, "model: the provider.spend decision (a model budget) each model call's cost is booked under",
            {
                QStringLiteral("ALTER TABLE spend_ledger ADD COLUMN decision_id TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE INDEX spend_ledger_decision ON spend_ledger (decision_id)"),
            } },
        { 19,
            "decisions: prospects' email addresses stored normalised (lower case, trimmed), so that the decision "
            "path's reads about a person seek the email index instead of scanning every prospect",
            {
                QStringLiteral("UPDATE prospects SET email = lower(trim(email)) WHERE email <> lower(trim(email))"),
            } },
        { 20,
            "import: the name-key index goes (nothing seeks it: an import de-duplicates against the keys it reads "
            "once into memory), one index fewer to build after a large import",
            {
                QStringLiteral("DROP INDEX IF EXISTS prospects_name_key"),
            } },
    };
    return all;
}

} // namespace gd::core
