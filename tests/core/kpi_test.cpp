// The team lead's measures on portfolios built by hand, every expected number worked out below from the
// definitions in core/kpi/measures.h (and the README). Period: March 2026; "start" is 28 February.
#include "kpi/measures.h"

#include <QTimeZone>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

const Id kAmy = Id::fromParts(1, 1, 1);
const Id kBob = Id::fromParts(1, 1, 2);
const Id kTeam = Id::fromParts(2, 2, 2);

QDate d(int month, int day, int year = 2026)
{
    return {year, month, day};
}

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return {d(month, day), QTime(hour, minute), QTimeZone::utc()};
}

Id accountId(int n)
{
    return Id::fromParts(3, 3, static_cast<quint64>(n));
}

KpiAccount account(int n, const Id& collector, const char* stage, const QDate& placedOn, qint64 placedMinor,
                   const QDate& firstDue)
{
    KpiAccount a;
    a.id = accountId(n);
    a.collectorId = collector;
    a.teamId = kTeam;
    a.stage = QString::fromLatin1(stage);
    a.currency = QStringLiteral("CNY");
    a.placedOn = placedOn;
    a.placedMinor = placedMinor;
    a.firstDue = firstDue;
    a.ledger.push_back({placedOn, placedMinor, 0});
    return a;
}

void pay(KpiAccount& a, const QDate& on, qint64 minor)
{
    a.ledger.push_back({on, -minor, minor});
}

KpiAttempt call(int account, const Id& collector, const QDateTime& when, Outcome outcome, int seconds,
                Direction direction = Direction::Outbound)
{
    KpiAttempt t;
    t.accountId = accountId(account);
    t.collectorId = collector;
    t.at = when;
    t.outcome = outcome;
    t.direction = direction;
    t.rightParty = isRightPartyOutcome(outcome);
    t.durationSeconds = seconds;
    return t;
}

KpiPromise promise(int n, int account, const Id& collector, const QDate& made, const QDate& due, int grace,
                   qint64 minor, const Id& plan = {})
{
    KpiPromise p;
    p.accountId = accountId(account);
    p.collectorId = collector;
    p.terms.id = Id::fromParts(4, 4, static_cast<quint64>(n));
    p.terms.amount = Money(minor, Currency::fromCode(QStringLiteral("CNY")).value());
    p.terms.madeOn = made;
    p.terms.dueOn = due;
    p.terms.graceDays = grace;
    p.planId = plan;
    return p;
}

// Four accounts, amy holding 1 and 2, bob 3 and 4.
//   1 early,  placed 2026-01-10 10,000.00, first due 02-01, paid in full 03-05: 27 DPD at start -> cured.
//   2 middle, placed 2026-01-15  5,000.00, first due 01-20, 1,000.00 paid 03-10: 39 DPD -> 70 DPD.
//   3 early,  placed 2026-02-01  3,000.00, first due 03-15, nothing paid: current -> 16 DPD.
//   4 late,   placed 2025-06-01  8,000.00, first due 2025-07-01, paid in full 03-20: 242 DPD -> cured.
KpiFacts portfolio()
{
    KpiFacts f;
    f.accounts.push_back(account(1, kAmy, "early", d(1, 10), 1000000, d(2, 1)));
    pay(f.accounts.back(), d(3, 5), 1000000);
    f.accounts.push_back(account(2, kAmy, "middle", d(1, 15), 500000, d(1, 20)));
    pay(f.accounts.back(), d(3, 10), 100000);
    f.accounts.push_back(account(3, kBob, "early", d(2, 1), 300000, d(3, 15)));
    f.accounts.push_back(account(4, kBob, "late", d(6, 1, 2025), 800000, d(7, 1, 2025)));
    pay(f.accounts.back(), d(3, 20), 800000);
    f.attempts = {
        call(2, kAmy, at(2, 25, 9), Outcome::NoAnswer, 0), // before the period: counts for nothing
        call(1, kAmy, at(3, 2, 9), Outcome::NoAnswer, 30),
        call(1, kAmy, at(3, 2, 9, 30), Outcome::WrongNumber, 60),
        call(2, kAmy, at(3, 2, 10), Outcome::PromiseToPay, 300),
        call(2, kAmy, at(3, 2, 11), Outcome::RightParty, 120, Direction::Inbound),
        call(2, kAmy, at(3, 3, 14), Outcome::NoAnswer, 0),
        call(3, kBob, at(3, 2, 9), Outcome::Busy, 10),
        call(4, kBob, at(3, 2, 9, 10), Outcome::RightParty, 200),
        call(4, kBob, at(3, 2, 9, 20), Outcome::Voicemail, 40),
        call(4, kBob, at(3, 6, 10), Outcome::NoAnswer, 0),
    };
    const Id plan = Id::fromParts(5, 5, 5);
    f.promises = {
        promise(1, 2, kAmy, d(3, 2), d(3, 9), 2, 100000), // window to 03-11; the 03-10 payment keeps it
        promise(2, 4, kBob, d(3, 2), d(3, 5), 0, 50000),  // broken on 03-05, called again 03-06
        promise(3, 2, kAmy, d(3, 2), d(3, 25), 0, 200000, plan), // plan instalment, nothing left to claim
        promise(4, 1, kAmy, d(2, 20), d(2, 27), 3, 100000),      // window to 03-02, paid only 03-05
    };
    f.plans = {{accountId(2), kAmy, d(3, 2)}};
    f.visits = {{accountId(4), kBob, d(3, 15)}, {accountId(4), kBob, d(3, 18)}};
    f.compliance = {{KpiComplianceKind::Override, accountId(1), d(3, 4)},
                    {KpiComplianceKind::Complaint, accountId(3), d(3, 12)},
                    {KpiComplianceKind::StopEvent, Id(), d(3, 13)},
                    {KpiComplianceKind::Block, accountId(2), d(3, 3)},
                    {KpiComplianceKind::Block, accountId(2), d(4, 3)}}; // after the period
    f.collectors = {{kAmy, QStringLiteral("amy")}, {kBob, QStringLiteral("bob")}};
    return f;
}

