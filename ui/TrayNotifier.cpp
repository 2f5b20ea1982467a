#include "ui/TrayNotifier.h"

namespace gd::ui {

bool TrayNotifier::setPendingApprovals(int pending)
{
    if (pending == m_pending)
        return false;
    m_pending = pending;
    return true;
}

QString TrayNotifier::toolTip() const
{
    if (m_pending <= 0)
        return tr("GreenDoor: nothing waiting for you");
    return tr("GreenDoor: %n approval(s) waiting for you", nullptr, m_pending);
}

QList<TrayNotifier::Notice> TrayNotifier::escalation(const QString& id, const QString& summary)
{
    if (m_escalations.contains(id))
        return {};
    m_escalations.insert(id);
    if (!m_enabled)
        return {};
    return { Notice { Kind::Escalation, tr("Escalation"), summary } };
}

QList<TrayNotifier::Notice> TrayNotifier::goals(const QList<GoalState>& goals)
{
    QList<Notice> notices;
    QSet<qint64> behind;
    for (const GoalState& g : goals) {
        if (!g.behind)
            continue;
        behind.insert(g.id);
        if (!m_behind.contains(g.id) && m_enabled)
            notices << Notice { Kind::GoalBehind, tr("Goal falling behind"),
                g.progress.isEmpty() ? g.summary : g.summary + QStringLiteral("\n") + g.progress };
    }
    m_behind = behind; // a goal back on track (or removed) is forgotten: falling behind again is news
    return notices;
}

} // namespace gd::ui
