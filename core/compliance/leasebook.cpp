#include "compliance/leasebook.h"

#include "store/database.h"

#include <QUuid>

namespace collector {

Result<LeaseBook> LeaseBook::load(Database& db)
{
    LeaseBook book;
    auto device = db.prepare("SELECT value FROM sync_state WHERE key = 'device_id'");
    if (!device)
        return device.error();
    auto found = device.value().step();
    if (!found)
        return found.error();
    const QByteArray self =
        found.value() ? QUuid::fromString(device.value().text(0)).toRfc4122() : QByteArray();
    auto q = db.prepare("SELECT scope_key, device_id, rule_id, first_day, last_day, tokens, base "
                        "FROM contact_lease WHERE state = 'held'");
    if (!q)
        return q.error();
    const Status read = q.value().forEachRow([&](const Statement& s) {
        LeaseFact lease;
        lease.mine = !self.isEmpty() && s.blob(1) == self;
        lease.ruleId = s.text(2);
        lease.firstDay = QDate::fromString(s.text(3), Qt::ISODate);
        lease.lastDay = QDate::fromString(s.text(4), Qt::ISODate);
        lease.tokens = static_cast<int>(s.int64(5));
        lease.base = static_cast<int>(s.int64(6));
        book.m_budgeted = book.m_budgeted || lease.mine;
        book.m_byScope[s.blob(0)].push_back(lease);
    });
    if (!read)
        return read.error();
    return book;
}

void LeaseBook::attach(GateFacts& facts, const QByteArray& debtorId, const QByteArray& accountId,
                       const QByteArray& pointId) const
{
    facts.budgeted = m_budgeted;
    for (const QByteArray& key : {debtorId, accountId, pointId})
        if (const auto found = m_byScope.constFind(key); !key.isEmpty() && found != m_byScope.cend())
            facts.leases.insert(facts.leases.end(), found->begin(), found->end());
}

} // namespace collector
