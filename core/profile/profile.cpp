#include "profile/profile.h"

#include "profile/atomicfile.h"
#include "store/migrations.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <sodium.h>

namespace collector {

namespace {

QString pendingKeyPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("profile.key.pending"));
}

// Where a rotation writes the re-encrypted store before swapping it in.
QString rotationPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("store.db.rotating"));
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, '\0');
    randombytes_buf(bytes.data(), static_cast<size_t>(size));
    return bytes;
}

Result<KeyFile> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::KeyFileMissing, QStringLiteral("profile.key is missing"));
    // A key file is a few hundred bytes; a large file is not one, and is not read whole.
    if (file.size() > 64 * 1024)
        return makeError(ErrorCode::KeyFileInvalid,
                         QStringLiteral("profile.key is too large to be a key file"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read profile.key"));
    return KeyFile::parse(file.readAll());
}

void removeStoreFiles(const QString& storePath)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(storePath + suffix);
}

Status recordProfileMeta(Database& db, const QString& profileId)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto insert = db.prepare("INSERT INTO profile_meta (key, value) VALUES (?, ?)");
    if (!insert)
        return insert.error();
    insert.value().bind(1, QStringLiteral("profile_id")).bind(2, profileId);
    if (auto done = insert.value().run(); !done)
        return done;
    insert.value().reset();
    insert.value()
        .bind(1, QStringLiteral("created_at_ms"))
        .bind(2, QString::number(QDateTime::currentMSecsSinceEpoch()));
    if (auto done = insert.value().run(); !done)
        return done;
    return tx.value().commit();
}

Result<QString> storedProfileId(Database& db)
{
    return db.queryText("SELECT value FROM profile_meta WHERE key = 'profile_id'");
}

} // namespace

struct Profile::State
{
    QString dir;
    ProfileLock lock;
    KeyFile keyFile;
    SecureBytes passphraseKey;
    SecureBytes dataKey;
    Database db;
};

Profile::Profile(std::unique_ptr<State> state)
    : m_state(std::move(state))
{}
Profile::~Profile() = default;
Profile::Profile(Profile&&) noexcept = default;
Profile& Profile::operator=(Profile&&) noexcept = default;

QString Profile::storePath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("store.db"));
}

QString Profile::keyPath(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("profile.key"));
}

Database& Profile::database()
{
    return m_state->db;
}

const QString& Profile::directory() const
{
    return m_state->dir;
}

const QString& Profile::profileId() const
{
    return m_state->keyFile.profileId();
}

