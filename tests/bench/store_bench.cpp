// Store benchmark: what unlocking costs (Argon2id at MODERATE against the whole open), and what encryption
// costs for bulk work with SQLite's default 2 MiB page cache and with ours (plain SQLite, no key, is the
// baseline, measured in the same run on the same machine).
#include "crypto/passphrasekdf.h"
#include "profile/profile.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace collector;

namespace {

constexpr int kRows = 100'000;

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

SecureBytes bytesOf(const char* text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

// Inserts kRows account-like rows (16-byte id blob, amounts, text) in one transaction, then scans them with
// a filter that touches every row. `key` empty = plain SQLite. Returns milliseconds for insert + scan.
double bulkWorkMs(const QString& path, const QByteArray& key, int cacheKiB)
{
    QFile::remove(path);
    sqlite3* db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    if (!key.isEmpty())
        sqlite3_key(db, key.constData(), static_cast<int>(key.size()));
    const QByteArray pragmas =
        "PRAGMA temp_store = MEMORY; PRAGMA journal_mode = WAL; PRAGMA cache_size = -" +
        QByteArray::number(cacheKiB) + ";";
    sqlite3_exec(db, pragmas.constData(), nullptr, nullptr, nullptr);
    sqlite3_exec(db,
                 "CREATE TABLE account (id BLOB NOT NULL UNIQUE, balance_minor INTEGER, dpd INTEGER, "
                 "reference TEXT)",
                 nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO account VALUES (randomblob(16), ?, ?, ?)", -1, &insert, nullptr);
    for (int i = 0; i < kRows; ++i) {
        const QByteArray reference = "REF-" + QByteArray::number(i).rightJustified(9, '0');
        sqlite3_bind_int64(insert, 1, 100'00 + (i * 7919) % 5'000'000);
        sqlite3_bind_int(insert, 2, i % 720);
        sqlite3_bind_text(insert, 3, reference.constData(), static_cast<int>(reference.size()),
                          SQLITE_TRANSIENT);
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    for (int pass = 0; pass < 5; ++pass)
        sqlite3_exec(db, "SELECT count(*), sum(balance_minor) FROM account WHERE dpd > 90", nullptr, nullptr,
                     nullptr);
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const char* pass = "benchmark passphrase";

    std::printf("== unlocking a profile (median of 5)\n");
    std::vector<double> kdf, openModerate, openFast;
    const QString moderateDir = tmp.filePath(QStringLiteral("moderate"));
    const QString fastDir = tmp.filePath(QStringLiteral("fast"));
    (void)Profile::create(moderateDir, bytesOf(pass), KdfLimits::moderate());
    (void)Profile::create(fastDir, bytesOf(pass), KdfLimits::fastForTestsOnly());
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        (void)derivePassphraseKey(bytesOf(pass), QByteArray(kKdfSaltBytes, '\x07'), KdfLimits::moderate());
        kdf.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.restart();
        auto a = Profile::open(moderateDir, bytesOf(pass));
        openModerate.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.restart();
        auto b = Profile::open(fastDir, bytesOf(pass));
        openFast.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        if (!a.ok() || !b.ok()) {
            std::fprintf(stderr, "open failed\n");
            return 1;
        }
    }
    std::printf("Argon2id MODERATE (3 passes, 256 MiB) alone   %8.1f ms\n", medianMs(kdf));
    std::printf("profile open at MODERATE (the unlock)        %8.1f ms\n", medianMs(openModerate));
    std::printf("profile open, store part (minimum KDF)       %8.1f ms\n", medianMs(openFast));
    std::printf("share of the unlock spent in Argon2id        %8.1f %%\n",
                100.0 * medianMs(kdf) / medianMs(openModerate));

    std::printf("\n== %d rows: insert in one transaction + 5 filtered scans (median of 3)\n", kRows);
    const QString path = tmp.filePath(QStringLiteral("bulk.db"));
    const QByteArray key = "x'" + QByteArray(64, 'a') + "'";
    auto measure = [&](const QByteArray& k, int cacheKiB) {
        std::vector<double> s;
        for (int i = 0; i < 3; ++i)
            s.push_back(bulkWorkMs(path, k, cacheKiB));
        return medianMs(s);
    };
    const double plainDefault = measure({}, 2000);
    const double encryptedDefault = measure(key, 2000);
    const double plainLarge = measure({}, StoreTuning{}.cacheKiB);
    const double encryptedLarge = measure(key, StoreTuning{}.cacheKiB);
    std::printf("plain SQLite, 2 MiB cache (baseline)         %8.1f ms\n", plainDefault);
    std::printf("SQLCipher,    2 MiB cache                    %8.1f ms   %.2fx baseline\n", encryptedDefault,
                encryptedDefault / plainDefault);
    std::printf("plain SQLite, %d MiB cache                   %8.1f ms   %.2fx baseline\n",
                StoreTuning{}.cacheKiB / 1024, plainLarge, plainLarge / plainDefault);
    std::printf(
        "SQLCipher,    %d MiB cache (our setting)     %8.1f ms   %.2fx baseline, %.2fx plain at same cache\n",
        StoreTuning{}.cacheKiB / 1024, encryptedLarge, encryptedLarge / plainDefault,
        encryptedLarge / plainLarge);
    return 0;
}
