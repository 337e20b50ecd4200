// Sync through a real hub: a throwaway PostgreSQL 15 cluster and collector-hub over TLS (see
// synctestmain.cpp). An administrator's workstation loads a demo portfolio; collectors of two teams and a
// team lead enrol, work offline on overlapping accounts, and sync in seeded random orders. The checkers:
// every event exactly once everywhere it may be seen, nothing where it may not, mutable fields converged,
// payment totals equal.
#include "compliance/gate.h"
#include "compliance/storefacts.h"
#include "field/receipts.h"
#include "field/visitlog.h"
#include "io/demogenerator.h"
#include "kpi/kpifacts.h"
#include "kpi/measures.h"
#include "kpi/targets.h"
#include "store/database.h"
#include "store/statement.h"
#include "sync/conflictinbox.h"
#include "sync/contactbudget.h"
#include "sync/hubclient.h"
#include "syncfleet.h"

#include <QCborValue>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QThread>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <random>

using namespace collector;
using namespace collector::test;

namespace {

QString text(Workstation& ws, const QString& sql)
{
    auto value = ws.db().queryText(sql.toUtf8().constData());
    REQUIRE(value.ok());
    return value.value();
}

QString newIdHex()
{
    return QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
}

// A call logged offline on this workstation (through the capture triggers, as the workspace's logging does).
QString logCall(Workstation& ws, const QString& accountHex, const QString& collectorHex)
{
    const QString id = newIdHex();
    auto stmt = ws.db().prepare(
        "INSERT INTO contact_attempt (id, account_id, channel, direction, at_ms, outcome,"
        " right_party, collector_id) VALUES (?, ?, 'call', 'outbound', ?, 'no_answer', 0, ?)");
    REQUIRE(stmt.ok());
    stmt.value()
        .bind(1, QByteArray::fromHex(id.toLatin1()))
        .bind(2, QByteArray::fromHex(accountHex.toLatin1()))
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .bind(4, QByteArray::fromHex(collectorHex.toLatin1()));
    REQUIRE(stmt.value().run().ok());
    return id;
}

struct Fleet
{
    Workstation admin{QStringLiteral("hq-admin")};
    Workstation collectorA{QString()};
    Workstation collectorA2{QString()};
    Workstation leadA{QString()};
    Workstation collectorB{QString()};
    QString teamA; // hex id
    QString teamAName;
    QString teamB;
    QString teamBName;
    qint64 adminOutbox = 0; // what the administrator's first sync had to push
    SyncReport adminFirstSync;

