// Sync benchmark against a real hub (a throwaway PostgreSQL 15 cluster and collector-hub over TLS, as in the
// integration tests). Prints numbers, asserts nothing:
//  - initial sync of N events (default 1,000,000; SYNC_BENCH_EVENTS) into an empty encrypted store, against a
//    raw SQLCipher bulk insert of the same rows into the same kind of store in the same run;
//  - push of 1,000 operations, p50 and p95 over 100 batches;
//  - apply of 1,000 pulled changes into the N-row store;
//  - an edit on one workstation to visible on another (push, then pull), p50 and p95 over 20.
#include "crypto/passphrasekdf.h"
#include "hubharness.h"
#include "profile/profile.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace collector;
using namespace collector::test;

namespace {

constexpr qint64 kDefaultEvents = 1'000'000;
constexpr int kAccounts = 10'000;

SecureBytes benchPassphrase()
{
    const QByteArray text = "sync bench passphrase";
    SecureBytes bytes(static_cast<size_t>(text.size()));
    memcpy(bytes.data(), text.constData(), static_cast<size_t>(text.size()));
    return bytes;
}

Profile newProfile(const QTemporaryDir& dir, const char* name)
{
    auto profile =
        Profile::create(dir.filePath(QLatin1String(name)), benchPassphrase(), KdfLimits::fastForTestsOnly());
    if (!profile) {
        std::fprintf(stderr, "sync_bench: cannot create a profile: %s\n", qPrintable(profile.error().detail));
        std::exit(1);
    }
    return std::move(profile.value());
}

void must(bool ok, const char* what)
{
    if (!ok) {
        std::fprintf(stderr, "sync_bench: %s failed\n", what);
        std::exit(1);
    }
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[static_cast<size_t>(p * static_cast<double>(values.size() - 1))];
}

// Ids in the shape of the store's UUIDv7 (time first), so indexes grow at the end as they do in real use.
QByteArray timeOrderedId(qint64 ms, qint64 n)
{
    return QByteArray::fromHex(QStringLiteral("%1%2%3")
                                   .arg(ms, 12, 16, QLatin1Char('0'))
                                   .arg(QStringLiteral("70008"))
                                   .arg(n, 15, 16, QLatin1Char('0'))
                                   .toLatin1());
}

// The hub's content, written straight into its tables (pushing a million operations one by one would measure
// the push, not the initial sync): a creditor, kAccounts accounts of the team, and `events` calls on them.
void loadHub(HubHarness& hub, qint64 events, const QString& team)
{
    const QString sql = QStringLiteral(R"(
BEGIN;
SELECT hub.put_reference('creditor', '0193000000007000a000000000000001', jsonb_build_object(
  'id', '0193000000007000a000000000000001', 'code', 'BNCH', 'name', 'Bench creditor',
  'allocation_order', 'fees,interest,principal', 'promise_grace_days', 3, 'rule_tightening', '{}'));
CREATE TEMP TABLE acc AS
  SELECT i, lpad(to_hex(1780000000000 + i), 12, '0') || '70008' || lpad(to_hex(i), 15, '0') AS hex
  FROM generate_series(1, %2) i;
INSERT INTO hub.account_scope (account_id, team_id, collector_id, currency)
  SELECT hex::uuid, '%1', NULL, 'CNY' FROM acc;
INSERT INTO hub.record (kind, key, account_id, body, hlc)
  SELECT 'account', hex, hex::uuid, jsonb_build_object('id', hex, 'creditor_id', '0193000000007000a000000000000001',
    'creditor_reference', 'B' || i, 'product', 'loan', 'currency', 'CNY', 'original_principal_minor', 100000,
    'stage', 'early', 'status', 'active', 'team_id', replace('%1', '-', ''), 'hlc', ''), '1790000000000.00000@x'
  FROM acc;
INSERT INTO hub.bucket (id) VALUES ('%1') ON CONFLICT DO NOTHING;
INSERT INTO hub.change_log (bucket, seq, kind, key, account_id, body, hlc)
  SELECT '%1', i, 'account', hex, hex::uuid, (SELECT body FROM hub.record r WHERE r.kind = 'account' AND r.key = hex),
         '1790000000000.00000@x' FROM acc;
INSERT INTO hub.change_log (bucket, seq, kind, key, account_id, body, hlc)
  SELECT '%1', %2 + e, 'contact_attempt', k, a.hex::uuid,
         jsonb_build_object('id', k, 'account_id', a.hex, 'channel', 'call', 'direction', 'outbound',
                            'at_ms', 1790000000000 + e, 'outcome', 'no_answer', 'right_party', 0, 'duration_s', 0,
                            'hlc', '1790000000000.00001'),
         '1790000000000.00001@x'
  FROM generate_series(1, %3) e
  CROSS JOIN LATERAL (SELECT lpad(to_hex(1790000000000 + e), 12, '0') || '70008' || lpad(to_hex(e), 15, '0') AS k) key
  JOIN acc a ON a.i = 1 + e % %2;
UPDATE hub.bucket SET last_seq = %2 + %3 WHERE id = '%1';
COMMIT;)")
                            .arg(team)
                            .arg(kAccounts)
                            .arg(events);
    bool ok = false;
    const QString out = hub.psql(sql, &ok);
    if (!ok) {
        std::fprintf(stderr, "sync_bench: loading the hub failed: %s\n", qPrintable(out));
        std::exit(1);
    }
}

// The baseline: the same rows inserted straight into an empty encrypted store with all its indexes (prepared
// statements, transactions of 10,000 rows, no outbox).
double rawInsertSeconds(Database& db, qint64 events)
{
    db.syncClock().capturing = false;
    QElapsedTimer timer;
    timer.start();
    const QByteArray creditor = QByteArray::fromHex("0193000000007000a000000000000001");
    must(db.exec("BEGIN").ok(), "begin");
    auto c = db.prepare("INSERT INTO creditor (id, code, name) VALUES (?, 'BNCH', 'Bench creditor')");
    must(c.ok(), "prepare creditor");
    c.value().bind(1, creditor);
    must(c.value().run().ok(), "creditor");
    auto acc =
        db.prepare("INSERT INTO account (id, creditor_id, creditor_reference, product, currency,"
                   " original_principal_minor, stage) VALUES (?, ?, ?, 'loan', 'CNY', 100000, 'early')");
    must(acc.ok(), "prepare account");
    std::vector<QByteArray> accounts;
    for (int i = 1; i <= kAccounts; ++i) {
        accounts.push_back(timeOrderedId(1780000000000 + i, i));
        acc.value().reset();
        acc.value().bind(1, accounts.back()).bind(2, creditor).bind(3, QStringLiteral("B%1").arg(i));
        must(acc.value().run().ok(), "account");
    }
    auto ev = db.prepare("INSERT INTO contact_attempt (id, account_id, channel, direction, at_ms, outcome,"
                         " right_party, duration_s) VALUES (?, ?, 'call', 'outbound', ?, 'no_answer', 0, 0)");
    must(ev.ok(), "prepare event");
    for (qint64 e = 1; e <= events; ++e) {
        ev.value().reset();
        ev.value()
            .bind(1, timeOrderedId(1790000000000 + e, e))
            .bind(2, accounts[static_cast<size_t>(e % kAccounts)])
            .bind(3, 1790000000000 + e);
        must(ev.value().run().ok(), "event");
        if (e % 10'000 == 0)
            must(db.exec("COMMIT; BEGIN").ok(), "commit");
    }
    must(db.exec("COMMIT").ok(), "commit");
    db.syncClock().capturing = true;
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

QString logCall(Database& db, const QByteArray& account)
{
    auto stmt = db.prepare("INSERT INTO contact_attempt (id, account_id, channel, direction, at_ms, outcome,"
                           " right_party) VALUES (?, ?, 'call', 'outbound', ?, 'no_answer', 0)");
    must(stmt.ok(), "prepare call");
    const QByteArray id = QUuid::createUuid().toRfc4122();
    stmt.value().bind(1, id).bind(2, account).bind(3, QDateTime::currentMSecsSinceEpoch());
    must(stmt.value().run().ok(), "call");
    return QString::fromLatin1(id.toHex());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 events = qEnvironmentVariableIsSet("SYNC_BENCH_EVENTS")
                              ? qEnvironmentVariable("SYNC_BENCH_EVENTS").toLongLong()
                              : kDefaultEvents;
    HubHarness hub;
    hub.setForwardHubLog(false);
    QString error;
    if (!hub.start(&error)) {
        std::fprintf(stderr, "sync_bench: could not stand up the hub: %s\n", qPrintable(error));
        return 1;
    }
    const QString code1 =
        hub.enroll(QStringLiteral("bench-lead"), QStringLiteral("Bench"), QStringLiteral("lead"));
    const QString code2 =
        hub.enroll(QStringLiteral("bench-lead"), QStringLiteral("Bench"), QStringLiteral("lead"));
    const QString team = hub.psql(QStringLiteral("SELECT id FROM hub.team WHERE name = 'Bench'")).trimmed();
    std::printf("sync_bench: loading %lld events for %d accounts into the hub…\n",
                static_cast<long long>(events), kAccounts);
    std::fflush(stdout);
    loadHub(hub, events, team);

    QTemporaryDir dir;
    Profile first = newProfile(dir, "first");
    must(enrolWorkstation(first.database(), hub.url(), hub.caPem(), code1, QStringLiteral("bench 1")).ok(),
         "enrol");
    SyncLimits initial;
    initial.pageSize = 10'000;
    QElapsedTimer timer;
    timer.start();
    const SyncReport pulled = pullChanges(first.database(), initial);
    const double syncSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    must(pulled.ok(), "initial sync");

    Profile raw = newProfile(dir, "raw");
    const double rawSeconds = rawInsertSeconds(raw.database(), events);
    std::printf("initial sync: %lld changes (%d accounts + %lld calls) in %.2f s = %.0f rows/s\n",
                static_cast<long long>(pulled.pulled), kAccounts, static_cast<long long>(events), syncSeconds,
                static_cast<double>(pulled.pulled) / syncSeconds);
    std::printf("baseline: raw SQLCipher bulk insert of the same rows: %.2f s; sync / raw = %.1fx\n",
                rawSeconds, syncSeconds / rawSeconds);

    // Push: 100 batches of 1,000 calls each.
    Database& db = first.database();
    std::vector<QByteArray> accounts;
    {
        auto q = db.prepare("SELECT id FROM account ORDER BY rowid LIMIT 100");
        must(q.ok(), "accounts");
        must(q.value().forEachRow([&](Statement& row) { accounts.push_back(row.blob(0)); }).ok(), "accounts");
    }
    must(db.exec("DELETE FROM sync_outbox").ok(), "outbox");
    std::vector<double> pushMs;
    for (int batch = 0; batch < 100; ++batch) {
        must(db.exec("BEGIN").ok(), "begin");
        for (int i = 0; i < 1000; ++i)
            logCall(db, accounts[static_cast<size_t>(i % 100)]);
        must(db.exec("COMMIT").ok(), "commit");
        timer.restart();
        const SyncReport pushed = pushOutbox(db);
        pushMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        must(pushed.ok() && pushed.pushed == 1000, "push");
    }
    std::printf("push of 1,000 operations: p50 %.0f ms, p95 %.0f ms (100 batches)\n", percentile(pushMs, 0.5),
                percentile(pushMs, 0.95));
    must(pullChanges(db, initial).ok(), "catch up");

    // Apply 1,000 new changes into the store that now holds them all.
    bool ok = false;
    hub.psql(QStringLiteral(
                 "BEGIN; INSERT INTO hub.change_log (bucket, seq, kind, key, account_id, body, hlc)"
                 " SELECT b.id, b.last_seq + e, 'note', k, NULL, jsonb_build_object('id', k, 'account_id',"
                 " (SELECT key FROM hub.record WHERE kind = 'account' LIMIT 1), 'at_ms', e, 'body', 'n'),"
                 " '1790000000000.00002@x' FROM hub.bucket b, generate_series(1, 1000) e,"
                 " LATERAL (SELECT md5('note' || e) AS k) x WHERE b.id = '%1';"
                 " UPDATE hub.bucket SET last_seq = last_seq + 1000 WHERE id = '%1'; COMMIT;")
                 .arg(team),
             &ok);
    must(ok, "notes");
    const qint64 storeRows = db.queryInt("SELECT count(*) FROM contact_attempt").value_or(0);
    timer.restart();
    const SyncReport applied = pullChanges(db, initial);
    const double applyMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    must(applied.ok(), "apply");
    std::printf("apply of %lld pulled changes into a store of %lld calls: %.0f ms (pull and apply)\n",
                static_cast<long long>(applied.pulled), static_cast<long long>(storeRows), applyMs);

    // Edit to visible: a second workstation of the same lead.
    Profile second = newProfile(dir, "second");
    must(enrolWorkstation(second.database(), hub.url(), hub.caPem(), code2, QStringLiteral("bench 2")).ok(),
         "enrol 2");
    timer.restart();
    must(pullChanges(second.database(), initial).ok(), "second initial sync");
    std::printf("second workstation's initial sync (with the pushed calls): %.2f s\n",
                static_cast<double>(timer.nsecsElapsed()) / 1e9);
    std::vector<double> visibleMs;
    for (int i = 0; i < 20; ++i) {
        const QString id = logCall(db, accounts[0]);
        timer.restart();
        must(pushOutbox(db).ok(), "push edit");
        must(pullChanges(second.database()).ok(), "pull edit");
        visibleMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        auto seen =
            second.database().queryInt(QStringLiteral("SELECT count(*) FROM contact_attempt WHERE id = x'%1'")
                                           .arg(id)
                                           .toUtf8()
                                           .constData());
        must(seen.ok() && seen.value() == 1, "edit visible");
    }
    std::printf("edit to visible on another workstation (push + pull): p50 %.0f ms, p95 %.0f ms (20 edits)\n",
                percentile(visibleMs, 0.5), percentile(visibleMs, 0.95));
    hub.stop();
    return 0;
}
