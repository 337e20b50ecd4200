// The error value every part of core answers with. A code says what kind of failure it is (callers branch on
// it, the command line maps it to an exit code); the detail is an English technical sentence for logs and
// must never carry personal data.
#pragma once

#include <QString>

namespace collector {

enum class ErrorCode
{
    Io,                // a file could not be read or written
    InvalidArgument,   // the caller asked for something impossible
    ProfileExists,     // init refuses to touch an existing profile
    ProfileMissing,    // no profile (or no store.db) at the given place
    ProfileInUse,      // another program holds the profile and the operation needs it alone
    OutputExists,      // a backup or export would overwrite a file
    KeyFileMissing,    // profile.key is not there
    KeyFileInvalid,    // profile.key is not a Collector key file, or is damaged
    WrongPassphrase,   // the passphrase does not unwrap the data key
    KeyMismatch,       // the key file belongs to another store
    StoreTampered,     // the store fails its integrity checks or authentication
    StoreNotEncrypted, // the store is plaintext SQLite, or the cipher is not SQLCipher 4
    StoreTooNew,       // written by a newer Collector Workstation
    Database,          // any other SQLite error
    Crypto,            // libsodium could not start or allocate locked memory
};

struct Error
{
    ErrorCode code;
    QString detail;
};

// A short stable name for the code ("wrong-passphrase"), used in logs and JSON output.
QString errorCodeName(ErrorCode code);

// One translated sentence a person can act on: what is wrong and what to do next.
QString errorAdvice(ErrorCode code);

} // namespace collector
