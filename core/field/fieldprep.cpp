#include "field/fieldprep.h"

#include "field/receipts.h"
#include "field/visitlog.h"
#include "script/script.h"
#include "store/database.h"
#include "store/statement.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace collector {

namespace {} // namespace

Result<std::vector<FieldGap>> fieldDayGaps(Database& db, const FieldDayPlan& plan)
{
    std::vector<FieldGap> gaps;
    auto facts =
        db.prepare("SELECT a.stage, d.language, cp.id IS NOT NULL,"
                   " (SELECT count(*) FROM ledger_entry l WHERE l.account_id = a.id),"
                   " (SELECT count(*) FROM creditor c WHERE c.id = a.creditor_id)"
                   " FROM account a LEFT JOIN account_party ap ON ap.account_id = a.id AND ap.role = 'debtor'"
                   " LEFT JOIN debtor d ON d.id = ap.debtor_id"
                   " LEFT JOIN contact_point cp ON cp.id = ? AND cp.debtor_id = d.id"
                   " WHERE a.id = ?");
    if (!facts)
        return facts.error();
    for (const PlannedVisit& v : plan.visits) {
        FieldGap gap{v.accountId, v.reference, {}};
        Statement& s = facts.value();
        s.reset();
        s.bind(1, v.addressId.toBytes()).bind(2, v.accountId.toBytes());
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value()) {
            gap.missing << QCoreApplication::translate("FieldDay", "the account");
        } else {
            if (s.isNull(1))
                gap.missing << QCoreApplication::translate("FieldDay", "the debtor");
            if (s.int64(2) == 0)
                gap.missing << QCoreApplication::translate("FieldDay", "the address");
            if (s.int64(3) == 0)
                gap.missing << QCoreApplication::translate("FieldDay", "the ledger");
            if (s.int64(4) == 0)
                gap.missing << QCoreApplication::translate("FieldDay", "the creditor");
            const auto stage = parseCode<Stage>(s.text(0));
            if (!stage || !scriptFor(*stage, s.text(1)))
                gap.missing << QCoreApplication::translate("FieldDay", "the contact script");
            // The pack the gate will read at the door (the creditor's, or the address zone's).
            const QDateTime at = v.plannedAt.isValid() ? v.plannedAt : QDateTime::currentDateTimeUtc();
            if (gap.missing.isEmpty() &&
                !visitGateInput(db, v.accountId, v.addressId, at.toMSecsSinceEpoch(), v.staff))
                gap.missing << QCoreApplication::translate("FieldDay", "the compliance rules");
        }
        if (!gap.missing.isEmpty())
            gaps.push_back(std::move(gap));
    }
    // Receipts are numbered offline from the hub's serial for this device.
    if (auto numbering = checkReceiptNumbering(db); !numbering) {
        if (numbering.error().code != ErrorCode::InvalidArgument)
            return numbering.error();
        gaps.push_back(
            {Id(), QString(), {QCoreApplication::translate("FieldDay", "the receipt numbers (sync once)")}});
    }
    return gaps;
}

PreparedFieldDay prepareFieldDay(Database& db, const FieldDayPlan& plan, int days, const QDateTime& now)
{
    PreparedFieldDay prepared;
    auto enrolled = isEnrolled(db);
    if (!enrolled) {
        prepared.leases.sync = SyncReport::localError(enrolled.error());
        return prepared;
    }
    if (enrolled.value()) {
        std::vector<Id> accounts;
        for (const PlannedVisit& v : plan.visits)
            accounts.push_back(v.accountId);
        prepared.leases = takeLeases(db, days, now, accounts);
        if (!prepared.leases.sync.ok())
            return prepared;
    }
    if (auto saved = saveFieldDay(db, plan); !saved) {
        prepared.leases.sync = SyncReport::localError(saved.error());
        return prepared;
    }
    auto gaps = fieldDayGaps(db, plan);
    if (!gaps)
        prepared.leases.sync = SyncReport::localError(gaps.error());
    else
        prepared.gaps = std::move(gaps.value());
    return prepared;
}

} // namespace collector
