#pragma once

#include "core/ai/LanguageModel.h"
#include "core/prospects/Icp.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace gd::core {
class SecretStore;
}

namespace gd::ui {

class AsyncRunner;

// "Just a URL": the user types the company's website; GreenDoor reads it (a few same-site pages,
// in the background, cancellable) and drafts the Ideal Customer Profile with the evidence for
// each value. Every field is editable; when the site cannot be read, the same form is filled by
// hand. Saving makes a new ICP version; the Research agent re-scores prospects against it.
// The current profile is read, the site crawled and the profile saved on the AsyncRunner.
class IcpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IcpDialog)

public:
    // Opens on the website page, then shows the current profile (if any) once it is read.
    explicit IcpDialog(AsyncRunner* runner, QWidget* parent = nullptr);
    ~IcpDialog() override;

    void fetch(const QString& url);
    void cancelFetch();
    void showForm(const core::Icp& icp);
    core::Icp profileFromForm() const;
    // Saves the form as a new version in the background; saved or saveFailed follows.
    void save();
    bool isSaving() const { return m_saving; }

    QLineEdit* urlField() const { return m_url; }
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    QLabel* statusLabel() const { return m_status; }
    bool isFormShown() const;

Q_SIGNALS:
    void fetchFinished(bool ok, const QString& message);
    void saved(int version);
    void saveFailed(const QString& error);
    // The current profile was read (shown if the user had not started on the page yet).
    void currentLoaded(bool found);

private:
    // The configured language model drafts when there is one (the offline model otherwise, or
    // when it fails: the status line says why).
    void draftProfile(const QList<core::IcpPage>& pages, const QString& website, const QString& readText);
    void draftWithModel(
        const QList<core::IcpPage>& pages, const QString& website, const QString& apiKey, const QString& readText);
    void finishDraft(const core::IcpAnswer& answer, const QString& readText);

    QPointer<AsyncRunner> m_runner;
    QPointer<core::SecretStore> m_secrets; // the keychain, for the model's API key; made when needed
    QPushButton* m_save = nullptr;
    bool m_saving = false;
    bool m_fetching = false;
    core::Icp m_draft;
    QString m_source = QStringLiteral("manual");
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_offering = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QLabel*> m_evidence;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
};

} // namespace gd::ui
