#include "core/store/SqlStatement.h"

#include "core/Logging.h"
#include "core/store/Workspace.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace gd::core {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    return qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3* const*>(v.data()) : nullptr;
}

SqlStatement::SqlStatement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (!m_db) {
        m_prepareError = QStringLiteral("no open connection");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqlStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index + 1, value);
}

void SqlStatement::bind(int index, const QString& text)
{
    if (text.isNull()) {
        sqlite3_bind_null(m_statement, index + 1);
        return;
    }
    sqlite3_bind_text16(m_statement, index + 1, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

void SqlStatement::bindUtf8(int index, const QByteArray& utf8)
{
    sqlite3_bind_text(m_statement, index + 1, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index + 1);
}

bool SqlStatement::exec(const Workspace& workspace, const QString& tag, QString* error)
{
    if (m_statement && workspace.shouldFail(tag)) {
        sqlite3_reset(m_statement);
        if (error)
            *error = QStringLiteral("injected fault (%1)").arg(tag);
        return false;
    }
    if (run(error))
        return true;
    qCWarning(lcStore) << "write failed" << tag << m_error;
    return false;
}

bool SqlStatement::run(QString* error)
{
    if (!m_statement) {
        if (error)
            *error = m_prepareError;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

int SqlStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqlStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool SqlStatement::next()
{
    if (!m_error.isEmpty())
        m_error.clear(); // error() is the last step's
    if (!m_statement) {
        m_error = m_prepareError;
        return false;
    }
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

void SqlStatement::reset()
{
    if (!m_statement)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqlStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqlStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqlStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace gd::core
