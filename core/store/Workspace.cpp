#include "core/store/Workspace.h"

#include "core/Logging.h"
#include "core/Text.h"
#include "core/store/Migrations.h"
#include "core/store/SqlStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <mutex>
#include <sqlite3.h>

namespace gd::core {

namespace {

// "GDr1": marks a SQLite file as a GreenDoor workspace.
constexpr quint32 kApplicationId = 0x47447231;

std::atomic<quint64> s_nextSerial { 1 };

// thread id + workspace serial -> connection name
thread_local QHash<quint64, QString> t_connections;

WorkspaceError fail(WorkspaceError::Code code, const QString& message)
{
    return WorkspaceError { code, message };
}

// Reads the file header and checks it is SQLite. Never writes.
WorkspaceError checkHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(WorkspaceError::Code::Unwritable,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return fail(WorkspaceError::Code::NotAWorkspace,
            tr("%1 is an empty file, not a GreenDoor workspace.").arg(QDir::toNativeSeparators(path)));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(WorkspaceError::Code::NotSqlite,
            tr("%1 is not a GreenDoor workspace (it is not an SQLite database).").arg(QDir::toNativeSeparators(path)));
    return {};
}

// SQLite counts every allocation under one process-wide mutex for sqlite3_memory_used(), which
// nothing here reads: every thread's writes, sorts and page loads took that lock. Off before the
// first connection opens (after that SQLite refuses the change, and counting stays on).
void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

// Validates an existing file through an immutable read-only connection: nothing, not even
// a -wal or -shm file, is written while we look.
WorkspaceError validateExisting(const QString& path, int* version)
{
    const QString name = QStringLiteral("gd-validate-%1").arg(s_nextSerial.fetch_add(1));
    WorkspaceError result;
    configureSqlite();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("mode=ro&immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        const QString shown = QDir::toNativeSeparators(path);
        if (!db.open()) {
            result = fail(WorkspaceError::Code::Corrupt, tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()) {
                result = fail(WorkspaceError::Code::Corrupt,
                    tr("%1 is damaged and cannot be read (%2). It was left untouched.")
                        .arg(shown, q.lastError().text()));
            } else if (q.value(0).toString() != QLatin1String("ok")) {
                result = fail(WorkspaceError::Code::Corrupt,
                    tr("%1 is damaged (integrity check: %2). It was left untouched.")
                        .arg(shown, q.value(0).toString()));
            } else {
                q.finish();
                quint32 appId = 0;
                int userVersion = 0;
                int tables = 0;
                if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next())
                    appId = static_cast<quint32>(q.value(0).toLongLong());
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    userVersion = q.value(0).toInt();
                if (q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next())
                    tables = q.value(0).toInt();
                q.finish();
                if (appId != kApplicationId && !(appId == 0 && tables == 0)) {
                    result = fail(WorkspaceError::Code::NotAWorkspace,
                        tr("%1 is an SQLite database but not a GreenDoor workspace. It was left untouched.")
                            .arg(shown));
                } else if (userVersion > Workspace::latestSchemaVersion()) {
                    result = fail(WorkspaceError::Code::NewerSchema,
                        tr("%1 was written by a newer GreenDoor (schema version %2; this version knows up to %3). "
                           "Update GreenDoor to open it. It was left untouched.")
                            .arg(shown)
                            .arg(userVersion)
                            .arg(Workspace::latestSchemaVersion()));
                }
                *version = userVersion;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool runStatement(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

// The statements prepared on one connection (Workspace::statement). Owned by the workspace,
// found through the thread's pointer; finalized before the connection closes.
struct Workspace::StatementCache
{
    sqlite3* handle = nullptr;
    QHash<const char*, SqlStatement*> statements;

    ~StatementCache() { qDeleteAll(statements); }
};

namespace {
// workspace serial -> the calling thread's statements
thread_local QHash<quint64, Workspace::StatementCache*> t_statements;
} // namespace

Workspace::Workspace(QString path, quint64 serial, FaultInjector injector)
    : m_path(std::move(path))
    , m_serial(serial)
    , m_faultInjector(std::move(injector))
    , m_hasFaultInjector(static_cast<bool>(m_faultInjector))
{
}

Workspace::~Workspace()
{
    releaseThreadConnection();
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        names = m_connectionNames;
        m_connectionNames.clear();
        // Statements of threads that ended without releasing their connection.
        qDeleteAll(m_statementCaches);
        m_statementCaches.clear();
    }
    // Connections left open by threads that already ended.
    for (const QString& name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

int Workspace::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

quint32 Workspace::applicationId()
{
    return kApplicationId;
}

std::shared_ptr<Workspace> Workspace::open(const QString& path, OpenMode mode, WorkspaceError* error)
{
    Options options;
    options.mode = mode;
    return open(path, options, error);
}

std::shared_ptr<Workspace> Workspace::open(const QString& rawPath, const Options& options, WorkspaceError* error)
{
    WorkspaceError scratch;
    WorkspaceError& err = error ? *error : scratch;
    err = {};

    const QFileInfo info(rawPath);
    const QString path = info.absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(path);
    const bool exists = info.exists();

    if (exists && options.mode == OpenMode::CreateNew) {
        err = fail(WorkspaceError::Code::AlreadyExists, tr("%1 already exists.").arg(shown));
        return {};
    }
    if (!exists && options.mode == OpenMode::OpenExisting) {
        err = fail(WorkspaceError::Code::NotFound, tr("There is no workspace at %1.").arg(shown));
        return {};
    }

    if (!exists && info.isSymLink()) {
        // A dangling link: creating through it would write wherever it points, and cleaning up
        // after a failure would delete the link. Leave it alone.
        err = fail(WorkspaceError::Code::NotAWorkspace,
            tr("%1 is a symbolic link to %2, which does not exist. It was left untouched.")
                .arg(shown, QDir::toNativeSeparators(info.symLinkTarget())));
        return {};
    }

    int version = 0;
    if (exists && options.access == Access::ReadOnly && !info.isDir()) {
        if ((err = checkHeader(path)))
            return {};
        if ((err = validateExisting(path, &version)))
            return {};
        // The version read while validating may predate what the -wal file holds: the
        // read-only connection reads it again and says whether the schema is current.
        if (auto ws = openReadOnly(path, options, info))
            return ws;
        // An older schema: migrate it below like a writable open (which needs write access).
    }
    if (exists) {
        if (info.isDir()) {
            err = fail(WorkspaceError::Code::NotAWorkspace, tr("%1 is a folder, not a workspace file.").arg(shown));
            return {};
        }
        if ((err = checkHeader(path)))
            return {};
        if ((err = validateExisting(path, &version)))
            return {};
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable()) {
            err = fail(WorkspaceError::Code::Unwritable,
                tr("%1 cannot be written (check the permissions of the file and its folder). It was left untouched.")
                    .arg(shown));
            return {};
        }
    } else {
        const QString dirPath = info.absolutePath();
        if (!QDir().mkpath(dirPath) || !QFileInfo(dirPath).isWritable()) {
            err = fail(WorkspaceError::Code::Unwritable,
                tr("Cannot create a workspace in %1: the folder is not writable.")
                    .arg(QDir::toNativeSeparators(dirPath)));
            return {};
        }
        // Claim the name atomically: of two processes creating the same workspace at once only
        // one gets it; the other hears that it exists instead of both failing half-way.
        QFile claim(path);
        if (!claim.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
                if (options.mode == OpenMode::CreateNew) {
                    err = fail(WorkspaceError::Code::AlreadyExists, tr("%1 already exists.").arg(shown));
                    return {};
                }
                Options existing = options;
                existing.mode = OpenMode::OpenExisting;
                return open(path, existing, error);
            }
            err = fail(WorkspaceError::Code::Unwritable, tr("Cannot create %1: %2").arg(shown, claim.errorString()));
            return {};
        }
        claim.close();
    }

    std::shared_ptr<Workspace> ws(new Workspace(path, s_nextSerial.fetch_add(1), options.faultInjector));
    ws->m_waitForWriters = options.waitForWriters;
    QSqlDatabase db;
    auto removeCreatedFile = [&]() {
        db = QSqlDatabase(); // no handle may outlive the connection
        ws.reset();
        if (!exists) {
            for (const char* suffix : { "", "-wal", "-shm", "-journal" })
                QFile::remove(path + QLatin1String(suffix));
        }
    };

    QString why;
    db = ws->db();
    if (!db.isOpen()) {
        err = fail(WorkspaceError::Code::Unwritable, tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
        removeCreatedFile();
        return {};
    }

    if (exists) {
        // The schema is current (committed, -wal included): nothing to migrate, so no write lock
        // is taken and opening does not wait for an import or the agents to commit.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == latestSchemaVersion()) {
            q.finish();
            ws->m_schemaVersion = latestSchemaVersion();
            qCInfo(lcStore) << "opened workspace" << path << "schema" << ws->m_schemaVersion;
            return ws;
        }
    }

    // Migrations: all of them in one transaction, or none.
    if (!runStatement(db, QStringLiteral("BEGIN IMMEDIATE"), &why)) {
        err = fail(WorkspaceError::Code::Unwritable, tr("Cannot write to %1: %2").arg(shown, why));
        removeCreatedFile();
        return {};
    }
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    }
    if (version > latestSchemaVersion()) {
        ws->rollback();
        err = fail(WorkspaceError::Code::NewerSchema,
            tr("%1 was written by a newer GreenDoor (schema version %2). It was left untouched.")
                .arg(shown)
                .arg(version));
        db = QSqlDatabase();
        ws.reset();
        return {};
    }
    bool ok = true;
    for (const Migration& m : migrations()) {
        if (m.version <= version)
            continue;
        if (ws->shouldFail(QStringLiteral("migration:%1").arg(m.version))) {
            why = QStringLiteral("injected fault in migration %1").arg(m.version);
            ok = false;
            break;
        }
        for (const QString& sql : m.statements) {
            if (!runStatement(db, sql, &why)) {
                why = QStringLiteral("migration %1 (%2): %3").arg(m.version).arg(QLatin1String(m.description), why);
                ok = false;
                break;
            }
        }
        if (!ok)
            break;
        qCInfo(lcStore) << "applied migration" << m.version << m.description;
    }
    if (ok && version < latestSchemaVersion()) {
        ok = runStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(latestSchemaVersion()), &why)
            && runStatement(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), &why);
        if (ok && version == 0) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('created_at', ?)"));
            q.addBindValue(QString::number(QDateTime::currentMSecsSinceEpoch()));
            ok = ws->execWrite(q, QStringLiteral("meta:created"), &why);
        }
    }
    if (ok)
        ok = ws->commit(&why);
    if (!ok) {
        ws->rollback();
        err = fail(WorkspaceError::Code::MigrationFailed,
            tr("Could not prepare %1: %2. Nothing was changed.").arg(shown, why));
        removeCreatedFile();
        return {};
    }
    ws->m_schemaVersion = latestSchemaVersion();
    qCInfo(lcStore) << "opened workspace" << path << "schema" << ws->m_schemaVersion;
    return ws;
}

std::shared_ptr<Workspace> Workspace::openReadOnly(const QString& path, const Options& options, const QFileInfo& info)
{
    std::shared_ptr<Workspace> ws(new Workspace(path, s_nextSerial.fetch_add(1), options.faultInjector));
    ws->m_readOnly = true;
    // On read-only media SQLite cannot create the -wal and -shm files a WAL reader needs; as
    // nobody can write there either, the file is read as immutable.
    ws->m_immutable = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    QSqlDatabase db = ws->db();
    if (!db.isOpen())
        return {};
    int version = 0;
    {
        // The version committed in the -wal file counts too (validation read the file alone).
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            version = q.value(0).toInt();
    }
    db = QSqlDatabase();
    if (version != latestSchemaVersion())
        return {};
    ws->m_schemaVersion = version;
    qCInfo(lcStore) << "opened workspace read-only" << path << "schema" << version;
    return ws;
}

QSqlDatabase Workspace::openConnection(const QString& name, QString* error) const
{
    configureSqlite();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (m_readOnly) {
        if (m_immutable) {
            QUrl url = QUrl::fromLocalFile(m_path);
            url.setQuery(QStringLiteral("mode=ro&immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        }
    } else {
        db.setDatabaseName(m_path);
    }
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return db;
    }
    // SQLite's default busy handler sleeps up to 100 ms between tries; with one writer lock
    // shared by the bus and six agents that sleep lands in message latency. Retry quickly
    // instead, backing off gently, for up to 10 s.
    if (sqlite3* sqlite = sqliteHandle(db)) {
        if (m_waitForWriters)
            sqlite3_busy_handler(sqlite, &Workspace::busyHandler, nullptr);
        else
            sqlite3_busy_timeout(sqlite, 0); // also clears Qt's default 5 s timeout
    }
    QSqlQuery q(db);
    if (m_readOnly) {
        // Reading only: the journal mode is the writer's business (the file is in WAL mode).
        q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        return db;
    }
    // WAL lets readers (the console, other agents) proceed while one thread writes.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        if (error)
            *error = QStringLiteral("WAL mode could not be enabled");
        db.close();
        return db;
    }
    q.finish();
    // Checkpoints run from the coordinator's timer (Workspace::checkpoint), not inside whichever
    // commit happens to cross the threshold: that commit would stall a message's delivery.
    q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    return db;
}

int Workspace::busyHandler(void*, int attempt)
{
    // 50 us for the first tries (the lock is usually held for a commit or two), then growing
    // to 2 ms; give up after about 10 s.
    constexpr int kFastTries = 200;
    if (attempt > kFastTries + 5000)
        return 0;
    const unsigned long us
        = attempt < kFastTries ? 50 : std::min<unsigned long>(2000, 50UL + 10UL * (attempt - kFastTries));
    QThread::usleep(us);
    return 1;
}

bool Workspace::checkpoint(QString* error)
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

namespace {
std::atomic<Workspace::AccessObserver> s_accessObserver { nullptr };
}

void Workspace::setAccessObserver(AccessObserver observer)
{
    s_accessObserver.store(observer);
}

QSqlDatabase Workspace::db()
{
    if (const AccessObserver observer = s_accessObserver.load(std::memory_order_relaxed))
        observer(*this);
    auto it = t_connections.constFind(m_serial);
    if (it != t_connections.constEnd())
        return QSqlDatabase::database(*it, false);

    const QString name
        = QStringLiteral("gd-ws%1-%2").arg(m_serial).arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
    QString error;
    QSqlDatabase db = openConnection(name, &error);
    if (!db.isOpen())
        qCWarning(lcStore) << "cannot open connection" << name << error;
    t_connections.insert(m_serial, name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.insert(name);
    return db;
}

SqlStatement* Workspace::statement(const char* sql, QString* error)
{
    if (const AccessObserver observer = s_accessObserver.load(std::memory_order_relaxed))
        observer(*this);
    StatementCache* cache = t_statements.value(m_serial);
    if (!cache) {
        const QSqlDatabase connection = db();
        sqlite3* handle = sqliteHandle(connection);
        if (!handle) {
            if (error)
                *error = QStringLiteral("no open connection");
            return nullptr;
        }
        cache = new StatementCache;
        cache->handle = handle;
        t_statements.insert(m_serial, cache);
        QMutexLocker lock(&m_mutex);
        m_statementCaches.insert(connection.connectionName(), cache);
    }
    if (SqlStatement* statement = cache->statements.value(sql))
        return statement;
    auto statement = std::make_unique<SqlStatement>(cache->handle, sql);
    if (!statement->isPrepared()) {
        if (error)
            *error = statement->prepareError();
        qCWarning(lcStore) << "cannot prepare" << sql << statement->prepareError();
        return nullptr;
    }
    return *cache->statements.insert(sql, statement.release());
}

void Workspace::dropStatements(const QString& connectionName)
{
    delete t_statements.take(m_serial);
    QMutexLocker lock(&m_mutex);
    m_statementCaches.remove(connectionName);
}

void Workspace::releaseThreadConnection()
{
    const QString name = t_connections.take(m_serial);
    if (name.isEmpty())
        return;
    dropStatements(name); // finalized before the connection closes
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.remove(name);
}

void Workspace::setFaultInjector(FaultInjector injector)
{
    QMutexLocker lock(&m_mutex);
    m_faultInjector = std::move(injector);
    m_hasFaultInjector.store(static_cast<bool>(m_faultInjector));
}

bool Workspace::shouldFail(const QString& tag) const
{
    // Every write asks: no lock and no copy unless a test installed an injector.
    if (!m_hasFaultInjector.load(std::memory_order_relaxed))
        return false;
    FaultInjector injector;
    {
        QMutexLocker lock(&m_mutex);
        injector = m_faultInjector;
    }
    return injector && injector(tag);
}

bool Workspace::execWrite(QSqlQuery& query, const QString& tag, QString* error) const
{
    if (shouldFail(tag)) {
        if (error)
            *error = QStringLiteral("injected fault (%1)").arg(tag);
        return false;
    }
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        qCWarning(lcStore) << "write failed" << tag << query.lastError().text();
        return false;
    }
    return true;
}

bool Workspace::execWrite(const QString& sql, const QString& tag, QString* error)
{
    QSqlQuery q(db());
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return execWrite(q, tag, error);
}

bool Workspace::begin(QString* error)
{
    // Prepared once per connection: every transaction in the app starts here.
    SqlStatement* begin = statement("BEGIN IMMEDIATE", error);
    return begin && begin->run(error);
}

bool Workspace::inTransaction()
{
    sqlite3* sqlite = sqliteHandle(db());
    return sqlite && sqlite3_get_autocommit(sqlite) == 0;
}

bool Workspace::commit(QString* error)
{
    if (shouldFail(QStringLiteral("commit"))) {
        if (error)
            *error = QStringLiteral("injected fault (commit)");
        return false;
    }
    SqlStatement* commit = statement("COMMIT", error);
    return commit && commit->run(error);
}

void Workspace::rollback()
{
    QSqlDatabase conn = db();
    QSqlQuery q(conn);
    q.exec(QStringLiteral("ROLLBACK"));
}

bool Workspace::execControl(const QString& sql, QString* error)
{
    QSqlDatabase conn = db();
    return runStatement(conn, sql, error);
}

QString Workspace::meta(const QString& key, const QString& fallback)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

bool Workspace::setMeta(const QString& key, const QString& value, QString* error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return execWrite(q, QStringLiteral("meta:set"), error);
}

} // namespace gd::core
