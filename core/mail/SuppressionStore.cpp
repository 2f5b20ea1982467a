#include "core/mail/SuppressionStore.h"

#include "core/Text.h"
#include "core/formats/CsvReader.h"
#include "core/formats/CsvWriter.h"
#include "core/formats/EmailAddress.h"
#include "core/runtime/Types.h"
#include "core/store/SqlStatement.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QIODevice>
#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

SuppressionStore::Entry fromRow(const QSqlQuery& q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toLongLong() };
}

bool insert(Workspace& ws, const QString& address, const QString& scope, const QString& reason, const QString& source,
    bool* added, QString* error, qint64 at = 0)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("INSERT INTO suppressions (address, scope, reason, source, created_at) "
                             "VALUES (?, ?, ?, ?, ?) ON CONFLICT (address, scope) DO NOTHING"));
    q.addBindValue(address);
    q.addBindValue(scope);
    q.addBindValue(reason);
    q.addBindValue(source.isNull() ? QStringLiteral("") : source);
    q.addBindValue(at > 0 ? at : nowMs());
    if (!ws.execWrite(q, QStringLiteral("suppressions:add"), error))
        return false;
    *added = q.numRowsAffected() > 0;
    return true;
}

} // namespace

SuppressionStore::SuppressionStore(Workspace& workspace)
    : m_workspace(workspace)
{
}

QString SuppressionStore::normalize(const QString& addressOrDomain)
{
    QString t = addressOrDomain.trimmed().toLower();
    if (t.startsWith(QLatin1String("'@")))
        t.remove(0, 1); // our own export keeps spreadsheets from running "@domain"

    if (t.startsWith(QLatin1Char('@'))) {
        // A domain: valid when "x@domain" is a valid address.
        return EmailAddress::isValid(QStringLiteral("x") + t) ? t : QString();
    }
    return EmailAddress::normalized(t).value_or(QString());
}

bool SuppressionStore::add(const QString& addressOrDomain, const QString& scope, const QString& reason,
    const QString& source, QString* error, qint64 at)
{
    const QString address = normalize(addressOrDomain);
    if (address.isEmpty()) {
        *error = tr("\"%1\" is neither an email address nor @domain").arg(addressOrDomain);
        return false;
    }
    bool added = false;
    return insert(m_workspace, address, scope.isEmpty() ? Global : scope, reason, source, &added, error, at);
}

bool SuppressionStore::remove(const QString& addressOrDomain, const QString& scope, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("DELETE FROM suppressions WHERE address = ? AND scope = ?"));
    q.addBindValue(normalize(addressOrDomain));
    q.addBindValue(scope.isEmpty() ? Global : scope);
    if (!m_workspace.execWrite(q, QStringLiteral("suppressions:remove"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("%1 is not on that suppression list").arg(addressOrDomain);
        return false;
    }
    return true;
}

QList<SuppressionStore::Entry> SuppressionStore::list(const QString& scope)
{
    QList<Entry> out;
    QSqlQuery q(m_workspace.db());
    q.setForwardOnly(true);
    if (scope.isEmpty()) {
        q.prepare(QStringLiteral("SELECT address, scope, reason, source, created_at FROM suppressions "
                                 "ORDER BY scope, address"));
    } else {
        q.prepare(QStringLiteral("SELECT address, scope, reason, source, created_at FROM suppressions "
                                 "WHERE scope = ? ORDER BY address"));
        q.addBindValue(scope);
    }
    if (!q.exec())
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<SuppressionStore::Entry> SuppressionStore::match(const QString& email, const QString& campaign)
{
    const QString address = email.trimmed().toLower();
    const QString domain = QLatin1Char('@') + address.section(QLatin1Char('@'), 1);
    // Asked before every decision about a person and every send: prepared once per connection.
    SqlStatement* q = m_workspace.statement("SELECT address, scope, reason, source, created_at FROM suppressions "
                                            "WHERE address IN (?, ?) AND scope IN (?, ?) "
                                            "ORDER BY created_at, address LIMIT 1");
    if (!q)
        return std::nullopt;
    SqlStatement::Reader reader(*q);
    q->bind(0, address);
    q->bind(1, domain);
    q->bind(2, QString(Global));
    q->bind(3, campaign.isEmpty() ? QString(Global) : campaign);
    if (!q->next())
        return std::nullopt;
    return Entry { q->text(0), q->text(1), q->text(2), q->text(3), q->int64(4) };
}

SuppressionStore::ImportReport SuppressionStore::importCsv(
    const QString& path, const QString& scope, const QString& reason)
{
    ImportReport report;
    CsvReader reader;
    if (!reader.open(path, &report.error))
        return report;
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        report.error = tx.error();
        return report;
    }
    QStringList fields;
    int column = 0;
    bool first = true;
    while (reader.readRecord(&fields)) {
        if (first) {
            first = false;
            // A header row names the column; without one the first column is read.
            bool header = false;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const QString name = fields.at(i).trimmed().toLower();
                if (name == QLatin1String("email") || name == QLatin1String("address")
                    || name == QLatin1String("domain") || name == QLatin1String("email address")) {
                    column = static_cast<int>(i);
                    header = true;
                    break;
                }
            }
            if (header)
                continue;
        }
        const QString value = fields.value(column);
        const QString address = normalize(value);
        if (address.isEmpty()) {
            report.rejected.append({ reader.recordStartLine(),
                tr("\"%1\" is neither an email address nor @domain").arg(value.left(200)) });
            continue;
        }
        bool added = false;
        if (!insert(m_workspace, address, scope.isEmpty() ? Global : scope, reason, path, &added, &report.error))
            return { 0, 0, {}, report.error };
        added ? ++report.added : ++report.already;
    }
    if (!reader.error().isEmpty()) {
        report.rejected.append({ reader.recordStartLine(), reader.error() });
    }
    if (!tx.commit())
        return { 0, 0, {}, tx.error() };
    return report;
}

bool SuppressionStore::exportCsv(QIODevice* device, const QString& scope, QString* error)
{
    CsvWriter writer(device, CsvWriter::Formulas::Neutralize);
    writer.write({ QStringLiteral("address"), QStringLiteral("scope"), QStringLiteral("reason"),
        QStringLiteral("source"), QStringLiteral("created_at") });
    for (const Entry& e : list(scope)) {
        writer.write({ e.address, e.scope, e.reason, e.source,
            QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC).toString(Qt::ISODate) });
    }
    if (!writer.ok()) {
        *error = device->errorString();
        return false;
    }
    return true;
}

} // namespace gd::core
