// Profiles: creation, every way opening can fail, passphrase change, rekey (also interrupted), backup in use,
// verification and tampering.
#include "profile/profile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <catch2/catch_test_macros.hpp>
#include <thread>

using namespace collector;

namespace {

const char* kPass = "first passphrase 2026";
const char* kNewPass = "second passphrase 2026";

Profile createProfile(const QString& dir)
{
    auto profile = Profile::create(dir, test::passphrase(kPass), KdfLimits::fastForTestsOnly());
    REQUIRE(profile.ok());
    return std::move(profile.value());
}

Profile openProfile(const QString& dir, const char* pass = kPass)
{
    auto profile = Profile::open(dir, test::passphrase(pass));
    if (!profile.ok())
        FAIL("open failed: " << profile.error().detail.toStdString());
    return std::move(profile.value());
}

ErrorCode openError(const QString& dir, const char* pass = kPass)
{
    auto profile = Profile::open(dir, test::passphrase(pass));
    REQUIRE_FALSE(profile.ok());
    return profile.error().code;
}

// Enough rows of incompressible data to spread the table over many pages.
void fillRows(Database& db, int rows)
{
    REQUIRE(db.exec("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)").ok());
    auto insert = db.prepare("INSERT INTO rows (payload) VALUES (randomblob(400))");
    REQUIRE(insert.ok());
    REQUIRE(db.exec("BEGIN").ok());
    for (int i = 0; i < rows; ++i) {
        REQUIRE(insert.value().run().ok());
        insert.value().reset();
    }
    REQUIRE(db.exec("COMMIT").ok());
}

qint64 rowCount(Profile& profile)
{
    return profile.database().queryInt("SELECT count(*) FROM rows").value();
}

} // namespace

TEST_CASE("init refuses a folder that already holds a profile and touches nothing", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    {
        Profile p = createProfile(dir);
    }
    const QByteArray store = test::fileSha256(Profile::storePath(dir));
    const QByteArray key = test::fileSha256(Profile::keyPath(dir));
    auto again = Profile::create(dir, test::passphrase(kPass), KdfLimits::fastForTestsOnly());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::ProfileExists);
    CHECK(test::fileSha256(Profile::storePath(dir)) == store);
    CHECK(test::fileSha256(Profile::keyPath(dir)) == key);

    // A lone key file is a profile too (its store may be on its way back from a backup).
    const QString lone = tmp.filePath(QStringLiteral("lone"));
    QDir().mkpath(lone);
    test::writeAll(Profile::keyPath(lone), "{}");
    auto refused = Profile::create(lone, test::passphrase(kPass), KdfLimits::fastForTestsOnly());
    REQUIRE_FALSE(refused.ok());
    CHECK(test::readAll(Profile::keyPath(lone)) == "{}");
}

TEST_CASE("a created profile is owner-only and reopens with its passphrase", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    QString id;
    {
        Profile p = createProfile(dir);
        id = p.profileId();
        fillRows(p.database(), 10);
    }
    CHECK(QFile::permissions(Profile::storePath(dir)) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                          QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(QFile::permissions(Profile::keyPath(dir)) & QFileDevice::ReadOther);
    Profile p = openProfile(dir);
    CHECK(p.profileId() == id);
    CHECK(rowCount(p) == 10);
}

TEST_CASE("opening names what is wrong: missing profile, missing, damaged or foreign key file", "[profile]")
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("a"));
    const QString b = tmp.filePath(QStringLiteral("b"));
    {
        Profile pa = createProfile(a);
    }
    {
        Profile pb = createProfile(b);
    }

    CHECK(openError(tmp.filePath(QStringLiteral("nowhere"))) == ErrorCode::ProfileMissing);

    const QByteArray keyA = test::readAll(Profile::keyPath(a));
    QFile::remove(Profile::keyPath(a));
    CHECK(openError(a) == ErrorCode::KeyFileMissing);

    test::writeAll(Profile::keyPath(a), "garbage that is not a key file");
    CHECK(openError(a) == ErrorCode::KeyFileInvalid);

    // b's key file in a's folder: same passphrase, so it unwraps, but it was made for b's store.
    QFile::copy(Profile::keyPath(b), Profile::keyPath(a) + QStringLiteral(".b"));
    QFile::remove(Profile::keyPath(a));
    QFile::rename(Profile::keyPath(a) + QStringLiteral(".b"), Profile::keyPath(a));
    const QByteArray storeA = test::fileSha256(Profile::storePath(a));
    CHECK(openError(a) == ErrorCode::KeyMismatch);
    CHECK(test::fileSha256(Profile::storePath(a)) == storeA);

    test::writeAll(Profile::keyPath(a), keyA);
    Profile back = openProfile(a);
    CHECK_FALSE(back.profileId().isEmpty());
}

TEST_CASE("a passphrase change keeps every row and retires the old passphrase", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    {
        Profile p = createProfile(dir);
        fillRows(p.database(), 200);
        REQUIRE(p.changePassphrase(test::passphrase(kNewPass), KdfLimits::fastForTestsOnly()).ok());
    }
    CHECK(openError(dir, kPass) == ErrorCode::WrongPassphrase);
    Profile p = openProfile(dir, kNewPass);
    CHECK(rowCount(p) == 200);
}

