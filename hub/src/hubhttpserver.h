// The HTTP layer: routes by method and path, each request answered on a worker thread and written back on the
// event-loop thread only while the client's socket still exists. (Qt 6.4's QHttpServer writes a QFuture's
// answer to the socket even after the client hung up and the socket was deleted, which crashed the hub when a
// workstation was killed mid-request.)
#pragma once

#include "hubrequests.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QThreadPool>
#include <functional>
#include <vector>

namespace collector::hub {

class HubHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<QHttpServerResponse(const HubRequest&)>;

    explicit HubHttpServer(QThreadPool* workers);
    void addRoute(const QString& path, QHttpServerRequest::Method method, Handler handler);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QString path;
        QHttpServerRequest::Method method;
        Handler handler;
    };
    QThreadPool* m_workers;
    std::vector<Route> m_routes;
};

} // namespace collector::hub
