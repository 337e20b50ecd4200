#include "plan/daycount.h"

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(DayCount, {E::Thirty360, "30/360"}, {E::Act365, "act/365"},
                            {E::Act360, "act/360"}, {E::ActAct, "act/act"}, {E::Periodic, "periodic"})

namespace {

qint64 thirty360Days(QDate from, QDate to)
{
    // 30/360 US: a 31st becomes the 30th; the end date's 31st only when the start is the 30th or 31st.
    int d1 = from.day();
    int d2 = to.day();
    if (d1 == 31)
        d1 = 30;
    if (d2 == 31 && d1 == 30)
        d2 = 30;
    return 360LL * (to.year() - from.year()) + 30LL * (to.month() - from.month()) + (d2 - d1);
}

DayCountRatio actAct(QDate from, QDate to)
{
    qint64 leapDays = 0;
    qint64 otherDays = 0;
    for (QDate cursor = from; cursor < to;) {
        const QDate yearEnd(cursor.year() + 1, 1, 1);
        const QDate segmentEnd = yearEnd < to ? yearEnd : to;
        (QDate::isLeapYear(cursor.year()) ? leapDays : otherDays) += cursor.daysTo(segmentEnd);
        cursor = segmentEnd;
    }
    return {leapDays * 365 + otherDays * 366, 365LL * 366};
}

} // namespace

DayCountRatio dayCountRatio(DayCount convention, QDate from, QDate to)
{
    switch (convention) {
    case DayCount::Thirty360:
        return {thirty360Days(from, to), 360};
    case DayCount::Act365:
        return {from.daysTo(to), 365};
    case DayCount::Act360:
        return {from.daysTo(to), 360};
    case DayCount::ActAct:
        return actAct(from, to);
    case DayCount::Periodic:
        return {0, 1};
    }
    return {0, 1};
}

double yearFraction(DayCount convention, QDate from, QDate to)
{
    const DayCountRatio r = dayCountRatio(convention, from, to);
    return static_cast<double>(r.num) / static_cast<double>(r.den);
}

} // namespace collector