KpiQuery march()
{
    KpiQuery q;
    q.from = d(3, 1);
    q.to = d(3, 31);
    return q;
}

const KpiCollectorRow& row(const KpiReport& r, const char* login)
{
    for (const KpiCollectorRow& c : r.collectors)
        if (c.login == QLatin1String(login))
            return c;
    FAIL("no row for " << login);
    return r.collectors.front();
}

void checkRate(const KpiRate& rate, qint64 numerator, qint64 denominator)
{
    CHECK(rate.numerator == numerator);
    CHECK(rate.denominator == denominator);
}

} // namespace

TEST_CASE("KPI: days past due on a date follow the queue's rule", "[kpi]")
{
    const KpiFacts f = portfolio();
    CHECK(kpiDaysPastDue(f.accounts[0], d(2, 28)) == 27);
    CHECK(kpiDaysPastDue(f.accounts[0], d(3, 31)) == 0);
    CHECK(kpiDaysPastDue(f.accounts[1], d(2, 28)) == 39);
    CHECK(kpiDaysPastDue(f.accounts[1], d(3, 31)) == 70);
    CHECK(kpiDaysPastDue(f.accounts[2], d(2, 28)) == 0);
    CHECK(kpiDaysPastDue(f.accounts[2], d(3, 31)) == 16);
    CHECK(kpiDaysPastDue(f.accounts[3], d(2, 28)) == 242);
}

TEST_CASE("KPI: collected, contact rates, handling and active hours", "[kpi]")
{
    const KpiReport r = computeKpis(portfolio(), march());
    CHECK(r.total.collectedMinor.at(QStringLiteral("CNY")) == 1900000);
    CHECK(r.total.collectedByDay.at(QStringLiteral("CNY")).at(d(3, 20)) == 800000);
    const KpiCollectorRow& amy = row(r, "amy");
    const KpiCollectorRow& bob = row(r, "bob");
    CHECK(amy.measures.collectedMinor.at(QStringLiteral("CNY")) == 1100000);
    CHECK(bob.measures.collectedMinor.at(QStringLiteral("CNY")) == 800000);

    // amy: 4 outbound calls (no answer, wrong number, promise, no answer), 2 connected, 1 right party.
    checkRate(amy.measures.rpcPerAttempt, 1, 4);
    checkRate(amy.measures.rpcPerConnect, 1, 2);
    // bob: busy, right party, voicemail, no answer.
    checkRate(bob.measures.rpcPerAttempt, 1, 4);
    checkRate(bob.measures.rpcPerConnect, 1, 1);
    checkRate(r.total.rpcPerAttempt, 2, 8);
    checkRate(r.total.rpcPerConnect, 2, 3);

    // Active time: amy 09:00-10:00 on 03-02 (+5) and one call on 03-03 (5) = 70 min; bob 09:00-09:20 (+5)
    // and one call on 03-06 (5) = 30 min.
    CHECK(amy.measures.activeMinutes == 70);
    CHECK(*amy.measures.contactsPerHour() == Catch::Approx(4.0 * 60 / 70));
    CHECK(bob.measures.activeMinutes == 30);
    CHECK(*bob.measures.contactsPerHour() == Catch::Approx(8.0));
    CHECK(r.total.activeMinutes == 100);

    // Handling by outcome: the two no-answers of amy (30 s and 0 s) and bob's (0 s); the inbound right-party
    // call counts here though not as an attempt.
    CHECK(r.total.handling.at(Outcome::NoAnswer).count == 3);
    CHECK(r.total.handling.at(Outcome::NoAnswer).totalSeconds == 30);
    CHECK(r.total.handling.at(Outcome::RightParty).count == 2);
    CHECK(r.total.handling.at(Outcome::RightParty).totalSeconds == 320);
    CHECK(r.total.handling.at(Outcome::PromiseToPay).totalSeconds == 300);
}

