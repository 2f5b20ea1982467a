#include "support/TestAgents.h"

#include "core/store/Workspace.h"

#include <QThread>
#include <stdexcept>

namespace gd::test {

Ledger& Ledger::instance()
{
    static Ledger ledger;
    return ledger;
}

void Ledger::reset()
{
    QMutexLocker lock(&m_mutex);
    m_taskCalls.clear();
    m_taskAgent.clear();
    m_perAgent.clear();
    m_messageCalls.clear();
    m_messagesPerAgent.clear();
}

int Ledger::recordTaskCall(const QString& taskId, const QString& agent)
{
    QMutexLocker lock(&m_mutex);
    m_taskAgent.insert(taskId, agent);
    m_perAgent[agent] += 1;
    return ++m_taskCalls[taskId];
}

int Ledger::taskCalls(const QString& taskId) const
{
    QMutexLocker lock(&m_mutex);
    return m_taskCalls.value(taskId);
}

QString Ledger::lastAgentFor(const QString& taskId) const
{
    QMutexLocker lock(&m_mutex);
    return m_taskAgent.value(taskId);
}

QHash<QString, int> Ledger::tasksPerAgent() const
{
    QMutexLocker lock(&m_mutex);
    return m_perAgent;
}

void Ledger::recordMessage(const QString& agent, const QString& messageId)
{
    QMutexLocker lock(&m_mutex);
    m_messageCalls[messageId] += 1;
    m_messagesPerAgent[agent] += 1;
}

int Ledger::messageCalls(const QString& messageId) const
{
    QMutexLocker lock(&m_mutex);
    return m_messageCalls.value(messageId);
}

int Ledger::messagesHandledBy(const QString& agent) const
{
    QMutexLocker lock(&m_mutex);
    return m_messagesPerAgent.value(agent);
}

TestAgent::TestAgent(const QString& name, const QStringList& capabilities)
    : Agent(name, name, capabilities)
{
}

QJsonObject TestAgent::runTask(const core::Task& task, core::HandlerContext& context)
{
    const int call = Ledger::instance().recordTaskCall(task.id, name());
    if (task.type == QLatin1String("flaky")) {
        if (call <= task.payload.value(QStringLiteral("fail_times")).toInt())
            throw std::runtime_error("flaky failure " + std::to_string(call));
    } else if (task.type == QLatin1String("hang")) {
        if (call <= task.payload.value(QStringLiteral("hang_times")).toInt(1))
            QThread::msleep(static_cast<unsigned long>(task.payload.value(QStringLiteral("hang_ms")).toInt()));
    } else if (task.type == QLatin1String("work")) {
        QThread::msleep(static_cast<unsigned long>(task.payload.value(QStringLiteral("sleep_ms")).toInt()));
    } else if (task.type == QLatin1String("stage")) {
        const QString key = task.payload.value(QStringLiteral("key")).toString();
        const QString value = task.payload.value(QStringLiteral("value")).toString();
        context.stage([key, value](core::Workspace& ws, QString* error) { return ws.setMeta(key, value, error); });
    }
    return QJsonObject { { QStringLiteral("summary"), QStringLiteral("%1 by %2").arg(task.type, name()) },
        { QStringLiteral("call"), call }, { QStringLiteral("payload"), task.payload } };
}

void TestAgent::onMessage(const core::Message& message, core::HandlerContext&)
{
    Ledger::instance().recordMessage(name(), message.id);
    if (message.content.value(QStringLiteral("throw")).toBool())
        throw std::runtime_error("asked to throw");
}

core::AgentSpec testSpec(const QString& name, const QStringList& capabilities)
{
    core::AgentSpec spec;
    spec.name = name;
    spec.title = name;
    spec.capabilities = capabilities;
    spec.factory = [name, capabilities] { return new TestAgent(name, capabilities); };
    return spec;
}

} // namespace gd::test
