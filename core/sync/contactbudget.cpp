#include "sync/contactbudget.h"

#include "compliance/gate.h"
#include "compliance/storefacts.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

namespace collector {

namespace {

// Each lease asks for half of what a cap still allows: a collector working offline makes a few calls per
// debtor a day, and the other half stays with the workstations that remain online.
int halfOf(int remaining)
{
    return (remaining + 1) / 2;
}

Id scopeOf(const Rule& rule, const Id& debtorId, const Id& accountId, const Id& pointId)
{
    switch (rule.scope) {
    case CapScope::Debtor:
        return debtorId;
    case CapScope::Debt:
        return accountId;
    case CapScope::ContactPoint:
        return pointId;
    }
    return accountId;
}

QString hexOf(const Id& id)
{
    return QString::fromLatin1(id.toBytes().toHex());
}

QJsonObject requestJson(const LeaseRequest& r)
{
    return {{QStringLiteral("account_id"), hexOf(r.accountId)},
            {QStringLiteral("rule_id"), r.ruleId},
            {QStringLiteral("scope_key"), hexOf(r.scopeKey)},
            {QStringLiteral("first_day"), r.firstDay.toString(Qt::ISODate)},
            {QStringLiteral("last_day"), r.lastDay.toString(Qt::ISODate)},
            {QStringLiteral("window_days"), r.windowDays},
            {QStringLiteral("max"), r.max},
            {QStringLiteral("base"), r.base},
            {QStringLiteral("wanted"), r.wanted}};
}

} // namespace

Result<std::vector<LeaseRequest>> planLeases(Database& db, const Id& userId, const QDateTime& now, int days,
                                             const std::vector<Id>& accounts)
{
    if (days < 1 || days > 7)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("lease for 1 to 7 days: sync again before a longer trip"));
    std::vector<Id> worked = accounts;
    if (worked.empty()) {
        auto own = db.prepare("SELECT id FROM account WHERE assigned_collector_id = ? AND status = 'active' "
                              "ORDER BY id");
        if (!own)
            return own.error();
        own.value().bind(1, userId.toBytes());
        if (auto read = own.value().forEachRow(
                [&](const Statement& s) { worked.push_back(Id::fromBytes(s.blob(0))); });
            !read)
            return read.error();
    }
    // Every phone of the account's debtor: the numbers a call may go to.
    auto q = db.prepare("SELECT p.debtor_id, cp.id FROM account_party p "
                        "JOIN contact_point cp ON cp.debtor_id = p.debtor_id AND cp.kind = 'phone' "
                        "WHERE p.account_id = ? AND p.role = 'debtor' ORDER BY cp.id");
    if (!q)
        return q.error();
    GateFactsReader reader(db);
    std::vector<LeaseRequest> requests;
    QSet<QString> seen; // one request per rule, scope and first day
    for (const Id& accountId : worked) {
        q.value().reset();
        q.value().bind(1, accountId.toBytes());
        std::vector<std::pair<Id, Id>> phones; // debtor, number
        if (auto read = q.value().forEachRow([&](const Statement& s) {
                phones.emplace_back(Id::fromBytes(s.blob(0)), Id::fromBytes(s.blob(1)));
            });
            !read)
            return read.error();
        for (const auto& [debtorId, pointId] : phones) {
            auto input = reader.read({accountId, pointId, Channel::Call, now, 0});
            if (!input)
                return input.error();
            const GateFacts& facts = input.value().facts;
            const QDate today = debtorLocalDay(facts, now);
            for (const Rule& rule : input.value().pack.rules) {
                if (!rule.appliesTo(Channel::Call) || rule.max < 1)
                    continue;
                const Id scope = scopeOf(rule, debtorId, accountId, pointId);
                const auto add = [&](const QDate& first, const QDate& last, int window, int base) {
                    const QString key = rule.id + QLatin1Char('|') + hexOf(scope) + QLatin1Char('|') +
                                        first.toString(Qt::ISODate);
                    if (seen.contains(key) || base >= rule.max)
                        return;
                    seen.insert(key);
                    requests.push_back({accountId, rule.id, scope, first, last, window, rule.max, base,
                                        halfOf(rule.max - base)});
                };
                if (rule.kind == RuleKind::DailyCap) {
                    for (int d = 0; d < days; ++d) {
                        const QDate day = today.addDays(d);
                        add(day, day, 1, d == 0 ? countedCalls(rule, facts, day, day) : 0);
                    }
                } else if (rule.kind == RuleKind::AttemptsInDays) {
                    // One lease for the whole trip: every period that meets its first day is counted in base.
                    add(today, today.addDays(days - 1), rule.days,
                        countedCalls(rule, facts, today.addDays(1 - rule.days), today));
                }
            }
        }
    }
    return requests;
}

