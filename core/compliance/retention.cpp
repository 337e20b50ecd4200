#include "compliance/retention.h"

#include "audit/auditlog.h"
#include "compliance/rulepack.h"
#include "compliance/storefacts.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <QTimeZone>

namespace collector {

namespace {

// Closed accounts with their pack and the last instant anything happened on them.
constexpr const char* kCandidatesSql =
    "SELECT a.id, c.rule_pack, d.time_zone, max(coalesce(pl.placed_at_ms, 0), "
    " coalesce((SELECT max(at_ms) FROM contact_attempt WHERE account_id = a.id), 0), "
    " coalesce((SELECT max(recorded_at_ms) FROM ledger_entry WHERE account_id = a.id), 0), "
    " coalesce((SELECT max(created_at_ms) FROM promise WHERE account_id = a.id), 0), "
    " coalesce((SELECT max(created_at_ms) FROM plan WHERE account_id = a.id), 0), "
    " coalesce((SELECT max(at_ms) FROM visit WHERE account_id = a.id), 0), "
    " coalesce((SELECT max(at_ms) FROM note WHERE account_id = a.id), 0), "
    " coalesce((SELECT max(at_ms) FROM stop_event WHERE account_id = a.id), 0)) "
    "FROM account a JOIN creditor c ON c.id = a.creditor_id "
    "LEFT JOIN placement pl ON pl.id = a.placement_id "
    "LEFT JOIN account_party p ON p.account_id = a.id AND p.role = 'debtor' "
    "LEFT JOIN debtor d ON d.id = p.debtor_id "
    "WHERE a.status <> 'active'";

// Children first, so foreign keys hold at every step.
constexpr const char* kPurgeSql[] = {
    "INSERT INTO purge_debtor SELECT DISTINCT debtor_id FROM account_party WHERE account_id IN "
    "(SELECT id FROM purge_account)",
    "DELETE FROM promise WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM plan_instalment WHERE plan_id IN (SELECT id FROM plan WHERE account_id IN "
    "(SELECT id FROM purge_account))",
    "DELETE FROM plan WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM callback WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM contact_attempt WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM ledger_entry WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM visit WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM note WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM compliance_override WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM stop_event WHERE kind = 'cleared' AND account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM stop_event WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM account_due WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM account_party WHERE account_id IN (SELECT id FROM purge_account)",
    "DELETE FROM account WHERE id IN (SELECT id FROM purge_account)",
    // A debtor goes with their last account.
    "DELETE FROM purge_debtor WHERE id IN (SELECT debtor_id FROM account_party)",
    "DELETE FROM stop_event WHERE kind = 'cleared' AND debtor_id IN (SELECT id FROM purge_debtor)",
    "DELETE FROM stop_event WHERE debtor_id IN (SELECT id FROM purge_debtor)",
    "DELETE FROM contact_point WHERE debtor_id IN (SELECT id FROM purge_debtor)",
    "DELETE FROM debtor WHERE id IN (SELECT id FROM purge_debtor)",
};

Result<int> selectExpired(Database& db, const QDateTime& now)
{
    auto candidates = db.prepare(kCandidatesSql);
    if (!candidates)
        return candidates.error();
    auto mark = db.prepare("INSERT INTO purge_account (id) VALUES (?)");
    if (!mark)
        return mark.error();
    int count = 0;
    while (true) {
        auto row = candidates.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            return count;
        Statement& s = candidates.value();
        const QString packId = s.isNull(1) ? rulePackForTimeZone(s.text(2)) : s.text(1);
        auto pack = rulePackInForce(packId, now.date());
        if (!pack)
            continue; // no law known for this account: keep it
        // Nothing ever happened on it that we know of: no date to count from, so it stays.
        if (s.int64(3) <= 0)
            continue;
        const QDateTime last = QDateTime::fromMSecsSinceEpoch(s.int64(3), QTimeZone::utc());
        if (last.addYears(pack.value().retentionYears) > now)
            continue;
        mark.value().reset();
        mark.value().bind(1, s.blob(0));
        if (auto done = mark.value().run(); !done)
            return done.error();
        ++count;
    }
}

} // namespace

Result<PurgeSummary> purgeExpiredRecords(Database& db, const QString& deviceId, const QString& actor,
                                         const QDateTime& now)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto ok = db.exec("CREATE TEMP TABLE purge_account (id BLOB PRIMARY KEY);"
                          "CREATE TEMP TABLE purge_debtor (id BLOB PRIMARY KEY);");
        !ok)
        return ok.error();
    PurgeSummary summary;
    auto expired = selectExpired(db, now);
    if (!expired)
        return expired.error();
    summary.accounts = expired.value();
    // The append-only triggers let deletes through only while this marker row exists, inside this
    // transaction; nobody else ever sees it.
    auto marker = db.prepare("INSERT INTO retention_purge_active (started_at_ms) VALUES (?)");
    if (!marker)
        return marker.error();
    marker.value().bind(1, now.toMSecsSinceEpoch());
    if (auto done = marker.value().run(); !done)
        return done.error();
    for (const char* sql : kPurgeSql) {
        if (auto done = db.exec(sql); !done)
            return done.error();
        if (QByteArrayView(sql).startsWith("DELETE FROM") &&
            !QByteArrayView(sql).startsWith("DELETE FROM purge"))
            summary.rows += db.changes();
    }
    auto debtors = db.queryInt("SELECT count(*) FROM purge_debtor");
    if (!debtors)
        return debtors.error();
    summary.debtors = static_cast<int>(debtors.value());
    if (auto ok = db.exec("DELETE FROM retention_purge_active; DROP TABLE temp.purge_account; "
                          "DROP TABLE temp.purge_debtor;");
        !ok)
        return ok.error();
    const QJsonObject detail{{QStringLiteral("accounts"), summary.accounts},
                             {QStringLiteral("debtors"), summary.debtors},
                             {QStringLiteral("rows"), summary.rows}};
    if (auto done =
            appendAudit(db, deviceId, now.toMSecsSinceEpoch(),
                        {actor, QStringLiteral("retention_purge"), QStringLiteral("profile"), {}, detail});
        !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return summary;
}

} // namespace collector
