// Where collectorctl gets passphrases: a prompt without echo on the terminal, or a file (first line). Never
// the command line's arguments, which other users can read in the process list.
#pragma once

#include "common/result.h"
#include "crypto/securebytes.h"
#include "profile/profile.h"

#include <QString>

namespace collector::cli {

// Shortest passphrase accepted for a new profile or a passphrase change.
constexpr int kMinPassphraseLength = 12;

Result<SecureBytes> readPassphraseFile(const QString& path);
// Prompts on the controlling terminal with echo off; fails when there is none.
Result<SecureBytes> promptPassphrase(const char* prompt);
// From the file when one is given, else from the prompt.
Result<SecureBytes> obtainPassphrase(const QString& file, const char* prompt);
// Opens the profile in `dir` with the passphrase from `passphraseFile`, or prompted when that is empty.
Result<Profile> openProfileWithPassphrase(const QString& dir, const QString& passphraseFile);
// A new passphrase: from the file, or prompted twice; checked for length.
Result<SecureBytes> obtainNewPassphrase(const QString& file);

} // namespace collector::cli
