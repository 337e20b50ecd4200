// A prepared statement over the raw SQLCipher C API: bind by 1-based index, step, read columns by 0-based
// index.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <cstddef>

struct sqlite3;
struct sqlite3_stmt;

namespace collector {

class Statement
{
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binding never fails silently: the first failure is reported by the next step().
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    // The highest parameter index the statement uses (?NNN included).
    int parameterCount() const;

    // True while a row is available; false once the statement is done.
    Result<bool> step();
    // Steps to the end, for statements that return no rows.
    Status run();
    // Steps to the one row a lookup expects; `whenMissing` is the error when there is none.
    Status stepToRow(const QString& whenMissing);
    // Calls `row(*this)` for every row; stops at the first error.
    template <typename Row> Status forEachRow(Row row)
    {
        for (;;) {
            auto more = step();
            if (!more)
                return more.error();
            if (!more.value())
                return {};
            row(*this);
        }
    }
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes as SQLite holds them (text as UTF-8), valid until the next step or reset: for
    // readers of many rows that compare or copy without converting.
    QByteArrayView bytes(int column) const;

private:
    void noteBind(int rc);
    void finalize();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace collector
