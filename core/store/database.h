// One connection to an encrypted store file (SQLCipher 4, raw 256-bit key). Opening runs the start-up guard:
// the file is not plaintext SQLite, the cipher is SQLCipher 4.x, and the key is accepted. Then WAL, in-memory
// temp storage (Debian's SQLCipher needs it), a page cache sized for the working set, foreign keys on.
#pragma once

#include "common/result.h"
#include "crypto/securebytes.h"
#include "store/statement.h"
#include "store/synccapture.h"

#include <QString>
#include <memory>

struct sqlite3;

namespace collector {

enum class OpenMode
{
    Existing,  // the file must exist; it is never created
    CreateNew, // the file must not exist yet
};

struct StoreTuning
{
    // The default 2 MiB cache makes encryption 3-4x slower than plain SQLite; a cache larger than the
    // working set brings the cost down to 5-10 % (measured for DESIGN.md).
    int cacheKiB = 64 * 1024;
    int busyTimeoutMs = 5000;
};

class Database
{
public:
    static Result<Database> open(const QString& path, const SecureBytes& key, OpenMode mode,
                                 StoreTuning tuning = {});
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that return no rows we need.
    Status exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // The first column of the first row as text (empty when there is no row).
    Result<QString> queryText(const char* sql);
    Result<qint64> queryInt(const char* sql);

    qint64 lastInsertRowId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    qint64 changes() const;
    // True inside BEGIN ... COMMIT (or a savepoint).
    bool inTransaction() const;
    // True while a statement on this connection has stepped and not yet finished or been reset (schema
    // changes such as DROP INDEX then fail with "database table is locked").
    bool hasStatementsInProgress() const;
    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }
    sqlite3* handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    // The sync triggers' state on this connection: whether changes go to the outbox, and the HLC.
    SyncClock& syncClock() { return *m_syncClock; }
    // Closes the connection now (the last one checkpoints and removes the WAL).
    void close();

    // Moves everything from the WAL into the main file and truncates the WAL.
    Status checkpoint();
    // Writes a copy of the whole store to a new file encrypted under newKey (and a new salt).
    Status exportTo(const QString& outPath, const SecureBytes& newKey);
    // Writes a consistent encrypted copy (same key) to a new file while others keep using the store.
    Status backupTo(const QString& outPath, const SecureBytes& key) const;

private:
    Database() = default;
    explicit Database(sqlite3* db, QString path)
        : m_db(db)
        , m_path(std::move(path))
    {}
    Status configure(const StoreTuning& tuning);

    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_cipherVersion;
    std::unique_ptr<SyncClock> m_syncClock = std::make_unique<SyncClock>();
};

// The first bytes of every plaintext SQLite file; an encrypted store must never start with them.
bool fileStartsAsPlaintextSqlite(const QString& path);
// SQLCipher's per-file salt: the first 16 bytes of the store file, in the clear.
Result<QByteArray> readStoreSalt(const QString& path);

} // namespace collector
