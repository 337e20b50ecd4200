#include "store/migrations.h"

#include "store/database.h"
#include "store/transaction.h"

#include <QDateTime>

namespace collector {

namespace {

// Append only: a migration that has shipped is never edited; a change is a new migration.
constexpr Migration kMigrations[] = {
    {1, "profile metadata",
     "CREATE TABLE profile_meta ("
     "  key TEXT PRIMARY KEY NOT NULL,"
     "  value TEXT NOT NULL"
     ") WITHOUT ROWID;"},
    {2, "workstation settings",
     "CREATE TABLE settings ("
     "  key TEXT PRIMARY KEY NOT NULL,"
     "  value TEXT NOT NULL,"
     "  updated_at_ms INTEGER NOT NULL"
     ") WITHOUT ROWID;"
     "INSERT INTO settings (key, value, updated_at_ms) VALUES ('idle_lock_minutes', '10', 0);"},
};

Status ensureVersionTable(Database& db)
{
    return db.exec("CREATE TABLE IF NOT EXISTS schema_version ("
                   "  version INTEGER PRIMARY KEY NOT NULL,"
                   "  name TEXT NOT NULL,"
                   "  applied_at_ms INTEGER NOT NULL)");
}

Status apply(Database& db, const Migration& migration)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto done = db.exec(migration.sql); !done)
        return done;
    auto record = db.prepare("INSERT INTO schema_version (version, name, applied_at_ms) VALUES (?, ?, ?)");
    if (!record)
        return record.error();
    record.value()
        .bind(1, migration.version)
        .bind(2, QString::fromUtf8(migration.name))
        .bind(3, QDateTime::currentMSecsSinceEpoch());
    if (auto done = record.value().run(); !done)
        return done;
    return tx.value().commit();
}

} // namespace

std::span<const Migration> allMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return allMigrations().back().version;
}

Result<int> schemaVersion(Database& db)
{
    auto exists =
        db.queryInt("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!exists)
        return exists.error();
    if (exists.value() == 0)
        return 0;
    auto version = db.queryInt("SELECT coalesce(max(version), 0) FROM schema_version");
    if (!version)
        return version.error();
    return static_cast<int>(version.value());
}

Status migrate(Database& db, int targetVersion)
{
    if (targetVersion < 0 || targetVersion > latestSchemaVersion())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no such schema version"));
    if (auto done = ensureVersionTable(db); !done)
        return done;
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    if (current.value() > latestSchemaVersion())
        return makeError(ErrorCode::StoreTooNew,
                         QStringLiteral("store schema %1 is newer than this build's %2")
                             .arg(current.value())
                             .arg(latestSchemaVersion()));
    for (const Migration& migration : allMigrations()) {
        if (migration.version <= current.value() || migration.version > targetVersion)
            continue;
        if (auto done = apply(db, migration); !done)
            return done;
    }
    return {};
}

} // namespace collector
