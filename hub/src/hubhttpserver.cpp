#include "hubhttpserver.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent>
#include <memory>

namespace collector::hub {

namespace {

HubRequest copyOf(const QHttpServerRequest& request)
{
    HubRequest copy;
    copy.path = request.url().path().toUtf8();
    copy.query = request.query();
    copy.authorization = request.value("Authorization");
    copy.contentType = request.value("Content-Type");
    copy.accept = request.value("Accept");
    copy.body = request.body();
    return copy;
}

} // namespace

HubHttpServer::HubHttpServer(QThreadPool* workers)
    : m_workers(workers)
{}

void HubHttpServer::addRoute(const QString& path, QHttpServerRequest::Method method, Handler handler)
{
    m_routes.push_back({path, method, std::move(handler)});
}

bool HubHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    for (const Route& route : m_routes) {
        if (route.path != path || route.method != request.method())
            continue;
        using Answer = std::shared_ptr<QHttpServerResponse>;
        auto* watcher = new QFutureWatcher<Answer>(this);
        const QPointer<QTcpSocket> alive(socket);
        const QHttpServerRequest* pending = &request;
        connect(watcher, &QFutureWatcher<Answer>::finished, this, [watcher, alive, pending] {
            // The client may have hung up (and its socket gone) while the worker ran: then nobody is
            // answered.
            const Answer answer = watcher->result();
            watcher->deleteLater();
            if (alive && alive->state() == QAbstractSocket::ConnectedState)
                answer->write(makeResponder(*pending, alive.data()));
        });
        watcher->setFuture(QtConcurrent::run(m_workers, [handler = route.handler, copy = copyOf(request)] {
            QElapsedTimer timer;
            timer.start();
            auto answer = std::make_shared<QHttpServerResponse>(handler(copy));
            // One line per request: path, status and time. Never a body, a token or anything about a debtor.
            qInfo("collector-hub: %s %d %lld ms", copy.path.constData(),
                  static_cast<int>(answer->statusCode()), static_cast<long long>(timer.elapsed()));
            return answer;
        }));
        return true;
    }
    return false;
}

void HubHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket)
        .write(QJsonDocument(QJsonObject{{QStringLiteral("error"), QStringLiteral("no such endpoint")}}),
               QHttpServerResponder::StatusCode::NotFound);
}

} // namespace collector::hub
