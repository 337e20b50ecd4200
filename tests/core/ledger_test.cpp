// The ledger against tables computed by hand (amounts in fen: 1 yuan = 100).
#include "domain/ledger.h"

#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

Currency cny()
{
    return Currency::fromCode(QStringLiteral("CNY")).value();
}

struct Book
{
    std::vector<LedgerEntry> entries;
    qint64 clock = 1'000;

    Id add(LedgerKind kind, Component component, qint64 minor, QDate on, Id reverses = {})
    {
        const Id id = Id::generate(clock);
        entries.push_back({id, kind, component, Money(minor, cny()), on, clock++, reverses});
        return id;
    }
    Id charge(LedgerKind kind, Component c, qint64 minor, QDate on) { return add(kind, c, minor, on); }
    Id pay(qint64 minor, QDate on) { return add(LedgerKind::Payment, Component::Principal, minor, on); }
    Id reverse(Id target, QDate on) { return add(LedgerKind::Reversal, Component::Principal, 0, on, target); }

    LedgerPosition position(const AllocationOrder& order = {}, QDate asOf = {}) const
    {
        auto result = computePosition(entries, cny(), order, asOf);
        REQUIRE(result.ok());
        return result.value();
    }
};

const QDate kJan1(2026, 1, 1);
const QDate kFeb1(2026, 2, 1);
const QDate kMar1(2026, 3, 1);

