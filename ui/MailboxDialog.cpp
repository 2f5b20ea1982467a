#include "ui/MailboxDialog.h"

#include "core/mail/MailboxStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QSpinBox* spin(QWidget* parent, int max, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(0, max);
    box->setSuffix(suffix);
    return box;
}

QString serverLine(const QString& protocol, const core::MailboxCheck::Server& s)
{
    return s.ok ? MailboxDialog::tr("%1 %2: connected and logged in").arg(protocol, s.url)
                : MailboxDialog::tr("%1 %2: %3 (%4)").arg(protocol, s.url, s.detail, core::mailErrorText(s.error));
}

} // namespace

MailboxDialog::MailboxDialog(AsyncRunner* runner, core::SecretStore* secrets, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_secrets(secrets)
{
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<core::KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    setWindowTitle(tr("Mailboxes"));
    resize(980, 640);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("mailboxList"));
    m_list->setMinimumWidth(220);
    auto* addButton = new QPushButton(tr("&New Mailbox"), this);
    m_removeButton = new QPushButton(tr("&Remove"), this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(addButton);
    leftButtons->addWidget(m_removeButton);
    left->addLayout(leftButtons);

    auto* form = new QFormLayout;
    auto line = [this, form](const QString& name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        m_fields.insert(name, edit);
        form->addRow(label, edit);
        return edit;
    };
    line(QStringLiteral("name"), tr("&Name:"), tr("a short label, e.g. sales"));
    line(QStringLiteral("email"), tr("&Email address:"), tr("you@your-company.com"));
    line(QStringLiteral("display_name"), tr("&Display name:"), tr("the name recipients see"));
    line(QStringLiteral("smtp"), tr("&SMTP server:"), tr("smtp://host:587 (STARTTLS) or smtps://host:465"));
    line(QStringLiteral("imap"), tr("&IMAP server:"), tr("imaps://host:993 or imap://host:143 (STARTTLS)"));
    line(QStringLiteral("user"), tr("&User name:"), tr("usually the email address"));
    m_password = line(QStringLiteral("password"), tr("&Password:"), tr("app password; stored in the system keychain"));
    m_password->setEchoMode(QLineEdit::Password);
    line(QStringLiteral("unsubscribe_url"), tr("&Unsubscribe link:"),
        tr("optional https:// page for one-click unsubscribe"));
    line(QStringLiteral("sent_folder"), tr("Sent &folder:"), tr("empty: found by name (Sent, Sent Items, ...)"));
    m_serverSavesSent = new QCheckBox(tr("The server &files sent mail itself (Gmail, Microsoft 365)"), this);
    m_serverSavesSent->setObjectName(QStringLiteral("serverSavesSent"));
    m_serverSavesSent->setToolTip(tr("On: GreenDoor does not add its own copy to the Sent folder, and an email "
                                     "interrupted mid-send that is not found there is sent again. Off: GreenDoor "
                                     "files a copy, and such an email is held for you to decide."));
    form->addRow(QString(), m_serverSavesSent);

    m_trust = new QCheckBox(tr("&Trust this server's certificate (self-signed or from a private authority)"), this);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_certificate = new QLabel(this);
    m_certificate->setWordWrap(true);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_trust);
    form->addRow(QString(), m_certificate);

    auto buddy = [this](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        return label;
    };
    m_dailyCap = spin(this, 10'000, tr(" emails / 24 h"));
    m_warmupStart = spin(this, 10'000, tr(" on day one"));
    m_warmupStep = spin(this, 1'000, tr(" more each day"));
    auto* caps = new QHBoxLayout;
    caps->addWidget(m_dailyCap);
    caps->addWidget(new QLabel(tr("warm-up:"), this));
    caps->addWidget(m_warmupStart);
    caps->addWidget(m_warmupStep);
    form->addRow(buddy(tr("Daily &cap:"), m_dailyCap), caps);
    m_gap = spin(this, 86'400, tr(" s at least"));
    m_jitter = spin(this, 86'400, tr(" s random extra"));
    auto* gaps = new QHBoxLayout;
    gaps->addWidget(m_gap);
    gaps->addWidget(m_jitter);
    form->addRow(buddy(tr("&Gap between sends:"), m_gap), gaps);
    m_anyTime = new QCheckBox(tr("any time"), this);
    m_windowStart = new QTimeEdit(this);
    m_windowEnd = new QTimeEdit(this);
    m_windowStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_windowEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* window = new QHBoxLayout;
    window->addWidget(m_windowStart);
    window->addWidget(new QLabel(QStringLiteral("–"), this));
    window->addWidget(m_windowEnd);
    window->addWidget(m_anyTime);
    window->addStretch(1);
    form->addRow(buddy(tr("Sending &window (recipient's time):"), m_windowStart), window);
    connect(m_anyTime, &QCheckBox::toggled, this, [this](bool on) {
        m_windowStart->setEnabled(!on);
        m_windowEnd->setEnabled(!on);
    });
    m_signature = new QPlainTextEdit(this);
    m_signature->setObjectName(QStringLiteral("signature"));
    m_signature->setMaximumHeight(70);
    form->addRow(tr("Si&gnature:"), m_signature);
    m_postal = new QPlainTextEdit(this);
    m_postal->setObjectName(QStringLiteral("postalAddress"));
    m_postal->setMaximumHeight(60);
    m_postal->setPlaceholderText(tr("your company's postal address: the footer of every email"));
    form->addRow(tr("Postal &address:"), m_postal);
    m_paused = new QLabel(this);
    m_paused->setWordWrap(true);
    form->addRow(QString(), m_paused);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mailboxStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setDefault(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_testButton);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(close);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addButton, &QPushButton::clicked, this, &MailboxDialog::newMailbox);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_editing.isEmpty())
            return;
        if (QMessageBox::question(this, tr("Remove Mailbox"),
                tr("Remove mailbox %1? Its password is removed from the keychain; emails already sent stay in "
                   "the workspace.")
                    .arg(m_editing))
            == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_testButton, &QPushButton::clicked, this, &MailboxDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, &MailboxDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, &MailboxDialog::onSelectionChanged);
    connect(m_trust, &QCheckBox::clicked, this, &MailboxDialog::onTrustToggled);
    newMailbox();
    reload();
}

MailboxDialog::~MailboxDialog() = default;

QLineEdit* MailboxDialog::field(const QString& name) const
{
    return m_fields.value(name);
}

void MailboxDialog::reload()
{
    if (!m_runner)
        return;
    m_runner->run(
        this, QStringLiteral("list"), [](core::Workspace& ws) { return core::MailboxStore(ws).list(); },
        [this](const QList<core::Mailbox>& mailboxes) {
            const QString keep = m_editing;
            m_mailboxes = mailboxes;
            const QSignalBlocker block(m_list);
            m_list->clear();
            for (const core::Mailbox& m : mailboxes) {
                auto* item = new QListWidgetItem(m.paused ? tr("%1 (paused)\n%2").arg(m.name, m.email)
                                                          : QStringLiteral("%1\n%2").arg(m.name, m.email),
                    m_list);
                item->setData(Qt::UserRole, m.name);
                if (m.name == keep)
                    m_list->setCurrentItem(item);
            }
            if (m_list->count() == 0)
                m_status->setText(tr("No mailbox yet: fill in the form, test the connection and save."));
            Q_EMIT listLoaded();
        });
}

void MailboxDialog::newMailbox()
{
    const QSignalBlocker block(m_list);
    m_list->setCurrentRow(-1);
    showMailbox(core::Mailbox {});
    m_status->clear();
}

void MailboxDialog::onSelectionChanged()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_mailboxes.size())
        return;
    showMailbox(m_mailboxes.at(row));
    m_status->clear();
}

void MailboxDialog::showMailbox(const core::Mailbox& m)
{
    m_editing = m.name;
    m_certificates.reset();
    m_fields.value(QStringLiteral("name"))->setText(m.name);
    m_fields.value(QStringLiteral("name"))->setReadOnly(!m.name.isEmpty()); // renaming: remove and add
    m_fields.value(QStringLiteral("email"))->setText(m.email);
    m_fields.value(QStringLiteral("display_name"))->setText(m.displayName);
    m_fields.value(QStringLiteral("smtp"))->setText(m.smtpUrl.toString());
    m_fields.value(QStringLiteral("imap"))->setText(m.imapUrl.toString());
    m_fields.value(QStringLiteral("user"))->setText(m.user);
    m_fields.value(QStringLiteral("unsubscribe_url"))->setText(m.unsubscribeUrl);
    m_fields.value(QStringLiteral("sent_folder"))->setText(m.sentFolder);
    m_serverSavesSent->setChecked(m.serverSavesSent);
    m_password->clear();
    m_password->setPlaceholderText(m.name.isEmpty() ? tr("app password; stored in the system keychain")
                                                    : tr("unchanged (stored in the system keychain)"));
    m_dailyCap->setValue(m.dailyCap);
    m_warmupStart->setValue(m.warmupStartCap);
    m_warmupStep->setValue(m.warmupStep);
    m_gap->setValue(m.gapSeconds);
    m_jitter->setValue(m.gapJitterSeconds);
    m_anyTime->setChecked(m.anyTime());
    m_windowStart->setTime(QTime(m.windowStartMinute / 60, m.windowStartMinute % 60));
    m_windowEnd->setTime(QTime(m.windowEndMinute / 60, m.windowEndMinute % 60));
    m_signature->setPlainText(m.signature);
    m_postal->setPlainText(m.postalAddress);
    const bool pinned = !m.smtpPin.isEmpty() || !m.imapPin.isEmpty();
    m_trust->setChecked(pinned);
    QStringList pins { QString::fromLatin1(m.smtpPin) };
    if (!m.imapPin.isEmpty() && m.imapPin != m.smtpPin)
        pins << QString::fromLatin1(m.imapPin);
    pins.removeAll(QString());
    m_certificate->setText(pinned ? tr("Trusted certificate: %1").arg(pins.join(QStringLiteral(", "))) : QString());
    m_paused->setText(m.paused ? tr("Paused: %1").arg(m.pausedReason) : QString());
    m_removeButton->setEnabled(!m.name.isEmpty());
}

core::Mailbox MailboxDialog::formMailbox() const
{
    core::Mailbox m;
    for (const core::Mailbox& existing : m_mailboxes) {
        if (existing.name == m_editing)
            m = existing; // keeps what the form does not show (paused, created)
    }
    auto text = [this](const char* name) { return m_fields.value(QLatin1String(name))->text().trimmed(); };
    m.name = text("name");
    m.email = text("email").toLower();
    m.displayName = text("display_name");
    m.smtpUrl = QUrl(text("smtp"), QUrl::StrictMode);
    m.imapUrl = QUrl(text("imap"), QUrl::StrictMode);
    m.user = text("user");
    m.unsubscribeUrl = text("unsubscribe_url");
    m.sentFolder = text("sent_folder");
    m.serverSavesSent = m_serverSavesSent->isChecked();
    m.dailyCap = m_dailyCap->value();
    m.warmupStartCap = m_warmupStart->value();
    m.warmupStep = m_warmupStep->value();
    m.gapSeconds = m_gap->value();
    m.gapJitterSeconds = m_jitter->value();
    if (m_anyTime->isChecked()) {
        m.windowStartMinute = m.windowEndMinute = 0;
    } else {
        m.windowStartMinute = m_windowStart->time().hour() * 60 + m_windowStart->time().minute();
        m.windowEndMinute = m_windowEnd->time().hour() * 60 + m_windowEnd->time().minute();
    }
    m.signature = m_signature->toPlainText();
    m.postalAddress = m_postal->toPlainText().trimmed();
    if (!m_trust->isChecked()) {
        m.smtpPin.clear();
        m.imapPin.clear();
    } else if (m_certificates) {
        core::MailboxCheck::trust(&m, *m_certificates);
    }
    return m;
}

void MailboxDialog::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    m_testButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_trust->setEnabled(!busy);
    if (!status.isEmpty() || !busy)
        m_status->setText(status);
}

