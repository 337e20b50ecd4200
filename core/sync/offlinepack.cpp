#include "sync/offlinepack.h"

#include "crypto/securebytes.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "sync/syncapply.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <sodium.h>

namespace collector {

namespace {

constexpr char kMagic[] = "COLLECTOR-PACK-1\n";
constexpr qint64 kMaxPackBytes = 512LL * 1024 * 1024;

Error packError(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// The key pair, made once: the public half may be handed to anyone, the secret half never leaves the store.
Status ensureKeyPair(Database& db)
{
    auto existing = readSyncState(db, "pack_public_key");
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return {};
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium could not start"));
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, '\0');
    SecureBytes secretKey(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(publicKey.data()), secretKey.data());
    const QByteArray secretBase64 =
        QByteArray(reinterpret_cast<const char*>(secretKey.data()), static_cast<qsizetype>(secretKey.size()))
            .toBase64();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto done = writeSyncState(db, QStringLiteral("pack_secret_key"), QString::fromLatin1(secretBase64));
        !done)
        return done;
    if (auto done =
            writeSyncState(db, QStringLiteral("pack_public_key"), QString::fromLatin1(publicKey.toBase64()));
        !done)
        return done;
    return tx.value().commit();
}

} // namespace

Result<QByteArray> packPublicKey(Database& db)
{
    if (auto done = ensureKeyPair(db); !done)
        return done.error();
    auto key = readSyncState(db, "pack_public_key");
    if (!key)
        return key.error();
    return QByteArray::fromBase64(key.value().toLatin1());
}

Result<PackExport> exportPack(Database& db, const QByteArray& recipientKey, const QString& outPath)
{
    if (recipientKey.size() != crypto_box_PUBLICKEYBYTES)
        return packError(QCoreApplication::translate(
            "Sync", "The receiving profile's key must be the 32-byte key \"pack key\" printed there"));
    if (QFileInfo::exists(outPath))
        return makeError(
            ErrorCode::OutputExists,
            QCoreApplication::translate("Sync", "%1 exists already; choose a new file name").arg(outPath));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium could not start"));
    SyncLimits everything;
    everything.maxOps = std::numeric_limits<int>::max();
    everything.maxBytes = kMaxPackBytes;
    auto ops = peekOutboxBatch(db, everything);
    if (!ops)
        return ops.error();
    PackExport result;
    result.packId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.operations = ops.value().size();
    const QByteArray plain =
        QJsonDocument(QJsonObject{{QStringLiteral("format"), 1},
                                  {QStringLiteral("pack_id"), result.packId},
                                  {QStringLiteral("created_at_ms"), QDateTime::currentMSecsSinceEpoch()},
                                  {QStringLiteral("ops"), ops.value()}})
            .toJson(QJsonDocument::Compact);
    QByteArray sealed(plain.size() + static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()),
                    reinterpret_cast<const unsigned char*>(plain.constData()),
                    static_cast<unsigned long long>(plain.size()),
                    reinterpret_cast<const unsigned char*>(recipientKey.constData()));
    // Whole or nothing: a pack cut short by a full disk or a pulled stick is never left behind.
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(kMagic) < 0 || file.write(sealed) != sealed.size() ||
        !file.commit())
        return makeError(ErrorCode::Io, QCoreApplication::translate("Sync", "cannot write the pack %1: %2")
                                            .arg(outPath, file.errorString()));
    return result;
}

