// The workstation's half of sync without a hub: the hybrid logical clock, the capture triggers that fill the
// outbox in the same transaction as each change, and applying pulled changes.
#include "io/demogenerator.h"
#include "store/database.h"
#include "store/synccapture.h"
#include "store/transaction.h"
#include "sync/offlinepack.h"
#include "sync/syncapply.h"
#include "sync/syncschema.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;
using namespace collector::test;

namespace {

QStringList outboxStamps(Database& db)
{
    auto stmt = db.prepare("SELECT hlc FROM sync_outbox ORDER BY seq");
    REQUIRE(stmt.ok());
    QStringList stamps;
    REQUIRE(stmt.value().forEachRow([&](Statement& row) { stamps << row.text(0); }).ok());
    return stamps;
}

qint64 count(Database& db, const char* sql)
{
    auto n = db.queryInt(sql);
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("Sync clock: stamps only go up, whatever the wall clock does", "[sync]")
{
    SyncClock clock;
    qint64 wall = 1'790'000'000'000;
    clock.wallMs = [&wall] { return wall; };
    const QString a = nextHlc(clock);
    CHECK(a == QStringLiteral("1790000000000.00000"));
    CHECK(nextHlc(clock) == QStringLiteral("1790000000000.00001")); // the same millisecond counts up
    wall -= 10 * 60 * 1000;                                         // the clock jumps ten minutes back
    const QString back = nextHlc(clock);
    CHECK(back == QStringLiteral("1790000000000.00002"));
    observeHlc(clock, QStringLiteral("1790000000500.00007")); // a later stamp pulled from the hub
    CHECK(nextHlc(clock) == QStringLiteral("1790000000500.00008"));
    observeHlc(clock, QStringLiteral("1700000000000.00000")); // an older one changes nothing
    CHECK(nextHlc(clock) == QStringLiteral("1790000000500.00009"));
    wall += 20 * 60 * 1000;
    CHECK(nextHlc(clock) == QStringLiteral("1790000600000.00000"));
    qint64 ms = 0;
    int counter = 0;
    CHECK(parseHlc(QStringLiteral("1790000600000.00042"), &ms, &counter));
    CHECK(ms == 1'790'000'600'000);
    CHECK(counter == 42);
    CHECK_FALSE(parseHlc(QStringLiteral("garbage"), &ms, &counter));
}

TEST_CASE("Sync capture: every synced column travels, and the outbox commits or rolls back with the change",
          "[sync]")
{
    QTemporaryDir dir;
    Profile profile = freshProfile(dir);
    Database& db = profile.database();
    // The spec names exactly the table's columns: a migration that adds one must extend the spec too.
    for (const SyncTable& table : syncTables()) {
        INFO(table.kind);
        auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                                   .arg(QLatin1String(table.kind))
                                   .toUtf8()
                                   .constData());
        REQUIRE(stmt.ok());
        QStringList columns;
        REQUIRE(stmt.value().forEachRow([&](Statement& row) { columns << row.text(0); }).ok());
        CHECK(columns == table.columns);
    }

    DemoOptions options;
    options.accounts = 30;
    options.seed = 5;
    options.asOf = QDate(2026, 11, 20);
    REQUIRE(generateDemoPortfolio(db, options).ok());
    // Every row the demo wrote is in the outbox once, in one row per record.
    CHECK(count(db, "SELECT count(*) FROM sync_outbox WHERE kind = 'contact_attempt'") ==
          count(db, "SELECT count(*) FROM contact_attempt"));
    CHECK(count(db, "SELECT count(*) FROM sync_outbox WHERE kind = 'account'") ==
          count(db, "SELECT count(*) FROM account"));
    const QStringList stamps = outboxStamps(db);
    QStringList sorted = stamps;
    std::sort(sorted.begin(), sorted.end());
    CHECK(stamps == sorted);
    CHECK(std::adjacent_find(stamps.begin(), stamps.end()) == stamps.end()); // no stamp twice

    const qint64 before = count(db, "SELECT count(*) FROM sync_outbox");
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx.ok());
        REQUIRE(db.exec("UPDATE contact_point SET verified = 1 - verified WHERE rowid = 1").ok());
        // No commit: the change and its outbox row go together.
    }
    CHECK(count(db, "SELECT count(*) FROM sync_outbox") == before);

    REQUIRE(db.exec("UPDATE contact_point SET verified = 1 - verified, value = value WHERE rowid = 1").ok());
    auto changed =
        db.queryText("SELECT fields FROM sync_outbox WHERE action = 'update' ORDER BY seq DESC LIMIT 1");
    REQUIRE(changed.ok());
    CHECK(changed.value() == QStringLiteral("verified,")); // value did not change, so it does not travel
    REQUIRE(db.exec("UPDATE contact_point SET value = value WHERE rowid = 1").ok());
    CHECK(count(db, "SELECT count(*) FROM sync_outbox WHERE action = 'update'") ==
          1); // nothing changed, nothing sent

    // Captures are off while pulled changes are applied.
    db.syncClock().capturing = false;
    REQUIRE(db.exec("UPDATE contact_point SET verified = 1 - verified WHERE rowid = 1").ok());
    db.syncClock().capturing = true;
    CHECK(count(db, "SELECT count(*) FROM sync_outbox WHERE action = 'update'") == 1);
}

