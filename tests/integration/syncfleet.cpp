#include "syncfleet.h"

#include "store/database.h"
#include "testsupport.h"
#include "users/users.h"

#include <QDateTime>
#include <QFile>
#include <catch2/catch_test_macros.hpp>

namespace collector::test {

namespace {
HubHarness* g_harness = nullptr;
}

void setHarness(HubHarness* h)
{
    g_harness = h;
}

HubHarness& harness()
{
    return *g_harness;
}

Workstation::Workstation(QString name)
    : m_login(std::move(name))
{
    m_profile.emplace(freshProfile(m_dir, "p"));
    QFile pass(passphraseFile());
    REQUIRE(pass.open(QIODevice::WriteOnly));
    pass.write("test profile passphrase\n");
}

void Workstation::reopen()
{
    auto opened = Profile::open(profileDir(), passphrase("test profile passphrase"));
    REQUIRE(opened.ok());
    m_profile.emplace(std::move(opened.value()));
}

void Workstation::enrol(const QString& login, const QString& team, const QString& role)
{
    m_login = login;
    const QString code = harness().enroll(login, team, role);
    REQUIRE(!code.isEmpty());
    const SyncReport report = enrolWorkstation(db(), harness().url(), harness().caPem(), code, login);
    INFO(report.message.toStdString());
    REQUIRE(report.ok());
}

SyncReport Workstation::sync()
{
    SyncReport report = syncNow(db());
    if (report.ok()) {
        auto identity = loadSyncIdentity(db());
        REQUIRE(identity.ok());
        REQUIRE(adoptEnrolledUser(db(), m_profile->profileId(), QDateTime::currentMSecsSinceEpoch(),
                                  identity.value().userId)
                    .ok());
    }
    return report;
}

QSet<QString> Workstation::ids(const char* table, const char* where)
{
    const QString key = QLatin1String(table) == QLatin1String("account_party")
                            ? QStringLiteral("lower(hex(account_id)) || ':' || lower(hex(debtor_id))")
                            : QStringLiteral("lower(hex(id))");
    auto stmt = db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                 .arg(key, QLatin1String(table), QLatin1String(where))
                                 .toUtf8()
                                 .constData());
    REQUIRE(stmt.ok());
    QSet<QString> out;
    REQUIRE(stmt.value().forEachRow([&](Statement& row) { out.insert(row.text(0)); }).ok());
    return out;
}

qint64 Workstation::count(const QString& sql)
{
    auto n = db().queryInt(sql.toUtf8().constData());
    REQUIRE(n.ok());
    return n.value();
}

} // namespace collector::test
