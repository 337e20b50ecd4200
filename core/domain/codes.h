// Every domain enumeration is stored and exchanged by a short stable code ("right_party", "co_borrower").
// Each enum declares its table once; codeOf / parseCode work for all of them.
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <optional>
#include <span>

namespace collector {

template <typename E> struct CodeEntry
{
    E value;
    const char* code;
};

// Specialised next to each enum: `template <> std::span<const CodeEntry<E>> codeTable<E>();`
template <typename E> std::span<const CodeEntry<E>> codeTable();

template <typename E> QString codeOf(E value)
{
    for (const auto& entry : codeTable<E>())
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    return {};
}

template <typename E> std::optional<E> parseCode(QStringView code)
{
    for (const auto& entry : codeTable<E>())
        if (code == QLatin1StringView(entry.code))
            return entry.value;
    return std::nullopt;
}

} // namespace collector

// Defines codeTable<Enum>() in a .cpp: COLLECTOR_DEFINE_CODE_TABLE(Stage, {E::Early, "early"}, ...).
#define COLLECTOR_DEFINE_CODE_TABLE(Enum, ...)                                                               \
    template <> std::span<const ::collector::CodeEntry<Enum>> codeTable<Enum>()                              \
    {                                                                                                        \
        using E = Enum;                                                                                      \
        static const ::collector::CodeEntry<Enum> table[] = {__VA_ARGS__};                                   \
        return table;                                                                                        \
    }
