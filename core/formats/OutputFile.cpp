#include "core/formats/OutputFile.h"

#include "core/Text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace gd::core {

namespace {

// The canonical form of a path that may not exist yet: the canonical folder plus the name.
// Symbolic links are followed, also a dangling one (to where it would write).
QString canonicalTarget(const QString& path)
{
    QFileInfo info(path);
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops) {
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        info = QFileInfo(target);
    }
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return info.absoluteFilePath();
    return QDir(folder).filePath(info.fileName());
}

#ifdef Q_OS_UNIX
bool sameFile(const QString& a, const QString& b)
{
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
#else
bool sameFile(const QString&, const QString&)
{
    return false;
}
#endif

} // namespace

QStringList OutputFile::workspaceFiles(const QString& workspacePath)
{
    if (workspacePath.isEmpty())
        return {};
    QStringList files;
    for (const char* suffix : { "", "-wal", "-shm", "-journal" })
        files << workspacePath + QLatin1String(suffix);
    return files;
}

bool OutputFile::check(const QString& path, const QStringList& protectedFiles, Overwrite overwrite, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty()) {
        *error = tr("no output file named");
        return false;
    }
    const QString target = canonicalTarget(path);
    // The protected files' own names may not exist (a -wal after a clean close): compare the
    // canonical folder + name as well as the identity of existing files.
    for (const QString& p : protectedFiles) {
        if (canonicalTarget(p) == target || sameFile(p, path)) {
            *error = tr("%1 is the workspace (or one of its files): refusing to write over it").arg(shown);
            return false;
        }
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder: name a file to write").arg(shown);
        return false;
    }
    if ((info.exists() || info.isSymLink()) && overwrite == Overwrite::Refuse) {
        *error = tr("%1 already exists: choose another name, or add --force to replace it").arg(shown);
        return false;
    }
    return true;
}

bool OutputFile::write(
    const QString& path, const QByteArray& data, const QStringList& protectedFiles, Overwrite overwrite, QString* error)
{
    if (!check(path, protectedFiles, overwrite, error))
        return false;
    const QString shown = QDir::toNativeSeparators(path);
    if (overwrite == Overwrite::Allow) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            *error = tr("cannot write %1: %2").arg(shown, file.errorString());
            return false;
        }
        return true;
    }
    // Not replacing anything: write a temporary file beside the target, then rename it into
    // place with a rename that refuses to replace a file that appeared meanwhile.
    const QFileInfo info(path);
    QTemporaryFile temp(QDir(info.absolutePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    if (!temp.open()) {
        *error = tr("cannot write %1: %2").arg(shown, temp.errorString());
        return false;
    }
    if (temp.write(data) != data.size() || !temp.flush()) {
        *error = tr("cannot write %1: %2").arg(shown, temp.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(temp.handle()) != 0) {
        *error = tr("cannot write %1: %2").arg(shown, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#endif
    temp.close();
    if (!QFile::rename(temp.fileName(), path)) {
        *error = QFileInfo::exists(path)
            ? tr("%1 already exists: choose another name, or add --force to replace it").arg(shown)
            : tr("cannot write %1").arg(shown);
        return false;
    }
    temp.setAutoRemove(false);
    return true;
}

bool OutputFile::writeStandardOutput(const QByteArray& data, QString* error)
{
    std::fflush(stdout);
    QFile out;
    if (!out.open(1, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle)) {
        *error = tr("cannot write to standard output: %1").arg(out.errorString());
        return false;
    }
    if (out.write(data) != data.size()) {
        *error = tr("cannot write to standard output: %1").arg(out.errorString());
        return false;
    }
    return true;
}

} // namespace gd::core
