#include "sync/syncengine.h"

#include "store/database.h"
#include "store/transaction.h"
#include "sync/contactbudget.h"
#include "sync/syncapply.h"
#include "sync/syncschema.h"
#include "users/users.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace collector {

namespace {

SyncReport failed(SyncFailure failure, const QString& message)
{
    return SyncReport::failed(failure, message);
}

SyncReport localFailure(const Error& error)
{
    return SyncReport::localError(error);
}

// Pulled changes must not be captured again: capture is off for the life of this guard.
class CaptureOff
{
public:
    explicit CaptureOff(Database& db)
        : m_clock(db.syncClock())
    {
        m_clock.capturing = false;
    }
    ~CaptureOff() { m_clock.capturing = true; }
    CaptureOff(const CaptureOff&) = delete;
    CaptureOff& operator=(const CaptureOff&) = delete;

private:
    SyncClock& m_clock;
};

struct PendingOp
{
    QByteArray opId;
    QString hlc;
    QJsonObject json;
};

Result<std::vector<PendingOp>> nextBatch(Database& db, const SyncLimits& limits)
{
    auto stmt = db.prepare("SELECT op_id, kind, record_key, action, fields, body, hlc FROM sync_outbox"
                           " ORDER BY priority, seq LIMIT ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, limits.maxOps);
    std::vector<PendingOp> batch;
    qint64 bytes = 0;
    bool full = false; // once an operation does not fit, none after it goes either: order is kept
    auto done = stmt.value().forEachRow([&](Statement& row) {
        const QByteArray body = row.text(5).toUtf8();
        full = full || (!batch.empty() && bytes + body.size() + 200 > limits.maxBytes);
        if (full)
            return;
        bytes += body.size() + 200;
        QJsonObject op{{QStringLiteral("op"), QString::fromLatin1(row.blob(0).toHex())},
                       {QStringLiteral("kind"), row.text(1)},
                       {QStringLiteral("key"), row.text(2)},
                       {QStringLiteral("action"), row.text(3)},
                       {QStringLiteral("hlc"), row.text(6)},
                       {QStringLiteral("body"), QJsonDocument::fromJson(body).object()}};
        if (row.text(3) == QLatin1String("update"))
            op.insert(QStringLiteral("fields"),
                      QJsonArray::fromStringList(row.text(4).split(QLatin1Char(','), Qt::SkipEmptyParts)));
        batch.push_back({row.blob(0), row.text(6), op});
    });
    if (!done)
        return done.error();
    return batch;
}

// Removes the answered operations; the refused ones are kept in sync_rejection with the hub's reason.
Status settleBatch(Database& db, const std::vector<PendingOp>& batch, const QJsonArray& results,
                   qint64* refused)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto remove = db.prepare("DELETE FROM sync_outbox WHERE op_id = ?");
    auto keep = db.prepare("INSERT INTO sync_rejection (op_id, kind, record_key, status, reason, at_ms)"
                           " VALUES (?, ?, ?, ?, ?, ?)");
    if (!remove)
        return remove.error();
    if (!keep)
        return keep.error();
    QString highest;
    for (size_t i = 0; i < batch.size(); ++i) {
        const QJsonObject result = results.at(static_cast<qsizetype>(i)).toObject();
        const QString status = result.value(QStringLiteral("status")).toString();
        if (status == QLatin1String("rejected") || status == QLatin1String("quarantined")) {
            ++*refused;
            keep.value().reset();
            keep.value()
                .bind(1, batch[i].opId)
                .bind(2, batch[i].json.value(QStringLiteral("kind")).toString())
                .bind(3, batch[i].json.value(QStringLiteral("key")).toString())
                .bind(4, status)
                .bind(5, result.value(QStringLiteral("reason")).toString())
                .bind(6, QDateTime::currentMSecsSinceEpoch());
            if (auto done = keep.value().run(); !done)
                return done;
        }
        remove.value().reset();
        remove.value().bind(1, batch[i].opId);
        if (auto done = remove.value().run(); !done)
            return done;
        highest = qMax(highest, batch[i].hlc);
    }
    // The clock's floor outlives the outbox rows that carried it.
    if (auto stored = readSyncState(db, "hlc"); stored && highest > stored.value())
        if (auto done = writeSyncState(db, QStringLiteral("hlc"), highest); !done)
            return done;
    return tx.value().commit();
}

} // namespace

SyncReport SyncReport::failed(SyncFailure failure, const QString& message)
{
    SyncReport report;
    report.failure = failure;
    report.message = message;
    return report;
}

SyncReport SyncReport::localError(const Error& error)
{
    return failed(SyncFailure::Local, syncFailureText(SyncFailure::Local, error.detail));
}

HubClient hubClientFor(const SyncIdentity& identity)
{
    return HubClient(identity.hub, identity.caPem, identity.token);
}

