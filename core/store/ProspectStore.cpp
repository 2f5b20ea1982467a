#include "core/store/ProspectStore.h"

#include "core/prospects/ProspectScorer.h"
#include "core/store/SqlStatement.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <array>

namespace gd::core {

namespace {

// The fields an import records a source for, and the column that holds each.
constexpr std::array<std::pair<const char*, const char*>, 8> kSourcedFields = { {
    { "company", "company_id" },
    { "country", "country" },
    { "city", "city" },
    { "email", "email" },
    { "full_name", "full_name" },
    { "linkedin_url", "linkedin_url" },
    { "phone", "phone" },
    { "title", "title" },
} };

QString selectProspects()
{
    return QStringLiteral("SELECT %1 FROM prospects p LEFT JOIN companies c ON c.id = p.company_id")
        .arg(ProspectStore::columns());
}

} // namespace

QString ProspectStore::columns()
{
    static const QString columns
        = QStringLiteral("p.id, p.full_name, p.email, p.title, c.name, c.domain, c.industry, c.employees, "
                         "coalesce(p.country, c.country), p.score, p.score_reasons, %1, p.source, p.company_id")
              .arg(sourcesSql(QLatin1String("p.")));
    return columns;
}

QString ProspectStore::sourcesSql(QLatin1String prefix)
{
    // json_patch('{}', ...) drops the members whose value is null (the fields left empty).
    const QString where = QStringLiteral("%1source || ' line ' || %1import_line").arg(prefix);
    QStringList members;
    for (const auto& [field, column] : kSourcedFields) {
        const QString filled = qstrcmp(column, "company_id") == 0
            ? QStringLiteral("%1company_id IS NOT NULL").arg(prefix)
            : QStringLiteral("coalesce(%1%2, '') <> ''").arg(prefix, QLatin1String(column));
        members << QStringLiteral("'%1', CASE WHEN %2 THEN %3 END").arg(QLatin1String(field), filled, where);
    }
    // A prospect an import created: its fields came from its import line, except those a later
    // duplicate filled, which field_sources names (a merge before 2026-12 wrote every field there).
    return QStringLiteral("CASE WHEN %1import_line IS NULL THEN %1field_sources ELSE "
                          "json_patch(json_patch('{}', json_object(%2)), coalesce(%1field_sources, '{}')) END")
        .arg(prefix, members.join(QStringLiteral(", ")));
}

ProspectRow ProspectStore::fromRow(const QSqlQuery& q)
{
    ProspectRow r;
    r.id = q.value(0).toLongLong();
    r.fullName = q.value(1).toString();
    r.email = q.value(2).toString();
    r.title = q.value(3).toString();
    r.company = q.value(4).toString();
    r.domain = q.value(5).toString();
    r.industry = q.value(6).toString();
    r.employees = q.value(7).isNull() ? -1 : q.value(7).toInt();
    r.country = q.value(8).toString();
    r.score = q.value(9).isNull() ? -1 : q.value(9).toInt();
    r.reasons = q.value(10).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.sources = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.source = q.value(12).toString();
    r.companyId = q.value(13).toLongLong();
    return r;
}

QJsonObject ProspectRow::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("full_name"), fullName },
        { QStringLiteral("email"), email },
        { QStringLiteral("title"), title },
        { QStringLiteral("company"), company },
        { QStringLiteral("domain"), domain },
        { QStringLiteral("industry"), industry },
        { QStringLiteral("employees"), employees >= 0 ? QJsonValue(employees) : QJsonValue() },
        { QStringLiteral("country"), country },
        { QStringLiteral("score"), score >= 0 ? QJsonValue(score) : QJsonValue() },
        { QStringLiteral("reasons"), QJsonArray::fromStringList(reasons) },
        { QStringLiteral("sources"), sources },
    };
}

namespace ProspectStore {

int rescoreStale(Workspace& ws, int limit, QString* error)
{
    const std::optional<Icp> icp = IcpStore::current(ws);
    if (!icp)
        return 0; // nothing to score against yet
    const ProspectScorer scorer(*icp);
    // The parts that repeat across prospects (industry and size, title, country) are scored
    // once: exactly ProspectScorer::score()'s answer, reasons included.
    CachedProspectScorer cached(scorer);
    struct Scored
    {
        qint64 id;
        int score;
        QByteArray reasons; // UTF-8, one per line
    };
    std::vector<Scored> scored;
    {
        SqlStatement* q = ws.statement(
            "SELECT p.id, p.title, c.name, c.industry, c.employees, coalesce(p.country, c.country) "
            "FROM prospects p LEFT JOIN companies c ON c.id = p.company_id WHERE p.scored_version < ? LIMIT ?",
            error);
        if (!q)
            return -1;
        SqlStatement::Reader reading(*q);
        q->bind(0, icp->version);
        q->bind(1, std::max(1, limit));
        while (q->next()) {
            ProspectFacts f;
            f.title = q->text(1);
            f.companyName = q->text(2);
            f.industry = q->text(3);
            f.employees = q->isNull(4) ? -1 : static_cast<int>(q->int64(4));
            f.country = q->text(5);
            Scored s { q->int64(0), 0, {} };
            s.score = cached.score(f, &s.reasons);
            scored.push_back(std::move(s));
        }
        if (!q->error().isEmpty()) {
            if (error)
                *error = QStringLiteral("cannot read prospects: %1").arg(q->error());
            return -1;
        }
    }
    if (scored.empty())
        return 0;
    Transaction tx(ws);
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return -1;
    }
    SqlStatement* u
        = ws.statement("UPDATE prospects SET score = ?, score_reasons = ?, scored_version = ? WHERE id = ?", error);
    if (!u)
        return -1; // tx rolls back
    for (const Scored& s : scored) {
        u->bind(0, s.score);
        u->bindUtf8(1, s.reasons);
        u->bind(2, icp->version);
        u->bind(3, s.id);
        if (!u->exec(ws, QStringLiteral("prospects:score"), error))
            return -1; // tx rolls back
    }
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return -1;
    }
    return static_cast<int>(scored.size());
}

