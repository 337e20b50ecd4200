// A fixed set of connections shared by the worker threads. A request borrows one for its transaction and
// gives it back when its lease ends, so at most poolSize database sessions exist however many requests
// arrive.
#pragma once

#include "pgconnection.h"

#include <QMutex>
#include <QSemaphore>
#include <vector>

namespace collector::hub {

class PgPool;

class PgLease
{
public:
    PgLease(PgPool* pool, PgConnection* conn)
        : m_pool(pool)
        , m_conn(conn)
    {}
    ~PgLease();
    PgLease(const PgLease&) = delete;
    PgLease& operator=(const PgLease&) = delete;
    PgConnection* operator->() const { return m_conn; }
    PgConnection& operator*() const { return *m_conn; }
    explicit operator bool() const { return m_conn != nullptr; }

private:
    PgPool* m_pool;
    PgConnection* m_conn;
};

class PgPool
{
public:
    // Opens every connection now, so a wrong DSN stops the service at start rather than at the first request.
    bool open(const QByteArray& dsn, int size, PgError* error);
    // Waits up to timeoutMs for a free connection; an empty lease when none came.
    PgLease acquire(int timeoutMs);
    int size() const { return static_cast<int>(m_connections.size()); }

private:
    friend class PgLease;
    void release(PgConnection* conn);

    std::vector<PgConnection> m_connections;
    std::vector<PgConnection*> m_free;
    QMutex m_mutex;
    QSemaphore m_available;
};

} // namespace collector::hub
