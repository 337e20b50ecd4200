// One account's ledger as the store holds it, read for balances and promise outcomes. The reader keeps its
// statement prepared, so reading many accounts in a row costs one prepare.
#pragma once

#include "common/result.h"
#include "domain/ledger.h"
#include "domain/money.h"
#include "store/statement.h"

#include <optional>
#include <vector>

namespace collector {

class Database;

struct AccountBook
{
    Currency currency;
    AllocationOrder order;
    std::vector<LedgerEntry> entries;
};

class BookReader
{
public:
    explicit BookReader(Database& db)
        : m_db(db)
    {}
    Result<AccountBook> read(const QByteArray& accountId, const QString& currencyCode, const QString& order);

private:
    Database& m_db;
    std::optional<Statement> m_stmt;
};

} // namespace collector
