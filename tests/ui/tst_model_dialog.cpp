// Settings → Language Model: Test lists the server's models (off the GUI thread), Save stores the
// settings and the key, the privacy switch follows the address until the user decides, Turn Off
// forgets the model. A screenshot is written for a person to look at.
#include "core/ai/ModelSettings.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Workspace.h"
#include "support/HttpServer.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/ModelDialog.h"

#include <QCheckBox>
#include <QComboBox>
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
