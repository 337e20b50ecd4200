// The team lead's measures, each defined where it is computed (and in the README). A pure function of the
// facts (kpifacts.h) and the question: which period, which slice of the portfolio.
//
// Attribution: what a collector did (attempts, promises taken, visits) is the maker's; what happened to an
// account (collected, promises kept, cured, rolled) is its current holder's.
#pragma once

#include "kpi/kpifacts.h"

#include <array>
#include <map>
#include <optional>

namespace collector {

// Drill-down: the accounts behind one number, recorded where the number is counted so that the list is
// exactly what was counted.
enum class KpiDrillMeasure
{
    Collected,      // accounts with a payment in the period
    Calls,          // outbound calls; numerator: the right-party ones
    PromisesTaken,  // call promises made and plans accepted in the period
    PromisesDue,    // promises whose window closed in the period; numerator: kept
    BrokenPromises, // broken promises past their follow-up days; numerator: followed up
    PastDueAtStart, // accounts past due the day before; numerator: cured
    Roll,           // accounts that moved from bucket rollFrom to rollTo
    Visits,
    Compliance, // accounts with a compliance exception
};

struct KpiDrill
{
    KpiDrillMeasure measure = KpiDrillMeasure::Collected;
    bool numeratorOnly = false;
    Id collectorId; // nil: everyone in the question
    int rollFrom = -1;
    int rollTo = -1;
};

struct KpiQuery
{
    QDate from; // both days included (UTC days)
    QDate to;
    Id collectorId;         // nil: every collector in the facts
    Id creditorId;          // nil: every creditor
    Id placementId;         // nil: every placement
    QString stage;          // empty: every stage
    int graceDays = 0;      // added to each promise's own grace before it counts as broken
    int followUpDays = 2;   // a broken promise is followed up by an outbound contact within these days
    int visitYieldDays = 7; // payments within these days of a visit are its yield
    std::optional<KpiDrill> drill;
};

// A rate kept as its two counts, so sums and adjustments stay exact and "no data" is not 0 %.
struct KpiRate
{
    qint64 numerator = 0;
    qint64 denominator = 0;
    std::optional<double> value() const
    {
        return denominator > 0 ? std::optional<double>(double(numerator) / double(denominator))
                               : std::nullopt;
    }
};

struct KpiHandling
{
    qint64 count = 0;
    qint64 totalSeconds = 0;
};

constexpr int kKpiBuckets = 7; // current, 1-30, 31-60, 61-90, 91-180, 181-360, 360+ (queue/dpdBucket)

struct KpiMeasures
{
    // Payments in force dated in the period, per currency; and per day for the chart.
    std::map<QString, qint64> collectedMinor;
    std::map<QString, std::map<QDate, qint64>> collectedByDay;
    // The collectors' monthly targets prorated over the period's days (kpi/targets.h), per currency.
    std::map<QString, qint64> targetMinor;
    // Outbound calls in the period; those that reached anyone; those that reached the debtor.
    qint64 attempts = 0;
    qint64 connects = 0;
    qint64 rightPartyOutbound = 0;
    KpiRate rpcPerAttempt; // right-party outbound calls ÷ outbound calls
    KpiRate rpcPerConnect; // right-party outbound calls ÷ connected outbound calls
    // Promises taken (call promises made in the period plus plans accepted in it) ÷ right-party calls (either
    // direction) in the period.
    KpiRate promiseRate;
    // Promises (plan instalments too) whose window (due date + grace) closed in the period: kept ÷ all.
    KpiRate promiseKept;
    // Of the promises broken (or partly kept) in the period whose follow-up days are over by its end: those
    // with an outbound contact on the account within the follow-up days.
    KpiRate brokenFollowedUp;
    // Accounts past due on the day before the period that are current at its end.
    KpiRate cure;
    // Outbound calls per active hour: each day a collector calls counts from the first call to the last,
    // plus five minutes for the last call.
    qint64 activeMinutes = 0;
    std::optional<double> contactsPerHour() const
    {
        return activeMinutes > 0 ? std::optional<double>(double(attempts) * 60.0 / double(activeMinutes))
                                 : std::nullopt;
    }
    // Calls in the period by outcome: how many and the seconds they took.
    std::map<Outcome, KpiHandling> handling;
    // Visits in the period, and the payments on visited accounts dated within visitYieldDays of a visit (each
    // payment counted once).
    qint64 visits = 0;
    std::map<QString, qint64> visitYieldMinor;
    // Compliance exceptions in the period.
    qint64 blocks = 0;
    qint64 overrides = 0;
    qint64 stopEvents = 0;
    qint64 complaints = 0;
    // Accounts by DPD bucket on the day before the period (rows) and at its end (columns).
    std::array<std::array<qint64, kKpiBuckets>, kKpiBuckets> roll{};
};

// A collector's rates as they would be on the team's mix of work: each stage × DPD-bucket cell (the
// account's, on the day before the period) weighted by the team's share of the rate's denominator in that
// cell, the collector's own rate in a cell standing in where they had work there and the team's where they
// had none.
struct KpiAdjusted
{
    std::optional<double> rpcPerAttempt;
    std::optional<double> promiseKept;
    std::optional<double> cure;
};

struct KpiCollectorRow
{
    Id collectorId;
    QString login;
    KpiMeasures measures;
    KpiAdjusted adjusted;
};

// Liquidation by placement vintage: everything collected up to the period's end on the accounts placed in a
// month ÷ the balance placed.
struct KpiVintage
{
    QString month; // "2026-01"
    QString currency;
    qint64 accounts = 0;
    qint64 placedMinor = 0;
    qint64 collectedMinor = 0;
    KpiRate rate() const { return {collectedMinor, placedMinor}; }
};

struct KpiReport
{
    KpiMeasures total;
    std::vector<KpiCollectorRow> collectors; // by login
    std::vector<KpiVintage> vintages;        // by month, then currency
    std::vector<Id> drilledAccounts;         // with query.drill: the accounts behind the number, sorted
};

KpiReport computeKpis(const KpiFacts& facts, const KpiQuery& query);

// Days past due on `day` from the account's first due date and its ledger up to that day (the queue's rule).
int kpiDaysPastDue(const KpiAccount& account, const QDate& day);

} // namespace collector
