#include "core/decisions/DecisionEngine.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/AuditModel.h"
#include "ui/AuditView.h"
#include "ui/ReportDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace gd;

class TestReportDialog : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::shared_ptr<core::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ws = test::createWorkspace(m_dir);
        QSqlQuery q(m_ws->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at) VALUES "
                                      "('Olivia Jansen', 'olivia@acme.example', 'test', 0)")));
        core::DecisionEngine engine(m_ws);
        core::Proposal p;
        p.type = QStringLiteral("email.first_touch");
        p.agent = QStringLiteral("outreach");
        p.target = QStringLiteral("olivia@acme.example");
        p.action = QJsonObject { { QStringLiteral("to"), p.target },
            { QStringLiteral("subject"), QStringLiteral("Hi") }, { QStringLiteral("body"), QStringLiteral("Hello") } };
        p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") },
            { QStringLiteral("region"), QStringLiteral("DE") } };
        p.reasoning = QStringLiteral("test");
        const core::ProposeResult r = engine.propose(p);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    }

    void previewThenSave()
    {
        ui::AsyncRunner runner(m_ws);
        ui::ReportDialog dialog(&runner);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("audit")));
        dialog.fromEdit()->setDate(QDate::currentDate().addDays(-7));
        dialog.toEdit()->setDate(QDate::currentDate());
        dialog.show();
        QSignalSpy shown(&dialog, &ui::ReportDialog::previewShown);
        dialog.showPreview();
        QVERIFY(dialog.busy()); // the GUI thread went on: the report is built on a worker
        QVERIFY(shown.wait(30000));
        const QString preview = dialog.preview()->toPlainText();
        QVERIFY2(preview.contains(QStringLiteral("Audit trail report")), qPrintable(preview));
        QVERIFY2(preview.contains(QStringLiteral("First-touch email to Olivia Jansen")), qPrintable(preview));
        const QImage shot = dialog.grab().toImage();
        shot.save(QStringLiteral("/tmp/reports-dialog.png"));

        const QString pdf = m_dir.file(QStringLiteral("audit.pdf"));
        QSignalSpy saved(&dialog, &ui::ReportDialog::saved);
        dialog.saveTo(pdf);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));
        QCOMPARE(test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'report_exported'"))
                     .toInt(),
            1);

        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("csv")));
        const QString csv = m_dir.file(QStringLiteral("audit.csv"));
        saved.clear();
        dialog.saveTo(csv);
        QVERIFY(saved.wait(60000));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readAll().startsWith("Row,Time,Who,Event,Decision,What happened"));
    }

    void cancelSavesNothing()
    {
        ui::AsyncRunner runner(m_ws);
        ui::ReportDialog dialog(&runner);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QStringLiteral("decisions")));
        const QString pdf = m_dir.file(QStringLiteral("cancelled.pdf"));
        QSignalSpy cancelled(&dialog, &ui::ReportDialog::cancelled);
        QSignalSpy saved(&dialog, &ui::ReportDialog::saved);
        dialog.saveTo(pdf);
        QVERIFY(dialog.busy());
        QVERIFY(dialog.cancelButton()->isEnabled());
        dialog.cancelButton()->click();
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!dialog.busy());
        QTRY_COMPARE_WITH_TIMEOUT(runner.pendingJobs(), 0, 30000);
        QCOMPARE(saved.size(), 0);
        QVERIFY(!QFile::exists(pdf));
    }

    void auditTabReadsAsSentences()
    {
        ui::AsyncRunner runner(m_ws);
        ui::AuditView view;
        view.setRunner(&runner);
        view.resize(1100, 500);
        view.show();
        view.refresh();
        ui::AuditModel* model = view.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        int queued = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::AuditModel::EventColumn).data().toString() == QLatin1String("queued")
                || model->index(row, ui::AuditModel::EventColumn).data().toString() == QLatin1String("authorized"))
                queued = row;
        }
        QVERIFY(queued >= 0);
        const QString text = model->index(queued, ui::AuditModel::DetailsColumn).data().toString();
        QVERIFY2(text.contains(QStringLiteral("First-touch email to Olivia Jansen, risk ")), qPrintable(text));
        // Rounded for people everywhere in the column, exact in the raw JSON.
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString details = model->index(row, ui::AuditModel::DetailsColumn).data().toString();
            QVERIFY2(!details.contains(QStringLiteral("00000")) && !details.contains(QStringLiteral("99999")),
                qPrintable(details));
        }
        int assessed = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::AuditModel::EventColumn).data().toString() == QLatin1String("assessed"))
                assessed = row;
        }
        QVERIFY(assessed >= 0);
        view.table()->setCurrentIndex(model->index(assessed, 0));
        QVERIFY(!view.rawJson()->isVisible());
        view.rawJsonButton()->click(); // one click away
        QVERIFY(view.rawJson()->isVisible());
        const QString raw = view.rawJson()->toPlainText();
        QVERIFY2(
            raw.contains(QStringLiteral("\"combined\"")) && raw.contains(QStringLiteral("\"rule\"")), qPrintable(raw));
        view.grab().save(QStringLiteral("/tmp/reports-audit.png"));
    }
};

QTEST_MAIN(TestReportDialog)
#include "tst_report_dialog.moc"
