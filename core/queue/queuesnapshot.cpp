#include "queue/queuesnapshot.h"

#include "domain/phonezones.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QDate>
#include <QStringList>
#include <limits>

namespace collector {

namespace {

// One marked account's facts, read straight from the records. The balance leaves reversals and what they
// cancel out (as a position does, without allocating payments to components); the phone is the debtor's own
// first number that may be called, the one the queue asks the gate about.
// Calls on the debtor (any account) since ?1, promises due since ?2, and the payments since the first of
// those was made are kept as short lists the queue parses (queue.cpp): the gate and the promise check need
// them for a share of the accounts, and one range read beats a query per account. A number is named by the
// first point with the same value (its rowid), so the gate can tell calls to the same number apart without
// the snapshot holding numbers. The joins are CROSS JOINs to keep the marked accounts the outer loop: without
// statistics SQLite chose to scan every account_party row and look each up in queue_dirty (0.57 s to refresh
// 1,000 marked accounts of 100,000).
constexpr const char* kFactsOfMarked = R"sql(
INSERT INTO queue_account (collector_id, account_id, reference, stage, currency, placed_at_ms, first_due,
  balance_minor, paid_minor, last_outbound_ms, last_right_party_ms, last_outcome, callback_due_ms,
  debtor_id, time_zone, contact_not_before, contact_not_after, contact_hours_agreed,
  no_channels, vulnerable, rule_pack, rule_tightening, phone_id, phone_zones, phone_consent, phone_key, stops,
  recent_calls, recent_since_ms, promises, payments)
SELECT a.assigned_collector_id, a.id, a.creditor_reference, a.stage, a.currency,
  coalesce(pl.placed_at_ms, 0),
  (SELECT min(u.due_on) FROM account_due u WHERE u.account_id = a.id),
  (SELECT coalesce(sum(CASE WHEN e.kind IN ('payment', 'write_off') THEN -e.amount_minor
                            ELSE e.amount_minor END), 0)
     FROM ledger_entry e WHERE e.account_id = a.id AND e.kind <> 'reversal'
     AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.kind = 'reversal' AND r.reverses_id = e.id)),
  (SELECT coalesce(sum(e.amount_minor), 0) FROM ledger_entry e WHERE e.account_id = a.id
     AND e.kind = 'payment'
     AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.kind = 'reversal' AND r.reverses_id = e.id)),
  (SELECT coalesce(max(t.at_ms), 0) FROM contact_attempt t WHERE t.account_id = a.id
     AND t.direction = 'outbound'),
  (SELECT coalesce(max(t.at_ms), 0) FROM contact_attempt t WHERE t.account_id = a.id AND t.right_party = 1),
  coalesce((SELECT t.outcome FROM contact_attempt t WHERE t.account_id = a.id
            ORDER BY t.at_ms DESC, t.rowid DESC LIMIT 1), ''),
  (SELECT coalesce(min(b.due_at_ms), 0) FROM callback b WHERE b.account_id = a.id AND b.done_at_ms IS NULL),
  d.id, d.time_zone, d.contact_not_before, d.contact_not_after, d.contact_hours_agreed,
  coalesce(d.no_channels, ''), d.vulnerable, c.rule_pack, c.rule_tightening,
  ph.id, coalesce(ph.time_zone, ''), coalesce(ph.consent, 0),
  coalesce((SELECT min(x.rowid) FROM contact_point x WHERE x.value = ph.value), ''),
  coalesce((SELECT group_concat(s.kind || ',' || s.starts_on || ',' || coalesce(s.ends_on, '') || ',' ||
                   coalesce((SELECT min(k.at_ms) FROM stop_event k WHERE k.kind = 'cleared'
                             AND k.clears_id = s.id), ''), ';')
            FROM stop_event s WHERE s.debtor_id = d.id AND s.kind <> 'cleared'
            AND (s.account_id IS NULL OR s.account_id = a.id)), ''),
  coalesce((SELECT group_concat(t.at_ms || ',' || t.channel || ',' || t.direction || ',' || t.outcome || ',' ||
                   t.right_party || ',' || (t.account_id = a.id) || ',' ||
                   coalesce((SELECT min(x.rowid) FROM contact_point x WHERE x.value = tp.value), '') || ',' ||
                   coalesce(tp.holder, 'debtor'), ';')
            FROM contact_attempt t LEFT JOIN contact_point tp ON tp.id = t.contact_point_id
            WHERE t.debtor_id = d.id AND t.at_ms >= ?1), ''),
  ?1,
  coalesce((SELECT group_concat(pr.amount_minor || ',' || pr.made_on || ',' || pr.due_on || ',' ||
                   pr.grace_days || ',' || (pr.plan_id IS NOT NULL), ';')
            FROM promise pr WHERE pr.account_id = a.id AND pr.due_on >= ?2), ''),
  coalesce((SELECT group_concat(e.amount_minor || ',' || e.effective_on, ';')
            FROM ledger_entry e WHERE e.account_id = a.id AND e.kind = 'payment'
            AND e.effective_on >= (SELECT min(pr.made_on) FROM promise pr WHERE pr.account_id = a.id
                                   AND pr.due_on >= ?2)
            AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.kind = 'reversal' AND r.reverses_id = e.id)),
           '')