TEST_CASE("rekey keeps every row, retires the old data key and needs the profile alone", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    Profile p = createProfile(dir);
    fillRows(p.database(), 300);
    const QByteArray before =
        p.database().queryText("SELECT group_concat(hex(payload), '') FROM rows").value().toLatin1();

    {
        Profile second = openProfile(dir);
        auto busy = p.rekey();
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error().code == ErrorCode::ProfileInUse);
    }
    const QByteArray keyFileBefore = test::readAll(Profile::keyPath(dir));
    REQUIRE(p.rekey().ok());
    CHECK(test::readAll(Profile::keyPath(dir)) != keyFileBefore);
    CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/profile.key.pending")));
    CHECK(p.database().queryText("SELECT group_concat(hex(payload), '') FROM rows").value().toLatin1() ==
          before);

    p = openProfile(dir); // the new key file opens the rotated store
    CHECK(rowCount(p) == 300);
    CHECK(p.verify().value().ok());
}

TEST_CASE("after a rotation the old key file is recognised as another store's key", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    QByteArray oldKeyFile;
    {
        Profile p = createProfile(dir);
        oldKeyFile = test::readAll(Profile::keyPath(dir));
        REQUIRE(p.rekey().ok());
    }
    test::writeAll(Profile::keyPath(dir), oldKeyFile);
    CHECK(openError(dir) == ErrorCode::KeyMismatch);
}

TEST_CASE("a rekey interrupted at either point leaves a profile that opens", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString pending = dir + QStringLiteral("/profile.key.pending");
    QByteArray oldKeyFile;
    QByteArray newKeyFile;
    {
        Profile p = createProfile(dir);
        fillRows(p.database(), 50);
        oldKeyFile = test::readAll(Profile::keyPath(dir));
        REQUIRE(p.rekey().ok());
        newKeyFile = test::readAll(Profile::keyPath(dir));
    }
    SECTION("died after re-encrypting, before renaming the new key file")
    {
        test::writeAll(Profile::keyPath(dir), oldKeyFile);
        test::writeAll(pending, newKeyFile);
        Profile p = openProfile(dir);
        CHECK(rowCount(p) == 50);
        CHECK_FALSE(QFileInfo::exists(pending));
        CHECK(test::readAll(Profile::keyPath(dir)) == newKeyFile);
    }
    SECTION("died after writing the new key file, before re-encrypting")
    {
        test::writeAll(pending, oldKeyFile); // made for a store file that was never swapped in
        test::writeAll(dir + QStringLiteral("/store.db.rotating"), "half-written rotation");
        Profile p = openProfile(dir);
        CHECK(rowCount(p) == 50);
        CHECK_FALSE(QFileInfo::exists(pending));
        CHECK(test::readAll(Profile::keyPath(dir)) == newKeyFile);
        CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/store.db.rotating")));
    }
}

TEST_CASE("backup writes a consistent encrypted copy while another connection keeps writing", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    Profile p = createProfile(dir);
    fillRows(p.database(), 2000);

    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        auto other = Profile::open(dir, test::passphrase(kPass));
        if (!other.ok())
            return;
        auto insert = other.value().database().prepare("INSERT INTO rows (payload) VALUES (randomblob(400))");
        while (!stop && insert.ok() && insert.value().run().ok()) {
            insert.value().reset();
            ++written;
        }
    });
    REQUIRE(test::waitUntil([&] { return written > 20; }));
    const QString out = tmp.filePath(QStringLiteral("backup.db"));
    REQUIRE(p.backupTo(out).ok());
    const int writtenByThen = written;
    stop = true;
    writer.join();
    CHECK(written > writtenByThen - 1);

    // Restore: the two files in an empty folder make a profile that opens with the same passphrase.
    const QString restored = tmp.filePath(QStringLiteral("restored"));
    QDir().mkpath(restored);
    REQUIRE(QFile::copy(out, Profile::storePath(restored)));
    REQUIRE(QFile::copy(out + QStringLiteral(".key"), Profile::keyPath(restored)));
    CHECK(test::readAll(out).left(16) != QByteArray("SQLite format 3\0", 16));
    Profile copy = openProfile(restored);
    CHECK(copy.profileId() == p.profileId());
    auto report = copy.verify();
    REQUIRE(report.ok());
    CHECK(report.value().ok());
    // Consistent: row ids are exactly 1..n with no holes, a single moment of the live store.
    const qint64 n = rowCount(copy);
    CHECK(n >= 2000);
    CHECK(copy.database().queryInt("SELECT max(id) FROM rows").value() == n);

    // A second backup to the same name is refused and leaves the first intact.
    const QByteArray first = test::fileSha256(out);
    auto again = p.backupTo(out);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::OutputExists);
    CHECK(test::fileSha256(out) == first);
}

TEST_CASE("verify passes a sound store and reports a flipped byte as tampering", "[profile]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    {
        Profile p = createProfile(dir);
        fillRows(p.database(), 400);
        auto report = p.verify();
        REQUIRE(report.ok());
        CHECK(report.value().ok());
    }
    const QString store = Profile::storePath(dir);
    const qint64 pageSize = 4096;
    REQUIRE(QFileInfo(store).size() > 20 * pageSize);

    SECTION("a byte in a data page: the store opens, verify finds the page")
    {
        test::flipByte(store, 10 * pageSize + 1234);
        Profile p = openProfile(dir);
        auto report = p.verify();
        REQUIRE(report.ok());
        CHECK_FALSE(report.value().ok());
        CHECK_FALSE(report.value().cipherProblems.isEmpty());
    }
    SECTION("a byte in the first page after the salt: the store refuses to open")
    {
        test::flipByte(store, 100);
        CHECK(openError(dir) == ErrorCode::StoreTampered);
    }
    SECTION("a byte in the salt: the key file no longer matches the store")
    {
        test::flipByte(store, 3);
        CHECK(openError(dir) == ErrorCode::KeyMismatch);
    }
}
