#include "session/idletimer.h"

#include <algorithm>

namespace collector {

namespace {
constexpr int kPollIntervalMs = 1000;
}

IdleTimer::IdleTimer(const Clock& clock, qint64 idleLimitMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_idleLimitMs(idleLimitMs)
{
    m_poll.setInterval(kPollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &IdleTimer::check);
}

void IdleTimer::setIdleLimitMs(qint64 ms)
{
    m_idleLimitMs = ms;
}

void IdleTimer::start()
{
    m_running = true;
    m_lastActivityMs = m_clock.nowMs();
    m_poll.start();
}

void IdleTimer::stop()
{
    m_running = false;
    m_poll.stop();
}

void IdleTimer::touch()
{
    if (m_running)
        m_lastActivityMs = m_clock.nowMs();
}

qint64 IdleTimer::msUntilLock() const
{
    return std::max<qint64>(0, m_lastActivityMs + m_idleLimitMs - m_clock.nowMs());
}

void IdleTimer::check()
{
    if (!m_running || m_idleLimitMs <= 0 || msUntilLock() > 0)
        return;
    stop(); // once: the owner restarts it after the next unlock
    Q_EMIT idleLimitReached();
}

} // namespace collector
