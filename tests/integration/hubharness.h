// A throwaway PostgreSQL 15 cluster (Unix socket only, in a temporary folder) and a collector-hub serving
// HTTPS on loopback with a certificate from a throwaway CA, for the integration tests. Everything stops and
// is removed when the harness goes.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace collector::test {

class HubHarness
{
public:
    HubHarness();
    ~HubHarness();
    HubHarness(const HubHarness&) = delete;
    HubHarness& operator=(const HubHarness&) = delete;

    // initdb, start, migrate, certificates, serve. On failure *error says which step and why.
    bool start(QString* error);
    // The hub's log goes to this process's stderr (tests) or nowhere (benchmarks printing numbers).
    void setForwardHubLog(bool forward) { m_forwardLog = forward; }
    void stop();

    QByteArray dsn() const;
    QUrl url() const { return m_url; }
    QByteArray caPem() const { return m_caPem; }

    // collector-hub enroll: the one-time code, or empty (the test fails on it).
    QString enroll(const QString& login, const QString& team, const QString& role);
    bool revokeUser(const QString& login);
    // SIGKILL the hub and start it again on the same port.
    bool killHub();
    // True when the hub exited without being told to (a crash): the run fails on it.
    bool hubDiedOnItsOwn() const;
    bool startHub(QString* error);
    // Runs SQL through psql on the hub database; stdout (unaligned, tuples only), or the error text.
    QString psql(const QString& sql, bool* ok = nullptr) const;
    // Several commands in one session (psql -c … -c …), each result on its own line.
    QString psqlSession(const QStringList& commands, bool* ok = nullptr) const;

private:
    bool run(const QString& program, const QStringList& args, QString* output, bool asPostgres = false) const;

    QTemporaryDir m_dir;
    QString m_pgDir;
    QString m_binDir;
    QUrl m_url;
    quint16 m_port = 0;
    QByteArray m_caPem;
    std::unique_ptr<QProcess> m_hub;
    bool m_clusterUp = false;
    bool m_killedOnPurpose = false;
    bool m_forwardLog = true;
};

} // namespace collector::test
