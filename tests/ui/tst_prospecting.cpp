#include "core/net/HttpFetcher.h"
#include "core/prospects/Icp.h"
#include "core/prospects/ProspectImporter.h"
#include "core/runtime/Runtime.h"
#include "core/store/ProspectStore.h"
#include "core/store/Workspace.h"
#include "support/HttpServer.h"
#include "support/SampleSite.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/IcpDialog.h"
#include "ui/ImportDialog.h"
#include "ui/MainWindow.h"
#include "ui/ProspectTableModel.h"
#include "ui/ProspectsView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace gd;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(GREENDOOR_TEST_DATA "/import/") + name;
}

void shot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GREENDOOR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestProspecting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void icpFromAWebsite();
    void icpWhenTheSiteCannotBeRead();
    void importDialogMapsImportsAndReports();
    void importDialogCancelStoresNothing();
    void prospectsViewShowsScoresAndReasons();
    void newWorkspaceStartsWithTheProfile();

private:
    test::TempDir m_dir;
};

void TestProspecting::initTestCase()
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
    // The sample sites listen on 127.0.0.1, a loopback address the fetcher refuses unless allowed.
    core::setPrivateAddressesAllowedByDefault(true);
}

void TestProspecting::icpFromAWebsite()
{
    test::HttpServer server;
    QVERIFY(server.port() != 0);
    test::serveSampleSite(server);
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    ui::AsyncRunner runner(ws);
    ui::IcpDialog dialog(&runner);
    dialog.show();
    QSignalSpy savedSpy(&dialog, &ui::IcpDialog::saved);
    QSignalSpy finished(&dialog, &ui::IcpDialog::fetchFinished);
    dialog.urlField()->setText(server.url().toString());
    dialog.fetch(dialog.urlField()->text());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QVERIFY(dialog.isFormShown());
    QVERIFY(dialog.field(QStringLiteral("industries"))->text().contains(QStringLiteral("Logistics")));
    QVERIFY(dialog.field(QStringLiteral("industries"))->text().contains(QStringLiteral("Manufacturing")));
    QVERIFY(dialog.field(QStringLiteral("regions"))->text().contains(QStringLiteral("Europe")));
    QVERIFY(dialog.field(QStringLiteral("disqualifiers"))->text().contains(QStringLiteral("Students")));
    // robots.txt was honoured: /pricing was never requested, so "Energy" is not in the draft.
    QCOMPARE(server.requestCount(QStringLiteral("/pricing")), 0);
    QVERIFY(!dialog.field(QStringLiteral("industries"))->text().contains(QStringLiteral("Energy")));
    shot(&dialog, QStringLiteral("icp.png"));

    // Every field is editable; saving makes version 1, an edit version 2.
    dialog.field(QStringLiteral("industries"))->setText(QStringLiteral("Logistics, Retail"));
    dialog.save();
    QVERIFY(dialog.isSaving());
    QVERIFY(savedSpy.wait(10000));
    QCOMPARE(savedSpy.at(0).at(0).toInt(), 1);
    const core::Icp saved = *core::IcpStore::current(*ws);
    QCOMPARE(saved.industries, QStringList({ QStringLiteral("Logistics"), QStringLiteral("Retail") }));
    QCOMPARE(saved.source, QStringLiteral("url"));
    QVERIFY(saved.evidence.contains(QStringLiteral("industries:Logistics")));
    QVERIFY(!saved.evidence.contains(QStringLiteral("industries:Manufacturing")));
    dialog.save();
    QVERIFY(savedSpy.wait(10000));
    QCOMPARE(savedSpy.at(1).at(0).toInt(), 2);

    // A second dialog opens with the current profile, read in the background.
    ui::IcpDialog again(&runner);
    QSignalSpy loaded(&again, &ui::IcpDialog::currentLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.at(0).at(0).toBool());
    QVERIFY(again.isFormShown());
    QCOMPARE(again.field(QStringLiteral("industries"))->text(), QStringLiteral("Logistics, Retail"));
}

