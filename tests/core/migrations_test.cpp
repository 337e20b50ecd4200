// Numbered migrations: from empty and from every earlier version to the latest, one transaction each.
#include "profile/workstationsettings.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

Database newStore(const QTemporaryDir& dir, const char* name)
{
    auto db =
        Database::open(dir.filePath(QString::fromLatin1(name)), SecureBytes::random(32), OpenMode::CreateNew);
    REQUIRE(db.ok());
    return std::move(db.value());
}

qint64 tableCount(Database& db, const char* table)
{
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    REQUIRE(stmt.ok());
    stmt.value().bind(1, QString::fromLatin1(table));
    REQUIRE(stmt.value().step().value());
    return stmt.value().int64(0);
}

} // namespace

TEST_CASE("migration versions start at 1 and rise by one with no gaps", "[migrations]")
{
    int expected = 1;
    for (const Migration& m : allMigrations()) {
        CHECK(m.version == expected);
        CHECK(std::string(m.name).size() > 0);
        ++expected;
    }
    CHECK(latestSchemaVersion() == expected - 1);
}

TEST_CASE("an empty store migrates to the latest version", "[migrations]")
{
    QTemporaryDir dir;
    Database db = newStore(dir, "empty.db");
    CHECK(schemaVersion(db).value() == 0);
    REQUIRE(migrate(db).ok());
    CHECK(schemaVersion(db).value() == latestSchemaVersion());
    CHECK(db.queryInt("SELECT count(*) FROM schema_version").value() == latestSchemaVersion());
    CHECK(tableCount(db, "profile_meta") == 1);
    CHECK(tableCount(db, "settings") == 1);
    CHECK(db.queryText("SELECT value FROM settings WHERE key = 'idle_lock_minutes'").value() ==
          QLatin1String("10"));
    REQUIRE(migrate(db).ok()); // a second run changes nothing
    CHECK(db.queryInt("SELECT count(*) FROM schema_version").value() == latestSchemaVersion());
}

TEST_CASE("a store at every earlier version migrates to the latest and keeps its rows", "[migrations]")
{
    for (int from = 0; from < latestSchemaVersion(); ++from) {
        INFO("from version " << from);
        QTemporaryDir dir;
        Database db = newStore(dir, "old.db");
        REQUIRE(migrate(db, from).ok());
        CHECK(schemaVersion(db).value() == from);
        if (from >= 1)
            REQUIRE(db.exec("INSERT INTO profile_meta (key, value) VALUES ('written_at', 'v1')").ok());
        REQUIRE(migrate(db).ok());
        CHECK(schemaVersion(db).value() == latestSchemaVersion());
        if (from >= 1)
            CHECK(db.queryText("SELECT value FROM profile_meta WHERE key = 'written_at'").value() ==
                  QLatin1String("v1"));
    }
}

TEST_CASE("migration 12 sends the targets a lead set before it to the hub, and captures later ones",
          "[migrations]")
{
    QTemporaryDir dir;
    Database db = newStore(dir, "targets.db");
    REQUIRE(migrate(db, 11).ok());
    REQUIRE(db.exec("INSERT INTO collection_target VALUES (x'000102030405060708090a0b0c0d0e0f', '2026-03',"
                    " 'CNY', 1000000, 'lead1', 1)")
                .ok());
    REQUIRE(migrate(db).ok());
    CHECK(db.queryText("SELECT record_key || ' ' || action FROM sync_outbox WHERE kind = 'collection_target'")
              .value() == QLatin1String("000102030405060708090a0b0c0d0e0f:2026-03:CNY insert"));
    CHECK(db.queryText("SELECT json_extract(body, '$.amount_minor') FROM sync_outbox"
                       " WHERE kind = 'collection_target'")
              .value() == QLatin1String("1000000"));
    // A later change travels as the fields it changed (the key's columns never change).
    REQUIRE(db.exec("UPDATE collection_target SET amount_minor = 1200000, set_at_ms = 2").ok());
    CHECK(
        db.queryText("SELECT fields FROM sync_outbox WHERE kind = 'collection_target' AND action = 'update'")
            .value() == QLatin1String("amount_minor,set_at_ms,"));
}

TEST_CASE("a store from a newer build is refused, not downgraded", "[migrations]")
{
    QTemporaryDir dir;
    Database db = newStore(dir, "new.db");
    REQUIRE(migrate(db).ok());
    REQUIRE(
        db.exec("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (999, 'future', 0)").ok());
    auto refused = migrate(db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::StoreTooNew);
}

