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

// Year fraction from `from` to `to` (`to` after `from`). Periodic has no date arithmetic: the caller uses
// 1 / periods per year instead.
double yearFraction(DayCount convention, QDate from, QDate to);

} // namespace collector
