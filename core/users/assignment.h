// Moving work between collectors: each collector's load, the accounts a rule picks (stage, days past due,
// the debtor's language and zone, balance), an even spread of a set of accounts over chosen collectors, and
// the move itself — checked against who may do it, written in one transaction (the outbox carries it to the
// hub) and audited account by account.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "users/users.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace collector {

class Database;

struct CollectorLoad
{
    Id collectorId;
    QString login;
    qint64 activeAccounts = 0;
    qint64 balanceMinor = 0; // active accounts' balances, in the team's main currency
    QString currency;
};

// The team's collectors (nil team: every collector) with their active accounts and balances.
Result<std::vector<CollectorLoad>> collectorLoads(Database& db, const Id& teamId);

struct AssignmentRule
{
    Id fromCollectorId; // nil: any holder in the team
    QString stage;      // empty: any
    std::optional<int> minDaysPastDue;
    std::optional<int> maxDaysPastDue;
    QString language; // the debtor's, e.g. "zh_CN"; empty: any
    QString timeZone; // the debtor's zone (their region), e.g. "Asia/Shanghai"; empty: any
    std::optional<qint64> minBalanceMinor;
    std::optional<qint64> maxBalanceMinor;
};

// The team's active accounts the rule picks, as of `today`, in reference order.
Result<std::vector<Id>> selectAccounts(Database& db, const Id& teamId, const AssignmentRule& rule,
                                       const QDate& today);

struct AccountMove
{
    Id accountId;
    Id toCollectorId;
};

// Spreads `accounts` over `collectors` so that their active-account counts end as even as they can: each
// account goes to whoever holds the fewest at that moment (ties: the order given). Accounts already held by
// one of them count as that collector's and do not move unless that evens the load.
std::vector<AccountMove> spreadEvenly(const std::vector<Id>& accounts, const std::vector<Id>& holders,
                                      const std::vector<CollectorLoad>& collectors);

// Writes the moves: a lead within their own team (accounts and collectors), an admin anywhere; a collector
// never. One transaction; one audit entry per account moved (from, to). Returns how many changed hands.
Result<int> reassignAccounts(Database& db, const QString& deviceId, const UserRecord& actor,
                             const std::vector<AccountMove>& moves, qint64 atMs);

} // namespace collector