void MailboxDialog::onTrustToggled(bool on)
{
    m_certificates.reset();
    m_certificate->clear();
    if (!on || !m_runner)
        return;
    const core::Mailbox m = formMailbox();
    if (m.smtpUrl.host().isEmpty()) {
        m_trust->setChecked(false);
        m_status->setText(tr("Enter the servers first: the certificate is read from them."));
        return;
    }
    setBusy(true, tr("Reading the servers' certificates..."));
    m_runner->run(
        this, QStringLiteral("certificates"), [m] { return core::MailboxCheck::fetchCertificates(m); },
        [this](const core::MailboxCheck::Certificates& c) {
            setBusy(false);
            if (!c.error.isEmpty()) {
                m_trust->setChecked(false);
                m_status->setText(c.error);
                return;
            }
            m_certificates = c;
            QString text = tr("SMTP certificate: %1, issued by %2, expires %3\npin %4")
                               .arg(c.smtp.subject, c.smtp.issuer, c.smtp.expires, QString::fromLatin1(c.smtp.pin));
            if (c.imap)
                text += QLatin1Char('\n')
                    + tr("IMAP certificate: %1, issued by %2, expires %3\npin %4")
                          .arg(c.imap->subject, c.imap->issuer, c.imap->expires, QString::fromLatin1(c.imap->pin));
            m_certificate->setText(
                text + QLatin1Char('\n') + tr("Only these exact keys will be accepted. Save to trust them."));
        });
}

