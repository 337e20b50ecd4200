// The collector's queue for an instant: their active accounts in the order that needs them first, each with
// the reasons it stands where it does. Callbacks due, promises due today, promises broken yesterday, new
// placements and missed plan instalments come first; the rest follow by a transparent score; accounts the
// gate blocks right now are not hidden but wait in "not now" with the rule and the time contact reopens.
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "domain/id.h"
#include "domain/money.h"
#include "domain/promises.h"
#include "queue/queuewrite.h"
#include "queue/strategy.h"

#include <QDateTime>
#include <QStringList>
#include <optional>
#include <utility>
#include <vector>

namespace collector {

class Database;

enum class QueueGroup
{
    CallbackDue,
    PromiseDueToday,
    PromiseBrokenYesterday,
    NewPlacement,
    MissedInstalment,
    Scored,
    NotNow
};

struct QueueReason
{
    QString code;      // "callback_due", "balance", "dpd", "contacted_recently" ...
    QString text;      // translated sentence
    double points = 0; // what it added to the score (0 for a group reason)
};

struct QueueEntry
{
    Id accountId;
    QString reference;
    Stage stage = Stage::Early;
    QueueGroup group = QueueGroup::Scored;
    double score = 0;
    std::vector<QueueReason> reasons;
    QString segment;
    std::vector<Channel> channels;
    Currency currency;
    qint64 balanceMinor = 0;
    int daysPastDue = 0;
    qint64 sortKey = 0;  // within a group: callback time, promise amount, reopen time
    Id phoneId;          // the debtor's first callable number, if any
    GateDecision gate;   // for that number now
    QString lastOutcome; // code of the last contact's outcome ("no_answer", …); empty: never contacted
    std::optional<PromiseStatus> promise; // the latest-due recent promise's state, if there is one
};

// Days-past-due buckets, as collection teams report them: current, 1-30, 31-60, 61-90, 91-180, 181-360, 360+.
constexpr int kDpdBucketCount = 7;
int dpdBucket(int daysPastDue);
// The days past due a bucket spans, both ends included (the first and last open-ended).
std::pair<int, int> dpdBucketRange(int bucket);
QString dpdBucketLabel(int bucket);

struct QueueOptions
{
    Id collectorId;
    QDateTime at;
    int limit = 0; // 0: all
};

// The queue in order, each entry with its reasons' sentences (the first `limit` when one is given). Ranks
// the collector's queue in the snapshot on the way (rankQueue).
Result<std::vector<QueueEntry>> buildQueue(Database& db, const Strategy& strategy,
                                           const QueueOptions& options);

struct QueueRanking
{
    QDateTime at;
    int accounts = 0;
    int notNow = 0;
    int reranked = 0;           // the accounts whose place was worked out again (the rest held)
    int written = 0;            // of those, the places stored again (something about them moved)
    QStringList rebuiltIndexes; // the snapshot's indexes built again around the writes (QueueWriteTuning)
};

// Ranks the collector's queue at `at` and keeps each account's place in the queue snapshot, where the queue
// pages read it. Only the accounts whose place may have moved are worked out again: those written to since,
// and those whose time came (a callback due, a step of days past due reached, a midnight for an account
// with promises, a window edge where the gate's answer is the account's own …), and the accounts of a
// debtor profile whose gate answer changed what they show; only the places that moved are written. A new
// day alone moves few places. What a screen calls; no sentences.
Result<QueueRanking> rankQueue(Database& db, const Strategy& strategy, const Id& collectorId,
                               const QDateTime& at, const QueueWriteTuning& tuning = {});

// How many places rankQueue would work out again at `at`: the accounts marked since, and those whose time has
// come (all of them when the stored places cannot be kept). Cheap: lets a screen rank a large queue in the
// background instead of making the collector wait.
Result<int> queuePlacesDue(Database& db, const Strategy& strategy, const Id& collectorId,
                           const QDateTime& at);

// One account's entry with its reasons, as the queue would place it at `at` (not stored): for the tooltip and
// the workspace. An error when the account is in no queue (not active, or not assigned).
Result<QueueEntry> explainQueueEntry(Database& db, const Strategy& strategy, const Id& accountId,
                                     const QDateTime& at);

QString queueGroupCode(QueueGroup group);

// The collector by login ("amy") or id; an error naming what to check when there is none.
Result<Id> findCollector(Database& db, const QString& loginOrId);

} // namespace collector
