#include "core/Text.h"
#include "core/decisions/RiskEngine.h"
#include "core/decisions/effects/Effects.h"
#include "core/formats/EmailAddress.h"
#include "core/formats/Json.h"
#include "core/mail/SuppressionStore.h"
#include "core/runtime/Types.h"
#include "core/store/ProspectStore.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace gd::core::effects {

namespace {

EffectStatus personTarget(const QString& target)
{
    if (!EmailAddress::isValid(target))
        return error(EffectError::Code::InvalidField,
            tr("personal data is exported or erased for one person, named by their email address, not \"%1\"")
                .arg(target.simplified()));
    return std::nullopt;
}

QJsonObject personFacts(const RiskContext& c)
{
    QJsonObject f { { QStringLiteral("destination"), QStringLiteral("exports folder") } };
    if (c.personRecords >= 0)
        f.insert(QStringLiteral("records"), c.personRecords);
    return f;
}

// Every row a query returns, as objects keyed by column name.
QJsonArray rows(Workspace& ws, const QString& sql, const QString& email)
{
    QJsonArray out;
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (int i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(email);
    if (!q.exec())
        return out;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            const QString name = record.fieldName(i);
            if (v.isNull())
                row.insert(name, QJsonValue());
            else if (name == QLatin1String("action") || name == QLatin1String("result")
                || name == QLatin1String("inputs") || name == QLatin1String("risk") || name == QLatin1String("content"))
                row.insert(name, json::object(v));
            else
                row.insert(name, QJsonValue::fromVariant(v));
        }
        out.append(row);
    }
    return out;
}

// data.export: everything held about one person (a GDPR access request), as one JSON file.
class DataExportEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("data.export"); }

    QJsonObject facts(const QString&, const QJsonObject&, const RiskContext& c) const override
    {
        return personFacts(c);
    }

    EffectStatus perform(const EffectRequest& request, EffectEnvironment& env, QJsonObject* result) const override
    {
        const QString path = QDir(env.exportsDir).filePath(env.fileStem + QStringLiteral(".json"));
        result->insert(QStringLiteral("file"), path);
        if (QFileInfo::exists(path))
            return std::nullopt;
        const auto email = EmailAddress::normalized(request.target);
        if (!email)
            return personTarget(request.target);
        Workspace& ws = *env.workspace;
        const QString person = QStringLiteral("(SELECT id FROM prospects WHERE email = ?)");
        QJsonObject data {
            { QStringLiteral("prospects"),
                rows(ws,
                    QStringLiteral(
                        "SELECT p.id, p.full_name, p.first_name, p.last_name, p.email, p.title, p.phone, "
                        "p.linkedin_url, p.city, p.country, p.source, p.import_id, p.import_line, p.score, "
                        "p.score_reasons, %1 AS field_sources, p.created_at, p.updated_at, p.last_contacted_at, "
                        "c.name AS company, c.domain FROM prospects p LEFT JOIN companies c ON c.id = p.company_id "
                        "WHERE p.email = ? ORDER BY p.id")
                        .arg(ProspectStore::sourcesSql(QLatin1String("p."))),
                    *email) },
            { QStringLiteral("contact_health"),
                rows(ws,
                    QStringLiteral("SELECT prospect_id, score, reason, updated_at FROM contact_health "
                                   "WHERE prospect_id IN %1 ORDER BY prospect_id")
                        .arg(person),
                    *email) },
            { QStringLiteral("deals"),
                rows(ws,
                    QStringLiteral(
                        "SELECT id, title, stage, value_cents, currency, discount_pct, updated_at FROM deals "
                        "WHERE prospect_id IN %1 ORDER BY id")
                        .arg(person),
                    *email) },
            { QStringLiteral("messages_sent"),
                rows(ws,
                    QStringLiteral("SELECT id, type, action, status, created_at, executed_at FROM outbox "
                                   "WHERE lower(target) = ? AND type NOT LIKE 'data.%' ORDER BY created_at, id"),
                    *email) },
            { QStringLiteral("decisions"),
                rows(ws,
                    QStringLiteral("SELECT id, type, agent, action, inputs, reasoning, outcome, status, created_at, "
                                   "decided_at FROM decisions WHERE lower(target) = ? AND type NOT LIKE 'data.%' "
                                   "ORDER BY created_at, id"),
                    *email) },
            { QStringLiteral("enrolments"),
                rows(ws,
                    QStringLiteral("SELECT sequence, status, step, variant, reason, updated_at FROM enrolments "
                                   "WHERE lower(email) = ? ORDER BY sequence"),
                    *email) },
            { QStringLiteral("campaign_sends"),
                rows(ws,
                    QStringLiteral("SELECT campaign, step, variant, status, reason, message_id, created_at, updated_at "
                                   "FROM campaign_sends WHERE lower(email) = ? ORDER BY campaign, step"),
                    *email) },
            // Agents' messages that mention the person (drafts, replies, feedback about them).
            { QStringLiteral("agent_messages"),
                rows(ws,
                    QStringLiteral("SELECT message_id, sender, receiver, type, content, created_at FROM messages "
                                   "WHERE instr(lower(content), ?) > 0 ORDER BY seq"),
                    *email) },
            { QStringLiteral("suppressions"),
                rows(ws,
                    QStringLiteral(
                        "SELECT address, scope, reason, source, created_at FROM suppressions WHERE address = ? "
                        "ORDER BY scope"),
                    *email) },
            // Conversations: every message to or from them, in full, and reminders about them.
            { QStringLiteral("mail_messages"),
                rows(ws,
                    QStringLiteral("SELECT m.message_key, m.direction, m.sender, m.recipients, m.subject, m.sent_at, "
                                   "m.body, m.class, m.confidence, m.evidence, m.details FROM mail_messages m JOIN "
                                   "conversations c ON c.id = m.conversation_id WHERE c.contact = ? "
                                   "ORDER BY m.sent_at, m.id"),
                    *email) },
            { QStringLiteral("reminders"),
                rows(ws,
                    QStringLiteral("SELECT id, due_at, note, status, created_at FROM reminders WHERE contact = ? "
                                   "ORDER BY due_at, id"),
                    *email) },
        };
        int records = 0;
        for (auto it = data.begin(); it != data.end(); ++it)
            records += static_cast<int>(it.value().toArray().size());
        const QJsonObject document { { QStringLiteral("person"), *email },
            { QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
            { QStringLiteral("data"), data } };
        if (auto failed = writeFile(env.exportsDir, path, QJsonDocument(document).toJson(QJsonDocument::Indented)))
            return failed;
        result->insert(QStringLiteral("records"), records);
        if (env.afterFileWritten)
            env.afterFileWritten();
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace& ws, const QString& target, const QJsonObject&) const override
    {
        if (auto invalid = personTarget(target))
            return invalid;
        if (personRecordCount(ws, target) == 0)
            return error(EffectError::Code::TargetNotFound, tr("nothing is held about %1").arg(target.trimmed()));
        return std::nullopt;
    }
};

