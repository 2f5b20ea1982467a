#include "core/store/Transaction.h"

#include "core/Logging.h"
#include "core/store/Workspace.h"

namespace gd::core {

namespace {
// Savepoint names only need to be unique among the guards open on one connection at once.
thread_local quint64 t_savepointCounter = 0;
} // namespace

Transaction::Transaction(Workspace& workspace)
    : m_workspace(workspace)
{
    if (m_workspace.inTransaction()) {
        m_savepoint = QStringLiteral("gd_sp_%1").arg(++t_savepointCounter);
        if (!m_workspace.execControl(QStringLiteral("SAVEPOINT ") + m_savepoint, &m_error))
            return;
    } else if (!m_workspace.begin(&m_error)) {
        return;
    }
    m_state = State::Open;
}

Transaction::~Transaction()
{
    if (m_state == State::Open)
        rollback();
}

bool Transaction::commit()
{
    if (m_state != State::Open) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("transaction is not open");
        return false;
    }
    if (nested()) {
        if (m_workspace.shouldFail(QStringLiteral("commit"))) {
            m_error = QStringLiteral("injected fault (commit)");
            rollback();
            return false;
        }
        if (!m_workspace.execControl(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, &m_error)) {
            rollback();
            return false;
        }
    } else if (!m_workspace.commit(&m_error)) {
        rollback();
        return false;
    }
    m_state = State::Committed;
    return true;
}

void Transaction::rollback()
{
    if (m_state != State::Open)
        return;
    m_state = State::RolledBack;
    if (nested()) {
        QString why;
        // ROLLBACK TO keeps the savepoint on the stack; RELEASE pops it.
        if (!m_workspace.execControl(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint, &why)
            || !m_workspace.execControl(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint, &why))
            qCWarning(lcStore) << "rollback to savepoint failed:" << why;
        return;
    }
    m_workspace.rollback();
}

} // namespace gd::core