std::optional<SyncIdentity> enrolledIdentity(Database& db, SyncReport* failure)
{
    auto identity = loadSyncIdentity(db);
    if (!identity) {
        *failure = SyncReport::localError(identity.error());
        return std::nullopt;
    }
    if (identity.value().token.isEmpty()) {
        *failure = SyncReport::failed(SyncFailure::Unauthorized, syncFailureText(SyncFailure::Unauthorized));
        return std::nullopt;
    }
    return identity.value();
}

Result<QString> readSyncState(Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM sync_state WHERE key = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, QString::fromLatin1(key));
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    return row.value() ? stmt.value().text(0) : QString();
}

Result<bool> isEnrolled(Database& db)
{
    auto hub = readSyncState(db, "hub");
    if (!hub)
        return hub.error();
    return !hub.value().isEmpty();
}

Status writeSyncState(Database& db, const QString& key, const QString& value)
{
    auto stmt = db.prepare("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, key).bind(2, value);
    return stmt.value().run();
}

Result<SyncIdentity> loadSyncIdentity(Database& db)
{
    SyncIdentity identity;
    auto stmt =
        db.prepare("SELECT key, value FROM sync_state WHERE key IN ('hub', 'ca_pem', 'token', 'device_id',"
                   " 'user_id', 'role')");
    if (!stmt)
        return stmt.error();
    auto done = stmt.value().forEachRow([&](Statement& row) {
        const QString key = row.text(0);
        const QString value = row.text(1);
        if (key == QLatin1String("hub"))
            identity.hub = QUrl(value);
        else if (key == QLatin1String("ca_pem"))
            identity.caPem = value.toLatin1();
        else if (key == QLatin1String("token"))
            identity.token = value.toLatin1();
        else if (key == QLatin1String("device_id"))
            identity.deviceId = value;
        else if (key == QLatin1String("user_id"))
            identity.userId = value;
        else if (key == QLatin1String("role"))
            identity.role = value;
    });
    if (!done)
        return done.error();
    return identity;
}

Result<QJsonArray> peekOutboxBatch(Database& db, const SyncLimits& limits)
{
    auto batch = nextBatch(db, limits);
    if (!batch)
        return batch.error();
    QJsonArray ops;
    for (const PendingOp& op : batch.value())
        ops.append(op.json);
    return ops;
}

SyncReport enrolWorkstation(Database& db, const QUrl& hub, const QByteArray& caPem, const QString& code,
                            const QString& label)
{
    if (hub.scheme() != QLatin1String("https") || hub.host().isEmpty())
        return failed(SyncFailure::Refused,
                      QCoreApplication::translate("Sync", "The hub address must start with https://"));
    HubClient client(hub, caPem, {});
    const HubReply reply = client.post(QStringLiteral("/v1/enrol"),
                                       {{QStringLiteral("code"), code}, {QStringLiteral("label"), label}});
    if (reply.failure != SyncFailure::None)
        return failed(reply.failure, reply.message);
    const QJsonObject& b = reply.body;
    auto tx = Transaction::begin(db);
    if (!tx)
        return localFailure(tx.error());
    const std::pair<const char*, QString> values[] = {
        {"hub", hub.toString()},
        {"ca_pem", QString::fromLatin1(caPem)},
        {"token", b.value(QStringLiteral("token")).toString()},
        {"device_id", b.value(QStringLiteral("device_id")).toString()},
        {"user_id", b.value(QStringLiteral("user_id")).toString()},
        {"role", b.value(QStringLiteral("role")).toString()},
    };
    for (const auto& [key, value] : values)
        if (auto done = writeSyncState(db, QString::fromLatin1(key), value); !done)
            return localFailure(done.error());
    if (auto done = tx.value().commit(); !done)
        return localFailure(done.error());
    return {};
}

SyncReport pushOutbox(Database& db, const SyncLimits& limits,
                      const std::function<void(const SyncProgress&)>& progress)
{
    SyncReport refused;
    const auto identity = enrolledIdentity(db, &refused);
    if (!identity)
        return refused;
    auto total = db.queryInt("SELECT count(*) FROM sync_outbox");
    if (!total)
        return localFailure(total.error());
    HubClient client = hubClientFor(*identity);
    SyncReport report;
    for (;;) {
        auto batch = nextBatch(db, limits);
        if (!batch)
            return localFailure(batch.error());
        if (batch.value().empty())
            return report;
        QJsonArray ops;
        for (const PendingOp& op : batch.value())
            ops.append(op.json);
        const HubReply reply = client.post(QStringLiteral("/v1/push"), {{QStringLiteral("ops"), ops}});
        if (reply.failure != SyncFailure::None) {
            report.failure = reply.failure;
            report.message = reply.message;
            return report;
        }
        const QJsonArray results = reply.body.value(QStringLiteral("results")).toArray();
        if (results.size() != ops.size())
            return failed(SyncFailure::HubError,
                          syncFailureText(SyncFailure::HubError, QStringLiteral("push answer")));
        if (auto done = settleBatch(db, batch.value(), results, &report.refused); !done)
            return localFailure(done.error());
        report.pushed += ops.size();
        if (progress)
            progress({QStringLiteral("push"), report.pushed, total.value()});
    }
}

namespace {

// One stream of a bucket (all kinds, or the stop events alone) from its cursor to the end, each page applied
// with its cursor in one local transaction.
bool pullStream(Database& db, HubClient& client, const QString& bucket, bool stopsOnly,
                const SyncLimits& limits, const std::function<void(const SyncProgress&)>& progress,
                SyncReport& report)
{
    const QString cursorKey = (stopsOnly ? QStringLiteral("stops:") : QStringLiteral("cursor:")) + bucket;
    auto cursor = readSyncState(db, cursorKey.toLatin1().constData());
    if (!cursor) {
        report = localFailure(cursor.error());
        return false;
    }
    const auto request = [&](qint64 after) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("bucket"), bucket);
        query.addQueryItem(QStringLiteral("after"), QString::number(after));
        query.addQueryItem(QStringLiteral("limit"), QString::number(limits.pageSize));
        if (stopsOnly)
            query.addQueryItem(QStringLiteral("kind"), QStringLiteral("stop_event"));
        return client.beginGet(QStringLiteral("/v1/pull"), query);
    };
    qint64 after = cursor.value().toLongLong();
    QNetworkReply* pending = request(after);
    for (;;) {
        const HubReply page = client.finish(pending);
        pending = nullptr;
        if (page.failure != SyncFailure::None) {
            report.failure = page.failure;
            report.message = page.message;
            return false;
        }
        const QJsonArray changes = page.body.value(QStringLiteral("changes")).toArray();
        const qint64 next = page.body.value(QStringLiteral("next")).toInteger(-1);
        const bool more = page.body.value(QStringLiteral("more")).toBool();
        if (next < after) {
            report = failed(SyncFailure::HubError,
                            syncFailureText(SyncFailure::HubError, QStringLiteral("cursor")));
            return false;
        }
        // The next page is asked for before this one is applied: the hub builds it meanwhile.
        if (more)
            pending = request(next);
        const CaptureOff off(db);
        auto tx = Transaction::begin(db);
        Status done = tx ? db.exec("PRAGMA defer_foreign_keys = ON") : Status(tx.error());
        // Parents and children may share a page in any order the buckets interleaved them.
        ChangeApplier applier(db);
        // Ahead of the rest, a stop event is taken only when its debtor (and what else it names) is here
        // already; the others come again, in order, with the full stream.
        applier.setRequireLocalParents(stopsOnly);
        if (done)
            done = applier.apply(changes);
        if (done)
            done = writeSyncState(db, cursorKey, QString::number(next));
        if (done && !applier.highestStamp().isEmpty()) {
            observeHlc(db.syncClock(), applier.highestStamp());
            done = writeSyncState(db, QStringLiteral("hlc"),
                                  formatHlc(db.syncClock().lastMs, db.syncClock().counter));
        }
        if (done)
            done = tx.value().commit();
        if (!done) {
            if (pending)
                client.finish(pending); // answered and dropped: nothing of it was applied
            report = localFailure(done.error());
            return false;
        }
        report.pulled += applier.applied();
        after = next;
        if (progress)
            progress({QStringLiteral("pull"), report.pulled, 0});
        if (!more)
            return true;
    }
}

