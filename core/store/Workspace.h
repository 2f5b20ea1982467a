#pragma once

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QFileInfo;
class QSqlQuery;

namespace gd::core {

class SqlStatement;

// Qt binds a null QString as SQL NULL; NOT NULL text columns get "" instead.
inline QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// Decides whether a write should fail, for tests. Receives a short tag naming the write
// (e.g. "migration:2", "bus:insert", "meta:set"); returns true to make it fail.
using FaultInjector = std::function<bool(const QString& tag)>;

struct WorkspaceError
{
    enum class Code
    {
        None,
        NotFound,
        AlreadyExists,
        NotSqlite,
        NotAWorkspace,
        Corrupt,
        NewerSchema,
        Unwritable,
        MigrationFailed,
    };
    Code code = Code::None;
    QString message;

    explicit operator bool() const { return code != Code::None; }
};

// One workspace is one SQLite file. Opening validates the file without writing to it,
// then runs the numbered migrations inside one transaction. Each thread that touches the
// workspace gets its own connection (WAL mode), created on first use.
class Workspace final
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateNew,
        OpenOrCreate
    };

    enum class Access
    {
        ReadWrite,
        // For commands that only look: when the schema is current the workspace is opened
        // read-only, so it takes no write lock (it can be inspected while an import or the
        // agents write) and works on read-only media. An older schema is migrated first as in
        // ReadWrite mode (which needs write access) and the workspace stays writable.
        ReadOnly,
    };

    struct Options
    {
        OpenMode mode = OpenMode::OpenExisting;
        Access access = Access::ReadWrite;
        // False: a write that finds another writer holding the workspace fails at once ("database
        // is locked") instead of waiting up to 10 s, for optional writes of a command that reads.
        bool waitForWriters = true;
        FaultInjector faultInjector;
    };

    static std::shared_ptr<Workspace> open(const QString& path, const Options& options, WorkspaceError* error);
    static std::shared_ptr<Workspace> open(const QString& path, OpenMode mode, WorkspaceError* error);

    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    static int latestSchemaVersion();
    static quint32 applicationId();
    static QString fileSuffix() { return QStringLiteral("greendoor"); }

    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    // True when opened with Access::ReadOnly: every write fails.
    bool isReadOnly() const { return m_readOnly; }

    // The calling thread's connection, opened on first use with the workspace pragmas.
    QSqlDatabase db();
    // Closes the calling thread's connection. Threads call this before they finish.
    void releaseThreadConnection();
    // A statement prepared once on the calling thread's connection and kept with it until
    // releaseThreadConnection(); nullptr (error says why) when it cannot be prepared. sql must be
    // a string literal: its address is the key. For hot paths; QSqlQuery everywhere else. Run a
    // write to completion, and end a read (SqlStatement::Reader) before anything else can use
    // the same statement.
    SqlStatement* statement(const char* sql, QString* error = nullptr);
    struct StatementCache; // internal: one connection's statements

    // A debug hook, called on the requesting thread at every db() request (every store call
    // goes through it). Tests install one to prove that the console never touches the
    // database on the GUI thread. nullptr removes it.
    using AccessObserver = void (*)(const Workspace& workspace);
    static void setAccessObserver(AccessObserver observer);

    void setFaultInjector(FaultInjector injector);
    // True when the fault injector asks this write to fail.
    bool shouldFail(const QString& tag) const;
    // Executes a prepared write statement, honouring the fault injector. On failure
    // returns false and fills error (if given) with a readable reason.
    bool execWrite(QSqlQuery& query, const QString& tag, QString* error = nullptr) const;
    bool execWrite(const QString& sql, const QString& tag, QString* error = nullptr);

    // Transactions on the calling thread's connection.
    bool begin(QString* error = nullptr);
    // True while the calling thread's connection has a transaction open.
    bool inTransaction();
    bool commit(QString* error = nullptr);
    void rollback();
    // Transaction control (SAVEPOINT, RELEASE, ROLLBACK TO): never fault-injected. Used by
    // Transaction; store code uses Transaction rather than begin/commit/rollback.
    bool execControl(const QString& sql, QString* error = nullptr);

    // Moves committed pages from the -wal file into the database without blocking writers.
    // Automatic checkpoints are off (they would run inside some unlucky commit); the runtime
    // calls this from its timer, and SQLite checkpoints when the last connection closes.
    bool checkpoint(QString* error = nullptr);

    QString meta(const QString& key, const QString& fallback = {});
    bool setMeta(const QString& key, const QString& value, QString* error = nullptr);

private:
    Workspace(QString path, quint64 serial, FaultInjector injector);
    static int busyHandler(void* context, int attempt);
    static std::shared_ptr<Workspace> openReadOnly(const QString& path, const Options& options, const QFileInfo& info);
    QSqlDatabase openConnection(const QString& name, QString* error) const;
    void dropStatements(const QString& connectionName);

    QString m_path;
    quint64 m_serial = 0;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_waitForWriters = true;
    bool m_immutable = false; // read-only media: no -wal/-shm can be created, nobody writes
    mutable QMutex m_mutex;
    FaultInjector m_faultInjector;
    std::atomic<bool> m_hasFaultInjector { false };
    QSet<QString> m_connectionNames;
    QHash<QString, StatementCache*> m_statementCaches; // by connection name, guarded by m_mutex
};

} // namespace gd::core
