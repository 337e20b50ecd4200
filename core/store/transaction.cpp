#include "store/transaction.h"

#include "store/database.h"

#include <utility>

namespace collector {

Result<Transaction> Transaction::begin(Database& db, Kind kind)
{
    if (auto begun = db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED"); !begun)
        return begun.error();
    return Transaction(&db);
}

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Transaction& Transaction::operator=(Transaction&& other) noexcept
{
    if (this != &other) {
        rollback();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Status Transaction::commit()
{
    if (m_db == nullptr)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("transaction already finished"));
    auto done = m_db->exec("COMMIT");
    if (done)
        m_db = nullptr;
    return done; // on failure the destructor rolls back
}

void Transaction::rollback()
{
    if (m_db != nullptr)
        (void)m_db->exec("ROLLBACK");
    m_db = nullptr;
}

} // namespace collector
