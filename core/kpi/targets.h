// Collection targets: what a lead expects a collector to collect in a calendar month, per currency. A
// period's target is each month's prorated by the days of the period that fall in it, so a week, a day or a
// quarter each get their share; a team's is the sum of its collectors'.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "domain/money.h"
#include "users/users.h"

#include <QDate>
#include <vector>

namespace collector {

class Database;

struct CollectionTarget
{
    Id collectorId;
    QDate month; // the first day of the month
    QString currency;
    qint64 amountMinor = 0;
};

// Sets (or replaces) a collector's target for the month of `month`: a lead for their team's collectors, an
// admin for anyone; audited with the amount.
Status setCollectionTarget(Database& db, const QString& deviceId, const UserRecord& actor,
                           const Id& collectorId, const QDate& month, const Money& amount, qint64 atMs);

// The targets of the team's collectors (nil team: everyone's).
Result<std::vector<CollectionTarget>> loadCollectionTargets(Database& db, const Id& teamId);

// A target's share of the days [from, to]: the monthly amount × the period's days in that month ÷ the month's
// days, rounded to the minor unit (half away from zero).
qint64 proratedTarget(const CollectionTarget& target, const QDate& from, const QDate& to);

} // namespace collector