TEST_CASE("Sync apply: events once, merged rows from the hub, local unpushed fields kept", "[sync]")
{
    QTemporaryDir dir;
    Profile profile = freshProfile(dir);
    Database& db = profile.database();
    DemoOptions options;
    options.accounts = 10;
    options.seed = 9;
    options.asOf = QDate(2026, 11, 20);
    REQUIRE(generateDemoPortfolio(db, options).ok());
    REQUIRE(db.exec("DELETE FROM sync_outbox").ok());
    auto point = db.queryText("SELECT lower(hex(id)) FROM contact_point ORDER BY rowid LIMIT 1");
    auto debtor = db.queryText("SELECT lower(hex(debtor_id)) FROM contact_point ORDER BY rowid LIMIT 1");
    auto account = db.queryText("SELECT lower(hex(id)) FROM account ORDER BY rowid LIMIT 1");
    REQUIRE(point.ok());
    REQUIRE(debtor.ok());
    REQUIRE(account.ok());
    // This workstation changed the phone's type and has not pushed it yet.
    REQUIRE(db.exec("UPDATE contact_point SET phone_type = 'landline' WHERE rowid = 1").ok());

    const QJsonObject pointBody{{QStringLiteral("id"), point.value()},
                                {QStringLiteral("debtor_id"), debtor.value()},
                                {QStringLiteral("kind"), QStringLiteral("phone")},
                                {QStringLiteral("value"), QStringLiteral("+8613900000009")},
                                {QStringLiteral("phone_type"), QStringLiteral("mobile")},
                                {QStringLiteral("source"), QStringLiteral("hub")},
                                {QStringLiteral("created_at_ms"), 1},
                                {QStringLiteral("hlc"), QStringLiteral("1790000000000.00003")}};
    const QString callId = QStringLiteral("0193000000007000800000000000abcd");
    const QJsonObject callBody{{QStringLiteral("id"), callId},
                               {QStringLiteral("account_id"), account.value()},
                               {QStringLiteral("channel"), QStringLiteral("call")},
                               {QStringLiteral("direction"), QStringLiteral("inbound")},
                               {QStringLiteral("at_ms"), qint64{1790000000000}},
                               {QStringLiteral("outcome"), QStringLiteral("right_party")},
                               {QStringLiteral("right_party"), 1},
                               {QStringLiteral("hlc"), QStringLiteral("1790000000000.00004")}};
    const QJsonArray page{
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact_point")},
                    {QStringLiteral("key"), point.value()},
                    {QStringLiteral("body"), pointBody}},
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact_attempt")},
                    {QStringLiteral("key"), callId},
                    {QStringLiteral("body"), callBody}},
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("contact_attempt")},
                    {QStringLiteral("key"), callId},
                    {QStringLiteral("body"), callBody}},
        QJsonObject{{QStringLiteral("kind"), QStringLiteral("hologram")},
                    {QStringLiteral("key"), QStringLiteral("x")}},
    };
    db.syncClock().capturing = false;
    ChangeApplier applier(db);
    REQUIRE(applier.apply(page).ok());
    db.syncClock().capturing = true;
    CHECK(applier.applied() == 3);
    CHECK(applier.skipped() == 1); // a kind from a newer hub
    CHECK(applier.highestStamp() == QStringLiteral("1790000000000.00004"));
    CHECK(count(db, "SELECT count(*) FROM contact_attempt WHERE id = x'0193000000007000800000000000abcd'") ==
          1);
    auto state =
        db.queryText("SELECT value || '|' || phone_type || '|' || hlc FROM contact_point WHERE rowid = 1");
    REQUIRE(state.ok());
    CHECK(state.value() == QStringLiteral("+8613900000009|landline|1790000000000.00003"));
    CHECK(count(db, "SELECT count(*) FROM sync_outbox") ==
          1); // only the local edit waits; nothing applied went out
}

