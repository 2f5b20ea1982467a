#include "core/decisions/Executor.h"

#include "core/decisions/AuditLog.h"
#include "core/decisions/Decision.h"
#include "core/decisions/DecisionEngine.h"
#include "core/Logging.h"
#include "core/prospects/ProspectImporter.h"
#include "core/net/ProviderConnector.h"
#include "core/runtime/Types.h"
#include "core/store/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUrl>
#include <csignal>

namespace gd::core {

namespace {

constexpr int kMaxAttempts = 5;

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString siblingDir(const Workspace& ws, const char* suffix)
{
    const QFileInfo info(ws.path());
    return info.absoluteDir().filePath(info.completeBaseName() + QLatin1String(suffix));
}

// RFC 2047 encoded-word for non-ASCII header text.
QString headerText(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() > 126 || c.unicode() < 32)
            return QStringLiteral("=?UTF-8?B?%1?=").arg(QString::fromLatin1(text.toUtf8().toBase64()));
    }
    return text;
}

QString crlf(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    return text;
}

} // namespace

Executor::Executor(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, SecretStore* secrets)
    : m_workspace(std::move(workspace))
    , m_engine(engine)
    , m_secrets(secrets)
    , m_fault(qEnvironmentVariable("GREENDOOR_FAULT"))
{
}

QString Executor::outgoingDir(const Workspace& workspace)
{
    return siblingDir(workspace, "-outgoing");
}

QString Executor::exportsDir(const Workspace& workspace)
{
    return siblingDir(workspace, "-exports");
}

int Executor::runPending(QString* error)
{
    Workspace& ws = *m_workspace;
    QList<Item> items;
    {
        QSqlQuery q(ws.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT id, decision_id, approval_id, idempotency_key, type, target, action, action_hash, "
                "status, attempts FROM outbox WHERE status IN ('pending', 'executing') "
                "ORDER BY created_at, rowid LIMIT 100"))) {
            if (error)
                *error = QStringLiteral("cannot read the outbox");
            return 0;
        }
        while (q.next()) {
            Item i;
            i.id = q.value(0).toString();
            i.decisionId = q.value(1).toString();
            i.approvalId = q.value(2).toString();
            i.key = q.value(3).toString();
            i.type = q.value(4).toString();
            i.target = q.value(5).toString();
            i.action = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            i.actionHash = q.value(7).toString();
            i.status = q.value(8).toString();
            i.attempts = q.value(9).toInt();
            items << i;
        }
    }
    int done = 0;
    for (const Item& item : std::as_const(items)) {
        QString why;
        if (!authorized(item, &why)) {
            if (why.startsWith(QLatin1String("requeue:")))
                requeueForApproval(item, why.mid(8));
            else
                fail(item, why, true);
            continue;
        }
        if (item.status == QLatin1String("pending")) {
            // Claim it: from here on a crash leaves it "executing", and the effect is repeatable.
            QSqlQuery claim(ws.db());
            claim.prepare(QStringLiteral("UPDATE outbox SET status = 'executing', attempts = attempts + 1 WHERE id = ? "
                                         "AND status = 'pending'"));
            claim.addBindValue(item.id);
            if (!ws.execWrite(claim, QStringLiteral("outbox:claim")) || claim.numRowsAffected() != 1)
                continue;
            if (m_fault == QLatin1String("executor:after_claim"))
                ::raise(SIGKILL);
        }
        QJsonObject result;
        QString problem;
        if (!perform(item, &result, &problem)) {
            fail(item, problem,
                problem.startsWith(QLatin1String("the action has no")) || item.attempts + 1 >= kMaxAttempts);
            continue;
        }
        if (finish(item, result, &problem))
            ++done;
        else // retried (file effects are not repeated: their file exists), and counted
            fail(item, problem, item.attempts + 1 >= kMaxAttempts);
    }
    return done;
}

