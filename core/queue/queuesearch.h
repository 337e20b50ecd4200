// Finding accounts in a collector's queue by what a collector remembers of the debtor: a name or a number.
#pragma once

#include "common/result.h"
#include "domain/id.h"

#include <QString>
#include <vector>

namespace collector {

class Database;

// The collector's active accounts whose debtor's name contains `text`, or (when it reads as a number, four
// digits or more) one of whose phone numbers contains those digits. For the queue's search box; it reads
// personal data to match but returns only account ids.
Result<std::vector<Id>> searchCollectorAccounts(Database& db, const Id& collectorId, const QString& text);

} // namespace collector