TEST_CASE("Offline packs: sealed to one profile, applied and queued once, refused when tampered with",
          "[sync]")
{
    QTemporaryDir dir;
    Profile field = freshProfile(dir, "field");
    Profile office = freshProfile(dir, "office");
    Profile stranger = freshProfile(dir, "stranger");
    DemoOptions options;
    options.accounts = 12;
    options.seed = 4;
    options.asOf = QDate(2026, 11, 20);
    REQUIRE(generateDemoPortfolio(field.database(), options).ok());
    const qint64 waiting = count(field.database(), "SELECT count(*) FROM sync_outbox");
    auto officeKey = packPublicKey(office.database());
    REQUIRE(officeKey.ok());
    CHECK(officeKey.value().size() == 32);

    const QString packPath = dir.filePath(QStringLiteral("visit.pack"));
    auto exported = exportPack(field.database(), officeKey.value(), packPath);
    REQUIRE(exported.ok());
    CHECK(exported.value().operations == waiting);
    // The pack never overwrites a file.
    CHECK_FALSE(exportPack(field.database(), officeKey.value(), packPath).ok());

    // Another profile cannot open it; a changed byte is caught; nothing is written either way.
    auto wrong = importPack(stranger.database(), packPath);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().detail.contains(QStringLiteral("another profile")));
    CHECK(count(stranger.database(), "SELECT count(*) FROM account") == 0);
    const QString tampered = dir.filePath(QStringLiteral("tampered.pack"));
    QFile::copy(packPath, tampered);
    flipByte(tampered, 200);
    CHECK_FALSE(importPack(office.database(), tampered).ok());
    CHECK(count(office.database(), "SELECT count(*) FROM account") == 0);
    writeAll(dir.filePath(QStringLiteral("junk.pack")), "not a pack at all");
    CHECK_FALSE(importPack(office.database(), dir.filePath(QStringLiteral("junk.pack"))).ok());

    auto imported = importPack(office.database(), packPath);
    INFO((imported.ok() ? QString() : imported.error().detail).toStdString());
    REQUIRE(imported.ok());
    CHECK_FALSE(imported.value().alreadyImported);
    CHECK(imported.value().operations == waiting);
    CHECK(count(office.database(), "SELECT count(*) FROM account") ==
          count(field.database(), "SELECT count(*) FROM account"));
    CHECK(count(office.database(), "SELECT count(*) FROM contact_attempt") ==
          count(field.database(), "SELECT count(*) FROM contact_attempt"));
    // The office queues the field's own operations (same idempotency keys) for the hub, nothing more.
    CHECK(count(office.database(), "SELECT count(*) FROM sync_outbox") == waiting);

    // Importing the same pack again changes nothing.
    auto again = importPack(office.database(), packPath);
    REQUIRE(again.ok());
    CHECK(again.value().alreadyImported);
    CHECK(count(office.database(), "SELECT count(*) FROM sync_outbox") == waiting);
    CHECK(count(office.database(), "SELECT count(*) FROM contact_attempt") ==
          count(field.database(), "SELECT count(*) FROM contact_attempt"));
}
