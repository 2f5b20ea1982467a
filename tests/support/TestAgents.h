#pragma once

#include "core/runtime/Agent.h"
#include "core/runtime/Coordinator.h"

#include <QHash>
#include <QMutex>

namespace gd::test {

// What test agents did, across threads and restarts.
class Ledger final
{
public:
    static Ledger& instance();
    void reset();
    int recordTaskCall(const QString& taskId, const QString& agent);
    int taskCalls(const QString& taskId) const;
    QString lastAgentFor(const QString& taskId) const;
    QHash<QString, int> tasksPerAgent() const;
    void recordMessage(const QString& agent, const QString& messageId);
    int messageCalls(const QString& messageId) const;
    int messagesHandledBy(const QString& agent) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_taskCalls;
    QHash<QString, QString> m_taskAgent;
    QHash<QString, int> m_perAgent;
    QHash<QString, int> m_messageCalls;
    QHash<QString, int> m_messagesPerAgent;
};

// A configurable agent. Task types it knows:
//   echo  - returns its payload
//   flaky - throws on the first payload.fail_times calls for a task
//   hang  - sleeps payload.hang_ms on the first payload.hang_times calls
//   work  - sleeps payload.sleep_ms (default 0)
//   stage - stages a meta write (payload.key = payload.value), committed with the ack
class TestAgent final : public core::Agent
{
    Q_OBJECT

public:
    TestAgent(const QString& name, const QStringList& capabilities);

protected:
    QJsonObject runTask(const core::Task& task, core::HandlerContext& context) override;
    void onMessage(const core::Message& message, core::HandlerContext& context) override;
};

core::AgentSpec testSpec(const QString& name, const QStringList& capabilities);

} // namespace gd::test
