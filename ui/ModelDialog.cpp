#include "ui/ModelDialog.h"

#include "core/ai/OpenAiCompatibleModel.h"
#include "core/secrets/SecretStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QDoubleSpinBox* priceBox(double value, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, 100000);
    box->setDecimals(4);
    box->setSingleStep(0.05);
    box->setValue(value);
    box->setSuffix(QStringLiteral(" EUR"));
    return box;
}

// A row label whose mnemonic focuses its field (QFormLayout only does that for widget rows).
QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

ModelDialog::ModelDialog(
    AsyncRunner* runner, core::SecretStore* secrets, const core::ModelSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_secrets(secrets)
    , m_original(settings)
{
    setWindowTitle(tr("Language Model"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("GreenDoor's offline model is always there. To draft with a language model, point "
                                "GreenDoor at an OpenAI-compatible server: Ollama or llama.cpp on this machine, or "
                                "your team's endpoint. Answers are checked against the facts; when the model fails "
                                "or its draft is not grounded, the offline model answers and says why."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_url = new QLineEdit(settings.isConfigured() ? settings.baseUrl.toString() : QString(), this);
    m_url->setPlaceholderText(core::ModelSettings::ollamaDefaultUrl().toString());
    auto* ollama = new QPushButton(tr("Use &Ollama on this machine"), this);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(ollama);
    form->addRow(buddyLabel(tr("&Address:"), m_url, this), urlRow);

    m_model = new QComboBox(this);
    m_model->setEditable(true);
    m_model->setEditText(settings.model);
    m_model->lineEdit()->setPlaceholderText(tr("e.g. llama3.2 (Test lists what the server has)"));
    m_testButton = new QPushButton(tr("&Test"), this);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_testButton);
    form->addRow(buddyLabel(tr("&Model:"), m_model, this), modelRow);

    m_key = new QLineEdit(this);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("optional; leave empty to keep the stored key"));
    form->addRow(tr("API &key:"), m_key);

    m_priceIn = priceBox(settings.priceInPerMTok, this);
    m_priceOut = priceBox(settings.priceOutPerMTok, this);
    auto* prices = new QHBoxLayout;
    prices->addWidget(new QLabel(tr("in"), this));
    prices->addWidget(m_priceIn);
    prices->addWidget(new QLabel(tr("out"), this));
    prices->addWidget(m_priceOut);
    prices->addWidget(new QLabel(tr("per million tokens"), this), 1);
    form->addRow(tr("Price:"), prices);
    m_budget = new QDoubleSpinBox(this);
    m_budget->setRange(0.01, 100000);
    m_budget->setDecimals(2);
    m_budget->setSuffix(tr(" EUR"));
    m_budget->setValue(settings.budgetEur);
    m_budget->setToolTip(tr("Paid calls draw on a model budget of this amount: a provider.spend decision the "
                            "authority matrix judges (above its limit it waits for your approval). Each call's actual "
                            "cost is booked against it."));
    form->addRow(buddyLabel(tr("&Budget:"), m_budget, this), m_budget);
    layout->addLayout(form);

    m_privacy = new QCheckBox(tr("&Send prospect data to the model"), this);
    m_privacy->setChecked(settings.isConfigured() ? settings.mayReceiveProspectData() : true);
    layout->addWidget(m_privacy);
    m_privacyNote = new QLabel(this);
    m_privacyNote->setWordWrap(true);
    layout->addWidget(m_privacyNote);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_offButton = m_buttons->addButton(tr("Turn &Off"), QDialogButtonBox::DestructiveRole);
    m_offButton->setEnabled(settings.isConfigured());
    layout->addWidget(m_buttons);

    connect(ollama, &QPushButton::clicked, this, [this] {
        m_url->setText(core::ModelSettings::ollamaDefaultUrl().toString());
        onUrlEdited();
    });
    connect(m_url, &QLineEdit::textEdited, this, &ModelDialog::onUrlEdited);
    connect(m_privacy, &QCheckBox::clicked, this, [this] {
        m_privacyTouched = true;
        onUrlEdited();
    });
    connect(m_testButton, &QPushButton::clicked, this, &ModelDialog::test);
    connect(m_offButton, &QPushButton::clicked, this, &ModelDialog::turnOff);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ModelDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onUrlEdited();
    resize(640, sizeHint().height());
}

void ModelDialog::onUrlEdited()
{
    core::ModelSettings s;
    s.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    const bool local = s.isLocal();
    // Until the user decides, prospect data goes only to a server on this machine.
    if (!m_privacyTouched && m_original.sendProspectData.isEmpty())
        m_privacy->setChecked(local || m_url->text().trimmed().isEmpty());
    m_privacyNote->setText(m_privacy->isChecked()
            ? tr("Sent: the prospect's stored fields and evidence sentences a draft may use, and the text of replies "
                 "to classify or answer. Never sent: API keys, other prospects, the workspace.")
            : tr("Not sent: drafts and reply classification stay with the offline model. ICP drafts from your own "
                 "website and objectives still use the model."));
}

core::ModelSettings ModelDialog::editedSettings() const
{
    core::ModelSettings s;
    s.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    s.model = m_model->currentText().trimmed();
    s.priceInPerMTok = m_priceIn->value();
    s.priceOutPerMTok = m_priceOut->value();
    s.budgetEur = m_budget->value();
    if (m_privacyTouched || !m_original.sendProspectData.isEmpty())
        s.sendProspectData = m_privacy->isChecked() ? QStringLiteral("on") : QStringLiteral("off");
    return s;
}

void ModelDialog::setBusy(bool busy, const QString& message)
{
    m_testButton->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
    m_status->setText(message);
}

void ModelDialog::test()
{
    const core::ModelSettings s = editedSettings();
    if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty()) {
        m_status->setText(
            tr("Enter the server's address first, e.g. %1").arg(core::ModelSettings::ollamaDefaultUrl().toString()));
        return;
    }
    setBusy(true, tr("Asking %1 for its models…").arg(s.baseUrl.toDisplayString()));
    const QString typed = m_key->text().trimmed();
    if (!typed.isEmpty() || !m_secrets) {
        runTest(typed);
        return;
    }
    QPointer<ModelDialog> self(this);
    m_secrets->read(core::ModelSettings::apiKeySecret(), [self](const core::SecretStore::Result& r) {
        if (self)
            self->runTest(r.ok ? r.secret.trimmed() : QString());
    });
}

void ModelDialog::runTest(const QString& apiKey)
{
    if (!m_runner)
        return;
    core::ModelClientOptions options;
    options.settings = editedSettings();
    options.settings.model = options.settings.model.isEmpty() ? QStringLiteral("-") : options.settings.model;
    options.apiKey = apiKey;
    options.totalTimeout = std::chrono::seconds(15);
    m_runner->run(
        this, QStringLiteral("test"),
        [options] {
            core::OpenAiCompatibleModel model(options);
            return model.listModels();
        },
        [this](const core::OpenAiCompatibleModel::ModelList& list) {
            setBusy(false,
                list.ok ? tr("The server offers %n model(s).", nullptr, static_cast<int>(list.models.size()))
                        : tr("Test failed: %1").arg(list.error));
            if (list.ok) {
                const QString current = m_model->currentText();
                m_model->clear();
                m_model->addItems(list.models);
                m_model->setEditText(current.isEmpty() && !list.models.isEmpty() ? list.models.first() : current);
            }
            Q_EMIT testFinished(list.ok, list.models, list.error);
        });
}

void ModelDialog::save()
{
    const core::ModelSettings s = editedSettings();
    const QString typed = m_key->text().trimmed();
    if (const QString problem = s.problem(!typed.isEmpty()); !problem.isEmpty()) {
        m_status->setText(problem);
        Q_EMIT saveFinished(problem);
        return;
    }
    setBusy(true, tr("Saving…"));
    if (typed.isEmpty() || !m_secrets) {
        storeSettings();
        return;
    }
    QPointer<ModelDialog> self(this);
    m_secrets->write(core::ModelSettings::apiKeySecret(), typed, [self](const core::SecretStore::Result& r) {
        if (!self)
            return;
        if (!r.ok) {
            const QString error = tr("The API key could not be stored in the keychain: %1").arg(r.error);
            self->setBusy(false, error);
            Q_EMIT self->saveFinished(error);
            return;
        }
        self->storeSettings();
    });
}

void ModelDialog::storeSettings()
{
    if (!m_runner)
        return;
    const core::ModelSettings s = editedSettings();
    m_runner->run(
        this, QStringLiteral("save"),
        [s](core::Workspace& ws) {
            QString error;
            s.save(ws, &error);
            return error;
        },
        [this](const QString& error) {
            setBusy(false, error);
            Q_EMIT saveFinished(error);
            if (error.isEmpty())
                accept();
        });
}

void ModelDialog::turnOff()
{
    if (!m_runner)
        return;
    setBusy(true, tr("Turning the model off…"));
    if (m_secrets)
        m_secrets->remove(core::ModelSettings::apiKeySecret(), [](const core::SecretStore::Result&) {});
    m_runner->run(
        this, QStringLiteral("save"),
        [](core::Workspace& ws) {
            QString error;
            core::ModelSettings::clear(ws, &error);
            return error;
        },
        [this](const QString& error) {
            setBusy(false, error);
            Q_EMIT saveFinished(error);
            if (error.isEmpty())
                accept();
        });
}

} // namespace gd::ui
