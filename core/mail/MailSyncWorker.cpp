#include "core/mail/MailSyncWorker.h"

#include "core/mail/MailSync.h"
#include "core/mail/Mailbox.h"
#include "core/mail/MailboxStore.h"
#include "core/secrets/SecretStore.h"
#include "core/ai/ModelAccess.h"
#include "core/store/SettingKeys.h"
#include "core/store/Workspace.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace gd::core {

namespace {
Q_LOGGING_CATEGORY(lcMailWorker, "greendoor.mail.sync")
}

MailSyncWorker::MailSyncWorker(std::shared_ptr<Workspace> workspace, DecisionEngine* engine, SecretStore* secrets)
    : m_workspace(std::move(workspace))
    , m_engine(engine)
    , m_secrets(secrets)
{
}

MailSyncWorker::~MailSyncWorker() = default;

int MailSyncWorker::intervalSeconds(Workspace& workspace)
{
    bool ok = false;
    const int seconds = workspace.meta(keys::MailSyncSeconds).toInt(&ok);
    return ok && seconds >= 1 && seconds <= 86400 ? seconds : kDefaultSeconds;
}

void MailSyncWorker::startInThread()
{
    m_timer = new QTimer(this);
    m_timer->setInterval(intervalSeconds(*m_workspace) * 1000);
    connect(m_timer, &QTimer::timeout, this, &MailSyncWorker::runOnce);
    m_timer->start();
    runOnce();
}

void MailSyncWorker::stopInThread()
{
    delete m_timer;
    m_timer = nullptr;
    m_workspace->releaseThreadConnection();
    QThread::currentThread()->quit();
}

void MailSyncWorker::runOnce()
{
    if (m_stopping.load())
        return;
    int stored = 0;
    int decisions = 0;
    QStringList errors;
    MailSync sync(m_workspace, m_engine);
    bool modelOpened = false;
    for (const Mailbox& m : MailboxStore(*m_workspace).list()) {
        if (m.imapUrl.isEmpty() || m.paused || m_stopping.load())
            continue;
        if (!m_secrets)
            break;
        if (!modelOpened) {
            // Replies are classified and answered by the configured model when there is one.
            modelOpened = true;
            sync.setModel(ModelAccess::open(*m_workspace, QStringLiteral("relationship"), nullptr, &m_stopping, m_secrets),
                &m_stopping);
        }
        const SecretStore::Result password = SecretStore::readBlocking(*m_secrets, m.passwordKey(), &m_stopping);
        if (!password.ok) {
            errors << QStringLiteral("%1: %2").arg(m.name, password.error);
            continue;
        }
        MailSync::Options options;
        options.cancel = &m_stopping;
        const MailSync::Report report = sync.syncMailbox(m, password.secret, options);
        stored += report.stored;
        decisions += report.decisions;
        if (!report.error.isEmpty()) {
            errors << QStringLiteral("%1: %2").arg(m.name, report.error);
            qCWarning(lcMailWorker) << "mail sync of" << m.name << "stopped:" << report.error;
        }
    }
    if (m_timer) {
        const int interval = intervalSeconds(*m_workspace) * 1000;
        if (interval != m_timer->interval())
            m_timer->setInterval(interval);
    }
    Q_EMIT synced(stored, decisions, errors.join(QStringLiteral("; ")));
}

} // namespace gd::core
