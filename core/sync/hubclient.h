// Blocking HTTPS calls to the hub from the calling thread (the sync thread, or a command line), trusting only
// the hub's own certificate authority. Each failure is sorted into what a user can act on.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace collector {

enum class SyncFailure
{
    None,
    Offline,      // the hub could not be reached
    Certificate,  // the hub's certificate is not from the configured authority
    Revoked,      // an administrator cut this workstation off
    Unauthorized, // the hub does not know this workstation: enrol it
    Refused,      // the hub refused the request (4xx)
    HubError,     // the hub failed (5xx) or answered nonsense
    Local,        // this workstation's store failed
};

struct HubReply
{
    SyncFailure failure = SyncFailure::None;
    int httpStatus = 0;
    QJsonObject body;
    QString message; // one line for the user, in the UI language; no personal data
};

// The sentence the panel shows for a failure (translated).
QString syncFailureText(SyncFailure failure, const QString& detail = {});
// A word or two for the status bar ("Offline", "Hub error"), translated.
QString syncFailureShort(SyncFailure failure);

class HubClient
{
public:
    HubClient(QUrl base, QByteArray caPem, QByteArray token, int timeoutMs = 30000);
    ~HubClient();
    HubClient(const HubClient&) = delete;
    HubClient& operator=(const HubClient&) = delete;

    HubReply get(const QString& path, const QUrlQuery& query = {});
    HubReply post(const QString& path, const QJsonObject& body);
    // A GET sent now and answered later: the transfer goes on (in Qt's network thread) while the caller
    // works, so a pull applies one page while the hub prepares the next.
    QNetworkReply* beginGet(const QString& path, const QUrlQuery& query);
    HubReply finish(QNetworkReply* reply);

private:
    QNetworkReply* begin(const QString& path, const QUrlQuery& query, const QByteArray* body);

    QUrl m_base;
    QByteArray m_caPem;
    QByteArray m_token;
    int m_timeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace collector
