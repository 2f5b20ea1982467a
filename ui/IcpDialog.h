#pragma once

#include "core/prospects/Icp.h"

#include <QDialog>
#include <QHash>
#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace gd::core {
class Workspace;
}

namespace gd::ui {

// "Just a URL": the user types the company's website; GreenDoor reads it (a few same-site pages,
// in the background, cancellable) and drafts the Ideal Customer Profile with the evidence for
// each value. Every field is editable; when the site cannot be read, the same form is filled by
// hand. Saving makes a new ICP version; the Research agent re-scores prospects against it.
class IcpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IcpDialog)

public:
    IcpDialog(
        std::shared_ptr<core::Workspace> workspace, const std::optional<core::Icp>& current, QWidget* parent = nullptr);
    ~IcpDialog() override;

    void fetch(const QString& url);
    void cancelFetch();
    void showForm(const core::Icp& icp);
    core::Icp profileFromForm() const;
    int save(); // the new version, 0 on error

    QLineEdit* urlField() const { return m_url; }
    QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    QLabel* statusLabel() const { return m_status; }
    bool isFormShown() const;

Q_SIGNALS:
    void fetchFinished(bool ok, const QString& message);
    void saved(int version);

private:
    std::shared_ptr<core::Workspace> m_workspace;
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
