// The encryption canary (after KMyMoney's SQLCipher tests): the engine is SQLCipher 4, nothing readable
// reaches the disk, and a wrong key changes no byte of the file.
#include "profile/profile.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {
const char* kPass = "canary passphrase 2026";
const QByteArray kMarker("CANARY-PLAINTEXT-MARKER-7f3a");
} // namespace

TEST_CASE("the store is SQLCipher 4 and its file reveals neither header nor contents", "[canary]")
{
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("p"));
    {
        auto profile = Profile::create(profileDir, test::passphrase(kPass), KdfLimits::fastForTestsOnly());
        REQUIRE(profile.ok());
        Database& db = profile.value().database();
        CHECK(db.cipherVersion().startsWith(QLatin1String("4.")));
        REQUIRE(db.exec("CREATE TABLE secrets (v TEXT)").ok());
        auto insert = db.prepare("INSERT INTO secrets (v) VALUES (?)");
        REQUIRE(insert.ok());
        insert.value().bind(1, QString::fromLatin1(kMarker));
        REQUIRE(insert.value().run().ok());
        REQUIRE(db.checkpoint().ok());
    }
    const QByteArray bytes = test::readAll(Profile::storePath(profileDir));
    REQUIRE(bytes.size() >= 4096);
    CHECK(bytes.left(16) != QByteArray("SQLite format 3\0", 16));
    CHECK_FALSE(bytes.contains(kMarker));
    CHECK_FALSE(bytes.contains("CREATE TABLE"));
}

TEST_CASE("a wrong key or passphrase fails and changes no byte of the profile", "[canary]")
{
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("p"));
    {
        auto profile = Profile::create(profileDir, test::passphrase(kPass), KdfLimits::fastForTestsOnly());
        REQUIRE(profile.ok());
    }
    const QString store = Profile::storePath(profileDir);
    const QByteArray storeBefore = test::fileSha256(store);
    const QByteArray keyBefore = test::fileSha256(Profile::keyPath(profileDir));
    REQUIRE_FALSE(storeBefore.isEmpty());

    auto wrongPassphrase = Profile::open(profileDir, test::passphrase("not the passphrase"));
    REQUIRE_FALSE(wrongPassphrase.ok());
    CHECK(wrongPassphrase.error().code == ErrorCode::WrongPassphrase);

    auto wrongKey = Database::open(store, SecureBytes::random(32), OpenMode::Existing);
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == ErrorCode::KeyMismatch);

    CHECK(test::fileSha256(store) == storeBefore);
    CHECK(test::fileSha256(Profile::keyPath(profileDir)) == keyBefore);
    CHECK_FALSE(QFileInfo::exists(store + QStringLiteral("-wal")));
}
