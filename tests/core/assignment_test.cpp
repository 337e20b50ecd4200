// Moving work between collectors on a demo portfolio: loads, rules, an even spread, who may move what, one
// transaction, an audit entry per account and the change in the outbox for the hub.
#include "io/demogenerator.h"
#include "kpi/targets.h"
#include "store/database.h"
#include "testsupport.h"
#include "users/assignment.h"
#include "users/users.h"

#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

UserRecord user(Database& db, const char* login)
{
    auto found = findUser(db, QString::fromLatin1(login));
    REQUIRE(found);
    REQUIRE(found.value().has_value());
    return *found.value();
}

qint64 count(Database& db, const QString& sql)
{
    auto n = db.queryInt(sql.toUtf8().constData());
    REQUIRE(n);
    return n.value();
}

} // namespace

TEST_CASE("Assignment: even spread, lead within the team, one audit entry per account, outbox",
          "[assignment]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    DemoOptions demo;
    demo.accounts = 120;
    demo.asOf = QDate(2026, 11, 23);
    REQUIRE(generateDemoPortfolio(db, demo));
    const UserRecord lead = user(db, "u00001");
    REQUIRE(lead.role == UserRole::Lead);

    auto loads = collectorLoads(db, lead.teamId);
    REQUIRE(loads);
    REQUIRE(loads.value().size() >= 2);
    qint64 teamActive = 0;
    for (const CollectorLoad& l : loads.value())
        teamActive += l.activeAccounts;
    CHECK(teamActive ==
          count(db, QStringLiteral("SELECT count(*) FROM account WHERE status = 'active' AND "
                                   "assigned_collector_id IN (SELECT id FROM app_user WHERE team_id = x'%1')")
                        .arg(QString::fromLatin1(lead.teamId.toBytes().toHex()))));

    // Rule: the team's early-stage accounts; every one picked is early and active.
    AssignmentRule early;
    early.stage = QStringLiteral("early");
    auto picked = selectAccounts(db, lead.teamId, early, QDate(2026, 11, 23));
    REQUIRE(picked);
    REQUIRE_FALSE(picked.value().empty());
    for (const Id& id : picked.value()) {
        auto q = db.prepare("SELECT stage, status FROM account WHERE id = ?");
        REQUIRE(q);
        q.value().bind(1, id.toBytes());
        REQUIRE(q.value().step().value());
        CHECK(q.value().text(0) == QLatin1String("early"));
        CHECK(q.value().text(1) == QLatin1String("active"));
    }
    // Days past due narrow it: an impossible window picks nothing.
    AssignmentRule none = early;
    none.minDaysPastDue = 100000;
    CHECK(selectAccounts(db, lead.teamId, none, QDate(2026, 11, 23)).value().empty());

    // The busiest collector's accounts spread over them and the least busy one: the loads end within one.
    std::vector<CollectorLoad> byLoad = loads.value();
    std::sort(byLoad.begin(), byLoad.end(), [](const CollectorLoad& x, const CollectorLoad& y) {
        return x.activeAccounts > y.activeAccounts;
    });
    const CollectorLoad first = byLoad.front();
    const CollectorLoad second = byLoad.back();
    REQUIRE(first.activeAccounts > second.activeAccounts + 1);
    AssignmentRule fromFirst;
    fromFirst.fromCollectorId = first.collectorId;
    const std::vector<Id> his = selectAccounts(db, lead.teamId, fromFirst, QDate(2026, 11, 23)).value();
    REQUIRE(static_cast<qint64>(his.size()) == first.activeAccounts);
    const std::vector<Id> holders(his.size(), first.collectorId);
    const std::vector<AccountMove> moves = spreadEvenly(his, holders, {first, second});
    const qint64 total = first.activeAccounts + second.activeAccounts;
    // Ties stay with the holder: the busiest keeps the larger half.
    CHECK(static_cast<qint64>(moves.size()) == first.activeAccounts - (total + 1) / 2);
    for (const AccountMove& m : moves)
        CHECK(m.toCollectorId == second.collectorId);

    const qint64 auditBefore =
        count(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'account_reassigned'"));
    const QString updates =
        QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind = 'account' AND action = "
                       "'update' AND fields LIKE '%assigned_collector_id%'");
    const qint64 outboxBefore = count(db, updates);
    auto moved = reassignAccounts(db, profile.profileId(), lead, moves, 1795000000000);
    REQUIRE(moved);
    CHECK(moved.value() == static_cast<int>(moves.size()));
    auto after = collectorLoads(db, lead.teamId).value();
    qint64 a = 0;
    qint64 b = 0;
    for (const CollectorLoad& l : after) {
        a += l.collectorId == first.collectorId ? l.activeAccounts : 0;
        b += l.collectorId == second.collectorId ? l.activeAccounts : 0;
    }
    CHECK(a + b == total);
    CHECK(std::abs(a - b) <= 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'account_reassigned'")) ==
          auditBefore + moved.value());
    // The hub learns of each move through the outbox, the changed field named.
    CHECK(count(db, updates) == outboxBefore + moved.value());

    // A collector moves nothing; a lead cannot reach another team; a refused batch changes nothing at all.
    CHECK_FALSE(
        reassignAccounts(db, profile.profileId(), user(db, first.login.toLatin1().constData()), moves, 0));
    auto otherTeam = db.prepare("SELECT id FROM account WHERE team_id <> ? AND status = 'active' LIMIT 1");
    REQUIRE(otherTeam);
    otherTeam.value().bind(1, lead.teamId.toBytes());
    REQUIRE(otherTeam.value().step().value());
    const Id foreign = Id::fromBytes(otherTeam.value().blob(0));
    const auto holderOf = [&](const Id& account) {
        auto q = db.prepare("SELECT assigned_collector_id FROM account WHERE id = ?");
        REQUIRE(q);
        q.value().bind(1, account.toBytes());
        REQUIRE(q.value().step().value());
        return Id::fromBytes(q.value().blob(0));
    };
    // The first account goes back to the first collector in a batch whose second account is another team's.
    const Id target = holderOf(his.front()) == first.collectorId ? second.collectorId : first.collectorId;
    const Id before = holderOf(his.front());
    const qint64 auditNow = count(db, QStringLiteral("SELECT count(*) FROM audit_entry"));
    const std::vector<AccountMove> mixed{{his.front(), target}, {foreign, target}};
    auto refused = reassignAccounts(db, profile.profileId(), lead, mixed, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.contains(QStringLiteral("own team")));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_entry")) == auditNow);
    CHECK(holderOf(his.front()) == before);
}