TEST_CASE("KPI: promises taken, kept and followed up", "[kpi]")
{
    const KpiReport r = computeKpis(portfolio(), march());
    const KpiCollectorRow& amy = row(r, "amy");
    const KpiCollectorRow& bob = row(r, "bob");
    // Taken: amy's call promise and her plan (the instalment is not a second promise) over her two
    // right-party calls; bob's promise over his one.
    checkRate(amy.measures.promiseRate, 2, 2);
    checkRate(bob.measures.promiseRate, 1, 1);
    checkRate(r.total.promiseRate, 3, 3);
    // Windows closing in March: amy's 1 (kept), 3 (broken) and 4 (closed 03-02, paid only 03-05); bob's 2.
    checkRate(amy.measures.promiseKept, 1, 3);
    checkRate(bob.measures.promiseKept, 0, 1);
    checkRate(r.total.promiseKept, 1, 4);
    // Followed up within two days: bob called account 4 on 03-06, the day after its promise broke; amy called
    // neither account 1 on 03-03/04 nor account 2 on 03-26/27.
    checkRate(amy.measures.brokenFollowedUp, 0, 2);
    checkRate(bob.measures.brokenFollowedUp, 1, 1);
    // With three more days of grace promise 4 closes on 03-05, the day account 1 paid in full.
    KpiQuery graceful = march();
    graceful.graceDays = 3;
    checkRate(row(computeKpis(portfolio(), graceful), "amy").measures.promiseKept, 2, 3);
}

TEST_CASE("KPI: cure, roll matrix, liquidation by vintage", "[kpi]")
{
    const KpiReport r = computeKpis(portfolio(), march());
    // Past due on 02-28: accounts 1, 2 and 4; current on 03-31: 1 and 4.
    checkRate(r.total.cure, 2, 3);
    checkRate(row(r, "amy").measures.cure, 1, 2);
    checkRate(row(r, "bob").measures.cure, 1, 1);
    // Buckets 0 current, 1 1-30, 2 31-60, 3 61-90, 4 91-180, 5 181-360, 6 360+.
    CHECK(r.total.roll[1][0] == 1); // account 1
    CHECK(r.total.roll[2][3] == 1); // account 2
    CHECK(r.total.roll[0][1] == 1); // account 3
    CHECK(r.total.roll[5][0] == 1); // account 4
    // Each row sums to the accounts that were in its bucket at the start.
    const std::array<qint64, kKpiBuckets> atStart{1, 1, 1, 0, 0, 1, 0};
    qint64 all = 0;
    for (int from = 0; from < kKpiBuckets; ++from) {
        qint64 sum = 0;
        for (int to = 0; to < kKpiBuckets; ++to)
            sum += r.total.roll[from][to];
        CHECK(sum == atStart[from]);
        all += sum;
    }
    CHECK(all == 4);

    REQUIRE(r.vintages.size() == 3);
    CHECK(r.vintages[0].month == QLatin1String("2025-06"));
    checkRate(r.vintages[0].rate(), 800000, 800000);
    CHECK(r.vintages[1].month == QLatin1String("2026-01"));
    CHECK(r.vintages[1].accounts == 2);
    checkRate(r.vintages[1].rate(), 1100000, 1500000);
    CHECK(r.vintages[2].month == QLatin1String("2026-02"));
    checkRate(r.vintages[2].rate(), 0, 300000);
}

