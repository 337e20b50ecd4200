#include "compliance/localwindow.h"

namespace collector {

namespace {

// A wall-clock time on a local day. On a spring-forward day a time in the gap does not exist; the window then
// opens at the first instant after the gap, which is what a person in that zone sees on the clock.
QDateTime localInstant(const QDate& day, const QTime& time, const QTimeZone& zone)
{
    QDateTime t(day, time, zone);
    if (!t.isValid())
        t = QDateTime(day, time.addSecs(3600), zone);
    return t.toUTC();
}

} // namespace

bool insideWindow(const QTime& local, const QTime& notBefore, const QTime& notAfter)
{
    if (notBefore <= notAfter)
        return local >= notBefore && local < notAfter;
    return local >= notBefore || local < notAfter;
}

QDateTime nextWindowOpening(const QDateTime& at, const QTimeZone& zone, const QTime& notBefore,
                            const QTime& notAfter)
{
    const QDateTime local = at.toTimeZone(zone);
    if (insideWindow(local.time(), notBefore, notAfter))
        return at;
    // Outside a plain window: before it opens today, or after it closed (opens tomorrow). Outside a window
    // over midnight: between its end and its start, so it opens later the same day.
    const bool opensToday = notBefore > notAfter || local.time() < notBefore;
    return localInstant(opensToday ? local.date() : local.date().addDays(1), notBefore, zone);
}

QDateTime windowClosing(const QDateTime& at, const QTimeZone& zone, const QTime& notBefore,
                        const QTime& notAfter)
{
    const QDateTime local = at.toTimeZone(zone);
    const bool closesTomorrow = notBefore > notAfter && local.time() >= notBefore;
    return localInstant(closesTomorrow ? local.date().addDays(1) : local.date(), notAfter, zone);
}

QDateTime startOfLocalDay(const QDate& day, const QTimeZone& zone)
{
    return localInstant(day, QTime(0, 0), zone);
}

QDate localDate(const QDateTime& at, const QTimeZone& zone)
{
    return at.toTimeZone(zone).date();
}

} // namespace collector
