#include "exitcodes.h"

namespace collector::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
        return kExitWrongPassphrase;
    case ErrorCode::KeyFileMissing:
        return kExitKeyFileMissing;
    case ErrorCode::KeyFileInvalid:
        return kExitKeyFileInvalid;
    case ErrorCode::KeyMismatch:
        return kExitKeyMismatch;
    case ErrorCode::StoreTampered:
        return kExitStoreTampered;
    case ErrorCode::StoreNotEncrypted:
        return kExitStoreNotEncrypted;
    case ErrorCode::ProfileExists:
    case ErrorCode::OutputExists:
        return kExitAlreadyExists;
    case ErrorCode::ProfileMissing:
        return kExitProfileMissing;
    case ErrorCode::ProfileInUse:
        return kExitProfileInUse;
    case ErrorCode::StoreTooNew:
        return kExitStoreTooNew;
    case ErrorCode::Io:
        return kExitIo;
    case ErrorCode::InvalidArgument:
        return kExitUsage;
    case ErrorCode::Database:
    case ErrorCode::Crypto:
        return kExitInternal;
    }
    return kExitInternal;
}

const char* exitCodeTable()
{
    return "Exit codes:\n"
           "   0  success\n"
           "   1  internal error (database engine, encryption library)\n"
           "   2  usage error (unknown command, missing or invalid option)\n"
           "   3  wrong passphrase\n"
           "   4  key file (profile.key) missing\n"
           "   5  key file damaged or not a Collector Workstation key file\n"
           "   6  key file belongs to another store\n"
           "   7  store damaged or tampered with (integrity check failed)\n"
           "   8  store not encrypted, or SQLCipher 4 not in use\n"
           "   9  profile or output file already exists (nothing was written)\n"
           "  10  no profile at the given path\n"
           "  11  profile in use by another program\n"
           "  12  store written by a newer version\n"
           "  13  file could not be read or written\n"
           "  14  sync failed (hub unreachable, certificate, revoked device, hub error); the message says "
           "which\n";
}

} // namespace collector::cli
