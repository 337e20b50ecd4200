#include "plan/apr.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(UnitPeriod, {E::Month, "month"}, {E::SemiMonth, "semi_month"}, {E::Week, "week"},
                            {E::Day, "day"}, {E::Term, "term"})

namespace {

struct UnitTime
{
    long double whole = 0;    // t: full unit periods
    long double fraction = 0; // f: the odd part of a unit period
};

// Time from `origin` to `date` in unit periods, counted back from `date` as Appendix J (b)(5) asks.
UnitTime unitTime(QDate origin, QDate date, UnitPeriod unit, int multiple)
{
    UnitTime out;
    if (unit == UnitPeriod::Month || unit == UnitPeriod::SemiMonth) {
        int months = 0;
        while (date.addMonths(-(months + 1)) >= origin)
            ++months;
        const qint64 days = origin.daysTo(date.addMonths(-months)); // the odd days, months being all equal
        if (unit == UnitPeriod::Month) {
            out.whole = months / multiple;
            out.fraction =
                ((months % multiple) * 30.0L + static_cast<long double>(days)) / (30.0L * multiple);
        } else {
            const long double halfMonths = months * 2 + static_cast<long double>(days / 15);
            out.whole = std::floor(halfMonths / multiple);
            out.fraction =
                (halfMonths - out.whole * multiple + static_cast<long double>(days % 15) / 15.0L) / multiple;
        }
    } else if (unit == UnitPeriod::Week) {
        const qint64 days = origin.daysTo(date);
        out.whole = static_cast<long double>(days / (7 * multiple));
        out.fraction = static_cast<long double>(days % (7 * multiple)) / (7.0L * multiple);
    } else {
        out.whole = static_cast<long double>(origin.daysTo(date) / multiple);
        out.fraction = static_cast<long double>(origin.daysTo(date) % multiple) / multiple;
    }
    return out;
}

double unitsPerYear(UnitPeriod unit, int multiple)
{
    switch (unit) {
    case UnitPeriod::Month:
        return 12.0 / multiple;
    case UnitPeriod::SemiMonth:
        return 24.0 / multiple;
    case UnitPeriod::Week:
        return 52.0 / multiple;
    case UnitPeriod::Day:
        return 365.0 / multiple;
    case UnitPeriod::Term:
        return 0;
    }
    return 0;
}

Status checkFlows(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments)
{
    if (advances.empty() || payments.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("an APR needs at least one advance and one payment"));
    for (auto flows : {advances, payments})
        for (const DatedFlow& f : flows)
            if (!f.date.isValid() || !(f.amount > 0))
                return makeError(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("every advance and payment needs a date and a positive amount"));
    return {};
}

} // namespace

UnitPeriod commonUnitPeriod(std::span<const DatedFlow> payments, int& multiple)
{
    multiple = 1;
    std::map<qint64, int> gaps;
    for (std::size_t k = 1; k < payments.size(); ++k)
        ++gaps[payments[k - 1].date.daysTo(payments[k].date)];
    if (gaps.empty())
        return UnitPeriod::Term;
    const qint64 gap = std::max_element(gaps.begin(), gaps.end(), [](auto& a, auto& b) {
                           return a.second < b.second;
                       })->first;
    if (gap >= 28 && gap <= 31)
        return UnitPeriod::Month;
    if (gap >= 89 && gap <= 92) {
        multiple = 3;
        return UnitPeriod::Month;
    }
    if (gap == 14) {
        multiple = 2;
        return UnitPeriod::Week;
    }
    if (gap >= 13 && gap <= 16)
        return UnitPeriod::SemiMonth;
    if (gap % 7 == 0) {
        multiple = static_cast<int>(gap / 7);
        return UnitPeriod::Week;
    }
    multiple = static_cast<int>(std::max<qint64>(1, gap));
    return UnitPeriod::Day;
}

Result<AprResult> usActuarialApr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments,
                                 UnitPeriod unit, int multiple)
{
    if (auto ok = checkFlows(advances, payments); !ok)
        return ok.error();
    if (multiple < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unit_period_multiple must be at least 1"));
    QDate origin = advances.front().date;
    for (const DatedFlow& a : advances)
        origin = std::min(origin, a.date);
    if (unit == UnitPeriod::Term) {
        // Single advance, single payment: the unit period is the term itself.
        if (advances.size() != 1 || payments.size() != 1)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("unit period 'term' is for one advance and one payment"));
        const qint64 days = advances.front().date.daysTo(payments.front().date);
        if (days <= 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("the payment must come after the advance"));
        const double i = payments.front().amount / advances.front().amount - 1;
        return AprResult{i * 365.0 / static_cast<double>(days) * 100.0, i};
    }
    std::vector<std::tuple<long double, long double, long double>> terms; // (sign * amount, t, f)
    for (const DatedFlow& a : advances) {
        const UnitTime t = unitTime(origin, a.date, unit, multiple);
        terms.emplace_back(-a.amount, t.whole, t.fraction);
    }
    for (const DatedFlow& p : payments) {
        if (p.date < origin)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("a payment falls before the first advance"));
        const UnitTime t = unitTime(origin, p.date, unit, multiple);
        terms.emplace_back(p.amount, t.whole, t.fraction);
    }
    RateEquation eq{[terms](long double i) {
                        long double sum = 0;
                        for (const auto& [amount, t, f] : terms)
                            sum += amount / ((1 + f * i) * std::pow(1 + i, t));
                        return sum;
                    },
                    [terms](long double i) {
                        long double sum = 0;
                        for (const auto& [amount, t, f] : terms) {
                            const long double denominator = (1 + f * i) * std::pow(1 + i, t);
                            const long double dDenominator =
                                f * std::pow(1 + i, t) + (1 + f * i) * t * std::pow(1 + i, t - 1);
                            sum -= amount * dDenominator / (denominator * denominator);
                        }
                        return sum;
                    }};
    auto i = solveRate(eq);
    if (!i)
        return i.error();
    return AprResult{i.value() * unitsPerYear(unit, multiple) * 100.0, i.value()};
}

Result<AprResult> euEffectiveApr(std::span<const DatedFlow> advances, std::span<const DatedFlow> payments)
{
    if (auto ok = checkFlows(advances, payments); !ok)
        return ok.error();
    std::vector<DatedFlow> flows;
    for (const DatedFlow& a : advances)
        flows.push_back({a.date, -a.amount});
    for (const DatedFlow& p : payments)
        flows.push_back(p);
    auto x = xirr(flows);
    if (!x)
        return x.error();
    return AprResult{x.value() * 100.0, x.value()};
}

} // namespace collector
