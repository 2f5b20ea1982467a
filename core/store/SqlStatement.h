#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace gd::core {

class Workspace;

// The sqlite3 handle under a Qt SQLite connection; nullptr when it is not one (or not open).
sqlite3* sqliteHandle(const QSqlDatabase& db);

// A statement prepared once on a connection's sqlite3 handle and reused, for the hot paths (the
// bus's inserts and acks, the decision path's context reads) where QSqlQuery costs more than the
// SQL: Qt 6.4 builds a placeholder name for every bound value and prepares on every prepare().
// Get one from Workspace::statement(), which keeps it with the calling thread's connection.
// Indexes are 0-based like QSqlQuery's. A null QString binds NULL, as with QSqlQuery.
class SqlStatement final
{
public:
    SqlStatement(sqlite3* db, const char* sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    bool isPrepared() const { return m_statement != nullptr; }
    const QString& prepareError() const { return m_prepareError; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bind(int index, const QString& text);
    void bindUtf8(int index, const QByteArray& utf8);
    void bindNull(int index);

    // Runs a write to completion and resets the statement; honours the workspace's fault
    // injector (tag). On failure fills error with SQLite's message.
    bool exec(const Workspace& workspace, const QString& tag, QString* error = nullptr);
    // The same without asking the fault injector: for transaction control (BEGIN, SAVEPOINT...).
    bool run(QString* error = nullptr);
    // Rows affected and the rowid of the last insert, on this connection.
    int changes() const;
    qint64 lastInsertId() const;

    // Reading: next() steps to the following row (false at the end or on error, see error());
    // reset() ends the read so the statement can run again. Use Reader to reset on scope exit.
    bool next();
    void reset();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    const QString& error() const { return m_error; }

    // Resets the statement (and clears its bindings) when it goes out of scope.
    class Reader final
    {
    public:
        explicit Reader(SqlStatement& statement)
            : m_statement(statement)
        {
        }
        ~Reader() { m_statement.reset(); }
        Reader(const Reader&) = delete;
        Reader& operator=(const Reader&) = delete;

    private:
        SqlStatement& m_statement;
    };

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_prepareError;
    QString m_error;
};

} // namespace gd::core
