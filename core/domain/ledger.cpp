#include "domain/ledger.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(Component, {E::Fees, "fees"}, {E::Interest, "interest"},
                            {E::Principal, "principal"})
COLLECTOR_DEFINE_CODE_TABLE(LedgerKind, {E::Placement, "placement"}, {E::Interest, "interest"},
                            {E::Fee, "fee"}, {E::Payment, "payment"}, {E::Adjustment, "adjustment"},
                            {E::WriteOff, "write_off"}, {E::Reversal, "reversal"})

Result<AllocationOrder> AllocationOrder::parse(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    AllocationOrder result;
    QSet<int> seen;
    if (parts.size() != 3)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("allocation order needs fees, interest, principal"));
    for (int i = 0; i < 3; ++i) {
        auto component = parseCode<Component>(parts[i].trimmed());
        if (!component || seen.contains(static_cast<int>(*component)))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("allocation order needs each of fees, interest, principal once"));
        seen.insert(static_cast<int>(*component));
        result.order[static_cast<std::size_t>(i)] = *component;
    }
    return result;
}

QString AllocationOrder::toString() const
{
    return codeOf(order[0]) + QLatin1Char(',') + codeOf(order[1]) + QLatin1Char(',') + codeOf(order[2]);
}

std::vector<Id> cancelledEntries(std::span<const LedgerEntry> entries)
{
    // A reversal is in force unless it is itself reversed; chains resolve from the target upwards.
    std::map<Id, const LedgerEntry*> reversalOf; // target id -> the reversal pointing at it
    for (const LedgerEntry& e : entries)
        if (e.kind == LedgerKind::Reversal)
            reversalOf[e.reverses] = &e;
    std::map<Id, bool> memo;
    auto cancelled = [&](const Id& id, auto&& self) -> bool {
        if (auto hit = memo.find(id); hit != memo.end())
            return hit->second;
        memo[id] = false; // guards against a (malformed) cycle
        const auto it = reversalOf.find(id);
        const bool result = it != reversalOf.end() && !self(it->second->id, self);
        memo[id] = result;
        return result;
    };
    std::vector<Id> out;
    for (const LedgerEntry& e : entries)
        if (cancelled(e.id, cancelled))
            out.push_back(e.id);
    return out;
}

namespace {

// On one day, charges come before payments: a payment made on the day interest is booked pays it.
int sameDayRank(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Placement:
        return 0;
    case LedgerKind::Interest:
    case LedgerKind::Fee:
    case LedgerKind::Adjustment:
        return 1;
    case LedgerKind::WriteOff:
        return 2;
    case LedgerKind::Payment:
        return 3;
    case LedgerKind::Reversal:
        return 4;
    }
    return 5;
}

struct Allocator
{
    const AllocationOrder& order;
    LedgerPosition& pos;

    // Pays `amount` into the owed components in order; returns what was left over.
    qint64 pay(qint64 amount, std::array<qint64, 3>& applied)
    {
        for (Component c : order.order) {
            qint64& owed = pos.owedMinor[static_cast<std::size_t>(c)];
            const qint64 part = std::min(amount, owed);
            owed -= part;
            applied[static_cast<std::size_t>(c)] += part;
            amount -= part;
        }
        return amount;
    }
    void absorbCredit()
    {
        if (pos.creditMinor <= 0)
            return;
        std::array<qint64, 3> applied{};
        pos.creditMinor = pay(pos.creditMinor, applied);
    }
};

Error overflow()
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("ledger amounts overflow"));
}

} // namespace

Result<LedgerPosition> computePosition(std::span<const LedgerEntry> entries, const Currency& currency,
                                       const AllocationOrder& order, QDate asOf)
{
    QSet<QByteArray> known;
    for (const LedgerEntry& e : entries) {
        if (!(e.amount.currency() == currency))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("ledger entry in %1 on a %2 account")
                                                             .arg(e.amount.currency().code, currency.code));
        if (e.kind != LedgerKind::Adjustment && e.kind != LedgerKind::Reversal && e.amount.minor() < 0)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("negative %1 entry").arg(codeOf(e.kind)));
        known.insert(e.id.toBytes());
    }
    for (const LedgerEntry& e : entries)
        if (e.kind == LedgerKind::Reversal && !known.contains(e.reverses.toBytes()))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("reversal of an entry not on this account"));

    const std::vector<Id> cancelledIds = cancelledEntries(entries);
    std::vector<const LedgerEntry*> active;
    for (const LedgerEntry& e : entries) {
        if (e.kind == LedgerKind::Reversal ||
            std::find(cancelledIds.begin(), cancelledIds.end(), e.id) != cancelledIds.end())
            continue;
        if (asOf.isValid() && e.effectiveOn > asOf)
            continue;
        active.push_back(&e);
    }
    std::stable_sort(active.begin(), active.end(), [](const LedgerEntry* a, const LedgerEntry* b) {
        if (a->effectiveOn != b->effectiveOn)
            return a->effectiveOn < b->effectiveOn;
        if (sameDayRank(a->kind) != sameDayRank(b->kind))
            return sameDayRank(a->kind) < sameDayRank(b->kind);
        return a->recordedAtMs < b->recordedAtMs;
    });

    LedgerPosition pos;
    Allocator allocator{order, pos};
    for (const LedgerEntry* e : active) {
        const qint64 amount = e->amount.minor();
        qint64& owed = pos.owedMinor[static_cast<std::size_t>(e->component)];
        switch (e->kind) {
        case LedgerKind::Placement:
        case LedgerKind::Interest:
        case LedgerKind::Fee:
        case LedgerKind::Adjustment:
            if (!addMinor(owed, amount, owed))
                return overflow();
            if (owed < 0) { // a reduction beyond what is owed becomes a credit
                pos.creditMinor += -owed;
                owed = 0;
            }
            allocator.absorbCredit();
            break;
        case LedgerKind::WriteOff: {
            const qint64 part = std::min(amount, owed);
            owed -= part;
            pos.writtenOffMinor += part;
            break;
        }
        case LedgerKind::Payment: {
            PaymentApplication application{e->id, e->effectiveOn, amount, {}, 0};
            application.toCredit = allocator.pay(amount, application.toComponent);
            if (!addMinor(pos.creditMinor, application.toCredit, pos.creditMinor) ||
                !addMinor(pos.paidMinor, amount, pos.paidMinor))
                return overflow();
            pos.payments.push_back(application);
            break;
        }
        case LedgerKind::Reversal:
            break;
        }
    }
    return pos;
}

} // namespace collector
