// The gate's facts read from the store for one contact someone is about to make: the creditor's pack (as
// tightened), the debtor's zones, hours, channels and stop events, the point's flags, and the last month of
// every collector's attempts on the debtor (enough for daily caps and seven-day periods).
#pragma once

#include "common/result.h"
#include "compliance/gatefacts.h"
#include "compliance/rulepack.h"
#include "domain/id.h"

namespace collector {

class Database;

struct ContactTarget
{
    Id accountId;
    Id contactPointId; // nil for a letter or visit without a stored point
    Channel channel = Channel::Call;
    QDateTime at;
    int visitStaff = 0;
};

struct StoredGateInput
{
    RulePack pack;
    GateFacts facts;
};

Result<StoredGateInput> gateInputFromStore(Database& db, const ContactTarget& target);

// The pack of the jurisdiction a zone lies in ("America/Chicago" -> "us"); empty when none is bundled.
QString rulePackForTimeZone(const QString& zoneId);

// A creditor's tightening as stored ({"not_before":"09:00","caps":{"us.regf.7in7":5}}).
Result<PackTightening> parseTightening(const QString& json);

} // namespace collector
