// How much of a year lies between two dates, by the day-count conventions loan agreements name.
#pragma once

#include "domain/codes.h"

#include <QDate>

namespace collector {

enum class DayCount
{
    Thirty360, // US 30/360 (bond basis): months of 30 days, years of 360
    Act365,    // actual days / 365 ("Actual/365 Fixed")
    Act360,    // actual days / 360
    ActAct,    // ISDA actual/actual: days in leap years / 366 plus days in other years / 365
    Periodic,  // the annual rate divided by periods per year, every period equal
};

template <> std::span<const CodeEntry<DayCount>> codeTable<DayCount>();

// The year fraction from `from` to `to` as an exact ratio of whole numbers (days / 360, days / 365, or for
// act/act days-in-leap-years x 365 + other days x 366 over 365 x 366), so money can be computed without
// binary floating point. Periodic has no date arithmetic: {0, 1}; the caller uses 1 / periods per year.
struct DayCountRatio
{
    qint64 num = 0;
    qint64 den = 1;
};
DayCountRatio dayCountRatio(DayCount convention, QDate from, QDate to);

// The same as a double, for rate solving and display.
double yearFraction(DayCount convention, QDate from, QDate to);

} // namespace collector
