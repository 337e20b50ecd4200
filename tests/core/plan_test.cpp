// The repayment-plan calculator against outside figures: numpy-financial's test values
// (tests/test_financial.py of numpy/numpy-financial), the widely published Chinese mortgage example
// (1,000,000 yuan, 30 years, 4.9 %), and the equation of Regulation Z Appendix J (b)(8) on flows whose rate
// is known by construction.
#include "plan/affordability.h"
#include "plan/apr.h"
#include "plan/payoff.h"
#include "plan/ratesolver.h"
#include "plan/schedule.h"

#include <QRandomGenerator>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <numeric>

using namespace collector;
using Catch::Approx;

namespace {

Currency cny()
{
    return Currency::fromCode(QStringLiteral("CNY")).value();
}

PlanTerms monthly(qint64 principalMinor, double annualRate, int term,
                  PlanMethod method = PlanMethod::EqualInstalment)
{
    PlanTerms t;
    t.currency = cny();
    t.principalMinor = principalMinor;
    t.annualRate = annualRate;
    t.term = term;
    t.method = method;
    t.startDate = QDate(2026, 1, 15);
    return t;
}

Schedule build(const PlanTerms& t)
{
    auto s = buildSchedule(t);
    if (!s.ok())
        FAIL(s.error().detail.toStdString());
    return s.value();
}

void checkBalances(const PlanTerms& t, const Schedule& s)
{
    qint64 principal = 0;
    for (const ScheduleLine& line : s.lines) {
        principal += line.principalMinor;
        CHECK(line.paymentMinor == line.principalMinor + line.interestMinor + line.feeMinor);
        // Negative only where holiday interest is capitalised: a line that pays nothing and grows the
        // balance.
        CHECK((line.principalMinor >= 0 || line.paymentMinor == 0));
    }
    CHECK(principal == t.principalMinor);
    CHECK(s.lines.back().balanceMinor == 0);
}

} // namespace

TEST_CASE("annuity payment matches numpy-financial pmt", "[plan]")
{
    // npf.pmt(0.08/12, 5*12, 15000) = -304.1459143262052: 304.15 a month.
    const Schedule s = build(monthly(1'500'000, 0.08, 60));
    CHECK(s.lines.front().paymentMinor == 30415);
    // npf.ppmt(0.08/12, 1, 60, 15000) = -204.145914 and the first month's interest is 100.00.
    CHECK(s.lines.front().interestMinor == 10000);
    CHECK(s.lines.front().principalMinor == 20415);
    // npf.pmt(0.0, 60, 15000) = -250.0
    CHECK(build(monthly(1'500'000, 0.0, 60)).lines.front().paymentMinor == 25000);
}

