// Finding the rate that makes a series of cash flows worth nothing: the periodic IRR, XIRR for dated flows,
// and the equation of Regulation Z Appendix J. Bracketed Newton: Newton's speed, bisection's certainty.
#pragma once

#include "common/result.h"

#include <QDate>
#include <functional>
#include <span>

namespace collector {

// Value and derivative of an equation in the rate, for the solver.
struct RateEquation
{
    std::function<long double(long double rate)> value;
    std::function<long double(long double rate)> derivative;
};

// A root above -100 % per period. Fails when the equation never changes sign over the rates money can have
// (for cash flows: when all flows have one sign), instead of returning a made-up number.
Result<double> solveRate(const RateEquation& equation);

// IRR of flows at equal periods, the first at time 0 (advances negative, repayments positive, or the
// reverse).
Result<double> periodicIrr(std::span<const double> flows);

struct DatedFlow
{
    QDate date;
    double amount = 0;
};
// The annual rate X with sum(amount / (1 + X)^(days since the first flow / 365)) = 0, as XIRR does.
Result<double> xirr(std::span<const DatedFlow> flows);

} // namespace collector