TEST_CASE("KPI: visits and their yield, compliance exceptions", "[kpi]")
{
    const KpiReport r = computeKpis(portfolio(), march());
    const KpiCollectorRow& bob = row(r, "bob");
    // Two visits to account 4 (03-15, 03-18); its 03-20 payment is within seven days of both, counted once.
    CHECK(bob.measures.visits == 2);
    CHECK(bob.measures.visitYieldMinor.at(QStringLiteral("CNY")) == 800000);
    CHECK(r.total.visitYieldMinor.at(QStringLiteral("CNY")) == 800000);
    KpiQuery shortYield = march();
    shortYield.visitYieldDays = 1;
    CHECK(computeKpis(portfolio(), shortYield).total.visitYieldMinor.empty());

    CHECK(r.total.blocks == 1); // the April block is outside the period
    CHECK(r.total.overrides == 1);
    CHECK(r.total.complaints == 1);
    CHECK(r.total.stopEvents == 2); // the complaint and the debtor's own stop
    CHECK(row(r, "amy").measures.blocks == 1);
    CHECK(row(r, "amy").measures.overrides == 1);
    CHECK(bob.measures.complaints == 1);
    CHECK(bob.measures.stopEvents == 1);
}

TEST_CASE("KPI: a slice by collector, stage or creditor", "[kpi]")
{
    KpiQuery onlyBob = march();
    onlyBob.collectorId = kBob;
    const KpiReport r = computeKpis(portfolio(), onlyBob);
    REQUIRE(r.collectors.size() == 1);
    CHECK(r.collectors[0].login == QLatin1String("bob"));
    CHECK(r.total.collectedMinor.at(QStringLiteral("CNY")) == 800000);
    checkRate(r.total.rpcPerAttempt, 1, 4);
    CHECK(r.total.stopEvents == 1); // the debtor-level stop is the team's, not bob's

    KpiQuery early = march();
    early.stage = QStringLiteral("early");
    const KpiReport e = computeKpis(portfolio(), early);
    CHECK(e.total.collectedMinor.at(QStringLiteral("CNY")) == 1000000); // account 1 only (3 paid nothing)
    checkRate(e.total.rpcPerAttempt, 0, 3);                             // amy's two on 1, bob's busy on 3
}

// Mix adjustment: X works only easy accounts (early, current), Y mostly hard ones (late, 360+ DPD). Raw, X
// leads (6 of 10 calls reach the debtor against Y's 4 of 12); on the team's mix Y leads: weights 12/22 easy
// and 10/22 hard; X = 0.6 x 12/22 + 0.2 (the team's hard rate, X had none) x 10/22 = 9.2/22; Y = 1.0 x 12/22
// + 0.2 x 10/22 = 14/22.
TEST_CASE("KPI: mix-adjusted rates rank the collector with the hardest accounts fairly", "[kpi]")
{
    const Id x = Id::fromParts(6, 6, 1);
    const Id y = Id::fromParts(6, 6, 2);
    KpiFacts f;
    f.accounts.push_back(account(1, x, "early", d(1, 1), 100000, d(4, 1))); // not yet due: current
    f.accounts.push_back(account(2, y, "early", d(1, 1), 100000, d(4, 1)));
    f.accounts.push_back(account(3, y, "late", d(1, 1, 2024), 100000, d(2, 1, 2024))); // 758 DPD
    f.collectors = {{x, QStringLiteral("x")}, {y, QStringLiteral("y")}};
    for (int i = 0; i < 10; ++i)
        f.attempts.push_back(call(1, x, at(3, 2, 9, i), i < 6 ? Outcome::RightParty : Outcome::NoAnswer, 60));
    for (int i = 0; i < 2; ++i)
        f.attempts.push_back(call(2, y, at(3, 2, 10, i), Outcome::RightParty, 60));
    for (int i = 0; i < 10; ++i)
        f.attempts.push_back(
            call(3, y, at(3, 2, 11, i), i < 2 ? Outcome::RightParty : Outcome::NoAnswer, 60));

    const KpiReport r = computeKpis(f, march());
    const KpiCollectorRow& rx = row(r, "x");
    const KpiCollectorRow& ry = row(r, "y");
    CHECK(*rx.measures.rpcPerAttempt.value() == Catch::Approx(0.6));
    CHECK(*ry.measures.rpcPerAttempt.value() == Catch::Approx(4.0 / 12));
    CHECK(*rx.adjusted.rpcPerAttempt == Catch::Approx(9.2 / 22));
    CHECK(*ry.adjusted.rpcPerAttempt == Catch::Approx(14.0 / 22));
    CHECK(*rx.measures.rpcPerAttempt.value() > *ry.measures.rpcPerAttempt.value());
    CHECK(*ry.adjusted.rpcPerAttempt > *rx.adjusted.rpcPerAttempt);
    // No promises and no one past due at the start among X's accounts: nothing to adjust, not zero.
    CHECK_FALSE(rx.adjusted.promiseKept.has_value());
    CHECK_FALSE(rx.adjusted.cure.has_value());
}

