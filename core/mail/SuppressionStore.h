#pragma once

#include <QList>
#include <QString>
#include <optional>

class QIODevice;

namespace gd::core {

class Workspace;

// Who must never be mailed: an address ("greta@x.example") or a whole domain ("@x.example"),
// globally or for one campaign. An unsubscribe or a hard bounce lands here and holds for every
// campaign at once. The one home of the `suppressions` table's SQL.
class SuppressionStore final
{
public:
    static inline const QString Global = QStringLiteral("global");

    struct Entry
    {
        QString address; // lower case; "@domain" for a domain
        QString scope; // Global or a campaign name
        QString reason; // unsubscribe, bounce, complaint, manual, import
        QString source; // where it came from (a message id, a file, "cli")
        qint64 createdAt = 0;
    };

    struct ImportReport
    {
        int added = 0;
        int already = 0;
        QList<std::pair<qint64, QString>> rejected; // line, reason
        QString error; // the file could not be read: nothing added
    };

    explicit SuppressionStore(Workspace& workspace);

    // The address or "@domain" normalised, or empty when it is neither.
    static QString normalize(const QString& addressOrDomain);

    // Adds (or keeps) an entry; false with a reason for an invalid address.
    // at: when it was suppressed (ms since the epoch); 0 for now.
    bool add(const QString& addressOrDomain, const QString& scope, const QString& reason, const QString& source,
        QString* error, qint64 at = 0);
    bool remove(const QString& addressOrDomain, const QString& scope, QString* error);
    QList<Entry> list(const QString& scope = {});
    // The entry that stops mail to this address for this campaign (global entries count for
    // every campaign; a domain entry for every address at that domain), if any.
    std::optional<Entry> match(const QString& email, const QString& campaign = {});
    // Reads a CSV whose first column (or the column named email/address/domain) holds addresses
    // or domains; all-or-nothing; invalid lines are reported and skipped.
    ImportReport importCsv(const QString& path, const QString& scope, const QString& reason);
    // Writes address,scope,reason,source,created_at rows as CSV.
    bool exportCsv(QIODevice* device, const QString& scope, QString* error);

private:
    Workspace& m_workspace;
};

} // namespace gd::core
