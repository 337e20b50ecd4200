// The queue's snapshot (store migration 14): a row per active, assigned account holding what its place in the
// queue is computed from, so a queue of 100,000 accounts is one range read instead of a dozen joins over the
// ledger, the attempts and the promises. Triggers mark an account in queue_dirty in the same transaction as
// any write that concerns it; refreshing recomputes exactly the marked rows from the records.
#pragma once

#include "common/result.h"
#include "queue/queuewrite.h"

#include <QDate>
#include <limits>

namespace collector {

class Database;

// Recomputes the marked accounts' rows (dropping accounts no longer active or assigned) and clears the marks;
// the rows keep the debtor's calls since `callsSinceMs` and the promises due since `promisesSince` (what the
// queue reads for queues from then on). Joins the caller's transaction when there is one; otherwise runs in
// its own, around the snapshot's indexes built again when many accounts are marked (`tuning`'s rule).
Status refreshQueueSnapshot(Database& db, qint64 callsSinceMs, const QDate& promisesSince,
                            const QueueWriteTuning& tuning = {});

// Marks every account and refreshes: the snapshot rebuilt from the records alone (tests compare the two).
Status rebuildQueueSnapshot(Database& db, qint64 callsSinceMs, const QDate& promisesSince);

// How many accounts are marked and not yet refreshed.
Result<qint64> queueSnapshotBacklog(Database& db);

// A row's dpd_order (store migration 15): the day its days past due count from, negated, so it holds from one
// day to the next; this value when the account owes nothing past due, below every day's negation.
constexpr qint64 kOwesNothingPastDue = std::numeric_limits<qint32>::min();
qint64 dpdOrderOf(const QDate& countsFrom);
// The days past due on `today` of a row with that dpd_order (daysPastDue's rule: none on the day itself).
int daysPastDueOn(qint64 dpdOrder, const QDate& today);

} // namespace collector