namespace {

std::vector<Id> drill(const KpiFacts& facts, KpiDrillMeasure measure, bool numerator = false,
                      const Id& collector = {}, int rollFrom = -1, int rollTo = -1)
{
    KpiQuery q = march();
    q.drill = KpiDrill{measure, numerator, collector, rollFrom, rollTo};
    return computeKpis(facts, q).drilledAccounts;
}

std::vector<Id> accounts(std::initializer_list<int> numbers)
{
    std::vector<Id> out;
    for (int n : numbers)
        out.push_back(accountId(n));
    return out;
}

} // namespace

TEST_CASE("KPI: a drill-down lists exactly the accounts behind a number", "[kpi]")
{
    const KpiFacts f = portfolio();
    CHECK(drill(f, KpiDrillMeasure::Collected) == accounts({1, 2, 4}));
    CHECK(drill(f, KpiDrillMeasure::Calls, false, kBob) == accounts({3, 4}));
    CHECK(drill(f, KpiDrillMeasure::Calls, true, kBob) == accounts({4})); // the right-party call
    CHECK(drill(f, KpiDrillMeasure::PromisesTaken) == accounts({2, 4}));
    CHECK(drill(f, KpiDrillMeasure::PromisesDue, false, kAmy) == accounts({1, 2}));
    CHECK(drill(f, KpiDrillMeasure::PromisesDue, true, kAmy) == accounts({2}));
    CHECK(drill(f, KpiDrillMeasure::BrokenPromises, true) == accounts({4}));
    CHECK(drill(f, KpiDrillMeasure::PastDueAtStart) == accounts({1, 2, 4}));
    CHECK(drill(f, KpiDrillMeasure::PastDueAtStart, true) == accounts({1, 4}));
    CHECK(drill(f, KpiDrillMeasure::Visits) == accounts({4}));
    CHECK(drill(f, KpiDrillMeasure::Compliance) == accounts({1, 2, 3}));
    // Every cell of the roll matrix drills to as many accounts as it counts.
    const KpiReport r = computeKpis(f, march());
    for (int from = 0; from < kKpiBuckets; ++from)
        for (int to = 0; to < kKpiBuckets; ++to)
            CHECK(static_cast<qint64>(drill(f, KpiDrillMeasure::Roll, false, {}, from, to).size()) ==
                  r.total.roll[from][to]);
    CHECK(drill(f, KpiDrillMeasure::Roll, false, {}, 5, 0) == accounts({4}));
}

// Targets are monthly and prorated by day: 31,000.00 for March is 1,000.00 a day; 28,000.00 for February 2026
// (28 days) likewise.
TEST_CASE("KPI: monthly targets prorated over any period, per collector and summed for the team", "[kpi]")
{
    CHECK(proratedTarget({kAmy, d(3, 1), QStringLiteral("CNY"), 100}, d(3, 1), d(3, 1)) == 3);   // 100 / 31
    CHECK(proratedTarget({kAmy, d(4, 1), QStringLiteral("CNY"), 100}, d(4, 1), d(4, 20)) == 67); // 66.67
    CHECK(proratedTarget({kAmy, d(4, 1), QStringLiteral("CNY"), 100}, d(3, 1), d(3, 31)) == 0);  // not April
    KpiFacts f = portfolio();
    f.targets = {{kAmy, d(3, 1), QStringLiteral("CNY"), 3100000},
                 {kBob, d(2, 1), QStringLiteral("CNY"), 2800000},
                 {kBob, d(3, 1), QStringLiteral("CNY"), 1550000}};
    const KpiReport r = computeKpis(f, march());
    CHECK(row(r, "amy").measures.targetMinor.at(QStringLiteral("CNY")) == 3100000);
    CHECK(row(r, "bob").measures.targetMinor.at(QStringLiteral("CNY")) == 1550000);
    CHECK(r.total.targetMinor.at(QStringLiteral("CNY")) == 4650000);
    // 15 February to 7 March: amy 7/31 of March; bob 14/28 of February and 7/31 of March.
    KpiQuery spanning = march();
    spanning.from = d(2, 15);
    spanning.to = d(3, 7);
    const KpiReport s = computeKpis(f, spanning);
    CHECK(row(s, "amy").measures.targetMinor.at(QStringLiteral("CNY")) == 700000);
    CHECK(row(s, "bob").measures.targetMinor.at(QStringLiteral("CNY")) == 1400000 + 350000);
}
