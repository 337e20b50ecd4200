#include "crypto/passphrasekdf.h"

#include <sodium.h>

namespace collector {

namespace {
constexpr quint64 kMaxOpsLimit = 16;
constexpr quint64 kMaxMemLimitBytes = 2ULL * 1024 * 1024 * 1024;
} // namespace

KdfLimits KdfLimits::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::fastForTestsOnly()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

KdfLimits KdfLimits::forNewKeys()
{
    return qEnvironmentVariable("COLLECTOR_TEST_FAST_KDF") == QLatin1String("1") ? fastForTestsOnly()
                                                                                 : moderate();
}

bool KdfLimits::isAcceptable() const
{
    return opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit &&
           memLimitBytes >= crypto_pwhash_argon2id_MEMLIMIT_MIN && memLimitBytes <= kMaxMemLimitBytes;
}

Result<SecureBytes> derivePassphraseKey(const SecureBytes& passphrase, const QByteArray& salt,
                                        KdfLimits limits)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to initialise"));
    if (salt.size() != kKdfSaltBytes || !limits.isAcceptable())
        return makeError(ErrorCode::KeyFileInvalid, QStringLiteral("key derivation parameters out of range"));
    SecureBytes key(kKeyEncryptionKeyBytes);
    if (!key.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory for a key"));
    const auto* passData = reinterpret_cast<const char*>(passphrase.data());
    const int rc = crypto_pwhash(key.data(), key.size(), passData ? passData : "", passphrase.size(),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), limits.opsLimit,
                                 static_cast<size_t>(limits.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("Argon2id ran out of memory"));
    return key;
}

} // namespace collector
