// "Prepare for field day": before the network goes, sync, lease contact budgets for the day's accounts (so
// the gate can still count calls offline), and check that everything the visits need is in this store — the
// account and its debtor, the address, the ledger, the script for its stage and language, the creditor's pack
// — and that receipts can be numbered offline. What is missing is said per account; nothing is half-prepared.
#pragma once

#include "common/result.h"
#include "field/dayplan.h"
#include "sync/contactbudget.h"

#include <QStringList>

namespace collector {

struct FieldGap
{
    Id accountId;        // nil: the workstation as a whole (receipts)
    QString reference;   // the creditor's reference
    QStringList missing; // translated, each a short phrase
};

// What the day's visits would miss offline (empty: nothing).
Result<std::vector<FieldGap>> fieldDayGaps(Database& db, const FieldDayPlan& plan);

struct PreparedFieldDay
{
    LeaseReport leases; // the sync and the budgets (leases.sync says whether the hub was reached)
    std::vector<FieldGap> gaps;
    bool ready() const { return leases.sync.ok() && gaps.empty(); }
};

// Syncs and leases for `days` days from `now` (through takeLeases), keeps the plan for the days offline, then
// checks the store. A workstation never enrolled with a hub skips the sync and leases and is checked alone.
PreparedFieldDay prepareFieldDay(Database& db, const FieldDayPlan& plan, int days,
                                 const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace collector
