// The audit trail's hash chain: every kind of tampering by someone holding the key and raw SQL (who can drop
// the append-only triggers) is found, and the first bad entry is named.
#include "audit/auditlog.h"
#include "profile/profile.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

struct Chain
{
    QTemporaryDir tmp;
    Profile profile = test::freshProfile(tmp);
    Database& db() { return profile.database(); }

    explicit Chain(int entries)
    {
        for (int i = 1; i <= entries; ++i)
            REQUIRE(
                appendAudit(db(), QStringLiteral("device-a"), 1'700'000'000'000 + i,
                            {QStringLiteral("collectorctl"), QStringLiteral("export"),
                             QStringLiteral("profile"), QString(), QJsonObject{{QStringLiteral("rows"), i}}})
                    .ok());
    }
    // An attacker with the key and raw SQL removes the append-only guard first.
    void dropGuards()
    {
        REQUIRE(db().exec("DROP TRIGGER audit_entry_no_update; DROP TRIGGER audit_entry_no_delete").ok());
    }
    AuditVerification verify()
    {
        auto v = verifyAudit(db());
        REQUIRE(v.ok());
        return v.value();
    }
};

} // namespace

TEST_CASE("an untouched audit chain verifies, and the guard refuses edits", "[audit]")
{
    Chain chain(5);
    const AuditVerification v = chain.verify();
    CHECK(v.ok());
    CHECK(v.entriesChecked == 5);
    CHECK_FALSE(chain.db().exec("UPDATE audit_entry SET action = 'nothing' WHERE seq = 2").ok());
    CHECK_FALSE(chain.db().exec("DELETE FROM audit_entry WHERE seq = 2").ok());
    // A second device keeps its own chain.
    REQUIRE(appendAudit(chain.db(), QStringLiteral("device-b"), 1,
                        {QStringLiteral("x"), QStringLiteral("unlock"), {}, {}, {}})
                .ok());
    CHECK(chain.verify().entriesChecked == 6);
}

TEST_CASE("every kind of audit tampering is found and the first bad entry named", "[audit]")
{
    Chain chain(6);
    chain.dropGuards();
    SECTION("an edited field")
    {
        REQUIRE(chain.db().exec("UPDATE audit_entry SET action = 'reveal' WHERE seq = 3").ok());
        const AuditVerification v = chain.verify();
        CHECK(v.firstBadSeq == 3);
        CHECK(v.problem == QStringLiteral("entry 3 was altered after it was written"));
    }
    SECTION("an edited detail, even when it means the same JSON")
    {
        REQUIRE(chain.db().exec("UPDATE audit_entry SET detail = '{ \"rows\": 4 }' WHERE seq = 4").ok());
        CHECK(chain.verify().firstBadSeq == 4);
    }
    SECTION("a deleted entry")
    {
        REQUIRE(chain.db().exec("DELETE FROM audit_entry WHERE seq = 2").ok());
        const AuditVerification v = chain.verify();
        CHECK(v.firstBadSeq == 2);
        CHECK(v.problem == QStringLiteral("entry 2 is missing: it was deleted"));
    }
    SECTION("entries cut off the end")
    {
        REQUIRE(chain.db().exec("DELETE FROM audit_entry WHERE seq >= 5").ok());
        const AuditVerification v = chain.verify();
        CHECK(v.firstBadSeq == 5);
        CHECK(v.problem == QStringLiteral("entries 5 to 6 were removed from the end of the chain"));
    }
    SECTION("an inserted entry, renumbering the rest")
    {
        REQUIRE(
            chain.db()
                .exec("UPDATE audit_entry SET seq = seq + 100 WHERE seq >= 3;"
                      "UPDATE audit_entry SET seq = seq - 99 WHERE seq >= 103;"
                      "INSERT INTO audit_entry (seq, device_id, id, at_ms, actor, action, prev_hash, hash) "
                      "VALUES (3, 'device-a', randomblob(16), 1, 'x', 'unlock', zeroblob(32), zeroblob(32))")
                .ok());
        CHECK(chain.verify().firstBadSeq == 3);
    }
    SECTION("two entries swapped")
    {
        REQUIRE(chain.db()
                    .exec("UPDATE audit_entry SET seq = 100 WHERE seq = 2;"
                          "UPDATE audit_entry SET seq = 2 WHERE seq = 3;"
                          "UPDATE audit_entry SET seq = 3 WHERE seq = 100")
                    .ok());
        CHECK(chain.verify().firstBadSeq == 2);
    }
}
