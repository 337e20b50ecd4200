#include "store/database.h"

#include "store/sqliteerror.h"

#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>
#include <utility>

namespace collector {

namespace {

constexpr char kPlainSqliteHeader[] = "SQLite format 3"; // 15 characters plus the NUL = 16 bytes

// The key as SQLCipher's raw-key literal x'…', built in locked memory.
SecureBytes rawKeyLiteral(const SecureBytes& key)
{
    const SecureBytes hex = key.toHex();
    SecureBytes literal(hex.size() + 3);
    if (!literal.isValid() || hex.isEmpty())
        return {};
    literal.data()[0] = 'x';
    literal.data()[1] = '\'';
    memcpy(literal.data() + 2, hex.data(), hex.size());
    literal.data()[hex.size() + 2] = '\'';
    return literal;
}

Status applyKey(sqlite3* db, const char* schema, const SecureBytes& key)
{
    const SecureBytes literal = rawKeyLiteral(key);
    if (literal.isEmpty())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not prepare the store key"));
    const int rc = sqlite3_key_v2(db, schema, literal.data(), static_cast<int>(literal.size()));
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, "key");
    return {};
}

} // namespace

bool fileStartsAsPlaintextSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head == QByteArray(kPlainSqliteHeader, 16);
}

Result<QByteArray> readStoreSalt(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the store file header"));
    const QByteArray salt = file.read(16);
    if (salt.size() != 16)
        return makeError(ErrorCode::StoreTampered, QStringLiteral("store file is shorter than its header"));
    return salt;
}

Result<Database> Database::open(const QString& path, const SecureBytes& key, OpenMode mode,
                                StoreTuning tuning)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == OpenMode::Existing && !exists)
        return makeError(ErrorCode::ProfileMissing, QStringLiteral("store file does not exist"));
    if (mode == OpenMode::CreateNew && exists)
        return makeError(ErrorCode::ProfileExists, QStringLiteral("store file already exists"));
    // Checked before keying: a plaintext file would otherwise look like a wrong key.
    if (exists && fileStartsAsPlaintextSqlite(path))
        return makeError(ErrorCode::StoreNotEncrypted, QStringLiteral("store file is plaintext SQLite"));

    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_EXRESCODE |
                      (mode == OpenMode::CreateNew ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "open");
    if (auto keyed = applyKey(raw, "main", key); !keyed)
        return keyed.error();

    // The guard: a build linked against plain SQLite (or SQLCipher 3) answers no 4.x version here.
    auto version = db.queryText("PRAGMA cipher_version");
    if (!version || !version.value().startsWith(QLatin1String("4.")))
        return makeError(ErrorCode::StoreNotEncrypted,
                         QStringLiteral("SQLCipher 4 is not the engine in use"));
    db.m_cipherVersion = version.value();

    // The first read authenticates page 1 with the key; a wrong key answers SQLITE_NOTADB.
    auto schemaCount = db.queryInt("SELECT count(*) FROM sqlite_master");
    if (!schemaCount) {
        if ((sqlite3_extended_errcode(raw) & 0xff) == SQLITE_NOTADB)
            return makeError(ErrorCode::KeyMismatch, QStringLiteral("the key does not open this store"));
        return schemaCount.error();
    }
    if (auto configured = db.configure(tuning); !configured)
        return configured.error();
    return db;
}

Status Database::configure(const StoreTuning& tuning)
{
    const QByteArray pragmas = "PRAGMA temp_store = MEMORY;"
                               "PRAGMA foreign_keys = ON;"
                               // Payments and promises must survive power loss, not only a crash.
                               "PRAGMA synchronous = FULL;"
                               "PRAGMA cache_size = -" +
                               QByteArray::number(tuning.cacheKiB) + ";";
    if (auto done = exec(pragmas.constData()); !done)
        return done;
    sqlite3_busy_timeout(m_db, tuning.busyTimeoutMs);
    if (auto installed = installSyncCapture(m_db, m_syncClock.get()); !installed)
        return installed;
    auto mode = queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode.value() != QLatin1String("wal"))
        return makeError(ErrorCode::Database, QStringLiteral("the store refused WAL mode"));
    return {};
}

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cipherVersion(std::move(other.m_cipherVersion))
    , m_syncClock(std::move(other.m_syncClock))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cipherVersion = std::move(other.m_cipherVersion);
        m_syncClock = std::move(other.m_syncClock);
    }
    return *this;
}

Status Database::exec(const char* sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "exec");
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "prepare");
    return Statement(m_db, stmt);
}

namespace {

// Runs sql and reads the first column of its first row with `read`, or answers `none` when there is no row.
template <typename T, typename Read> Result<T> firstValue(Database& db, const char* sql, T none, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? read(stmt.value()) : none;
}

} // namespace

Result<QString> Database::queryText(const char* sql)
{
    return firstValue(*this, sql, QString(), [](const Statement& s) { return s.text(0); });
}

bool Database::hasStatementsInProgress() const
{
    for (sqlite3_stmt* s = sqlite3_next_stmt(m_db, nullptr); s; s = sqlite3_next_stmt(m_db, s))
        if (sqlite3_stmt_busy(s))
            return true;
    return false;
}

Result<qint64> Database::queryInt(const char* sql)
{
    return firstValue(*this, sql, qint64{0}, [](const Statement& s) { return s.int64(0); });
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Status Database::checkpoint()
{
    int logFrames = 0;
    int checkpointed = 0;
    const int rc =
        sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "checkpoint");
    return {};
}

Status Database::exportTo(const QString& outPath, const SecureBytes& newKey)
{
    const SecureBytes literal = rawKeyLiteral(newKey);
    if (literal.isEmpty())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not prepare the store key"));
    // ATTACH inherits this connection's flags, which never include CREATE for an existing store; an empty
    // file is a valid new database.
    QFile target(outPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the re-encrypted store file"));
    target.close();
    {
        auto attach = prepare("ATTACH DATABASE ? AS rekeyed KEY ?");
        if (!attach)
            return attach.error();
        attach.value()
            .bind(1, outPath)
            .bind(2, QByteArray(reinterpret_cast<const char*>(literal.data()),
                                static_cast<int>(literal.size())));
        if (auto done = attach.value().run(); !done)
            return done;
    } // the statement is finalised here, so its copy of the key does not outlive the attach
    auto exported = queryText("SELECT sqlcipher_export('rekeyed')");
    auto detached = exec("DETACH DATABASE rekeyed");
    if (!exported)
        return exported.error();
    return detached;
}

void Database::close()
{
    if (m_db != nullptr)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Status Database::backupTo(const QString& outPath, const SecureBytes& key) const
{
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXRESCODE;
    int rc = sqlite3_open_v2(QFile::encodeName(outPath).constData(), &raw, flags, nullptr);
    Database target(raw, outPath);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "open backup");
    if (auto keyed = applyKey(raw, "main", key); !keyed)
        return keyed;
    // One step over all pages reads from a single snapshot: the copy is consistent even while others write.
    sqlite3_backup* backup = sqlite3_backup_init(raw, "main", m_db, "main");
    if (backup == nullptr)
        return sqliteError(raw, sqlite3_errcode(raw), "backup init");
    rc = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return sqliteError(raw, rc, "backup");
    if (finished != SQLITE_OK)
        return sqliteError(raw, finished, "backup finish");
    // The copy is a standalone file: no WAL beside it.
    auto mode = target.queryText("PRAGMA journal_mode = DELETE");
    if (!mode)
        return mode.error();
    return {};
}

} // namespace collector
