// Decides when the workstation locks for inactivity. Input anywhere in the application calls touch(); a
// coarse poll compares the clock with the last touch, so a suspended laptop that wakes after the limit locks
// at once.
#pragma once

#include "session/clock.h"

#include <QObject>
#include <QTimer>

namespace collector {

class IdleTimer final : public QObject
{
    Q_OBJECT
public:
    IdleTimer(const Clock& clock, qint64 idleLimitMs, QObject* parent = nullptr);

    void setIdleLimitMs(qint64 ms);
    qint64 idleLimitMs() const { return m_idleLimitMs; }
    // Starts watching (after an unlock); stop() while locked.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void touch();
    // Emits idleLimitReached once if the limit has passed; the poll calls it, tests may too.
    void check();
    qint64 msUntilLock() const;

Q_SIGNALS:
    void idleLimitReached();

private:
    const Clock& m_clock;
    qint64 m_idleLimitMs;
    qint64 m_lastActivityMs = 0;
    bool m_running = false;
    QTimer m_poll;
};

} // namespace collector