TEST_CASE("principal and interest parts match numpy-financial ipmt and ppmt", "[plan]")
{
    // 2000 at 10 %/12 over 24 months: npf.ipmt(0.1/12, 1, 24, 2000) = -16.666667;
    // npf.ppmt(0.1/12, [1..4], 24, 2000) = -75.62318601, -76.25337923, -76.88882405, -77.52956425.
    const Schedule s = build(monthly(200'000, 0.10, 24));
    CHECK(s.lines[0].interestMinor == 1667);
    CHECK(s.lines[0].principalMinor == 7562);
    CHECK(s.lines[1].principalMinor == 7625);
    CHECK(s.lines[2].principalMinor == 7689);
    CHECK(s.lines[3].principalMinor == 7753);
    // npf.ppmt(0.1/12, 1, 60, 55000) = -710.2541257864217. Our payment is rounded to the fen first (1168.59)
    // and the interest too (458.33), so the principal part may differ from the exact value by one fen at
    // most.
    CHECK(std::llabs(build(monthly(5'500'000, 0.10, 60)).lines[0].principalMinor - 71025) <= 1);
}

TEST_CASE("等额本息 and 等额本金 match the published 1,000,000 yuan, 30 year, 4.9 % example", "[plan]")
{
    // Published: 等额本息 monthly 5,307.27 yuan, total interest about 910,616.19 (closed form).
    const PlanTerms annuity = monthly(100'000'000, 0.049, 360);
    const Schedule a = build(annuity);
    CHECK(a.lines.front().paymentMinor == 530727);
    CHECK(a.lines[100].paymentMinor == 530727);
    // Each month's interest is rounded to the fen (at most half a fen each), so over 360 months the total may
    // differ from the closed form by at most 180 fen.
    CHECK(std::llabs(a.totalInterestMinor - 91061619) <= 180);
    checkBalances(annuity, a);

    // Published: 等额本金 first month 6,861.11 yuan, falling by 11.34 a month, total interest 737,041.67.
    const PlanTerms equal = monthly(100'000'000, 0.049, 360, PlanMethod::EqualPrincipal);
    const Schedule e = build(equal);
    CHECK(e.lines[0].paymentMinor == 686111);
    CHECK(e.lines[0].paymentMinor - e.lines[1].paymentMinor == 1134);
    CHECK(std::llabs(e.totalInterestMinor - 73704167) <= 180); // same bound as above
    checkBalances(equal, e);
}

TEST_CASE("rates match numpy-financial rate and irr", "[plan]")
{
    // npf.rate(10, 0, -3500, 10000) is asserted as 0.1107 (4 places) in numpy-financial's tests; the closed
    // form (10000/3500)^(1/10) - 1 = 0.11069085371075271 is exact, and the solver must meet it.
    std::vector<double> growth(11, 0.0);
    growth[0] = -3500;
    growth[10] = 10000;
    CHECK(periodicIrr(growth).value() == Approx(0.1107).margin(0.00005));
    CHECK(periodicIrr(growth).value() == Approx(std::pow(10000.0 / 3500.0, 0.1) - 1).epsilon(1e-13));
    const std::vector<double> a{-150000, 15000, 25000, 35000, 45000, 60000};
    CHECK(periodicIrr(a).value() == Approx(0.0524).margin(0.00005)); // npf: 0.0524
    const std::vector<double> b{-100, 39, 59, 55, 20};
    CHECK(periodicIrr(b).value() == Approx(0.28095).margin(0.000005)); // npf: 0.28095
    const std::vector<double> c{-100, 0, 0, 74};
    CHECK(periodicIrr(c).value() == Approx(-0.0955).margin(0.00005)); // npf: -0.0955
    // Above 100 % a period: 100 now, 300 one period later.
    CHECK(periodicIrr(std::vector<double>{-100, 300}).value() == Approx(2.0));
    auto never = periodicIrr(std::vector<double>{100, 50, 25});
    REQUIRE_FALSE(never.ok());
    CHECK(never.error().detail.contains(QLatin1String("never change sign")));
}

TEST_CASE("XIRR and the EU APRC on dated flows", "[plan][apr]")
{
    // 1000 lent, 1100 repaid exactly 365 days later: 10 % effective.
    const std::vector<DatedFlow> advance{{QDate(2025, 3, 1), 1000}};
    const std::vector<DatedFlow> repay{{QDate(2026, 3, 1), 1100}};
    CHECK(euEffectiveApr(advance, repay).value().aprPercent == Approx(10.0).epsilon(1e-10));
    // Two equal halves: 500 after 1/4 year and 500*(1.2)^(1/2)/(1.2)^(1/4)... built from a known 20 % rate.
    const std::vector<DatedFlow> flows{{QDate(2025, 1, 1), -1000},
                                       {QDate(2025, 1, 1).addDays(73), 400 * std::pow(1.2, 73 / 365.0)},
                                       {QDate(2025, 1, 1).addDays(365), 600 * 1.2}};
    CHECK(xirr(flows).value() == Approx(0.2).epsilon(1e-10));
}

TEST_CASE("US actuarial APR follows the Appendix J equation, odd days at simple interest", "[plan][apr]")
{
    // Built from i = 1 % a month: a single payment 1 month and 15 days after the advance is worth
    // 1000 * (1 + 0.5 i) * (1 + i) = 1015.05, so the APR is 12 %.
    const std::vector<DatedFlow> advance{{QDate(2026, 1, 10), 1000}};
    const std::vector<DatedFlow> single{{QDate(2026, 2, 25), 1015.05}};
    auto apr = usActuarialApr(advance, single, UnitPeriod::Month);
    REQUIRE(apr.ok());
    CHECK(apr.value().ratePerUnitPeriod == Approx(0.01).epsilon(1e-9));
    CHECK(apr.value().aprPercent == Approx(12.0).epsilon(1e-9));

    // A regular monthly plan without fees: its APR is its nominal rate (8 %), to the rounding of the
    // payments.
    PlanTerms terms = monthly(1'500'000, 0.08, 60);
    const Schedule s = build(terms);
    std::vector<DatedFlow> payments;
    for (const ScheduleLine& line : s.lines)
        payments.push_back({line.dueOn, line.paymentMinor / 100.0});
    const std::vector<DatedFlow> lent{{terms.startDate, 15000}};
    int multiple = 0;
    CHECK(commonUnitPeriod(payments, multiple) == UnitPeriod::Month);
    CHECK(usActuarialApr(lent, payments, UnitPeriod::Month).value().aprPercent == Approx(8.0).margin(0.005));

    // Term: one advance, one payment; 1000 -> 1050 in 73 days is 5 % a term, 25 % a year (365/73 terms).
    auto term =
        usActuarialApr(std::vector<DatedFlow>{{QDate(2026, 1, 1), 1000}},
                       std::vector<DatedFlow>{{QDate(2026, 1, 1).addDays(73), 1050}}, UnitPeriod::Term);
    CHECK(term.value().aprPercent == Approx(25.0));
}

TEST_CASE("schedules balance exactly for every method, frequency and day count", "[plan][property]")
{
    QRandomGenerator rng(4);
    const PlanMethod methods[] = {PlanMethod::EqualInstalment, PlanMethod::EqualPrincipal,
                                  PlanMethod::FlatInterest, PlanMethod::InterestFreeSplit};
    const Frequency frequencies[] = {Frequency::Monthly, Frequency::SemiMonthly, Frequency::Biweekly,
                                     Frequency::Weekly, Frequency::EveryNDays};
    const DayCount counts[] = {DayCount::Periodic, DayCount::Thirty360, DayCount::Act365, DayCount::Act360,
                               DayCount::ActAct};
    for (int round = 0; round < 400; ++round) {
        PlanTerms t = monthly(1 + static_cast<qint64>(rng.bounded(1'000'000'000)), rng.bounded(0.6),
                              1 + static_cast<int>(rng.bounded(120)), methods[rng.bounded(4)]);
        t.frequency = frequencies[rng.bounded(5)];
        t.everyNDays = 1 + static_cast<int>(rng.bounded(60));
        t.dayCount = counts[rng.bounded(5)];
        t.rounding = rng.bounded(2) ? Rounding::HalfUp : Rounding::HalfEven;
        t.instalmentMultipleMinor = rng.bounded(3) == 0 ? 100 : 0;
        t.principalGracePeriods = t.term > 2 ? static_cast<int>(rng.bounded(2)) : 0;
        t.interestFreePeriods = static_cast<int>(rng.bounded(3));
        if (rng.bounded(4) == 0)
            t.firstDueDate = t.startDate.addDays(20 + rng.bounded(40));
        if (rng.bounded(5) == 0) {
            t.deferralPeriods = 1 + static_cast<int>(rng.bounded(3));
            const DeferralInterest kinds[] = {DeferralInterest::Accrue, DeferralInterest::Capitalise,
                                              DeferralInterest::Waive};
            t.deferralInterest = kinds[rng.bounded(3)];
        }
        INFO("round " << round);
        checkBalances(t, build(t));
    }
}

TEST_CASE("edge cases: one instalment, zero rate, month ends, leap years, huge amounts", "[plan]")
{
    const Schedule one = build(monthly(100'000, 0.12, 1));
    REQUIRE(one.lines.size() == 1);
    CHECK(one.lines[0].paymentMinor == 101'000); // a month's interest at 1 %

    PlanTerms zero = monthly(100'000, 0.0, 3);
    const Schedule z = build(zero);
    CHECK(z.lines[0].paymentMinor == 33'333);
    CHECK(z.lines[2].paymentMinor == 33'334); // the residue is on the last instalment

    PlanTerms monthEnds = monthly(300'000, 0.1, 3);
    monthEnds.firstDueDate = QDate(2024, 1, 31);
    const std::vector<QDate> due = dueDates(monthEnds);
    CHECK(due == std::vector<QDate>{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2024, 3, 31)});

    // act/act ISDA across a year end: 17 days in 2023 (365) and 14 in leap 2024 (366).
    CHECK(yearFraction(DayCount::ActAct, QDate(2023, 12, 15), QDate(2024, 1, 15)) ==
          Approx(17 / 365.0 + 14 / 366.0));
    // 30/360: 31 Jan to 28 Feb is 28 days; 30 Jan to 31 Mar counts the 31st as the 30th.
    CHECK(yearFraction(DayCount::Thirty360, QDate(2026, 1, 31), QDate(2026, 2, 28)) == Approx(28 / 360.0));
    CHECK(yearFraction(DayCount::Thirty360, QDate(2026, 1, 30), QDate(2026, 3, 31)) == Approx(60 / 360.0));

    auto huge = buildSchedule(monthly(kMaxPlanPrincipalMinor + 1, 0.1, 12));
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().detail.contains(QLatin1String("too large")));
    CHECK(build(monthly(kMaxPlanPrincipalMinor, 0.1, 12)).lines.back().balanceMinor == 0);

    // Rounding modes differ on exact halves: 0.5 fen of interest.
    PlanTerms half = monthly(50, 0.12, 1); // 0.50 yuan at 1 % a month: 0.5 fen of interest
    half.rounding = Rounding::HalfEven;
    CHECK(build(half).lines[0].interestMinor == 0);
    half.rounding = Rounding::HalfUp;
    CHECK(build(half).lines[0].interestMinor == 1);
}

TEST_CASE("instalments rounded up to whole yuan, grace and interest-free periods", "[plan]")
{
    PlanTerms t = monthly(1'000'000, 0.12, 12);
    t.instalmentMultipleMinor = 100;
    const Schedule s = build(t);
    for (std::size_t k = 0; k + 1 < s.lines.size(); ++k)
        CHECK(s.lines[k].paymentMinor % 100 == 0);
    checkBalances(t, s);

    PlanTerms grace = monthly(1'200'000, 0.12, 12);
    grace.principalGracePeriods = 2;
    const Schedule g = build(grace);
    CHECK(g.lines[0].principalMinor == 0);
    CHECK(g.lines[0].interestMinor == 12'000);
    CHECK(g.lines[1].principalMinor == 0);
    checkBalances(grace, g);

    PlanTerms free = monthly(1'200'000, 0.12, 12);
    free.interestFreePeriods = 3;
    const Schedule f = build(free);
    CHECK(f.lines[0].interestMinor == 0);
    CHECK(f.lines[2].interestMinor == 0);
    CHECK(f.lines[3].interestMinor > 0);
    checkBalances(free, f);
}

TEST_CASE("a pay-off quote charges interest only up to the pay-off date", "[plan][payoff]")
{
    // 10,000.00 at 7.3 % (act/365): exactly 2.00 a day. After 30 days with nothing paid: 10,060.00.
    PlanTerms t = monthly(1'000'000, 0.073, 12);
    t.dayCount = DayCount::Act365;
    auto untouched = payoffQuote(t, {}, t.startDate.addDays(30));
    REQUIRE(untouched.ok());
    CHECK(untouched.value().interestMinor == 6'000);
    CHECK(untouched.value().payoffMinor == 1'006'000);
    // A payment of 1,060.00 on day 30 pays the 60.00 interest and 1,000.00 principal; 10 more days on
    // 9,000.00 at 1.80 a day: 9,018.00.
    const std::vector<MadePayment> paid{{t.startDate.addDays(30), 106'000}};
    auto after = payoffQuote(t, paid, t.startDate.addDays(40));
    REQUIRE(after.ok());
    CHECK(after.value().principalMinor == 900'000);
    CHECK(after.value().interestMinor == 1'800);
    CHECK(after.value().payoffMinor == 901'800);
    // On the start date nothing has accrued.
    CHECK(payoffQuote(t, {}, t.startDate).value().payoffMinor == 1'000'000);
    // A payment after the pay-off date is refused.
    const std::vector<MadePayment> late{{t.startDate.addDays(50), 100}};
    CHECK_FALSE(payoffQuote(t, late, t.startDate.addDays(40)).ok());
}

TEST_CASE("affordability: disposable income and the instalment it sustains at each frequency",
          "[plan][affordability]")
{
    // Income 8,000 + 500; spending 3,000 + 1,500 + 400 + 600: 3,000.00 a month to spare.
    const Budget budget{{{QStringLiteral("salary"), 800'000}, {QStringLiteral("allowance"), 50'000}},
                        {{QStringLiteral("rent"), 300'000},
                         {QStringLiteral("food"), 150'000},
                         {QStringLiteral("transport"), 40'000},
                         {QStringLiteral("childcare"), 60'000}}};
    const Affordability monthlyBudget = assessAffordability(budget, Frequency::Monthly, 0).value();
    CHECK(monthlyBudget.disposableMinor == 300'000);
    CHECK(monthlyBudget.maxInstalmentMinor == 300'000);
    // 3,000 x 12 / 52 = 692.307...: floored to 692.30 (a fen more would not be sustainable).
    CHECK(assessAffordability(budget, Frequency::Weekly, 0).value().maxInstalmentMinor == 69'230);
    // 3,000 x 12 / 26 = 1,384.615...: 1,384.61; and 70 % of the monthly: 2,100.00.
    CHECK(assessAffordability(budget, Frequency::Biweekly, 0).value().maxInstalmentMinor == 138'461);
    CHECK(assessAffordability(budget, Frequency::Monthly, 0, 70).value().maxInstalmentMinor == 210'000);
    // Spending above income leaves nothing, never a negative instalment.
    const Budget short_{{{QStringLiteral("salary"), 100'000}}, {{QStringLiteral("rent"), 150'000}}};
    CHECK(assessAffordability(short_, Frequency::Monthly, 0).value().maxInstalmentMinor == 0);
    CHECK_FALSE(
        assessAffordability(Budget{{{QStringLiteral("salary"), -1}}, {}}, Frequency::Monthly, 0).ok());
}

TEST_CASE("guardrails name the rule an offer breaks", "[plan][guardrails]")
{
    const Guardrails rails{50'000, 24, 10, 30, 50};
    auto rules = [](const std::vector<RuleFailure>& failures) {
        QStringList names;
        for (const RuleFailure& f : failures)
            names << f.rule;
        return names;
    };

    PlanTerms longPlan =
        monthly(1'000'000, 0.0, 36, PlanMethod::InterestFreeSplit); // 277.78 a month for 3 years
    const Schedule longSchedule = build(longPlan);
    const auto failures = checkOffer({&longPlan, &longSchedule, 1'000'000, std::nullopt, UserRole::Collector},
                                     rails, std::nullopt);
    CHECK(rules(failures) ==
          QStringList{QStringLiteral("minimum_instalment"), QStringLiteral("maximum_term")});
    CHECK(failures[0].message == QStringLiteral("instalment 1 is 277.78; the creditor's minimum is 500.00"));

    // A settlement of 7,000 on 10,000 owed is a 30 % discount: beyond a collector's 10 %, within a lead's 30
    // %.
    PlanTerms settle = monthly(700'000, 0.0, 1, PlanMethod::InterestFreeSplit);
    const Schedule one = build(settle);
    CHECK(rules(checkOffer({&settle, &one, 1'000'000, 700'000, UserRole::Collector}, rails, std::nullopt)) ==
          QStringList{QStringLiteral("maximum_discount")});
    CHECK(checkOffer({&settle, &one, 1'000'000, 700'000, UserRole::Lead}, rails, std::nullopt).empty());
    CHECK(rules(checkOffer({&settle, &one, 1'000'000, 690'000, UserRole::Lead}, rails, std::nullopt)) ==
          QStringList{QStringLiteral("maximum_discount")});

    // A 12-month plan of 833.33 against a budget that sustains 500.00.
    PlanTerms year = monthly(1'000'000, 0.0, 12, PlanMethod::InterestFreeSplit);
    const Schedule yearly = build(year);
    const Affordability tight{100'000, 50'000, 50'000, 50'000};
    CHECK(rules(checkOffer({&year, &yearly, 1'000'000, std::nullopt, UserRole::Collector}, rails, tight)) ==
          QStringList{QStringLiteral("affordability")});
}

TEST_CASE("down payment, fees financed or paid up front, and a balloon", "[plan]")
{
    // 12,000 with 2,000 down, interest-free over 10 months: 2,000 at the start, then 1,000 a month.
    PlanTerms down = monthly(1'200'000, 0.0, 10, PlanMethod::InterestFreeSplit);
    down.downPaymentMinor = 200'000;
    const Schedule d = build(down);
    REQUIRE(d.lines.size() == 11);
    CHECK(d.lines[0].n == 0);
    CHECK(d.lines[0].dueOn == down.startDate);
    CHECK(d.lines[0].paymentMinor == 200'000);
    CHECK(d.lines[0].balanceMinor == 1'000'000);
    CHECK(d.lines[1].paymentMinor == 100'000);
    CHECK(d.totalPaymentMinor == 1'200'000);

    // A 120.00 fee financed over 12 interest-free months on 1,200.00: 110.00 a month; 50.00 paid at the
    // start.
    PlanTerms fees = monthly(120'000, 0.0, 12, PlanMethod::InterestFreeSplit);
    fees.fees = {{12'000, true}, {5'000, false}};
    const Schedule f = build(fees);
    CHECK(f.lines[0].feeMinor == 5'000);
    CHECK(f.lines[0].paymentMinor == 5'000);
    CHECK(f.lines[1].paymentMinor == 11'000);
    CHECK(f.lines.back().balanceMinor == 0);
    CHECK(f.totalPaymentMinor == 120'000 + 12'000 + 5'000);

    // 10,000 at 12 % over 12 months with 5,000 left to the end: the level part amortises 10,000 less the
    // balloon's present value, 5,000 / 1.01^12 = 4,437.25; 5,562.75 / a(12, 1 %) = 494.24 a month.
    PlanTerms balloon = monthly(1'000'000, 0.12, 12);
    balloon.balloonMinor = 500'000;
    const Schedule b = build(balloon);
    CHECK(b.lines[0].paymentMinor == 49'424);
    CHECK(b.lines.back().paymentMinor > 500'000);
    CHECK(std::llabs(b.lines.back().paymentMinor - (49'424 + 500'000)) <= 12); // the residue of 11 roundings
    CHECK(b.lines.back().balanceMinor == 0);
    qint64 principal = 0;
    for (const ScheduleLine& line : b.lines)
        principal += line.principalMinor;
    CHECK(principal == 1'000'000);

    PlanTerms tooMuch = monthly(100'000, 0.1, 12);
    tooMuch.downPaymentMinor = 100'000;
    CHECK_FALSE(buildSchedule(tooMuch).ok());
    tooMuch.downPaymentMinor = 0;
    tooMuch.balloonMinor = 100'000;
    CHECK_FALSE(buildSchedule(tooMuch).ok());
}

TEST_CASE("settlements: a discounted lump sum or a short series, the rest waived", "[plan][settlement]")
{
    PlanTerms lump = monthly(1'000'000, 0.12, 1, PlanMethod::Settlement);
    lump.settlementAmountMinor = 700'000;
    const Schedule l = build(lump);
    REQUIRE(l.lines.size() == 1);
    CHECK(l.lines[0].paymentMinor == 700'000);
    CHECK(l.lines[0].interestMinor == 0);
    CHECK(l.waivedMinor == 300'000);

    PlanTerms series = lump;
    series.term = 3;
    const Schedule s = build(series);
    CHECK(s.lines[0].paymentMinor == 233'333);
    CHECK(s.lines[1].paymentMinor == 233'333);
    CHECK(s.lines[2].paymentMinor == 233'334);
    CHECK(s.totalPaymentMinor == 700'000);
    CHECK(s.lines.back().balanceMinor == 0);

    series.settlementAmountMinor = 1'000'001;
    CHECK_FALSE(buildSchedule(series).ok());
    series.settlementAmountMinor = 700'000;
    series.term = 13;
    CHECK_FALSE(buildSchedule(series).ok());
}

TEST_CASE("a payment holiday: interest capitalised, accrued to the first instalment, or waived",
          "[plan][deferral]")
{
    // 12,000 at 1 % a month, two months' holiday, then 12 instalments.
    PlanTerms t = monthly(1'200'000, 0.12, 12);
    t.deferralPeriods = 2;

    SECTION("capitalised: 120.00 then 121.20 join the balance; 12,241.20 amortised is 1,087.62 a month")
    {
        t.deferralInterest = DeferralInterest::Capitalise;
        const Schedule s = build(t);
        REQUIRE(s.lines.size() == 14);
        CHECK(s.lines[0].paymentMinor == 0);
        CHECK(s.lines[0].interestMinor == 12'000);
        CHECK(s.lines[1].interestMinor == 12'120);
        CHECK(s.lines[1].balanceMinor == 1'224'120);
        CHECK(s.lines[2].n == 3);
        CHECK(s.lines[2].dueOn == t.startDate.addMonths(3));
        CHECK(s.lines[2].paymentMinor == 108'762);
        checkBalances(t, s); // principal parts: -120.00 - 121.20 + 12,241.20 = 12,000.00
    }
    SECTION("accrued: 240.00 falls due with the first instalment of 1,066.19")
    {
        t.deferralInterest = DeferralInterest::Accrue;
        const Schedule s = build(t);
        CHECK(s.lines[0].paymentMinor == 0);
        CHECK(s.lines[1].balanceMinor == 1'200'000);
        CHECK(s.lines[2].paymentMinor == 106'619 + 24'000);
        CHECK(s.lines[3].paymentMinor == 106'619);
        checkBalances(t, s);
    }
    SECTION("waived: the holiday costs nothing")
    {
        t.deferralInterest = DeferralInterest::Waive;
        const Schedule s = build(t);
        CHECK(s.lines[2].paymentMinor == 106'619);
        CHECK(s.totalInterestMinor == build(monthly(1'200'000, 0.12, 12)).totalInterestMinor);
        checkBalances(t, s);
    }
}

TEST_CASE("US actuarial APR meets the Federal Reserve APR table within Regulation Z's tolerance",
          "[plan][apr]")
{
    // A textbook's worked use of the Board's APR table (FRB-103-M, monthly payment plans): $5,200 financed,
    // 36 monthly payments of $169, finance charge $884 = $17.00 per $100, which the table's 36-payment row
    // reads as 10.50 %. 12 CFR 1026.22(a)(2): a regular transaction's APR is accurate within 1/8 of one
    // percentage point of the rate determined by appendix J. (The equation itself gives 10.4948 %.)
    const std::vector<DatedFlow> financed{{QDate(2026, 1, 15), 5200}};
    std::vector<DatedFlow> payments;
    for (int n = 1; n <= 36; ++n)
        payments.push_back({QDate(2026, 1, 15).addMonths(n), 169});
    auto apr = usActuarialApr(financed, payments, UnitPeriod::Month);
    REQUIRE(apr.ok());
    CHECK(apr.value().aprPercent == Approx(10.50).margin(0.125));
    CHECK(apr.value().aprPercent == Approx(10.4948).margin(0.0001));
}
