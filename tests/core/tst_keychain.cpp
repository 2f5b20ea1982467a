#include "core/secrets/KeychainSecretStore.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

// The OS keychain for real, through QtKeychain and the Secret Service. The round trip needs a
// session bus with an unlocked keyring, as the project's test runner provides:
//
//   dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; ctest'
//
// Without one it is skipped. The unavailable case always runs: when this process can reach a bus
// it runs again in a child process that cannot.

using namespace gd;
using core::KeychainSecretStore;
using core::SecretStore;
using Ms = std::chrono::milliseconds;

namespace gd::core {
char* toString(const SecretStore::Result::Status& status)
{
    return qstrdup(SecretStore::statusName(status).toUtf8().constData());
}
} // namespace gd::core

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

const char* const childMarker = "GREENDOOR_TEST_KEYCHAIN_CHILD";
const char* const secretVariable = "GREENDOOR_TEST_KEYCHAIN_SECRET";

SecretStore::Result await(const std::function<void(SecretStore::Callback)>& start, int timeoutMs = 15000)
{
    auto outcome = std::make_shared<std::optional<SecretStore::Result>>();
    start([outcome](SecretStore::Result r) { *outcome = std::move(r); });
    const QDeadlineTimer deadline(timeoutMs);
    while (!outcome->has_value() && !deadline.hasExpired())
        QTest::qWait(5);
    return outcome->value_or(
        SecretStore::Result::failure(SecretStore::Result::Failed, s("the keychain did not answer (a hang)")));
}

// Could this process reach a session bus (and so, maybe, a Secret Service)?
bool mayReachSessionBus()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true; // a bus address, or X11 autolaunch
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
}

// Files under dir whose bytes contain needle.
QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() < 16 * 1024 * 1024 && f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            found << path;
    }
    return found;
}

} // namespace

class TestKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void unavailableWithoutSessionBus();
};

void TestKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(s("GreenDoorTest"));
    QCoreApplication::setApplicationName(s("tst_keychain"));
}

void TestKeychain::roundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        QSKIP("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset): run inside dbus-run-session with "
              "gnome-keyring unlocked to test the real keychain (see TOOLCHAIN.md)");
    }
    KeychainSecretStore store(Ms(200));
    const QString key = s("test/round-trip/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const SecretStore::Result probe = await([&](SecretStore::Callback done) { store.read(key, done); });
    if (probe.status == SecretStore::Result::Unavailable) {
        const QByteArray why = "The Secret Service cannot be reached on this session bus (" + probe.error.toUtf8()
            + "): start gnome-keyring-daemon --unlock --components=secrets inside dbus-run-session";
        QSKIP(why.constData());
    }
    QCOMPARE(probe.status, SecretStore::Result::NotFound);
    QVERIFY(!probe.ok);
    QVERIFY(probe.secret.isEmpty());

    const QString secret = s("gd-key ÄÖÜ € ") + QUuid::createUuid().toString();
    SecretStore::Result r = await([&](SecretStore::Callback done) { store.write(key, secret, done); });
    if (r.status == SecretStore::Result::Unavailable) {
        // Reachable but locked: typically a keyring created earlier with another password than
        // the one given to --unlock (the project's runner uses "greendoor-test").
        const QByteArray why = "The Secret Service is reachable but its default keyring is locked (" + r.error.toUtf8()
            + "): unlock it with its password, or give gnome-keyring-daemon an empty XDG_DATA_HOME";
        QSKIP(why.constData());
    }
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.status, SecretStore::Result::Ok);

    r = await([&](SecretStore::Callback done) { store.read(key, done); });
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.secret, secret);

    // In the keyring, not in this object: another store reads it too.
    {
        KeychainSecretStore other;
        r = await([&](SecretStore::Callback done) { other.read(key, done); });
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.secret, secret);
    }

    // Overwrite.
    r = await([&](SecretStore::Callback done) { store.write(key, s("second"), done); });
    QVERIFY2(r.ok, qPrintable(r.error));
    r = await([&](SecretStore::Callback done) { store.read(key, done); });
    QCOMPARE(r.secret, s("second"));

    r = await([&](SecretStore::Callback done) { store.remove(key, done); });
    QVERIFY2(r.ok, qPrintable(r.error));
    r = await([&](SecretStore::Callback done) { store.read(key, done); });
    QVERIFY(!r.ok);
    QCOMPARE(r.status, SecretStore::Result::NotFound);
    QVERIFY(r.secret.isEmpty());
    r = await([&](SecretStore::Callback done) { store.remove(key, done); }); // already gone
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(!store.knownUnavailable());

    // Nothing in plain text on disk along the way.
    QVERIFY(filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), secret.toUtf8())
                .isEmpty());
}

