#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace gd::test {

TempDir::TempDir()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::shared_ptr<core::Workspace> createWorkspace(const TempDir& dir, const QString& name)
{
    core::WorkspaceError error;
    auto ws = core::Workspace::open(dir.file(name), core::Workspace::OpenMode::CreateNew, &error);
    if (!ws)
        qWarning("cannot create test workspace: %s", qPrintable(error.message));
    return ws;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

core::Coordinator::Options fastOptions(int heartbeatTimeoutMs)
{
    core::Coordinator::Options options;
    options.heartbeatIntervalMs = 50;
    options.heartbeatTimeoutMs = heartbeatTimeoutMs;
    options.statusIntervalMs = 50;
    options.schedulesEnabled = false;
    return options;
}

QVariant scalar(core::Workspace& workspace, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(workspace.db());
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

QString sharedDir()
{
    const QString configured = qEnvironmentVariable("GREENDOOR_SHARED_DIR");
    if (!configured.isEmpty() && QDir(configured).exists())
        return QDir(configured).canonicalPath();
    return {};
}

} // namespace gd::test

namespace gd::core {

namespace {
template<typename Enum>
char* enumText(Enum value)
{
    return qstrdup(qPrintable(core::nameOf(value)));
}
} // namespace

char* toString(const Priority& value)
{
    return enumText(value);
}

char* toString(const TaskStatus& value)
{
    return enumText(value);
}

char* toString(const AgentState& value)
{
    return enumText(value);
}

char* toString(const MessageType& value)
{
    return enumText(value);
}

} // namespace gd::core
