// How the queue snapshot's moved places are written: each row sets only the columns that moved, so an index
// that holds none of them is left alone, and an index is built again (rather than updated row by row) only
// when a large share of the rows it holds moved. A new day that moves only the reopening times of a zone's
// "not now" rows then touches the queue's order index, not the other five.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace collector {

class Database;

// When the snapshot's indexes are built again rather than updated row by row: when many of the rows an index
// holds move (a window opening for a whole zone, a large queue's first ranking, a team's accounts
// reassigned), that index is dropped and built again around the writes, in one transaction: sorting once is
// faster than updating it row by row (queue_bench: 100,000 places in 1.9 s against 8 s). That transaction
// holds the store's write lock while the indexes are built (about 1.2 s per 100,000 rows for all six on a
// 2-core machine), so it is taken only up to a table size where a contact logged meanwhile waits well inside
// the 5 s busy timeout; otherwise places are written a few thousand rows per transaction.
struct QueueWriteTuning
{
    qint64 rebuildIndexesFrom = 10'000;  // rows moved in an index, at the least
    qint64 rebuildWhenOneIn = 8;         // and at least one in this many of the table's rows
    qint64 rebuildTableAtMost = 200'000; // rows in the snapshot, at the most
};

// The queue_account columns a ranking writes, in groups that change together, as bits of a change mask.
enum PlaceColumns : unsigned
{
    kPlaceGroup = 1U << 0,   // rank_group and section
    kPlaceKey = 1U << 1,     // rank_key
    kPlaceScore = 1U << 2,   // rank_score and rank_order
    kPlaceDpd = 1U << 3,     // dpd_order
    kPlaceBucket = 1U << 4,  // dpd_bucket
    kPlacePromise = 1U << 5, // promise_state
    kPlaceGate = 1U << 6,    // gate_verdict, gate_rule, gate_reason, gate_reopens_ms
    kPlaceProfile = 1U << 7, // gate_profile and gate_own
    kPlaceUntil = 1U << 8,   // rank_until_ms
};

// The parameter numbers placeUpdateSql binds each value at (a statement uses those of its mask's columns).
enum PlaceParameter : int
{
    kParamCollector = 1,
    kParamAccount,
    kParamGroup,
    kParamNotNowGroup, // the group "not now" is, for section
    kParamKey,
    kParamScore,
    kParamDpdOrder,
    kParamDpdBucket,
    kParamPromise,
    kParamVerdict,
    kParamRule,
    kParamReason,
    kParamReopens,
    kParamProfile, // 0: no profile (stored as NULL)
    kParamOwn,
    kParamUntil,
};

// "UPDATE queue_account SET <the columns of mask> WHERE collector_id = ?1 AND account_id = ?2".
QByteArray placeUpdateSql(unsigned mask);

// One of queue_account's indexes: its name, its definition and the written columns it holds.
struct QueueIndex
{
    QString name;
    QString sql;
    unsigned columns = 0; // PlaceColumns bits
};
Result<std::vector<QueueIndex>> queueAccountIndexes(Database& db);

// Drops `indexes`, runs `write`, and creates them again from their definitions, in one transaction (sorting
// once is faster than updating an index row by row when much of it moves).
Status writeWithIndexesRebuilt(Database& db, const std::vector<QueueIndex>& indexes,
                               const std::function<Status()>& write);

// Whether `rows` of a snapshot of `tableRows` moving are enough to build an index again rather than update it
// row by row (the tuning's rule).
bool worthRebuilding(const QueueWriteTuning& tuning, qint64 rows, qint64 tableRows);

// The snapshot's row count when `rows` moving makes building indexes again worth it (the tuning's rule);
// nullopt when it does not, or when no index can be dropped now (inside a transaction, or while another
// statement on the connection reads). The table is counted only when the rows alone are enough: a count
// costs a tenth of a second at a million rows.
Result<std::optional<qint64>> rebuildableTableRows(Database& db, qint64 rows, const QueueWriteTuning& tuning);

} // namespace collector