// A first full load (a lead's workstation takes in the whole team) runs without the secondary indexes of the
// synced tables and builds them once at the end: inserting a million rows into one index at a time is what
// makes a first sync slow. Their definitions wait in sync_state, so a load killed half-way still ends with
// them rebuilt by the next pull. The unique indexes stay: the apply needs them to find what it already has.
Status deferIndexes(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    QStringList tables;
    for (const SyncTable& t : syncTables())
        tables << QStringLiteral("'%1'").arg(QLatin1String(t.kind));
    auto stmt = db.prepare(
        QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                       " AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (%1)")
            .arg(tables.join(QLatin1Char(',')))
            .toUtf8()
            .constData());
    if (!stmt)
        return stmt.error();
    QStringList names;
    QJsonArray definitions;
    auto done = stmt.value().forEachRow([&](Statement& row) {
        names << row.text(0);
        definitions.append(row.text(1));
    });
    if (!done)
        return done;
    for (const QString& name : names)
        if (auto dropped = db.exec(QStringLiteral("DROP INDEX %1").arg(name).toUtf8().constData()); !dropped)
            return dropped;
    if (auto saved =
            writeSyncState(db, QStringLiteral("deferred_indexes"),
                           QString::fromUtf8(QJsonDocument(definitions).toJson(QJsonDocument::Compact)));
        !saved)
        return saved;
    return tx.value().commit();
}

