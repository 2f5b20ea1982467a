#pragma once

#include "core/decisions/DecisionEngine.h"
#include "core/sales/Campaign.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace gd::ui {

class AsyncRunner;
class CampaignContactsModel;
class CampaignsModel;

// The Campaigns tab: the campaigns (name, status, mailbox, enrolled, sent, replied), the selected
// one's figures per step and variant (sent, delivered, bounced, replied, positive, meetings) and
// its contacts with their step, status and the reason; Start (a campaign.launch decision) and
// Pause. Every read and action runs off the GUI thread (AsyncRunner).
class CampaignsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsView)

public:
    // One campaign's detail, read in the background.
    struct Detail
    {
        core::CampaignSummary summary;
        int segmentSize = 0;
        QList<core::CampaignFigures> figures;
        QList<core::CampaignContact> contacts;
    };

    explicit CampaignsView(QWidget* parent = nullptr);

    // The open workspace's runner and the runtime's engine; both nullptr when none is open.
    void setContext(AsyncRunner* runner, core::DecisionEngine* engine);
    // Reads the list (and the selected campaign's detail) in the background.
    void refresh(bool onlyIfIdle = false);
    void selectCampaign(const QString& name);
    QString selectedCampaign() const;
    // What the buttons do; finished() follows.
    void startSelected();
    void pauseSelected();

    CampaignsModel* model() const { return m_model; }
    CampaignContactsModel* contactsModel() const { return m_contacts; }
    QTableView* view() const { return m_view; }
    QTableWidget* figuresTable() const { return m_figures; }
    QString detailName() const { return m_detailName; }
    QString message() const;

Q_SIGNALS:
    void refreshRequested();
    void detailShown(const QString& name);
    void finished(const QString& message, bool ok);

private:
    void loadDetail();
    void showDetail(const Detail& detail);
    void updateButtons();

    QPointer<AsyncRunner> m_runner;
    core::DecisionEngine* m_engine = nullptr;
    CampaignsModel* m_model = nullptr;
    CampaignContactsModel* m_contacts = nullptr;
    QTableView* m_view = nullptr;
    QTableView* m_contactView = nullptr;
    QTableWidget* m_figures = nullptr;
    QLabel* m_header = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QString m_detailName;
    bool m_busy = false;
};

} // namespace gd::ui
