#pragma once

#include <QString>

namespace gd::core {

class Workspace;

// The one way to run a transaction on the calling thread's connection. Rolls back unless
// committed. The outermost guard runs BEGIN IMMEDIATE (the write lock, taken up front so a
// reader never has to upgrade); a guard opened while a transaction is already open on this
// connection is a SAVEPOINT, released on commit and rolled back to on destruction, so a store
// method can be called both on its own and from inside a caller's transaction.
//
//     Transaction tx(ws);
//     if (!tx.ok()) return fail(tx.error());
//     ... writes ...
//     if (!tx.commit()) return fail(tx.error());
//
// Every begin, commit and rollback result is checked; commit() honours the workspace's fault
// injector (tag "commit"), so a failed commit leaves nothing behind.
class Transaction final
{
public:
    explicit Transaction(Workspace& workspace);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN (or SAVEPOINT) failed; error() says why.
    bool ok() const { return m_state == State::Open; }
    // True for a guard nested inside another transaction (a SAVEPOINT).
    bool nested() const { return !m_savepoint.isEmpty(); }
    // Commits (or releases the savepoint). On failure everything since the guard's start is
    // rolled back, error() says why, and false is returned. Calling it twice is an error.
    bool commit();
    // Rolls back now instead of at destruction.
    void rollback();
    const QString& error() const { return m_error; }

private:
    enum class State
    {
        Failed,
        Open,
        Committed,
        RolledBack,
    };
    Workspace& m_workspace;
    State m_state = State::Failed;
    QString m_savepoint;
    QString m_error;
};

} // namespace gd::core
