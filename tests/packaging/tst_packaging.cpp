// Packaging checks, built twice from this file (see tests/packaging/CMakeLists.txt):
//
//  - tst_packaging: the desktop entry, the AppStream metainfo and the icon in the source tree pass
//    their validators and share the one application id (GREENDOOR_APP_ID).
//  - tst_package_deb (GREENDOOR_TEST_PACKAGE_DEB defined): `cpack -G DEB` on the build tree produces a
//    .deb holding both executables and the desktop integration files. CPack installs what the build
//    produced, so greendoor and greendoor-cli must be built first (ctest runs after a full build).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString appId = QStringLiteral(GREENDOOR_APP_ID);
const QString sourceDir = QStringLiteral(GREENDOOR_SOURCE_DIR);
const QString binaryDir = QStringLiteral(GREENDOOR_BINARY_DIR);

struct ToolResult
{
    bool finished = false;
    int exitCode = -1;
    QString output; // stdout and stderr, merged
};

ToolResult runTool(
    const QString& program, const QStringList& arguments, int timeoutMs = 30000, const QString& workingDirectory = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ToolResult result;
    result.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(1000);
    }
    result.exitCode = process.exitCode();
    result.output = QString::fromLocal8Bit(process.readAll());
    if (!result.finished)
        result.output += QStringLiteral("\n[%1 did not finish: %2]").arg(program, process.errorString());
    return result;
}

QString describe(const QString& program, const QStringList& arguments, const ToolResult& result)
{
    return QStringLiteral("`%1 %2` exited with %3:\n%4")
        .arg(program, arguments.join(QLatin1Char(' ')))
        .arg(result.exitCode)
        .arg(result.output.trimmed());
}

QString desktopFilePath()
{
    return sourceDir + QStringLiteral("/packaging/") + appId + QStringLiteral(".desktop");
}

QString metainfoPath()
{
    return sourceDir + QStringLiteral("/packaging/") + appId + QStringLiteral(".metainfo.xml");
}

QString iconPath()
{
    return sourceDir + QStringLiteral("/resources/icons/greendoor.svg");
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void desktopFileValidates();
    void metainfoValidates();
    void appIdIsShared();
    void metainfoReleaseIsProjectVersion();
    void iconIsSvg();

private:
    // Keys of the [Desktop Entry] group; QSettings would mangle the ';'-separated lists.
    QHash<QString, QString> m_desktopEntry;
};

void TestPackaging::initTestCase()
{
    QFile file(desktopFilePath());
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(desktopFilePath()));
    QString group;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('['))) {
            group = line;
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (group == QLatin1String("[Desktop Entry]") && equals > 0)
            m_desktopEntry.insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
    }
    QVERIFY2(!m_desktopEntry.isEmpty(), "no [Desktop Entry] group in the desktop file");
}

void TestPackaging::desktopFileValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (tool.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian package desktop-file-utils)");
    const QStringList arguments { desktopFilePath() };
    const ToolResult result = runTool(tool, arguments);
    // Errors make it exit non-zero; hints and warnings alone do not.
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(describe(tool, arguments, result)));
    if (!result.output.trimmed().isEmpty())
        qInfo().noquote() << "desktop-file-validate:" << result.output.trimmed();
}

void TestPackaging::metainfoValidates()
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (tool.isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream)");
    const QStringList arguments { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--explain"),
        metainfoPath() };
    const ToolResult result = runTool(tool, arguments);
    // Errors and warnings make it exit non-zero; infos and pedantic hints do not.
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(describe(tool, arguments, result)));
}

