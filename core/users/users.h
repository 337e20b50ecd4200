// The people of the profile: collectors, leads and admins (synced from the hub, or written by the demo), and
// the one user this workstation belongs to. The device is enrolled for a user (DESIGN.md: one device token
// per workstation), so unlocking the store with its passphrase is that user signing in.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "domain/kinds.h"

#include <QString>
#include <optional>
#include <vector>

namespace collector {

class Database;

struct UserRecord
{
    Id id;
    Id teamId; // nil for an admin outside any team
    QString login;
    QString displayName;
    UserRole role = UserRole::Collector;
};

// The user with this login (or id in hex), if any.
Result<std::optional<UserRecord>> findUser(Database& db, const QString& loginOrId);
Result<std::vector<UserRecord>> listUsers(Database& db);

// Who this workstation belongs to; nothing until an admin (or the person creating the profile) assigns it.
Result<std::optional<UserRecord>> deviceUser(Database& db);

// Assigns the workstation to `login`, audited as "device_user_set" in the same transaction. The first
// assignment is open to whoever holds the passphrase (they created the profile); after that only an admin
// signed in here may hand the workstation to somebody else.
Status assignDeviceUser(Database& db, const QString& deviceId, qint64 atMs, const QString& login);

// After a sync: the hub enrolled this workstation for the user with id `userIdHex`, and the hub is the
// authority on who a device belongs to. Sets the device user (audited as "device_user_set" by the hub's
// enrolment) when it differs; nothing when the user has not arrived yet or already is the device user.
Status adoptEnrolledUser(Database& db, const QString& deviceId, qint64 atMs, const QString& userIdHex);

// Changes a user's role, audited as "role_changed" with the old and new role. Only an admin may, and the
// last admin cannot give the role away (nobody could change roles after that).
Status changeUserRole(Database& db, const QString& deviceId, qint64 atMs, const UserRecord& actor,
                      const QString& login, UserRole role);

} // namespace collector
