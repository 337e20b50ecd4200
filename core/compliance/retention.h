// Retention: records are kept as long as the law asks (the pack's years: 3 in the US, 5 in China) after the
// last collection activity on a closed account, and then removed, with one audited purge entry that says how
// much went. Active accounts are never purged. The audit trail itself is kept: it holds ids and codes, no
// personal data, and its chain must stay whole.
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace collector {

class Database;

struct PurgeSummary
{
    int accounts = 0;
    int debtors = 0;
    qint64 rows = 0;
};

Result<PurgeSummary> purgeExpiredRecords(Database& db, const QString& deviceId, const QString& actor,
                                         const QDateTime& now);

} // namespace collector
