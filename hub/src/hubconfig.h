// The service's configuration file (JSON): where to listen, the TLS pair, the database and the limits.
#pragma once

#include <QHostAddress>
#include <QString>
#include <optional>

namespace collector::hub {

struct HubConfig
{
    QHostAddress listen = QHostAddress::LocalHost;
    quint16 port = 8443; // 0: any free port (printed at start)
    QString tlsCertificate;
    QString tlsKey;
    QByteArray dsn;
    int poolSize = 4;
    qint64 maxBodyBytes = 2 * 1024 * 1024; // a 1 MiB batch, with room for JSON's overhead
};

// Paths in the file are relative to the file. On failure, *error says which field and what to do.
std::optional<HubConfig> readHubConfig(const QString& path, QString* error);

} // namespace collector::hub
