// profile.key: the profile's random data key, wrapped (XChaCha20-Poly1305) under a passphrase-derived key.
// The header fields (profile id, the store's salt, the Argon2id parameters) are bound to the ciphertext as
// associated data, so editing any of them makes the file fail to open instead of weakening it.
#pragma once

#include "common/result.h"
#include "crypto/passphrasekdf.h"
#include "crypto/securebytes.h"

#include <QByteArray>
#include <QString>

namespace collector {

constexpr int kDataKeyBytes = 32;
// SQLCipher keeps a random 16-byte salt in the clear at the start of the store file; recording it here
// tells "this key file belongs to another store" apart from "the store is damaged".
constexpr int kStoreSaltBytes = 16;

class KeyFile
{
public:
    static constexpr int kFormatVersion = 1;

    static Result<KeyFile> parse(const QByteArray& bytes);
    QByteArray serialize() const;

    // Wraps dataKey under passphraseKey, which was derived with kdfSalt and limits.
    static Result<KeyFile> seal(const SecureBytes& dataKey, const SecureBytes& passphraseKey,
                                const QByteArray& kdfSalt, KdfLimits limits, const QString& profileId,
                                const QByteArray& storeSalt);
    // The data key, or WrongPassphrase when passphraseKey does not authenticate the file.
    Result<SecureBytes> unwrap(const SecureBytes& passphraseKey) const;

    const QString& profileId() const { return m_profileId; }
    const QByteArray& storeSalt() const { return m_storeSalt; }
    const QByteArray& kdfSalt() const { return m_kdfSalt; }
    KdfLimits limits() const { return m_limits; }

private:
    QByteArray associatedData() const;

    QString m_profileId;
    QByteArray m_storeSalt;
    QByteArray m_kdfSalt;
    KdfLimits m_limits;
    QByteArray m_nonce;
    QByteArray m_ciphertext;
};

} // namespace collector
