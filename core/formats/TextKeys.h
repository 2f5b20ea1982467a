#pragma once

// Fast keyed look-ups of text for bulk work (an import of a million rows): a 64-bit hash far
// cheaper than QHash's SipHash of UTF-16, keys that carry their hash (so a probe compares two
// integers before any text), and a compact index from UTF-8 text to an id whose keys live in one
// arena instead of a QString each.
//
// The hash is seeded once per process from the system's random source: a file crafted to make
// keys collide cannot know the seed. Every match is confirmed on the text itself, so a collision
// costs time, never a wrong answer.

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <cstring>
#include <vector>

namespace gd::core {

namespace textkeys_detail {

__extension__ typedef unsigned __int128 Wide;

inline quint64 mix(quint64 a, quint64 b)
{
    const Wide r = static_cast<Wide>(a) * b;
    return static_cast<quint64>(r) ^ static_cast<quint64>(r >> 64);
}

inline quint64 load64(const unsigned char* p)
{
    quint64 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

inline quint64 load32(const unsigned char* p)
{
    quint32 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

quint64 processSeed();

} // namespace textkeys_detail

// The hash of n bytes (wyhash's construction: 128-bit multiplies of 16-byte blocks).
inline quint64 textHash(const void* data, std::size_t n)
{
    using namespace textkeys_detail;
    static const quint64 seed = processSeed();
    constexpr quint64 k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull, k2 = 0x8ebc6af09c88c6e3ull;
    const auto* p = static_cast<const unsigned char*>(data);
    quint64 h = seed ^ mix(static_cast<quint64>(n) ^ k0, k1);
    quint64 a = 0;
    quint64 b = 0;
    if (n <= 16) {
        if (n >= 4) {
            a = (load32(p) << 32) | load32(p + ((n >> 3) << 2));
            b = (load32(p + n - 4) << 32) | load32(p + n - 4 - ((n >> 3) << 2));
        } else if (n > 0) {
            a = (quint64 { p[0] } << 16) | (quint64 { p[n >> 1] } << 8) | p[n - 1];
        }
    } else {
        std::size_t i = n;
        while (i > 16) {
            h = mix(load64(p) ^ k1, load64(p + 8) ^ h);
            p += 16;
            i -= 16;
        }
        a = load64(p + i - 16);
        b = load64(p + i - 8);
    }
    return mix(k1 ^ static_cast<quint64>(n), mix(a ^ k1, b ^ h) ^ k2);
}

inline quint64 textHash(QByteArrayView text)
{
    return textHash(text.data(), static_cast<std::size_t>(text.size()));
}

inline quint64 textHash(QStringView text)
{
    return textHash(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
}

// A QString with its hash, as a QHash key: a probe compares the hashes first, the text only when
// they are equal.
struct HashedText
{
    QString text;
    quint64 hash = 0;

    HashedText() = default;
    explicit HashedText(const QString& s)
        : text(s)
        , hash(textHash(QStringView(s)))
    {
    }
    bool operator==(const HashedText& o) const { return hash == o.hash && text == o.text; }
};

inline std::size_t qHash(const HashedText& key, std::size_t seed = 0) noexcept
{
    return static_cast<std::size_t>(key.hash) ^ seed;
}

// The same with a number beside the text (industry and employees).
struct HashedTextAndNumber
{
    QString text;
    int number = 0;
    quint64 hash = 0;

    HashedTextAndNumber(const QString& s, int n)
        : text(s)
        , number(n)
        , hash(textHash(QStringView(s))
              ^ textkeys_detail::mix(static_cast<quint64>(n) + 0x9e3779b97f4a7c15ull, 0xd6e8feb86659fd93ull))
    {
    }
    bool operator==(const HashedTextAndNumber& o) const
    {
        return hash == o.hash && number == o.number && text == o.text;
    }
};

inline std::size_t qHash(const HashedTextAndNumber& key, std::size_t seed = 0) noexcept
{
    return static_cast<std::size_t>(key.hash) ^ seed;
}

// UTF-8 text -> a non-zero id, open addressing over slots that hold each key's hash and where its
// bytes are in one arena: about 48 bytes a key plus the key itself, against about 150 for a
// QHash<QString, qint64>. Keys are never removed; a key inserted again gets the new id.
class TextKeyIndex final
{
public:
    void reserve(qsizetype keys);
    qsizetype size() const { return m_size; }

    // The id of key (whose textHash is hash), 0 if absent.
    qint64 value(QByteArrayView key, quint64 hash) const
    {
        if (m_slots.empty())
            return 0;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = static_cast<std::size_t>(hash) & mask;; i = (i + 1) & mask) {
            const Slot& s = m_slots[i];
            if (s.at == 0)
                return 0;
            if (s.hash == hash && keyAt(s.at) == key)
                return s.id;
        }
    }
    qint64 value(QByteArrayView key) const { return value(key, textHash(key)); }

    void insert(QByteArrayView key, quint64 hash, qint64 id);
    void insert(QByteArrayView key, qint64 id) { insert(key, textHash(key), id); }

private:
    struct Slot
    {
        quint64 hash = 0;
        qint64 id = 0;
        quint64 at = 0; // 1 + the key's offset in the arena; 0: an empty slot
    };

    QByteArrayView keyAt(quint64 at) const
    {
        const char* p = m_arena.data() + (at - 1);
        quint32 n;
        std::memcpy(&n, p, sizeof n);
        return QByteArrayView(p + sizeof n, n);
    }
    void grow(std::size_t slotCount);

    std::vector<Slot> m_slots; // a power of two, at most half full
    std::vector<char> m_arena; // per key: its length (4 bytes), then its bytes
    qsizetype m_size = 0;
};

// A set of 64-bit integers (ids) with a byte of flags each: open addressing, no allocation per
// entry. 0 is not a valid key.
class IdFlags final
{
public:
    // The flags of id, created as 0 if absent.
    quint8& operator[](qint64 id);

private:
    struct Slot
    {
        qint64 id = 0;
        quint8 flags = 0;
    };
    void grow(std::size_t slotCount);

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace gd::core