LeaseReport takeLeases(Database& db, int days, const QDateTime& now, const std::vector<Id>& accounts)
{
    LeaseReport report;
    report.sync = syncNow(db);
    if (!report.sync.ok())
        return report;
    const auto identity = enrolledIdentity(db, &report.sync);
    if (!identity)
        return report;
    auto planned =
        planLeases(db, Id::fromBytes(QByteArray::fromHex(identity->userId.toLatin1())), now, days, accounts);
    if (!planned) {
        report.sync = SyncReport::localError(planned.error());
        return report;
    }
    QJsonArray requests;
    for (const LeaseRequest& r : planned.value())
        requests.append(requestJson(r));
    report.requested = static_cast<int>(requests.size());
    HubClient client = hubClientFor(*identity);
    const HubReply reply = client.post(QStringLiteral("/v1/leases"), {{QStringLiteral("leases"), requests}});
    if (reply.failure != SyncFailure::None) {
        report.sync = SyncReport::failed(reply.failure, reply.message);
        return report;
    }
    for (const QJsonValue lease : reply.body.value(QStringLiteral("leases")).toArray()) {
        ++report.granted;
        report.tokens += lease[QStringLiteral("tokens")].toInt();
        const QDate last = QDate::fromString(lease[QStringLiteral("last_day")].toString(), Qt::ISODate);
        if (!report.until.isValid() || last > report.until)
            report.until = last;
    }
    // The leases travel to the store as records of the team's bucket, like everything the hub writes.
    const SyncReport pulled = pullChanges(db);
    if (!pulled.ok())
        report.sync = pulled;
    return report;
}

Result<HeldLeases> heldLeases(Database& db)
{
    auto device = readSyncState(db, "device_id");
    if (!device)
        return device.error();
    HeldLeases held;
    if (device.value().isEmpty())
        return held;
    auto q = db.prepare("SELECT count(*), coalesce(sum(tokens), 0), max(last_day) FROM contact_lease "
                        "WHERE state = 'held' AND device_id = ?");
    if (!q)
        return q.error();
    q.value().bind(1, QUuid::fromString(device.value()).toRfc4122());
    auto row = q.value().step();
    if (!row)
        return row.error();
    held.count = static_cast<int>(q.value().int64(0));
    held.tokens = q.value().int64(1);
    held.until = QDate::fromString(q.value().text(2), Qt::ISODate);
    return held;
}

SyncReport returnLeases(Database& db)
{
    auto held = heldLeases(db);
    if (!held)
        return SyncReport::localError(held.error());
    if (held.value().count == 0)
        return {};
    SyncReport failure;
    const auto identity = enrolledIdentity(db, &failure);
    if (!identity)
        return failure;
    HubClient client = hubClientFor(*identity);
    const HubReply reply = client.post(QStringLiteral("/v1/leases/return"), {});
    if (reply.failure != SyncFailure::None)
        return SyncReport::failed(reply.failure, reply.message);
    auto mark =
        db.prepare("UPDATE contact_lease SET state = 'returned' WHERE state = 'held' AND device_id = ?");
    if (!mark)
        return SyncReport::localError(mark.error());
    mark.value().bind(1, QUuid::fromString(identity->deviceId).toRfc4122());
    if (auto done = mark.value().run(); !done)
        return SyncReport::localError(done.error());
    return {};
}

} // namespace collector
