// What it takes to settle a plan today: the principal still owed after the payments actually made, plus
// interest only up to the pay-off date (not the rest of the schedule's interest).
#pragma once

#include "plan/schedule.h"

namespace collector {

struct MadePayment
{
    QDate date;
    qint64 amountMinor = 0;
};

struct PayoffQuote
{
    qint64 payoffMinor = 0;
    qint64 principalMinor = 0;
    qint64 interestMinor = 0;
    qint64 feesMinor = 0;
};

// Interest accrues on the outstanding principal from the start date, by the plan's day count (act/365 for a
// periodic plan, whose periods have no dates of their own); each payment pays accrued interest first.
Result<PayoffQuote> payoffQuote(const PlanTerms& terms, std::span<const MadePayment> payments,
                                QDate payoffDate);

} // namespace collector