FROM queue_dirty q
CROSS JOIN account a ON a.id = q.account_id
CROSS JOIN creditor c ON c.id = a.creditor_id
CROSS JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor'
CROSS JOIN debtor d ON d.id = p.debtor_id
LEFT JOIN placement pl ON pl.id = a.placement_id
LEFT JOIN contact_point ph ON ph.id =
  (SELECT x.id FROM contact_point x WHERE x.debtor_id = d.id AND x.kind = 'phone' AND x.holder = 'debtor'
   AND x.do_not_contact = 0 ORDER BY x.created_at_ms LIMIT 1)
WHERE a.status = 'active' AND a.assigned_collector_id IS NOT NULL
)sql";

// Where the number rings is worked out from its area code (and any zone stated) here, in code, so the
// snapshot keeps the zones, never the number.
Status fillPhoneZones(Database& db)
{
    // From the marks outwards (CROSS JOIN): otherwise the whole snapshot is scanned for them.
    auto phones =
        db.prepare("SELECT q.collector_id, q.account_id, ph.value, ph.time_zone FROM queue_dirty d "
                   "CROSS JOIN queue_account q ON q.account_id = d.account_id CROSS JOIN contact_point ph "
                   "ON ph.id = q.phone_id");
    if (!phones)
        return phones.error();
    auto update =
        db.prepare("UPDATE queue_account SET phone_zones = ? WHERE collector_id = ? AND account_id = ?");
    if (!update)
        return update.error();
    Status written;
    auto read = phones.value().forEachRow([&](const Statement& s) {
        if (!written)
            return;
        QStringList zones = phoneTimeZones(s.text(2));
        if (!s.isNull(3) && !s.text(3).isEmpty() && !zones.contains(s.text(3)))
            zones << s.text(3);
        update.value().reset();
        written =
            update.value().bind(1, zones.join(QLatin1Char(','))).bind(2, s.blob(0)).bind(3, s.blob(1)).run();
    });
    return read ? written : read;
}

Status refreshMarked(Database& db, qint64 callsSinceMs, const QDate& promisesSince)
{
    if (auto gone =
            db.exec("DELETE FROM queue_account WHERE account_id IN (SELECT account_id FROM queue_dirty)");
        !gone)
        return gone;
    auto facts = db.prepare(kFactsOfMarked);
    if (!facts)
        return facts.error();
    if (auto written = facts.value().bind(1, callsSinceMs).bind(2, promisesSince.toString(Qt::ISODate)).run();
        !written)
        return written;
    if (auto zones = fillPhoneZones(db); !zones)
        return zones;
    return db.exec("DELETE FROM queue_dirty");
}

} // namespace

Status refreshQueueSnapshot(Database& db, qint64 callsSinceMs, const QDate& promisesSince,
                            const QueueWriteTuning& tuning)
{
    auto backlog = queueSnapshotBacklog(db);
    if (!backlog)
        return backlog.error();
    if (backlog.value() == 0)
        return {};
    if (db.inTransaction())
        return refreshMarked(db, callsSinceMs, promisesSince);
    // Many accounts marked (a team's accounts reassigned, a large portfolio's first look): every row they
    // have is deleted and written again, so the indexes are built once afterwards instead of updated twice
    // per row. The refresh holds the write lock from start to end either way, and this shortens it, so no
    // table is too large for it.
    QueueWriteTuning anySize = tuning;
    anySize.rebuildTableAtMost = std::numeric_limits<qint64>::max();
    auto tableRows = rebuildableTableRows(db, backlog.value(), anySize);
    if (!tableRows)
        return tableRows.error();
    if (tableRows.value()) {
        auto indexes = queueAccountIndexes(db);
        if (!indexes)
            return indexes.error();
        return writeWithIndexesRebuilt(db, indexes.value(),
                                       [&] { return refreshMarked(db, callsSinceMs, promisesSince); });
    }
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto done = refreshMarked(db, callsSinceMs, promisesSince); !done)
        return done;
    return tx.value().commit();
}

Status rebuildQueueSnapshot(Database& db, qint64 callsSinceMs, const QDate& promisesSince)
{
    if (auto marked = db.exec("INSERT OR IGNORE INTO queue_dirty SELECT id FROM account"); !marked)
        return marked;
    return refreshQueueSnapshot(db, callsSinceMs, promisesSince);
}

qint64 dpdOrderOf(const QDate& countsFrom)
{
    return countsFrom.isValid() ? -countsFrom.toJulianDay() : kOwesNothingPastDue;
}

int daysPastDueOn(qint64 dpdOrder, const QDate& today)
{
    if (dpdOrder == kOwesNothingPastDue)
        return 0;
    const qint64 days = today.toJulianDay() + dpdOrder;
    return days > 0 ? static_cast<int>(days) : 0;
}

Result<qint64> queueSnapshotBacklog(Database& db)
{
    return db.queryInt("SELECT count(*) FROM queue_dirty");
}

} // namespace collector
