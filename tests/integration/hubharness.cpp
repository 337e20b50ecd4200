#include "hubharness.h"

#include <QDir>
#include <QFile>
#include <QThread>
#include <unistd.h>

namespace collector::test {

namespace {

constexpr int kPgPort = 5432; // names the socket file only: the cluster listens on no TCP address

QString postgresBinDir()
{
    const QByteArray fromEnv = qgetenv("COLLECTOR_PG_BINDIR");
    return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : QString::fromLocal8Bit(fromEnv);
}

} // namespace

HubHarness::HubHarness()
    : m_binDir(postgresBinDir())
{}

HubHarness::~HubHarness()
{
    stop();
}

bool HubHarness::run(const QString& program, const QStringList& args, QString* output, bool asPostgres) const
{
    QProcess process;
    // PostgreSQL refuses to run as root; CI runs as root, so the cluster runs as the postgres user there.
    if (asPostgres && ::geteuid() == 0)
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     args);
    else
        process.start(program, args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = program + QStringLiteral(": did not finish");
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed() +
                  (process.exitCode() != 0
                       ? QStringLiteral("\n") + QString::fromUtf8(process.readAllStandardError())
                       : QString());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray HubHarness::dsn() const
{
    return QStringLiteral("host=%1 port=%2 user=postgres dbname=postgres").arg(m_pgDir).arg(kPgPort).toUtf8();
}

bool HubHarness::start(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    // The cluster's folder belongs to the user the server runs as.
    m_pgDir = m_dir.filePath(QStringLiteral("pg"));
    QDir().mkpath(m_pgDir);
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ExeGroup | QFile::ExeOther | QFile::ReadGroup |
                                            QFile::ReadOther);
    QString out;
    if (::geteuid() == 0 && !run(QStringLiteral("chown"), {QStringLiteral("postgres"), m_pgDir}, &out)) {
        *error = QStringLiteral("chown: ") + out;
        return false;
    }
    const QString data = m_pgDir + QStringLiteral("/data");
    if (!run(m_binDir + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
              QStringLiteral("postgres"), QStringLiteral("--no-sync")},
             &out, true)) {
        *error = QStringLiteral("initdb: ") + out;
        return false;
    }
    if (!run(m_binDir + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-l"),
              m_pgDir + QStringLiteral("/log"), QStringLiteral("-o"),
              QStringLiteral("-c listen_addresses='' -c unix_socket_directories=%1 -p %2 -c fsync=off")
                  .arg(m_pgDir)
                  .arg(kPgPort),
              QStringLiteral("start")},
             &out, true)) {
        *error = QStringLiteral("pg_ctl start: ") + out;
        return false;
    }
    m_clusterUp = true;
    if (!run(QStringLiteral(COLLECTOR_HUB_PATH),
             {QStringLiteral("migrate"), QStringLiteral("--dsn"), QString::fromUtf8(dsn())}, &out)) {
        *error = QStringLiteral("collector-hub migrate: ") + out;
        return false;
    }
    // The service logs in with the least it needs, as the README says: membership of hub_service.
    bool created = false;
    out = psql(QStringLiteral("CREATE ROLE collector_hub LOGIN IN ROLE hub_service"), &created);
    if (!created) {
        *error = QStringLiteral("creating the service role: ") + out;
        return false;
    }
    // A throwaway CA and a server certificate for localhost and 127.0.0.1 signed by it.
    const QString dir = m_dir.path();
    const QString ext = dir + QStringLiteral("/ext.cnf");
    QFile extFile(ext);
    if (!extFile.open(QIODevice::WriteOnly))
        return false;
    extFile.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n");
    extFile.close();
    const QString openssl = QStringLiteral("openssl");
    const auto p = [&](const char* name) -> QString { return dir + QLatin1Char('/') + QLatin1String(name); };
    if (!run(openssl,
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), p("ca.key"),
              QStringLiteral("-out"), p("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
              QStringLiteral("-subj"), QStringLiteral("/CN=Collector test CA")},
             &out) ||
        !run(openssl,
             {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
              QStringLiteral("-nodes"), QStringLiteral("-keyout"), p("hub.key"), QStringLiteral("-out"),
              p("hub.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
             &out) ||
        !run(openssl,
             {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), p("hub.csr"),
              QStringLiteral("-CA"), p("ca.pem"), QStringLiteral("-CAkey"), p("ca.key"),
              QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), p("hub.pem"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext},
             &out)) {
        *error = QStringLiteral("openssl: ") + out;
        return false;
    }
    QFile ca(p("ca.pem"));
    if (!ca.open(QIODevice::ReadOnly))
        return false;
    m_caPem = ca.readAll();
    return startHub(error);
}

