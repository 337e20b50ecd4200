#include "hubservice.h"

#include "hubrequests.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QSslCertificate>
#include <QSslKey>

namespace collector::hub {

HubService::HubService(HubConfig config)
    : m_config(std::move(config))
{}

quint16 HubService::start(QString* error)
{
    QFile certFile(m_config.tlsCertificate);
    QFile keyFile(m_config.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS certificate or key (%1, %2)")
                     .arg(m_config.tlsCertificate, m_config.tlsKey);
        return 0;
    }
    const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("the TLS certificate or key is not PEM (an RSA key is expected)");
        return 0;
    }
    PgError dbError;
    if (!m_pool.open(m_config.dsn, m_config.poolSize, &dbError)) {
        *error = QStringLiteral("cannot connect to the database: %1").arg(dbError.message);
        return 0;
    }
    m_workers.setMaxThreadCount(m_config.poolSize);

    const HubLimits limits{m_config.maxBodyBytes};
    using Method = QHttpServerRequest::Method;
    m_server.addRoute(QStringLiteral("/v1/health"), Method::Get,
                      [this](const HubRequest& r) { return handleHealth(m_pool, r); });
    m_server.addRoute(QStringLiteral("/v1/enrol"), Method::Post,
                      [this, limits](const HubRequest& r) { return handleEnrol(m_pool, r, limits); });
    m_server.addRoute(QStringLiteral("/v1/push"), Method::Post,
                      [this, limits](const HubRequest& r) { return handlePush(m_pool, r, limits); });
    m_server.addRoute(QStringLiteral("/v1/pull"), Method::Get,
                      [this](const HubRequest& r) { return handlePull(m_pool, r); });
    m_server.addRoute(QStringLiteral("/v1/conflicts"), Method::Get,
                      [this](const HubRequest& r) { return handleConflicts(m_pool, r, false); });
    m_server.addRoute(QStringLiteral("/v1/conflicts"), Method::Post,
                      [this](const HubRequest& r) { return handleConflicts(m_pool, r, true); });
    m_server.addRoute(QStringLiteral("/v1/leases"), Method::Post,
                      [this, limits](const HubRequest& r) { return handleLeases(m_pool, r, limits, true); });
    m_server.addRoute(QStringLiteral("/v1/leases/return"), Method::Post,
                      [this, limits](const HubRequest& r) { return handleLeases(m_pool, r, limits, false); });
    m_server.addRoute(QStringLiteral("/v1/buckets"), Method::Get,
                      [this](const HubRequest& r) { return handleBuckets(m_pool, r); });

    m_server.sslSetup(certificate, key);
    const quint16 port = m_server.listen(m_config.listen, m_config.port);
    if (port == 0)
        *error = QStringLiteral("cannot listen on %1 port %2 (in use, or not this machine's address)")
                     .arg(m_config.listen.toString())
                     .arg(m_config.port);
    return port;
}

} // namespace collector::hub
