#pragma once

#include "core/runtime/Coordinator.h"
#include "core/store/Workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace gd::test {

// A folder that lives as long as the test, holding workspace files.
class TempDir final
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Creates a fresh workspace file (migrated, empty) in dir and returns it open.
std::shared_ptr<core::Workspace> createWorkspace(
    const TempDir& dir, const QString& name = QStringLiteral("ws.greendoor"));

// The SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);

// Coordinator options for tests: fast heartbeats, no schedules.
core::Coordinator::Options fastOptions(int heartbeatTimeoutMs = 2000);

// A single-value query on the calling thread's connection.
QVariant scalar(core::Workspace& workspace, const QString& sql, const QVariantList& binds = {});

// Where ../shared/ is, or empty when this checkout has none (a user's clone).
QString sharedDir();

} // namespace gd::test

// Readable QCOMPARE failures for the core enums (found by argument-dependent lookup).
namespace gd::core {
char* toString(const Priority& value);
char* toString(const TaskStatus& value);
char* toString(const AgentState& value);
char* toString(const MessageType& value);
} // namespace gd::core
