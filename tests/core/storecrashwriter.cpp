// Test helper: opens a profile and commits one row per transaction, printing each sequence number only after
// its commit returned. The crash-safety test kills it with SIGKILL and checks every printed number survived.
#include "profile/profile.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

using namespace collector;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: store_crash_writer PROFILE_DIR PASSPHRASE_FILE\n");
        return 2;
    }
    QFile passFile(args.at(2));
    if (!passFile.open(QIODevice::ReadOnly))
        return 2;
    QByteArray pass = passFile.readLine().trimmed();
    auto profile = Profile::open(args.at(1), SecureBytes::takeFrom(pass));
    if (!profile.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qUtf8Printable(errorCodeName(profile.error().code)));
        return 1;
    }
    Database& db = profile.value().database();
    if (!db.exec("CREATE TABLE IF NOT EXISTS crash_rows (seq INTEGER PRIMARY KEY, payload BLOB NOT NULL)")
             .ok())
        return 1;
    qint64 seq = db.queryInt("SELECT coalesce(max(seq), 0) FROM crash_rows").value();
    auto insert = db.prepare("INSERT INTO crash_rows (seq, payload) VALUES (?, randomblob(700))");
    if (!insert.ok())
        return 1;
    for (;;) {
        auto tx = Transaction::begin(db);
        if (!tx.ok())
            return 1;
        insert.value().reset();
        insert.value().bind(1, ++seq);
        if (!insert.value().run().ok() || !tx.value().commit().ok())
            return 1;
        std::printf("%lld\n", static_cast<long long>(seq));
        std::fflush(stdout);
    }
}