// data.erase: the person's prospect record and what hangs on it go; the address is suppressed so
// it is never contacted again.
class DataEraseEffect final : public DecisionEffect
{
public:
    QString type() const override { return QStringLiteral("data.erase"); }

    QJsonObject facts(const QString&, const QJsonObject&, const RiskContext& c) const override
    {
        return personFacts(c);
    }

    EffectStatus apply(Workspace& ws, const EffectRequest& request, QJsonObject*) const override
    {
        static const char* const steps[] = {
            "DELETE FROM contact_health WHERE prospect_id IN (SELECT id FROM prospects WHERE email = lower(trim(?)))",
            "UPDATE deals SET prospect_id = NULL WHERE prospect_id IN (SELECT id FROM prospects WHERE email = "
            "lower(trim(?)))",
            "DELETE FROM prospects WHERE email = lower(trim(?))",
            // No campaign mails them again (the suppression below holds it too).
            "UPDATE enrolments SET status = 'ended', reason = 'ended: personal data erased' WHERE lower(email) = "
            "lower(?) AND status IN ('active', 'paused')",
            // Their conversations: the messages, the threads and the reminders about them.
            "DELETE FROM mail_messages WHERE conversation_id IN (SELECT id FROM conversations WHERE contact = "
            "lower(?))",
            "DELETE FROM conversations WHERE contact = lower(?)",
            "DELETE FROM reminders WHERE contact = lower(?)",
        };
        QSqlQuery q(ws.db());
        QString why;
        for (const char* sql : steps) {
            q.prepare(QLatin1String(sql));
            q.addBindValue(request.target);
            if (!ws.execWrite(q, QStringLiteral("effect:erase"), &why))
                return error(EffectError::Code::WriteFailed, why);
        }
        // Never contacted again, by any campaign.
        if (!SuppressionStore(ws).add(request.target, SuppressionStore::Global,
                QStringLiteral("personal data erased on request"), request.decisionId, &why))
            return error(EffectError::Code::WriteFailed, why);
        return std::nullopt;
    }

protected:
    EffectStatus check(Workspace&, const QString& target, const QJsonObject&) const override
    {
        return personTarget(target);
    }
};

} // namespace

std::unique_ptr<DecisionEffect> makeDataExport()
{
    return std::make_unique<DataExportEffect>();
}

std::unique_ptr<DecisionEffect> makeDataErase()
{
    return std::make_unique<DataEraseEffect>();
}

} // namespace gd::core::effects
