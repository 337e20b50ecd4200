// The queue's snapshot (store migration 14): a row per active, assigned account holding what its place in the
// queue is computed from, so a queue of 100,000 accounts is one range read instead of a dozen joins over the
// ledger, the attempts and the promises. Triggers mark an account in queue_dirty in the same transaction as
// any write that concerns it; refreshing recomputes exactly the marked rows from the records.
#pragma once

#include "common/result.h"

class QDate;

namespace collector {

class Database;

// Recomputes the marked accounts' rows (dropping accounts no longer active or assigned) and clears the marks;
// the rows keep the debtor's calls since `callsSinceMs` and the promises due since `promisesSince` (what the
// queue reads for queues from then on). Joins the caller's transaction when there is one; otherwise runs in
// its own.
Status refreshQueueSnapshot(Database& db, qint64 callsSinceMs, const QDate& promisesSince);

// Marks every account and refreshes: the snapshot rebuilt from the records alone (tests compare the two).
Status rebuildQueueSnapshot(Database& db, qint64 callsSinceMs, const QDate& promisesSince);

// How many accounts are marked and not yet refreshed.
Result<qint64> queueSnapshotBacklog(Database& db);

} // namespace collector
