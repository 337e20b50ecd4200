#include "profile/workstationsettings.h"

#include "store/database.h"

namespace collector {

Result<int> idleLockMinutes(Database& db)
{
    auto value = db.queryText("SELECT value FROM settings WHERE key = 'idle_lock_minutes'");
    if (!value)
        return value.error();
    bool ok = false;
    const int minutes = value.value().toInt(&ok);
    if (!ok || minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return 10; // a damaged value must not disable the lock
    return minutes;
}

Status setIdleLockMinutes(Database& db, int minutes, qint64 nowMs)
{
    if (minutes < kMinIdleLockMinutes || minutes > kMaxIdleLockMinutes)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("idle lock must be between %1 and %2 minutes")
                             .arg(kMinIdleLockMinutes)
                             .arg(kMaxIdleLockMinutes));
    auto upsert =
        db.prepare("INSERT INTO settings (key, value, updated_at_ms) VALUES ('idle_lock_minutes', ?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                   "updated_at_ms = excluded.updated_at_ms");
    if (!upsert)
        return upsert.error();
    upsert.value().bind(1, QString::number(minutes)).bind(2, nowMs);
    return upsert.value().run();
}

} // namespace collector