Status rebuildIndexes(Database& db)
{
    auto saved = readSyncState(db, "deferred_indexes");
    if (!saved)
        return saved.error();
    if (saved.value().isEmpty())
        return {};
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    for (const QJsonValue& definition : QJsonDocument::fromJson(saved.value().toUtf8()).array())
        if (auto built = db.exec(definition.toString().toUtf8().constData()); !built)
            return built;
    if (auto cleared = db.exec("DELETE FROM sync_state WHERE key = 'deferred_indexes'"); !cleared)
        return cleared;
    return tx.value().commit();
}

} // namespace

SyncReport pullChanges(Database& db, const SyncLimits& limits,
                       const std::function<void(const SyncProgress&)>& progress)
{
    SyncReport refused;
    const auto identity = enrolledIdentity(db, &refused);
    if (!identity)
        return refused;
    HubClient client = hubClientFor(*identity);
    const HubReply buckets = client.get(QStringLiteral("/v1/buckets"));
    if (buckets.failure != SyncFailure::None)
        return failed(buckets.failure, buckets.message);
    // The hub is the authority on role and team: a changed role takes effect at the next sync.
    if (auto done =
            writeSyncState(db, QStringLiteral("role"), buckets.body.value(QStringLiteral("role")).toString());
        !done)
        return localFailure(done.error());
    // The hub's serial for this device numbers its field receipts (field/receipts.h).
    if (const qint64 serial = buckets.body.value(QStringLiteral("device_serial")).toInteger(); serial > 0)
        if (auto done = writeSyncState(db, QStringLiteral("device_serial"), QString::number(serial)); !done)
            return localFailure(done.error());
    SyncReport report;
    const QJsonArray list = buckets.body.value(QStringLiteral("buckets")).toArray();
    // Never pulled anything (no cursor yet): this is the first full load.
    auto cursors = db.queryInt("SELECT count(*) FROM sync_state WHERE key LIKE 'cursor:%'");
    if (!cursors)
        return localFailure(cursors.error());
    if (cursors.value() == 0)
        if (auto done = deferIndexes(db); !done)
            return localFailure(done.error());
    // Stop events first, from every bucket: a dispute recorded elsewhere blocks contact here before anything
    // else is read.
    for (const QJsonValue& bucket : list)
        if (!pullStream(db, client, bucket.toString(), true, limits, progress, report))
            return report;
    // Then everything; the global bucket (teams, users, creditors) sorts first, so parents arrive first.
    for (const QJsonValue& bucket : list)
        if (!pullStream(db, client, bucket.toString(), false, limits, progress, report))
            return report;
    if (auto done = rebuildIndexes(db); !done)
        return localFailure(done.error());
    return report;
}

SyncReport syncNow(Database& db, const SyncLimits& limits,
                   const std::function<void(const SyncProgress&)>& progress)
{
    SyncReport pushed = pushOutbox(db, limits, progress);
    SyncReport report = pushed;
    // Leases go back only once the calls made on them are on the hub (the push above).
    if (pushed.ok())
        report = returnLeases(db);
    if (report.ok())
        report = pullChanges(db, limits, progress);
    report.pushed = pushed.pushed;
    report.refused = pushed.refused;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    (void)writeSyncState(db, QStringLiteral("last_attempt_ms"), QString::number(now));
    if (report.ok())
        (void)writeSyncState(db, QStringLiteral("last_success_ms"), QString::number(now));
    (void)writeSyncState(db, QStringLiteral("last_error"), report.message);
    return report;
}

Result<SyncStatus> readSyncStatus(Database& db)
{
    SyncStatus status;
    auto identity = loadSyncIdentity(db);
    if (!identity)
        return identity.error();
    status.enrolled = !identity.value().token.isEmpty();
    status.hub = identity.value().hub.toString();
    status.role = identity.value().role;
    auto pending = db.queryInt("SELECT count(*) FROM sync_outbox");
    auto refused = db.queryInt("SELECT count(*) FROM sync_rejection");
    auto success = readSyncState(db, "last_success_ms");
    auto error = readSyncState(db, "last_error");
    if (!pending || !refused || !success || !error)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the sync state"));
    status.pendingOps = pending.value();
    status.refusedOps = refused.value();
    if (!success.value().isEmpty())
        status.lastSuccess = QDateTime::fromMSecsSinceEpoch(success.value().toLongLong());
    status.lastError = error.value();
    auto leases = heldLeases(db);
    if (!leases)
        return leases.error();
    status.heldLeases = leases.value().count;
    status.leasesUntil = leases.value().until;
    return status;
}

} // namespace collector
