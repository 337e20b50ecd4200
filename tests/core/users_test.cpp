// Who may see and do what: the table the hub's row-level security draws as well (DESIGN.md), checked case by
// case so a change to one line shows up here.
#include "users/access.h"

#include <catch2/catch_test_macros.hpp>

using namespace collector;

TEST_CASE("Access: a collector their own work, a lead their team, an admin everything", "[users]")
{
    const Id east = Id::generate(1);
    const Id west = Id::generate(2);
    const UserRecord amy{Id::generate(3), east, QStringLiteral("amy"), QStringLiteral("Amy"),
                         UserRole::Collector};
    const UserRecord ann{Id::generate(4), east, QStringLiteral("ann"), QStringLiteral("Ann"),
                         UserRole::Collector};
    const UserRecord bob{Id::generate(5), west, QStringLiteral("bob"), QStringLiteral("Bob"),
                         UserRole::Collector};
    const UserRecord lee{Id::generate(6), east, QStringLiteral("lee"), QStringLiteral("Lee"), UserRole::Lead};
    const UserRecord root{Id::generate(7), Id(), QStringLiteral("admin"), QStringLiteral("Admin"),
                          UserRole::Admin};
    const UserRecord drifter{Id::generate(8), Id(), QStringLiteral("lone"), QStringLiteral("Lone"),
                             UserRole::Lead};

    CHECK(mayOpenQueueOf(amy, amy));
    CHECK_FALSE(mayOpenQueueOf(amy, ann));
    CHECK(mayOpenQueueOf(lee, amy));
    CHECK(mayOpenQueueOf(lee, ann));
    CHECK_FALSE(mayOpenQueueOf(lee, bob));
    CHECK(mayOpenQueueOf(root, bob));
    CHECK_FALSE(mayOpenQueueOf(drifter, bob)); // a lead without a team leads nobody

    CHECK(mayOpenAccount(amy, amy.id, east));
    CHECK_FALSE(mayOpenAccount(amy, ann.id, east));
    CHECK_FALSE(mayOpenAccount(amy, Id(), east)); // unassigned work is the lead's to hand out
    CHECK(mayOpenAccount(lee, Id(), east));
    CHECK_FALSE(mayOpenAccount(lee, bob.id, west));
    CHECK_FALSE(mayOpenAccount(drifter, Id(), Id()));
    CHECK(mayOpenAccount(root, Id(), Id()));

    CHECK_FALSE(mayOverride(amy));
    CHECK(mayOverride(lee));
    CHECK(mayOverride(root));
}
