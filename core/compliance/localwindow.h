// Local hours in IANA zones: is an instant inside a daily window, and when does the window next open. Windows
// are [not_before, not_after): 21:00:00 is outside a window ending at 21:00, 20:59:59 inside. A window whose
// start is after its end runs over midnight (a night-shift worker's 22:00-06:00).
#pragma once

#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace collector {

bool insideWindow(const QTime& local, const QTime& notBefore, const QTime& notAfter);

// `at` itself when it is inside; otherwise the next instant the window opens in `zone`.
QDateTime nextWindowOpening(const QDateTime& at, const QTimeZone& zone, const QTime& notBefore,
                            const QTime& notAfter);

// When the window that holds `at` closes in `zone` (only meaningful when `at` is inside).
QDateTime windowClosing(const QDateTime& at, const QTimeZone& zone, const QTime& notBefore,
                        const QTime& notAfter);

// The instant a local calendar day starts in `zone` (a day begins at its first existing minute).
QDateTime startOfLocalDay(const QDate& day, const QTimeZone& zone);

QDate localDate(const QDateTime& at, const QTimeZone& zone);

} // namespace collector
