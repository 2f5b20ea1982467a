#include "core/decisions/AuditLog.h"
#include "core/decisions/DecisionEngine.h"
#include "core/decisions/Executor.h"
#include "core/formats/CsvReader.h"
#include "core/mail/SuppressionStore.h"
#include "core/reports/AuditSentence.h"
#include "core/reports/Report.h"
#include "core/reports/ReportPrivacy.h"
#include "core/sales/DealBook.h"
#include "core/sales/Goal.h"
#include "core/sales/GoalStore.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"
#include "support/TestSupport.h"
#include "ui/ReportChartImage.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace gd;

namespace {

core::Proposal email(const QString& to)
{
    core::Proposal p;
    p.type = QStringLiteral("email.first_touch");
    p.agent = QStringLiteral("outreach");
    p.target = to;
    p.action = QJsonObject { { QStringLiteral("to"), to }, { QStringLiteral("subject"), QStringLiteral("Hello") },
        { QStringLiteral("body"), QStringLiteral("Hi there") } };
    p.inputs = QJsonObject { { QStringLiteral("lawful_basis"), QStringLiteral("legitimate_interest") },
        { QStringLiteral("region"), QStringLiteral("DE") } };
    p.reasoning = QStringLiteral("test");
    return p;
}

QList<QStringList> readCsv(const QByteArray& data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    core::CsvReader reader;
    QString error;
    QList<QStringList> rows;
    if (!reader.open(&buffer, &error))
        return rows;
    reader.setDelimiter(QLatin1Char(','));
    QStringList fields;
    while (reader.readRecord(&fields))
        rows << fields;
    return rows;
}

// The PDF's text, or empty when pdftotext (poppler-utils) is not installed.
QString pdfText(const QByteArray& pdf, const QString& dir)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    const QString path = dir + QStringLiteral("/r.pdf");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(tool, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    test::TempDir m_dir;
    std::shared_ptr<core::Workspace> m_ws;
    core::ReportPeriod m_period;

    void insertProspect(const QString& name, const QString& address)
    {
        QSqlQuery q(m_ws->db());
        q.prepare(
            QStringLiteral("INSERT INTO prospects (full_name, email, source, created_at) VALUES (?, ?, 'test', 0)"));
        q.addBindValue(name);
        q.addBindValue(address);
        QVERIFY(q.exec());
    }

    QByteArray csvOf(const QString& kind, QString* error)
    {
        const auto request = core::ReportRequest::parse(
            kind, m_period.from.toString(Qt::ISODate), m_period.to.toString(Qt::ISODate), QStringLiteral("csv"), error);
        if (!request)
            return {};
        const core::ReportPrivacy privacy = core::ReportPrivacy::load(*m_ws);
        const auto report = core::Reports::build(*m_ws, *request, privacy, nullptr, {}, error);
        if (!report)
            return {};
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (core::Reports::writeCsv(*m_ws, *report, privacy, &buffer, nullptr, error) < 0)
            return {};
        return data;
    }

    QByteArray pdfOf(const QString& kind, QString* error, int* charts = nullptr)
    {
        const auto request = core::ReportRequest::parse(
            kind, m_period.from.toString(Qt::ISODate), m_period.to.toString(Qt::ISODate), QStringLiteral("pdf"), error);
        if (!request)
            return {};
        const core::ReportPrivacy privacy = core::ReportPrivacy::load(*m_ws);
        const auto report = core::Reports::build(*m_ws, *request, privacy, nullptr, {}, error);
        if (!report)
            return {};
        const QList<QImage> images = ui::ReportChartImage::renderAll(*report);
        if (charts)
            *charts = static_cast<int>(images.size());
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        if (!core::Reports::writePdf(*m_ws, *report, privacy, images, &buffer, nullptr, error))
            return {};
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_ws = test::createWorkspace(m_dir);
        QString error;
        QVERIFY(m_ws->setMeta(core::keys::WorkspaceName, QStringLiteral("Acme Sales"), &error));
        insertProspect(QStringLiteral("Olivia Jansen"), QStringLiteral("olivia@acme.example"));
        insertProspect(QStringLiteral("Greta Gone"), QStringLiteral("greta@gone.example"));
        insertProspect(QStringLiteral("Erik Erased"), QStringLiteral("erik@erased.example"));

        core::DecisionEngine engine(m_ws);
        for (const QString& to : { QStringLiteral("olivia@acme.example"), QStringLiteral("greta@gone.example"),
                 QStringLiteral("erik@erased.example") }) {
            const core::ProposeResult r = engine.propose(email(to));
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        }
        core::DealBook book(*m_ws);
        core::DealDraft olivia;
        olivia.title = QStringLiteral("Acme rollout");
        olivia.company = QStringLiteral("Acme");
        olivia.contactEmail = QStringLiteral("olivia@acme.example");
        olivia.value = 12000;
        QVERIFY2(book.create(olivia, &error), qPrintable(error));
        core::DealDraft greta;
        greta.title = QStringLiteral("Gone pilot");
        greta.company = QStringLiteral("Gone GmbH");
        greta.contactEmail = QStringLiteral("greta@gone.example");
        greta.stage = QStringLiteral("proposal");
        greta.value = 5000;
        QVERIFY2(book.create(greta, &error), qPrintable(error));
        core::DealDraft erik;
        erik.title = QStringLiteral("Erased deal");
        erik.company = QStringLiteral("Erased BV");
        erik.contactEmail = QStringLiteral("erik@erased.example");
        erik.value = 3000;
        QVERIFY2(book.create(erik, &error), qPrintable(error));

        core::GoalStore goals(*m_ws);
        core::Goal goal = core::GoalParser::parse(
            QStringLiteral("Book 15 meetings by the end of next month"), QDate::currentDate());
        QVERIFY(!goal.ambiguous);
        QVERIFY2(goals.add(goal, &error), qPrintable(error));

        // Greta unsubscribed; Erik asked to be erased (the real erasure: approved and carried out).
        QVERIFY(core::SuppressionStore(*m_ws).add(QStringLiteral("greta@gone.example"), core::SuppressionStore::Global,
            QStringLiteral("unsubscribe"), QStringLiteral("test"), &error));
        core::Proposal erase;
        erase.type = QStringLiteral("data.erase");
        erase.agent = QStringLiteral("operator");
        erase.target = QStringLiteral("erik@erased.example");
        erase.reasoning = QStringLiteral("erasure request");
        const core::ProposeResult r = engine.propose(erase);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(!r.approvalId.isEmpty(), "data.erase waits for approval");
        QVERIFY2(engine.approve(r.approvalId, QStringLiteral("admin"), &error), qPrintable(error));
        core::Executor executor(m_ws, &engine);
        QCOMPARE(executor.runPending(&error), 1);
        QCOMPARE(
            test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM prospects WHERE email LIKE 'erik%'")).toInt(), 0);

        const QDate today = QDate::currentDate();
        m_period = { today.addDays(-30), today };
    }

    void refusesBadRequests_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("says");
        QTest::newRow("kind") << "sales"
                              << "2026-01-01"
                              << "2026-01-31"
                              << "pdf"
                              << "unknown report kind";
        QTest::newRow("month 13") << "audit"
                                  << "2026-13-01"
                                  << "2026-12-31"
                                  << "pdf"
                                  << "--from must be a date";
        QTest::newRow("day 31 of April") << "audit"
                                         << "2026-01-01"
                                         << "2026-04-31"
                                         << "csv"
                                         << "--to must be a date";
        QTest::newRow("not a date") << "audit"
                                    << "yesterday"
                                    << "2026-04-30"
                                    << "csv"
                                    << "--from must be a date";
        QTest::newRow("backwards") << "goals"
                                   << "2026-05-01"
                                   << "2026-04-30"
                                   << "csv"
                                   << "ends (2026-04-30) before";
        QTest::newRow("format") << "goals"
                                << "2026-04-01"
                                << "2026-04-30"
                                << "docx"
                                << "--format must be pdf or csv";
    }

    void refusesBadRequests()
    {
        QFETCH(QString, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, format);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!core::ReportRequest::parse(kind, from, to, format, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void csvHasTheColumnsAndNoSuppressedPeople_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("firstColumn");
        QTest::addColumn<int>("rows");
        QTest::newRow("pipeline") << "pipeline"
                                  << "Deal" << 3;
        QTest::newRow("activity") << "activity"
                                  << "Week of" << -1;
        QTest::newRow("decisions") << "decisions"
                                   << "Time" << 4;
        QTest::newRow("goals") << "goals"
                               << "Goal" << 1;
        QTest::newRow("audit") << "audit"
                               << "Row" << -1;
    }

    void csvHasTheColumnsAndNoSuppressedPeople()
    {
        QFETCH(QString, kind);
        QFETCH(QString, firstColumn);
        QFETCH(int, rows);
        QString error;
        const QByteArray csv = csvOf(kind, &error);
        QVERIFY2(!csv.isEmpty(), qPrintable(error));
        const QList<QStringList> records = readCsv(csv);
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().value(0), firstColumn);
        for (const QStringList& r : records)
            QCOMPARE(r.size(), records.first().size());
        if (rows >= 0)
            QCOMPARE(records.size() - 1, rows);
        else
            QVERIFY(records.size() > 1);
        const QString text = QString::fromUtf8(csv);
        for (const char* secret : { "Greta", "greta@", "Erik", "erik@" })
            QVERIFY2(!text.contains(QLatin1String(secret), Qt::CaseInsensitive),
                qPrintable(QStringLiteral("%1 report names %2:\n%3").arg(kind, QLatin1String(secret), text)));
        if (kind == QLatin1String("pipeline") || kind == QLatin1String("decisions"))
            QVERIFY2(text.contains(QStringLiteral("Olivia Jansen")), qPrintable(text));
        if (kind == QLatin1String("pipeline") || kind == QLatin1String("decisions") || kind == QLatin1String("audit"))
            QVERIFY2(text.contains(core::ReportPrivacy::suppressedText()), qPrintable(text));
    }

    void auditReportReadsAsSentences()
    {
        QString error;
        const QString text = QString::fromUtf8(csvOf(QStringLiteral("audit"), &error));
        QVERIFY2(text.contains(QStringLiteral("queued for approval: First-touch email to Olivia Jansen, risk ")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("carried out: Erase personal data to a suppressed contact"))
                || text.contains(QStringLiteral("carried out: Erase personal data: a suppressed contact")),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("0000000")), qPrintable(text)); // rounded numbers
    }

