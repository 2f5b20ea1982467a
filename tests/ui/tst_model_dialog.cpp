// Settings → Language Model: Test lists the server's models (off the GUI thread), Save stores the
// settings and the key, the privacy switch follows the address until the user decides, Turn Off
// forgets the model. A screenshot is written for a person to look at.
#include "core/ai/ModelSettings.h"
#include "core/net/HttpFetcher.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Workspace.h"
#include "support/HttpServer.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/IcpDialog.h"
#include "ui/ModelDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gd;

namespace {
QString s(const char* text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestModelDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testSaveAndTurnOff()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        test::HttpServer server;
        test::HttpServer::Route models;
        models.headers = { { "Content-Type", "application/json" } };
        models.body = R"({"object": "list", "data": [{"id": "llama3.2"}, {"id": "qwen2.5:7b"}]})";
        server.setRoute(s("/v1/models"), models);

        ui::AsyncRunner runner(ws);
        core::MemorySecretStore secrets;
        ui::ModelDialog dialog(&runner, &secrets, core::ModelSettings::load(*ws));
        dialog.show();

        // A remote address: prospect data stays here until the user turns it on.
        dialog.urlEdit()->setText(s("https://api.example.com/v1"));
        Q_EMIT dialog.urlEdit()->textEdited(dialog.urlEdit()->text());
        QVERIFY(!dialog.privacyBox()->isChecked());
        dialog.urlEdit()->setText(server.url(s("/v1")).toString());
        Q_EMIT dialog.urlEdit()->textEdited(dialog.urlEdit()->text());
        QVERIFY(dialog.privacyBox()->isChecked()); // loopback

        dialog.keyEdit()->setText(s("sk-dialog"));
        QSignalSpy tested(&dialog, &ui::ModelDialog::testFinished);
        dialog.test();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QCOMPARE(dialog.modelBox()->count(), 2);
        QCOMPARE(dialog.modelBox()->currentText(), s("llama3.2"));
        QCOMPARE(server.requests().last().authorization, QByteArray("Bearer sk-dialog"));
        QVERIFY(dialog.statusLabel()->text().contains(s("2 model")));

        const QString shot = qEnvironmentVariable("GREENDOOR_SHOT");
        if (!shot.isEmpty())
            dialog.grab().save(shot);

        QSignalSpy saved(&dialog, &ui::ModelDialog::saveFinished);
        dialog.save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().at(0).toString(), QString());
        const core::ModelSettings stored = core::ModelSettings::load(*ws);
        QCOMPARE(stored.model, s("llama3.2"));
        QCOMPARE(stored.baseUrl, server.url(s("/v1")));
        QVERIFY(stored.mayReceiveProspectData());
        QCOMPARE(stored.sendProspectData, QString()); // the default, not pinned
        core::SecretStore::Result key;
        secrets.read(core::ModelSettings::apiKeySecret(), [&](const core::SecretStore::Result& r) { key = r; });
        QTRY_VERIFY(key.ok);
        QCOMPARE(key.secret, s("sk-dialog"));

        // Turn Off forgets the model and its key.
        ui::ModelDialog again(&runner, &secrets, core::ModelSettings::load(*ws));
        QSignalSpy off(&again, &ui::ModelDialog::saveFinished);
        again.turnOff();
        QVERIFY(off.wait(10000));
        QVERIFY(!core::ModelSettings::load(*ws).isConfigured());
        core::SecretStore::Result gone;
        bool answered = false;
        secrets.read(core::ModelSettings::apiKeySecret(), [&](const core::SecretStore::Result& r) {
            gone = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(gone.status, core::SecretStore::Result::NotFound);
    }

    void icpDialogDraftsWithTheConfiguredModel()
    {
        core::setPrivateAddressesAllowedByDefault(true);
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        test::HttpServer server;
        server.setHtml(s("/"),
            "<html><head><title>Ledgerly</title></head><body><h1>Ledgerly automates accounts payable for wholesale "
            "distributors.</h1><p>CFOs, Controllers and AP Managers use Ledgerly every day.</p></body></html>");
        const QByteArray content
            = R"({"company_name": "Ledgerly", "offering": {"value": "AP automation", "evidence": "p1.s1"},)"
              R"( "industries": [{"value": "Wholesale distribution", "evidence": "p1.s1"}], "company_sizes": [],)"
              R"( "roles": [{"value": "Controller", "evidence": "p1.s2"}], "seniorities": [], "regions": [],)"
              R"( "technologies": [], "pains": [], "disqualifiers": []})";
        test::HttpServer::Route chat;
        chat.headers = { { "Content-Type", "application/json" } };
        chat.body = QJsonDocument(QJsonObject { { s("choices"),
                                      QJsonArray { QJsonObject { { s("message"),
                                          QJsonObject { { s("role"), s("assistant") },
                                              { s("content"), QString::fromUtf8(content) } } } } } } })
                        .toJson(QJsonDocument::Compact);
        server.setRoute(s("/v1/chat/completions"), chat);
        core::ModelSettings settings;
        settings.baseUrl = server.url(s("/v1"));
        settings.model = s("llama3.2");
        QString error;
        QVERIFY(settings.save(*ws, &error));

        ui::AsyncRunner runner(ws);
        ui::IcpDialog dialog(&runner);
        QSignalSpy fetched(&dialog, &ui::IcpDialog::fetchFinished);
        dialog.fetch(server.url(s("/")).toString());
        QVERIFY(fetched.wait(20000));
        QVERIFY2(fetched.first().at(1).toString().contains(s("Drafted by the model llama3.2")),
            qPrintable(fetched.first().at(1).toString()));
        QCOMPARE(dialog.field(s("roles"))->text(), s("Controller"));
        QCOMPARE(server.requestCount(s("/v1/chat/completions")), 1);
        core::setPrivateAddressesAllowedByDefault(false);
    }

    void testFailureIsShown()
    {
        test::TempDir dir;
        auto ws = test::createWorkspace(dir);
        test::HttpServer server; // no /v1/models route: 404
        ui::AsyncRunner runner(ws);
        core::MemorySecretStore secrets;
        ui::ModelDialog dialog(&runner, &secrets, core::ModelSettings::load(*ws));
        dialog.urlEdit()->setText(server.url(s("/v1")).toString());
        QSignalSpy tested(&dialog, &ui::ModelDialog::testFinished);
        dialog.test();
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(dialog.statusLabel()->text().contains(s("HTTP 404")), qPrintable(dialog.statusLabel()->text()));
    }
};

QTEST_MAIN(TestModelDialog)
#include "tst_model_dialog.moc"
