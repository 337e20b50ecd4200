#include "plan/schedule.h"

#include "common/wideint.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <optional>

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(Frequency, {E::Monthly, "monthly"}, {E::SemiMonthly, "semi_monthly"},
                            {E::Biweekly, "biweekly"}, {E::Weekly, "weekly"}, {E::EveryNDays, "every_n_days"})
COLLECTOR_DEFINE_CODE_TABLE(Rounding, {E::HalfEven, "half_even"}, {E::HalfUp, "half_up"})
COLLECTOR_DEFINE_CODE_TABLE(DeferralInterest, {E::Accrue, "accrue"}, {E::Capitalise, "capitalise"},
                            {E::Waive, "waive"})

namespace {

Error invalid(const QString& what)
{
    return makeError(ErrorCode::InvalidArgument, what);
}

// The next due date after `previous` for frequencies measured in days.
QDate stepDays(QDate previous, Frequency frequency, int everyNDays)
{
    switch (frequency) {
    case Frequency::Biweekly:
        return previous.addDays(14);
    case Frequency::Weekly:
        return previous.addDays(7);
    case Frequency::EveryNDays:
        return previous.addDays(everyNDays);
    default:
        return previous;
    }
}

// A period's share of a year as an exact ratio of integers, so interest can be computed without binary
// floating point (0.12 / 12 is not 0.01 in a double, and exact halves must round as the terms say).
struct YearShare
{
    WideInt num = 0;
    WideInt den = 1;
};

YearShare yearShare(const PlanTerms& t, QDate from, QDate to)
{
    switch (t.dayCount) {
    case DayCount::Periodic:
        switch (t.frequency) {
        case Frequency::Monthly:
            return {1, 12};
        case Frequency::SemiMonthly:
            return {1, 24};
        case Frequency::Biweekly:
            return {1, 26};
        case Frequency::Weekly:
            return {1, 52};
        case Frequency::EveryNDays:
            return {t.everyNDays, 365};
        }
        return {1, 12};
    default: {
        const DayCountRatio r = dayCountRatio(t.dayCount, from, to);
        return {r.num, r.den};
    }
    }
    return {1, 12};
}

qint64 ceilToMultiple(qint64 value, qint64 multiple)
{
    if (multiple <= 1)
        return value;
    return (value + multiple - 1) / multiple * multiple;
}

// Full and final settlement: the agreed amount, interest-free, in one payment or a short series; the rest of
// the balance is waived.
Result<Schedule> buildSettlement(const PlanTerms& t, qint64 financed)
{
    constexpr int kMaxSettlementInstalments = 12;
    if (t.settlementAmountMinor <= 0 || t.settlementAmountMinor > financed)
        return invalid(QCoreApplication::translate(
            "Validation", "the settlement amount must be more than zero and at most the balance"));
    if (t.term > kMaxSettlementInstalments)
        return invalid(QCoreApplication::translate(
            "Validation", "a settlement is paid at once or in at most 12 instalments"));
    const std::vector<QDate> dates = dueDates(t);
    Schedule schedule;
    schedule.waivedMinor = financed - t.settlementAmountMinor;
    qint64 balance = t.settlementAmountMinor;
    const qint64 part = roundRatio(t.settlementAmountMinor, t.term, t.rounding);
    for (int k = 0; k < t.term; ++k) {
        ScheduleLine line;
        line.n = k + 1;
        line.dueOn = dates[static_cast<std::size_t>(k)];
        line.principalMinor = k == t.term - 1 ? balance : std::min(balance, part);
        line.paymentMinor = line.principalMinor;
        balance -= line.principalMinor;
        line.balanceMinor = balance;
        schedule.totalPaymentMinor += line.paymentMinor;
        schedule.lines.push_back(line);
    }
    return schedule;
}

// Instalment 0: the down payment and the fees not financed, due on the start date; none when both are zero.
std::optional<ScheduleLine> startLine(const PlanTerms& t, qint64 financed)
{
    if (t.downPaymentMinor <= 0 && t.upfrontFeesMinor() <= 0)
        return std::nullopt;
    ScheduleLine start;
    start.n = 0;
    start.dueOn = t.startDate;
    start.principalMinor = t.downPaymentMinor;
    start.feeMinor = t.upfrontFeesMinor();
    start.paymentMinor = start.principalMinor + start.feeMinor;
    start.balanceMinor = financed;
    return start;
}

// A payment holiday, then an ordinary schedule from where the holiday ends: the holiday's interest is
// capitalised into the balance, carried to the first instalment, or waived.
Result<Schedule> buildWithDeferral(const PlanTerms& t, qint64 financed)
{
    PlanTerms whole = t;
    whole.term = t.term + t.deferralPeriods;
    whole.deferralPeriods = 0;
    const std::vector<QDate> dates = dueDates(whole);
    const qint64 rateNanos = annualRateNanos(t);
    Schedule schedule;
    qint64 balance = financed;
    if (auto start = startLine(t, balance)) {
        schedule.totalPaymentMinor += start->paymentMinor;
        schedule.lines.push_back(*start);
    }
    qint64 accrued = 0;
    for (int k = 0; k < t.deferralPeriods; ++k) {
        const QDate from = k == 0 ? t.startDate : dates[static_cast<std::size_t>(k - 1)];
        const YearShare share = k < t.interestFreePeriods
                                    ? YearShare{0, 1}
                                    : yearShare(t, from, dates[static_cast<std::size_t>(k)]);
        const qint64 interest = roundRatio(static_cast<WideInt>(balance) * rateNanos * share.num,
                                           share.den * kRateScale, t.rounding);
        ScheduleLine holiday;
        holiday.n = k + 1;
        holiday.dueOn = dates[static_cast<std::size_t>(k)];
        if (t.deferralInterest == DeferralInterest::Capitalise) {
            // Shown as interest charged and a negative principal part: the balance grows by it.
            holiday.interestMinor = interest;
            holiday.principalMinor = -interest;
            balance += interest;
            schedule.totalInterestMinor += interest;
        } else if (t.deferralInterest == DeferralInterest::Accrue) {
            accrued += interest;
        }
        holiday.balanceMinor = balance;
        schedule.lines.push_back(holiday);
    }
    PlanTerms rest = t;
    rest.principalMinor = balance;
    rest.downPaymentMinor = 0;
    rest.fees.clear();
    rest.deferralPeriods = 0;
    rest.startDate = dates[static_cast<std::size_t>(t.deferralPeriods - 1)];
    rest.firstDueDate = dates[static_cast<std::size_t>(t.deferralPeriods)];
    rest.interestFreePeriods = std::max(0, t.interestFreePeriods - t.deferralPeriods);
    auto after = buildSchedule(rest);
    if (!after)
        return after.error();
    for (std::size_t i = 0; i < after.value().lines.size(); ++i) {
        ScheduleLine line = after.value().lines[i];
        line.n += t.deferralPeriods;
        if (i == 0) { // the holiday's accrued interest falls due with the first instalment
            line.interestMinor += accrued;
            line.paymentMinor += accrued;
        }
        schedule.lines.push_back(line);
    }
    schedule.totalPaymentMinor += after.value().totalPaymentMinor + accrued;
    schedule.totalInterestMinor += after.value().totalInterestMinor + accrued;
    return schedule;
}

} // namespace

