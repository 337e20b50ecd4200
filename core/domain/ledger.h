// The financial history of an account and what it adds up to. The balance is never stored: it is derived
// from the entries, with payments allocated across fees, interest and principal in the creditor's order.
// A reversal cancels an entry as if it had never been made, so everything after it is allocated again.
#pragma once

#include "common/result.h"
#include "domain/codes.h"
#include "domain/id.h"
#include "domain/money.h"

#include <QDate>
#include <array>
#include <span>
#include <vector>

namespace collector {

enum class Component
{
    Fees = 0,
    Interest = 1,
    Principal = 2
};
enum class LedgerKind
{
    Placement,
    Interest,
    Fee,
    Payment,
    Adjustment,
    WriteOff,
    Reversal
};

template <> std::span<const CodeEntry<Component>> codeTable<Component>();
template <> std::span<const CodeEntry<LedgerKind>> codeTable<LedgerKind>();

struct LedgerEntry
{
    Id id;
    LedgerKind kind = LedgerKind::Placement;
    Component component = Component::Principal; // what a charge, adjustment or write-off touches
    Money amount;                               // positive; an adjustment may be negative (a reduction)
    QDate effectiveOn;
    qint64 recordedAtMs = 0;
    Id reverses; // for a reversal: the entry it cancels
};

// The order in which a payment pays off components. Default: fees, then interest, then principal.
struct AllocationOrder
{
    std::array<Component, 3> order{Component::Fees, Component::Interest, Component::Principal};

    // "fees,interest,principal" (any permutation of the three).
    static Result<AllocationOrder> parse(const QString& text);
    QString toString() const;
};

struct PaymentApplication
{
    Id payment;
    QDate paidOn;
    qint64 amountMinor = 0;
    std::array<qint64, 3> toComponent{}; // indexed by Component
    qint64 toCredit = 0;                 // over-payment kept as a credit
};

struct LedgerPosition
{
    std::array<qint64, 3> owedMinor{}; // indexed by Component
    qint64 creditMinor = 0;            // paid beyond what was owed; absorbed by later charges
    qint64 paidMinor = 0;
    qint64 writtenOffMinor = 0;
    std::vector<PaymentApplication> payments; // in allocation order, reversed payments left out

    qint64 owed(Component c) const { return owedMinor[static_cast<std::size_t>(c)]; }
    qint64 totalOwedMinor() const { return owedMinor[0] + owedMinor[1] + owedMinor[2]; }
    // What the debtor still has to pay (negative when there is a credit).
    qint64 balanceMinor() const { return totalOwedMinor() - creditMinor; }
};

// Entries effective after `asOf` are left out (for a position on a past date). Every amount must be in
// `currency`; a reversal must point at an entry of the account.
Result<LedgerPosition> computePosition(std::span<const LedgerEntry> entries, const Currency& currency,
                                       const AllocationOrder& order, QDate asOf = QDate());

// The ids of entries that are cancelled by a reversal that is itself in force.
std::vector<Id> cancelledEntries(std::span<const LedgerEntry> entries);

} // namespace collector
