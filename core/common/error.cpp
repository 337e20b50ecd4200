#include "common/error.h"

#include <QCoreApplication>

namespace collector {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::ProfileExists:
        return QStringLiteral("profile-exists");
    case ErrorCode::ProfileMissing:
        return QStringLiteral("profile-missing");
    case ErrorCode::ProfileInUse:
        return QStringLiteral("profile-in-use");
    case ErrorCode::OutputExists:
        return QStringLiteral("output-exists");
    case ErrorCode::KeyFileMissing:
        return QStringLiteral("key-file-missing");
    case ErrorCode::KeyFileInvalid:
        return QStringLiteral("key-file-invalid");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::KeyMismatch:
        return QStringLiteral("key-mismatch");
    case ErrorCode::StoreTampered:
        return QStringLiteral("store-tampered");
    case ErrorCode::StoreNotEncrypted:
        return QStringLiteral("store-not-encrypted");
    case ErrorCode::StoreTooNew:
        return QStringLiteral("store-too-new");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    }
    return QStringLiteral("unknown");
}

QString errorAdvice(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Io:
        return QCoreApplication::translate(
            "Errors",
            "A file could not be read or written. Check that the disk has space and that you may write "
            "to the profile folder, then try again.");
    case ErrorCode::InvalidArgument:
        return QCoreApplication::translate("Errors",
                                           "The request is not valid. Check the values and try again.");
    case ErrorCode::ProfileExists:
        return QCoreApplication::translate(
            "Errors",
            "A profile already exists in that folder. Choose an empty folder, or open the profile instead.");
    case ErrorCode::ProfileMissing:
        return QCoreApplication::translate(
            "Errors", "There is no profile in that folder. Check the path, or create a profile first.");
    case ErrorCode::ProfileInUse:
        return QCoreApplication::translate(
            "Errors",
            "The profile is open in another program. Close the workstation (and any other collectorctl "
            "command) on this profile, then try again.");
    case ErrorCode::OutputExists:
        return QCoreApplication::translate(
            "Errors", "The output file already exists and was left untouched. Choose a new file name.");
    case ErrorCode::KeyFileMissing:
        return QCoreApplication::translate(
            "Errors", "The profile's key file (profile.key) is missing. Restore it from the backup you made "
                      "with the store; without it the data cannot be opened.");
    case ErrorCode::KeyFileInvalid:
        return QCoreApplication::translate(
            "Errors", "The profile's key file is damaged or is not a Collector Workstation key file. Restore "
                      "profile.key from a backup.");
    case ErrorCode::WrongPassphrase:
        return QCoreApplication::translate(
            "Errors",
            "The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again.");
    case ErrorCode::KeyMismatch:
        return QCoreApplication::translate(
            "Errors",
            "The key file belongs to a different store. Put this store's own profile.key back in the "
            "profile folder.");
    case ErrorCode::StoreTampered:
        return QCoreApplication::translate(
            "Errors",
            "The store failed its integrity check: it was damaged or altered. Stop using it and restore "
            "the profile from a backup; keep the damaged copy for investigation.");
    case ErrorCode::StoreNotEncrypted:
        return QCoreApplication::translate(
            "Errors",
            "The store is not encrypted with SQLCipher 4 and will not be opened. Install SQLCipher 4 "
            "from bookworm-backports, or restore an encrypted store.");
    case ErrorCode::StoreTooNew:
        return QCoreApplication::translate(
            "Errors",
            "The store was written by a newer version of Collector Workstation. Update the application "
            "before opening it.");
    case ErrorCode::Database:
        return QCoreApplication::translate(
            "Errors",
            "The store reported an error. Try again; if it repeats, run 'collectorctl verify' on the "
            "profile.");
    case ErrorCode::Crypto:
        return QCoreApplication::translate(
            "Errors",
            "The encryption library could not start or could not lock memory. Check the memory lock "
            "limit (ulimit -l) and try again.");
    }
    return {};
}

} // namespace collector
