#include "core/store/Migrations.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace gd;
using core::Workspace;
using core::WorkspaceError;

namespace {

// Writes a file with raw SQLite (not through Workspace), for refusal tests.
void makeRawSqlite(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(&path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements)
            QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool sidecarsExist(const QString& path)
{
    return QFile::exists(path + QStringLiteral("-wal")) || QFile::exists(path + QStringLiteral("-shm"));
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaInWalMode();
    void reopenKeepsData();
    void refusesFilesThatAreNotWorkspaces_data();
    void refusesFilesThatAreNotWorkspaces();
    void refusesCorruptWorkspace();
    void refusesNewerSchema();
    void refusesUnwritableLocation();
    void openModes();
    void failedMigrationLeavesFileUntouched();
    void failedNewWorkspaceLeavesNoFile();
    void failedWriteLeavesNoPartialState();
    void eachThreadHasItsOwnConnection();
    void readOnlyOpenNeedsNoWriteLock();
    void readOnlyOpenOnReadOnlyMedia();
    void createRefusesDanglingSymlink();
    void concurrentCreateOneWins();
};

void TestWorkspace::createsSchemaInWalMode()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws);
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    QCOMPARE(Workspace::latestSchemaVersion(), static_cast<int>(core::migrations().size()));
    QCOMPARE(test::scalar(*ws, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(test::scalar(*ws, QStringLiteral("PRAGMA user_version")).toInt(), Workspace::latestSchemaVersion());
    QCOMPARE(static_cast<quint32>(test::scalar(*ws, QStringLiteral("PRAGMA application_id")).toLongLong()),
        Workspace::applicationId());
    for (const char* table : { "meta", "agents", "messages", "tasks", "prospects", "deals" }) {
        QCOMPARE(
            test::scalar(*ws, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"),
                { QString::fromLatin1(table) })
                .toInt(),
            1);
    }
    QVERIFY(!ws->meta(QStringLiteral("created_at")).isEmpty());
}

void TestWorkspace::reopenKeepsData()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ws.greendoor"));
    QString created;
    {
        auto ws = test::createWorkspace(dir);
        QVERIFY(ws->setMeta(QStringLiteral("k"), QStringLiteral("v")));
        created = ws->meta(QStringLiteral("created_at"));
    }
    WorkspaceError error;
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(ws, qPrintable(error.message));
    QCOMPARE(ws->meta(QStringLiteral("k")), QStringLiteral("v"));
    QCOMPARE(ws->meta(QStringLiteral("created_at")), created);
}

void TestWorkspace::refusesFilesThatAreNotWorkspaces_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::newRow("text") << QByteArray("name,email\nAnna,anna@example.org\n") << int(WorkspaceError::Code::NotSqlite);
    QTest::newRow("empty") << QByteArray() << int(WorkspaceError::Code::NotAWorkspace);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(200, 'x')
                         << int(WorkspaceError::Code::NotSqlite);
    QByteArray garbage(8192, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = static_cast<char>((i * 7919) % 251);
    QTest::newRow("binary garbage") << garbage << int(WorkspaceError::Code::NotSqlite);
    QTest::newRow("short sqlite header") << QByteArray("SQLite format 3\0", 16) << int(WorkspaceError::Code::NotSqlite);
}

void TestWorkspace::refusesFilesThatAreNotWorkspaces()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("not.greendoor"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = test::fileHash(path);

    WorkspaceError error;
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenOrCreate, &error);
    QVERIFY(!ws);
    QCOMPARE(int(error.code), code);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(path), qPrintable(error.message));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!sidecarsExist(path));
}

void TestWorkspace::refusesCorruptWorkspace()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ws.greendoor"));
    {
        auto ws = test::createWorkspace(dir);
        for (int i = 0; i < 200; ++i)
            QVERIFY(ws->setMeta(QStringLiteral("key%1").arg(i), QString(200, QLatin1Char('x'))));
    }
    QVERIFY(!sidecarsExist(path)); // closed cleanly, checkpointed
    // Overwrite the middle of the file (b-tree pages) with noise; keep the header intact.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    f.seek(4096);
    f.write(QByteArray(static_cast<int>(size - 8192), '\xA5'));
    f.close();
    const QByteArray before = test::fileHash(path);

    WorkspaceError error;
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(!ws);
    QCOMPARE(int(error.code), int(WorkspaceError::Code::Corrupt));
    QVERIFY2(error.message.contains(QStringLiteral("damaged")), qPrintable(error.message));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!sidecarsExist(path));
}