bool Executor::authorized(const Item& item, QString* why)
{
    Workspace& ws = *m_workspace;
    if (hashAction(item.type, item.target, item.action) != item.actionHash) {
        *why = QStringLiteral("the action does not match its recorded hash (it was altered)");
        return false;
    }
    QSqlQuery q(ws.db());
    if (!item.approvalId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT status, action_hash FROM approvals WHERE id = ?"));
        q.addBindValue(item.approvalId);
        if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("approved")
            || q.value(1).toString() != item.actionHash) {
            *why = QStringLiteral("no approval matches this exact action");
            return false;
        }
        return true;
    }
    q.prepare(QStringLiteral(
        "SELECT outcome, type, agent, target, campaign, action, inputs, reasoning FROM decisions WHERE id = ?"));
    q.addBindValue(item.decisionId);
    if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("act")) {
        *why = QStringLiteral("the decision was not authorized to act without approval");
        return false;
    }
    // The matrix may have changed since: check that it still allows acting alone.
    Proposal p;
    p.id = item.decisionId;
    p.type = q.value(1).toString();
    p.agent = q.value(2).toString();
    p.target = q.value(3).toString();
    p.campaign = q.value(4).toString();
    p.action = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    p.inputs = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    p.reasoning = q.value(7).toString();
    q.finish();
    if (item.status == QLatin1String("executing"))
        return true; // already under way before a restart: finish it
    const Evaluation now = m_engine->evaluate(p);
    if (now.outcome == DecisionOutcome::Refuse) {
        *why = now.why.join(QStringLiteral("; "));
        return false;
    }
    if (now.outcome == DecisionOutcome::Queue) {
        *why = QStringLiteral("requeue:") + now.why.join(QStringLiteral("; "));
        return false;
    }
    return true;
}

