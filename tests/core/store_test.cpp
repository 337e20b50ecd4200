// Database, Statement and Transaction over a real SQLCipher file.
#include "store/database.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>
#include <sqlite3.h>

using namespace collector;

namespace {

Database freshStore(const QTemporaryDir& dir, const SecureBytes& key)
{
    auto db = Database::open(dir.filePath(QStringLiteral("s.db")), key, OpenMode::CreateNew);
    REQUIRE(db.ok());
    REQUIRE(db.value().exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT, b BLOB, r REAL)").ok());
    return std::move(db.value());
}

qint64 countRows(Database& db)
{
    auto n = db.queryInt("SELECT count(*) FROM t");
    REQUIRE(n.ok());
    return n.value();
}

} // namespace

TEST_CASE("every connection gets WAL, in-memory temp storage, foreign keys and a large page cache", "[store]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = freshStore(dir, key);
    CHECK(db.queryText("PRAGMA journal_mode").value() == QLatin1String("wal"));
    CHECK(db.queryInt("PRAGMA temp_store").value() == 2); // 2 = MEMORY
    CHECK(db.queryInt("PRAGMA foreign_keys").value() == 1);
    CHECK(db.queryInt("PRAGMA synchronous").value() == 2); // 2 = FULL
    CHECK(db.queryInt("PRAGMA cache_size").value() == -StoreTuning{}.cacheKiB);
}

TEST_CASE("a transaction rolls back unless committed", "[store]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = freshStore(dir, key);
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx.ok());
        REQUIRE(db.exec("INSERT INTO t (v) VALUES ('dropped')").ok());
    }
    CHECK(countRows(db) == 0);
    {
        auto tx = Transaction::begin(db);
        REQUIRE(tx.ok());
        REQUIRE(db.exec("INSERT INTO t (v) VALUES ('kept')").ok());
        Transaction moved = std::move(tx.value()); // the moved-from one must not roll back
        REQUIRE(moved.commit().ok());
        CHECK_FALSE(moved.commit().ok()); // a second commit is an error, not a silent no-op
    }
    CHECK(countRows(db) == 1);
}

TEST_CASE("statements round-trip integers, UTF-8 text, blobs, reals and nulls", "[store]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = freshStore(dir, key);
    auto insert = db.prepare("INSERT INTO t (id, v, b, r) VALUES (?, ?, ?, ?)");
    REQUIRE(insert.ok());
    const QByteArray blob("\x00\x01\xfe\xff", 4);
    insert.value()
        .bind(1, qint64{9007199254740993})
        .bind(2, QStringLiteral("张伟 O'Brien"))
        .bind(3, blob)
        .bind(4, 0.25);
    REQUIRE(insert.value().run().ok());
    insert.value().reset();
    insert.value().bind(1, 2).bindNull(2).bindNull(3).bindNull(4);
    REQUIRE(insert.value().run().ok());

    auto select = db.prepare("SELECT id, v, b, r FROM t ORDER BY id DESC");
    REQUIRE(select.ok());
    REQUIRE(select.value().step().value());
    CHECK(select.value().int64(0) == 9007199254740993);
    CHECK(select.value().text(1) == QStringLiteral("张伟 O'Brien"));
    CHECK(select.value().blob(2) == blob);
    CHECK(select.value().real(3) == 0.25);
    REQUIRE(select.value().step().value());
    CHECK(select.value().isNull(1));
    CHECK(select.value().isNull(2));
    CHECK_FALSE(select.value().step().value());
}

TEST_CASE("a failed bind is reported by the next step instead of being lost", "[store]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    Database db = freshStore(dir, key);
    auto insert = db.prepare("INSERT INTO t (v) VALUES (?)");
    REQUIRE(insert.ok());
    insert.value().bind(5, QStringLiteral("no such parameter"));
    auto stepped = insert.value().step();
    REQUIRE_FALSE(stepped.ok());
    CHECK(stepped.error().code == ErrorCode::Database);
    CHECK(countRows(db) == 0);
}

TEST_CASE("open modes refuse to create or to overwrite", "[store]")
{
    QTemporaryDir dir;
    const SecureBytes key = SecureBytes::random(32);
    auto missing = Database::open(dir.filePath(QStringLiteral("none.db")), key, OpenMode::Existing);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::ProfileMissing);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));

    {
        Database db = freshStore(dir, key);
    }
    const QByteArray before = test::fileSha256(dir.filePath(QStringLiteral("s.db")));
    auto again = Database::open(dir.filePath(QStringLiteral("s.db")), key, OpenMode::CreateNew);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::ProfileExists);
    CHECK(test::fileSha256(dir.filePath(QStringLiteral("s.db"))) == before);
}

TEST_CASE("a plaintext SQLite file is refused before any key is tried", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    // SQLCipher without a key writes an ordinary, unencrypted SQLite file.
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &raw) == SQLITE_OK);
    REQUIRE(sqlite3_exec(raw, "CREATE TABLE x (a); INSERT INTO x VALUES (1);", nullptr, nullptr, nullptr) ==
            SQLITE_OK);
    sqlite3_close(raw);
    REQUIRE(fileStartsAsPlaintextSqlite(path));

    const QByteArray before = test::fileSha256(path);
    auto db = Database::open(path, SecureBytes::random(32), OpenMode::Existing);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::StoreNotEncrypted);
    CHECK(test::fileSha256(path) == before);
}
