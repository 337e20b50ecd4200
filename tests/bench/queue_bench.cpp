// The queue at a million accounts: ranking one collector's whole queue from the snapshot, ranking it again
// when little has moved, and the queue view's page reads (opening, scrolling page after page, jumping,
// sorting, filtering), each against a baseline measured in the same run: one indexed read of a page of rows
// by the table's key. The snapshot rows are written straight from SQL (a demo portfolio of a million accounts
// takes the better part of an hour to write); ranking reads nothing else, so the figures are the queue's own.
#include "crypto/passphrasekdf.h"
#include "profile/profile.h"
#include "queue/queue.h"
#include "queue/queuepage.h"
#include "store/database.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace collector;

namespace {

constexpr int kDefaultAccounts = 1'000'000;
constexpr int kPage = 100; // rows the queue view reads at a time

// A portfolio's worth of snapshot rows for one collector: ?4 % in New York, the rest in China; a quarter
// called in the last three weeks, one in fifty disputed, one in ninety-seven with a callback that day.
constexpr const char* kFill = R"sql(
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
INSERT INTO queue_account (collector_id, account_id, reference, stage, currency, placed_at_ms, first_due,
  balance_minor, paid_minor, last_outbound_ms, last_right_party_ms, last_outcome, callback_due_ms, debtor_id,
  time_zone, contact_not_before, contact_not_after, contact_hours_agreed, no_channels, vulnerable, rule_pack,
  rule_tightening, phone_id, phone_zones, phone_consent, phone_key, stops, recent_calls, recent_since_ms,
  promises, payments)
SELECT ?1, randomblob(16), printf('R%07d', i),
  CASE i % 3 WHEN 0 THEN 'early' WHEN 1 THEN 'middle' ELSE 'late' END, 'CNY', ?3 - (i % 900) * 86400000,
  date(?3 / 1000, 'unixepoch', '-' || (i % 700) || ' days'), 10000 + (i * 7919) % 5000000, 0,
  CASE WHEN i % 4 = 0 THEN ?3 - (i % 21) * 86400000 ELSE 0 END, 0,
  CASE WHEN i % 4 = 0 THEN 'no_answer' ELSE '' END,
  CASE WHEN i % 97 = 0 THEN ?3 + (i % 600) * 60000 ELSE 0 END, randomblob(16),
  CASE WHEN i % 100 >= ?4 THEN 'Asia/Shanghai' ELSE 'America/New_York' END, NULL, NULL, 0, '', 0,
  CASE WHEN i % 100 >= ?4 THEN 'cn' ELSE 'us' END, '{}', randomblob(16), '', 1, i,
  CASE WHEN i % 50 = 0 THEN 'dispute,2026-11-01,,' ELSE '' END,
  CASE WHEN i % 4 = 0 THEN (?3 - (i % 21) * 86400000) || ',call,outbound,no_answer,0,1,' || i || ',debtor'
       ELSE '' END,
  ?3 - 31 * 86400000, '', ''
FROM n
)sql";

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int accounts = argc > 1 ? QByteArray(argv[1]).toInt() : kDefaultAccounts;
    // A team working debtors of its own country has them all in the zone: `queue_bench 100000 0`.
    const int newYorkPercent = argc > 2 ? QByteArray(argv[2]).toInt() : 50;
    if (accounts < 10 * kPage || newYorkPercent < 0 || newYorkPercent > 100) {
        std::fprintf(stderr, "usage: queue_bench [ACCOUNTS, at least %d] [PERCENT IN NEW YORK, 0-100]\n",
                     10 * kPage);
        return 2;
    }
    QTemporaryDir dir;
    QByteArray pass("bench passphrase");
    auto profile = Profile::create(dir.filePath(QStringLiteral("p")), SecureBytes::takeFrom(pass),
                                   KdfLimits::fastForTestsOnly());
    if (!profile) {
        std::fprintf(stderr, "cannot create the profile\n");
        return 1;
    }
    Database& db = profile.value().database();
    const Id collector = Id::generate(0);
    const QDateTime at(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()); // 14:00 Shanghai, 01:00 New York
    QElapsedTimer t;
    t.start();
    {
        auto tx = Transaction::begin(db);
        auto fill = db.prepare(kFill);
        if (!tx || !fill ||
            !fill.value()
                 .bind(1, collector.toBytes())
                 .bind(2, accounts)
                 .bind(3, at.toMSecsSinceEpoch())
                 .bind(4, newYorkPercent)
                 .run() ||
            !tx.value().commit()) {
            std::fprintf(stderr, "cannot write the snapshot rows\n");
            return 1;
        }
    }
    std::printf("== the queue of one collector with %d accounts, %d %% in New York (snapshot rows written in "
                "%.0f s)\n",
                accounts, newYorkPercent, msSince(t) / 1000);

    // Baseline: a page of rows read by the table's own key.
    auto base =
        db.prepare("SELECT account_id, reference, balance_minor, dpd_order, gate_reason FROM queue_account "
                   "WHERE collector_id = ? AND account_id > ? ORDER BY account_id LIMIT 100");
    QRandomGenerator rng(7);
    constexpr int kReads = 200;
    t.restart();
    for (int i = 0; i < kReads; ++i) {
        QByteArray from(16, '\0');
        for (char& c : from)
            c = static_cast<char>(rng.bounded(256));
        base.value().reset();
        base.value().bind(1, collector.toBytes()).bind(2, from);
        while (base.value().step().value_or(false)) {
        }
    }
    const double baselineMs = msSince(t) / kReads;
    std::printf("baseline: a page of %d rows by the table's key                 %8.2f ms\n", kPage,
                baselineMs);

    const auto rank = [&](const QDateTime& when, const char* what) {
        QElapsedTimer r;
        r.start();
        auto ranked = rankQueue(db, defaultStrategy(), collector, when);
        const double ms = msSince(r);
        if (!ranked) {
            std::fprintf(stderr, "cannot rank: %s\n", qPrintable(ranked.error().detail));
            std::exit(1);
        }
        std::printf("%-62s %8.0f ms   (%d places worked out, %d written, %d not now)\n", what, ms,
                    ranked.value().reranked, ranked.value().written, ranked.value().notNow);
    };
    rank(at, "ranking every account (the first time, or the day's first)");
    rank(at.addSecs(60), "ranking a minute later");
    rank(at.addSecs(16 * 60), "ranking a quarter of an hour later");
    rank(at.addDays(1), "ranking the same hour the next day (the day's first)");
    rank(at.addDays(1).addSecs(60), "ranking a minute after that");

    QueuePager pager(db, collector);
    const auto timedPage = [&](QueueSection section, int offset) {
        QElapsedTimer r;
        r.start();
        auto rows = pager.rows(section, offset, kPage);
        if (!rows || rows.value().empty()) {
            std::fprintf(stderr, "no rows at %d\n", offset);
            std::exit(1);
        }
        return msSince(r);
    };
    const auto report = [&](const char* what, double ms) {
        std::printf("%-62s %8.2f ms   %.1fx baseline\n", what, ms, ms / baselineMs);
    };
    t.restart();
    const int due = pager.count(QueueSection::DueNow).value_or(0);
    const int notNow = pager.count(QueueSection::NotNow).value_or(0);
    const double countMs = msSince(t);
    const double firstMs = timedPage(QueueSection::DueNow, 0);
    report("opening: both groups counted, the first page read", countMs + firstMs);
    std::vector<double> scroll;
    for (int page = 1; page <= 300; ++page)
        scroll.push_back(timedPage(QueueSection::DueNow, page * kPage));
    std::sort(scroll.begin(), scroll.end());
    report("scrolling: each next page (300 pages), median", scroll[scroll.size() / 2]);
    report("scrolling: each next page, slowest", scroll.back());
    std::vector<double> jumps;
    for (int i = 0; i < 30; ++i)
        jumps.push_back(timedPage(QueueSection::DueNow, static_cast<int>(rng.bounded(due - kPage))));
    std::sort(jumps.begin(), jumps.end());
    report("dragging the scroll bar: a page anywhere (30 jumps), median", jumps[jumps.size() / 2]);
    report("dragging the scroll bar: slowest jump", jumps.back());
    if (notNow > kPage)
        report("the \"not now\" group's first page", timedPage(QueueSection::NotNow, 0));

    pager.setSort(QueueSort::Balance, true);
    report("sorted by balance, largest first: first page", timedPage(QueueSection::DueNow, 0));
    report("sorted by balance: the page in the middle", timedPage(QueueSection::DueNow, due / 2));
    pager.setSort(QueueSort::Position, false);
    QueueRowFilter late;
    late.stage = Stage::Late;
    pager.setFilter(late);
    t.restart();
    const int lateCount = pager.count(QueueSection::DueNow).value_or(0);
    const double lateCountMs = msSince(t);
    report("filtered to late stage: counted", lateCountMs);
    report("filtered to late stage: first page", timedPage(QueueSection::DueNow, 0));
    QueueRowFilter search;
    search.text = QStringLiteral("R00123");
    pager.setFilter(search);
    t.restart();
    const int found =
        pager.count(QueueSection::DueNow).value_or(0) + pager.count(QueueSection::NotNow).value_or(0);
    report("a reference typed in the search box: counted", msSince(t));
    std::printf("(%d due now, %d not now; %d late; %d found for R00123)\n", due, notNow, lateCount, found);
    return 0;
}
