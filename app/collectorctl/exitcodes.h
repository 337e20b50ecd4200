// collectorctl's exit codes: one per kind of failure, so scripts can tell a wrong passphrase from a damaged
// store. They are documented in the README and in `collectorctl --help`; never renumber one.
#pragma once

#include "common/error.h"

namespace collector::cli {

enum ExitCode : int
{
    kExitOk = 0,
    kExitInternal = 1,
    kExitUsage = 2,
    kExitWrongPassphrase = 3,
    kExitKeyFileMissing = 4,
    kExitKeyFileInvalid = 5,
    kExitKeyMismatch = 6,
    kExitStoreTampered = 7,
    kExitStoreNotEncrypted = 8,
    kExitAlreadyExists = 9,
    kExitProfileMissing = 10,
    kExitProfileInUse = 11,
    kExitStoreTooNew = 12,
    kExitIo = 13,
    kExitSync = 14,
};

int exitCodeFor(ErrorCode code);
// The table printed by --help.
const char* exitCodeTable();

} // namespace collector::cli