void TestPackaging::appIdIsShared()
{
    QCOMPARE(m_desktopEntry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    QCOMPARE(m_desktopEntry.value(QStringLiteral("Icon")), appId);
    const QString exec = m_desktopEntry.value(QStringLiteral("Exec"));
    const QString program = exec.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    QVERIFY2(program == QLatin1String("greendoor"), qPrintable(QStringLiteral("Exec=%1").arg(exec)));

    QFile file(metainfoPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(metainfoPath()));
    QXmlStreamReader xml(&file);
    QVERIFY(xml.readNextStartElement());
    QCOMPARE(xml.name(), QLatin1String("component"));
    QCOMPARE(xml.attributes().value(QLatin1String("type")), QLatin1String("desktop-application"));
    QString id;
    QStringList desktopIds;
    QStringList binaries;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("id")) {
            id = xml.readElementText();
        } else if (xml.name() == QLatin1String("launchable")) {
            const bool desktopId = xml.attributes().value(QLatin1String("type")) == QLatin1String("desktop-id");
            const QString text = xml.readElementText();
            if (desktopId)
                desktopIds << text;
        } else if (xml.name() == QLatin1String("provides")) {
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("binary"))
                    binaries << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(desktopIds, QStringList { appId + QStringLiteral(".desktop") });
    QVERIFY2(binaries.contains(QStringLiteral("greendoor")), qPrintable(binaries.join(QLatin1Char(' '))));
    QVERIFY2(binaries.contains(QStringLiteral("greendoor-cli")), qPrintable(binaries.join(QLatin1Char(' '))));
}

void TestPackaging::metainfoReleaseIsProjectVersion()
{
    QFile file(metainfoPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(metainfoPath()));
    QXmlStreamReader xml(&file);
    QString newestRelease;
    while (!xml.atEnd() && newestRelease.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release"))
            newestRelease = xml.attributes().value(QLatin1String("version")).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // The newest release comes first; it must be the version project() declares.
    QCOMPARE(newestRelease, QStringLiteral(GREENDOOR_VERSION));
}

void TestPackaging::iconIsSvg()
{
    QFile file(iconPath());
    QVERIFY2(file.exists(), qPrintable(iconPath()));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(iconPath()));
    QXmlStreamReader xml(&file);
    QVERIFY2(xml.readNextStartElement(), qPrintable(xml.errorString()));
    QCOMPARE(xml.name(), QLatin1String("svg"));
    QCOMPARE(xml.namespaceUri(), QLatin1String("http://www.w3.org/2000/svg"));
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(),
        qPrintable(QStringLiteral("%1:%2: %3").arg(iconPath()).arg(xml.lineNumber()).arg(xml.errorString())));
}

class TestPackageDeb final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void debHoldsApplicationAndDesktopFiles();

private:
    QString m_cpack;
    QString m_dpkgDeb;
};

void TestPackageDeb::initTestCase()
{
    m_cpack = QStringLiteral(GREENDOOR_CPACK_COMMAND);
    if (!QFileInfo(m_cpack).isExecutable())
        m_cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
    if (m_cpack.isEmpty())
        QSKIP("cpack is not installed (Debian package cmake)");
    m_dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (m_dpkgDeb.isEmpty())
        QSKIP("dpkg-deb is not installed (Debian package dpkg)");

    const QString config = binaryDir + QStringLiteral("/CPackConfig.cmake");
    QVERIFY2(QFileInfo::exists(config), qPrintable(config + QStringLiteral(" is missing: configure with CMake first")));
    for (const QString& program : { QStringLiteral("greendoor"), QStringLiteral("greendoor-cli") }) {
        const QString built = binaryDir + QStringLiteral("/bin/") + program;
        QVERIFY2(QFileInfo(built).isExecutable(),
            qPrintable(built
                + QStringLiteral(" is missing: build the project (or at least greendoor and "
                                 "greendoor-cli) before running this test")));
    }
}

