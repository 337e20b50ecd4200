#include "domain/id.h"

#include <QUuid>
#include <sodium.h>

namespace collector {

Id Id::fromParts(qint64 unixMs, quint16 randA, quint64 randB)
{
    Id id;
    const auto ms = static_cast<quint64>(unixMs) & 0xFFFF'FFFF'FFFFULL;
    for (int i = 0; i < 6; ++i)
        id.m_bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    id.m_bytes[6] = static_cast<std::uint8_t>(0x70 | ((randA >> 8) & 0x0F)); // version 7
    id.m_bytes[7] = static_cast<std::uint8_t>(randA & 0xFF);
    id.m_bytes[8] = static_cast<std::uint8_t>(0x80 | ((randB >> 56) & 0x3F)); // variant 10
    for (int i = 9; i < 16; ++i)
        id.m_bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(randB >> (8 * (15 - i)));
    return id;
}

Id Id::generate(qint64 unixMs)
{
    quint16 randA = 0;
    quint64 randB = 0;
    randombytes_buf(&randA, sizeof randA);
    randombytes_buf(&randB, sizeof randB);
    return fromParts(unixMs, randA, randB);
}

Id Id::fromBytes(const QByteArray& bytes)
{
    Id id;
    if (bytes.size() != 16)
        return id;
    for (int i = 0; i < 16; ++i)
        id.m_bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(bytes[i]);
    return id;
}

Id Id::fromString(const QString& text)
{
    if (text.size() != 36)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? Id() : fromBytes(uuid.toRfc4122());
}

bool Id::isNull() const
{
    return m_bytes == std::array<std::uint8_t, 16>{};
}

QByteArray Id::toBytes() const
{
    return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), 16);
}

QString Id::toString() const
{
    return QUuid::fromRfc4122(toBytes()).toString(QUuid::WithoutBraces);
}

qint64 Id::unixMs() const
{
    quint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | m_bytes[static_cast<std::size_t>(i)];
    return static_cast<qint64>(ms);
}

} // namespace collector
