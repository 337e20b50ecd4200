// The HTTPS sync service. Routes parse nothing on the event-loop thread beyond copying the request: each
// request runs on a worker thread with a pooled connection, as the caller's PostgreSQL role.
#pragma once

#include "hubconfig.h"
#include "hubhttpserver.h"
#include "pgpool.h"

#include <QThreadPool>

namespace collector::hub {

class HubService
{
public:
    explicit HubService(HubConfig config);
    // Connects the pool, loads the TLS pair and listens; the port actually bound, or 0 with *error set.
    quint16 start(QString* error);

private:
    HubConfig m_config;
    PgPool m_pool;
    QThreadPool m_workers;
    HubHttpServer m_server{&m_workers};
};

} // namespace collector::hub
