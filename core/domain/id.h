// Record ids: UUIDv7 (RFC 9562), time-ordered and made offline without coordination. Stored as 16-byte blobs.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <array>
#include <compare>
#include <cstdint>

namespace collector {

class Id
{
public:
    Id() = default; // the nil id: no record

    // A new id for this instant, random bits from the system's CSPRNG.
    static Id generate(qint64 unixMs);
    // A reproducible id from given random bits (for the deterministic demo data).
    static Id fromParts(qint64 unixMs, quint16 randA, quint64 randB);
    static Id fromBytes(const QByteArray& bytes); // nil unless exactly 16 bytes
    static Id fromString(const QString& text);    // nil unless canonical 8-4-4-4-12 hex

    bool isNull() const;
    QByteArray toBytes() const;
    QString toString() const;
    qint64 unixMs() const;
    int version() const { return m_bytes[6] >> 4; }

    friend auto operator<=>(const Id&, const Id&) = default;

private:
    std::array<std::uint8_t, 16> m_bytes{};
};

} // namespace collector