void TestKeychain::unavailableWithoutSessionBus()
{
    const QByteArray secret = qEnvironmentVariableIsSet(secretVariable)
        ? qgetenv(secretVariable)
        : QByteArray("gd-never-on-disk-") + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    if (!qEnvironmentVariableIsSet(childMarker) && mayReachSessionBus()) {
        // This process can reach a bus: run this function again where none can be reached, with
        // a home of its own so that any file it wrote can be found.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR" })
            env.remove(QString::fromLatin1(name));
        env.insert(QString::fromLatin1(childMarker), s("1"));
        env.insert(QString::fromLatin1(secretVariable), QString::fromLatin1(secret));
        env.insert(s("HOME"), home.path());
        env.insert(s("XDG_CONFIG_HOME"), home.filePath(s(".config")));
        env.insert(s("XDG_DATA_HOME"), home.filePath(s(".local/share")));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), { s("unavailableWithoutSessionBus") });
        QVERIFY2(child.waitForFinished(30000), "the child process hung");
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit, output.constData()); // no crash
        QVERIFY2(child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestKeychain::unavailableWithoutSessionBus()"), output.constData());
        const QStringList leaked = filesContaining(home.path(), secret);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
        return;
    }

    constexpr int retryDelayMs = 1000;
    KeychainSecretStore store { Ms(retryDelayMs) };
    const QString key = s("test/unavailable/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    // First contact: one retry after the delay, then Unavailable, with words for the user.
    QElapsedTimer timer;
    timer.start();
    SecretStore::Result r
        = await([&](SecretStore::Callback done) { store.write(key, QString::fromLatin1(secret), done); });
    const qint64 firstMs = timer.elapsed();
    QVERIFY(!r.ok);
    QCOMPARE(r.status, SecretStore::Result::Unavailable);
    QVERIFY2(r.error.contains(s("keychain is not available")), qPrintable(r.error));
    QVERIFY2(!r.error.contains(QString::fromLatin1(secret)), qPrintable(r.error));
    QVERIFY2(firstMs >= retryDelayMs - 50, qPrintable(QString::number(firstMs))); // it did wait and retry
    QVERIFY2(firstMs < 10000, qPrintable(QString::number(firstMs)));
    QVERIFY(store.knownUnavailable());

    // Known to be down now: later calls answer after one attempt, without the retry delay.
    timer.restart();
    r = await([&](SecretStore::Callback done) { store.read(key, done); });
    QCOMPARE(r.status, SecretStore::Result::Unavailable);
    QVERIFY(r.secret.isEmpty());
    r = await([&](SecretStore::Callback done) { store.remove(key, done); });
    QCOMPARE(r.status, SecretStore::Result::Unavailable);
    QVERIFY2(timer.elapsed() < retryDelayMs, qPrintable(QString::number(timer.elapsed())));

    // No plain-text fallback: QtKeychain's would write to the application's QSettings.
    const QString settingsFile = QSettings().fileName();
    QVERIFY2(!QFileInfo::exists(settingsFile), qPrintable(settingsFile));
    for (const QString& dir : { QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
             QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
             QFileInfo(settingsFile).absolutePath() }) {
        const QStringList leaked = filesContaining(dir, secret);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
