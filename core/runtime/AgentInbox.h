#pragma once

#include "core/runtime/Message.h"

#include <QMutex>
#include <array>
#include <atomic>
#include <deque>
#include <functional>
#include <optional>

namespace gd::core {

// An endpoint's inbox: messages waiting for their handler, highest priority first and in
// publish order within a priority. Thread-safe; the bus pushes, the owning agent pops.
class AgentInbox final
{
public:
    explicit AgentInbox(QString endpoint);
    Q_DISABLE_COPY_MOVE(AgentInbox)

    QString endpoint() const { return m_endpoint; }

    void push(Message message);
    // Puts messages that were taken but not handled back at the front, keeping their order.
    void pushFront(std::vector<Message> messages);
    std::optional<Message> pop();
    int depth() const { return m_depth.load(std::memory_order_relaxed); }

    // Called (from the pushing thread, under the inbox's lock) after messages arrive. The owner
    // (the agent that drains it) replaces it on start and clears it before it is destroyed; once
    // clearNotifier returns, the old notifier is not running and never runs again.
    void setNotifier(const void* owner, std::function<void()> notifier);
    void clearNotifier(const void* owner);
    void notify();

private:
    QString m_endpoint;
    mutable QMutex m_mutex;
    std::array<std::deque<Message>, PriorityCount> m_queues;
    std::atomic<int> m_depth { 0 };
    std::function<void()> m_notifier;
    const void* m_owner = nullptr;
};

} // namespace gd::core
