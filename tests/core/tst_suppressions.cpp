// Suppression lists: addresses and domains never mailed, globally or per campaign; CSV in and
// out through the real CLI.
#include "core/mail/SuppressionStore.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace gd;
using namespace gd::core;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(GREENDOOR_CLI), args);
    p.closeWriteChannel();
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSuppressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesAddressesDomainsAndScopes()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        SuppressionStore store(*ws);
        QString error;
        QVERIFY(store.add(QStringLiteral(" Greta@BrightPath.example "), {}, QStringLiteral("unsubscribe"),
            QStringLiteral("msg-1"), &error));
        QVERIFY(store.add(QStringLiteral("@competitor.example"), {}, QStringLiteral("manual"), {}, &error));
        QVERIFY(store.add(
            QStringLiteral("olivia@jansen.example"), QStringLiteral("spring"), QStringLiteral("manual"), {}, &error));
        QVERIFY(!store.add(QStringLiteral("not an address"), {}, QStringLiteral("manual"), {}, &error));
        QVERIFY(!store.add(QStringLiteral("@nodot"), {}, QStringLiteral("manual"), {}, &error));
        // Adding twice keeps one entry.
        QVERIFY(store.add(QStringLiteral("greta@brightpath.example"), {}, QStringLiteral("bounce"), {}, &error));
        QCOMPARE(store.list().size(), 3);

        QCOMPARE(store.match(QStringLiteral("greta@brightpath.example"))->reason, QStringLiteral("unsubscribe"));
        QVERIFY(store.match(QStringLiteral("GRETA@brightpath.example"), QStringLiteral("any-campaign")));
        QCOMPARE(
            store.match(QStringLiteral("anyone@competitor.example"))->address, QStringLiteral("@competitor.example"));
        QVERIFY(!store.match(QStringLiteral("olivia@jansen.example")));
        QVERIFY(store.match(QStringLiteral("olivia@jansen.example"), QStringLiteral("spring")));
        QVERIFY(!store.match(QStringLiteral("olivia@jansen.example"), QStringLiteral("autumn")));
        QVERIFY(!store.match(QStringLiteral("someone@brightpath.example")));

        QVERIFY(store.remove(QStringLiteral("GRETA@brightpath.example"), {}, &error));
        QVERIFY(!store.match(QStringLiteral("greta@brightpath.example")));
        QVERIFY(!store.remove(QStringLiteral("greta@brightpath.example"), {}, &error));
    }

    void importReportsBadLinesAndExportRoundTrips()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        SuppressionStore store(*ws);
        const QString csv = dir.file(QStringLiteral("dnc.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Name,Email\nGreta,greta@brightpath.example\nBroken,not-an-email\nDomain,@blocked.example\n"
                "Formula,=HYPERLINK(\"x\")\nGreta again,GRETA@brightpath.example\n");
        f.close();
        const auto report = store.importCsv(csv, {}, QStringLiteral("import"));
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.added, 2);
        QCOMPARE(report.already, 1);
        QCOMPARE(report.rejected.size(), 2);
        QCOMPARE(report.rejected.at(0).first, 3);
        QCOMPARE(report.rejected.at(1).first, 5);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(store.exportCsv(&buffer, {}, &error));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QVERIFY(lines.at(0).startsWith("address,scope,reason,source,created_at"));
        // A leading @ is what a spreadsheet would run: written as text, and read back as the domain.
        QVERIFY(lines.at(1).startsWith("'@blocked.example,global,import,"));
        QVERIFY(lines.at(2).startsWith("greta@brightpath.example,global,import,"));
        QVERIFY(
            store.importCsv(dir.file(QStringLiteral("missing.csv")), {}, QStringLiteral("import")).error.size() > 0);
    }

    void cli()
    {
        test::TempDir dir;
        const QString ws = dir.file(QStringLiteral("s.greendoor"));
        const QStringList base { QStringLiteral("--workspace"), ws };
        QCOMPARE(::cli(base + QStringList { QStringLiteral("init") }).code, 0);
        Run r = ::cli(base
            + QStringList { QStringLiteral("suppressions"), QStringLiteral("add"),
                QStringLiteral("Greta@BrightPath.example"), QStringLiteral("--reason"),
                QStringLiteral("unsubscribe") });
        QVERIFY2(r.code == 0, r.err.constData());
        r = ::cli(base
            + QStringList {
                QStringLiteral("suppressions"),
                QStringLiteral("add"),
                QStringLiteral("nobody"),
            });
        QCOMPARE(r.code, 1);
        r = ::cli(
            base + QStringList { QStringLiteral("--json"), QStringLiteral("suppressions"), QStringLiteral("list") });
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("address")).toString(),
            QStringLiteral("greta@brightpath.example"));
        r = ::cli(base + QStringList { QStringLiteral("suppressions"), QStringLiteral("export") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("greta@brightpath.example,global,unsubscribe,cli,"));
        const QString csv = dir.file(QStringLiteral("in.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("email\nx@y.example\nbad\n");
        f.close();
        r = ::cli(base
            + QStringList { QStringLiteral("--json"), QStringLiteral("suppressions"), QStringLiteral("import"), csv,
                QStringLiteral("--campaign"), QStringLiteral("spring") });
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt(), 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rejected")).toArray().size(), 1);
        r = ::cli(base + QStringList { QStringLiteral("suppressions"), QStringLiteral("export") });
        QCOMPARE(r.code, 0);
        r = ::cli(base
            + QStringList { QStringLiteral("suppressions"), QStringLiteral("remove"), QStringLiteral("x@y.example"),
                QStringLiteral("--campaign"), QStringLiteral("spring") });
        QCOMPARE(r.code, 0);
        r = ::cli(base + QStringList { QStringLiteral("suppressions"), QStringLiteral("frob") });
        QCOMPARE(r.code, 2);
        // A failed write to standard output is not a success.
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(QStringLiteral(GREENDOOR_CLI),
            base + QStringList { QStringLiteral("suppressions"), QStringLiteral("export") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSuppressions)
#include "tst_suppressions.moc"