void TestPackageDeb::debHoldsApplicationAndDesktopFiles()
{
    QTemporaryDir packageDir;
    QVERIFY2(packageDir.isValid(), qPrintable(packageDir.errorString()));

    // -B keeps CPack's staging tree (_CPack_Packages) and the .deb out of the build tree.
    const QStringList cpackArguments { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
        binaryDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), packageDir.path() };
    const ToolResult cpack = runTool(m_cpack, cpackArguments, 100000, packageDir.path());
    QVERIFY2(cpack.finished && cpack.exitCode == 0, qPrintable(describe(m_cpack, cpackArguments, cpack)));

    const QStringList debs = QDir(packageDir.path()).entryList({ QStringLiteral("*.deb") }, QDir::Files);
    QVERIFY2(debs.size() == 1,
        qPrintable(QStringLiteral("expected one .deb, found [%1]; cpack said:\n%2")
                       .arg(debs.join(QStringLiteral(", ")), cpack.output)));
    const QString deb = packageDir.filePath(debs.constFirst());

    const QStringList listArguments { QStringLiteral("-c"), deb };
    const ToolResult listing = runTool(m_dpkgDeb, listArguments);
    QVERIFY2(listing.finished && listing.exitCode == 0, qPrintable(describe(m_dpkgDeb, listArguments, listing)));

    // "-rwxr-xr-x root/root 123456 2026-11-21 19:46 ./usr/bin/greendoor" (symlinks add " -> target").
    static const QRegularExpression entry(QStringLiteral(R"(^(\S+)\s+\S+\s+\d+\s+\S+\s+\S+\s+\./(.*?)(?: -> .*)?$)"));
    QHash<QString, QString> modes; // path -> permission string
    const QStringList lines = listing.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = entry.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(QStringLiteral("unexpected dpkg-deb -c line: ") + line));
        QString path = match.captured(2);
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        if (!path.isEmpty())
            modes.insert(path, match.captured(1));
    }

    const QString contents = QStringList(modes.keys()).join(QLatin1Char('\n'));
    const QStringList expected {
        QStringLiteral("usr/bin/greendoor"),
        QStringLiteral("usr/bin/greendoor-cli"),
        QStringLiteral("usr/share/applications/") + appId + QStringLiteral(".desktop"),
        QStringLiteral("usr/share/metainfo/") + appId + QStringLiteral(".metainfo.xml"),
        QStringLiteral("usr/share/icons/hicolor/scalable/apps/") + appId + QStringLiteral(".svg"),
    };
    for (const QString& path : expected)
        QVERIFY2(modes.contains(path),
            qPrintable(QStringLiteral("%1 is not in %2; it holds:\n%3").arg(path, deb, contents)));
    QVERIFY2(modes.value(QStringLiteral("usr/bin/greendoor")).startsWith(QLatin1String("-rwxr-xr-x")),
        qPrintable(modes.value(QStringLiteral("usr/bin/greendoor"))));
    QVERIFY2(modes.value(QStringLiteral("usr/bin/greendoor-cli")).startsWith(QLatin1String("-rwxr-xr-x")),
        qPrintable(modes.value(QStringLiteral("usr/bin/greendoor-cli"))));
    for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
        QVERIFY2(it.key() == QLatin1String("usr") || it.key().startsWith(QLatin1String("usr/")),
            qPrintable(QStringLiteral("%1 is outside /usr").arg(it.key())));
        QVERIFY2(!it.key().startsWith(QLatin1String("usr/local")),
            qPrintable(QStringLiteral("%1 is under /usr/local").arg(it.key())));
    }

    const auto field = [&](const QString& name) {
        const ToolResult result = runTool(m_dpkgDeb, { QStringLiteral("-f"), deb, name });
        return result.exitCode == 0 ? result.output.trimmed() : QString();
    };
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("greendoor"));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(GREENDOOR_VERSION));
    const QString depends = field(QStringLiteral("Depends"));
    for (const QString& package :
        { QStringLiteral("libqt6widgets6"), QStringLiteral("libqt6sql6-sqlite"), QStringLiteral("libqt6keychain1") }) {
        QVERIFY2(depends.contains(package), qPrintable(QStringLiteral("Depends: %1").arg(depends)));
    }

    // The installed tree as a whole: the metainfo's launchable must name the installed desktop file.
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty()) {
        qInfo("appstreamcli is not installed: not validating the unpacked package tree");
        return;
    }
    const QString root = packageDir.filePath(QStringLiteral("root"));
    const QStringList extractArguments { QStringLiteral("-x"), deb, root };
    const ToolResult extract = runTool(m_dpkgDeb, extractArguments);
    QVERIFY2(extract.finished && extract.exitCode == 0, qPrintable(describe(m_dpkgDeb, extractArguments, extract)));
    const QStringList treeArguments { QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
        QStringLiteral("--explain"), root };
    const ToolResult tree = runTool(appstreamcli, treeArguments);
    QVERIFY2(tree.finished && tree.exitCode == 0, qPrintable(describe(appstreamcli, treeArguments, tree)));
}

#ifdef GREENDOOR_TEST_PACKAGE_DEB
QTEST_GUILESS_MAIN(TestPackageDeb)
#else
QTEST_GUILESS_MAIN(TestPackaging)
#endif

#include "tst_packaging.moc"
