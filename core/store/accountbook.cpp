#include "store/accountbook.h"

#include "store/database.h"
#include "store/domainwriter.h"

namespace collector {

Result<AccountBook> BookReader::read(const QByteArray& accountId, const QString& currencyCode,
                                     const QString& order)
{
    if (!m_stmt) {
        auto prepared =
            m_db.prepare("SELECT id, kind, component, amount_minor, effective_on, recorded_at_ms, "
                         "reverses_id FROM ledger_entry WHERE account_id = ?");
        if (!prepared)
            return prepared.error();
        m_stmt.emplace(std::move(prepared.value()));
    }
    AccountBook book;
    auto currency = Currency::fromCode(currencyCode);
    auto allocation = AllocationOrder::parse(order);
    if (!currency || !allocation)
        return makeError(ErrorCode::Database, QStringLiteral("account with an unreadable currency or order"));
    book.currency = currency.value();
    book.order = allocation.value();
    m_stmt->reset();
    m_stmt->bind(1, accountId);
    for (;;) {
        auto row = m_stmt->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        book.entries.push_back({Id::fromBytes(m_stmt->blob(0)), *parseCode<LedgerKind>(m_stmt->text(1)),
                                *parseCode<Component>(m_stmt->text(2)),
                                Money(m_stmt->int64(3), book.currency), parseDateText(m_stmt->text(4)),
                                m_stmt->int64(5), Id::fromBytes(m_stmt->blob(6))});
    }
    return book;
}

} // namespace collector
