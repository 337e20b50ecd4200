// What the team-lead measures are computed from, read from the store in a handful of set queries for one team
// (or the whole portfolio) and the period asked about. Kept apart from the measures so that the measures are
// a pure function of these facts and can be checked against portfolios built by hand.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "domain/kinds.h"
#include "domain/promises.h"
#include "kpi/targets.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace collector {

class Database;

struct KpiLedgerEntry
{
    QDate effectiveOn;
    qint64 balanceEffectMinor = 0; // charges positive; payments and write-offs negative
    qint64 paymentMinor = 0;       // the payment's amount, 0 for anything else
};

struct KpiAccount
{
    Id id;
    Id collectorId; // assigned now: outcome measures (collected, kept, cured, rolled) are the holder's
    Id teamId;
    Id creditorId;
    Id placementId;
    QString stage; // "early", "middle", "late"
    QString currency;
    QDate placedOn;                     // the placement's day (UTC)
    qint64 placedMinor = 0;             // the balance placed with us: the placement's ledger entries
    QDate firstDue;                     // invalid: nothing was ever due
    std::vector<KpiLedgerEntry> ledger; // in force (reversed entries and reversals left out)
};

struct KpiAttempt
{
    Id accountId;
    Id collectorId; // who made it: activity measures are the maker's
    QDateTime at;
    Channel channel = Channel::Call;
    Direction direction = Direction::Outbound;
    Outcome outcome = Outcome::NoAnswer;
    bool rightParty = false;
    int durationSeconds = 0;
};

struct KpiPromise
{
    Id accountId;
    Id collectorId;
    PromiseTerms terms;
    Id planId; // nil: a promise taken on a call; else an instalment of a plan
};

struct KpiPlan
{
    Id accountId;
    Id collectorId;
    QDate createdOn;
};

struct KpiVisit
{
    Id accountId;
    Id collectorId;
    QDate on;
};

enum class KpiComplianceKind
{
    Block,    // a contact the gate refused to let be logged as made
    Override, // a lead lifted a block
    StopEvent,
    Complaint, // a stop event of kind complaint (counted also as a stop event)
};

struct KpiComplianceEvent
{
    KpiComplianceKind kind = KpiComplianceKind::StopEvent;
    Id accountId; // nil when the event is the debtor's, not one account's
    QDate on;
};

struct KpiFacts
{
    std::vector<KpiAccount> accounts;
    std::vector<KpiAttempt> attempts;
    std::vector<KpiPromise> promises;
    std::vector<KpiPlan> plans;
    std::vector<KpiVisit> visits;
    std::vector<KpiComplianceEvent> compliance;
    std::vector<CollectionTarget> targets;
    // Who the collectors are (their logins, for reports), by id.
    std::vector<std::pair<Id, QString>> collectors;
};

// Facts for the accounts of `teamId` (nil: every account) and what happened up to `to` (inclusive; attempts,
// visits and compliance events from `from` less `lookbackDays`, enough for follow-ups of promises broken at
// the start of the period).
Result<KpiFacts> loadKpiFacts(Database& db, const Id& teamId, const QDate& from, const QDate& to,
                              int lookbackDays = 31);

} // namespace collector
