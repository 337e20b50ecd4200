#include "store/synccapture.h"

#include "store/sqliteerror.h"

#include <QDateTime>
#include <sqlite3.h>

namespace collector {

namespace {

constexpr int kCounterLimit = 99999;

// The highest stamp this store has handed out or seen, read once per connection on first use. Before the sync
// migration the tables are missing and the clock starts from the wall clock.
void loadClock(sqlite3* db, SyncClock& clock)
{
    clock.loaded = true;
    sqlite3_stmt* stmt = nullptr;
    const char* sql = "SELECT max(coalesce((SELECT value FROM sync_state WHERE key = 'hlc'), ''),"
                      "           coalesce((SELECT max(hlc) FROM sync_outbox), ''))";
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (text)
            observeHlc(clock, QString::fromLatin1(text));
    }
    sqlite3_finalize(stmt);
}

// Another connection (the sync thread's) may have seen later stamps from the hub since: it stores them in
// sync_state in the same transaction, so one indexed read keeps this connection's stamps after them.
void followStoredClock(sqlite3* db, SyncClock& clock)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT value FROM sync_state WHERE key = 'hlc'", -1, &stmt, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        if (text)
            observeHlc(clock, QString::fromLatin1(text));
    }
    sqlite3_finalize(stmt);
}

void capturingFunction(sqlite3_context* ctx, int, sqlite3_value**)
{
    const auto* clock = static_cast<SyncClock*>(sqlite3_user_data(ctx));
    sqlite3_result_int(ctx, clock->capturing ? 1 : 0);
}

void hlcFunction(sqlite3_context* ctx, int, sqlite3_value**)
{
    auto* clock = static_cast<SyncClock*>(sqlite3_user_data(ctx));
    if (!clock->loaded)
        loadClock(sqlite3_context_db_handle(ctx), *clock);
    else
        followStoredClock(sqlite3_context_db_handle(ctx), *clock);
    const QByteArray stamp = nextHlc(*clock).toLatin1();
    sqlite3_result_text(ctx, stamp.constData(), static_cast<int>(stamp.size()), SQLITE_TRANSIENT);
}

} // namespace

QString formatHlc(qint64 ms, int counter)
{
    return QStringLiteral("%1.%2").arg(ms, 13, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0'));
}

bool parseHlc(const QString& stamp, qint64* ms, int* counter)
{
    if (stamp.size() < 19 || stamp.at(13) != QLatin1Char('.'))
        return false;
    bool okMs = false;
    bool okCounter = false;
    *ms = stamp.left(13).toLongLong(&okMs);
    *counter = stamp.mid(14, 5).toInt(&okCounter);
    return okMs && okCounter;
}

QString nextHlc(SyncClock& clock)
{
    const qint64 wall = clock.wallMs ? clock.wallMs() : QDateTime::currentMSecsSinceEpoch();
    if (wall > clock.lastMs) {
        clock.lastMs = wall;
        clock.counter = 0;
    } else if (++clock.counter > kCounterLimit) {
        ++clock.lastMs;
        clock.counter = 0;
    }
    return formatHlc(clock.lastMs, clock.counter);
}

void observeHlc(SyncClock& clock, const QString& stamp)
{
    qint64 ms = 0;
    int counter = 0;
    if (!parseHlc(stamp, &ms, &counter))
        return;
    if (ms > clock.lastMs || (ms == clock.lastMs && counter > clock.counter)) {
        clock.lastMs = ms;
        clock.counter = counter;
    }
}

Status installSyncCapture(sqlite3* db, SyncClock* clock)
{
    int rc = sqlite3_create_function_v2(db, "collector_sync_capturing", 0, SQLITE_UTF8, clock,
                                        capturingFunction, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_create_function_v2(db, "collector_sync_hlc", 0, SQLITE_UTF8, clock, hlcFunction, nullptr,
                                        nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, "register sync functions");
    return {};
}

} // namespace collector
