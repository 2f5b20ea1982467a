#include "core/store/DemoData.h"

#include "core/mail/ConversationStore.h"
#include "core/mail/MailSync.h"
#include "core/mail/SuppressionStore.h"
#include "core/prospects/Icp.h"
#include "core/runtime/Types.h"
#include "core/sales/Campaign.h"
#include "core/store/SettingKeys.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QStandardPaths>

namespace gd::core::DemoData {

namespace {
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

bool exec(Workspace& ws, const QString& sql, const QVariantList& binds, QString* error)
{
    QSqlQuery q(ws.db());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return ws.execWrite(q, QStringLiteral("demo:campaign"), error);
}

// A demo campaign with its history: the enrolments, the steps it sent and the replies.
bool addCampaign(Workspace& ws, const QJsonObject& json, qint64 now, QString* error)
{
    QStringList problems;
    const auto definition
        = CampaignDefinition::parse(json.value(QStringLiteral("definition")).toObject(), &ws, &problems);
    if (!definition) {
        *error = problems.join(QStringLiteral("; "));
        return false;
    }
    const QString name = definition->name;
    const qint64 created = now - json.value(QStringLiteral("created_days_ago")).toInteger() * kDayMs;
    if (!CampaignStore::create(ws, *definition, error)
        || !exec(ws, QStringLiteral("UPDATE campaigns SET status = ?, created_at = ?, updated_at = ? WHERE name = ?"),
            { json.value(QStringLiteral("status")).toString(), created, now, name }, error))
        return false;
    const QString us = ws.meta(keys::SenderName);
    for (const QJsonValue& h : json.value(QStringLiteral("history")).toArray()) {
        const QJsonObject o = h.toObject();
        const QString email = o.value(QStringLiteral("email")).toString();
        const QString variant = definition->variantFor(email);
        const QJsonArray sent = o.value(QStringLiteral("sent_days_ago")).toArray();
        QString lastId;
        for (qsizetype i = 0; i < sent.size(); ++i) {
            const qint64 at = now - sent.at(i).toInteger() * kDayMs;
            lastId = QStringLiteral("<demo.%1.%2.%3@greendoor-demo.invalid>").arg(name).arg(i).arg(email);
            const bool bounced = o.value(QStringLiteral("bounced")).toBool() && i == sent.size() - 1;
            if (!exec(ws,
                    QStringLiteral("INSERT INTO campaign_sends (campaign, email, step, variant, message_id, status, "
                                   "reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { name, email, static_cast<int>(i), variant, lastId,
                        bounced ? QStringLiteral("bounced") : QStringLiteral("sent"),
                        bounced ? QStringLiteral("550 5.1.1 user unknown") : QString(QLatin1String("")), at, at },
                    error))
                return false;
        }
        const QJsonObject reply = o.value(QStringLiteral("reply")).toObject();
        if (!reply.isEmpty()) {
            const qint64 at = now - reply.value(QStringLiteral("days_ago")).toInteger() * kDayMs;
            if (!exec(ws,
                    QStringLiteral(
                        "INSERT INTO mail_messages (message_key, direction, in_reply_to, sender, recipients, "
                        "subject, sent_at, body, class, confidence, received_at) VALUES (?, 'in', ?, ?, ?, ?, "
                        "?, ?, ?, 0.9, ?)"),
                    { QStringLiteral("<demo.reply.%1@greendoor-demo.invalid>").arg(email), lastId, email, us,
                        QStringLiteral("Re: your note"), at, reply.value(QStringLiteral("text")).toString(),
                        reply.value(QStringLiteral("class")).toString(), at },
                    error))
                return false;
        }
        if (!exec(ws,
                QStringLiteral("INSERT INTO enrolments (email, sequence, status, step, variant, reason, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { email, name, o.value(QStringLiteral("status")).toString(), static_cast<int>(sent.size()), variant,
                    o.value(QStringLiteral("reason")).toString(), now },
                error))
            return false;
    }
    return true;
}

} // namespace

QString defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.") + Workspace::fileSuffix());
}

