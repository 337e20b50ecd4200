// The contact-budget leases in the store (pulled from the hub, see sync/contactbudget), arranged for the
// gate: read once per reader, then attached to each contact's facts by the debtor, debt and number it
// concerns.
#pragma once

#include "common/result.h"
#include "compliance/gatefacts.h"

#include <QByteArray>
#include <QHash>
#include <vector>

namespace collector {

class Database;

class LeaseBook
{
public:
    // The held leases, and which of them are this workstation's (by its enrolled device id).
    static Result<LeaseBook> load(Database& db);

    // Adds the leases on the debtor, the account or the contact point (16-byte ids) to `facts`, and whether
    // this workstation works on leased budgets.
    void attach(GateFacts& facts, const QByteArray& debtorId, const QByteArray& accountId,
                const QByteArray& pointId) const;

    // No lease held anywhere: every answer is the same as without budgets.
    bool empty() const { return m_byScope.isEmpty(); }

private:
    QHash<QByteArray, std::vector<LeaseFact>> m_byScope;
    bool m_budgeted = false;
};

} // namespace collector
