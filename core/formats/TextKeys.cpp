#include "core/formats/TextKeys.h"

#include <QRandomGenerator>
#include <bit>

namespace gd::core {

quint64 textkeys_detail::processSeed()
{
    return QRandomGenerator::system()->generate64();
}

namespace {

std::size_t slotsFor(qsizetype keys)
{
    // At most half full.
    return std::bit_ceil(std::max<std::size_t>(16, static_cast<std::size_t>(keys) * 2));
}

} // namespace

void TextKeyIndex::reserve(qsizetype keys)
{
    if (slotsFor(keys) > m_slots.size())
        grow(slotsFor(keys));
    // Keys of e-mail addresses and names run 20-40 bytes.
    m_arena.reserve(static_cast<std::size_t>(keys) * 36);
}

void TextKeyIndex::grow(std::size_t slotCount)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
    const std::size_t mask = slotCount - 1;
    for (const Slot& s : old) {
        if (s.at == 0)
            continue;
        std::size_t i = static_cast<std::size_t>(s.hash) & mask;
        while (m_slots[i].at != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void TextKeyIndex::insert(QByteArrayView key, quint64 hash, qint64 id)
{
    if (static_cast<std::size_t>(m_size + 1) * 2 > m_slots.size())
        grow(std::max<std::size_t>(16, m_slots.size() * 2));
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    for (;; i = (i + 1) & mask) {
        Slot& s = m_slots[i];
        if (s.at == 0)
            break;
        if (s.hash == hash && keyAt(s.at) == key) {
            s.id = id;
            return;
        }
    }
    const auto n = static_cast<quint32>(key.size());
    const std::size_t at = m_arena.size();
    m_arena.resize(at + sizeof n + n);
    std::memcpy(m_arena.data() + at, &n, sizeof n);
    if (n > 0)
        std::memcpy(m_arena.data() + at + sizeof n, key.data(), n);
    m_slots[i] = Slot { hash, id, at + 1 };
    ++m_size;
}

quint8& IdFlags::operator[](qint64 id)
{
    if (static_cast<std::size_t>(m_size + 1) * 2 > m_slots.size())
        grow(std::max<std::size_t>(64, m_slots.size() * 2));
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = static_cast<std::size_t>(static_cast<quint64>(id) * 0x9e3779b97f4a7c15ull >> 20) & mask;
    for (;; i = (i + 1) & mask) {
        Slot& s = m_slots[i];
        if (s.id == id)
            return s.flags;
        if (s.id == 0) {
            s.id = id;
            ++m_size;
            return s.flags;
        }
    }
}

void IdFlags::grow(std::size_t slotCount)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(slotCount));
    m_size = 0;
    for (const Slot& s : old) {
        if (s.id != 0)
            (*this)[s.id] = s.flags;
    }
}

} // namespace gd::core
