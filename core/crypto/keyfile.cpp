#include "crypto/keyfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>
#include <sodium.h>

namespace collector {

namespace {

const QLatin1String kFormatName("collector-workstation-profile-key");
const QLatin1String kKdfAlgorithm("argon2id13");
const QLatin1String kWrapAlgorithm("xchacha20poly1305-ietf");
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kCiphertextBytes = kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;

Error invalid(const char* what)
{
    return makeError(ErrorCode::KeyFileInvalid, QStringLiteral("key file: %1").arg(QLatin1String(what)));
}

// Base64 that must decode to exactly `expected` bytes; anything else is a damaged file.
bool decodeExact(const QJsonValue& value, int expected, QByteArray& out)
{
    if (!value.isString())
        return false;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expected)
        return false;
    out = decoded.decoded;
    return true;
}

bool readLimit(const QJsonObject& kdf, const QString& name, quint64& out)
{
    const QJsonValue v = kdf.value(name);
    if (!v.isDouble())
        return false;
    // JSON numbers are doubles. Range first: converting a double beyond the integer range is undefined.
    const double d = v.toDouble();
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (!(d >= 0 && d <= kExactIntegerLimit) || std::floor(d) != d)
        return false;
    out = static_cast<quint64>(d);
    return true;
}

} // namespace

Result<KeyFile> KeyFile::parse(const QByteArray& bytes)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid("not JSON");
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormatName)
        return invalid("not a Collector Workstation key file");
    if (root.value(QStringLiteral("version")).toInt(-1) != kFormatVersion)
        return invalid("unsupported key file version");

    KeyFile file;
    file.m_profileId = root.value(QStringLiteral("profileId")).toString();
    if (QUuid::fromString(file.m_profileId).isNull())
        return invalid("profile id missing");
    if (!decodeExact(root.value(QStringLiteral("storeSalt")), kStoreSaltBytes, file.m_storeSalt))
        return invalid("store salt damaged");

    const QJsonObject kdf = root.value(QStringLiteral("kdf")).toObject();
    if (kdf.value(QStringLiteral("algorithm")).toString() != kKdfAlgorithm)
        return invalid("unknown key derivation");
    if (!readLimit(kdf, QStringLiteral("opsLimit"), file.m_limits.opsLimit) ||
        !readLimit(kdf, QStringLiteral("memLimit"), file.m_limits.memLimitBytes) ||
        !file.m_limits.isAcceptable())
        return invalid("key derivation limits out of range");
    if (!decodeExact(kdf.value(QStringLiteral("salt")), kKdfSaltBytes, file.m_kdfSalt))
        return invalid("key derivation salt damaged");

    const QJsonObject wrap = root.value(QStringLiteral("wrap")).toObject();
    if (wrap.value(QStringLiteral("algorithm")).toString() != kWrapAlgorithm)
        return invalid("unknown key wrapping");
    if (!decodeExact(wrap.value(QStringLiteral("nonce")), kNonceBytes, file.m_nonce) ||
        !decodeExact(wrap.value(QStringLiteral("ciphertext")), kCiphertextBytes, file.m_ciphertext))
        return invalid("wrapped key damaged");
    return file;
}

QByteArray KeyFile::serialize() const
{
    QJsonObject kdf{{QStringLiteral("algorithm"), kKdfAlgorithm},
                    {QStringLiteral("opsLimit"), static_cast<double>(m_limits.opsLimit)},
                    {QStringLiteral("memLimit"), static_cast<double>(m_limits.memLimitBytes)},
                    {QStringLiteral("salt"), QString::fromLatin1(m_kdfSalt.toBase64())}};
    QJsonObject wrap{{QStringLiteral("algorithm"), kWrapAlgorithm},
                     {QStringLiteral("nonce"), QString::fromLatin1(m_nonce.toBase64())},
                     {QStringLiteral("ciphertext"), QString::fromLatin1(m_ciphertext.toBase64())}};
    QJsonObject root{{QStringLiteral("format"), kFormatName},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("profileId"), m_profileId},
                     {QStringLiteral("storeSalt"), QString::fromLatin1(m_storeSalt.toBase64())},
                     {QStringLiteral("kdf"), kdf},
                     {QStringLiteral("wrap"), wrap}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray KeyFile::associatedData() const
{
    return QByteArray(kFormatName.latin1()) + '|' + QByteArray::number(kFormatVersion) + '|' +
           m_profileId.toLatin1() + '|' + m_storeSalt.toHex() + '|' + kKdfAlgorithm.latin1() + '|' +
           QByteArray::number(m_limits.opsLimit) + '|' + QByteArray::number(m_limits.memLimitBytes) + '|' +
           m_kdfSalt.toHex() + '|' + kWrapAlgorithm.latin1();
}

Result<KeyFile> KeyFile::seal(const SecureBytes& dataKey, const SecureBytes& passphraseKey,
                              const QByteArray& kdfSalt, KdfLimits limits, const QString& profileId,
                              const QByteArray& storeSalt)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium failed to initialise"));
    if (dataKey.size() != kDataKeyBytes || passphraseKey.size() != kKeyEncryptionKeyBytes ||
        kdfSalt.size() != kKdfSaltBytes || storeSalt.size() != kStoreSaltBytes || !limits.isAcceptable())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("key file: bad sealing parameters"));

    KeyFile file;
    file.m_profileId = profileId;
    file.m_storeSalt = storeSalt;
    file.m_kdfSalt = kdfSalt;
    file.m_limits = limits;
    file.m_nonce.resize(kNonceBytes);
    randombytes_buf(file.m_nonce.data(), kNonceBytes);
    file.m_ciphertext.resize(kCiphertextBytes);
    const QByteArray ad = file.associatedData();
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(file.m_ciphertext.data()), &written, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        nullptr, reinterpret_cast<const unsigned char*>(file.m_nonce.constData()), passphraseKey.data());
    return file;
}

Result<SecureBytes> KeyFile::unwrap(const SecureBytes& passphraseKey) const
{
    if (passphraseKey.size() != kKeyEncryptionKeyBytes)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("key file: bad unwrapping key"));
    SecureBytes dataKey(kDataKeyBytes);
    if (!dataKey.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory for a key"));
    const QByteArray ad = associatedData();
    unsigned long long read = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        dataKey.data(), &read, nullptr, reinterpret_cast<const unsigned char*>(m_ciphertext.constData()),
        static_cast<unsigned long long>(m_ciphertext.size()),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
        reinterpret_cast<const unsigned char*>(m_nonce.constData()), passphraseKey.data());
    if (rc != 0 || read != kDataKeyBytes)
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("key file did not authenticate"));
    return dataKey;
}

} // namespace collector