bool HubHarness::startHub(QString* error)
{
    const QString config = m_dir.filePath(QStringLiteral("hub.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(
        QStringLiteral(R"({"listen":"127.0.0.1","port":%1,"tls_certificate":"hub.pem","tls_key":"hub.key",)"
                       R"("dsn":"%2","pool_size":3})")
            .arg(m_port)
            .arg(QString::fromUtf8(dsn()))
            .toUtf8());
    file.close();
    m_hub = std::make_unique<QProcess>();
    m_killedOnPurpose = false;
    // The hub's log (paths, statuses, SQLSTATEs; never data) goes to the test output.
    m_hub->setProcessChannelMode(m_forwardLog ? QProcess::ForwardedErrorChannel : QProcess::SeparateChannels);
    if (!m_forwardLog)
        m_hub->setStandardErrorFile(QProcess::nullDevice());
    m_hub->start(QStringLiteral(COLLECTOR_HUB_PATH),
                 {QStringLiteral("serve"), QStringLiteral("--config"), config});
    if (!m_hub->waitForStarted(10000)) {
        *error = QStringLiteral("collector-hub serve did not start");
        return false;
    }
    QByteArray line;
    for (int i = 0; i < 100 && !line.contains("listening on"); ++i) {
        m_hub->waitForReadyRead(200);
        line += m_hub->readAllStandardOutput();
        if (m_hub->state() == QProcess::NotRunning)
            break;
    }
    const int at = line.lastIndexOf(':');
    if (!line.contains("listening on") || at < 0) {
        *error =
            QStringLiteral("collector-hub serve: ") + QString::fromUtf8(line + m_hub->readAllStandardError());
        return false;
    }
    m_port = static_cast<quint16>(line.mid(at + 1).trimmed().toUInt());
    m_url = QUrl(QStringLiteral("https://localhost:%1").arg(m_port));
    return true;
}

bool HubHarness::hubDiedOnItsOwn() const
{
    return m_hub && m_hub->state() == QProcess::NotRunning && !m_killedOnPurpose;
}

bool HubHarness::killHub()
{
    if (!m_hub)
        return false;
    m_killedOnPurpose = true;
    m_hub->kill();
    return m_hub->waitForFinished(10000);
}

void HubHarness::stop()
{
    if (m_hub && m_hub->state() != QProcess::NotRunning) {
        m_hub->terminate();
        if (!m_hub->waitForFinished(5000))
            m_hub->kill();
        m_hub->waitForFinished(5000);
    }
    m_hub.reset();
    if (m_clusterUp) {
        QString out;
        run(m_binDir + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_pgDir + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("stop")},
            &out, true);
        m_clusterUp = false;
    }
}

QString HubHarness::enroll(const QString& login, const QString& team, const QString& role)
{
    QString out;
    if (!run(QStringLiteral(COLLECTOR_HUB_PATH),
             {QStringLiteral("enroll"), QStringLiteral("--dsn"), QString::fromUtf8(dsn()),
              QStringLiteral("--user"), login, QStringLiteral("--team"), team, QStringLiteral("--role"),
              role},
             &out))
        return {};
    return out.section(QLatin1Char('\n'), 0, 0).trimmed();
}

bool HubHarness::revokeUser(const QString& login)
{
    QString out;
    return run(QStringLiteral(COLLECTOR_HUB_PATH),
               {QStringLiteral("revoke"), QStringLiteral("--dsn"), QString::fromUtf8(dsn()),
                QStringLiteral("--user"), login},
               &out);
}

QString HubHarness::psql(const QString& sql, bool* ok) const
{
    return psqlSession({sql}, ok);
}

QString HubHarness::psqlSession(const QStringList& commands, bool* ok) const
{
    QStringList args{QStringLiteral("-X"), QStringLiteral("-At"),
                     QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                     QStringLiteral("-h"), m_pgDir,
                     QStringLiteral("-p"), QString::number(kPgPort),
                     QStringLiteral("-U"), QStringLiteral("postgres"),
                     QStringLiteral("-d"), QStringLiteral("postgres")};
    for (const QString& command : commands)
        args << QStringLiteral("-c") << command;
    QString out;
    const bool done = run(QStringLiteral("psql"), args, &out);
    if (ok)
        *ok = done;
    return out;
}

} // namespace collector::test
