#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gd::core {

// The rules of one robots.txt (RFC 9309) for one crawler. The group naming the crawler's product
// token wins over "*" (several groups for the same agent are merged); among the rules of that
// group the longest matching pattern decides, Allow winning a tie; "*" matches any run of
// characters and a trailing "$" anchors the end. No matching rule, an empty file or a missing
// file allows everything. "/robots.txt" itself is always allowed.
class RobotsTxt final
{
public:
    RobotsTxt() = default; // allows everything
    explicit RobotsTxt(const QByteArray& content, const QString& productToken = QStringLiteral("GreenDoor"));

    // For a robots.txt that could not be read (a server error or no answer): RFC 9309 says to
    // assume everything is disallowed.
    static RobotsTxt disallowingAll();

    // pathAndQuery as in a request line: "/pricing?plan=pro". Percent-encoded or not.
    bool allowed(const QString& pathAndQuery) const;

    int ruleCount() const { return static_cast<int>(m_rules.size()); }

private:
    struct Rule
    {
        QByteArray pattern; // normalized, see normalize() in the .cpp
        bool allow = false;
    };

    QList<Rule> m_rules;
};

} // namespace gd::core
