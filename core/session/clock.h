// Where "now" comes from. Code that decides on time (idle lock, contact windows, promise due dates) asks a
// Clock, so tests can move time forward instead of sleeping.
#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace collector {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // UTC milliseconds since the epoch
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};

// A clock that moves only when told to; for tests.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_nowMs(startMs)
    {}
    qint64 nowMs() const override { return m_nowMs; }
    void advanceMs(qint64 ms) { m_nowMs += ms; }
    void setMs(qint64 ms) { m_nowMs = ms; }

private:
    qint64 m_nowMs;
};

} // namespace collector
