// The lead's conflict inbox: concurrent edits of who a debtor is or how to reach them, which the hub merged
// by clock but a person should confirm. Keeping the merged value closes the entry; choosing the other value
// writes it here as an ordinary change (it wins at the next push) and closes the entry.
#pragma once

#include "sync/syncengine.h"

#include <QJsonValue>
#include <vector>

namespace collector {

struct SyncConflict
{
    qint64 id = 0;
    QString kind; // debtor or contact_point
    QString key;  // the record's id in hex
    QString field;
    QJsonValue kept;  // the value the merge kept
    QJsonValue other; // the concurrent value that lost
    QDateTime at;
};

struct ConflictList
{
    SyncReport status;
    std::vector<SyncConflict> conflicts;
};

ConflictList fetchConflicts(Database& db);
SyncReport resolveConflict(Database& db, const SyncConflict& conflict, bool useOther);

} // namespace collector
