#include "plan/daycount.h"

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(DayCount, {E::Thirty360, "30/360"}, {E::Act365, "act/365"},
                            {E::Act360, "act/360"}, {E::ActAct, "act/act"}, {E::Periodic, "periodic"})

namespace {

double thirty360(QDate from, QDate to)
{
    // 30/360 US: a 31st becomes the 30th; the end date's 31st only when the start is the 30th or 31st.
    int d1 = from.day();
    int d2 = to.day();
    if (d1 == 31)
        d1 = 30;
    if (d2 == 31 && d1 == 30)
        d2 = 30;
    const int days = 360 * (to.year() - from.year()) + 30 * (to.month() - from.month()) + (d2 - d1);
    return days / 360.0;
}

double actAct(QDate from, QDate to)
{
    double fraction = 0;
    QDate cursor = from;
    while (cursor < to) {
        const QDate yearEnd(cursor.year() + 1, 1, 1);
        const QDate segmentEnd = yearEnd < to ? yearEnd : to;
        fraction += static_cast<double>(cursor.daysTo(segmentEnd)) /
                    (QDate::isLeapYear(cursor.year()) ? 366.0 : 365.0);
        cursor = segmentEnd;
    }
    return fraction;
}

} // namespace

double yearFraction(DayCount convention, QDate from, QDate to)
{
    switch (convention) {
    case DayCount::Thirty360:
        return thirty360(from, to);
    case DayCount::Act365:
        return static_cast<double>(from.daysTo(to)) / 365.0;
    case DayCount::Act360:
        return static_cast<double>(from.daysTo(to)) / 360.0;
    case DayCount::ActAct:
        return actAct(from, to);
    case DayCount::Periodic:
        return 0;
    }
    return 0;
}

} // namespace collector