Result<PackImport> importPack(Database& db, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Sync", "cannot read the pack %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxPackBytes + 1024)
        return packError(QCoreApplication::translate("Sync", "%1 is too large to be a pack").arg(path));
    const QByteArray bytes = file.readAll();
    const QByteArray magic(kMagic);
    if (!bytes.startsWith(magic))
        return packError(QCoreApplication::translate("Sync", "%1 is not an offline pack").arg(path));
    const QByteArray sealed = bytes.mid(magic.size());
    if (sealed.size() < static_cast<qsizetype>(crypto_box_SEALBYTES))
        return packError(QCoreApplication::translate("Sync", "the pack %1 is cut short").arg(path));
    if (auto done = ensureKeyPair(db); !done)
        return done.error();
    auto publicKey = readSyncState(db, "pack_public_key");
    auto secretText = readSyncState(db, "pack_secret_key");
    if (!publicKey)
        return publicKey.error();
    if (!secretText)
        return secretText.error();
    QByteArray secretPlain = QByteArray::fromBase64(secretText.value().toLatin1());
    const SecureBytes secret = SecureBytes::takeFrom(secretPlain);
    const QByteArray pk = QByteArray::fromBase64(publicKey.value().toLatin1());
    QByteArray plain(sealed.size() - static_cast<qsizetype>(crypto_box_SEALBYTES), '\0');
    if (secret.size() != crypto_box_SECRETKEYBYTES || pk.size() != crypto_box_PUBLICKEYBYTES ||
        crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()),
                             reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(pk.constData()), secret.data()) != 0)
        return packError(QCoreApplication::translate(
            "Sync",
            "the pack was sealed for another profile, or changed after it was sealed; nothing was imported"));
    QJsonParseError parse{};
    const QJsonObject pack = QJsonDocument::fromJson(plain, &parse).object();
    const QJsonValue opsValue = pack.value(QStringLiteral("ops"));
    const QString packId = pack.value(QStringLiteral("pack_id")).toString();
    if (parse.error != QJsonParseError::NoError || pack.value(QStringLiteral("format")).toInt() != 1 ||
        !opsValue.isArray() || QUuid::fromString(packId).isNull())
        return packError(QCoreApplication::translate("Sync",
                                                     "the pack's contents are not a batch of changes this "
                                                     "version understands; nothing was imported"));
    PackImport result;
    result.packId = packId;
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto seen = readSyncState(db, QStringLiteral("pack:%1").arg(packId).toLatin1().constData());
    if (!seen)
        return seen.error();
    if (!seen.value().isEmpty()) {
        result.alreadyImported = true;
        return result;
    }
    // Applied as pulled changes are (not captured a second time).
    QJsonArray changes;
    auto queue =
        db.prepare("INSERT OR IGNORE INTO sync_outbox (op_id, kind, record_key, action, fields, body, hlc,"
                   " priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!queue)
        return queue.error();
    for (const QJsonValue& value : opsValue.toArray()) {
        const QJsonObject op = value.toObject();
        const QByteArray opId = QByteArray::fromHex(op.value(QStringLiteral("op")).toString().toLatin1());
        const QString kind = op.value(QStringLiteral("kind")).toString();
        const QString action = op.value(QStringLiteral("action")).toString();
        if (opId.size() != 16 || (action != QLatin1String("insert") && action != QLatin1String("update")))
            return packError(QCoreApplication::translate("Sync",
                                                         "the pack holds a malformed operation; nothing was "
                                                         "imported"));
        QJsonObject change{{QStringLiteral("kind"), kind},
                           {QStringLiteral("key"), op.value(QStringLiteral("key"))},
                           {QStringLiteral("body"), op.value(QStringLiteral("body"))}};
        if (action == QLatin1String("update"))
            change.insert(QStringLiteral("fields"), op.value(QStringLiteral("fields")));
        changes.append(change);
        ++result.operations;
    }
    {
        SyncClock& clock = db.syncClock();
        clock.capturing = false;
        if (auto done = db.exec("PRAGMA defer_foreign_keys = ON"); !done) {
            clock.capturing = true;
            return done.error();
        }
        ChangeApplier applier(db);
        auto applied = applier.apply(changes);
        clock.capturing = true;
        if (!applied)
            return applied.error();
        if (!applier.highestStamp().isEmpty())
            observeHlc(clock, applier.highestStamp());
    }
    // Queued after they are applied (a queued insert would read as this workstation's own change still on its
    // way, and the apply would leave the row alone), with the pack's own keys and stamps.
    for (const QJsonValue& value : opsValue.toArray()) {
        const QJsonObject op = value.toObject();
        const QByteArray opId = QByteArray::fromHex(op.value(QStringLiteral("op")).toString().toLatin1());
        const QString kind = op.value(QStringLiteral("kind")).toString();
        const QString action = op.value(QStringLiteral("action")).toString();
        QStringList fields;
        for (const QJsonValue& f : op.value(QStringLiteral("fields")).toArray())
            fields << f.toString();
        queue.value().reset();
        queue.value()
            .bind(1, opId)
            .bind(2, kind)
            .bind(3, op.value(QStringLiteral("key")).toString())
            .bind(4, action)
            .bind(5, fields.isEmpty() ? QString() : fields.join(QLatin1Char(',')) + QLatin1Char(','))
            .bind(6, QString::fromUtf8(QJsonDocument(op.value(QStringLiteral("body")).toObject())
                                           .toJson(QJsonDocument::Compact)))
            .bind(7, op.value(QStringLiteral("hlc")).toString())
            .bind(8, kind == QLatin1String("stop_event")    ? 0
                     : kind == QLatin1String("audit_entry") ? 2
                                                            : 1);
        if (auto done = queue.value().run(); !done)
            return done.error();
    }
    if (auto done = writeSyncState(db, QStringLiteral("pack:%1").arg(packId),
                                   QString::number(QDateTime::currentMSecsSinceEpoch()));
        !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return result;
}

} // namespace collector
