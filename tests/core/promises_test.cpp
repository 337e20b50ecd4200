// Promise outcomes and days past due against tables computed by hand.
#include "domain/promises.h"

#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

Currency cny()
{
    return Currency::fromCode(QStringLiteral("CNY")).value();
}
Money yuan(qint64 units)
{
    return Money(units * 100, cny());
}
QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

// P1: 500 made 1 Mar, due 10 Mar, 2 days' grace (window to 12 Mar).
// P2: 500 made 1 Mar, due 10 Apr, 2 days' grace (window to 12 Apr).
const Id kP1 = Id::generate(1);
const Id kP2 = Id::generate(2);
std::vector<PromiseTerms> twoPromises()
{
    return {{kP2, yuan(500), d(3, 1), d(4, 10), 2}, {kP1, yuan(500), d(3, 1), d(3, 10), 2}};
}

std::vector<PromiseOutcome> evaluate(const std::vector<PromiseTerms>& promises,
                                     const std::vector<DatedPayment>& payments, QDate today)
{
    auto result = evaluatePromises(promises, payments, today);
    REQUIRE(result.ok());
    return result.value();
}

DatedPayment paid(int units, QDate on)
{
    return {Id::generate(on.toJulianDay()), yuan(units), on};
}

} // namespace

TEST_CASE("promises claim payments in their windows, earliest due first", "[promises]")
{
    // | payment      | P1 takes | P2 takes | left |
    // | 300 on 5 Mar | 300      |          | 0    |
    // | 300 on 12 Mar| 200      | 100      | 0    |
    // | 400 on 8 Apr |          | 400      | 0    |
    const auto out =
        evaluate(twoPromises(), {paid(300, d(3, 5)), paid(300, d(3, 12)), paid(400, d(4, 8))}, d(4, 20));
    // outcomes follow the order the promises were given in: P2, then P1
    CHECK(out[1].id == kP1);
    CHECK(out[1].status == PromiseStatus::Kept);
    CHECK(out[1].paidMinor == 50'000);
    CHECK(out[1].coveredOn == d(3, 12));
    CHECK(out[0].status == PromiseStatus::Kept);
    CHECK(out[0].coveredOn == d(4, 8));
}

TEST_CASE("a payment one day after the grace period does not keep the promise", "[promises]")
{
    // 300 on 13 Mar is outside P1's window (ends 12 Mar): P1 keeps only the 300 of 5 Mar.
    const auto out =
        evaluate(twoPromises(), {paid(300, d(3, 5)), paid(300, d(3, 13)), paid(400, d(4, 8))}, d(4, 20));
    CHECK(out[1].status == PromiseStatus::PartiallyKept);
    CHECK(out[1].paidMinor == 30'000);
    CHECK(out[0].status == PromiseStatus::Kept); // 300 of 13 Mar + 200 of 8 Apr
}

TEST_CASE("open windows are pending; closed empty ones are broken", "[promises]")
{
    CHECK(evaluate(twoPromises(), {paid(300, d(3, 5))}, d(3, 12))[1].status == PromiseStatus::Pending);
    CHECK(evaluate(twoPromises(), {}, d(3, 13))[1].status == PromiseStatus::Broken);
    CHECK(evaluate(twoPromises(), {}, d(3, 13))[0].status == PromiseStatus::Pending);
    // Paid before the promise was made: not a payment towards it.
    CHECK(evaluate(twoPromises(), {paid(500, d(2, 28))}, d(3, 13))[1].status == PromiseStatus::Broken);
}

TEST_CASE("the outcome is recomputed when a payment arrives late or is reversed", "[promises]")
{
    std::vector<DatedPayment> payments{paid(500, d(3, 9))};
    // A payment dated 9 Mar that reaches us on 20 Mar still keeps P1: dates decide, not arrival.
    CHECK(evaluate(twoPromises(), payments, d(3, 20))[1].status == PromiseStatus::Kept);
    // The same payment reversed (left out of the payments in force): P1 is broken.
    CHECK(evaluate(twoPromises(), {}, d(3, 20))[1].status == PromiseStatus::Broken);
}

TEST_CASE("invalid promise terms are refused", "[promises]")
{
    std::vector<PromiseTerms> bad{{Id::generate(9), yuan(0), d(3, 1), d(3, 10), 0}};
    CHECK_FALSE(evaluatePromises(bad, {}, d(3, 1)).ok());
    std::vector<PromiseTerms> backwards{{Id::generate(9), yuan(5), d(3, 10), d(3, 1), 0}};
    CHECK_FALSE(evaluatePromises(backwards, {}, d(3, 1)).ok());
}

TEST_CASE("days past due count from the oldest due amount not covered", "[dpd]")
{
    const std::vector<DueAmount> dues{{d(1, 15), 100'000}, {d(2, 15), 100'000}};
    CHECK(daysPastDue(dues, 0, d(3, 1)) == 45);       // 15 Jan -> 1 Mar
    CHECK(daysPastDue(dues, 150'000, d(3, 1)) == 14); // 15 Feb -> 1 Mar
    CHECK(daysPastDue(dues, 200'000, d(3, 1)) == 0);
    CHECK(daysPastDue(dues, 0, d(1, 15)) == 0);             // due today is not yet past due
    CHECK(daysPastDue(dues, 0, QDate(2028, 3, 15)) == 790); // 730 to 15 Jan 2028, + 31 + 29 (leap February)
}
