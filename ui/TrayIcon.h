#pragma once

#include "ui/TrayNotifier.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace gd::ui {

class AsyncRunner;

// The console in the desktop's tray: an icon with the count of pending approvals, a notification
// for each new escalation and for each goal that falls behind (TrayNotifier decides which), and a
// switch to turn notifications off that is remembered (QSettings). Clicking the icon or a
// notification asks for the console on its Approvals tab. Where the desktop has no tray (or under
// the offscreen platform) there is no icon and nothing is shown; the decisions are still made,
// and notified() still reports them.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    static QString settingsKey(); // "notifications/desktop", true by default

    bool isShown() const { return m_tray != nullptr; }
    TrayNotifier& notifier() { return m_notifier; }
    // A checkable "Desktop Notifications" action, for the console's menus.
    QAction* notificationsAction() const { return m_notificationsAction; }
    bool notificationsEnabled() const { return m_notifier.isEnabled(); }
    void setNotificationsEnabled(bool enabled);

    // Goals are checked off the GUI thread now and every minute while a runner is set.
    void setRunner(AsyncRunner* runner);
    void checkGoals();

    void setPendingApprovals(int pending);
    void escalation(const QString& id, const QString& summary);
    void goals(const QList<TrayNotifier::GoalState>& goals);

Q_SIGNALS:
    void openApprovalsRequested();
    void notified(const QString& title, const QString& text);
    void goalsChecked();

private:
    void show(const QList<TrayNotifier::Notice>& notices);
    void updateIcon();

    TrayNotifier m_notifier;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_notificationsAction = nullptr;
    QPointer<AsyncRunner> m_runner;
    QTimer* m_goalTimer = nullptr;
};

} // namespace gd::ui
