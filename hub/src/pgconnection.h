// One libpq connection with parameterised queries. Each value crosses as text; errors keep PostgreSQL's
// SQLSTATE so callers can tell a retryable deadlock from a refused request.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace collector::hub {

struct PgError
{
    QByteArray sqlState; // empty when the connection itself failed
    QString message;
    bool retryable() const { return sqlState == "40P01" || sqlState == "40001"; }
};

class PgResult
{
public:
    int rows() const;
    QByteArray value(int row, int column) const;
    bool isNull(int row, int column) const;

private:
    friend class PgConnection;
    std::shared_ptr<pg_result> m_result;
};

class PgConnection
{
public:
    static std::optional<PgConnection> connect(const QByteArray& dsn, PgError* error);
    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;

    // Runs one statement ($1, $2 … for params; a null QByteArray is SQL NULL).
    std::optional<PgResult> exec(const char* sql, const QList<QByteArray>& params = {},
                                 PgError* error = nullptr);
    // Several statements without parameters (a migration file).
    bool execScript(const QByteArray& sql, PgError* error);
    // Re-establishes a connection that the server or the network dropped.
    bool healthy();

private:
    explicit PgConnection(pg_conn* conn);
    struct Closer
    {
        void operator()(pg_conn* conn) const;
    };
    std::unique_ptr<pg_conn, Closer> m_conn;
};

} // namespace collector::hub
