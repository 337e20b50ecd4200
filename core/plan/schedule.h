// Repayment schedules for an overdue balance: equal instalments (annuity, 等额本息), equal principal
// (等额本金), flat interest and interest-free splits, at any frequency, with every amount rounded to the
// currency's minor unit and the residue on the last instalment, so the principal parts add up to the
// principal exactly.
#pragma once

#include "common/result.h"
#include "common/wideint.h"
#include "domain/kinds.h"
#include "domain/money.h"
#include "plan/daycount.h"

#include <QDate>
#include <vector>

namespace collector {

enum class Frequency
{
    Monthly,
    SemiMonthly,
    Biweekly,
    Weekly,
    EveryNDays
};
enum class Rounding
{
    HalfEven,
    HalfUp
};
// What happens to the interest of a payment holiday: paid with the first instalment after it, added to the
// balance (and so charged interest on), or not charged at all.
enum class DeferralInterest
{
    Accrue,
    Capitalise,
    Waive
};

template <> std::span<const CodeEntry<Frequency>> codeTable<Frequency>();
template <> std::span<const CodeEntry<Rounding>> codeTable<Rounding>();
template <> std::span<const CodeEntry<DeferralInterest>> codeTable<DeferralInterest>();

struct PlanFee
{
    qint64 amountMinor = 0;
    bool financed = false; // financed: added to what is repaid with interest; otherwise paid at the start
};

struct PlanTerms
{
    Currency currency;
    qint64 principalMinor = 0;
    double annualRate = 0; // a fraction: 0.049 for 4.9 %
    PlanMethod method = PlanMethod::EqualInstalment;
    int term = 12; // number of instalments
    Frequency frequency = Frequency::Monthly;
    int everyNDays = 30;
    QDate startDate;
    QDate firstDueDate; // invalid: one period after the start; otherwise may make an odd first period
    DayCount dayCount = DayCount::Periodic;
    Rounding rounding = Rounding::HalfEven;
    qint64 instalmentMultipleMinor = 0; // e.g. 100 to round instalments up to whole yuan
    int principalGracePeriods = 0;      // first periods pay interest only
    int interestFreePeriods = 0;        // first periods accrue no interest
    qint64 downPaymentMinor = 0;        // paid at the start, with the fees not financed (instalment 0)
    std::vector<PlanFee> fees;
    qint64 balloonMinor = 0;          // left to the last instalment on top of its regular part
    qint64 settlementAmountMinor = 0; // Settlement: what the debtor pays in full and final settlement
    int deferralPeriods = 0;          // a payment holiday of this many periods before the first instalment
    DeferralInterest deferralInterest = DeferralInterest::Capitalise;

    // What the instalments repay: the principal less the down payment, plus financed fees.
    qint64 financedMinor() const;
    qint64 upfrontFeesMinor() const;
};

struct ScheduleLine
{
    int n = 0; // 0: the down payment and up-front fees, due on the start date
    QDate dueOn;
    qint64 paymentMinor = 0;
    qint64 principalMinor = 0;
    qint64 interestMinor = 0;
    qint64 feeMinor = 0;
    qint64 balanceMinor = 0; // left after this instalment
};

struct Schedule
{
    std::vector<ScheduleLine> lines;
    qint64 totalPaymentMinor = 0;
    qint64 totalInterestMinor = 0;
    qint64 waivedMinor = 0; // a settlement's discount: owed but given up
};

// The largest principal accepted: amounts stay exact in the floating-point steps of the annuity formula.
constexpr qint64 kMaxPlanPrincipalMinor = 1'000'000'000'000'000LL; // 10^15 minor units

double periodsPerYear(Frequency frequency, int everyNDays);
std::vector<QDate> dueDates(const PlanTerms& terms);
qint64 roundToMinor(long double value, Rounding rounding);

// Exact interest arithmetic shared by schedules and pay-off quotes: rates are held in billionths (4.9 % =
// 49,000,000) and numerator / denominator is rounded once, as the terms say.
constexpr qint64 kRateScale = 1'000'000'000;
qint64 annualRateNanos(const PlanTerms& terms);
qint64 roundRatio(WideInt num, WideInt den, Rounding rounding);
Result<Schedule> buildSchedule(const PlanTerms& terms);

} // namespace collector
