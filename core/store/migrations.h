// The store's schema history. Each numbered migration runs in its own transaction together with the row that
// records it in schema_version, so a store is always exactly at one version, never between two.
#pragma once

#include "common/result.h"

#include <span>

namespace collector {

class Database;

struct Migration
{
    int version;
    const char* name;
    const char* sql;
    // Rebuilds a table that others (or itself) reference: SQLite's documented procedure runs it with foreign
    // keys off, then checks every reference before the commit.
    bool rebuildsTables = false;
    // Runs after sql in the same transaction, for schema generated from code (the sync capture triggers).
    Status (*generated)(Database&) = nullptr;
};

std::span<const Migration> allMigrations();
int latestSchemaVersion();

// 0 for a store no migration has touched.
Result<int> schemaVersion(Database& db);
// Brings the store to targetVersion (the latest by default). Refuses a store newer than this build knows.
Status migrate(Database& db, int targetVersion = latestSchemaVersion());

} // namespace collector
