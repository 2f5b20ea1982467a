// A first touch written by the configured language model, as the operator sees it in the
// approval queue: the email, the facts each sentence rests on and, in the reasoning, that the model
// wrote it (or, when its draft was rejected, why the template's was proposed instead).
#include "core/ai/ModelSettings.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"
#include "support/HttpServer.h"
#include "support/TestSupport.h"
#include "ui/ApprovalQueueModel.h"
#include "ui/ApprovalQueueView.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

using namespace gd;
using test::HttpServer;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

HttpServer::Route chat(const QByteArray& content)
{
    const QJsonObject body {
        { s("choices"),
            QJsonArray { QJsonObject { { s("index"), 0 },
                { s("message"),
                    QJsonObject { { s("role"), s("assistant") }, { s("content"), QString::fromUtf8(content) } } },
                { s("finish_reason"), s("stop") } } } },
        { s("usage"), QJsonObject { { s("prompt_tokens"), 400 }, { s("completion_tokens"), 60 } } }
    };
    HttpServer::Route route;
    route.headers = { { "Content-Type", "application/json" } };
    route.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return route;
}

} // namespace

class TestModelApproval final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(s("config")));
        QCoreApplication::setOrganizationName(s("GreenDoorTest"));
    }

    void modelDraftedFirstTouchInTheQueue_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("body");
        QTest::newRow("grounded") << QByteArray(
            R"({"subject": "Route planning at Acme Route", "sentences": [)"
            R"({"text": "Acme Route plans delivery routes for regional grocers.", "facts": ["company.description"]},)"
            R"({"text": "As VP Sales at Acme Route, you may be the right person to ask.", "facts": ["prospect.title", "company.name"]},)"
            R"({"text": "Would a short call next week be useful?", "facts": []}]})")
                                  << s("Written by the language model llama3.2")
                                  << s("As VP Sales at Acme Route, you may be the right person");
        QTest::newRow("rejected") << QByteArray(R"({"subject": "A question", "sentences": [)"
                                                R"({"text": "Acme Route grew 40 percent last year.", "facts": []}]})")
                                  << s("Written from the template: the model's draft was rejected")
                                  << s("I am writing to you as VP Sales at Acme Route.");
    }

    void modelDraftedFirstTouchInTheQueue()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, reasoning);
        QFETCH(QString, body);
        HttpServer server;
        server.setRoute(s("/v1/chat/completions"), chat(answer));
        const QString name = QString::fromLatin1(QTest::currentDataTag()) + s(".greendoor");
        const QString path = m_dir.file(name);
        {
            auto ws = test::createWorkspace(m_dir, name);
            QVERIFY(ws);
            QString error;
            {
                QSqlQuery q(ws->db());
                QVERIFY(q.exec(
                    s("INSERT INTO companies (name, domain, industry, description) VALUES ('Acme Route', "
                      "'acme.example', 'Logistics', 'Acme Route plans delivery routes for regional grocers.')")));
                const qint64 company = q.lastInsertId().toLongLong();
                QVERIFY(q.exec(s("INSERT INTO prospects (company_id, full_name, first_name, last_name, email, title, "
                                 "source, created_at, name_key) VALUES (%1, 'Anna Becker', 'Anna', 'Becker', "
                                 "'anna@acme.example', 'VP Sales', 'test', 0, 'anna becker|acme.example')")
                                   .arg(company)));
            }
            QVERIFY(ws->setMeta(QString(core::keys::SenderName), s("Sam Carter"), &error));
            QVERIFY(ws->setMeta(QString(core::keys::LawfulBasis), s("legitimate_interest"), &error));
            core::ModelSettings settings;
            settings.baseUrl = server.url(s("/v1"));
            settings.model = s("llama3.2");
            QVERIFY2(settings.save(*ws, &error), qPrintable(error));
            ws->releaseThreadConnection();
        }

        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QSignalSpy opened(&window, &ui::MainWindow::workspaceOpened);
        window.openWorkspace(path, ui::MainWindow::OpenKind::Existing);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(window.pendingApprovals() >= 1, 20000);
        ui::ApprovalQueueView* queue = window.approvalsView();
        window.tabs()->setCurrentWidget(queue);
        QTRY_VERIFY(queue->model()->rowCount() >= 1);
        queue->selectIds({ queue->model()->itemAt(0)->id });
        auto* action = queue->findChild<QPlainTextEdit*>(s("approvalAction"));
        QTRY_VERIFY2(action->toPlainText().contains(body), qPrintable(action->toPlainText()));
        const QString why = queue->findChild<QTextBrowser*>(s("approvalRisk"))->toPlainText();
        QVERIFY2(why.contains(reasoning), qPrintable(why));
        const QString dir = qEnvironmentVariable("GREENDOOR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            window.grab().save(
                QDir(dir).filePath(s("model-approval-") + QString::fromLatin1(QTest::currentDataTag()) + s(".png")));
        }
    }

private:
    test::TempDir m_dir;
};

QTEST_MAIN(TestModelApproval)
#include "tst_model_approval.moc"
