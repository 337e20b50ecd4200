// The few facts about an account that writing a promise needs: its debtor, currency and the creditor's grace.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "domain/money.h"

namespace collector {

class Database;

struct AccountFacts
{
    Id debtorId;
    Currency currency;
    int graceDays = 0; // the creditor's days of grace on a promise
};

Result<AccountFacts> accountFacts(Database& db, const Id& accountId);

} // namespace collector
