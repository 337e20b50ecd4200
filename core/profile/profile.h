// A profile is a folder: store.db (SQLCipher) and profile.key (the data key wrapped under the passphrase).
// This unit creates, opens and maintains one: passphrase change, data-key rotation, backup, verification.
#pragma once

#include "common/result.h"
#include "crypto/keyfile.h"
#include "crypto/passphrasekdf.h"
#include "crypto/securebytes.h"
#include "profile/profilelock.h"
#include "store/database.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace collector {

struct IntegrityReport
{
    QStringList cipherProblems; // pages whose HMAC fails: tampering or corruption of the encrypted file
    QStringList sqliteProblems; // b-tree damage found by SQLite's own integrity check
    bool ok() const { return cipherProblems.isEmpty() && sqliteProblems.isEmpty(); }
};

class Profile
{
public:
    static QString storePath(const QString& dir);
    static QString keyPath(const QString& dir);

    // Refuses a folder that already holds a store or a key file. On failure nothing is left behind.
    static Result<Profile> create(const QString& dir, const SecureBytes& passphrase, KdfLimits limits);
    static Result<Profile> open(const QString& dir, const SecureBytes& passphrase, StoreTuning tuning = {});

    ~Profile();
    Profile(Profile&&) noexcept;
    Profile& operator=(Profile&&) noexcept;

    Status changePassphrase(const SecureBytes& newPassphrase, KdfLimits limits);
    // Rotates the data key. Needs the profile alone (ProfileInUse otherwise) and survives a crash at any
    // point.
    Status rekey();
    // Writes outFile (the store, encrypted) and outFile.key (its key file, same passphrase) while in use.
    Status backupTo(const QString& outFile);
    Result<IntegrityReport> verify();

    Database& database();
    // Another connection to the same store (the sync thread's own), under the same key.
    Result<Database> openConnection(StoreTuning tuning = {}) const;
    const QString& directory() const;
    const QString& profileId() const;

private:
    struct State;
    explicit Profile(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace collector
