#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>
#include <array>
#include <optional>

namespace gd::core {

// Translation for core's free functions (lupdate files these under the context "gd::core").
inline QString tr(const char* text)
{
    return QCoreApplication::translate("gd::core", text);
}

// The same with a count, for plural forms ("%n approval(s) waiting").
inline QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("gd::core", text, disambiguation, n);
}

// The enum whose value's name (from names, indexed by value) matches text, ignoring case.
template<typename Enum, std::size_t N>
std::optional<Enum> enumFromName(const std::array<const char*, N>& names, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace gd::core