bool Executor::perform(const Item& item, QJsonObject* result, QString* error)
{
    // What each effect needs from its action; without it nothing is done.
    static const QHash<QString, QStringList> required = {
        { QStringLiteral("email.first_touch"),
            { QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body") } },
        { QStringLiteral("email.follow_up"),
            { QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body") } },
        { QStringLiteral("email.reply"), { QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body") } },
        { QStringLiteral("meeting.book"), { QStringLiteral("start") } },
        { QStringLiteral("sequence.enrol"), { QStringLiteral("sequence") } },
        { QStringLiteral("sequence.stop"), { QStringLiteral("sequence") } },
        { QStringLiteral("deal.move_stage"), { QStringLiteral("to_stage") } },
        { QStringLiteral("deal.close"), { QStringLiteral("result") } },
        { QStringLiteral("pricing.discount"), { QStringLiteral("discount_pct") } },
        { QStringLiteral("provider.spend"), { QStringLiteral("amount") } },
        { QStringLiteral("limits.change"), { QStringLiteral("new_value") } },
    };
    for (const QString& field : required.value(item.type)) {
        const QJsonValue v = item.action.value(field);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty())) {
            *error = QStringLiteral("the action has no %1, so a %2 cannot be carried out").arg(field, item.type);
            return false;
        }
    }
    if (item.type.startsWith(QLatin1String("email.")) || item.type == QLatin1String("meeting.book")
        || item.type == QLatin1String("data.export"))
        return performFileEffect(item, result, error);
    if (item.type == QLatin1String("provider.spend") && item.action.contains(QStringLiteral("search")))
        return performProviderSearch(item, result, error);
    return true; // workspace effects run inside finish(), in the same transaction
}

bool Executor::performFileEffect(const Item& item, QJsonObject* result, QString* error)
{
    Workspace& ws = *m_workspace;
    const bool email = item.type.startsWith(QLatin1String("email."));
    const bool meeting = item.type == QLatin1String("meeting.book");
    const QString dir = email || meeting ? outgoingDir(ws) : exportsDir(ws);
    const QString suffix = email ? QStringLiteral(".eml") : meeting ? QStringLiteral(".ics") : QStringLiteral(".json");
    const QString path = QDir(dir).filePath(item.key + suffix);
    result->insert(QStringLiteral("file"), path);
    if (QFileInfo::exists(path))
        return true; // written before a crash: never twice
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QByteArray content;
    const QJsonObject& a = item.action;
    if (email) {
        const QString from = ws.meta(QStringLiteral("sender"), QStringLiteral("GreenDoor <sales@greendoor.invalid>"));
        QString text = QStringLiteral("Message-ID: <%1@greendoor.invalid>\n").arg(item.key)
            + QStringLiteral("Date: %1\n").arg(QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date))
            + QStringLiteral("From: %1\n").arg(from)
            + QStringLiteral("To: %1\n").arg(a.value(QStringLiteral("to")).toString())
            + QStringLiteral("Subject: %1\n").arg(headerText(a.value(QStringLiteral("subject")).toString()))
            + QStringLiteral(
                "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n")
            + QStringLiteral("X-GreenDoor-Decision: %1\n\n").arg(item.decisionId)
            + a.value(QStringLiteral("body")).toString() + QLatin1Char('\n');
        content = crlf(text).toUtf8();
    } else if (meeting) {
        const QDateTime start = QDateTime::fromString(a.value(QStringLiteral("start")).toString(), Qt::ISODate).toUTC();
        const QDateTime end = start.addSecs(60LL * a.value(QStringLiteral("duration_minutes")).toInt(30));
        const QString stamp = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");
        const QString text
            = QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//GreenDoor//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
            + QStringLiteral("UID:%1@greendoor.invalid\n").arg(item.key)
            + QStringLiteral("DTSTAMP:%1\n").arg(QDateTime::currentDateTimeUtc().toString(stamp))
            + QStringLiteral("DTSTART:%1\nDTEND:%2\n").arg(start.toString(stamp), end.toString(stamp))
            + QStringLiteral("SUMMARY:%1\n").arg(a.value(QStringLiteral("title")).toString())
            + QStringLiteral("ATTENDEE;RSVP=TRUE:mailto:%1\n").arg(item.target)
            + QStringLiteral("END:VEVENT\nEND:VCALENDAR\n");
        content = crlf(text).toUtf8();
    } else {
        QJsonArray rows;
        QSqlQuery q(ws.db());
        q.exec(QStringLiteral("SELECT p.full_name, p.email, p.title, c.name, c.domain FROM prospects p "
                              "LEFT JOIN companies c ON c.id = p.company_id ORDER BY p.id"));
        while (q.next()) {
            rows.append(QJsonObject { { QStringLiteral("full_name"), q.value(0).toString() },
                { QStringLiteral("email"), q.value(1).toString() }, { QStringLiteral("title"), q.value(2).toString() },
                { QStringLiteral("company"), q.value(3).toString() },
                { QStringLiteral("domain"), q.value(4).toString() } });
        }
        content = QJsonDocument(rows).toJson(QJsonDocument::Indented);
        result->insert(QStringLiteral("records"), rows.size());
    }
    QSaveFile file(path); // written to a temporary name, renamed into place on commit
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (m_fault == QLatin1String("executor:after_effect"))
        ::raise(SIGKILL);
    return true;
}

bool Executor::performProviderSearch(const Item& item, QJsonObject* result, QString* error)
{
    // The spend is the search: what the provider returns is saved as CSV (kept, so what was bought
    // can be seen) and imported like any list. After a crash the saved answer is imported again,
    // which merges instead of duplicating, and the provider is not asked (or paid) twice.
    Workspace& ws = *m_workspace;
    const QString dir = exportsDir(ws);
    const QString path = QDir(dir).filePath(item.key + QStringLiteral(".provider.csv"));
    result->insert(QStringLiteral("file"), path);
    if (!QFileInfo::exists(path)) {
        if (!m_secrets) {
            *error = QStringLiteral("no keychain to read the provider's API key from");
            return false;
        }
        const QJsonObject search = item.action.value(QStringLiteral("search")).toObject();
        ProviderOptions options;
        options.baseUrl = QUrl(ws.meta(QStringLiteral("provider:apollo:base_url"), options.baseUrl.toString()));
        options.eurPerCredit
            = ws.meta(QStringLiteral("provider:apollo:eur_per_credit"), QStringLiteral("0")).toDouble();
        ProviderConnector connector(*m_secrets, options);
        PeopleSearchQuery query;
        for (const QJsonValue& d : search.value(QStringLiteral("domains")).toArray())
            query.organizationDomains << d.toString();
        for (const QJsonValue& t : search.value(QStringLiteral("titles")).toArray())
            query.personTitles << t.toString();
        query.perPage = std::clamp(search.value(QStringLiteral("per_page")).toInt(25), 1, 100);
        // Already authorized by the decision framework (this item has its approval).
        const PeopleSearchResult found = connector.search(query, [](int, double) { return true; });
        if (!found.ok) {
            *error = found.errorMessage;
            return false;
        }
        QStringList lines = { QStringLiteral("First Name,Last Name,Email,Title,Company,Company Domain,Website,Industry,"
                                             "# Employees,City,Country,Person Linkedin Url") };
        auto field = [](QString v) {
            if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))) {
                v.replace(QLatin1String("\""), QLatin1String("\"\""));
                v = QLatin1Char('"') + v + QLatin1Char('"');
            }
            return v;
        };
        for (const ProviderProspect& p : found.people) {
            lines << QStringList { field(p.firstName), field(p.lastName), field(p.email), field(p.title),
                field(p.company), field(p.domain), field(p.website), field(p.industry),
                p.employees >= 0 ? QString::number(p.employees) : QString(), field(p.city), field(p.country),
                field(p.linkedinUrl) }
                         .join(QLatin1Char(','));
        }
        if (!QDir().mkpath(dir)) {
            *error = QStringLiteral("cannot create %1").arg(dir);
            return false;
        }
        QSaveFile file(path);
        const QByteArray bytes = (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
        result->insert(QStringLiteral("found"), static_cast<int>(found.people.size()));
        result->insert(QStringLiteral("credits"), found.creditsSpent);
    }
    ProspectImporter importer(m_workspace);
    const ImportReport report = importer.run(path);
    if (!report.ok()) {
        *error = report.error;
        return false;
    }
    result->insert(QStringLiteral("imported"), report.imported);
    result->insert(QStringLiteral("merged"), report.merged);
    return true;
}

bool Executor::performWorkspaceEffect(const Item& item, QString* error)
{
    Workspace& ws = *m_workspace;
    const QJsonObject& a = item.action;
    QSqlQuery q(ws.db());
    const qint64 now = nowMs();
    const QString t = item.type;
    if (t == QLatin1String("sequence.enrol") || t == QLatin1String("sequence.stop")) {
        q.prepare(QStringLiteral(
            "INSERT INTO enrolments (email, sequence, status, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (email, sequence) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at"));
        q.addBindValue(item.target);
        q.addBindValue(a.value(QStringLiteral("sequence")).toString());
        q.addBindValue(t == QLatin1String("sequence.enrol") ? QStringLiteral("active") : QStringLiteral("stopped"));
        q.addBindValue(now);
    } else if (t == QLatin1String("deal.move_stage") || t == QLatin1String("deal.close")) {
        const QString stage = t == QLatin1String("deal.close")
            ? (a.value(QStringLiteral("result")).toString() == QLatin1String("won") ? QStringLiteral("closed_won")
                                                                                    : QStringLiteral("closed_lost"))
            : a.value(QStringLiteral("to_stage")).toString();
        q.prepare(QStringLiteral("UPDATE deals SET stage = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(stage);
        q.addBindValue(now);
        q.addBindValue(item.target.toLongLong());
    } else if (t == QLatin1String("pricing.discount")) {
        q.prepare(QStringLiteral("UPDATE deals SET discount_pct = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(a.value(QStringLiteral("discount_pct")).toDouble());
        q.addBindValue(now);
        q.addBindValue(item.target.toLongLong());
    } else if (t == QLatin1String("provider.spend")) {
        q.prepare(QStringLiteral(
            "INSERT INTO spend_ledger (idempotency_key, provider, amount_eur, credits, at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (idempotency_key) DO NOTHING"));
        q.addBindValue(item.key);
        q.addBindValue(item.target);
        q.addBindValue(a.value(QStringLiteral("amount")).toDouble());
        q.addBindValue(a.value(QStringLiteral("credits")).toInt());
        q.addBindValue(now);
    } else if (t == QLatin1String("campaign.launch")) {
        q.prepare(
            QStringLiteral("INSERT INTO campaigns (name, status, updated_at) VALUES (?, 'launched', ?) "
                           "ON CONFLICT (name) DO UPDATE SET status = 'launched', updated_at = excluded.updated_at"));
        q.addBindValue(item.target);
        q.addBindValue(now);
    } else if (t == QLatin1String("limits.change")) {
        q.prepare(QStringLiteral(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString(QStringLiteral("limit:") + item.target));
        q.addBindValue(a.value(QStringLiteral("new_value")).toVariant().toString());
    } else if (t == QLatin1String("data.erase")) {
        q.prepare(QStringLiteral("DELETE FROM contact_health WHERE prospect_id IN (SELECT id FROM prospects WHERE "
                                 "lower(email) = lower(?))"));
        q.addBindValue(item.target);
        if (!ws.execWrite(q, QStringLiteral("effect:erase"), error))
            return false;
        q.prepare(QStringLiteral("UPDATE deals SET prospect_id = NULL WHERE prospect_id IN (SELECT id FROM prospects "
                                 "WHERE lower(email) = lower(?))"));
        q.addBindValue(item.target);
        if (!ws.execWrite(q, QStringLiteral("effect:erase"), error))
            return false;
        q.prepare(QStringLiteral("DELETE FROM prospects WHERE lower(email) = lower(?)"));
        q.addBindValue(item.target);
        if (!ws.execWrite(q, QStringLiteral("effect:erase"), error))
            return false;
        q.prepare(QStringLiteral("INSERT INTO suppressions (email, reason, created_at) VALUES (lower(?), 'personal "
                                 "data erased on request', ?) "
                                 "ON CONFLICT (email) DO NOTHING"));
        q.addBindValue(item.target);
        q.addBindValue(now);
    } else {
        return true; // file effects were done before
    }
    return ws.execWrite(q, QStringLiteral("effect:") + t, error);
}

bool Executor::finish(const Item& item, const QJsonObject& result, QString* error)
{
    Workspace& ws = *m_workspace;
    if (!ws.begin(error))
        return false;
    auto rollback = [&] {
        ws.rollback();
        return false;
    };
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = 'done', executed_at = ?, result = ?, last_error = NULL "
                             "WHERE id = ? AND status IN ('pending', 'executing')"));
    q.addBindValue(nowMs());
    q.addBindValue(json(result));
    q.addBindValue(item.id);
    if (!ws.execWrite(q, QStringLiteral("outbox:done"), error))
        return rollback();
    if (q.numRowsAffected() != 1)
        return rollback(); // someone else finished it
    if (!performWorkspaceEffect(item, error))
        return rollback();
    q.prepare(QStringLiteral("UPDATE decisions SET status = 'executed' WHERE id = ?"));
    q.addBindValue(item.decisionId);
    if (!ws.execWrite(q, QStringLiteral("decision:update"), error)
        || !AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("executed"), item.decisionId,
            QJsonObject { { QStringLiteral("outbox_id"), item.id }, { QStringLiteral("idempotency_key"), item.key },
                { QStringLiteral("action_hash"), item.actionHash }, { QStringLiteral("result"), result } },
            error)
        || !ws.commit(error))
        return rollback();
    return true;
}

void Executor::fail(const Item& item, const QString& why, bool permanent)
{
    Workspace& ws = *m_workspace;
    if (!ws.begin())
        return;
    QSqlQuery q(ws.db());
    q.prepare(QStringLiteral("UPDATE outbox SET status = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(permanent ? QStringLiteral("failed") : QStringLiteral("pending"));
    q.addBindValue(why);
    q.addBindValue(item.id);
    bool ok = ws.execWrite(q, QStringLiteral("outbox:fail"));
    if (ok && permanent) {
        q.prepare(QStringLiteral("UPDATE decisions SET status = 'failed' WHERE id = ?"));
        q.addBindValue(item.decisionId);
        ok = ws.execWrite(q, QStringLiteral("decision:update"))
            && AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("execution_failed"), item.decisionId,
                QJsonObject { { QStringLiteral("outbox_id"), item.id }, { QStringLiteral("reason"), why } });
    }
    if (!ok || !ws.commit())
        ws.rollback();
    qCWarning(lcRuntime) << "outbox item" << item.id << (permanent ? "failed:" : "will be retried:") << why;
}

bool Executor::requeueForApproval(const Item& item, const QString& why)
{
    Workspace& ws = *m_workspace;
    if (!ws.begin())
        return false;
    const qint64 now = nowMs();
    QSqlQuery q(ws.db());
    q.prepare(
        QStringLiteral("UPDATE outbox SET status = 'requeued', last_error = ? WHERE id = ? AND status = 'pending'"));
    q.addBindValue(why);
    q.addBindValue(item.id);
    bool ok = ws.execWrite(q, QStringLiteral("outbox:requeue")) && q.numRowsAffected() == 1;
    const QString approvalId = newId();
    if (ok) {
        q.prepare(QStringLiteral(
            "INSERT INTO approvals (id, decision_id, action, action_hash, status, created_at, deadline_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?)"));
        q.addBindValue(approvalId);
        q.addBindValue(item.decisionId);
        q.addBindValue(json(item.action));
        q.addBindValue(item.actionHash);
        q.addBindValue(now);
        q.addBindValue(now + 24LL * 3600 * 1000);
        ok = ws.execWrite(q, QStringLiteral("approval:insert"));
    }
    if (ok) {
        q.prepare(QStringLiteral("UPDATE decisions SET status = 'pending', outcome = 'queue' WHERE id = ?"));
        q.addBindValue(item.decisionId);
        ok = ws.execWrite(q, QStringLiteral("decision:update"))
            && AuditLog::append(ws, QStringLiteral("system"), QStringLiteral("queued"), item.decisionId,
                QJsonObject { { QStringLiteral("approval_id"), approvalId },
                    { QStringLiteral("why"),
                        QJsonArray { QString(QStringLiteral("authority changed before execution: ") + why) } } });
    }
    if (!ok || !ws.commit()) {
        ws.rollback();
        return false;
    }
    return true;
}

} // namespace gd::core