namespace {

// A few replies to the demo's first email, read as if they had arrived over IMAP: threaded and
// classified, so the Conversations tab has threads to show.
bool addConversations(Workspace& ws, const QJsonArray& list, QString* error)
{
    if (list.isEmpty())
        return true;
    // Read as if they had arrived, but without proposing anything: the demo's approval queue and
    // outbox stay as they were (its replies show what a class and its reasons look like).
    const std::shared_ptr<Workspace> shared(&ws, [](Workspace*) {});
    MailSync sync(shared, nullptr);
    ConversationStore store(ws);
    const qint64 now = nowMs();
    const QString sender = ws.meta(keys::Sender, QStringLiteral("Sam Carter <sam@greendoor-demo.invalid>"));
    int n = 0;
    for (const QJsonValue& v : list) {
        const QJsonObject c = v.toObject();
        const QString email = c.value(QStringLiteral("email")).toString();
        const qint64 repliedAt = now - c.value(QStringLiteral("days_ago")).toInteger() * kDayMs;
        const QString sentId = QStringLiteral("demo-%1@greendoor-demo.invalid").arg(++n);
        StoredMessage out;
        out.key = sentId;
        out.direction = QStringLiteral("out");
        out.sender = QStringLiteral("sam@greendoor-demo.invalid");
        out.recipients = { email };
        out.subject = QStringLiteral("A question about your pipeline");
        out.sentAt = repliedAt - 3 * kDayMs;
        out.receivedAt = out.sentAt;
        out.read = true;
        out.body
            = QStringLiteral("Hello %1,\n\nhow does your team decide which leads to call first? GreenDoor scores "
                             "them against your ideal customer profile and shows why.\n\nBest regards,\nSam Carter")
                  .arg(c.value(QStringLiteral("name")).toString().section(QLatin1Char(' '), 0, 0));
        if (!store.insertMessage(out, error))
            return false;
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(repliedAt, Qt::UTC);
        const QString subject
            = c.value(QStringLiteral("subject")).toString(QStringLiteral("Re: A question about your pipeline"));
        QByteArray raw = "From: " + c.value(QStringLiteral("name")).toString().toUtf8() + " <" + email.toUtf8()
            + ">\r\nTo: " + sender.toUtf8() + "\r\nSubject: " + subject.toUtf8()
            + "\r\nDate: " + QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")).toLatin1()
            + " +0000\r\n" + "Message-ID: <reply-" + sentId.toUtf8() + ">\r\nIn-Reply-To: <" + sentId.toUtf8()
            + ">\r\nReferences: <" + sentId.toUtf8() + ">\r\n" + c.value(QStringLiteral("headers")).toString().toUtf8()
            + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + c.value(QStringLiteral("reply")).toString().toUtf8().replace("\n", "\r\n") + "\r\n";
        QString why;
        sync.ingest(raw, MailSync::Source { QString(), QStringLiteral("demo"), 0, repliedAt }, &why);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    return true;
}

} // namespace

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
            "INSERT INTO companies (name, domain, industry, employees, country, description, technologies) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(c.value(QStringLiteral("name")).toString());
        q.addBindValue(c.value(QStringLiteral("domain")).toString());
        q.addBindValue(c.value(QStringLiteral("industry")).toString());
        q.addBindValue(c.value(QStringLiteral("employees")).toInt());
        q.addBindValue(c.value(QStringLiteral("country")).toString());
        for (const char* optional : { "description", "technologies" }) {
            const QString value = c.value(QLatin1String(optional)).toString();
            q.addBindValue(value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value));
        }
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
    for (const QJsonValue& v : root.value(QStringLiteral("campaigns")).toArray()) {
        if (!addCampaign(ws, v.toObject(), now, error))
            return failed();
    }
    if (!ws.setMeta(keys::WorkspaceName, root.value(QStringLiteral("workspace_name")).toString(), error)
        || !ws.setMeta(keys::Demo, QStringLiteral("1"), error))
        return failed();
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return addConversations(ws, root.value(QStringLiteral("conversations")).toArray(), error);
}

} // namespace gd::core::DemoData
