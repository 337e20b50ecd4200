// One workstation's sync with the hub: enrolment, then push (the outbox, in batches of at most 1,000
// operations or 1 MiB, stop events first) and pull (each bucket page by page, every page applied together
// with its cursor in one local transaction, so a kill at any point resumes exactly where it stopped).
#pragma once

#include "common/result.h"
#include "sync/hubclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <functional>
#include <optional>

namespace collector {

class Database;

struct SyncIdentity
{
    QUrl hub;
    QByteArray caPem;
    QByteArray token;
    QString deviceId;
    QString userId; // 32 hex digits, as app_user.id in hex
    QString role;
};

// One value of sync_state (empty when unset), and setting one; shared by sync, offline packs and the panel.
Result<QString> readSyncState(Database& db, const char* key);
Status writeSyncState(Database& db, const QString& key, const QString& value);
// Whether this workstation was ever enrolled with a hub (it has the hub's address).
Result<bool> isEnrolled(Database& db);

// Empty hub URL when the workstation was never enrolled.
Result<SyncIdentity> loadSyncIdentity(Database& db);

struct SyncProgress
{
    QString phase; // "push" or "pull"
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown (pull)
};

struct SyncReport
{
    SyncFailure failure = SyncFailure::None;
    QString message;
    qint64 pushed = 0;
    qint64 refused = 0; // rejected or quarantined by the hub (kept in sync_rejection)
    qint64 pulled = 0;
    bool ok() const { return failure == SyncFailure::None; }
    static SyncReport failed(SyncFailure failure, const QString& message);
    // The store failed: the sentence for it, with the store's own detail.
    static SyncReport localError(const Error& error);
};

// The enrolled identity, or why there is none (a store failure, or Unauthorized) in *failure.
std::optional<SyncIdentity> enrolledIdentity(Database& db, SyncReport* failure);
HubClient hubClientFor(const SyncIdentity& identity);

struct SyncLimits
{
    int maxOps = 1000;
    qint64 maxBytes = 1024 * 1024;
    int pageSize = 2000;
};

// The next batch the outbox would push, as the hub receives it (tests replay it; the panel counts it).
Result<QJsonArray> peekOutboxBatch(Database& db, const SyncLimits& limits = {});

// Exchanges a one-time code for a device token, stored in the encrypted store with the hub's address and CA.
SyncReport enrolWorkstation(Database& db, const QUrl& hub, const QByteArray& caPem, const QString& code,
                            const QString& label);
SyncReport pushOutbox(Database& db, const SyncLimits& limits = {},
                      const std::function<void(const SyncProgress&)>& progress = {});
SyncReport pullChanges(Database& db, const SyncLimits& limits = {},
                       const std::function<void(const SyncProgress&)>& progress = {});
// Push, then pull; records the time and the outcome in sync_state.
SyncReport syncNow(Database& db, const SyncLimits& limits = {},
                   const std::function<void(const SyncProgress&)>& progress = {});

struct SyncStatus
{
    bool enrolled = false;
    QString hub;
    QString role;
    qint64 pendingOps = 0;
    qint64 refusedOps = 0;
    QDateTime lastSuccess; // invalid when never
    QString lastError;     // empty after a success
    int heldLeases = 0;    // contact-budget leases this workstation holds: it works offline on them
    QDate leasesUntil;     // the last local day they cover
};
Result<SyncStatus> readSyncStatus(Database& db);

} // namespace collector
