// The weekly report timer shipped in packaging/: the unit files parse (systemd-analyze verify),
// the timer fires weekly, and the service's ExecStart, run as systemd would run it with the
// settings of reports.env, writes last week's reports into the folder.
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString source(const QString& name)
{
    return QStringLiteral(GREENDOOR_SOURCE_DIR "/packaging/") + name;
}

QString unitValue(const QString& file, const QString& key)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestReportTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitsParse()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed (Debian package systemd)");
        // The installed service names its program bare (systemd looks in /usr/local/bin and
        // /usr/bin); here it is the script in the source tree.
        QTemporaryDir dir;
        QFile in(source(QStringLiteral("greendoor-reports.service")));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray service = in.readAll();
        QVERIFY(service.contains("\nExecStart=greendoor-weekly-reports\n"));
        service.replace(QByteArray("ExecStart=greendoor-weekly-reports"),
            QByteArray(QByteArray("ExecStart=") + source(QStringLiteral("greendoor-weekly-reports")).toUtf8()));
        QFile out(dir.filePath(QStringLiteral("greendoor-reports.service")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(service);
        out.close();
        QVERIFY(QFile::copy(source(QStringLiteral("greendoor-reports.timer")),
            dir.filePath(QStringLiteral("greendoor-reports.timer"))));
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(analyze,
            { QStringLiteral("verify"), QStringLiteral("--man=no"),
                dir.filePath(QStringLiteral("greendoor-reports.service")),
                dir.filePath(QStringLiteral("greendoor-reports.timer")) });
        QVERIFY(p.waitForFinished(60000));
        const QString said = QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("greendoor-reports")), qPrintable(said));

        // Weekly: the calendar expression elapses on Mondays.
        const QString calendar
            = unitValue(source(QStringLiteral("greendoor-reports.timer")), QStringLiteral("OnCalendar"));
        QVERIFY(calendar.startsWith(QStringLiteral("Mon ")));
        p.start(analyze, { QStringLiteral("calendar"), QStringLiteral("--iterations=2"), calendar });
        QVERIFY(p.waitForFinished(60000));
        const QString next = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0 && next.count(QStringLiteral("Mon ")) >= 2, qPrintable(next));
    }

    void execStartWritesLastWeeksReports()
    {
        QTemporaryDir dir;
        const QString cli = QStringLiteral(GREENDOOR_CLI);
        const QString ws = dir.filePath(QStringLiteral("demo.greendoor"));
        QProcess init;
        init.start(cli, { QStringLiteral("--workspace"), ws, QStringLiteral("init"), QStringLiteral("--demo") });
        QVERIFY(init.waitForFinished(60000));
        QCOMPARE(init.exitCode(), 0);

        // ExecStart as the unit says, the program found on PATH as systemd would find it.
        const QString exec
            = unitValue(source(QStringLiteral("greendoor-reports.service")), QStringLiteral("ExecStart"));
        QCOMPARE(exec, QStringLiteral("greendoor-weekly-reports"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
            QStringLiteral(GREENDOOR_SOURCE_DIR "/packaging:") + QFileInfo(cli).absolutePath()
                + QStringLiteral(":/usr/bin:/bin"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // a timer has no display
        env.remove(QStringLiteral("DISPLAY"));
        // What reports.env holds.
        env.insert(QStringLiteral("GREENDOOR_WORKSPACE"), ws);
        const QString out = dir.filePath(QStringLiteral("Reports"));
        env.insert(QStringLiteral("GREENDOOR_REPORT_DIR"), out);
        env.insert(QStringLiteral("GREENDOOR_REPORT_TO"), QStringLiteral("2026-11-29"));
        QProcess run;
        run.setProcessEnvironment(env);
        run.start(QStandardPaths::findExecutable(exec, { QStringLiteral(GREENDOOR_SOURCE_DIR "/packaging") }), {});
        QVERIFY(run.waitForFinished(240000));
        QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
        for (const char* kind : { "pipeline", "activity", "decisions", "goals", "audit" }) {
            for (const char* format : { "pdf", "csv" }) {
                const QString file = QStringLiteral("%1/%2-2026-11-23-2026-11-29.%3")
                                         .arg(out, QLatin1String(kind), QLatin1String(format));
                QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
            }
        }
        // A rerun for the same week replaces the files instead of failing.
        run.start(QStandardPaths::findExecutable(exec, { QStringLiteral(GREENDOOR_SOURCE_DIR "/packaging") }), {});
        QVERIFY(run.waitForFinished(240000));
        QCOMPARE(run.exitCode(), 0);

        // Without a workspace it says what to set.
        env.remove(QStringLiteral("GREENDOOR_WORKSPACE"));
        run.setProcessEnvironment(env);
        run.start(QStandardPaths::findExecutable(exec, { QStringLiteral(GREENDOOR_SOURCE_DIR "/packaging") }), {});
        QVERIFY(run.waitForFinished(60000));
        QCOMPARE(run.exitCode(), 2);
        QVERIFY(run.readAllStandardError().contains("GREENDOOR_WORKSPACE"));
    }
};

QTEST_GUILESS_MAIN(TestReportTimer)
#include "tst_report_timer.moc"
