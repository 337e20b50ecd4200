// The SQL functions the sync triggers call, per connection: collector_sync_capturing() (0 while pulled
// changes are applied, so they do not go back out) and collector_sync_hlc() (the next hybrid-logical-clock
// stamp). A stamp is "MMMMMMMMMMMMM.CCCCC": 13 digits of Unix milliseconds and a 5-digit counter, so text
// order is time order. The clock never goes backwards: it starts from the highest stamp the store has seen
// (sync_state.hlc and the outbox), follows stamps pulled from the hub, and counts up while the wall clock
// stands still or falls.
#pragma once

#include "common/result.h"

#include <QString>
#include <functional>

struct sqlite3;

namespace collector {

struct SyncClock
{
    bool capturing = true;
    bool loaded = false;
    qint64 lastMs = 0;
    int counter = 0;
    std::function<qint64()> wallMs; // empty: the system clock (tests put a skewed clock here)
};

Status installSyncCapture(sqlite3* db, SyncClock* clock);
QString nextHlc(SyncClock& clock);
// Moves the clock up to a stamp seen elsewhere (never down).
void observeHlc(SyncClock& clock, const QString& stamp);
QString formatHlc(qint64 ms, int counter);
bool parseHlc(const QString& stamp, qint64* ms, int* counter);

} // namespace collector
