// Crash safety: a writer committing rows is killed with SIGKILL at random points, 50 times. Every row it
// reported committed must be there afterwards, and both integrity checks must pass.
#include "profile/profile.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

TEST_CASE("committed rows survive SIGKILL at random points, 50 times", "[crash]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("p"));
    const QString passFile = tmp.filePath(QStringLiteral("pass"));
    test::writeAll(passFile, "crash test passphrase\n");
    {
        auto created =
            Profile::create(dir, test::passphrase("crash test passphrase"), KdfLimits::fastForTestsOnly());
        REQUIRE(created.ok());
    }

    QRandomGenerator rng(50); // fixed seed: the same kill points on every run
    QSet<qint64> reported;
    int killsWhileWriting = 0;
    for (int round = 0; round < 50; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CRASH_WRITER_PATH), {dir, passFile});
        REQUIRE(writer.waitForStarted(10000));
        // Wait for the first commit, then let it run a random while so kills land all over the write path.
        REQUIRE(writer.waitForReadyRead(10000));
        QThread::usleep(rng.bounded(0u, 30000u));
        writer.kill(); // SIGKILL
        REQUIRE(writer.waitForFinished(10000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        killsWhileWriting += writer.exitStatus() == QProcess::CrashExit ? 1 : 0;
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray& line : lines) {
            // Only whole lines: a number cut off by the kill was not necessarily reported.
            bool ok = false;
            const qint64 seq = line.toLongLong(&ok);
            if (ok && &line != &lines.back())
                reported.insert(seq);
        }
    }
    CHECK(killsWhileWriting == 50);
    REQUIRE(reported.size() >= 50);

    auto profile = Profile::open(dir, test::passphrase("crash test passphrase"));
    REQUIRE(profile.ok());
    Database& db = profile.value().database();
    auto select = db.prepare("SELECT seq FROM crash_rows");
    REQUIRE(select.ok());
    QSet<qint64> present;
    while (select.value().step().value())
        present.insert(select.value().int64(0));
    QSet<qint64> lost = reported;
    lost.subtract(present);
    CHECK(lost.isEmpty());
    INFO("reported " << reported.size() << ", present " << present.size());
    // Sequence numbers were handed out one by one: no holes below the highest committed row.
    CHECK(db.queryInt("SELECT max(seq) FROM crash_rows").value() == present.size());

    auto report = profile.value().verify();
    REQUIRE(report.ok());
    CHECK(report.value().ok());
}