    std::vector<Workstation*> all() { return {&admin, &collectorA, &collectorA2, &leadA, &collectorB}; }
    QString userId(const QString& login)
    {
        return text(admin,
                    QStringLiteral("SELECT lower(hex(id)) FROM app_user WHERE login = '%1'").arg(login));
    }
};

Fleet& fleet()
{
    static std::unique_ptr<Fleet> f;
    if (f)
        return *f;
    f = std::make_unique<Fleet>();
    DemoOptions options;
    options.accounts = 120;
    options.seed = 11;
    options.asOf = QDate(2026, 11, 20);
    REQUIRE(generateDemoPortfolio(f->admin.db(), options).ok());
    f->admin.enrol(QStringLiteral("hq-admin"), QStringLiteral("Head office"), QStringLiteral("admin"));
    // The administrator's portfolio (teams and users included) reaches the hub before anyone else enrols.
    f->adminOutbox = f->admin.count(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    f->adminFirstSync = f->admin.sync();
    const auto pick = [&](const QString& sql) {
        const QString value = text(f->admin, sql);
        REQUIRE(!value.isEmpty());
        return value;
    };
    const char* withAccounts = "EXISTS (SELECT 1 FROM account a WHERE a.assigned_collector_id = u.id)";
    const QString loginA = pick(QStringLiteral("SELECT login FROM app_user u WHERE role = 'collector' AND %1"
                                               " ORDER BY login LIMIT 1")
                                    .arg(QLatin1String(withAccounts)));
    f->teamA =
        pick(QStringLiteral("SELECT lower(hex(team_id)) FROM app_user WHERE login = '%1'").arg(loginA));
    f->teamAName = pick(QStringLiteral("SELECT name FROM team WHERE lower(hex(id)) = '%1'").arg(f->teamA));
    const QString loginA2 =
        pick(QStringLiteral("SELECT login FROM app_user u WHERE role = 'collector' AND %1"
                            " AND lower(hex(team_id)) = '%2' AND login <> '%3' ORDER BY login LIMIT 1")
                 .arg(QLatin1String(withAccounts), f->teamA, loginA));
    const QString leadA =
        pick(QStringLiteral(
                 "SELECT login FROM app_user WHERE role = 'lead' AND lower(hex(team_id)) = '%1' LIMIT 1")
                 .arg(f->teamA));
    const QString loginB = pick(QStringLiteral("SELECT login FROM app_user u WHERE role = 'collector' AND %1"
                                               " AND lower(hex(team_id)) <> '%2' ORDER BY login LIMIT 1")
                                    .arg(QLatin1String(withAccounts), f->teamA));
    f->teamB =
        pick(QStringLiteral("SELECT lower(hex(team_id)) FROM app_user WHERE login = '%1'").arg(loginB));
    f->teamBName = pick(QStringLiteral("SELECT name FROM team WHERE lower(hex(id)) = '%1'").arg(f->teamB));
    f->collectorA.enrol(loginA, f->teamAName, QStringLiteral("collector"));
    f->collectorA2.enrol(loginA2, f->teamAName, QStringLiteral("collector"));
    f->leadA.enrol(leadA, f->teamAName, QStringLiteral("lead"));
    f->collectorB.enrol(loginB, f->teamBName, QStringLiteral("collector"));
    for (Workstation* ws : {&f->collectorA, &f->collectorA2, &f->leadA, &f->collectorB}) {
        const SyncReport report = ws->sync();
        INFO(ws->login().toStdString() << ": " << report.message.toStdString());
        REQUIRE(report.ok());
    }
    return *f;
}

void syncOrFail(Workstation& ws)
{
    const SyncReport report = ws.sync();
    INFO(ws.login().toStdString() << ": " << report.message.toStdString());
    REQUIRE(report.ok());
}

QSet<QString> hubKeys(const QString& kind, const QString& where = QStringLiteral("true"))
{
    bool ok = false;
    const QString out = harness().psql(
        QStringLiteral("SELECT key FROM hub.record WHERE kind = '%1' AND %2").arg(kind, where), &ok);
    REQUIRE(ok);
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return QSet<QString>(lines.begin(), lines.end());
}

} // namespace

TEST_CASE("the administrator's portfolio reaches the hub whole, and each workstation gets exactly its share")
{
    Fleet& f = fleet();
    const qint64 outbox = f.adminOutbox;
    REQUIRE(outbox > 1000);
    const SyncReport& first = f.adminFirstSync;
    INFO(first.message.toStdString());
    REQUIRE(first.ok());
    CHECK(first.pushed == outbox);
    CHECK(first.refused == 0);
    // Only the audit entry of the hub naming the workstation's user is left, for the next sync.
    CHECK(f.admin.count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE kind <> 'audit_entry'")) == 0);
    for (const char* kind :
         {"account", "debtor", "contact_point", "ledger_entry", "contact_attempt", "promise", "stop_event"}) {
        INFO(kind);
        CHECK(hubKeys(QString::fromLatin1(kind)) == f.admin.ids(kind));
    }

    // A collector holds exactly the accounts assigned to them; a lead exactly the team's.
    for (Workstation* ws : {&f.collectorA, &f.collectorA2, &f.collectorB}) {
        INFO(ws->login().toStdString());
        const QString mine = QStringLiteral("assigned_collector_id = x'%1'").arg(f.userId(ws->login()));
        const QSet<QString> expected = f.admin.ids("account", mine.toUtf8().constData());
        REQUIRE(!expected.isEmpty());
        CHECK(ws->ids("account") == expected);
        // Their debtors' contact points came along; nobody else's.
        const QString theirPoints =
            QStringLiteral("debtor_id IN (SELECT debtor_id FROM account_party WHERE account_id IN"
                           " (SELECT id FROM account WHERE %1))")
                .arg(mine);
        CHECK(ws->ids("contact_point") == f.admin.ids("contact_point", theirPoints.toUtf8().constData()));
        CHECK(ws->ids("contact_attempt") ==
              f.admin.ids("contact_attempt", QStringLiteral("account_id IN (SELECT id FROM account WHERE %1)")
                                                 .arg(mine)
                                                 .toUtf8()
                                                 .constData()));
    }
    const QString teamA = QStringLiteral("team_id = x'%1'").arg(f.teamA);
    CHECK(f.leadA.ids("account") == f.admin.ids("account", teamA.toUtf8().constData()));
    CHECK(f.leadA.ids("ledger_entry") ==
          f.admin.ids("ledger_entry", QStringLiteral("account_id IN (SELECT id FROM account WHERE %1)")
                                          .arg(teamA)
                                          .toUtf8()
                                          .constData()));
    // The first full load ran without the secondary indexes and built them all again at its end.
    const QString indexes =
        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                       " WHERE type = 'index' ORDER BY name)");
    CHECK(text(f.collectorA, indexes) == text(f.admin, indexes));
    CHECK(text(f.leadA, indexes) == text(f.admin, indexes));
    CHECK(f.leadA.count(QStringLiteral("SELECT count(*) FROM sync_state WHERE key = 'deferred_indexes'")) ==
          0);
    // The hub's enrolment names the workstation's user.
    CHECK(text(f.collectorA, QStringLiteral("SELECT value FROM profile_meta WHERE key = 'device_user'")) ==
          QUuid::fromRfc4122(QByteArray::fromHex(f.userId(f.collectorA.login()).toLatin1()))
              .toString(QUuid::WithoutBraces));
}

TEST_CASE(
    "offline work on overlapping accounts, synced in random orders, converges with nothing lost or doubled")
{
    Fleet& f = fleet();
    const QString accountA =
        text(f.collectorA, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    const QString accountA2 =
        text(f.collectorA2, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    const QString accountB =
        text(f.collectorB, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    const QString point =
        text(f.collectorA,
             QStringLiteral("SELECT lower(hex(id)) FROM contact_point WHERE kind = 'phone' AND debtor_id IN"
                            " (SELECT debtor_id FROM account_party WHERE account_id = x'%1') LIMIT 1")
                 .arg(accountA));
    REQUIRE(!point.isEmpty());

    // Offline: calls on overlapping accounts (the lead works the collectors' accounts too).
    QSet<QString> teamACalls;
    QSet<QString> teamBCalls;
    for (int i = 0; i < 5; ++i) {
        teamACalls << logCall(f.collectorA, accountA, f.userId(f.collectorA.login()));
        teamACalls << logCall(f.collectorA2, accountA2, f.userId(f.collectorA2.login()));
        teamACalls << logCall(f.leadA, accountA, f.userId(f.leadA.login()));
        teamACalls << logCall(f.leadA, accountA2, f.userId(f.leadA.login()));
        teamBCalls << logCall(f.collectorB, accountB, f.userId(f.collectorB.login()));
    }
    // The same phone edited on two workstations: the collector's clock runs ten minutes slow, the lead's ten
    // fast, so the lead's edit is the later one by the hybrid logical clock whatever order they sync in.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    f.collectorA.db().syncClock().wallMs = [now] { return now - 10 * 60 * 1000; };
    f.leadA.db().syncClock().wallMs = [now] { return now + 10 * 60 * 1000; };
    REQUIRE(f.collectorA.db()
                .exec(QStringLiteral(
                          "UPDATE contact_point SET value = '+8613800000001', verified = 1 WHERE id = x'%1'")
                          .arg(point)
                          .toUtf8()
                          .constData())
                .ok());
    REQUIRE(f.leadA.db()
                .exec(QStringLiteral("UPDATE contact_point SET value = '+8613800000002', do_not_contact = 0,"
                                     " phone_type = 'landline' WHERE id = x'%1'")
                          .arg(point)
                          .toUtf8()
                          .constData())
                .ok());

    std::mt19937 random(20261123);
    for (int round = 0; round < 3; ++round) {
        auto order = f.all();
        std::shuffle(order.begin(), order.end(), random);
        for (Workstation* ws : order)
            syncOrFail(*ws);
    }
    f.collectorA.db().syncClock().wallMs = nullptr;
    f.leadA.db().syncClock().wallMs = nullptr;

    // Every call exactly once on the hub, and on every workstation that may see its account.
    CHECK(hubKeys(QStringLiteral("contact_attempt")).contains(teamACalls + teamBCalls));
    CHECK(f.admin.ids("contact_attempt").contains(teamACalls + teamBCalls));
    CHECK(f.leadA.ids("contact_attempt").contains(teamACalls));
    const auto callsOn = [&](Workstation& ws, const QString& account) {
        return ws.ids("contact_attempt",
                      QStringLiteral("account_id = x'%1'").arg(account).toUtf8().constData());
    };
    CHECK(callsOn(f.collectorA, accountA) == callsOn(f.admin, accountA));
    CHECK(callsOn(f.collectorA2, accountA2) == callsOn(f.admin, accountA2));
    // Nothing of team A on team B's workstation, and the other way round.
    CHECK(!f.collectorB.ids("contact_attempt").intersects(teamACalls));
    CHECK(!f.collectorA.ids("contact_attempt").intersects(teamBCalls));
    CHECK(!f.leadA.ids("contact_attempt").intersects(teamBCalls));
    CHECK(f.collectorB.count(
              QStringLiteral("SELECT count(*) FROM account WHERE team_id = x'%1'").arg(f.teamA)) == 0);

    // The phone converged field by field: the lead's later value and type, the collector's verification.
    const QString pointState =
        QStringLiteral("SELECT value || '|' || phone_type || '|' || verified FROM contact_point"
                       " WHERE id = x'%1'")
            .arg(point);
    const QString expected = QStringLiteral("+8613800000002|landline|1");
    CHECK(text(f.admin, pointState) == expected);
    CHECK(text(f.leadA, pointState) == expected);
    CHECK(text(f.collectorA, pointState) == expected);
    // The losing number is kept, and the lead has a conflict to look at.
    CHECK(harness()
              .psql(QStringLiteral(
                        "SELECT lost_value #>> '{}' FROM hub.record_history WHERE kind = 'contact_point'"
                        " AND key = '%1' AND field = 'value'")
                        .arg(point))
              .contains(QStringLiteral("+8613800000001")));
    CHECK(
        harness().psql(QStringLiteral("SELECT count(*) FROM hub.conflict WHERE key = '%1' AND field = 'value'"
                                      " AND team_id = '%2'")
                           .arg(point, f.teamA)) == QStringLiteral("1"));

    // The lead's inbox shows the conflict (a collector has no inbox); the lead picks the collector's number,
    // which then reaches everyone as an ordinary change, and the entry closes.
    CHECK(fetchConflicts(f.collectorA.db()).status.failure == SyncFailure::Refused);
    const ConflictList inbox = fetchConflicts(f.leadA.db());
    REQUIRE(inbox.status.ok());
    const auto mine =
        std::find_if(inbox.conflicts.begin(), inbox.conflicts.end(), [&](const SyncConflict& c) {
            return c.key == point && c.field == QLatin1String("value");
        });
    REQUIRE(mine != inbox.conflicts.end());
    CHECK(mine->kept.toString() == QStringLiteral("+8613800000002"));
    CHECK(mine->other.toString() == QStringLiteral("+8613800000001"));
    const SyncReport settled = resolveConflict(f.leadA.db(), *mine, true);
    INFO(settled.message.toStdString());
    REQUIRE(settled.ok());
    syncOrFail(f.leadA);
    syncOrFail(f.collectorA);
    CHECK(text(f.collectorA, pointState) == QStringLiteral("+8613800000001|landline|1"));
    const ConflictList after = fetchConflicts(f.leadA.db());
    REQUIRE(after.status.ok());
    CHECK(std::none_of(after.conflicts.begin(), after.conflicts.end(),
                       [&](const SyncConflict& c) { return c.id == mine->id; }));

    // Each workstation's audit chain reached the hub whole, entry for entry: the hub's copy anchors it.
    for (Workstation* ws : {&f.collectorA, &f.leadA, &f.admin}) {
        const QString device = text(*ws, QStringLiteral("SELECT device_id FROM audit_entry LIMIT 1"));
        REQUIRE(!device.isEmpty());
        CHECK(harness().psql(
                  QStringLiteral("SELECT count(*) || ':' || (SELECT hash FROM hub.audit_entry WHERE"
                                 " chain_device = '%1' ORDER BY seq DESC LIMIT 1) FROM hub.audit_entry"
                                 " WHERE chain_device = '%1'")
                      .arg(device)) ==
              text(*ws, QStringLiteral("SELECT count(*) || ':' || (SELECT lower(hex(hash)) FROM audit_entry"
                                       " ORDER BY seq DESC LIMIT 1) FROM audit_entry")));
    }
    CHECK(harness().psql(QStringLiteral("SELECT count(*) FROM hub.quarantine WHERE reason LIKE 'audit%'")) ==
          QStringLiteral("0"));

    // Payment totals are the same on every workstation that holds the account.
    const QString paid =
        QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM ledger_entry WHERE account_id = x'%1'"
                       " AND kind = 'payment'");
    CHECK(f.collectorA.count(paid.arg(accountA)) == f.admin.count(paid.arg(accountA)));
    CHECK(f.leadA.count(paid.arg(accountA2)) == f.admin.count(paid.arg(accountA2)));
    CHECK(f.collectorB.count(paid.arg(accountB)) == f.admin.count(paid.arg(accountB)));
}

TEST_CASE("a replayed batch and a reply lost after the hub committed change nothing")
{
    Fleet& f = fleet();
    const QString account =
        text(f.collectorA, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    QSet<QString> calls;
    for (int i = 0; i < 3; ++i)
        calls << logCall(f.collectorA, account, f.userId(f.collectorA.login()));
    auto batch = peekOutboxBatch(f.collectorA.db());
    REQUIRE(batch.ok());
    REQUIRE(batch.value().size() == 3);
    auto identity = loadSyncIdentity(f.collectorA.db());
    REQUIRE(identity.ok());
    HubClient client(identity.value().hub, identity.value().caPem, identity.value().token);
    // The hub commits, the answer never arrives: the outbox still holds the three operations.
    const HubReply first = client.post(QStringLiteral("/v1/push"), {{QStringLiteral("ops"), batch.value()}});
    REQUIRE(first.failure == SyncFailure::None);
    const QString before = harness().psql(QStringLiteral("SELECT count(*) FROM hub.change_log"));
    // The next sync pushes the same operations again and gets the stored answers.
    syncOrFail(f.collectorA);
    CHECK(f.collectorA.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
    const HubReply replay = client.post(QStringLiteral("/v1/push"), {{QStringLiteral("ops"), batch.value()}});
    REQUIRE(replay.failure == SyncFailure::None);
    CHECK(replay.body.value(QStringLiteral("results")) == first.body.value(QStringLiteral("results")));
    CHECK(harness().psql(QStringLiteral("SELECT count(*) FROM hub.change_log")) == before);
    CHECK(hubKeys(QStringLiteral("contact_attempt")).contains(calls));
}

TEST_CASE("row-level security: a collector's token reaches neither another team's bucket nor its accounts")
{
    Fleet& f = fleet();
    auto identity = loadSyncIdentity(f.collectorB.db());
    REQUIRE(identity.ok());
    HubClient client(identity.value().hub, identity.value().caPem, identity.value().token);
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("bucket"),
        QUuid::fromRfc4122(QByteArray::fromHex(f.teamA.toLatin1())).toString(QUuid::WithoutBraces));
    query.addQueryItem(QStringLiteral("after"), QStringLiteral("0"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const HubReply pull = client.get(QStringLiteral("/v1/pull"), query);
    CHECK(pull.httpStatus == 403);

    // A crafted push: a call on team A's account from team B's collector.
    const QString accountA =
        text(f.collectorA, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    const QJsonObject op{
        {QStringLiteral("op"), newIdHex()},
        {QStringLiteral("kind"), QStringLiteral("contact_attempt")},
        {QStringLiteral("key"), newIdHex()},
        {QStringLiteral("action"), QStringLiteral("insert")},
        {QStringLiteral("hlc"), QStringLiteral("%1.00000").arg(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("account_id"), accountA},
                                             {QStringLiteral("channel"), QStringLiteral("call")}}}};
    const HubReply push = client.post(QStringLiteral("/v1/push"), {{QStringLiteral("ops"), QJsonArray{op}}});
    REQUIRE(push.failure == SyncFailure::None);
    const QJsonObject result = push.body.value(QStringLiteral("results")).toArray().at(0).toObject();
    CHECK(result.value(QStringLiteral("status")).toString() == QStringLiteral("rejected"));
    CHECK(result.value(QStringLiteral("reason")).toString().contains(QStringLiteral("not assigned to you")));

    // Straight SQL as the collector's role sees only their own accounts and cannot write.
    const auto asCollector = [&](const QString& sql, bool* ok) {
        return harness()
            .psqlSession({QStringLiteral("BEGIN"),
                          QStringLiteral("SELECT set_config('hub.user_id', '%1', true) IS NOT NULL")
                              .arg(f.userId(f.collectorB.login())),
                          QStringLiteral("SET LOCAL ROLE hub_collector"), sql, QStringLiteral("ROLLBACK")},
                         ok)
            .split(QLatin1Char('\n'));
    };
    bool ok = false;
    const QStringList seen =
        asCollector(QStringLiteral("SELECT count(*) FROM hub.record WHERE kind = 'account'"), &ok);
    REQUIRE(ok);
    CHECK(seen.contains(QString::number(f.collectorB.ids("account").size())));
    CHECK(harness().psql(QStringLiteral("SELECT count(*) FROM hub.record WHERE kind = 'account'")).toInt() >
          f.collectorB.ids("account").size());
    const QStringList denied =
        asCollector(QStringLiteral("DELETE FROM hub.record WHERE kind = 'account'"), &ok);
    CHECK(!ok);
    CHECK(denied.join(QLatin1Char(' ')).contains(QStringLiteral("permission denied")));

    // A revoked workstation is cut off at its next request.
    REQUIRE(harness().revokeUser(f.collectorB.login()));
    const SyncReport report = f.collectorB.sync();
    CHECK(report.failure == SyncFailure::Revoked);
    CHECK(report.message.contains(QStringLiteral("revoked")));
}

TEST_CASE("a killed hub and a client killed mid-push or mid-pull lose nothing and double nothing")
{
    Fleet& f = fleet();
    // The hub dies: sync says offline, and succeeds once the hub is back.
    REQUIRE(harness().killHub());
    const QString account =
        text(f.collectorA2, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    QSet<QString> calls;
    calls << logCall(f.collectorA2, account, f.userId(f.collectorA2.login()));
    const SyncReport offline = f.collectorA2.sync();
    CHECK(offline.failure == SyncFailure::Offline);
    QString error;
    REQUIRE(harness().startHub(&error));
    syncOrFail(f.collectorA2);

    // The client dies at seeded random moments of a large push and pull (collectorctl, SIGKILL), then
    // finishes.
    for (int i = 0; i < 1500; ++i)
        calls << logCall(f.collectorA2, account, f.userId(f.collectorA2.login()));
    Workstation lead2{QString()};
    lead2.enrol(f.leadA.login(), f.teamAName, QStringLiteral("lead"));
    f.collectorA2.close();
    lead2.close();
    std::mt19937 random(7);
    for (int attempt = 0; attempt < 6; ++attempt) {
        for (Workstation* ws : {&f.collectorA2, &lead2}) {
            QProcess ctl;
            ctl.start(QStringLiteral(COLLECTORCTL_PATH),
                      {QStringLiteral("sync"), QStringLiteral("run"), QStringLiteral("--profile"),
                       ws->profileDir(), QStringLiteral("--passphrase-file"), ws->passphraseFile()});
            REQUIRE(ctl.waitForStarted());
            QThread::msleep(std::uniform_int_distribution<int>(50, 600)(random));
            ctl.kill();
            ctl.waitForFinished();
        }
    }
    f.collectorA2.reopen();
    lead2.reopen();
    syncOrFail(f.collectorA2);
    syncOrFail(lead2);
    CHECK(f.collectorA2.count(QStringLiteral("SELECT count(*) FROM sync_outbox")) == 0);
    CHECK(hubKeys(QStringLiteral("contact_attempt")).contains(calls));
    syncOrFail(f.leadA);
    CHECK(lead2.ids("contact_attempt") == f.leadA.ids("contact_attempt"));
    CHECK(lead2.ids("account") == f.leadA.ids("account"));
    CHECK(lead2.ids("contact_point") == f.leadA.ids("contact_point"));
    // Killed during its first full load or not, its indexes are all back.
    const QString indexes =
        QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master"
                       " WHERE type = 'index' ORDER BY name)");
    CHECK(text(lead2, indexes) == text(f.leadA, indexes));
}

namespace {

struct RawReply
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
};

// A request as any client could craft it, without HubClient's manners.
RawReply rawRequest(const QString& path, const QByteArray& body, const QByteArray& contentType,
                    const QByteArray& accept, const QByteArray& token)
{
    QNetworkAccessManager nam;
    QUrl url = harness().url();
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromData(harness().caPem(), QSsl::Pem));
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", accept);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply* reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    RawReply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return out;
}

} // namespace

TEST_CASE(
    "bad batches get a clear 4xx and change nothing; CBOR works like JSON; far-future stamps wait aside")
{
    Fleet& f = fleet();
    auto identity = loadSyncIdentity(f.collectorA.db());
    REQUIRE(identity.ok());
    const QByteArray token = identity.value().token;
    const QByteArray json = "application/json";
    const QString before = harness().psql(QStringLiteral("SELECT count(*) FROM hub.change_log"));

    RawReply notJson = rawRequest(QStringLiteral("/v1/push"), "{\"ops\": [", json, json, token);
    CHECK(notJson.status == 400);
    CHECK(notJson.body.contains("not a JSON object"));
    RawReply tooBig =
        rawRequest(QStringLiteral("/v1/push"), QByteArray(3 * 1024 * 1024, ' '), json, json, token);
    CHECK(tooBig.status == 413);
    QJsonArray many;
    for (int i = 0; i < 1001; ++i)
        many.append(QJsonObject{{QStringLiteral("op"), newIdHex()}});
    RawReply tooMany =
        rawRequest(QStringLiteral("/v1/push"),
                   QJsonDocument(QJsonObject{{QStringLiteral("ops"), many}}).toJson(), json, json, token);
    CHECK(tooMany.status == 413);
    CHECK(tooMany.body.contains("at most 1000 operations"));
    RawReply noToken = rawRequest(QStringLiteral("/v1/push"), "{\"ops\": []}", json, json, {});
    CHECK(noToken.status == 401);
    RawReply badPull = rawRequest(QStringLiteral("/v1/nowhere"), "{}", json, json, token);
    CHECK(badPull.status == 404);
    CHECK(harness().psql(QStringLiteral("SELECT count(*) FROM hub.change_log")) == before);

    // The same push in CBOR, answered in CBOR.
    const QString account =
        text(f.collectorA, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    const QString call = newIdHex();
    const QJsonObject op{
        {QStringLiteral("op"), newIdHex()},
        {QStringLiteral("kind"), QStringLiteral("note")},
        {QStringLiteral("key"), call},
        {QStringLiteral("action"), QStringLiteral("insert")},
        {QStringLiteral("hlc"), QStringLiteral("%1.00000").arg(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("id"), call},
                                             {QStringLiteral("account_id"), account},
                                             {QStringLiteral("at_ms"), 1},
                                             {QStringLiteral("body"), QStringLiteral("cbor")}}}};
    const QByteArray cbor =
        QCborValue::fromJsonValue(QJsonObject{{QStringLiteral("ops"), QJsonArray{op}}}).toCbor();
    RawReply viaCbor =
        rawRequest(QStringLiteral("/v1/push"), cbor, "application/cbor", "application/cbor", token);
    CHECK(viaCbor.status == 200);
    CHECK(viaCbor.contentType == "application/cbor");
    const QJsonObject answer = QCborValue::fromCbor(viaCbor.body).toJsonValue().toObject();
    CHECK(
        answer.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")) ==
        QStringLiteral("applied"));

    // A stamp two hours ahead of the hub's clock is kept aside for an administrator, not merged.
    QJsonObject ahead = op;
    ahead.insert(QStringLiteral("op"), newIdHex());
    ahead.insert(QStringLiteral("key"), newIdHex());
    ahead.insert(QStringLiteral("hlc"),
                 QStringLiteral("%1.00000").arg(QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000));
    HubClient client(identity.value().hub, identity.value().caPem, token);
    const HubReply held =
        client.post(QStringLiteral("/v1/push"), {{QStringLiteral("ops"), QJsonArray{ahead}}});
    REQUIRE(held.failure == SyncFailure::None);
    CHECK(held.body.value(QStringLiteral("results"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("status")) == QStringLiteral("quarantined"));
    CHECK(harness().psql(QStringLiteral("SELECT count(*) FROM hub.quarantine")).toInt() >= 1);
    CHECK(harness().psql(QStringLiteral("SELECT count(*) FROM hub.record WHERE key = '%1'")
                             .arg(ahead.value(QStringLiteral("key")).toString())) == QStringLiteral("0"));
}

TEST_CASE("stop events travel ahead of everything else")
{
    Fleet& f = fleet();
    syncOrFail(f.collectorA2);
    const QString account =
        text(f.collectorA2, QStringLiteral("SELECT lower(hex(id)) FROM account ORDER BY id LIMIT 1"));
    const QString debtor =
        text(f.collectorA2, QStringLiteral("SELECT lower(hex(debtor_id)) FROM account_party"
                                           " WHERE account_id = x'%1' LIMIT 1")
                                .arg(account));
    // The lead logs calls on the account, then the debtor disputes the debt: the dispute comes last on the
    // hub.
    QSet<QString> calls;
    for (int i = 0; i < 4; ++i)
        calls << logCall(f.leadA, account, f.userId(f.leadA.login()));
    const QString stop = newIdHex();
    auto insert =
        f.leadA.db().prepare("INSERT INTO stop_event (id, debtor_id, account_id, kind, at_ms, starts_on,"
                             " recorded_by) VALUES (?, ?, ?, 'dispute', ?, '2026-11-23', ?)");
    REQUIRE(insert.ok());
    insert.value()
        .bind(1, QByteArray::fromHex(stop.toLatin1()))
        .bind(2, QByteArray::fromHex(debtor.toLatin1()))
        .bind(3, QByteArray::fromHex(account.toLatin1()))
        .bind(4, QDateTime::currentMSecsSinceEpoch())
        .bind(5, QByteArray::fromHex(f.userId(f.leadA.login()).toLatin1()));
    REQUIRE(insert.value().run().ok());
    syncOrFail(f.leadA);

    // The collector pulls one change per page: the first page applied is the dispute, before any of the
    // calls.
    SyncLimits onePerPage;
    onePerPage.pageSize = 1;
    bool checkedFirstPage = false;
    const SyncReport report = pullChanges(f.collectorA2.db(), onePerPage, [&](const SyncProgress& progress) {
        if (checkedFirstPage || progress.done == 0)
            return;
        checkedFirstPage = true;
        CHECK(f.collectorA2.ids("stop_event").contains(stop));
        CHECK(!f.collectorA2.ids("contact_attempt").intersects(calls));
    });
    INFO(report.message.toStdString());
    REQUIRE(report.ok());
    CHECK(checkedFirstPage);
    CHECK(f.collectorA2.ids("contact_attempt").contains(calls));
    CHECK(f.collectorA2.count(QStringLiteral("SELECT count(*) FROM stop_event WHERE id = x'%1'").arg(stop)) ==
          1);
}

namespace {

// Asks the gate, as the workspace does before a call, and logs a connected call when it allows one.
bool callIfAllowed(Workstation& ws, const QString& accountHex, const QString& pointHex,
                   const QString& collectorHex, const QDateTime& at, QString* rule)
{
    GateFactsReader reader(ws.db());
    auto input = reader.read({Id::fromBytes(QByteArray::fromHex(accountHex.toLatin1())),
                              Id::fromBytes(QByteArray::fromHex(pointHex.toLatin1())), Channel::Call, at, 0});
    REQUIRE(input.ok());
    const GateDecision decision = evaluateContact(input.value().pack, input.value().facts);
    if (decision.verdict == GateVerdict::Blocked) {
        *rule = decision.ruleId;
        return false;
    }
    auto stmt = ws.db().prepare(
        "INSERT INTO contact_attempt (id, account_id, debtor_id, contact_point_id, channel, direction, at_ms,"
        " outcome, right_party, collector_id) SELECT ?1, ?2, debtor_id, ?3, 'call', 'outbound', ?4,"
        " 'right_party', 1, ?5 FROM contact_point WHERE id = ?3");
    REQUIRE(stmt.ok());
    stmt.value()
        .bind(1, QByteArray::fromHex(newIdHex().toLatin1()))
        .bind(2, QByteArray::fromHex(accountHex.toLatin1()))
        .bind(3, QByteArray::fromHex(pointHex.toLatin1()))
        .bind(4, at.toMSecsSinceEpoch())
        .bind(5, QByteArray::fromHex(collectorHex.toLatin1()));
    REQUIRE(stmt.value().run().ok());
    return true;
}

} // namespace

// GB/T 45251-2025 5.3: at most 3 connected calls a day per debtor. The collector and the lead both lease for
// one debtor, go offline and call until their gate stops them; back online, the debtor's day holds 3.
TEST_CASE("two offline workstations with contact budgets cannot together pass a daily cap")
{
    Fleet& f = fleet();
    syncOrFail(f.collectorA);
    const QString account = text(
        f.collectorA,
        QStringLiteral("SELECT lower(hex(a.id)) FROM account a JOIN account_party p ON p.account_id = a.id"
                       " AND p.role = 'debtor' JOIN debtor d ON d.id = p.debtor_id"
                       " WHERE a.assigned_collector_id = x'%1' AND a.status = 'active'"
                       " AND d.time_zone = 'Asia/Shanghai' AND d.vulnerable = 0"
                       " AND NOT EXISTS (SELECT 1 FROM stop_event s WHERE s.debtor_id = d.id)"
                       " AND NOT EXISTS (SELECT 1 FROM account_party o WHERE o.debtor_id = d.id"
                       "                 AND o.account_id <> a.id)"
                       " ORDER BY a.id DESC LIMIT 1")
            .arg(f.userId(f.collectorA.login())));
    REQUIRE(!account.isEmpty());
    const QString point =
        text(f.collectorA,
             QStringLiteral("SELECT lower(hex(cp.id)) FROM contact_point cp JOIN account_party p"
                            " ON p.debtor_id = cp.debtor_id WHERE p.account_id = x'%1' AND cp.kind = 'phone'"
                            " AND cp.holder = 'debtor' AND cp.do_not_contact = 0 ORDER BY cp.id LIMIT 1")
                 .arg(account));
    REQUIRE(!point.isEmpty());
    // Noon in Beijing today, whatever the machine's clock says, so the contact window is open.
    const QDateTime noon(QDate::currentDate(), QTime(4, 0), QTimeZone::utc());
    const std::vector<Id> accounts{Id::fromBytes(QByteArray::fromHex(account.toLatin1()))};

    // The collector leases first (half of 3: 2 connected calls), then the lead gets what is left (1).
    const LeaseReport collectorLease = takeLeases(f.collectorA.db(), 1, noon, accounts);
    INFO(collectorLease.sync.message.toStdString());
    REQUIRE(collectorLease.sync.ok());
    const LeaseReport leadLease = takeLeases(f.leadA.db(), 1, noon, accounts);
    INFO(leadLease.sync.message.toStdString());
    REQUIRE(leadLease.sync.ok());
    const auto leased = [&](const QString& login) {
        return harness()
            .psql(QStringLiteral(
                      "SELECT coalesce(sum((body ->> 'tokens')::int), 0) FROM hub.record r"
                      " JOIN hub.device d ON hub.uuid_hex(d.id) = r.body ->> 'device_id'"
                      " JOIN hub.app_user u ON u.id = d.user_id WHERE r.kind = 'contact_lease'"
                      " AND r.body ->> 'state' = 'held' AND r.body ->> 'rule_id' = 'cn.connected_daily'"
                      " AND u.login = '%1'")
                      .arg(login))
            .toInt();
    };
    CHECK(leased(f.collectorA.login()) == 2);
    CHECK(leased(f.leadA.login()) == 1);
    CHECK(readSyncStatus(f.collectorA.db()).value().heldLeases > 0);

    // Offline, both call the debtor every ten minutes until their gate refuses.
    int made = 0;
    QString stoppedBy;
    for (Workstation* ws : {&f.collectorA, &f.leadA}) {
        QDateTime at = noon;
        for (int i = 0; i < 10; ++i, at = at.addSecs(600)) {
            if (!callIfAllowed(*ws, account, point, f.userId(ws->login()), at, &stoppedBy))
                break;
            ++made;
        }
        CHECK(stoppedBy == QLatin1String("cn.connected_daily"));
    }
    CHECK(made == 3);

    // Back online: the calls reach the hub, the leases go back, and the day holds exactly the cap.
    syncOrFail(f.collectorA);
    syncOrFail(f.leadA);
    syncOrFail(f.collectorA);
    CHECK(harness()
              .psql(QStringLiteral("SELECT count(*) FROM hub.record WHERE kind = 'contact_attempt'"
                                   " AND body ->> 'account_id' = '%1' AND body ->> 'outcome' = 'right_party'"
                                   " AND (body ->> 'at_ms')::bigint >= %2")
                        .arg(account)
                        .arg(noon.addSecs(-4 * 3600).toMSecsSinceEpoch()))
              .toInt() == 3);
    CHECK(leased(f.collectorA.login()) == 0);
    CHECK(leased(f.leadA.login()) == 0);
    CHECK(readSyncStatus(f.collectorA.db()).value().heldLeases == 0);
    CHECK(f.collectorA.count(QStringLiteral("SELECT count(*) FROM contact_lease WHERE state = 'held'")) == 0);
    // Online again, the collector's gate sees the three calls on record.
    QString rule;
    CHECK_FALSE(callIfAllowed(f.collectorA, account, point, f.userId(f.collectorA.login()),
                              noon.addSecs(3 * 3600), &rule));
    CHECK(rule == QLatin1String("cn.connected_daily"));
}

TEST_CASE("lease requests are checked (malformed refused whole, another team's account refused); revocation "
          "returns leases")
{
    Fleet& f = fleet();
    auto identity = loadSyncIdentity(f.collectorA2.db());
    REQUIRE(identity.ok());
    HubClient client = hubClientFor(identity.value());
    const QString foreign =
        text(f.admin,
             QStringLiteral("SELECT lower(hex(id)) FROM account WHERE team_id = x'%1' ORDER BY id LIMIT 1")
                 .arg(f.teamB));
    QJsonObject request{{QStringLiteral("account_id"), foreign},
                        {QStringLiteral("rule_id"), QStringLiteral("cn.connected_daily")},
                        {QStringLiteral("scope_key"), foreign},
                        {QStringLiteral("first_day"), QStringLiteral("2026-11-23")},
                        {QStringLiteral("last_day"), QStringLiteral("2026-11-23")},
                        {QStringLiteral("window_days"), 1},
                        {QStringLiteral("max"), 3},
                        {QStringLiteral("base"), 0},
                        {QStringLiteral("wanted"), 2}};
    const qint64 before =
        harness()
            .psql(QStringLiteral("SELECT count(*) FROM hub.record WHERE kind = 'contact_lease'"))
            .toLongLong();
    const HubReply refused =
        client.post(QStringLiteral("/v1/leases"), {{QStringLiteral("leases"), QJsonArray{request}}});
    CHECK(refused.httpStatus == 403);
    request.insert(QStringLiteral("last_day"), QStringLiteral("2026-12-31"));
    const HubReply tooLong =
        client.post(QStringLiteral("/v1/leases"), {{QStringLiteral("leases"), QJsonArray{request}}});
    CHECK(tooLong.httpStatus == 400);
    CHECK(tooLong.message.contains(QLatin1String("14 days")));
    const HubReply notArray = client.post(QStringLiteral("/v1/leases"), {{QStringLiteral("leases"), 3}});
    CHECK(notArray.httpStatus == 400);
    CHECK(harness()
              .psql(QStringLiteral("SELECT count(*) FROM hub.record WHERE kind = 'contact_lease'"))
              .toLongLong() == before);
    // A workstation cannot push a lease of its own making: leases come from the hub only.
    QJsonObject forged{
        {QStringLiteral("op"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"), QStringLiteral("contact_lease")},
        {QStringLiteral("key"), newIdHex()},
        {QStringLiteral("action"), QStringLiteral("insert")},
        {QStringLiteral("hlc"), QStringLiteral("%1.00000").arg(QDateTime::currentMSecsSinceEpoch())},
        {QStringLiteral("body"), request}};
    const HubReply pushed =
        client.post(QStringLiteral("/v1/push"), {{QStringLiteral("ops"), QJsonArray{forged}}});
    REQUIRE(pushed.failure == SyncFailure::None);
    CHECK(pushed.body.value(QStringLiteral("results"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("status")) == QStringLiteral("rejected"));

    // Revoking a workstation gives back whatever it leased, at once: a lost laptop holds no allowance.
    const LeaseReport leased = takeLeases(f.collectorA2.db(), 2);
    INFO(leased.sync.message.toStdString());
    REQUIRE(leased.sync.ok());
    REQUIRE(leased.granted > 0);
    const QString heldByA2 = QStringLiteral("SELECT count(*) FROM hub.record r JOIN hub.device d ON "
                                            "hub.uuid_hex(d.id) = r.body ->> 'device_id' "
                                            "JOIN hub.app_user u ON u.id = d.user_id WHERE r.kind = "
                                            "'contact_lease' AND r.body ->> 'state' = 'held' "
                                            "AND u.login = '%1'")
                                 .arg(f.collectorA2.login());
    CHECK(harness().psql(heldByA2).toInt() == leased.granted);
    REQUIRE(harness().revokeUser(f.collectorA2.login()));
    CHECK(harness().psql(heldByA2).toInt() == 0);
}

TEST_CASE("a lead's collection target reaches the collector's team and no one else; a collector's is refused")
{
    Fleet& f = fleet();
    auto lead = findUser(f.leadA.db(), f.leadA.login());
    REQUIRE(lead.ok());
    REQUIRE(lead.value().has_value());
    const QString collectorHex = f.userId(f.collectorA.login());
    const Id collector = Id::fromBytes(QByteArray::fromHex(collectorHex.toLatin1()));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(setCollectionTarget(f.leadA.db(), f.leadA.profileId(), *lead.value(), collector,
                                QDate(2026, 12, 1),
                                Money(2'500'000, Currency::fromCode(QStringLiteral("CNY")).value()), now)
                .ok());
    syncOrFail(f.leadA);
    const QString key = collectorHex + QStringLiteral(":2026-12:CNY");
    CHECK(hubKeys(QStringLiteral("collection_target")).contains(key));
    const QString amountOf = QStringLiteral("SELECT coalesce(max(amount_minor), -1) FROM collection_target"
                                            " WHERE collector_id = x'%1' AND month = '2026-12'")
                                 .arg(collectorHex);
    // The collector's own workstation gets it on their next pull. It is logged into team A's bucket alone, so
    // no other team's workstation pulls it (collectorB was revoked by an earlier test; the hub's log says
    // it).
    syncOrFail(f.collectorA);
    CHECK(f.collectorA.count(amountOf) == 2'500'000);
    CHECK(harness()
              .psql(QStringLiteral("SELECT count(*) FILTER (WHERE bucket = hub.hex_uuid('%1')) || ' '"
                                   " || count(*) FILTER (WHERE bucket <> hub.hex_uuid('%1'))"
                                   " FROM hub.change_log WHERE kind = 'collection_target'")
                        .arg(f.teamA))
              .trimmed() == QLatin1String("1 0"));

    // The administrator changes it later; the newer edit wins everywhere and the lead's value is kept in the
    // hub's history.
    auto admin = findUser(f.admin.db(), f.admin.login());
    REQUIRE(admin.ok());
    REQUIRE(admin.value().has_value());
    syncOrFail(f.admin);
    REQUIRE(
        setCollectionTarget(f.admin.db(), f.admin.profileId(), *admin.value(), collector, QDate(2026, 12, 1),
                            Money(3'000'000, Currency::fromCode(QStringLiteral("CNY")).value()), now + 1000)
            .ok());
    syncOrFail(f.admin);
    syncOrFail(f.leadA);
    syncOrFail(f.collectorA);
    CHECK(f.leadA.count(amountOf) == 3'000'000);
    CHECK(f.collectorA.count(amountOf) == 3'000'000);
    CHECK(
        harness()
            .psql(QStringLiteral("SELECT lost_value FROM hub.record_history WHERE kind = 'collection_target'"
                                 " AND key = '%1'")
                      .arg(key))
            .trimmed() == QLatin1String("2500000"));

    // A collector cannot set a target, not even by writing the table directly: the hub refuses the push and
    // says why, and the team never sees it.
    const QString own = f.userId(f.collectorA.login());
    REQUIRE(
        f.collectorA.db()
            .exec(QStringLiteral("INSERT INTO collection_target VALUES (x'%1', '2027-01', 'CNY', 1, 'me', 1)")
                      .arg(own)
                      .toUtf8()
                      .constData())
            .ok());
    const SyncReport forged = f.collectorA.sync();
    CHECK(forged.refused == 1);
    CHECK(f.collectorA.count(
              QStringLiteral("SELECT count(*) FROM sync_rejection WHERE kind = 'collection_target'"
                             " AND reason LIKE '%team lead%'")) == 1);
    CHECK_FALSE(hubKeys(QStringLiteral("collection_target")).contains(own + QStringLiteral(":2027-01:CNY")));
}

namespace {

struct Door
{
    Id account;
    Id address;
    Currency currency;
};

// The accounts of `where` (an SQL condition on account a) with a debtor's address to knock on.
std::vector<Door> doors(Workstation& ws, const QString& where)
{
    auto stmt = ws.db().prepare(
        QStringLiteral(
            "SELECT a.id, cp.id, a.currency FROM account a"
            " JOIN account_party ap ON ap.account_id = a.id AND ap.role = 'debtor'"
            " JOIN contact_point cp ON cp.debtor_id = ap.debtor_id AND cp.kind = 'address'"
            " AND cp.do_not_contact = 0 WHERE a.status = 'active' AND %1 GROUP BY a.id ORDER BY a.id")
            .arg(where)
            .toUtf8()
            .constData());
    REQUIRE(stmt.ok());
    std::vector<Door> list;
    REQUIRE(stmt.value()
                .forEachRow([&](Statement& row) {
                    list.push_back({Id::fromBytes(row.blob(0)), Id::fromBytes(row.blob(1)),
                                    Currency::fromCode(row.text(2)).value()});
                })
                .ok());
    return list;
}

// A field day of `count` visits by `ws` (with `companion` at the door), each paid 10.00 in cash, at times the
// gate allows on `day`; returns the receipt numbers. Never touches the network.
QStringList workFieldDay(Workstation& ws, const std::vector<Door>& list, const Id& collector,
                         const Id& companion, const QDate& day, int count)
{
    QStringList receipts;
    int slot = 0;
    for (int n = 0; n < count && slot < 96 * 3;) {
        const Door& door = list[static_cast<std::size_t>(slot) % list.size()];
        const qint64 at =
            QDateTime(day, QTime(0, 0), QTimeZone::utc()).addSecs(qint64(slot) * 5 * 60).toMSecsSinceEpoch();
        ++slot;
        auto gate = visitGate(ws.db(), door.account, door.address, at, 2);
        REQUIRE(gate.ok());
        if (gate.value().verdict == GateVerdict::Blocked)
            continue;
        VisitEntry v;
        v.contact.accountId = door.account;
        v.contact.contactPointId = door.address;
        v.contact.atMs = at;
        v.contact.collectorId = collector;
        v.contact.actor = ws.login();
        v.contact.outcome = Outcome::RightParty;
        v.met = VisitMet::Debtor;
        v.companionId = companion;
        v.payment = FieldPayment{Money(1000, door.currency), FieldPaymentMethod::Cash};
        auto recorded = recordVisit(ws.db(), ws.profileId(), v);
        INFO((recorded ? QString() : recorded.error().detail).toStdString());
        REQUIRE(recorded.ok());
        receipts << recorded.value().receiptNumber;
        ++n;
    }
    REQUIRE(receipts.size() == count);
    return receipts;
}

} // namespace

TEST_CASE(
    "an offline field day on two workstations: every visit and payment once on the hub, no receipt number "
    "twice, and the lead sees the day")
{
    Fleet& f = fleet();
    // Both learn their device serials from the hub before going out.
    syncOrFail(f.collectorA);
    syncOrFail(f.leadA);
    const Id collector = Id::fromBytes(QByteArray::fromHex(f.userId(f.collectorA.login()).toLatin1()));
    const Id lead = Id::fromBytes(QByteArray::fromHex(f.userId(f.leadA.login()).toLatin1()));
    const Id colleague = Id::fromBytes(QByteArray::fromHex(f.userId(f.collectorA2.login()).toLatin1()));
    const QDate day = QDateTime::currentDateTimeUtc().date();

    // No hub reachable all day.
    REQUIRE(harness().killHub());
    const std::vector<Door> mine = doors(f.collectorA, QStringLiteral("1"));
    const std::vector<Door> team = doors(
        f.leadA, QStringLiteral("a.assigned_collector_id = x'%1'").arg(f.userId(f.collectorA2.login())));
    REQUIRE(!mine.empty());
    REQUIRE(!team.empty());
    const QStringList fromCollector = workFieldDay(f.collectorA, mine, collector, colleague, day, 10);
    const QStringList fromLead = workFieldDay(f.leadA, team, lead, collector, day, 10);
    CHECK(f.collectorA.sync().failure == SyncFailure::Offline);

    QSet<QString> numbers;
    for (const QString& n : fromCollector + fromLead) {
        CHECK(receiptNumberValid(n));
        numbers << n;
    }
    CHECK(numbers.size() == 20); // unique across the two devices, though neither could ask anyone
    CHECK(fromCollector.front().section(QLatin1Char('-'), 1, 1) !=
          fromLead.front().section(QLatin1Char('-'), 1, 1));

    // Back at the office.
    QString error;
    REQUIRE(harness().startHub(&error));
    syncOrFail(f.collectorA);
    syncOrFail(f.leadA);
    syncOrFail(f.leadA); // the collector's day, pulled
    const QString fieldPayments = QStringLiteral(
        "SELECT count(*) || ' ' || count(DISTINCT body ->> 'external_reference') FROM hub.record"
        " WHERE kind = 'ledger_entry' AND body ->> 'source' = 'field'");
    CHECK(harness().psql(fieldPayments).trimmed() == QLatin1String("20 20"));
    QSet<QString> onHub;
    for (const QString& line :
         harness()
             .psql(QStringLiteral("SELECT body ->> 'external_reference' FROM hub.record WHERE"
                                  " kind = 'ledger_entry' AND body ->> 'source' = 'field'"))
             .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        onHub << line.trimmed();
    CHECK(onHub == numbers);
    const QSet<QString> hubVisits =
        hubKeys(QStringLiteral("visit"), QStringLiteral("body ->> 'payment_id' IS NOT NULL"));
    CHECK(hubVisits.size() == 20);
    CHECK(hubVisits == f.leadA.ids("visit", "payment_id IS NOT NULL"));
    const QSet<QString> collectorsVisits = f.collectorA.ids("visit", "payment_id IS NOT NULL");
    CHECK(collectorsVisits.size() == 10);
    CHECK(hubVisits.contains(collectorsVisits));
    // Pushing the same day again changes nothing: the hub's answers are stored per operation.
    syncOrFail(f.collectorA);
    CHECK(harness().psql(fieldPayments).trimmed() == QLatin1String("20 20"));

    // The lead's dashboard for the day: twenty visits and, as their yield, the twenty payments (10.00 each).
    auto facts = loadKpiFacts(f.leadA.db(), Id::fromBytes(QByteArray::fromHex(f.teamA.toLatin1())),
                              day.addDays(-1), day.addDays(1));
    REQUIRE(facts.ok());
    KpiQuery query;
    query.from = day.addDays(-1);
    query.to = day.addDays(1);
    const KpiReport report = computeKpis(facts.value(), query);
    CHECK(report.total.visits == 20);
    qint64 yield = 0;
    for (const auto& [currency, minor] : report.total.visitYieldMinor)
        yield += minor;
    CHECK(yield == 20 * 1000);
}
