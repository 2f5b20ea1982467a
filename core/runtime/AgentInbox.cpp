#include "core/runtime/AgentInbox.h"

namespace gd::core {

AgentInbox::AgentInbox(QString endpoint)
    : m_endpoint(std::move(endpoint))
{
}

void AgentInbox::push(Message message)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queues[static_cast<std::size_t>(message.priority)].push_back(std::move(message));
    }
    m_depth.fetch_add(1, std::memory_order_relaxed);
}

void AgentInbox::pushFront(std::vector<Message> messages)
{
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = messages.rbegin(); it != messages.rend(); ++it)
            m_queues[static_cast<std::size_t>(it->priority)].push_front(std::move(*it));
    }
    m_depth.fetch_add(static_cast<int>(messages.size()), std::memory_order_relaxed);
}

std::optional<Message> AgentInbox::pop()
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_queues.rbegin(); it != m_queues.rend(); ++it) {
        if (!it->empty()) {
            Message m = std::move(it->front());
            it->pop_front();
            m_depth.fetch_sub(1, std::memory_order_relaxed);
            return m;
        }
    }
    return std::nullopt;
}

void AgentInbox::setNotifier(const void* owner, std::function<void()> notifier)
{
    QMutexLocker lock(&m_mutex);
    m_owner = owner;
    m_notifier = std::move(notifier);
}

void AgentInbox::clearNotifier(const void* owner)
{
    QMutexLocker lock(&m_mutex);
    if (m_owner != owner)
        return; // a newer owner (a restarted agent) has it now
    m_owner = nullptr;
    m_notifier = nullptr;
}

void AgentInbox::notify()
{
    // Under the lock, so that clearNotifier() cannot return while a notifier still runs. The
    // notifiers only post an event, they never call back into the inbox.
    QMutexLocker lock(&m_mutex);
    if (m_notifier)
        m_notifier();
}

} // namespace gd::core