qint64 PlanTerms::financedMinor() const
{
    qint64 financed = principalMinor - downPaymentMinor;
    for (const PlanFee& fee : fees)
        if (fee.financed)
            financed += fee.amountMinor;
    return financed;
}

qint64 PlanTerms::upfrontFeesMinor() const
{
    qint64 total = 0;
    for (const PlanFee& fee : fees)
        if (!fee.financed)
            total += fee.amountMinor;
    return total;
}

qint64 roundRatio(WideInt num, WideInt den, Rounding rounding)
{
    const WideInt q = num / den;
    const WideInt twiceRemainder = 2 * (num % den);
    if (twiceRemainder > den || (twiceRemainder == den && (rounding == Rounding::HalfUp || q % 2 != 0)))
        return static_cast<qint64>(q + 1);
    return static_cast<qint64>(q);
}

qint64 annualRateNanos(const PlanTerms& terms)
{
    return std::llround(terms.annualRate * kRateScale); // 0.049 -> 49,000,000 exactly
}

double periodsPerYear(Frequency frequency, int everyNDays)
{
    switch (frequency) {
    case Frequency::Monthly:
        return 12;
    case Frequency::SemiMonthly:
        return 24;
    case Frequency::Biweekly:
        return 26;
    case Frequency::Weekly:
        return 52;
    case Frequency::EveryNDays:
        return 365.0 / everyNDays;
    }
    return 12;
}

