#pragma once

#include "core/mail/Mailbox.h"
#include "core/mail/MailboxCheck.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace gd::core {
class SecretStore;
}

namespace gd::ui {

class AsyncRunner;

// Settings: the user's sending mailboxes (SMTP submission and IMAP). Like the CLI's `mailbox`
// commands: a mailbox is saved only after "Test connection" logs in to both servers; the
// password goes to the system keychain, never the workspace; a self-signed certificate is
// accepted only when the user ticks "Trust this certificate" after seeing it (its pin is stored).
// Network and workspace work run on the runner; the keychain answers asynchronously.
class MailboxDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxDialog)

public:
    // secrets: where passwords go; null = the system keychain (owned by the dialog).
    MailboxDialog(AsyncRunner* runner, core::SecretStore* secrets = nullptr, QWidget* parent = nullptr);
    ~MailboxDialog() override;

    // For tests and keyboard users alike: the widgets by role.
    QListWidget* list() const { return m_list; }
    QLineEdit* field(const QString& name) const;
    QCheckBox* trustBox() const { return m_trust; }
    QLabel* statusLabel() const { return m_status; }
    QPushButton* testButton() const { return m_testButton; }
    QPushButton* saveButton() const { return m_saveButton; }
    bool isBusy() const { return m_busy; }

    // The form as a mailbox (not validated).
    core::Mailbox formMailbox() const;

public Q_SLOTS:
    void newMailbox();
    void testConnection();
    void save();
    void removeSelected();
    void reload();

Q_SIGNALS:
    void testFinished(bool ok);
    void saveFinished(const QString& error);
    void listLoaded();

private:
    void showMailbox(const core::Mailbox& mailbox);
    void onSelectionChanged();
    void onTrustToggled(bool on);
    void setBusy(bool busy, const QString& status = {});
    // Runs then(password) with the form's password, or the stored one when the field is empty.
    void withPassword(std::function<void(const QString&)> then);
    void showTest(const core::MailboxCheck::Result& result);

    QPointer<AsyncRunner> m_runner;
    std::unique_ptr<core::SecretStore> m_ownSecrets;
    core::SecretStore* m_secrets = nullptr;
    QList<core::Mailbox> m_mailboxes;
    QString m_editing; // name of the mailbox in the form; empty: a new one
    std::optional<core::MailboxCheck::Certificates> m_certificates; // read when "trust" was ticked
    bool m_busy = false;

    QListWidget* m_list = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    QLineEdit* m_password = nullptr;
    QSpinBox* m_dailyCap = nullptr;
    QSpinBox* m_warmupStart = nullptr;
    QSpinBox* m_warmupStep = nullptr;
    QSpinBox* m_gap = nullptr;
    QSpinBox* m_jitter = nullptr;
    QCheckBox* m_anyTime = nullptr;
    QCheckBox* m_serverSavesSent = nullptr;
    QTimeEdit* m_windowStart = nullptr;
    QTimeEdit* m_windowEnd = nullptr;
    QPlainTextEdit* m_signature = nullptr;
    QPlainTextEdit* m_postal = nullptr;
    QCheckBox* m_trust = nullptr;
    QLabel* m_certificate = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_paused = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace gd::ui
