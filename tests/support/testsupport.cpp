#include "testsupport.h"

#include "io/demogenerator.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <catch2/catch_test_macros.hpp>

namespace collector::test {

SecureBytes passphrase(const char* text)
{
    QByteArray bytes(text);
    return SecureBytes::takeFrom(bytes);
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

void flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    file.seek(offset);
    char byte = 0;
    file.getChar(&byte);
    file.seek(offset);
    file.putChar(static_cast<char>(byte ^ 0x01));
}

bool waitUntil(const std::function<bool()>& pred, int timeoutMs)
{
    // The predicate runs once per round and its answer is the result: predicates may consume what they read.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (pred())
            return true;
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

Profile freshProfile(const QTemporaryDir& dir, const char* name)
{
    auto profile = Profile::create(dir.filePath(QString::fromLatin1(name)),
                                   passphrase("test profile passphrase"), KdfLimits::fastForTestsOnly());
    REQUIRE(profile.ok());
    return std::move(profile.value());
}

Id demoQueueOfOne(Database& db, int accounts)
{
    DemoOptions demo;
    demo.accounts = accounts;
    demo.asOf = QDate(2026, 11, 23);
    REQUIRE(generateDemoPortfolio(db, demo));
    REQUIRE(db.exec("UPDATE account SET assigned_collector_id = (SELECT min(assigned_collector_id) FROM "
                    "account) WHERE status = 'active'"));
    auto who = db.prepare("SELECT assigned_collector_id FROM account WHERE status = 'active' LIMIT 1");
    REQUIRE(who);
    REQUIRE(who.value().step().value());
    return Id::fromBytes(who.value().blob(0));
}

QString binaryDir()
{
    return QCoreApplication::applicationDirPath();
}

} // namespace collector::test
