// Turns a passphrase into the key that wraps a profile's data key (Argon2id, libsodium).
#pragma once

#include "common/result.h"
#include "crypto/securebytes.h"

#include <QByteArray>
#include <QtGlobal>

namespace collector {

struct KdfLimits
{
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // libsodium's MODERATE: the floor for any key a person relies on.
    static KdfLimits moderate();
    // The smallest limits libsodium accepts; only for tests, which create hundreds of profiles.
    static KdfLimits fastForTestsOnly();
    // MODERATE, unless COLLECTOR_TEST_FAST_KDF=1 is set in the environment (the test suite sets it).
    static KdfLimits forNewKeys();
    // Limits a key file may carry: at least libsodium's minimum, at most what a workstation can afford
    // (a hostile file must not make unlocking allocate gigabytes).
    bool isAcceptable() const;

    friend bool operator==(const KdfLimits&, const KdfLimits&) = default;
};

constexpr int kKdfSaltBytes = 16;
constexpr int kKeyEncryptionKeyBytes = 32;

Result<SecureBytes> derivePassphraseKey(const SecureBytes& passphrase, const QByteArray& salt,
                                        KdfLimits limits);

} // namespace collector
