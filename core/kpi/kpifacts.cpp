#include "kpi/kpifacts.h"

#include "domain/codes.h"
#include "store/database.h"

#include <QHash>
#include <QTimeZone>

namespace collector {

namespace {

QDate dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

// Runs `sql` with the team (NULL for every team) as ?1 and the period's bounds in ms as ?2 and ?3, as far
// as the statement uses them.
// "{team}" in `sql` becomes the team condition on the accounts `a`: the statements start from the accounts
// (CROSS JOIN keeps SQLite to that order), so one team's rows are found by index, not by scanning everyone's.
template <typename Row>
Status eachRow(Database& db, const char* sql, const Id& team, qint64 fromMs, qint64 toMs, Row row)
{
    QByteArray text(sql);
    text.replace("{team}", team.isNull() ? QByteArrayLiteral("1") : QByteArrayLiteral("a.team_id = ?1"));
    auto q = db.prepare(text.constData());
    if (!q)
        return q.error();
    // Each statement uses the parameters it needs, in this order.
    const int used = q.value().parameterCount();
    if (used >= 1 && team.isNull())
        q.value().bindNull(1);
    else if (used >= 1)
        q.value().bind(1, team.toBytes());
    if (used >= 3)
        q.value().bind(2, fromMs).bind(3, toMs);
    return q.value().forEachRow(row);
}

} // namespace

Result<KpiFacts> loadKpiFacts(Database& db, const Id& teamId, const QDate& from, const QDate& to,
                              int lookbackDays)
{
    KpiFacts facts;
    const qint64 fromMs =
        QDateTime(from.addDays(-lookbackDays), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QHash<QByteArray, std::size_t> index;

    Status ok =
        eachRow(db,
                "SELECT a.id, a.assigned_collector_id, a.team_id, a.creditor_id, a.placement_id, a.stage, "
                "a.currency, p.placed_at_ms FROM account a LEFT JOIN placement p ON p.id = a.placement_id "
                "WHERE {team} ORDER BY a.id",
                teamId, fromMs, toMs, [&](const Statement& s) {
                    KpiAccount a;
                    a.id = Id::fromBytes(s.blob(0));
                    a.collectorId = Id::fromBytes(s.blob(1));
                    a.teamId = Id::fromBytes(s.blob(2));
                    a.creditorId = Id::fromBytes(s.blob(3));
                    a.placementId = Id::fromBytes(s.blob(4));
                    a.stage = s.text(5);
                    a.currency = s.text(6);
                    if (!s.isNull(7))
                        a.placedOn = dayOf(s.int64(7));
                    index.insert(s.blob(0), facts.accounts.size());
                    facts.accounts.push_back(std::move(a));
                });
    const auto account = [&](const QByteArray& id) -> KpiAccount* {
        const auto it = index.constFind(id);
        return it == index.cend() ? nullptr : &facts.accounts[it.value()];
    };
    if (ok)
        ok = eachRow(db,
                     "SELECT x.account_id, min(x.due_on) FROM account a CROSS JOIN account_due x ON "
                     "x.account_id = a.id "
                     "WHERE {team} GROUP BY x.account_id",
                     teamId, fromMs, toMs, [&](const Statement& s) {
                         if (KpiAccount* a = account(s.blob(0)))
                             a->firstDue = QDate::fromString(s.text(1), Qt::ISODate);
                     });
    // The ledger in force up to the period's end: reversals and what they cancel left out.
    if (ok)
        ok = eachRow(db,
                     "SELECT x.account_id, x.kind, x.amount_minor, x.effective_on FROM account a CROSS JOIN "
                     "ledger_entry x "
                     "ON x.account_id = a.id WHERE {team} AND x.kind <> 'reversal' AND x.id NOT IN (SELECT "
                     "reverses_id FROM ledger_entry "
                     "WHERE kind = 'reversal' AND reverses_id IS NOT NULL) "
                     "ORDER BY x.account_id, x.effective_on",
                     teamId, fromMs, toMs, [&](const Statement& s) {
                         KpiAccount* a = account(s.blob(0));
                         const QDate on = QDate::fromString(s.text(3), Qt::ISODate);
                         if (!a || on > to)
                             return;
                         const QString kind = s.text(1);
                         const qint64 amount = s.int64(2);
                         const bool reduces =
                             kind == QLatin1String("payment") || kind == QLatin1String("write_off");
                         a->ledger.push_back(
                             {on, reduces ? -amount : amount, kind == QLatin1String("payment") ? amount : 0});
                         if (kind == QLatin1String("placement")) {
                             a->placedMinor += amount;
                             // An account that came without a placement file (typed in, or a demo) was placed
                             // on the day of its placement entry.
                             if (a->placementId.isNull() && (!a->placedOn.isValid() || on < a->placedOn))
                                 a->placedOn = on;
                         }
                     });
    if (ok)
        ok = eachRow(
            db,
            "SELECT x.account_id, x.collector_id, x.at_ms, x.channel, x.direction, x.outcome, "
            "x.right_party, x.duration_s FROM account a CROSS JOIN contact_attempt x ON x.account_id = a.id "
            "WHERE {team} AND x.at_ms >= ?2 AND x.at_ms < ?3",
            teamId, fromMs, toMs, [&](const Statement& s) {
                KpiAttempt t;
                t.accountId = Id::fromBytes(s.blob(0));
                t.collectorId = Id::fromBytes(s.blob(1));
                t.at = QDateTime::fromMSecsSinceEpoch(s.int64(2), QTimeZone::utc());
                t.channel = parseCode<Channel>(s.text(3)).value_or(Channel::Call);
                t.direction = parseCode<Direction>(s.text(4)).value_or(Direction::Outbound);
                t.outcome = parseCode<Outcome>(s.text(5)).value_or(Outcome::NoAnswer);
                t.rightParty = s.int64(6) != 0;
                t.durationSeconds = static_cast<int>(s.int64(7));
                facts.attempts.push_back(t);
            });
    // Every promise made by the period's end: earlier ones claim payments before later ones.
    if (ok)
        ok = eachRow(
            db,
            "SELECT x.account_id, x.collector_id, x.id, x.amount_minor, x.currency, x.made_on, x.due_on, "
            "x.grace_days, x.plan_id FROM account a CROSS JOIN promise x ON x.account_id = a.id WHERE {team} "
            "ORDER BY x.account_id, x.due_on, x.id",
            teamId, fromMs, toMs, [&](const Statement& s) {
                const auto currency = Currency::fromCode(s.text(4));
                const QDate madeOn = QDate::fromString(s.text(5), Qt::ISODate);
                if (!currency || madeOn > to)
                    return;
                KpiPromise p;
                p.accountId = Id::fromBytes(s.blob(0));
                p.collectorId = Id::fromBytes(s.blob(1));
                p.terms.id = Id::fromBytes(s.blob(2));
                p.terms.amount = Money(s.int64(3), currency.value());
                p.terms.madeOn = madeOn;
                p.terms.dueOn = QDate::fromString(s.text(6), Qt::ISODate);
                p.terms.graceDays = static_cast<int>(s.int64(7));
                p.planId = Id::fromBytes(s.blob(8));
                facts.promises.push_back(p);
            });
    if (ok)
        ok = eachRow(db,
                     "SELECT x.account_id, x.collector_id, x.created_at_ms FROM account a CROSS JOIN plan x "
                     "ON x.account_id = a.id "
                     "WHERE {team} AND x.created_at_ms >= ?2 AND x.created_at_ms < ?3",
                     teamId, fromMs, toMs, [&](const Statement& s) {
                         facts.plans.push_back(
                             {Id::fromBytes(s.blob(0)), Id::fromBytes(s.blob(1)), dayOf(s.int64(2))});
                     });
    if (ok)
        ok = eachRow(db,
                     "SELECT x.account_id, x.collector_id, x.at_ms FROM account a CROSS JOIN visit x ON "
                     "x.account_id = a.id "
                     "WHERE {team} AND x.at_ms >= ?2 AND x.at_ms < ?3",
                     teamId, fromMs, toMs, [&](const Statement& s) {
                         facts.visits.push_back(
                             {Id::fromBytes(s.blob(0)), Id::fromBytes(s.blob(1)), dayOf(s.int64(2))});
                     });
    if (ok)
        ok = eachRow(db,
                     "SELECT x.account_id, x.at_ms FROM account a CROSS JOIN compliance_override x ON "
                     "x.account_id = a.id "
                     "WHERE {team} AND x.at_ms >= ?2 AND x.at_ms < ?3",
                     teamId, fromMs, toMs, [&](const Statement& s) {
                         facts.compliance.push_back(
                             {KpiComplianceKind::Override, Id::fromBytes(s.blob(0)), dayOf(s.int64(1))});
                     });
    // Stop events of one account, or of a debtor the team holds an account of (those count for the team).
    if (ok)
        ok = eachRow(
            db,
            "SELECT DISTINCT s.id, s.account_id, s.kind, s.at_ms FROM account a CROSS JOIN account_party p "
            "ON p.account_id = a.id CROSS JOIN stop_event s ON s.debtor_id = p.debtor_id "
            "AND (s.account_id = a.id OR s.account_id IS NULL) WHERE {team} AND s.kind <> 'cleared' "
            "AND s.at_ms >= ?2 AND s.at_ms < ?3",
            teamId, fromMs, toMs, [&](const Statement& s) {
                facts.compliance.push_back({s.text(2) == QLatin1String("complaint")
                                                ? KpiComplianceKind::Complaint
                                                : KpiComplianceKind::StopEvent,
                                            Id::fromBytes(s.blob(1)), dayOf(s.int64(3))});
            });
    // Contacts the gate refused to let be logged as made (contact log, audited with the account's id).
    if (ok)
        ok = eachRow(db,
                     "SELECT subject_id, at_ms FROM audit_entry WHERE action = 'contact_blocked' "
                     "AND at_ms >= ?2 AND at_ms < ?3",
                     teamId, fromMs, toMs, [&](const Statement& s) {
                         const Id id = Id::fromString(s.text(0));
                         if (account(id.toBytes()))
                             facts.compliance.push_back({KpiComplianceKind::Block, id, dayOf(s.int64(1))});
                     });
    if (ok)
        ok = eachRow(db, "SELECT id, login FROM app_user", teamId, fromMs, toMs, [&](const Statement& s) {
            facts.collectors.emplace_back(Id::fromBytes(s.blob(0)), s.text(1));
        });
    if (!ok)
        return ok.error();
    auto targets = loadCollectionTargets(db, teamId);
    if (!targets)
        return targets.error();
    facts.targets = std::move(targets.value());
    return facts;
}

} // namespace collector
