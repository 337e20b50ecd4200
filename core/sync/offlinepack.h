// Offline packs: a batch of changes carried on a file where there is no network (field work, air-gapped
// sites). The pack holds this workstation's outbox operations, with their idempotency keys and clock stamps,
// sealed to the receiving profile's public key (libsodium sealed box: only that profile opens it, and any
// change to the file is detected). The receiver applies them and queues them, unchanged, for its own push:
// whichever of the two workstations reaches the hub first, the hub applies each operation once.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace collector {

class Database;

// This profile's public key for packs (32 bytes), made on first use; the secret half stays in the store.
Result<QByteArray> packPublicKey(Database& db);

struct PackExport
{
    QString packId;
    qint64 operations = 0;
};
// Writes every operation waiting in the outbox to outPath, sealed to recipientKey; refuses to overwrite.
Result<PackExport> exportPack(Database& db, const QByteArray& recipientKey, const QString& outPath);

struct PackImport
{
    QString packId;
    qint64 operations = 0;
    bool alreadyImported = false; // then nothing changed
};
// Opens a pack sealed to this profile, applies it and queues its operations for the hub, in one transaction.
Result<PackImport> importPack(Database& db, const QString& path);

} // namespace collector
