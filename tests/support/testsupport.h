// Helpers shared by the tests: throwaway profile folders, passphrases, file hashes and byte surgery.
#pragma once

#include "crypto/securebytes.h"
#include "domain/id.h"
#include "profile/profile.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <functional>

namespace collector::test {

SecureBytes passphrase(const char* text);
// SHA-256 of a file's bytes; empty when it cannot be read.
QByteArray fileSha256(const QString& path);
// XORs one byte of a file in place with 0x01.
void flipByte(const QString& path, qint64 offset);
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);
// Pumps the Qt event loop until pred() holds or timeoutMs passes; returns pred().
bool waitUntil(const std::function<bool()>& pred, int timeoutMs = 10000);
// A new profile in `dir`/`name` with the test-only fast key derivation; fails the test if it cannot be made.
Profile freshProfile(const QTemporaryDir& dir, const char* name = "p");
// Writes a demo portfolio of `accounts` accounts (as of 2026-11-23) and gives every active account to one of
// its collectors, whose id it returns: one large queue to test against.
Id demoQueueOfOne(Database& db, int accounts);
// The folder of the running test binary (helpers built beside it).
QString binaryDir();

} // namespace collector::test
