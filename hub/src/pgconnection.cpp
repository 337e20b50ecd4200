#include "pgconnection.h"

#include <libpq-fe.h>
#include <vector>

namespace collector::hub {

namespace {

PgError errorOf(pg_conn* conn, const PGresult* result)
{
    PgError error;
    if (result) {
        if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE))
            error.sqlState = state;
        if (const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY))
            error.message = QString::fromUtf8(primary);
    }
    if (error.message.isEmpty())
        error.message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    return error;
}

} // namespace

int PgResult::rows() const
{
    return PQntuples(m_result.get());
}

QByteArray PgResult::value(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

void PgConnection::Closer::operator()(pg_conn* conn) const
{
    PQfinish(conn);
}

PgConnection::PgConnection(pg_conn* conn)
    : m_conn(conn)
{}

std::optional<PgConnection> PgConnection::connect(const QByteArray& dsn, PgError* error)
{
    pg_conn* conn = PQconnectdb(dsn.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        if (error)
            *error = PgError{{}, QString::fromUtf8(PQerrorMessage(conn)).trimmed()};
        PQfinish(conn);
        return std::nullopt;
    }
    // Notices (migrations' "already exists") are not for the service log.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    return PgConnection(conn);
}

std::optional<PgResult> PgConnection::exec(const char* sql, const QList<QByteArray>& params, PgError* error)
{
    std::vector<const char*> values;
    std::vector<int> lengths;
    values.reserve(static_cast<size_t>(params.size()));
    for (const QByteArray& p : params) {
        values.push_back(p.isNull() ? nullptr : p.constData());
        lengths.push_back(static_cast<int>(p.size()));
    }
    PGresult* raw = PQexecParams(m_conn.get(), sql, static_cast<int>(values.size()), nullptr, values.data(),
                                 lengths.data(), nullptr, 0);
    const auto status = PQresultStatus(raw);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        if (error)
            *error = errorOf(m_conn.get(), raw);
        PQclear(raw);
        return std::nullopt;
    }
    PgResult result;
    result.m_result.reset(raw, PQclear);
    return result;
}

bool PgConnection::execScript(const QByteArray& sql, PgError* error)
{
    PGresult* raw = PQexec(m_conn.get(), sql.constData());
    const auto status = PQresultStatus(raw);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = errorOf(m_conn.get(), raw);
    PQclear(raw);
    return ok;
}

bool PgConnection::healthy()
{
    if (PQstatus(m_conn.get()) == CONNECTION_OK)
        return true;
    PQreset(m_conn.get());
    return PQstatus(m_conn.get()) == CONNECTION_OK;
}

} // namespace collector::hub
