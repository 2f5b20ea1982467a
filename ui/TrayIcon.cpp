#include "ui/TrayIcon.h"

#include "core/sales/GoalStore.h"
#include "core/store/Workspace.h"
#include "ui/AsyncRunner.h"

#include <QAction>
#include <QDate>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace gd::ui {

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
{
    m_notifier.setEnabled(QSettings().value(settingsKey(), true).toBool());
    m_notificationsAction = new QAction(tr("Desktop &Notifications"), this);
    m_notificationsAction->setObjectName(QStringLiteral("desktopNotifications"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(m_notifier.isEnabled());
    m_notificationsAction->setToolTip(tr("Tell me on the desktop about new escalations and goals falling behind"));
    connect(m_notificationsAction, &QAction::toggled, this, &TrayIcon::setNotificationsEnabled);

    m_goalTimer = new QTimer(this);
    m_goalTimer->setInterval(60 * 1000);
    connect(m_goalTimer, &QTimer::timeout, this, &TrayIcon::checkGoals);

    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // no tray on this desktop (or offscreen): decisions only
    m_tray = new QSystemTrayIcon(this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Open &Approvals"), this, &TrayIcon::openApprovalsRequested);
    m_menu->addSeparator();
    m_menu->addAction(m_notificationsAction);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openApprovalsRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openApprovalsRequested);
    m_notifier.setPendingApprovals(0);
    updateIcon();
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

QString TrayIcon::settingsKey()
{
    return QStringLiteral("notifications/desktop");
}

void TrayIcon::setNotificationsEnabled(bool enabled)
{
    m_notifier.setEnabled(enabled);
    QSettings().setValue(settingsKey(), enabled);
    if (m_notificationsAction->isChecked() != enabled)
        m_notificationsAction->setChecked(enabled);
}

void TrayIcon::setRunner(AsyncRunner* runner)
{
    m_runner = runner;
    if (runner) {
        m_goalTimer->start();
        checkGoals();
    } else {
        m_goalTimer->stop();
        setPendingApprovals(0);
    }
}

void TrayIcon::checkGoals()
{
    if (!m_runner)
        return;
    m_runner->run(
        this, QStringLiteral("goals"),
        [](core::Workspace& ws) {
            QList<TrayNotifier::GoalState> states;
            core::GoalStore store(ws);
            const QDate today = QDate::currentDate();
            for (const core::StoredGoal& g : store.list()) {
                const core::GoalProgress p = store.progress(g, today);
                states << TrayNotifier::GoalState { g.id, g.goal.summary(), p.why, p.measured && !p.onTrack };
            }
            return states;
        },
        [this](const QList<TrayNotifier::GoalState>& states) {
            goals(states);
            Q_EMIT goalsChecked();
        });
}

void TrayIcon::setPendingApprovals(int pending)
{
    if (m_notifier.setPendingApprovals(std::max(0, pending)))
        updateIcon();
}

void TrayIcon::escalation(const QString& id, const QString& summary)
{
    show(m_notifier.escalation(id, summary));
}

void TrayIcon::goals(const QList<TrayNotifier::GoalState>& goals)
{
    show(m_notifier.goals(goals));
}

void TrayIcon::show(const QList<TrayNotifier::Notice>& notices)
{
    for (const TrayNotifier::Notice& n : notices) {
        if (m_tray)
            m_tray->showMessage(n.title, n.text,
                n.kind == TrayNotifier::Kind::Escalation ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                10000);
        Q_EMIT notified(n.title, n.text);
    }
}

void TrayIcon::updateIcon()
{
    if (!m_tray)
        return;
    // The app's icon with a red badge carrying the count of approvals waiting.
    constexpr int kSize = 64;
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/greendoor.svg")).pixmap(kSize, kSize);
    if (pixmap.isNull()) {
        pixmap = QPixmap(kSize, kSize);
        pixmap.fill(QColor(0x2e, 0x7d, 0x32));
    }
    const int pending = m_notifier.pendingApprovals();
    if (pending > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF badge(kSize * 0.38, 0, kSize * 0.62, kSize * 0.5);
        p.setPen(QPen(Qt::white, 3));
        p.setBrush(QColor(0xc6, 0x28, 0x28));
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(static_cast<int>(kSize * 0.34));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, pending > 99 ? QStringLiteral("99+") : QString::number(pending));
    }
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(m_notifier.toolTip());
}

} // namespace gd::ui
