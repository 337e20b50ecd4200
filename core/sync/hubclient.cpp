#include "sync/hubclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace collector {

QString syncFailureText(SyncFailure failure, const QString& detail)
{
    switch (failure) {
    case SyncFailure::None:
        return QCoreApplication::translate("Sync", "Synced");
    case SyncFailure::Offline:
        return QCoreApplication::translate(
            "Sync", "Offline: the hub cannot be reached; work goes on and syncs later");
    case SyncFailure::Certificate:
        return QCoreApplication::translate("Sync",
                                           "The hub's certificate is not trusted: ask an administrator");
    case SyncFailure::Revoked:
        return QCoreApplication::translate(
            "Sync", "This workstation was revoked: ask an administrator to enrol it again");
    case SyncFailure::Unauthorized:
        return QCoreApplication::translate("Sync", "This workstation is not enrolled with the hub: enrol it");
    case SyncFailure::Refused:
        return QCoreApplication::translate("Sync", "The hub refused the request: %1").arg(detail);
    case SyncFailure::HubError:
        return QCoreApplication::translate("Sync", "The hub failed; sync will try again: %1").arg(detail);
    case SyncFailure::Local:
        return QCoreApplication::translate("Sync", "This workstation's store failed during sync: %1")
            .arg(detail);
    }
    return {};
}

QString syncFailureShort(SyncFailure failure)
{
    switch (failure) {
    case SyncFailure::None:
        return QCoreApplication::translate("Sync", "Synced");
    case SyncFailure::Offline:
        return QCoreApplication::translate("Sync", "Offline");
    case SyncFailure::Certificate:
        return QCoreApplication::translate("Sync", "Hub certificate not trusted");
    case SyncFailure::Revoked:
        return QCoreApplication::translate("Sync", "Workstation revoked");
    case SyncFailure::Unauthorized:
        return QCoreApplication::translate("Sync", "Not enrolled");
    case SyncFailure::Refused:
        return QCoreApplication::translate("Sync", "Refused by the hub");
    case SyncFailure::HubError:
        return QCoreApplication::translate("Sync", "Hub error");
    case SyncFailure::Local:
        return QCoreApplication::translate("Sync", "Store error");
    }
    return {};
}

HubClient::HubClient(QUrl base, QByteArray caPem, QByteArray token, int timeoutMs)
    : m_base(std::move(base))
    , m_caPem(std::move(caPem))
    , m_token(std::move(token))
    , m_timeoutMs(timeoutMs)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{}

HubClient::~HubClient() = default;

HubReply HubClient::get(const QString& path, const QUrlQuery& query)
{
    return finish(begin(path, query, nullptr));
}

HubReply HubClient::post(const QString& path, const QJsonObject& body)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return finish(begin(path, {}, &bytes));
}

QNetworkReply* HubClient::beginGet(const QString& path, const QUrlQuery& query)
{
    return begin(path, query, nullptr);
}

QNetworkReply* HubClient::begin(const QString& path, const QUrlQuery& query, const QByteArray* body)
{
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Only the hub's authority: a certificate some public CA issued for the same name is not the hub.
    tls.setCaCertificates(QSslCertificate::fromData(m_caPem, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(m_timeoutMs);

    return body ? m_nam->post(request, *body) : m_nam->get(request);
}

HubReply HubClient::finish(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }

    HubReply result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    const auto error = reply->error();
    const QString transportError = reply->errorString();
    reply->deleteLater();
    const QJsonObject answer = QJsonDocument::fromJson(bytes).object();
    const QString hubSays = answer.value(QStringLiteral("error")).toString();
    if (result.httpStatus == 0) {
        const bool tlsFailed = error == QNetworkReply::SslHandshakeFailedError;
        result.failure = tlsFailed ? SyncFailure::Certificate : SyncFailure::Offline;
    } else if (result.httpStatus == 401) {
        result.failure = SyncFailure::Unauthorized;
    } else if (result.httpStatus == 403 && hubSays.contains(QLatin1String("revoked"))) {
        result.failure = SyncFailure::Revoked;
    } else if (result.httpStatus >= 500) {
        result.failure = SyncFailure::HubError;
    } else if (result.httpStatus >= 400) {
        result.failure = SyncFailure::Refused;
    } else if (answer.isEmpty() && !bytes.trimmed().startsWith('{')) {
        result.failure = SyncFailure::HubError;
    }
    result.body = answer;
    if (result.failure != SyncFailure::None)
        result.message =
            syncFailureText(result.failure, hubSays.isEmpty() ? QString::number(result.httpStatus) : hubSays);
    // The transport's own words help whoever fixes the network; they name hosts and ports, never people.
    if (result.httpStatus == 0)
        result.message += QStringLiteral(" (%1)").arg(transportError);
    return result;
}

} // namespace collector
