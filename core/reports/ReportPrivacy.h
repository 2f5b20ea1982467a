#pragma once

#include <QSet>
#include <QString>

namespace gd::core {

class Workspace;

// Who a report must not name. A suppressed address (an unsubscribe, a bounce, a complaint, a
// manual entry, or an erasure, which always leaves a global suppression behind) or an address at
// a suppressed domain is shown as "a suppressed contact": the suppression list itself is what the
// law keeps (so the person is never contacted again), and it stays out of reports.
class ReportPrivacy final
{
public:
    ReportPrivacy() = default;
    // Every suppression, whatever its scope.
    static ReportPrivacy load(Workspace& workspace);

    void hide(const QString& addressOrDomain); // tests and callers that know more
    bool hidden(const QString& email) const;
    // The person as a report shows them: their name (or address when there is no name), or
    // "a suppressed contact".
    QString person(const QString& email, const QString& name = {}) const;
    // Text that may carry an address (a decision target): hidden when it is a suppressed address.
    QString target(const QString& text) const;
    static QString suppressedText();

private:
    QSet<QString> m_addresses; // lower case
    QSet<QString> m_domains; // "@domain", lower case
};

} // namespace gd::core
