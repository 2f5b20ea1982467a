// Settings > Mailboxes against real Dovecot and aiosmtpd on loopback, with the password in a
// real Secret Service (the test command runs inside dbus-run-session with gnome-keyring).
#include "core/mail/MailboxStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "support/MailServers.h"
#include "support/TestSupport.h"
#include "ui/AsyncRunner.h"
#include "ui/MailboxDialog.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace gd;

class TestMailboxDialog final : public QObject
{
    Q_OBJECT

private:
    test::MailServers m_servers;
    test::TempDir m_dir;
    std::shared_ptr<core::Workspace> m_ws;
    std::unique_ptr<ui::AsyncRunner> m_runner;

    void fill(ui::MailboxDialog& d, const QString& name, const QString& password)
    {
        d.field(QStringLiteral("name"))->setText(name);
        d.field(QStringLiteral("email"))->setText(QStringLiteral("sam@greendoor.test"));
        d.field(QStringLiteral("display_name"))->setText(QStringLiteral("Sam Reyes"));
        d.field(QStringLiteral("smtp"))->setText(QStringLiteral("smtp://127.0.0.1:%1").arg(m_servers.smtpPort()));
        d.field(QStringLiteral("imap"))->setText(QStringLiteral("imaps://127.0.0.1:%1").arg(m_servers.imapsPort()));
        d.field(QStringLiteral("user"))->setText(QStringLiteral("sam@greendoor.test"));
        d.field(QStringLiteral("password"))->setText(password);
    }

    static bool runTest(ui::MailboxDialog& d)
    {
        QSignalSpy finished(&d, &ui::MailboxDialog::testFinished);
        d.testButton()->click();
        if (finished.isEmpty() && !finished.wait(60000))
            return false;
        return finished.constFirst().constFirst().toBool();
    }

    static QString runSave(ui::MailboxDialog& d)
    {
        QSignalSpy finished(&d, &ui::MailboxDialog::saveFinished);
        d.saveButton()->click();
        if (finished.isEmpty() && !finished.wait(60000))
            return QStringLiteral("no answer");
        return finished.constFirst().constFirst().toString();
    }