std::vector<QDate> dueDates(const PlanTerms& terms)
{
    std::vector<QDate> dates;
    QDate first = terms.firstDueDate;
    if (!first.isValid()) {
        switch (terms.frequency) {
        case Frequency::Monthly:
            first = terms.startDate.addMonths(1);
            break;
        case Frequency::SemiMonthly:
            first = terms.startDate.addDays(15);
            break;
        default:
            first = stepDays(terms.startDate, terms.frequency, terms.everyNDays);
            break;
        }
    }
    for (int n = 0; n < terms.term; ++n) {
        switch (terms.frequency) {
        // Months count from the first due date, so 31 Jan, 28 Feb, 31 Mar: a short month does not shift the
        // rest.
        case Frequency::Monthly:
            dates.push_back(first.addMonths(n));
            break;
        // Twice a month: the first due day, and fifteen days later, every month.
        case Frequency::SemiMonthly:
            dates.push_back(n % 2 == 0 ? first.addMonths(n / 2) : first.addMonths(n / 2).addDays(15));
            break;
        default:
            dates.push_back(n == 0 ? first : stepDays(dates.back(), terms.frequency, terms.everyNDays));
            break;
        }
    }
    return dates;
}

qint64 roundToMinor(long double value, Rounding rounding)
{
    if (rounding == Rounding::HalfEven)
        return static_cast<qint64>(
            std::nearbyint(value)); // the default rounding mode: to nearest, ties to even
    return static_cast<qint64>(value < 0 ? -std::floor(-value + 0.5L) : std::floor(value + 0.5L));
}

