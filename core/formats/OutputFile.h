#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gd::core {

// Writes a file the user named (an export, the rejected rows of an import) without ever
// destroying something they did not mean to replace:
// - never one of the protected files (the workspace and its -wal, -shm and -journal files),
//   compared by canonical path with symbolic links followed, and by identity for hard links;
// - never an existing file unless overwriting was asked for (the CLI's --force);
// - the data goes to a temporary file in the same folder that is renamed into place only when
//   every byte is written, so a full disk or a crash leaves the old file (or none) behind.
class OutputFile final
{
public:
    enum class Overwrite
    {
        Refuse,
        Allow,
    };

    // The workspace file and the files SQLite keeps beside it.
    static QStringList workspaceFiles(const QString& workspacePath);

    // Whether path may be written; false with a readable reason.
    static bool check(const QString& path, const QStringList& protectedFiles, Overwrite overwrite, QString* error);
    // Checks, then writes data to path atomically. False with a readable reason; nothing changed then.
    static bool write(const QString& path, const QByteArray& data, const QStringList& protectedFiles,
        Overwrite overwrite, QString* error);
    // Writes data to standard output unbuffered and reports a failed or short write (a full disk,
    // a closed pipe) instead of losing the rest silently.
    static bool writeStandardOutput(const QByteArray& data, QString* error);
};

} // namespace gd::core