void MailboxDialog::withPassword(std::function<void(const QString&)> then)
{
    if (!m_password->text().isEmpty()) {
        then(m_password->text());
        return;
    }
    const core::Mailbox m = formMailbox();
    if (m_editing.isEmpty()) {
        m_status->setText(tr("Enter the password (an app password where your provider offers one)."));
        return;
    }
    setBusy(true, tr("Reading the password from the system keychain..."));
    QPointer<MailboxDialog> self(this);
    // The stored password belongs to the login as saved; a changed server or user needs a new one.
    core::Mailbox saved;
    for (const core::Mailbox& existing : m_mailboxes) {
        if (existing.name == m_editing)
            saved = existing;
    }
    if (saved.passwordKey() != m.passwordKey()) {
        setBusy(false, tr("The user or server changed: enter the password for the new login."));
        return;
    }
    m_secrets->read(m.passwordKey(), [self, then = std::move(then)](const core::SecretStore::Result& r) {
        if (!self)
            return;
        if (!r.ok) {
            self->setBusy(false,
                r.status == core::SecretStore::Result::NotFound
                    ? tr("No password stored in the keychain for this mailbox: enter it.")
                    : tr("The keychain cannot be read: %1").arg(r.error));
            return;
        }
        then(r.secret);
    });
}