int staleCount(Workspace& ws)
{
    const int version = IcpStore::currentVersion(ws);
    if (version == 0)
        return 0;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM prospects WHERE scored_version < ?"));
    q.addBindValue(version);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<ProspectRow> top(Workspace& ws, int limit)
{
    QList<ProspectRow> rows;
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("%1 ORDER BY p.score DESC, p.id LIMIT %2").arg(selectProspects()).arg(std::max(1, limit)));
    while (q.next())
        rows << fromRow(q);
    return rows;
}

std::optional<ProspectRow> byId(Workspace& ws, qint64 id)
{
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("%1 WHERE p.id = ?").arg(selectProspects()));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}

qint64 count(Workspace& ws)
{
    QSqlQuery q(ws.db());
    return q.exec(QStringLiteral("SELECT count(*) FROM prospects")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<ProspectContact> contacts(Workspace& workspace)
{
    QList<ProspectContact> rows;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.full_name, p.email, c.domain FROM prospects p "
                               "LEFT JOIN companies c ON c.id = p.company_id ORDER BY p.id")))
        return rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return rows;
}

namespace {
// A plausible address, not contacted since ?, without a closed deal.
const char* const kFirstTouchEligible = "p.email LIKE '%_@_%._%' AND p.email NOT LIKE '%@%@%' "
                                        "AND (p.last_contacted_at IS NULL OR p.last_contacted_at < ?) "
                                        "AND NOT EXISTS (SELECT 1 FROM deals d WHERE d.prospect_id = p.id "
                                        "AND d.stage LIKE 'closed%')";
} // namespace

int firstTouchEligibleCount(Workspace& workspace, qint64 notContactedSinceMs)
{
    QSqlQuery q(workspace.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM prospects p WHERE %1").arg(QLatin1String(kFirstTouchEligible)));
    q.addBindValue(notContactedSinceMs);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<FirstTouchCandidate> firstTouchCandidates(
    Workspace& workspace, qint64 notContactedSinceMs, const QString& decisionType, int limit)
{
    QList<FirstTouchCandidate> rows;
    QSqlQuery q(workspace.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.full_name, lower(p.email), p.title, c.name, c.industry, c.country "
                             "FROM prospects p JOIN companies c ON c.id = p.company_id WHERE %1 "
                             "AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.type = ? AND x.target = "
                             "lower(p.email)) ORDER BY p.id LIMIT %2")
                  .arg(QLatin1String(kFirstTouchEligible), QString::number(std::max(1, limit))));
    q.addBindValue(notContactedSinceMs);
    q.addBindValue(decisionType);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString() });
    return rows;
}

namespace {

QString matchWhere(const ProspectQuery& query, QVariantList* binds)
{
    QStringList parts;
    if (!query.text.isEmpty()) {
        parts << QStringLiteral("(p.full_name LIKE ? OR p.email LIKE ? OR c.name LIKE ?)");
        const QString like = QLatin1Char('%') + query.text + QLatin1Char('%');
        *binds << like << like << like;
    }
    if (query.minScore >= 0) {
        parts << QStringLiteral("p.score >= ?");
        *binds << query.minScore;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

QString matchJoin(const ProspectQuery& query)
{
    return query.text.isEmpty() ? QString() : QStringLiteral(" LEFT JOIN companies c ON c.id = p.company_id");
}

} // namespace

qint64 countMatching(Workspace& ws, const ProspectQuery& query)
{
    QVariantList binds;
    const QString sql
        = QStringLiteral("SELECT count(*) FROM prospects p%1%2").arg(matchJoin(query), matchWhere(query, &binds));
    QSqlQuery q(ws.db());
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<ProspectRow> page(Workspace& ws, const ProspectQuery& query, qint64 offset, int limit)
{
    QVariantList binds;
    // Both orders are served by an index (prospects_score, prospects_full_name).
    const QString order = query.byName
        ? (query.descending ? QStringLiteral("p.full_name DESC, p.id DESC") : QStringLiteral("p.full_name, p.id"))
        : (query.descending ? QStringLiteral("p.score DESC, p.id") : QStringLiteral("p.score, p.id"));
    // The OFFSET walks the covering index in a subquery (ids only); only the page's rows are
    // then read with their company. At offset 500,000 this is ms, not ~0.7 s.
    const QString sql
        = QStringLiteral("SELECT %6 "
                         "FROM (SELECT p.id FROM prospects p%1%2 ORDER BY %3 LIMIT %4 OFFSET %5) page "
                         "JOIN prospects p ON p.id = page.id LEFT JOIN companies c ON c.id = p.company_id "
                         "ORDER BY %3")
              .arg(matchJoin(query), matchWhere(query, &binds), order)
              .arg(limit)
              .arg(offset)
              .arg(columns());
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    QList<ProspectRow> rows;
    if (q.exec()) {
        while (q.next())
            rows << fromRow(q);
    }
    return rows;
}

} // namespace ProspectStore

} // namespace gd::core
