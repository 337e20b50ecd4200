#include "plan/payoff.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace collector {

Result<PayoffQuote> payoffQuote(const PlanTerms& terms, std::span<const MadePayment> payments,
                                QDate payoffDate)
{
    // The terms must make a valid plan before anything is quoted on them.
    if (auto plan = buildSchedule(terms); !plan)
        return plan.error();
    if (!payoffDate.isValid() || payoffDate < terms.startDate)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the pay-off date must be on or after the start date"));
    std::vector<MadePayment> sorted(payments.begin(), payments.end());
    for (const MadePayment& p : sorted)
        if (!p.date.isValid() || p.date < terms.startDate || p.date > payoffDate || p.amountMinor <= 0)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("payments must be positive and dated between the start and the pay-off date"));
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const MadePayment& a, const MadePayment& b) { return a.date < b.date; });

    const DayCount count = terms.dayCount == DayCount::Periodic ? DayCount::Act365 : terms.dayCount;
    const QDate interestFreeUntil =
        terms.interestFreePeriods > 0
            ? dueDates(terms)[static_cast<std::size_t>(std::min(terms.interestFreePeriods, terms.term) - 1)]
            : terms.startDate;
    // Accrued interest is kept as an exact numerator over den x kRateScale, the convention's one denominator.
    const qint64 rate = annualRateNanos(terms);
    const WideInt den =
        static_cast<WideInt>(dayCountRatio(count, terms.startDate, payoffDate).den) * kRateScale;
    auto accrue = [&](qint64 principal, QDate from, QDate to) -> WideInt {
        const QDate charged = std::max(from, interestFreeUntil);
        if (charged >= to)
            return 0;
        return static_cast<WideInt>(principal) * rate * dayCountRatio(count, charged, to).num;
    };
    qint64 principal = terms.principalMinor;
    WideInt interest = 0; // accrued and unpaid, over `den`
    QDate last = terms.startDate;
    for (const MadePayment& p : sorted) {
        interest += accrue(principal, last, p.date);
        last = p.date;
        const qint64 toInterest = std::min(p.amountMinor, roundRatio(interest, den, terms.rounding));
        interest = std::max<WideInt>(0, interest - static_cast<WideInt>(toInterest) * den);
        principal -= std::min(principal, p.amountMinor - toInterest);
    }
    interest += accrue(principal, last, payoffDate);
    PayoffQuote quote;
    quote.principalMinor = principal;
    quote.interestMinor = roundRatio(interest, den, terms.rounding);
    quote.payoffMinor = quote.principalMinor + quote.interestMinor + quote.feesMinor;
    return quote;
}

} // namespace collector