void TestWorkspace::refusesNewerSchema()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("future.greendoor"));
    const int future = Workspace::latestSchemaVersion() + 5;
    makeRawSqlite(path,
        { QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("PRAGMA application_id = %1").arg(Workspace::applicationId()),
            QStringLiteral("PRAGMA user_version = %1").arg(future) });
    const QByteArray before = test::fileHash(path);
    WorkspaceError error;
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY(!ws);
    QCOMPARE(int(error.code), int(WorkspaceError::Code::NewerSchema));
    QVERIFY2(error.message.contains(QString::number(future)), qPrintable(error.message));
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!sidecarsExist(path));

    // A different application's SQLite database is refused too.
    const QString other = dir.file(QStringLiteral("other.sqlite"));
    makeRawSqlite(other, { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)") });
    const QByteArray otherBefore = test::fileHash(other);
    QVERIFY(!Workspace::open(other, Workspace::OpenMode::OpenExisting, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::NotAWorkspace));
    QCOMPARE(test::fileHash(other), otherBefore);
}

void TestWorkspace::refusesUnwritableLocation()
{
    WorkspaceError error;
    // /proc refuses new files even for root.
    QVERIFY(
        !Workspace::open(QStringLiteral("/proc/greendoor-test/ws.greendoor"), Workspace::OpenMode::CreateNew, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::Unwritable));
    QVERIFY(!error.message.isEmpty());

    if (::geteuid() == 0)
        QSKIP("running as root: file permissions do not stop root, so the read-only file case is not testable here");
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("ro.greendoor"));
    test::createWorkspace(dir, QStringLiteral("ro.greendoor"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    const QByteArray before = test::fileHash(path);
    QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::Unwritable));
    QCOMPARE(test::fileHash(path), before);
}

void TestWorkspace::openModes()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("m.greendoor"));
    WorkspaceError error;
    QVERIFY(!Workspace::open(path, Workspace::OpenMode::OpenExisting, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::NotFound));
    QVERIFY(!QFile::exists(path));
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateNew, &error));
    QVERIFY(!Workspace::open(path, Workspace::OpenMode::CreateNew, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::AlreadyExists));
    QVERIFY(Workspace::open(path, Workspace::OpenMode::OpenOrCreate, &error));
}

void TestWorkspace::failedMigrationLeavesFileUntouched()
{
    // An empty SQLite file (a valid header, no tables) is migrated on open; make the last
    // migration fail and check that nothing of the earlier ones stayed.
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("empty.greendoor"));
    makeRawSqlite(path, { QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("VACUUM") });
    Workspace::Options options;
    options.mode = Workspace::OpenMode::OpenExisting;
    const QString last = QStringLiteral("migration:%1").arg(Workspace::latestSchemaVersion());
    options.faultInjector = [last](const QString& tag) { return tag == last; };
    WorkspaceError error;
    QVERIFY(!Workspace::open(path, options, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::MigrationFailed));
    QVERIFY2(error.message.contains(QStringLiteral("Nothing was changed")), qPrintable(error.message));

    // No table and no version of the earlier migrations stayed behind.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));

    // Reopen without the fault: it works and migrates from version 0.
    auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(ws, qPrintable(error.message));
    QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
}

void TestWorkspace::failedNewWorkspaceLeavesNoFile()
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("new.greendoor"));
    Workspace::Options options;
    options.mode = Workspace::OpenMode::CreateNew;
    options.faultInjector = [](const QString& tag) { return tag == QLatin1String("migration:1"); };
    WorkspaceError error;
    QVERIFY(!Workspace::open(path, options, &error));
    QCOMPARE(int(error.code), int(WorkspaceError::Code::MigrationFailed));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!sidecarsExist(path));
}

void TestWorkspace::failedWriteLeavesNoPartialState()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    int writes = 0;
    ws->setFaultInjector([&writes](const QString& tag) { return tag == QLatin1String("meta:set") && ++writes == 3; });
    QVERIFY(ws->begin());
    QVERIFY(ws->setMeta(QStringLiteral("a"), QStringLiteral("1")));
    QVERIFY(ws->setMeta(QStringLiteral("b"), QStringLiteral("2")));
    QString error;
    QVERIFY(!ws->setMeta(QStringLiteral("c"), QStringLiteral("3"), &error));
    QVERIFY(error.contains(QStringLiteral("injected")));
    ws->rollback();
    QCOMPARE(ws->meta(QStringLiteral("a")), QString());
    QCOMPARE(ws->meta(QStringLiteral("b")), QString());
    QCOMPARE(ws->meta(QStringLiteral("c")), QString());

    // A failing commit also leaves nothing.
    ws->setFaultInjector([](const QString& tag) { return tag == QLatin1String("commit"); });
    QVERIFY(ws->begin());
    QVERIFY(ws->setMeta(QStringLiteral("d"), QStringLiteral("4")));
    QVERIFY(!ws->commit());
    ws->rollback();
    ws->setFaultInjector({});
    QCOMPARE(ws->meta(QStringLiteral("d")), QString());
}

