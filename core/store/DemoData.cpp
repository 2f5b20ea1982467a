#include "core/store/DemoData.h"

#include "core/mail/SuppressionStore.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Types.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

namespace gd::core::DemoData {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

QString defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.") + Workspace::fileSuffix());
}

bool populate(Workspace& ws, QString* error)
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("demo data missing from the build (:/demo/demo.json)");
        return false;
    }
    QJsonParseError parseError {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = parseError.errorString();
        return false;
    }
    const qint64 now = nowMs();
    Transaction tx(ws);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    auto failed = [] { return false; }; // tx rolls back
    QHash<QString, qint64> companyIds;
    for (const QJsonValue& v : root.value(QStringLiteral("companies")).toArray()) {
        const QJsonObject c = v.toObject();
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral(
            "INSERT INTO companies (name, domain, industry, employees, country) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(c.value(QStringLiteral("name")).toString());
        q.addBindValue(c.value(QStringLiteral("domain")).toString());
        q.addBindValue(c.value(QStringLiteral("industry")).toString());
        q.addBindValue(c.value(QStringLiteral("employees")).toInt());
        q.addBindValue(c.value(QStringLiteral("country")).toString());
        if (!ws.execWrite(q, QStringLiteral("demo:company"), error))
            return failed();
        companyIds.insert(c.value(QStringLiteral("domain")).toString(), q.lastInsertId().toLongLong());
    }
    QHash<QString, qint64> prospectIds;
    for (const QJsonValue& v : root.value(QStringLiteral("prospects")).toArray()) {
        const QJsonObject p = v.toObject();
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral(
            "INSERT INTO prospects (company_id, full_name, email, title, last_contacted_at, source, "
            "created_at, updated_at, name_key, field_sources) VALUES (?, ?, ?, ?, ?, 'demo', ?, ?, ?, ?)"));
        const QString domain = p.value(QStringLiteral("company_domain")).toString();
        q.addBindValue(companyIds.contains(domain) ? QVariant(companyIds.value(domain)) : QVariant());
        q.addBindValue(p.value(QStringLiteral("full_name")).toString());
        q.addBindValue(p.value(QStringLiteral("email")).toString());
        q.addBindValue(p.value(QStringLiteral("title")).toString());
        const QJsonValue days = p.value(QStringLiteral("last_contacted_days_ago"));
        q.addBindValue(days.isDouble() ? QVariant(now - days.toInteger() * kDayMs) : QVariant());
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(QString(p.value(QStringLiteral("full_name")).toString().toLower() + QLatin1Char('|') + domain));
        q.addBindValue(QStringLiteral(
            R"({"full_name":"demo data","email":"demo data","title":"demo data","company":"demo data"})"));
        if (!ws.execWrite(q, QStringLiteral("demo:prospect"), error))
            return failed();
        prospectIds.insert(p.value(QStringLiteral("email")).toString(), q.lastInsertId().toLongLong());
    }
    for (const QJsonValue& v : root.value(QStringLiteral("deals")).toArray()) {
        const QJsonObject d = v.toObject();
        QSqlQuery q(ws.db());
        q.prepare(QStringLiteral("INSERT INTO deals (prospect_id, title, stage, value_cents, currency, updated_at) "
                                 "VALUES (?, ?, ?, ?, 'EUR', ?)"));
        const QString email = d.value(QStringLiteral("prospect_email")).toString();
        q.addBindValue(prospectIds.contains(email) ? QVariant(prospectIds.value(email)) : QVariant());
        q.addBindValue(d.value(QStringLiteral("title")).toString());
        q.addBindValue(d.value(QStringLiteral("stage")).toString());
        q.addBindValue(d.value(QStringLiteral("value_eur")).toInteger() * 100);
        const qint64 at = now - d.value(QStringLiteral("updated_days_ago")).toInteger() * kDayMs;
        q.addBindValue(at);
        if (!ws.execWrite(q, QStringLiteral("demo:deal"), error))
            return failed();
        QSqlQuery e(ws.db()); // the deal's timeline starts where it stands
        e.prepare(QStringLiteral("INSERT INTO deal_events (deal_id, at, kind, to_stage) VALUES (?, ?, 'created', ?)"));
        e.addBindValue(q.lastInsertId());
        e.addBindValue(at);
        e.addBindValue(d.value(QStringLiteral("stage")).toString());
        if (!ws.execWrite(e, QStringLiteral("demo:deal"), error))
            return failed();
    }
    const QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (!ws.setMeta(it.key(), it.value().toString(), error))
            return failed();
    }
    for (const QJsonValue& v : root.value(QStringLiteral("suppressions")).toArray()) {
        const QJsonObject s = v.toObject();
        if (!SuppressionStore(ws).add(s.value(QStringLiteral("email")).toString(), SuppressionStore::Global,
                s.value(QStringLiteral("reason")).toString(), QStringLiteral("demo"), error,
                now - s.value(QStringLiteral("days_ago")).toInteger() * kDayMs))
            return failed();
    }
    if (root.contains(QStringLiteral("icp"))
        && IcpStore::save(
               ws, Icp::fromJson(root.value(QStringLiteral("icp")).toObject()), QStringLiteral("demo"), error)
            == 0)
        return failed();
    if (!ws.setMeta(keys::WorkspaceName, root.value(QStringLiteral("workspace_name")).toString(), error)
        || !ws.setMeta(keys::Demo, QStringLiteral("1"), error))
        return failed();
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

} // namespace gd::core::DemoData
