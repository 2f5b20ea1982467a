#pragma once

#include "core/ai/ModelSettings.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gd::core {
class SecretStore;
}

namespace gd::ui {

class AsyncRunner;

// Settings: the optional language model (an OpenAI-compatible server: Ollama, llama.cpp, LM
// Studio, vLLM, OpenAI). Address, model, API key (kept in the keychain), prices, and the switch
// "send prospect data to the model". Test lists the server's models. The settings are read before
// the dialog opens (MainWindow does it in the background); the model list and the save run on the
// runner, the keychain answers asynchronously: the GUI thread never waits.
class ModelDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelDialog)

public:
    ModelDialog(AsyncRunner* runner, core::SecretStore* secrets, const core::ModelSettings& settings,
        QWidget* parent = nullptr);

    core::ModelSettings editedSettings() const;
    // Lists the server's models in the background; testFinished follows.
    void test();
    // Stores the key (when one was typed) and the settings; saveFinished follows, then accept().
    void save();
    // Forgets the model and its key: the offline model answers everything again.
    void turnOff();

    QLineEdit* urlEdit() const { return m_url; }
    QComboBox* modelBox() const { return m_model; }
    QLineEdit* keyEdit() const { return m_key; }
    QCheckBox* privacyBox() const { return m_privacy; }
    QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void testFinished(bool ok, const QStringList& models, const QString& error);
    void saveFinished(const QString& error);

private:
    void setBusy(bool busy, const QString& message);
    void onUrlEdited();
    void runTest(const QString& apiKey);
    void storeSettings();

    QPointer<AsyncRunner> m_runner;
    QPointer<core::SecretStore> m_secrets;
    core::ModelSettings m_original;
    bool m_privacyTouched = false;
    QLineEdit* m_url = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_key = nullptr;
    QDoubleSpinBox* m_priceIn = nullptr;
    QDoubleSpinBox* m_priceOut = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    QCheckBox* m_privacy = nullptr;
    QLabel* m_privacyNote = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_offButton = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace gd::ui
