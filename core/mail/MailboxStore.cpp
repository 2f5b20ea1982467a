#include "core/mail/MailboxStore.h"

#include "core/Text.h"
#include "core/runtime/Types.h"
#include "core/store/Transaction.h"
#include "core/store/Workspace.h"

#include <QSqlQuery>
#include <QVariant>

namespace gd::core {

namespace {

const char* const kColumns
    = "name, email, display_name, smtp_url, imap_url, username, smtp_pin, imap_pin, daily_cap, "
      "warmup_start_cap, warmup_step, gap_seconds, gap_jitter_seconds, window_start, window_end, "
      "signature, postal_address, unsubscribe_url, paused, paused_reason, sent_folder, server_saves_sent, "
      "created_at";

Mailbox fromRow(const QSqlQuery& q)
{
    Mailbox m;
    m.name = q.value(0).toString();
    m.email = q.value(1).toString();
    m.displayName = q.value(2).toString();
    m.smtpUrl = QUrl(q.value(3).toString());
    m.imapUrl = QUrl(q.value(4).toString());
    m.user = q.value(5).toString();
    m.smtpPin = q.value(6).toString().toUtf8();
    m.imapPin = q.value(7).toString().toUtf8();
    m.dailyCap = q.value(8).toInt();
    m.warmupStartCap = q.value(9).toInt();
    m.warmupStep = q.value(10).toInt();
    m.gapSeconds = q.value(11).toInt();
    m.gapJitterSeconds = q.value(12).toInt();
    m.windowStartMinute = q.value(13).toInt();
    m.windowEndMinute = q.value(14).toInt();
    m.signature = q.value(15).toString();
    m.postalAddress = q.value(16).toString();
    m.unsubscribeUrl = q.value(17).toString();
    m.paused = q.value(18).toInt() != 0;
    m.pausedReason = q.value(19).toString();
    m.sentFolder = q.value(20).toString();
    m.serverSavesSent = q.value(21).toInt() != 0;
    m.createdAt = q.value(22).toLongLong();
    return m;
}

// Empty text, never NULL, in the NOT NULL text columns.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString text(const QByteArray& value)
{
    return text(QString::fromUtf8(value));
}

void bindSettings(QSqlQuery& q, const Mailbox& m)
{
    q.addBindValue(m.email.toLower());
    q.addBindValue(text(m.displayName));
    q.addBindValue(QString::fromUtf8(m.smtpUrl.toEncoded()));
    q.addBindValue(text(m.imapUrl.toEncoded()));
    q.addBindValue(m.user);
    q.addBindValue(text(m.smtpPin));
    q.addBindValue(text(m.imapPin));
    q.addBindValue(m.dailyCap);
    q.addBindValue(m.warmupStartCap);
    q.addBindValue(m.warmupStep);
    q.addBindValue(m.gapSeconds);
    q.addBindValue(m.gapJitterSeconds);
    q.addBindValue(m.windowStartMinute);
    q.addBindValue(m.windowEndMinute);
    q.addBindValue(text(m.signature));
    q.addBindValue(text(m.postalAddress));
    q.addBindValue(text(m.unsubscribeUrl));
    q.addBindValue(m.paused ? 1 : 0);
    q.addBindValue(text(m.pausedReason));
    q.addBindValue(text(m.sentFolder));
    q.addBindValue(m.serverSavesSent ? 1 : 0);
}

} // namespace

MailboxStore::MailboxStore(Workspace& workspace)
    : m_workspace(workspace)
{
}

QList<Mailbox> MailboxStore::list()
{
    QList<Mailbox> out;
    QSqlQuery q(m_workspace.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM mailboxes ORDER BY name").arg(QLatin1String(kColumns))))
        return out;
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<Mailbox> MailboxStore::find(const QString& name)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("SELECT %1 FROM mailboxes WHERE name = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool MailboxStore::add(const Mailbox& mailbox, QString* error)
{
    if (const QString why = mailbox.validate(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    Transaction tx(m_workspace);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery check(m_workspace.db());
    check.prepare(QStringLiteral("SELECT name, email FROM mailboxes WHERE name = ? OR email = ?"));
    check.addBindValue(mailbox.name);
    check.addBindValue(mailbox.email.toLower());
    if (check.exec() && check.next()) {
        *error = check.value(0).toString() == mailbox.name
            ? tr("a mailbox named %1 exists already").arg(mailbox.name)
            : tr("%1 is already connected as mailbox %2").arg(mailbox.email, check.value(0).toString());
        return false;
    }
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("INSERT INTO mailboxes (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(mailbox.name);
    bindSettings(q, mailbox);
    const qint64 now = nowMs();
    q.addBindValue(now);
    q.addBindValue(now);
    if (!m_workspace.execWrite(q, QStringLiteral("mailboxes:add"), error))
        return false;
    if (!tx.commit()) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool MailboxStore::update(const Mailbox& mailbox, QString* error)
{
    if (const QString why = mailbox.validate(); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "UPDATE mailboxes SET email = ?, display_name = ?, smtp_url = ?, imap_url = ?, username = ?, smtp_pin = ?, "
        "imap_pin = ?, daily_cap = ?, warmup_start_cap = ?, warmup_step = ?, gap_seconds = ?, gap_jitter_seconds = ?, "
        "window_start = ?, window_end = ?, signature = ?, postal_address = ?, unsubscribe_url = ?, paused = ?, "
        "paused_reason = ?, sent_folder = ?, server_saves_sent = ?, updated_at = ? WHERE name = ?"));
    bindSettings(q, mailbox);
    q.addBindValue(nowMs());
    q.addBindValue(mailbox.name);
    if (!m_workspace.execWrite(q, QStringLiteral("mailboxes:update"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("no mailbox named %1").arg(mailbox.name);
        return false;
    }
    return true;
}

bool MailboxStore::remove(const QString& name, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("DELETE FROM mailboxes WHERE name = ?"));
    q.addBindValue(name);
    if (!m_workspace.execWrite(q, QStringLiteral("mailboxes:remove"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("no mailbox named %1").arg(name);
        return false;
    }
    return true;
}

bool MailboxStore::setPaused(const QString& name, bool paused, const QString& reason, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral("UPDATE mailboxes SET paused = ?, paused_reason = ?, updated_at = ? WHERE name = ?"));
    q.addBindValue(paused ? 1 : 0);
    q.addBindValue(text(paused ? reason : QString()));
    q.addBindValue(nowMs());
    q.addBindValue(name);
    if (!m_workspace.execWrite(q, QStringLiteral("mailboxes:pause"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = tr("no mailbox named %1").arg(name);
        return false;
    }
    return true;
}

bool MailboxStore::pauseOnce(const QString& name, const QString& reason, bool* changed, QString* error)
{
    QSqlQuery q(m_workspace.db());
    q.prepare(QStringLiteral(
        "UPDATE mailboxes SET paused = 1, paused_reason = ?, updated_at = ? WHERE name = ? AND paused = 0"));
    q.addBindValue(text(reason));
    q.addBindValue(nowMs());
    q.addBindValue(name);
    if (!m_workspace.execWrite(q, QStringLiteral("mailboxes:pause"), error))
        return false;
    *changed = q.numRowsAffected() == 1;
    return true;
}

} // namespace gd::core
