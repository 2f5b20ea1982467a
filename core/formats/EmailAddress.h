#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace gd::core {

// The one email-address check (addr-spec of RFC 5322 as mail tools accept it in practice:
// dot-atom local part, a domain of LDH labels with a letter TLD). No display names, comments,
// quoted local parts, IP literals, whitespace or control characters: everything that could
// smuggle a header (CR, LF) or a second recipient (comma, semicolon, angle brackets) fails.
class EmailAddress final
{
public:
    // The address lower-cased and trimmed when valid.
    static std::optional<QString> normalized(const QString& text);
    static bool isValid(const QString& text) { return normalized(text).has_value(); }
    // The domain part (lower case) of a valid address, else empty.
    static QString domain(const QString& text);
    // A comma-separated list of plain addresses, each valid; nullopt when any item is invalid.
    static std::optional<QStringList> parseList(const QString& text);
};

} // namespace gd::core
