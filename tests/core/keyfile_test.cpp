// profile.key: wrapping, the binding of its header to the ciphertext, and a fuzz of the parser.
#include "crypto/keyfile.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

struct Sealed
{
    SecureBytes dataKey;
    SecureBytes passphraseKey;
    KeyFile file;
};

Sealed sealOne()
{
    const QByteArray kdfSalt(kKdfSaltBytes, '\x11');
    const KdfLimits limits = KdfLimits::fastForTestsOnly();
    auto passphraseKey = derivePassphraseKey(test::passphrase("a passphrase"), kdfSalt, limits);
    REQUIRE(passphraseKey.ok());
    SecureBytes dataKey = SecureBytes::random(kDataKeyBytes);
    auto file = KeyFile::seal(dataKey, passphraseKey.value(), kdfSalt, limits,
                              QUuid::createUuid().toString(QUuid::WithoutBraces),
                              QByteArray(kStoreSaltBytes, '\x22'));
    REQUIRE(file.ok());
    return {std::move(dataKey), std::move(passphraseKey.value()), std::move(file.value())};
}

QByteArray withField(const QByteArray& json, const QString& path, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root[parts[0]] = value;
    } else {
        QJsonObject inner = root[parts[0]].toObject();
        inner[parts[1]] = value;
        root[parts[0]] = inner;
    }
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("a sealed key file survives serialisation and unwraps only with its passphrase key", "[keyfile]")
{
    Sealed s = sealOne();
    auto parsed = KeyFile::parse(s.file.serialize());
    REQUIRE(parsed.ok());
    auto unwrapped = parsed.value().unwrap(s.passphraseKey);
    REQUIRE(unwrapped.ok());
    CHECK(unwrapped.value().equals(s.dataKey));

    auto other =
        derivePassphraseKey(test::passphrase("another passphrase"), s.file.kdfSalt(), s.file.limits());
    REQUIRE(other.ok());
    auto refused = parsed.value().unwrap(other.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("Argon2id depends on passphrase, salt and limits", "[keyfile]")
{
    const KdfLimits limits = KdfLimits::fastForTestsOnly();
    const QByteArray salt(kKdfSaltBytes, '\x01');
    auto a = derivePassphraseKey(test::passphrase("same"), salt, limits);
    auto b = derivePassphraseKey(test::passphrase("same"), salt, limits);
    auto c = derivePassphraseKey(test::passphrase("same"), QByteArray(kKdfSaltBytes, '\x02'), limits);
    auto d = derivePassphraseKey(test::passphrase("same"), salt, {limits.opsLimit + 1, limits.memLimitBytes});
    REQUIRE((a.ok() && b.ok() && c.ok() && d.ok()));
    CHECK(a.value().equals(b.value()));
    CHECK_FALSE(a.value().equals(c.value()));
    CHECK_FALSE(a.value().equals(d.value()));
    CHECK(KdfLimits::moderate().opsLimit >= 3);
    CHECK(KdfLimits::moderate().memLimitBytes >= 256ULL * 1024 * 1024);
}

TEST_CASE("editing any header field makes the key file fail instead of weakening it", "[keyfile]")
{
    Sealed s = sealOne();
    const QByteArray json = s.file.serialize();
    // Each edit keeps the file well-formed, so only the authentication can catch it.
    const QList<QPair<QString, QJsonValue>> edits{
        {QStringLiteral("storeSalt"), QString::fromLatin1(QByteArray(kStoreSaltBytes, '\x23').toBase64())},
        {QStringLiteral("profileId"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("kdf.opsLimit"), 2},
    };
    for (const auto& [field, value] : edits) {
        INFO(field.toStdString());
        auto parsed = KeyFile::parse(withField(json, field, value));
        REQUIRE(parsed.ok());
        auto unwrapped = parsed.value().unwrap(s.passphraseKey);
        REQUIRE_FALSE(unwrapped.ok());
        CHECK(unwrapped.error().code == ErrorCode::WrongPassphrase);
    }
}

TEST_CASE("the parser names what is wrong with a file that is not a usable key file", "[keyfile]")
{
    Sealed s = sealOne();
    const QByteArray json = s.file.serialize();
    const QList<QByteArray> bad{
        QByteArray(),
        QByteArray("not json at all"),
        QByteArray("[1,2,3]"),
        withField(json, QStringLiteral("format"), QStringLiteral("keepass")),
        withField(json, QStringLiteral("version"), 2),
        withField(json, QStringLiteral("kdf.memLimit"), 64.0 * 1024 * 1024 * 1024), // would allocate 64 GiB
        withField(json, QStringLiteral("kdf.opsLimit"), 0),
        withField(json, QStringLiteral("kdf.opsLimit"), 2.5),
        withField(json, QStringLiteral("kdf.memLimit"),
                  1e300), // found by keyfile_fuzz: must not reach a cast
        withField(json, QStringLiteral("kdf.opsLimit"), -1e300),
        withField(json, QStringLiteral("kdf.salt"), QStringLiteral("c2hvcnQ=")),
        withField(json, QStringLiteral("wrap.nonce"), QStringLiteral("!!!not base64!!!")),
        withField(json, QStringLiteral("wrap.algorithm"), QStringLiteral("rot13")),
    };
    for (const QByteArray& bytes : bad) {
        auto parsed = KeyFile::parse(bytes);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::KeyFileInvalid);
    }
}

TEST_CASE("fuzz: mutated key files never crash the parser and never yield a different key", "[keyfile][fuzz]")
{
    Sealed s = sealOne();
    const QByteArray original = s.file.serialize();
    QRandomGenerator rng(20261123); // fixed seed: a failure reproduces
    int parsedCount = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = original;
        const int edits = 1 + static_cast<int>(rng.bounded(4));
        for (int e = 0; e < edits && !mutated.isEmpty(); ++e) {
            const int pos = static_cast<int>(rng.bounded(static_cast<quint32>(mutated.size())));
            switch (rng.bounded(4)) {
            case 0:
                mutated[pos] = static_cast<char>(rng.bounded(256));
                break;
            case 1:
                mutated.remove(pos, 1 + static_cast<int>(rng.bounded(8)));
                break;
            case 2:
                mutated.insert(pos, static_cast<char>(rng.bounded(256)));
                break;
            default:
                mutated.truncate(pos);
                break;
            }
        }
        auto parsed = KeyFile::parse(mutated);
        if (!parsed.ok()) {
            CHECK(parsed.error().code == ErrorCode::KeyFileInvalid);
            continue;
        }
        ++parsedCount;
        auto unwrapped = parsed.value().unwrap(s.passphraseKey);
        if (unwrapped.ok())
            CHECK(unwrapped.value().equals(s.dataKey)); // only layout-only edits (whitespace) may still open
    }
    CHECK(parsedCount < 3000); // the mutations did reach the error paths
}
