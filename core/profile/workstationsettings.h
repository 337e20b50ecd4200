// Settings that belong to a profile (not to the machine), kept in the encrypted store's settings table.
#pragma once

#include "common/result.h"

namespace collector {

class Database;

constexpr int kMinIdleLockMinutes = 1;
constexpr int kMaxIdleLockMinutes = 240;

Result<int> idleLockMinutes(Database& db);
// Refuses values outside [kMinIdleLockMinutes, kMaxIdleLockMinutes]: an unlocked, unattended workstation is
// the exposure the lock exists to prevent.
Status setIdleLockMinutes(Database& db, int minutes, qint64 nowMs);

} // namespace collector
