// Contact budgets: before a workstation goes offline it leases from the hub part of what each contact cap of
// its compliance pack still allows, per debtor, debt or number, for the next few local days. Offline, the
// gate spends only from these leases (compliance/leasebook); the next sync pushes the calls made and returns
// the leases. The hub hands out leases so that the calls on record plus every device's leases never pass a
// cap: two offline workstations cannot jointly exceed one.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "sync/syncengine.h"

#include <QDate>
#include <QDateTime>
#include <vector>

namespace collector {

class Database;

struct LeaseRequest
{
    Id accountId;
    QString ruleId;
    Id scopeKey; // the debtor, the account or the contact point the rule counts by
    QDate firstDay;
    QDate lastDay;
    int windowDays = 1; // days one period of the rule spans: 1 for a daily cap, 7 for seven-in-seven
    int max = 0;
    int base = 0;   // calls the rule counts already on these days (or the periods meeting the first)
    int wanted = 0; // half of what is left: the rest stays for the office and other workstations
};

// What this workstation would lease for `accounts` (none given: the active accounts assigned to `userId`),
// from the debtor's local day at `now` for `days` days (1 to 7). Rules whose allowance is used up get no
// request.
Result<std::vector<LeaseRequest>> planLeases(Database& db, const Id& userId, const QDateTime& now, int days,
                                             const std::vector<Id>& accounts = {});

struct LeaseReport
{
    SyncReport sync;
    int requested = 0;
    int granted = 0;
    qint64 tokens = 0; // calls leased in all
    QDate until;       // the last local day a lease covers
};

// Going offline: sync, lease for the next `days` days (replacing what this workstation held) for `accounts`
// (none given: the user's own), and pull so the leases are in the store before the network goes.
LeaseReport takeLeases(Database& db, int days, const QDateTime& now = QDateTime::currentDateTimeUtc(),
                       const std::vector<Id>& accounts = {});

// This workstation's own held leases (0: it does not work on budgets) and the last day they cover.
struct HeldLeases
{
    int count = 0;
    qint64 tokens = 0;
    QDate until;
};
Result<HeldLeases> heldLeases(Database& db);

// Gives this workstation's leases back to the hub and marks them returned here. syncNow calls it after a push
// succeeded, so the calls made on the leases are on the hub before their allowance is free again.
SyncReport returnLeases(Database& db);

} // namespace collector
