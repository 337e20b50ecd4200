#include "hubconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace collector::hub {

std::optional<HubConfig> readHubConfig(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the configuration file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object (%2 at offset %3)")
                     .arg(path, parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const QDir base = QFileInfo(path).absoluteDir();
    HubConfig config;
    const auto need = [&](const char* field) -> QString {
        const QString value = o.value(QLatin1String(field)).toString();
        if (value.isEmpty())
            *error = QStringLiteral("%1: \"%2\" is missing; see the README's \"Standing up a hub\"")
                         .arg(path, QLatin1String(field));
        return value;
    };
    if (o.contains(QLatin1String("listen")) &&
        !config.listen.setAddress(o.value(QLatin1String("listen")).toString())) {
        *error = QStringLiteral("%1: \"listen\" must be an IP address such as 127.0.0.1").arg(path);
        return std::nullopt;
    }
    const int port = o.value(QLatin1String("port")).toInt(8443);
    if (port < 0 || port > 65535) {
        *error = QStringLiteral("%1: \"port\" must be 0 to 65535").arg(path);
        return std::nullopt;
    }
    config.port = static_cast<quint16>(port);
    const QString cert = need("tls_certificate");
    const QString key = need("tls_key");
    const QString dsn = need("dsn");
    if (cert.isEmpty() || key.isEmpty() || dsn.isEmpty())
        return std::nullopt;
    config.tlsCertificate = base.absoluteFilePath(cert);
    config.tlsKey = base.absoluteFilePath(key);
    config.dsn = dsn.toUtf8();
    config.poolSize = o.value(QLatin1String("pool_size")).toInt(4);
    if (config.poolSize < 1 || config.poolSize > 64) {
        *error = QStringLiteral("%1: \"pool_size\" must be 1 to 64").arg(path);
        return std::nullopt;
    }
    config.maxBodyBytes = o.value(QLatin1String("max_body_bytes")).toInteger(config.maxBodyBytes);
    if (config.maxBodyBytes < 1024) {
        *error = QStringLiteral("%1: \"max_body_bytes\" must be at least 1024").arg(path);
        return std::nullopt;
    }
    return config;
}

} // namespace collector::hub