TEST_CASE("the idle lock setting is kept in the store and bounded", "[settings]")
{
    QTemporaryDir dir;
    Database db = newStore(dir, "settings.db");
    REQUIRE(migrate(db).ok());
    CHECK(idleLockMinutes(db).value() == 10);
    REQUIRE(setIdleLockMinutes(db, 25, 1000).ok());
    CHECK(idleLockMinutes(db).value() == 25);
    CHECK_FALSE(setIdleLockMinutes(db, 0, 1000).ok());
    CHECK_FALSE(setIdleLockMinutes(db, kMaxIdleLockMinutes + 1, 1000).ok());
    CHECK(idleLockMinutes(db).value() == 25);
    REQUIRE(db.exec("UPDATE settings SET value = 'never' WHERE key = 'idle_lock_minutes'").ok());
    CHECK(idleLockMinutes(db).value() == 10);
}

TEST_CASE("migration 5 rebuilds stop_event with its rows and its append-only guard", "[migrations]")
{
    QTemporaryDir dir;
    Database db = newStore(dir, "v4.db");
    REQUIRE(migrate(db, 4).ok());
    REQUIRE(
        db.exec("INSERT INTO debtor (id, full_name, language, time_zone) VALUES "
                "(x'00000000000000000000000000000001', 'D', 'en', 'UTC');"
                "INSERT INTO stop_event (id, debtor_id, kind, at_ms, starts_on) VALUES "
                "(x'00000000000000000000000000000002', x'00000000000000000000000000000001', 'dispute', 1, "
                "'2026-01-01');"
                "INSERT INTO stop_event (id, debtor_id, kind, at_ms, starts_on, clears_id) VALUES "
                "(x'00000000000000000000000000000004', x'00000000000000000000000000000001', 'cleared', 2, "
                "'2026-01-02', x'00000000000000000000000000000002')")
            .ok());
    auto migrated = migrate(db);
    INFO((migrated ? QString() : migrated.error().detail).toStdString());
    REQUIRE(migrated.ok());
    CHECK(db.queryText("SELECT kind FROM stop_event ORDER BY at_ms").value() == QLatin1String("dispute"));
    CHECK(db.queryInt("SELECT count(*) FROM pragma_foreign_key_check").value() == 0);
    CHECK(
        db.exec("INSERT INTO stop_event (id, debtor_id, kind, at_ms, starts_on) VALUES "
                "(x'00000000000000000000000000000003', x'00000000000000000000000000000001', 'legal_hold', 2, "
                "'2026-01-02')")
            .ok());
    CHECK_FALSE(db.exec("DELETE FROM stop_event").ok());
    CHECK_FALSE(db.exec("UPDATE stop_event SET note = 'x'").ok());
    CHECK(db.queryInt("SELECT count(*) FROM stop_event").value() == 3);
}

TEST_CASE("migration 15 turns the queue's stored places into ones that hold across days", "[migrations]")
{
    QTemporaryDir dir;
    Database db = newStore(dir, "queue.db");
    REQUIRE(migrate(db, 14).ok());
    // A snapshot row as migration 14 kept it, ranked.
    REQUIRE(
        db.exec("INSERT INTO queue_account (collector_id, account_id, reference, stage, currency, "
                "placed_at_ms, first_due, balance_minor, paid_minor, last_outbound_ms, last_right_party_ms, "
                "last_outcome, callback_due_ms, time_zone, contact_hours_agreed, no_channels, vulnerable, "
                "rule_tightening, phone_zones, phone_consent, phone_key, stops, recent_calls, "
                "recent_since_ms, promises, payments, section, rank_group, dpd, gate_until_ms, "
                "rank_until_ms) VALUES (x'01', x'02', 'R1', 'early', 'CNY', 0, '2026-01-01', 100, 0, 0, 0, "
                "'', 0, 'Asia/Shanghai', 0, '', 0, '{}', '', 1, '', '', '', 0, '', '', 0, 5, 40, 9, 9)")
            .ok());
    REQUIRE(db.exec("INSERT INTO queue_ranked VALUES (x'01', 1, 'default@2026.1')").ok());
    auto migrated = migrate(db);
    INFO((migrated.ok() ? QString() : migrated.error().detail).toStdString());
    REQUIRE(migrated.ok());
    // The row stays (the next ranking works its place out again: no time ranked is kept).
    CHECK(db.queryText("SELECT reference FROM queue_account").value() == QLatin1String("R1"));
    CHECK(db.queryInt("SELECT count(*) FROM queue_ranked").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM pragma_table_info('queue_account') WHERE name IN ('dpd', "
                      "'gate_until_ms')")
              .value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM pragma_table_info('queue_account') WHERE name IN ('dpd_order', "
                      "'dpd_bucket', 'gate_profile', 'gate_own')")
              .value() == 4);
}
