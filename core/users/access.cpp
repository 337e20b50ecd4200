#include "users/access.h"

namespace collector {

bool mayOpenQueueOf(const UserRecord& me, const UserRecord& collector)
{
    switch (me.role) {
    case UserRole::Admin:
        return true;
    case UserRole::Lead:
        return !me.teamId.isNull() && me.teamId == collector.teamId;
    case UserRole::Collector:
        return me.id == collector.id;
    }
    return false;
}

bool mayOpenAccount(const UserRecord& me, const Id& collectorId, const Id& teamId)
{
    switch (me.role) {
    case UserRole::Admin:
        return true;
    case UserRole::Lead:
        return !me.teamId.isNull() && me.teamId == teamId;
    case UserRole::Collector:
        return !collectorId.isNull() && me.id == collectorId;
    }
    return false;
}

bool mayOverride(const UserRecord& me)
{
    return me.role == UserRole::Lead || me.role == UserRole::Admin;
}

} // namespace collector
