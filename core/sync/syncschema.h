// Which tables travel to the hub and how: the record kind (the table's name), its columns, which of them hold
// 16-byte ids (sent as 32 hex digits), how a row is keyed, and whether it may change after it is written.
// The capture triggers, the outbox seeding and the apply statements are all generated from this one list.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <span>

namespace collector {

class Database;

struct SyncTable
{
    const char* kind;
    QStringList columns;
    QStringList blobColumns;
    QStringList keyColumns; // concatenated (ids in hex, numbers as text, ':' between) into the record key
    bool isMutable;         // mutable rows merge per field on the hub; the others are append-only
    int priority;           // lower goes first in a push: stop events ahead of everything else
    bool captured = true;   // false: written by the hub only (contact budgets), pulled but never pushed
    // How the outbox seeding orders a table's rows: insertion order, except for a table without a rowid.
    const char* seedOrder = "r.rowid";
};

std::span<const SyncTable> syncTables();
const SyncTable* findSyncTable(const QString& kind);

// Creates the outbox's capture triggers for every synced table the store has so far (dropping older versions
// first): an older migration runs before the tables later ones add, and the migration adding one runs it
// again.
Status createCaptureTriggers(Database& db);
// Puts every row already in the store into the outbox, parents before children (run once, by the migration
// that starts capturing); `onlyKind` seeds just the table a later migration starts capturing.
Status seedOutbox(Database& db, const char* onlyKind = nullptr);

} // namespace collector
