#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QtGlobal>

namespace gd::ui {

// What the tray says and when, apart from the tray widget (which an offscreen or trayless desktop
// does not have): the pending-approval count for the icon, and one notification per new
// escalation and per goal that falls behind. A goal that falls behind is announced once; it is
// announced again only after it was back on track in between. With notifications off nothing is
// announced, but what was seen is still remembered, so turning them on again does not replay it.
class TrayNotifier final
{
    Q_DECLARE_TR_FUNCTIONS(gd::ui::TrayNotifier)

public:
    enum class Kind
    {
        Escalation,
        GoalBehind,
    };
    struct Notice
    {
        Kind kind;
        QString title;
        QString text;
    };
    struct GoalState
    {
        qint64 id = 0;
        QString summary;
        QString progress; // "3 of 15 meetings booked; at this pace 9 by ... (behind)"
        bool behind = false;
    };

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // True when the count changed (the icon and its tooltip need redrawing).
    bool setPendingApprovals(int pending);
    int pendingApprovals() const { return m_pending; }
    QString toolTip() const;

    // An escalation raised by an agent (by message id): a notice the first time it is seen.
    QList<Notice> escalation(const QString& id, const QString& summary);
    // The goals as they stand now: a notice for each that has fallen behind since the last call.
    QList<Notice> goals(const QList<GoalState>& goals);

private:
    bool m_enabled = true;
    int m_pending = -1;
    QSet<QString> m_escalations;
    QSet<qint64> m_behind; // goals last seen behind
};

} // namespace gd::ui