// Placed 1 Jan: principal 10,000.00, interest 500.00, fees 100.00.
Book placedBook()
{
    Book book;
    book.charge(LedgerKind::Placement, Component::Principal, 1'000'000, kJan1);
    book.charge(LedgerKind::Placement, Component::Interest, 50'000, kJan1);
    book.charge(LedgerKind::Placement, Component::Fees, 10'000, kJan1);
    return book;
}

} // namespace

TEST_CASE("payments go to fees, then interest, then principal by default", "[ledger]")
{
    Book book = placedBook();
    const Id first = book.pay(30'000, kFeb1); // 100.00 fees + 200.00 interest
    book.charge(LedgerKind::Interest, Component::Interest, 5'000, kMar1);
    book.pay(40'000, kMar1); // same day: the interest is booked first
    // | date   | entry          | fees   | interest | principal |
    // | 1 Jan  | placed         | 10,000 | 50,000   | 1,000,000 |
    // | 1 Feb  | pay 30,000     | 0      | 30,000   | 1,000,000 |
    // | 1 Mar  | interest 5,000 | 0      | 35,000   | 1,000,000 |
    // | 1 Mar  | pay 40,000     | 0      | 0        |   995,000 |
    const LedgerPosition pos = book.position();
    CHECK(pos.owed(Component::Fees) == 0);
    CHECK(pos.owed(Component::Interest) == 0);
    CHECK(pos.owed(Component::Principal) == 995'000);
    CHECK(pos.balanceMinor() == 995'000);
    CHECK(pos.paidMinor == 70'000);
    REQUIRE(pos.payments.size() == 2);
    CHECK(pos.payments[0].payment == first);
    CHECK(pos.payments[0].toComponent == std::array<qint64, 3>{10'000, 20'000, 0});
    CHECK(pos.payments[1].toComponent == std::array<qint64, 3>{0, 35'000, 5'000});

    // As of 15 Feb only the first payment counts.
    const LedgerPosition earlier = book.position({}, QDate(2026, 2, 15));
    CHECK(earlier.owed(Component::Interest) == 30'000);
    CHECK(earlier.owed(Component::Principal) == 1'000'000);
}

TEST_CASE("a creditor's own allocation order is honoured", "[ledger]")
{
    Book book = placedBook();
    book.pay(30'000, kFeb1);
    const auto order = AllocationOrder::parse(QStringLiteral("principal,interest,fees"));
    REQUIRE(order.ok());
    const LedgerPosition pos = book.position(order.value());
    CHECK(pos.owed(Component::Principal) == 970'000);
    CHECK(pos.owed(Component::Interest) == 50'000);
    CHECK(pos.owed(Component::Fees) == 10'000);
    CHECK(order.value().toString() == QStringLiteral("principal,interest,fees"));
    CHECK_FALSE(AllocationOrder::parse(QStringLiteral("fees,fees,principal")).ok());
    CHECK_FALSE(AllocationOrder::parse(QStringLiteral("fees,interest")).ok());
}

TEST_CASE("a reversed payment is allocated away and the later payment is allocated again", "[ledger]")
{
    Book book = placedBook();
    const Id bounced = book.pay(30'000, kFeb1);
    book.charge(LedgerKind::Interest, Component::Interest, 5'000, kMar1);
    book.pay(40'000, kMar1);
    book.reverse(bounced, QDate(2026, 3, 5));
    // Without the first payment the 1 Mar payment meets fees 10,000 and interest 55,000:
    // fees 0, interest 25,000, principal 1,000,000.
    const LedgerPosition pos = book.position();
    CHECK(pos.owed(Component::Fees) == 0);
    CHECK(pos.owed(Component::Interest) == 25'000);
    CHECK(pos.owed(Component::Principal) == 1'000'000);
    CHECK(pos.paidMinor == 40'000);
    REQUIRE(pos.payments.size() == 1);
    CHECK(pos.payments[0].toComponent == std::array<qint64, 3>{10'000, 30'000, 0});

    // Reversing the reversal puts the payment back.
    Book again = book;
    again.reverse(again.entries.back().id, QDate(2026, 3, 6));
    CHECK(again.position().owed(Component::Principal) == 995'000);
}

TEST_CASE("an over-payment becomes a credit that later charges absorb", "[ledger]")
{
    Book book;
    book.charge(LedgerKind::Placement, Component::Principal, 100'000, kJan1);
    book.pay(120'000, kFeb1);
    LedgerPosition pos = book.position();
    CHECK(pos.totalOwedMinor() == 0);
    CHECK(pos.creditMinor == 20'000);
    CHECK(pos.balanceMinor() == -20'000);
    CHECK(pos.payments[0].toCredit == 20'000);

    book.charge(LedgerKind::Fee, Component::Fees, 5'000, kMar1);
    pos = book.position();
    CHECK(pos.owed(Component::Fees) == 0);
    CHECK(pos.creditMinor == 15'000);
}

TEST_CASE("write-offs and adjustments change one component, never below zero", "[ledger]")
{
    Book book = placedBook();
    book.add(LedgerKind::WriteOff, Component::Interest, 50'000, kFeb1);
    book.add(LedgerKind::Adjustment, Component::Fees, -4'000, kFeb1);
    book.add(LedgerKind::Adjustment, Component::Principal, 2'500, kFeb1);
    const LedgerPosition pos = book.position();
    CHECK(pos.owed(Component::Interest) == 0);
    CHECK(pos.writtenOffMinor == 50'000);
    CHECK(pos.owed(Component::Fees) == 6'000);
    CHECK(pos.owed(Component::Principal) == 1'002'500);
}

TEST_CASE("the ledger refuses other currencies, negative charges and stray reversals", "[ledger]")
{
    Book book = placedBook();
    std::vector<LedgerEntry> mixed = book.entries;
    mixed.push_back({Id::generate(5),
                     LedgerKind::Payment,
                     Component::Principal,
                     Money(100, Currency::fromCode(QStringLiteral("USD")).value()),
                     kFeb1,
                     5,
                     {}});
    CHECK_FALSE(computePosition(mixed, cny(), {}).ok());

    std::vector<LedgerEntry> negative = book.entries;
    negative.push_back(
        {Id::generate(6), LedgerKind::Payment, Component::Principal, Money(-100, cny()), kFeb1, 6, {}});
    CHECK_FALSE(computePosition(negative, cny(), {}).ok());

    std::vector<LedgerEntry> stray = book.entries;
    stray.push_back({Id::generate(7), LedgerKind::Reversal, Component::Principal, Money(0, cny()), kFeb1, 7,
                     Id::generate(1)});
    CHECK_FALSE(computePosition(stray, cny(), {}).ok());
}
