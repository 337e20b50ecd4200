#include "users/assignment.h"

#include "audit/auditlog.h"
#include "kpi/measures.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>
#include <map>

namespace collector {

namespace {

void bindTeam(Statement& q, int index, const Id& teamId)
{
    if (teamId.isNull())
        q.bindNull(index);
    else
        q.bind(index, teamId.toBytes());
}

qint64 balanceOf(const KpiAccount& account)
{
    qint64 balance = 0;
    for (const KpiLedgerEntry& e : account.ledger)
        balance += e.balanceEffectMinor;
    return balance;
}

} // namespace

Result<std::vector<CollectorLoad>> collectorLoads(Database& db, const Id& teamId)
{
    std::vector<CollectorLoad> loads;
    QHash<QByteArray, std::size_t> index;
    auto q = db.prepare(
        "SELECT u.id, u.login, count(a.id) FROM app_user u LEFT JOIN account a "
        "ON a.assigned_collector_id = u.id AND a.status = 'active' "
        "WHERE u.role = 'collector' AND (?1 IS NULL OR u.team_id = ?1) GROUP BY u.id ORDER BY u.login");
    if (!q)
        return q.error();
    bindTeam(q.value(), 1, teamId);
    if (auto read = q.value().forEachRow([&](const Statement& s) {
            index.insert(s.blob(0), loads.size());
            loads.push_back({Id::fromBytes(s.blob(0)), s.text(1), s.int64(2), 0, {}});
        });
        !read)
        return read.error();
    // Balances in the currency most of the team's accounts are in (the others are left out of the figure).
    auto facts = loadKpiFacts(db, teamId, QDate::currentDate(), QDate::currentDate(), 0);
    if (!facts)
        return facts.error();
    std::map<QString, int> currencies;
    for (const KpiAccount& a : facts.value().accounts)
        ++currencies[a.currency];
    const auto main = std::max_element(currencies.begin(), currencies.end(),
                                       [](const auto& x, const auto& y) { return x.second < y.second; });
    const QString currency = main == currencies.end() ? QString() : main->first;
    auto active =
        db.prepare("SELECT id FROM account WHERE status = 'active' AND (?1 IS NULL OR team_id = ?1)");
    if (!active)
        return active.error();
    bindTeam(active.value(), 1, teamId);
    QSet<QByteArray> isActive;
    if (auto read = active.value().forEachRow([&](const Statement& s) { isActive.insert(s.blob(0)); }); !read)
        return read.error();
    for (CollectorLoad& load : loads)
        load.currency = currency;
    for (const KpiAccount& a : facts.value().accounts)
        if (a.currency == currency && isActive.contains(a.id.toBytes()))
            if (const auto it = index.constFind(a.collectorId.toBytes()); it != index.cend())
                loads[it.value()].balanceMinor += balanceOf(a);
    return loads;
}

Result<std::vector<Id>> selectAccounts(Database& db, const Id& teamId, const AssignmentRule& rule,
                                       const QDate& today)
{
    auto facts = loadKpiFacts(db, teamId, today, today, 0);
    if (!facts)
        return facts.error();
    struct Debtor
    {
        QString reference;
        QString language;
        QString zone;
        bool active = false;
    };
    QHash<QByteArray, Debtor> about;
    auto q =
        db.prepare("SELECT a.id, a.creditor_reference, coalesce(d.language, ''), coalesce(d.time_zone, ''), "
                   "a.status = 'active' FROM account a LEFT JOIN account_party p ON p.account_id = a.id "
                   "AND p.role = 'debtor' LEFT JOIN debtor d ON d.id = p.debtor_id "
                   "WHERE ?1 IS NULL OR a.team_id = ?1");
    if (!q)
        return q.error();
    bindTeam(q.value(), 1, teamId);
    if (auto read = q.value().forEachRow([&](const Statement& s) {
            about.insert(s.blob(0), {s.text(1), s.text(2), s.text(3), s.int64(4) != 0});
        });
        !read)
        return read.error();
    std::vector<std::pair<QString, Id>> picked;
    for (const KpiAccount& a : facts.value().accounts) {
        const Debtor d = about.value(a.id.toBytes());
        if (!d.active || (!rule.fromCollectorId.isNull() && a.collectorId != rule.fromCollectorId) ||
            (!rule.stage.isEmpty() && a.stage != rule.stage) ||
            (!rule.language.isEmpty() && d.language != rule.language) ||
            (!rule.timeZone.isEmpty() && d.zone != rule.timeZone))
            continue;
        const int dpd = kpiDaysPastDue(a, today);
        const qint64 balance = balanceOf(a);
        if ((rule.minDaysPastDue && dpd < *rule.minDaysPastDue) ||
            (rule.maxDaysPastDue && dpd > *rule.maxDaysPastDue) ||
            (rule.minBalanceMinor && balance < *rule.minBalanceMinor) ||
            (rule.maxBalanceMinor && balance > *rule.maxBalanceMinor))
            continue;
        picked.emplace_back(d.reference, a.id);
    }
    std::sort(picked.begin(), picked.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<Id> out;
    for (const auto& [reference, id] : picked)
        out.push_back(id);
    return out;
}

std::vector<AccountMove> spreadEvenly(const std::vector<Id>& accounts, const std::vector<Id>& holders,
                                      const std::vector<CollectorLoad>& collectors)
{
    if (collectors.empty())
        return {};
    std::vector<qint64> load;
    QHash<QByteArray, std::size_t> index;
    for (const CollectorLoad& c : collectors) {
        index.insert(c.collectorId.toBytes(), load.size());
        load.push_back(c.activeAccounts);
    }
    // The accounts being spread are taken off their holders first: they are the ones to share out.
    for (const Id& holder : holders)
        if (const auto it = index.constFind(holder.toBytes()); it != index.cend())
            --load[it.value()];
    std::vector<AccountMove> moves;
    for (std::size_t i = 0; i < accounts.size(); ++i) {
        const qint64 least = *std::min_element(load.begin(), load.end());
        std::size_t to = std::find(load.begin(), load.end(), least) - load.begin();
        // Keeping an account where it is costs nothing when its holder is among the least loaded.
        if (i < holders.size())
            if (const auto it = index.constFind(holders[i].toBytes());
                it != index.cend() && load[it.value()] == least)
                to = it.value();
        ++load[to];
        if (i >= holders.size() || collectors[to].collectorId != holders[i])
            moves.push_back({accounts[i], collectors[to].collectorId});
    }
    return moves;
}

Result<int> reassignAccounts(Database& db, const QString& deviceId, const UserRecord& actor,
                             const std::vector<AccountMove>& moves, qint64 atMs)
{
    if (actor.role == UserRole::Collector)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("only a team lead or an administrator moves accounts between collectors"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto account =
        db.prepare("SELECT creditor_reference, assigned_collector_id, team_id FROM account WHERE id = ?");
    auto collector = db.prepare("SELECT team_id, role FROM app_user WHERE id = ?");
    auto update = db.prepare("UPDATE account SET assigned_collector_id = ?, team_id = ? WHERE id = ?");
    if (!account || !collector || !update)
        return makeError(ErrorCode::Database, QStringLiteral("the assignment statements cannot be prepared"));
    int moved = 0;
    for (const AccountMove& move : moves) {
        account.value().reset();
        account.value().bind(1, move.accountId.toBytes());
        auto found = account.value().step();
        if (!found)
            return found.error();
        if (!found.value())
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("an account to move is not in this store"));
        const QString reference = account.value().text(0);
        const Id from = Id::fromBytes(account.value().blob(1));
        const Id accountTeam = Id::fromBytes(account.value().blob(2));
        collector.value().reset();
        collector.value().bind(1, move.toCollectorId.toBytes());
        auto target = collector.value().step();
        if (!target)
            return target.error();
        if (!target.value() || collector.value().text(1) != QLatin1String("collector"))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("account %1 can only go to a collector").arg(reference));
        const Id toTeam = Id::fromBytes(collector.value().blob(0));
        if (actor.role == UserRole::Lead && (accountTeam != actor.teamId || toTeam != actor.teamId))
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("account %1: a lead moves accounts within their own team only; ask an "
                               "administrator to move work between teams")
                    .arg(reference));
        if (from == move.toCollectorId)
            continue;
        update.value().reset();
        update.value()
            .bind(1, move.toCollectorId.toBytes())
            .bind(2, toTeam.toBytes())
            .bind(3, move.accountId.toBytes());
        if (auto done = update.value().run(); !done)
            return done.error();
        if (auto done = appendAudit(
                db, deviceId, atMs,
                {actor.login, QStringLiteral("account_reassigned"), QStringLiteral("account"),
                 move.accountId.toString(),
                 QJsonObject{{QStringLiteral("from"), from.isNull() ? QString() : from.toString()},
                             {QStringLiteral("to"), move.toCollectorId.toString()}}});
            !done)
            return done.error();
        ++moved;
    }
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return moved;
}

} // namespace collector
