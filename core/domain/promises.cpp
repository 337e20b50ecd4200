#include "domain/promises.h"

#include <algorithm>
#include <numeric>

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(PromiseStatus, {E::Pending, "pending"}, {E::Kept, "kept"},
                            {E::PartiallyKept, "partially_kept"}, {E::Broken, "broken"})

Result<std::vector<PromiseOutcome>> evaluatePromises(std::span<const PromiseTerms> promises,
                                                     std::span<const DatedPayment> payments, QDate today)
{
    if (promises.empty())
        return std::vector<PromiseOutcome>{};
    const Currency& currency = promises.front().amount.currency();
    for (const PromiseTerms& p : promises)
        if (!(p.amount.currency() == currency) || p.amount.minor() <= 0 || p.graceDays < 0 ||
            p.dueOn < p.madeOn)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("promise with invalid terms"));
    for (const DatedPayment& pay : payments)
        if (!(pay.amount.currency() == currency))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("payment in another currency"));

    std::vector<std::size_t> order(promises.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (promises[a].dueOn != promises[b].dueOn)
            return promises[a].dueOn < promises[b].dueOn;
        return promises[a].madeOn < promises[b].madeOn;
    });
    std::vector<const DatedPayment*> byDate;
    for (const DatedPayment& pay : payments)
        byDate.push_back(&pay);
    std::stable_sort(byDate.begin(), byDate.end(),
                     [](const DatedPayment* a, const DatedPayment* b) { return a->paidOn < b->paidOn; });
    std::vector<qint64> unclaimed;
    for (const DatedPayment* pay : byDate)
        unclaimed.push_back(std::max<qint64>(0, pay->amount.minor()));

    std::vector<PromiseOutcome> outcomes(promises.size());
    for (std::size_t index : order) {
        const PromiseTerms& p = promises[index];
        PromiseOutcome& out = outcomes[index];
        out.id = p.id;
        for (std::size_t i = 0; i < byDate.size() && out.paidMinor < p.amount.minor(); ++i) {
            if (byDate[i]->paidOn < p.madeOn || byDate[i]->paidOn > p.windowEnd() || unclaimed[i] == 0)
                continue;
            const qint64 take = std::min(unclaimed[i], p.amount.minor() - out.paidMinor);
            unclaimed[i] -= take;
            out.paidMinor += take;
            if (out.paidMinor == p.amount.minor())
                out.coveredOn = byDate[i]->paidOn;
        }
        if (out.paidMinor == p.amount.minor())
            out.status = PromiseStatus::Kept;
        else if (today <= p.windowEnd())
            out.status = PromiseStatus::Pending;
        else
            out.status = out.paidMinor > 0 ? PromiseStatus::PartiallyKept : PromiseStatus::Broken;
    }
    return outcomes;
}

int daysPastDue(std::span<const DueAmount> dues, qint64 paidTowardsDuesMinor, QDate today)
{
    std::vector<DueAmount> sorted(dues.begin(), dues.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DueAmount& a, const DueAmount& b) { return a.dueOn < b.dueOn; });
    qint64 covered = paidTowardsDuesMinor;
    for (const DueAmount& due : sorted) {
        if (covered >= due.amountMinor) {
            covered -= due.amountMinor;
            continue;
        }
        // The oldest due amount not fully covered.
        return due.dueOn < today ? static_cast<int>(due.dueOn.daysTo(today)) : 0;
    }
    return 0;
}

} // namespace collector