void TestProspecting::icpWhenTheSiteCannotBeRead()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    ui::AsyncRunner runner(ws);
    ui::IcpDialog dialog(&runner);
    QSignalSpy savedSpy(&dialog, &ui::IcpDialog::saved);
    QSignalSpy finished(&dialog, &ui::IcpDialog::fetchFinished);
    quint16 closedPort = 0;
    {
        test::HttpServer gone;
        closedPort = gone.port();
    }
    dialog.fetch(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(dialog.statusLabel()->text().contains(QStringLiteral("by hand")));
    // Non-HTML start page: a clear message too.
    test::HttpServer server;
    test::HttpServer::Route pdf;
    pdf.headers = { { "Content-Type", "application/pdf" } };
    pdf.body = "%PDF-1.4";
    server.setRoute(QStringLiteral("/"), pdf);
    dialog.fetch(server.url().toString());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QVERIFY(!finished.at(1).at(0).toBool());
    // The manual form works the same.
    dialog.showForm(core::Icp());
    dialog.field(QStringLiteral("industries"))->setText(QStringLiteral("Software"));
    dialog.field(QStringLiteral("regions"))->setText(QStringLiteral("DACH, Nordics"));
    dialog.save();
    QVERIFY(savedSpy.wait(10000));
    QCOMPARE(savedSpy.at(0).at(0).toInt(), 1);
    QCOMPARE(core::IcpStore::current(*ws)->regions, QStringList({ QStringLiteral("DACH"), QStringLiteral("Nordics") }));
}

void TestProspecting::importDialogMapsImportsAndReports()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    ui::AsyncRunner runner(ws);
    ui::ImportDialog dialog(&runner);
    dialog.show();
    QSignalSpy preview(&dialog, &ui::ImportDialog::previewReady);
    dialog.setFile(fixture(QStringLiteral("hubspot.csv")));
    QTRY_COMPARE(preview.count(), 1);
    QCOMPARE(dialog.previewTable()->columnCount(), 12);
    QCOMPARE(dialog.mappingBox(0)->currentData().toInt(), int(core::ProspectField::FirstName));
    QCOMPARE(dialog.mappingBox(2)->currentData().toInt(), int(core::ProspectField::Email));
    // The user corrects a column: the phone numbers are not wanted.
    QCOMPARE(dialog.mappingBox(10)->currentData().toInt(), int(core::ProspectField::Phone));
    dialog.mappingBox(10)->setCurrentIndex(dialog.mappingBox(10)->findData(int(core::ProspectField::Ignore)));
    shot(&dialog, QStringLiteral("import.png"));
    QSignalSpy finished(&dialog, &ui::ImportDialog::importFinished);
    dialog.startImport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QVERIFY(dialog.report().ok());
    QCOMPARE(dialog.report().imported, 2);
    QVERIFY(dialog.summaryLabel()->text().startsWith(QStringLiteral("2 new prospects")));
    QVERIFY(test::scalar(*ws, QStringLiteral("SELECT phone FROM prospects WHERE email LIKE 'anna%'")).isNull());

    // A file with bad rows: the report lists them, and they can be saved to fix.
    const QString bad = dir.file(QStringLiteral("bad.csv"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Email,Company\nGood One,good@a.example,A\nBad One,nope,B\n");
    f.close();
    dialog.setFile(bad);
    QTRY_COMPARE(preview.count(), 2);
    dialog.startImport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
    QCOMPARE(dialog.rejectsTable()->rowCount(), 1);
    QCOMPARE(dialog.rejectsTable()->item(0, 0)->text(), QStringLiteral("3"));
    QVERIFY(dialog.rejectsTable()->item(0, 1)->text().contains(QStringLiteral("not a valid email")));
    const QString out = dir.file(QStringLiteral("rejected.csv"));
    QSignalSpy rejectsSaved(&dialog, &ui::ImportDialog::rejectsSaved);
    dialog.saveRejects(out);
    QVERIFY(rejectsSaved.wait(10000));
    QVERIFY(rejectsSaved.at(0).at(1).toBool());
    QFile rejected(out);
    QVERIFY(rejected.open(QIODevice::ReadOnly));
    QVERIFY(rejected.readAll().contains("Bad One"));

    // Not a CSV: a clear message, no import.
    const QString garbage = dir.file(QStringLiteral("photo.csv"));
    QFile g(garbage);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(QByteArray(2048, '\0'));
    g.close();
    dialog.setFile(garbage);
    QTRY_COMPARE(preview.count(), 3);
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestProspecting::importDialogCancelStoresNothing()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    const QString path = dir.file(QStringLiteral("big.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Email,Company\n");
    for (int i = 0; i < 200000; ++i)
        f.write(QStringLiteral("Person %1,p%1@c%2.example,Company %2\n").arg(i).arg(i % 500).toUtf8());
    f.close();
    ui::AsyncRunner runner(ws);
    ui::ImportDialog dialog(&runner);
    QSignalSpy preview(&dialog, &ui::ImportDialog::previewReady);
    dialog.setFile(path);
    QTRY_COMPARE(preview.count(), 1);
    QSignalSpy finished(&dialog, &ui::ImportDialog::importFinished);
    dialog.startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.progressBar()->value() > 0, 20000);
    dialog.cancelImport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(dialog.report().cancelled);
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("nothing was stored")));
    QCOMPARE(core::ProspectStore::count(*ws), 0);
}

