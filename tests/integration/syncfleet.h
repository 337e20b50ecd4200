// Workstations for the sync scenarios: each a real encrypted profile enrolled with the throwaway hub.
#pragma once

#include "hubharness.h"
#include "profile/profile.h"
#include "sync/syncengine.h"

#include <QSet>
#include <QTemporaryDir>
#include <memory>
#include <optional>

namespace collector::test {

void setHarness(HubHarness* harness);
HubHarness& harness();

class Workstation
{
public:
    explicit Workstation(QString name);
    Database& db() { return m_profile->database(); }
    const QString& login() const { return m_login; }
    QString profileId() const { return m_profile->profileId(); }
    // Enrols with a fresh code for login; fails the test when the hub refuses.
    void enrol(const QString& login, const QString& team, const QString& role);
    SyncReport sync();
    // Closes the profile (another program may open it) and opens it again.
    void close() { m_profile.reset(); }
    void reopen();
    QString profileDir() const { return m_dir.filePath(QStringLiteral("p")); }
    QString passphraseFile() const { return m_dir.filePath(QStringLiteral("passphrase")); }

    // The hex ids (or keys) of a table's rows, with an optional WHERE.
    QSet<QString> ids(const char* table, const char* where = "1");
    qint64 count(const QString& sql);

private:
    QTemporaryDir m_dir;
    std::optional<Profile> m_profile;
    QString m_login;
};

} // namespace collector::test
