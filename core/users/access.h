// Who may see and do what on this workstation: the same lines the hub draws with row-level security
// (DESIGN.md): a collector their own assignments, a lead their team, an admin everything. Pure functions,
// so the screens and the command line ask the same question and get the same answer.
#pragma once

#include "users/users.h"

namespace collector {

// Whether `me` may open the queue of `collector`.
bool mayOpenQueueOf(const UserRecord& me, const UserRecord& collector);

// Whether `me` may open an account assigned to `collectorId` in `teamId` (either may be nil).
bool mayOpenAccount(const UserRecord& me, const Id& collectorId, const Id& teamId);

// Whether `me` may override a block the gate allows a person to lift.
bool mayOverride(const UserRecord& me);

} // namespace collector
