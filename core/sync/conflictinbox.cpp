#include "sync/conflictinbox.h"

#include "store/database.h"
#include "sync/syncschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace collector {

ConflictList fetchConflicts(Database& db)
{
    ConflictList list;
    const auto identity = enrolledIdentity(db, &list.status);
    if (!identity)
        return list;
    HubClient client = hubClientFor(*identity);
    const HubReply reply = client.get(QStringLiteral("/v1/conflicts"));
    if (reply.failure != SyncFailure::None) {
        list.status = SyncReport::failed(reply.failure, reply.message);
        return list;
    }
    for (const QJsonValue& item : reply.body.value(QStringLiteral("conflicts")).toArray()) {
        const QJsonObject o = item.toObject();
        list.conflicts.push_back(
            {o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("kind")).toString(),
             o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("field")).toString(),
             o.value(QStringLiteral("kept")), o.value(QStringLiteral("other")),
             QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)});
    }
    return list;
}

SyncReport resolveConflict(Database& db, const SyncConflict& conflict, bool useOther)
{
    SyncReport refused;
    const auto identity = enrolledIdentity(db, &refused);
    if (!identity)
        return refused;
    if (useOther) {
        // Only a column of a synced table, named by the schema list, is ever written: the hub's text is data.
        const SyncTable* table = findSyncTable(conflict.kind);
        if (!table || !table->isMutable || !table->columns.contains(conflict.field) ||
            table->keyColumns.contains(conflict.field) || table->blobColumns.contains(conflict.field))
            return SyncReport::failed(
                SyncFailure::Refused,
                QCoreApplication::translate("Sync", "This conflict cannot be settled here: %1.%2")
                    .arg(conflict.kind, conflict.field));
        auto stmt = db.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                   .arg(conflict.kind, conflict.field)
                                   .toUtf8()
                                   .constData());
        if (!stmt)
            return SyncReport::localError(stmt.error());
        if (conflict.other.isDouble())
            stmt.value().bind(1, static_cast<qint64>(conflict.other.toDouble()));
        else if (conflict.other.isNull())
            stmt.value().bindNull(1);
        else
            stmt.value().bind(1, conflict.other.toString());
        stmt.value().bind(2, QByteArray::fromHex(conflict.key.toLatin1()));
        if (auto done = stmt.value().run(); !done)
            return SyncReport::localError(done.error());
    }
    HubClient client = hubClientFor(*identity);
    const HubReply reply =
        client.post(QStringLiteral("/v1/conflicts"), {{QStringLiteral("resolve"), conflict.id}});
    if (reply.failure != SyncFailure::None)
        return SyncReport::failed(reply.failure, reply.message);
    return {};
}

} // namespace collector
