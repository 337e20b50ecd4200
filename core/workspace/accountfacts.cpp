#include "workspace/accountfacts.h"

#include "store/database.h"
#include "store/statement.h"

namespace collector {

Result<AccountFacts> accountFacts(Database& db, const Id& accountId)
{
    auto q = db.prepare("SELECT p.debtor_id, a.currency, c.promise_grace_days FROM account a "
                        "JOIN creditor c ON c.id = a.creditor_id "
                        "JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor' WHERE a.id = ?");
    if (!q)
        return q.error();
    if (auto ok = q.value()
                      .bind(1, accountId.toBytes())
                      .stepToRow(QStringLiteral("the account has no debtor on record"));
        !ok)
        return ok.error();
    auto currency = Currency::fromCode(q.value().text(1));
    if (!currency)
        return currency.error();
    return AccountFacts{Id::fromBytes(q.value().blob(0)), currency.value(),
                        static_cast<int>(q.value().int64(2))};
}

} // namespace collector
