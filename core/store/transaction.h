// A move-only transaction: rolls back when it goes out of scope unless commit() succeeded.
#pragma once

#include "common/result.h"

namespace collector {

class Database;

class Transaction
{
public:
    enum class Kind
    {
        Deferred,  // a reader; becomes a writer at its first write
        Immediate, // takes the write lock at once, so it cannot fail half-way on SQLITE_BUSY
    };

    static Result<Transaction> begin(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&& other) noexcept;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status commit();

private:
    explicit Transaction(Database* db)
        : m_db(db)
    {}
    void rollback();

    Database* m_db = nullptr; // null once committed, rolled back or moved from
};

} // namespace collector
