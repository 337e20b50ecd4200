// Annual percentage rates: the US Regulation Z Appendix J actuarial method (a nominal rate: the unit-period
// rate times unit periods per year, odd fractions of a unit period charged at simple interest), the EU APRC
// (an effective rate, time in days/365) and XIRR for any dated flows.
#pragma once

#include "common/result.h"
#include "domain/codes.h"
#include "plan/ratesolver.h"

#include <vector>

namespace collector {

enum class UnitPeriod
{
    Month,
    SemiMonth,
    Week,
    Day,
    Term
};

template <> std::span<const CodeEntry<UnitPeriod>> codeTable<UnitPeriod>();

struct AprResult
{
    double aprPercent = 0;
    double ratePerUnitPeriod = 0;
};

// Appendix J (b)(8): sum of advances / ((1 + f i)(1 + i)^t) = sum of payments / ((1 + f i)(1 + i)^t), with t
// the whole unit periods and f the fraction from the earliest advance, counted back from each flow's date.
// `multiple` makes quarters (Month x 3) or four-week periods (Week x 4). Term: single advance, single
// payment.
Result<AprResult> usActuarialApr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                                 UnitPeriod unit, int multiple = 1);
// The unit period Appendix J (b)(4) would pick: the most frequent interval between payments.
UnitPeriod commonUnitPeriod(std::span<const DatedFlow> payments, int& multiple);

// EU Consumer Credit Directive, Annex I: the APRC with time in years of 365 days.
Result<AprResult> euEffectiveApr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments);

} // namespace collector
