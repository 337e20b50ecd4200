#include "kpi/targets.h"

#include "audit/auditlog.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QJsonObject>
#include <algorithm>

namespace collector {

Status setCollectionTarget(Database& db, const QString& deviceId, const UserRecord& actor,
                           const Id& collectorId, const QDate& month, const Money& amount, qint64 atMs)
{
    if (actor.role == UserRole::Collector)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("targets are set by a team lead or an administrator"));
    if (amount.minor() < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a target cannot be negative"));
    auto who = db.prepare("SELECT team_id, role, login FROM app_user WHERE id = ?");
    if (!who)
        return who.error();
    who.value().bind(1, collectorId.toBytes());
    auto found = who.value().step();
    if (!found)
        return found.error();
    if (!found.value() || who.value().text(1) != QLatin1String("collector"))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("targets are for collectors: choose one"));
    if (actor.role == UserRole::Lead && Id::fromBytes(who.value().blob(0)) != actor.teamId)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a lead sets targets for their own team's collectors only"));
    const QString login = who.value().text(2);
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto put = db.prepare(
        "INSERT INTO collection_target (collector_id, month, currency, amount_minor, set_by, "
        "set_at_ms) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (collector_id, month, currency) DO UPDATE "
        "SET amount_minor = excluded.amount_minor, set_by = excluded.set_by, "
        "set_at_ms = excluded.set_at_ms");
    if (!put)
        return put.error();
    put.value()
        .bind(1, collectorId.toBytes())
        .bind(2, monthText)
        .bind(3, amount.currency().code)
        .bind(4, amount.minor())
        .bind(5, actor.login)
        .bind(6, atMs);
    if (auto done = put.value().run(); !done)
        return done;
    if (auto done = appendAudit(db, deviceId, atMs,
                                {actor.login, QStringLiteral("target_set"), QStringLiteral("user"),
                                 collectorId.toString(),
                                 QJsonObject{{QStringLiteral("collector"), login},
                                             {QStringLiteral("month"), monthText},
                                             {QStringLiteral("amount"), amount.toDecimalString()},
                                             {QStringLiteral("currency"), amount.currency().code}}});
        !done)
        return done;
    return tx.value().commit();
}

Result<std::vector<CollectionTarget>> loadCollectionTargets(Database& db, const Id& teamId)
{
    auto q = db.prepare("SELECT t.collector_id, t.month, t.currency, t.amount_minor FROM collection_target t "
                        "JOIN app_user u ON u.id = t.collector_id WHERE ?1 IS NULL OR u.team_id = ?1");
    if (!q)
        return q.error();
    if (teamId.isNull())
        q.value().bindNull(1);
    else
        q.value().bind(1, teamId.toBytes());
    std::vector<CollectionTarget> out;
    if (auto read = q.value().forEachRow([&](const Statement& s) {
            out.push_back({Id::fromBytes(s.blob(0)),
                           QDate::fromString(s.text(1) + QStringLiteral("-01"), Qt::ISODate), s.text(2),
                           s.int64(3)});
        });
        !read)
        return read.error();
    return out;
}

qint64 proratedTarget(const CollectionTarget& target, const QDate& from, const QDate& to)
{
    const QDate first = target.month;
    const QDate last = first.addMonths(1).addDays(-1);
    const QDate start = std::max(first, from);
    const QDate end = std::min(last, to);
    if (end < start)
        return 0;
    const qint64 days = start.daysTo(end) + 1;
    const qint64 inMonth = first.daysInMonth();
    // Half away from zero, in integers: (2·a·d + m) ÷ (2·m).
    return (2 * target.amountMinor * days + inMonth) / (2 * inMonth);
}

} // namespace collector