    void pdfHasTitlePagePageNumbersAndNoSuppressedPeople_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("title");
        QTest::newRow("pipeline") << "pipeline"
                                  << "Pipeline report";
        QTest::newRow("activity") << "activity"
                                  << "Activity report";
        QTest::newRow("decisions") << "decisions"
                                   << "Decisions report";
        QTest::newRow("goals") << "goals"
                               << "Goals report";
        QTest::newRow("audit") << "audit"
                               << "Audit trail report";
    }

    void pdfHasTitlePagePageNumbersAndNoSuppressedPeople()
    {
        QFETCH(QString, kind);
        QFETCH(QString, title);
        QString error;
        int charts = 0;
        const QByteArray pdf = pdfOf(kind, &error, &charts);
        QVERIFY2(pdf.startsWith("%PDF-"), qPrintable(error));
        QVERIFY(charts >= 1);
        const QString text = pdfText(pdf, m_dir.path());
        if (text.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text cannot be read back");
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Workspace: Acme Sales")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Period: %1").arg(m_period.text())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 2 of ")), qPrintable(text));
        for (const char* secret : { "Greta", "greta@", "Erik", "erik@" })
            QVERIFY2(!text.contains(QLatin1String(secret), Qt::CaseInsensitive), qPrintable(text));
        if (kind == QLatin1String("pipeline"))
            QVERIFY2(text.contains(QStringLiteral("Olivia Jansen")) && text.contains(QStringLiteral("Acme rollout")),
                qPrintable(text));
    }

    void chartsAreDrawn()
    {
        core::ReportChart chart;
        chart.title = QStringLiteral("Test");
        chart.categories = { QStringLiteral("a"), QStringLiteral("b") };
        chart.series = { { QStringLiteral("s"), { 3, 7 } } };
        const QImage image = ui::ReportChartImage::render(chart, QSize(400, 300));
        QCOMPARE(image.size(), QSize(400, 300));
        // Not a blank page: the bars and axes put other colours than white on it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 5)
            for (int x = 0; x < image.width(); x += 5)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 5);
    }

    void cancelStopsTheExport()
    {
        QString error;
        const auto request = core::ReportRequest::parse(QStringLiteral("audit"), m_period.from.toString(Qt::ISODate),
            m_period.to.toString(Qt::ISODate), QStringLiteral("csv"), &error);
        QVERIFY(request);
        const std::atomic<bool> cancel { true };
        const core::ReportPrivacy privacy = core::ReportPrivacy::load(*m_ws);
        QVERIFY(!core::Reports::build(*m_ws, *request, privacy, &cancel, {}, &error));
        QCOMPARE(error, QStringLiteral("cancelled"));
    }

    void cliWritesTheReportAndRecordsIt()
    {
        const QString out = m_dir.file(QStringLiteral("goals.csv"));
        QProcess p;
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("report"), QStringLiteral("--kind"),
                QStringLiteral("goals"), QStringLiteral("--from"), m_period.from.toString(Qt::ISODate),
                QStringLiteral("--to"), m_period.to.toString(Qt::ISODate), QStringLiteral("--output"), out });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("Goal,Objective,Metric"));
        QCOMPARE(test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM audit_log WHERE event = 'report_exported'"))
                     .toInt(),
            1);
        QVERIFY(core::AuditLog::verify(*m_ws).ok);

        // The same file again without --force is refused; a bad date is a usage error.
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("report"), QStringLiteral("--kind"),
                QStringLiteral("goals"), QStringLiteral("--from"), m_period.from.toString(Qt::ISODate),
                QStringLiteral("--to"), m_period.to.toString(Qt::ISODate), QStringLiteral("--output"), out });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("report"), QStringLiteral("--kind"),
                QStringLiteral("goals"), QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                QStringLiteral("2026-03-01"), QStringLiteral("--output"), m_dir.file(QStringLiteral("x.pdf")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("--from must be a date")));
        QVERIFY(!QFile::exists(m_dir.file(QStringLiteral("x.pdf"))));

        // A PDF from the CLI, without a display.
        const QString pdf = m_dir.file(QStringLiteral("pipeline.pdf"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("report"), QStringLiteral("--kind"),
                QStringLiteral("pipeline"), QStringLiteral("--from"), m_period.from.toString(Qt::ISODate),
                QStringLiteral("--to"), m_period.to.toString(Qt::ISODate), QStringLiteral("--format"),
                QStringLiteral("pdf"), QStringLiteral("--output"), pdf });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QFile g(pdf);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.read(5) == "%PDF-");
    }

    // The audit report reads the trail in one pass, with subjects read once per decision and
    // names once per target. Its rows must be what the batch reading (AuditSentence::subjects(),
    // which the Audit trail tab uses) gives, for every shape of subject: a name found through the
    // address's lower case, a suppressed person written in capitals, a deal by id, a missing deal,
    // a number that is no deal, an address nobody has, a missing decision, no decision. The CLI's
    // CSV on standard output is the same file.
    void auditRowsAreWhatTheBatchReadingGives()
    {
        QString error;
        insertProspect(QStringLiteral("Upper Case"), QStringLiteral("upper@case.example"));
        const QString dealId
            = test::scalar(*m_ws, QStringLiteral("SELECT id FROM deals WHERE title = 'Acme rollout'")).toString();
        QVERIFY(!dealId.isEmpty());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<QPair<QString, QPair<QString, QString>>> decisions = {
            { QStringLiteral("t-upper"), { QStringLiteral("email.follow_up"), QStringLiteral("Upper@CASE.example") } },
            { QStringLiteral("t-suppressed"),
                { QStringLiteral("email.follow_up"), QStringLiteral("GRETA@gone.example") } },
            { QStringLiteral("t-deal"), { QStringLiteral("deal.move_stage"), dealId } },
            { QStringLiteral("t-deal-missing"), { QStringLiteral("deal.move_stage"), QStringLiteral("999999") } },
            { QStringLiteral("t-number"), { QStringLiteral("email.first_touch"), QStringLiteral("42") } },
            { QStringLiteral("t-nobody"), { QStringLiteral("email.first_touch"), QStringLiteral("nobody@x.example") } },
        };
        for (const auto& [id, what] : decisions) {
            QSqlQuery q(m_ws->db());
            q.prepare(QStringLiteral(
                "INSERT INTO decisions (id, type, agent, target, action, action_hash, inputs, inputs_hash, reasoning, "
                "risk, combined_risk, outcome, status, explanation, created_at) VALUES (?, ?, 'outreach', ?, '{}', "
                "'h', '{}', 'h', 'test', ?, 0.3, 'queue', 'executed', '', ?)"));
            q.addBindValue(id);
            q.addBindValue(what.first);
            q.addBindValue(what.second);
            q.addBindValue(QStringLiteral("{\"combined\":0.30000000000000004,\"level\":\"medium\",\"relationship\":"
                                          "{\"reasons\":[\"cold contact (health 0.35)\"]}}"));
            q.addBindValue(now);
            QVERIFY2(q.exec(), qPrintable(id));
            for (const char* event : { "proposed", "assessed", "queued", "rejected", "executed" }) {
                QVERIFY2(core::AuditLog::append(*m_ws, QStringLiteral("operator"), QLatin1String(event), id,
                             { { QStringLiteral("why"), QJsonArray { QStringLiteral("risk above the matrix") } },
                                 { QStringLiteral("reason"), QStringLiteral("not now") },
                                 { QStringLiteral("risk"),
                                     QJsonObject { { QStringLiteral("combined"), 0.30000000000000004 },
                                         { QStringLiteral("level"), QStringLiteral("medium") } } } },
                             &error),
                    qPrintable(error));
            }
        }
        QVERIFY(core::AuditLog::append(*m_ws, QStringLiteral("operator"), QStringLiteral("executed"),
            QStringLiteral("no-such-decision"), {}, &error));
        QVERIFY(core::AuditLog::append(*m_ws, QStringLiteral("admin"), QStringLiteral("matrix_changed"), {},
            { { QStringLiteral("threshold"), 0.44999999999999996 } }, &error));

        // The reference: every row of the period, subjects read in one batch.
        QList<core::AuditEntry> entries;
        QSqlQuery q(m_ws->db());
        q.prepare(QStringLiteral(
            "SELECT seq, actor, event, decision_id, details FROM audit_log WHERE at >= ? AND at < ? ORDER BY seq"));
        q.addBindValue(m_period.fromMs());
        q.addBindValue(m_period.toMs());
        QVERIFY(q.exec());
        while (q.next()) {
            core::AuditEntry e;
            e.seq = q.value(0).toLongLong();
            e.actor = q.value(1).toString();
            e.event = q.value(2).toString();
            e.decisionId = q.value(3).toString();
            e.details = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            entries << e;
        }
        const core::ReportPrivacy privacy = core::ReportPrivacy::load(*m_ws);
        const QHash<QString, core::AuditSubject> subjects = core::AuditSentence::subjects(*m_ws, entries, privacy);
        QCOMPARE(subjects.value(QStringLiteral("t-upper")).who, QStringLiteral("Upper Case"));
        QCOMPARE(subjects.value(QStringLiteral("t-suppressed")).who, core::ReportPrivacy::suppressedText());
        QCOMPARE(subjects.value(QStringLiteral("t-deal")).who, QStringLiteral("Acme rollout"));

        const QByteArray csv = csvOf(QStringLiteral("audit"), &error);
        QVERIFY2(!csv.isEmpty(), qPrintable(error));
        const QList<QStringList> records = readCsv(csv);
        QCOMPARE(records.size() - 1, entries.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const core::AuditEntry& e = entries.at(i);
            const auto it = subjects.constFind(e.decisionId);
            const QString expected = core::AuditSentence::sentence(e, it == subjects.cend() ? nullptr : &it.value());
            const QStringList& row = records.at(i + 1);
            QCOMPARE(row.value(0), QString::number(e.seq));
            QCOMPARE(row.value(4), e.decisionId);
            // CSV neutralises a leading formula character; the sentences here start with letters.
            QCOMPARE(row.value(5), expected);
        }
        const QString text = QString::fromUtf8(csv);
        for (const char* expected : { "rejected by operator: Follow-up email to Upper Case (not now)",
                 "carried out: Move a deal to another stage: Acme rollout",
                 "carried out: Move a deal to another stage: 999999", "carried out: First-touch email to 42",
                 "carried out: First-touch email to nobody@x.example", "carried out: a decision" })
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY2(!text.contains(QStringLiteral("GRETA"), Qt::CaseInsensitive), qPrintable(text));

        // The CLI writes the same CSV to standard output (spooled through a temporary file).
        QProcess p;
        p.start(QStringLiteral(GREENDOOR_CLI),
            { QStringLiteral("--workspace"), m_ws->path(), QStringLiteral("report"), QStringLiteral("--kind"),
                QStringLiteral("audit"), QStringLiteral("--from"), m_period.from.toString(Qt::ISODate),
                QStringLiteral("--to"), m_period.to.toString(Qt::ISODate), QStringLiteral("--format"),
                QStringLiteral("csv") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(p.readAllStandardOutput(), csv);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