Result<Schedule> buildSchedule(const PlanTerms& t)
{
    if (t.principalMinor <= 0)
        return invalid(QCoreApplication::translate("Validation", "principal must be more than zero"));
    if (t.principalMinor > kMaxPlanPrincipalMinor)
        return invalid(
            QCoreApplication::translate("Validation", "principal is too large for an exact schedule"));
    if (t.term < 1 || t.term > 600)
        return invalid(
            QCoreApplication::translate("Validation", "term must be between 1 and 600 instalments"));
    if (!(t.annualRate >= 0 && t.annualRate <= 10))
        return invalid(
            QCoreApplication::translate("Validation", "annual rate must be between 0 % and 1000 %"));
    if (!t.startDate.isValid())
        return invalid(QCoreApplication::translate("Validation", "start date is missing"));
    if (t.frequency == Frequency::EveryNDays && (t.everyNDays < 1 || t.everyNDays > 366))
        return invalid(QCoreApplication::translate("Validation", "every_n_days must be between 1 and 366"));
    if (t.firstDueDate.isValid() && t.firstDueDate <= t.startDate)
        return invalid(
            QCoreApplication::translate("Validation", "the first due date must come after the start date"));
    if (t.principalGracePeriods < 0 || t.interestFreePeriods < 0 || t.principalGracePeriods >= t.term)
        return invalid(QCoreApplication::translate(
            "Validation", "grace periods must leave at least one instalment that repays principal"));
    if (t.instalmentMultipleMinor < 0)
        return invalid(QCoreApplication::translate("Validation", "instalment multiple cannot be negative"));
    if (t.downPaymentMinor < 0 || t.downPaymentMinor >= t.principalMinor)
        return invalid(
            QCoreApplication::translate("Validation", "the down payment must be less than the principal"));
    for (const PlanFee& fee : t.fees)
        if (fee.amountMinor < 0 || fee.amountMinor > kMaxPlanPrincipalMinor)
            return invalid(QCoreApplication::translate("Validation", "fees cannot be negative"));
    const qint64 financed = t.financedMinor();
    if (financed > kMaxPlanPrincipalMinor)
        return invalid(
            QCoreApplication::translate("Validation", "principal is too large for an exact schedule"));
    if (t.balloonMinor < 0 || t.balloonMinor >= financed)
        return invalid(
            QCoreApplication::translate("Validation", "the balloon must be less than the amount repaid"));

    if (t.method == PlanMethod::Settlement)
        return buildSettlement(t, financed);
    if (t.deferralPeriods < 0 || t.deferralPeriods > 24)
        return invalid(
            QCoreApplication::translate("Validation", "a payment holiday lasts at most 24 periods"));
    if (t.deferralPeriods > 0)
        return buildWithDeferral(t, financed);

    const std::vector<QDate> dates = dueDates(t);
    const qint64 rateNanos = annualRateNanos(t);
    std::vector<YearShare> shares;
    std::vector<long double> rates; // the same, as floating point, for the annuity factor only
    for (int k = 0; k < t.term; ++k) {
        const QDate from = k == 0 ? t.startDate : dates[static_cast<std::size_t>(k - 1)];
        const YearShare share = k < t.interestFreePeriods
                                    ? YearShare{0, 1}
                                    : yearShare(t, from, dates[static_cast<std::size_t>(k)]);
        shares.push_back(share);
        rates.push_back(static_cast<long double>(rateNanos) * static_cast<long double>(share.num) /
                        (static_cast<long double>(kRateScale) * static_cast<long double>(share.den)));
    }
    auto interestOn = [&](qint64 balance, int k) {
        const YearShare& share = shares[static_cast<std::size_t>(k)];
        return roundRatio(static_cast<WideInt>(balance) * rateNanos * share.num, share.den * kRateScale,
                          t.rounding);
    };

    const int grace = t.principalGracePeriods;
    const int repaying = t.term - grace;
    qint64 level = 0; // the level payment (annuity), or the level principal part
    if (t.method == PlanMethod::EqualInstalment) {
        // P = B / sum_k prod_{j<=k} 1/(1+r_j): exact for uneven periods too.
        long double discount = 1;
        long double annuityFactor = 0;
        for (int k = grace; k < t.term; ++k) {
            discount /= 1 + rates[static_cast<std::size_t>(k)];
            annuityFactor += discount;
        }
        // The balloon is repaid at the end: only its present value is taken out of the level payments.
        const long double toAmortise = financed - t.balloonMinor * discount;
        level =
            ceilToMultiple(roundToMinor(toAmortise / annuityFactor, t.rounding), t.instalmentMultipleMinor);
    } else if (t.method == PlanMethod::EqualPrincipal || t.method == PlanMethod::InterestFreeSplit) {
        // Rounded to the minor unit like every other amount; the residue lands on the last instalment.
        level = roundRatio(financed - t.balloonMinor, repaying, t.rounding);
    }
    // Flat interest: the whole term's interest on the original principal, spread evenly.
    qint64 flatInterestTotal = 0;
    if (t.method == PlanMethod::FlatInterest) {
        // Every charged period of one schedule has the same denominator (12, 360, 365, 365 x 366 ...);
        // interest-free periods add nothing, whatever theirs.
        WideInt den = 1;
        for (const YearShare& share : shares)
            den = std::max(den, share.den);
        WideInt num = 0;
        for (const YearShare& share : shares)
            if (share.num != 0)
                num += share.num * (den / share.den);
        flatInterestTotal =
            roundRatio(static_cast<WideInt>(financed) * rateNanos * num, den * kRateScale, t.rounding);
    }

    Schedule schedule;
    qint64 balance = financed;
    if (auto start = startLine(t, balance)) {
        schedule.totalPaymentMinor += start->paymentMinor;
        schedule.lines.push_back(*start);
    }
    for (int k = 0; k < t.term; ++k) {
        ScheduleLine line;
        line.n = k + 1;
        line.dueOn = dates[static_cast<std::size_t>(k)];
        const bool last = k == t.term - 1;
        switch (t.method) {
        case PlanMethod::FlatInterest:
            line.interestMinor = k < t.interestFreePeriods
                                     ? 0
                                     : (last ? flatInterestTotal - schedule.totalInterestMinor
                                             : flatInterestTotal / (t.term - t.interestFreePeriods));
            line.principalMinor =
                k < grace
                    ? 0
                    : (last ? balance
                            : std::min(balance, roundRatio(financed - t.balloonMinor, repaying, t.rounding)));
            break;
        case PlanMethod::InterestFreeSplit:
            line.interestMinor = 0;
            line.principalMinor = k < grace ? 0 : (last ? balance : std::min(balance, level));
            break;
        default:
            line.interestMinor = interestOn(balance, k);
            if (k < grace)
                line.principalMinor = 0;
            else if (last)
                line.principalMinor = balance;
            else if (t.method == PlanMethod::EqualInstalment)
                line.principalMinor = std::clamp<qint64>(level - line.interestMinor, 0, balance);
            else
                line.principalMinor = std::min(level, balance);
            break;
        }
        line.paymentMinor = line.principalMinor + line.interestMinor;
        // Rounding instalments up to a multiple pays principal faster; never beyond what is owed.
        if (t.instalmentMultipleMinor > 1 && !last && t.method != PlanMethod::EqualInstalment && k >= grace) {
            const qint64 rounded = ceilToMultiple(line.paymentMinor, t.instalmentMultipleMinor);
            line.principalMinor = std::min(balance, line.principalMinor + (rounded - line.paymentMinor));
            line.paymentMinor = line.principalMinor + line.interestMinor;
        }
        balance -= line.principalMinor;
        line.balanceMinor = balance;
        schedule.totalPaymentMinor += line.paymentMinor;
        schedule.totalInterestMinor += line.interestMinor;
        schedule.lines.push_back(line);
    }
    return schedule;
}

} // namespace collector
