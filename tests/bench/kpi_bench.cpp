// Dashboard benchmark on a demo portfolio: the team lead's measures for the largest team over a year — the
// facts read from the store and the measures computed — against a baseline measured in the same run: the same
// rows merely counted by SQLite (the least any reader of them can cost). Also a drill-down on the result.
// Usage: kpi_bench [ACCOUNTS]
#include "benchdemo.h"
#include "kpi/measures.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <cstdio>

using namespace collector;

namespace {

constexpr int kDefaultAccounts = 20000;

qint64 count(Database& db, const char* sql, const Id& team, qint64 fromMs, qint64 toMs)
{
    auto q = db.prepare(sql);
    if (!q)
        return -1;
    q.value().bind(1, team.toBytes());
    if (q.value().parameterCount() >= 3)
        q.value().bind(2, fromMs).bind(3, toMs);
    return q.value().step().value_or(false) ? q.value().int64(0) : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    int exitCode = 0;
    std::optional<Profile> profile =
        bench::demoProfile(dir, argc, argv, kDefaultAccounts, "kpi_bench", exitCode);
    if (!profile)
        return exitCode;
    Database& db = profile->database();
    std::printf("== team measures over a %lld-account demo portfolio (written in %.1f s)\n",
                static_cast<long long>(db.queryInt("SELECT count(*) FROM account").value_or(0)),
                double(timer.elapsed()) / 1000.0);
    auto largest =
        db.prepare("SELECT team_id, count(*) FROM account GROUP BY team_id ORDER BY 2 DESC LIMIT 1");
    if (!largest || !largest.value().step().value_or(false)) {
        std::fprintf(stderr, "no team\n");
        return 1;
    }
    const Id team = Id::fromBytes(largest.value().blob(0));
    const qint64 teamAccounts = largest.value().int64(1);
    const QDate from(2025, 11, 24);
    const QDate to(2026, 11, 23);
    const qint64 fromMs = QDateTime(from.addDays(-31), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();

    // Baseline: the rows the loader reads, counted through the same joins.
    timer.restart();
    const qint64 attempts =
        count(db,
              "SELECT count(*) FROM contact_attempt x JOIN account a ON a.id = x.account_id "
              "AND a.team_id = ?1 WHERE x.at_ms >= ?2 AND x.at_ms < ?3",
              team, fromMs, toMs);
    const qint64 ledger = count(db,
                                "SELECT count(*) FROM ledger_entry x JOIN account a ON a.id = x.account_id "
                                "AND a.team_id = ?1",
                                team, 0, 0);
    const qint64 promises = count(db,
                                  "SELECT count(*) FROM promise x JOIN account a ON a.id = x.account_id "
                                  "AND a.team_id = ?1",
                                  team, 0, 0);
    const qint64 rawMs = std::max<qint64>(1, timer.elapsed());
    std::printf("team: %lld accounts; a year's rows: %lld calls, %lld ledger entries, %lld promises\n",
                static_cast<long long>(teamAccounts), static_cast<long long>(attempts),
                static_cast<long long>(ledger), static_cast<long long>(promises));
    std::printf("baseline, the same rows counted by SQLite: %lld ms\n", static_cast<long long>(rawMs));

    timer.restart();
    auto facts = loadKpiFacts(db, team, from, to);
    if (!facts) {
        std::fprintf(stderr, "cannot read the facts: %s\n", qPrintable(facts.error().detail));
        return 1;
    }
    const qint64 loadMs = timer.elapsed();
    KpiQuery query;
    query.from = from;
    query.to = to;
    timer.restart();
    const KpiReport report = computeKpis(facts.value(), query);
    const qint64 computeMs = timer.elapsed();
    query.drill = KpiDrill{KpiDrillMeasure::PastDueAtStart, true, {}, -1, -1};
    timer.restart();
    const KpiReport drilled = computeKpis(facts.value(), query);
    const qint64 drillMs = timer.elapsed();
    std::printf(
        "facts read: %lld ms; measures computed: %lld ms; refresh (both): %lld ms = %.1fx the baseline\n",
        static_cast<long long>(loadMs), static_cast<long long>(computeMs),
        static_cast<long long>(loadMs + computeMs), double(loadMs + computeMs) / double(rawMs));
    std::printf("drill-down (cured accounts, %zu): %lld ms; collectors on the leaderboard: %zu\n",
                drilled.drilledAccounts.size(), static_cast<long long>(drillMs), report.collectors.size());
    return 0;
}