void TestWorkspace::eachThreadHasItsOwnConnection()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    const QString mine = ws->db().connectionName();
    QString theirs;
    QString mode;
    QThread* thread = QThread::create([&] {
        theirs = ws->db().connectionName();
        mode = test::scalar(*ws, QStringLiteral("PRAGMA journal_mode")).toString();
        ws->releaseThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(mode, QStringLiteral("wal"));
    QVERIFY(!QSqlDatabase::contains(theirs));
}

void TestWorkspace::readOnlyOpenNeedsNoWriteLock()
{
    test::TempDir dir;
    auto writer = test::createWorkspace(dir);
    QVERIFY(
        writer->execWrite(QStringLiteral("INSERT INTO meta (key, value) VALUES ('seen', '1')"), QStringLiteral("t")));
    // A long write (an import) holds the write lock...
    QVERIFY(writer->begin());
    QVERIFY(writer->execWrite(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('pending', '1')"), QStringLiteral("t")));
    // ...and opening to read (and even to write, the schema being current) does not wait for it.
    QElapsedTimer timer;
    timer.start();
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    WorkspaceError error;
    auto reader = Workspace::open(writer->path(), options, &error);
    QVERIFY2(reader, qPrintable(error.message));
    QVERIFY(reader->isReadOnly());
    QCOMPARE(reader->meta(QStringLiteral("seen")), QStringLiteral("1"));
    QCOMPARE(reader->meta(QStringLiteral("pending")), QString()); // not committed yet
    QString why;
    QVERIFY(!reader->setMeta(QStringLiteral("x"), QStringLiteral("y"), &why));
    auto second = Workspace::open(writer->path(), Workspace::OpenMode::OpenExisting, &error);
    QVERIFY2(second, qPrintable(error.message));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(writer->commit());
    QCOMPARE(reader->meta(QStringLiteral("pending")), QStringLiteral("1"));
}

void TestWorkspace::readOnlyOpenOnReadOnlyMedia()
{
    if (::geteuid() == 0)
        QSKIP("permissions do not restrict root");
    test::TempDir dir;
    const QString folder = dir.file(QStringLiteral("media"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/ws.greendoor");
    {
        WorkspaceError error;
        auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew, &error);
        QVERIFY(ws);
        QVERIFY(ws->setMeta(QStringLiteral("seen"), QStringLiteral("1")));
    }
    QVERIFY(!sidecarsExist(path));
    const QByteArray before = test::fileHash(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Workspace::Options options;
    options.access = Workspace::Access::ReadOnly;
    WorkspaceError error;
    {
        auto ws = Workspace::open(path, options, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->meta(QStringLiteral("seen")), QStringLiteral("1"));
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!sidecarsExist(path));
}

void TestWorkspace::createRefusesDanglingSymlink()
{
    test::TempDir dir;
    const QString link = dir.file(QStringLiteral("link.greendoor"));
    const QString target = dir.file(QStringLiteral("missing/target.greendoor"));
    QVERIFY(QFile::link(target, link));
    for (const Workspace::OpenMode mode : { Workspace::OpenMode::CreateNew, Workspace::OpenMode::OpenOrCreate }) {
        WorkspaceError error;
        QVERIFY(!Workspace::open(link, mode, &error));
        QVERIFY2(error.message.contains(QStringLiteral("symbolic link")), qPrintable(error.message));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QVERIFY(!QFileInfo::exists(target));
    }
}

void TestWorkspace::concurrentCreateOneWins()
{
    // Two creators of one new workspace at the same moment: one creates it, the other is told
    // it exists; never a "disk I/O error" for both, never a damaged file.
    test::TempDir dir;
    for (int round = 0; round < 10; ++round) {
        const QString path = dir.file(QStringLiteral("new%1.greendoor").arg(round));
        std::atomic<int> ready { 0 };
        WorkspaceError errors[2];
        bool created[2] = { false, false };
        QThread* threads[2];
        for (int t = 0; t < 2; ++t) {
            threads[t] = QThread::create([&, t] {
                ++ready;
                while (ready.load() < 2)
                    QThread::yieldCurrentThread();
                auto ws = Workspace::open(path, Workspace::OpenMode::CreateNew, &errors[t]);
                created[t] = ws != nullptr;
                if (ws)
                    ws->releaseThreadConnection();
            });
            threads[t]->start();
        }
        for (QThread* t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(int(created[0]) + int(created[1]), 1);
        const WorkspaceError& loser = created[0] ? errors[1] : errors[0];
        QCOMPARE(loser.code, WorkspaceError::Code::AlreadyExists);
        WorkspaceError error;
        auto ws = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(ws, qPrintable(error.message));
        QCOMPARE(ws->schemaVersion(), Workspace::latestSchemaVersion());
    }
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