    static core::SecretStore::Result readSecret(const QString& key)
    {
        core::KeychainSecretStore store;
        core::SecretStore::Result result;
        bool done = false;
        store.read(key, [&](const core::SecretStore::Result& r) {
            result = r;
            done = true;
        });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 30000)
            QTest::qWait(20);
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run inside dbus-run-session with gnome-keyring (the README's test command "
                  "does)");
        if (!m_servers.start())
            QSKIP(qPrintable(QStringLiteral("mail servers unavailable: ") + m_servers.error()));
        m_ws = test::createWorkspace(m_dir);
        m_runner = std::make_unique<ui::AsyncRunner>(m_ws);
    }

    void cleanupTestCase()
    {
        if (m_runner)
            m_runner->stop();
        m_runner.reset();
    }

    // The self-signed test certificate is refused until the user ticks "trust" and sees it; a
    // wrong password is named as such; nothing is saved after a failed test.
    void testSaysWhatFailed()
    {
        ui::MailboxDialog d(m_runner.get());
        QSignalSpy loaded(&d, &ui::MailboxDialog::listLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(d.list()->count(), 0);
        fill(d, QStringLiteral("sam"), QStringLiteral("secret"));
        QVERIFY(!runTest(d));
        QVERIFY2(d.statusLabel()->text().contains(core::mailErrorText(core::MailErrorKind::Tls)),
            qPrintable(d.statusLabel()->text()));

        d.trustBox()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 30000);
        QVERIFY(d.trustBox()->isChecked());
        QVERIFY(!d.formMailbox().smtpPin.isEmpty());
        QCOMPARE(d.formMailbox().smtpPin, m_servers.publicKeyPin());

        d.field(QStringLiteral("password"))->setText(QStringLiteral("wrong"));
        QVERIFY(!runTest(d));
        QVERIFY2(d.statusLabel()->text().contains(core::mailErrorText(core::MailErrorKind::Auth)),
            qPrintable(d.statusLabel()->text()));
        QVERIFY(!runSave(d).isEmpty());
        QCOMPARE(test::scalar(*m_ws, QStringLiteral("SELECT count(*) FROM mailboxes")).toInt(), 0);

        d.field(QStringLiteral("password"))->setText(QStringLiteral("secret"));
        QVERIFY2(runTest(d), qPrintable(d.statusLabel()->text()));
    }

    // Saving stores the settings in the workspace and the password in the keychain only; the
    // stored password then serves "Test" on the saved mailbox; remove takes both away.
    void saveEditRemove()
    {
        {
            ui::MailboxDialog d(m_runner.get());
            QSignalSpy loaded(&d, &ui::MailboxDialog::listLoaded);
            QVERIFY(loaded.wait(10000));
            fill(d, QStringLiteral("sales"), QStringLiteral("secret"));
            d.trustBox()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!d.isBusy(), 30000);
            const QString error = runSave(d);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        core::MailboxStore store(*m_ws);
        const auto saved = store.find(QStringLiteral("sales"));
        QVERIFY(saved);
        QCOMPARE(saved->displayName, QStringLiteral("Sam Reyes"));
        QCOMPARE(saved->smtpPin, m_servers.publicKeyPin());
        QVERIFY(!test::scalar(*m_ws,
            QStringLiteral("SELECT count(*) FROM mailboxes WHERE smtp_url LIKE '%secret%' "
                           "OR username LIKE '%secret%'"))
                     .toInt());
        const auto secret = readSecret(saved->passwordKey());
        QVERIFY2(secret.ok, qPrintable(secret.error));
        QCOMPARE(secret.secret, QStringLiteral("secret"));

        ui::MailboxDialog d(m_runner.get());
        QSignalSpy loaded(&d, &ui::MailboxDialog::listLoaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(d.list()->count(), 1);
        d.list()->setCurrentRow(0);
        QCOMPARE(d.field(QStringLiteral("name"))->text(), QStringLiteral("sales"));
        QVERIFY(d.field(QStringLiteral("password"))->text().isEmpty());
        QVERIFY2(runTest(d), qPrintable(d.statusLabel()->text())); // with the keychain's password
        if (const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS"); !shots.isEmpty()) {
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.grab().save(shots + QStringLiteral("/mailbox-dialog.png"));
        }
        d.field(QStringLiteral("display_name"))->setText(QStringLiteral("Sam R."));
        d.field(QStringLiteral("sent_folder"))->setText(QStringLiteral("Sent Items"));
        auto* savesSent = d.findChild<QCheckBox*>(QStringLiteral("serverSavesSent"));
        QVERIFY(savesSent && !savesSent->isChecked());
        savesSent->setChecked(true);
        const QString error = runSave(d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto edited = store.find(QStringLiteral("sales"));
        QCOMPARE(edited->displayName, QStringLiteral("Sam R."));
        QCOMPARE(edited->sentFolder, QStringLiteral("Sent Items"));
        QVERIFY(edited->serverSavesSent);
        {
            ui::MailboxDialog again(m_runner.get()); // what was saved is what the form shows
            QSignalSpy reloaded(&again, &ui::MailboxDialog::listLoaded);
            QVERIFY(reloaded.wait(10000));
            again.list()->setCurrentRow(0);
            QCOMPARE(again.field(QStringLiteral("sent_folder"))->text(), QStringLiteral("Sent Items"));
            QVERIFY(again.findChild<QCheckBox*>(QStringLiteral("serverSavesSent"))->isChecked());
        }

        d.removeSelected();
        QTRY_VERIFY_WITH_TIMEOUT(!store.find(QStringLiteral("sales")), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(saved->passwordKey()).status, core::SecretStore::Result::NotFound, 10000);
    }
};

QTEST_MAIN(TestMailboxDialog)
#include "tst_mailboxdialog.moc"