void MailboxDialog::showTest(const core::MailboxCheck::Result& r)
{
    QStringList lines { serverLine(QStringLiteral("SMTP"), r.smtp) };
    if (r.imap)
        lines << serverLine(QStringLiteral("IMAP"), *r.imap);
    m_status->setText(lines.join(QLatin1Char('\n')));
}

void MailboxDialog::testConnection()
{
    if (!m_runner || m_busy)
        return;
    const core::Mailbox m = formMailbox();
    const QString invalid = m.validate();
    if (!invalid.isEmpty()) {
        m_status->setText(invalid);
        Q_EMIT testFinished(false);
        return;
    }
    withPassword([this, m](const QString& password) {
        setBusy(true, tr("Connecting to %1...").arg(m.smtpUrl.host()));
        m_runner->run(
            this, QStringLiteral("test"), [m, password] { return core::MailboxCheck::test(m, password); },
            [this](const core::MailboxCheck::Result& r) {
                setBusy(false);
                showTest(r);
                Q_EMIT testFinished(r.ok());
            });
    });
}

void MailboxDialog::save()
{
    if (!m_runner || m_busy)
        return;
    const core::Mailbox m = formMailbox();
    const bool isNew = m_editing.isEmpty();
    QString invalid = m.validate();
    if (invalid.isEmpty() && isNew) {
        for (const core::Mailbox& existing : std::as_const(m_mailboxes)) {
            if (existing.name == m.name)
                invalid = tr("A mailbox named %1 exists already.").arg(m.name);
        }
    }
    if (invalid.isEmpty() && m_trust->isChecked() && m.smtpPin.isEmpty())
        invalid = tr("The certificate could not be read, so it cannot be trusted: untick \"Trust\" or try again.");
    if (!invalid.isEmpty()) {
        m_status->setText(invalid);
        Q_EMIT saveFinished(invalid);
        return;
    }
    const bool newPassword = !m_password->text().isEmpty();
    withPassword([this, m, isNew, newPassword](const QString& password) {
        setBusy(true, tr("Testing the connection before saving..."));
        m_runner->run(
            this, QStringLiteral("save"), [m, password] { return core::MailboxCheck::test(m, password); },
            [this, m, isNew, newPassword, password](const core::MailboxCheck::Result& r) {
                if (!r.ok()) {
                    setBusy(false);
                    showTest(r);
                    const QString why = tr("Not saved: the connection test failed.");
                    m_status->setText(m_status->text() + QLatin1Char('\n') + why);
                    Q_EMIT saveFinished(why);
                    return;
                }
                auto store = [this, m, isNew] {
                    m_runner->run(
                        this, QStringLiteral("store"),
                        [m, isNew](core::Workspace& ws) {
                            core::MailboxStore store(ws);
                            QString error;
                            if (!(isNew ? store.add(m, &error) : store.update(m, &error)))
                                return error;
                            return QString();
                        },
                        [this, m](const QString& error) {
                            setBusy(false,
                                error.isEmpty()
                                    ? tr("Mailbox %1 saved; its password is in the system keychain.").arg(m.name)
                                    : error);
                            if (error.isEmpty()) {
                                m_editing = m.name;
                                reload();
                            }
                            Q_EMIT saveFinished(error);
                        });
                };
                if (!newPassword) {
                    store();
                    return;
                }
                QPointer<MailboxDialog> self(this);
                m_secrets->write(m.passwordKey(), password, [self, store](const core::SecretStore::Result& w) {
                    if (!self)
                        return;
                    if (!w.ok) {
                        const QString why
                            = tr("Not saved: the password cannot be stored in the keychain: %1").arg(w.error);
                        self->setBusy(false, why);
                        Q_EMIT self->saveFinished(why);
                        return;
                    }
                    store();
                });
            });
    });
}

void MailboxDialog::removeSelected()
{
    if (!m_runner || m_busy || m_editing.isEmpty())
        return;
    core::Mailbox removed;
    for (const core::Mailbox& existing : std::as_const(m_mailboxes)) {
        if (existing.name == m_editing)
            removed = existing;
    }
    setBusy(true, tr("Removing %1...").arg(removed.name));
    m_runner->run(
        this, QStringLiteral("remove"),
        [name = removed.name](core::Workspace& ws) {
            QString error;
            core::MailboxStore(ws).remove(name, &error);
            return error;
        },
        [this, removed](const QString& error) {
            setBusy(false, error.isEmpty() ? tr("Mailbox %1 removed.").arg(removed.name) : error);
            if (!error.isEmpty())
                return;
            // Another mailbox may log in with the same user on the same server: keep its password then.
            bool shared = false;
            for (const core::Mailbox& other : std::as_const(m_mailboxes))
                shared = shared || (other.name != removed.name && other.passwordKey() == removed.passwordKey());
            if (!shared)
                m_secrets->remove(removed.passwordKey(), [](const core::SecretStore::Result&) {});
            newMailbox();
            reload();
        });
}

} // namespace gd::ui
