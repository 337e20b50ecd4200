#include "pgpool.h"

namespace collector::hub {

PgLease::~PgLease()
{
    if (m_conn)
        m_pool->release(m_conn);
}

bool PgPool::open(const QByteArray& dsn, int size, PgError* error)
{
    m_connections.reserve(static_cast<size_t>(size));
    for (int i = 0; i < size; ++i) {
        auto conn = PgConnection::connect(dsn, error);
        if (!conn)
            return false;
        m_connections.push_back(std::move(*conn));
    }
    for (PgConnection& conn : m_connections)
        m_free.push_back(&conn);
    m_available.release(size);
    return true;
}

PgLease PgPool::acquire(int timeoutMs)
{
    if (!m_available.tryAcquire(1, timeoutMs))
        return PgLease(this, nullptr);
    const QMutexLocker lock(&m_mutex);
    PgConnection* conn = m_free.back();
    m_free.pop_back();
    return PgLease(this, conn);
}

void PgPool::release(PgConnection* conn)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_free.push_back(conn);
    }
    m_available.release();
}

} // namespace collector::hub