TEST_CASE("Targets: a lead sets them for their own collectors, audited; nobody else's", "[assignment][kpi]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    DemoOptions demo;
    demo.accounts = 40;
    demo.asOf = QDate(2026, 11, 23);
    REQUIRE(generateDemoPortfolio(db, demo));
    const UserRecord lead = user(db, "u00001");
    const UserRecord own = user(db, "u00002");
    const Money amount =
        Money::parse(QStringLiteral("50000.00"), Currency::fromCode(QStringLiteral("CNY")).value()).value();
    REQUIRE(setCollectionTarget(db, profile.profileId(), lead, own.id, QDate(2026, 11, 1), amount,
                                1795000000000));
    // Set again: replaced, not added.
    REQUIRE(setCollectionTarget(db, profile.profileId(), lead, own.id, QDate(2026, 11, 15), amount,
                                1795000000001));
    auto targets = loadCollectionTargets(db, lead.teamId);
    REQUIRE(targets);
    REQUIRE(targets.value().size() == 1);
    CHECK(targets.value()[0].amountMinor == 5000000);
    CHECK(targets.value()[0].month == QDate(2026, 11, 1));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'target_set'")) == 2);

    auto other = db.prepare("SELECT login FROM app_user WHERE role = 'collector' AND team_id <> ? LIMIT 1");
    REQUIRE(other);
    other.value().bind(1, lead.teamId.toBytes());
    REQUIRE(other.value().step().value());
    const UserRecord foreign = user(db, other.value().text(0).toLatin1().constData());
    auto refused =
        setCollectionTarget(db, profile.profileId(), lead, foreign.id, QDate(2026, 11, 1), amount, 0);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().detail.contains(QStringLiteral("own team")));
    CHECK_FALSE(setCollectionTarget(db, profile.profileId(), own, own.id, QDate(2026, 11, 1), amount, 0));
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM collection_target")) == 1);
}