void TestProspecting::prospectsViewShowsScoresAndReasons()
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir);
    core::Icp icp;
    icp.industries = { QStringLiteral("Logistics") };
    icp.roles = { QStringLiteral("Sales") };
    icp.regions = { QStringLiteral("Europe") };
    QCOMPARE(core::IcpStore::save(*ws, icp, QStringLiteral("manual")), 1);
    // 5,000 prospects, enough for several pages.
    QFile f(dir.file(QStringLiteral("p.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Name,Email,Title,Company,Industry,Country\n");
    for (int i = 0; i < 5000; ++i)
        f.write(QStringLiteral("Person %1,p%1@c%2.example,%3,Company %2,%4,DE\n")
                    .arg(i)
                    .arg(i % 97)
                    .arg(i % 3 == 0 ? QStringLiteral("VP Sales") : QStringLiteral("Engineer"))
                    .arg(i % 2 == 0 ? QStringLiteral("Logistics") : QStringLiteral("Retail"))
                    .toUtf8());
    f.close();
    core::ProspectImporter importer(ws);
    QCOMPARE(importer.run(f.fileName()).imported, 5000);

    ui::ProspectsView view;
    view.resize(1200, 700);
    view.show();
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::AsyncRunner runner(ws);
    view.setRunner(&runner);
    QTRY_COMPARE(view.model()->rowCount(), 5000);
    QTRY_VERIFY(view.model()->index(0, 0).data(ui::ProspectTableModel::LoadedRole).toBool());
    // Best first: a Logistics VP Sales in Germany scores 30 + 25 + 10 + 15.
    QCOMPARE(view.model()->index(0, ui::ProspectTableModel::ScoreColumn).data().toInt(), 80);
    view.view()->selectRow(0);
    QTRY_VERIFY(view.detail()->toPlainText().contains(QStringLiteral("Score 80 of 100")));
    QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("+30 industry Logistics matches the profile")));
    QVERIFY(view.detail()->toPlainText().contains(QStringLiteral("import:p.csv line")));
    shot(&view, QStringLiteral("prospects.png"));
    // The end of the list loads on demand.
    const QModelIndex last = view.model()->index(4999, ui::ProspectTableModel::NameColumn);
    view.view()->scrollTo(last);
    QTRY_VERIFY(last.data(ui::ProspectTableModel::LoadedRole).toBool());
    // Filter and threshold run in the worker and recount.
    view.minScoreBox()->setValue(80);
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 834, 5000); // i % 6 == 0
    view.minScoreBox()->setValue(-1);
    view.searchField()->setText(QStringLiteral("Person 4999"));
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 1, 5000);
    // Sort by name.
    view.searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 5000, 5000);
    view.model()->sort(ui::ProspectTableModel::NameColumn, Qt::AscendingOrder);
    QTRY_VERIFY(view.model()->index(0, 0).data(ui::ProspectTableModel::LoadedRole).toBool()
        && view.model()->index(0, ui::ProspectTableModel::NameColumn).data().toString() == QStringLiteral("Person 0"));
}

void TestProspecting::newWorkspaceStartsWithTheProfile()
{
    ui::MainWindow window;
    window.show();
    QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
    window.openWorkspace(m_dir.file(QStringLiteral("fresh.greendoor")), ui::MainWindow::OpenKind::New);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
    QTRY_VERIFY(window.findChild<ui::IcpDialog*>() && window.findChild<ui::IcpDialog*>()->isVisible());
    window.findChild<ui::IcpDialog*>()->reject();
    window.tabs()->setCurrentWidget(window.prospectsView());
    window.close();
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
}

QTEST_MAIN(TestProspecting)
#include "tst_prospecting.moc"
