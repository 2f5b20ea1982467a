#include "core/reports/ReportPrivacy.h"

#include "core/Text.h"
#include "core/mail/SuppressionStore.h"

namespace gd::core {

ReportPrivacy ReportPrivacy::load(Workspace& workspace)
{
    ReportPrivacy privacy;
    for (const SuppressionStore::Entry& e : SuppressionStore(workspace).list())
        privacy.hide(e.address);
    return privacy;
}

void ReportPrivacy::hide(const QString& addressOrDomain)
{
    const QString a = addressOrDomain.trimmed().toLower();
    if (a.startsWith(QLatin1Char('@')))
        m_domains.insert(a);
    else if (!a.isEmpty())
        m_addresses.insert(a);
}

bool ReportPrivacy::hidden(const QString& email) const
{
    const QString a = email.trimmed().toLower();
    if (a.isEmpty())
        return false;
    if (m_addresses.contains(a))
        return true;
    const qsizetype at = a.lastIndexOf(QLatin1Char('@'));
    return at >= 0 && m_domains.contains(a.mid(at));
}

QString ReportPrivacy::person(const QString& email, const QString& name) const
{
    if (hidden(email))
        return suppressedText();
    return name.trimmed().isEmpty() ? email.trimmed() : name.trimmed();
}

QString ReportPrivacy::target(const QString& text) const
{
    return text.contains(QLatin1Char('@')) && hidden(text) ? suppressedText() : text;
}

QString ReportPrivacy::suppressedText()
{
    return tr("a suppressed contact");
}

} // namespace gd::core