Result<Profile> Profile::create(const QString& dir, const SecureBytes& passphrase, KdfLimits limits)
{
    const QString store = storePath(dir);
    const QString key = keyPath(dir);
    if (QFileInfo::exists(store) || QFileInfo::exists(key) || QFileInfo::exists(pendingKeyPath(dir)))
        return makeError(ErrorCode::ProfileExists, QStringLiteral("the folder already holds a profile"));
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        return makeError(ErrorCode::ProfileExists, QStringLiteral("the profile path is a file"));
    const bool madeDir = !QFileInfo::exists(dir);
    if (madeDir && !QDir().mkpath(dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the profile folder"));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto lock = ProfileLock::acquireShared(dir);
    if (!lock)
        return lock.error();
    auto undo = [&](Error error) -> Result<Profile> {
        removeStoreFiles(store);
        QFile::remove(key);
        QFile::remove(QDir(dir).filePath(QStringLiteral("profile.lock")));
        if (madeDir)
            QDir().rmdir(dir);
        return error;
    };

    const QString profileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray kdfSalt = randomBytes(kKdfSaltBytes);
    auto passphraseKey = derivePassphraseKey(passphrase, kdfSalt, limits);
    if (!passphraseKey)
        return undo(passphraseKey.error());
    SecureBytes dataKey = SecureBytes::random(kDataKeyBytes);
    if (!dataKey.isValid())
        return undo(
            makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory for a key")));

    auto db = Database::open(store, dataKey, OpenMode::CreateNew);
    if (!db)
        return undo(db.error());
    if (auto done = migrate(db.value()); !done)
        return undo(done.error());
    if (auto done = recordProfileMeta(db.value(), profileId); !done)
        return undo(done.error());
    // The salt is on disk only once page 1 reaches the main file.
    if (auto done = db.value().checkpoint(); !done)
        return undo(done.error());
    QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto storeSalt = readStoreSalt(store);
    if (!storeSalt)
        return undo(storeSalt.error());
    auto keyFile =
        KeyFile::seal(dataKey, passphraseKey.value(), kdfSalt, limits, profileId, storeSalt.value());
    if (!keyFile)
        return undo(keyFile.error());
    if (auto done = writeFileAtomically(key, keyFile.value().serialize()); !done)
        return undo(done.error());

    return Profile(std::make_unique<State>(State{dir, std::move(lock.value()), std::move(keyFile.value()),
                                                 std::move(passphraseKey.value()), std::move(dataKey),
                                                 std::move(db.value())}));
}

Result<Profile> Profile::open(const QString& dir, const SecureBytes& passphrase, StoreTuning tuning)
{
    const QString store = storePath(dir);
    if (!QFileInfo(dir).isDir() || !QFileInfo::exists(store))
        return makeError(ErrorCode::ProfileMissing, QStringLiteral("no store.db in the profile folder"));
    auto lock = ProfileLock::acquireShared(dir);
    if (!lock)
        return lock.error();
    if (fileStartsAsPlaintextSqlite(store))
        return makeError(ErrorCode::StoreNotEncrypted, QStringLiteral("store file is plaintext SQLite"));
    auto salt = readStoreSalt(store);
    if (!salt)
        return salt.error();

    // The key is the key file made for this store file: profile.key normally, profile.key.pending when a
    // rotation swapped the store in but died before renaming its key file.
    const QString pending = pendingKeyPath(dir);
    auto keyFile = readKeyFile(keyPath(dir));
    bool fromPending = false;
    if (QFileInfo::exists(pending) && (!keyFile || keyFile.value().storeSalt() != salt.value())) {
        auto pendingFile = readKeyFile(pending);
        if (pendingFile && pendingFile.value().storeSalt() == salt.value()) {
            keyFile = std::move(pendingFile);
            fromPending = true;
        }
    }
    if (!keyFile)
        return keyFile.error();
    if (keyFile.value().storeSalt() != salt.value())
        return makeError(ErrorCode::KeyMismatch, QStringLiteral("the key file was made for another store"));

    auto passphraseKey = derivePassphraseKey(passphrase, keyFile.value().kdfSalt(), keyFile.value().limits());
    if (!passphraseKey)
        return passphraseKey.error();
    auto dataKey = keyFile.value().unwrap(passphraseKey.value());
    if (!dataKey)
        return dataKey.error();
    auto db = Database::open(store, dataKey.value(), OpenMode::Existing, tuning);
    if (!db) {
        // The salt matched, so this is the store's own key: a rejected key means page 1 was altered.
        if (db.error().code == ErrorCode::KeyMismatch)
            return makeError(ErrorCode::StoreTampered,
                             QStringLiteral("the store's first page fails authentication"));
        return db.error();
    }
    if (fromPending) {
        if (auto done = renameDurably(pending, keyPath(dir)); !done)
            return done.error();
    } else {
        QFile::remove(pending); // a rotation that never swapped its store in
    }
    removeStoreFiles(rotationPath(dir));

    if (auto done = migrate(db.value()); !done)
        return done.error();
    auto storedId = storedProfileId(db.value());
    if (!storedId)
        return storedId.error();
    if (storedId.value() != keyFile.value().profileId())
        return makeError(ErrorCode::KeyMismatch, QStringLiteral("the key file names another profile"));

    return Profile(std::make_unique<State>(State{dir, std::move(lock.value()), std::move(keyFile.value()),
                                                 std::move(passphraseKey.value()), std::move(dataKey.value()),
                                                 std::move(db.value())}));
}

Result<Database> Profile::openConnection(StoreTuning tuning) const
{
    auto db = Database::open(storePath(m_state->dir), m_state->dataKey, OpenMode::Existing, tuning);
    if (!db)
        return db.error();
    return std::move(db.value());
}

Status Profile::changePassphrase(const SecureBytes& newPassphrase, KdfLimits limits)
{
    const QByteArray kdfSalt = randomBytes(kKdfSaltBytes);
    auto passphraseKey = derivePassphraseKey(newPassphrase, kdfSalt, limits);
    if (!passphraseKey)
        return passphraseKey.error();
    auto keyFile = KeyFile::seal(m_state->dataKey, passphraseKey.value(), kdfSalt, limits, profileId(),
                                 m_state->keyFile.storeSalt());
    if (!keyFile)
        return keyFile.error();
    if (auto done = writeFileAtomically(keyPath(m_state->dir), keyFile.value().serialize()); !done)
        return done;
    m_state->keyFile = std::move(keyFile.value());
    m_state->passphraseKey = std::move(passphraseKey.value());
    return {};
}

Status Profile::rekey()
{
    State& s = *m_state;
    if (auto alone = s.lock.upgradeToExclusive(); !alone)
        return alone;
    struct Downgrade
    {
        ProfileLock& lock;
        ~Downgrade() { lock.downgradeToShared(); }
    } downgrade{s.lock};

    SecureBytes newKey = SecureBytes::random(kDataKeyBytes);
    if (!newKey.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory for a key"));
    // The rotated store is a new file with a new salt, so an old key file can never be mistaken for its key.
    const QString store = storePath(s.dir);
    const QString rotated = rotationPath(s.dir);
    removeStoreFiles(rotated);
    if (auto done = s.db.checkpoint(); !done)
        return done;
    if (auto done = s.db.exportTo(rotated, newKey); !done) {
        removeStoreFiles(rotated);
        return done;
    }
    QFile::setPermissions(rotated, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto salt = readStoreSalt(rotated);
    if (!salt) {
        removeStoreFiles(rotated);
        return salt.error();
    }
    auto newKeyFile = KeyFile::seal(newKey, s.passphraseKey, s.keyFile.kdfSalt(), s.keyFile.limits(),
                                    profileId(), salt.value());
    if (!newKeyFile) {
        removeStoreFiles(rotated);
        return newKeyFile.error();
    }
    // From here a crash at any point leaves, for whichever store file is in place, a key file made for it.
    const QString pending = pendingKeyPath(s.dir);
    if (auto done = writeFileAtomically(pending, newKeyFile.value().serialize()); !done) {
        removeStoreFiles(rotated);
        return done;
    }
    s.db.close(); // the last connection: checkpoints and removes the old store's WAL
    QFile::remove(store + QStringLiteral("-wal"));
    QFile::remove(store + QStringLiteral("-shm"));
    const Status swapped = renameDurably(rotated, store);
    const Status renamed = swapped ? renameDurably(pending, keyPath(s.dir)) : Status{};
    if (!swapped) {
        QFile::remove(pending);
        removeStoreFiles(rotated);
    }
    auto reopened = Database::open(store, swapped ? newKey : s.dataKey, OpenMode::Existing);
    if (!reopened)
        return reopened.error();
    s.db = std::move(reopened.value());
    if (!swapped)
        return swapped;
    s.keyFile = std::move(newKeyFile.value());
    s.dataKey = std::move(newKey);
    return renamed; // should the rename have failed, the next open finishes it
}

Status Profile::backupTo(const QString& outFile)
{
    const QString outKey = outFile + QStringLiteral(".key");
    if (QFileInfo::exists(outFile) || QFileInfo::exists(outKey))
        return makeError(ErrorCode::OutputExists, QStringLiteral("the backup target already exists"));
    const QString partial = outFile + QStringLiteral(".partial");
    removeStoreFiles(partial); // leftovers of an interrupted backup are ours to discard
    auto fail = [&](Error error) -> Status {
        removeStoreFiles(partial);
        return error;
    };
    if (auto done = m_state->db.backupTo(partial, m_state->dataKey); !done)
        return fail(done.error());
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto salt = readStoreSalt(partial);
    if (!salt)
        return fail(salt.error());
    auto keyFile = KeyFile::seal(m_state->dataKey, m_state->passphraseKey, m_state->keyFile.kdfSalt(),
                                 m_state->keyFile.limits(), profileId(), salt.value());
    if (!keyFile)
        return fail(keyFile.error());
    if (auto done = writeFileAtomically(outKey, keyFile.value().serialize()); !done)
        return fail(done.error());
    if (auto done = renameDurably(partial, outFile); !done) {
        QFile::remove(outKey);
        return fail(done.error());
    }
    return {};
}

Result<IntegrityReport> Profile::verify()
{
    IntegrityReport report;
    auto collect = [this](const char* sql, QStringList& into, bool skipOk) -> Status {
        auto stmt = m_state->db.prepare(sql);
        if (!stmt)
            return stmt.error();
        for (;;) {
            auto row = stmt.value().step();
            if (!row) {
                // A page that fails authentication can stop the check itself; that is a finding, not a crash.
                into.append(row.error().detail);
                return {};
            }
            if (!row.value())
                return {};
            const QString line = stmt.value().text(0);
            if (!(skipOk && line == QLatin1String("ok")))
                into.append(line);
        }
    };
    if (auto done = collect("PRAGMA cipher_integrity_check", report.cipherProblems, false); !done)
        return done.error();
    if (auto done = collect("PRAGMA integrity_check", report.sqliteProblems, true); !done)
        return done.error();
    return report;
}

} // namespace collector
