// A lead's override of a blocked contact: allowed only where every blocking rule says a person may decide
// (never a bankruptcy stay or a breathing space), only by a lead or an admin, only with a reason typed out.
// The override is stored (reason included, in the encrypted store) and audited in the same transaction; it
// lets one contact through for a short while, not the debtor's whole file.
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "domain/id.h"
#include "domain/kinds.h"

namespace collector {

class Database;

constexpr int kOverrideReasonMinimum = 15; // characters, so "ok" or "approved" is not a reason
constexpr qint64 kOverrideValidMs = 15 * 60 * 1000;

struct OverrideRequest
{
    Id accountId;
    Id contactPointId; // nil for a visit or letter
    Channel channel = Channel::Call;
    QString lead; // the lead's login
    UserRole role = UserRole::Collector;
    QString reason;
    qint64 atMs = 0;
};

// Why an override cannot be granted, or nothing: what the dialog checks before it offers the button.
Status checkOverride(const GateDecision& decision, const OverrideRequest& request);

// Stores the override and its audit entry; returns the override's id.
Result<Id> recordOverride(Database& db, const QString& deviceId, const GateDecision& decision,
                          const QString& packVersion, const OverrideRequest& request);

// Whether an override granted for this account, point and channel still covers a contact at `atMs`.
Result<bool> overrideCovers(Database& db, const Id& accountId, const Id& contactPointId, Channel channel,
                            const QString& ruleId, qint64 atMs);

} // namespace collector
