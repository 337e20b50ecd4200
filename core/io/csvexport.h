// Exports for lenders, auditors and spreadsheets: accounts (with the derived balance and days past due),
// contact attempts, payments and promises (with their evaluated status), as CSV in UTF-8 with BOM.
#pragma once

#include "common/result.h"
#include "domain/codes.h"

#include <QDate>
#include <QString>

namespace collector {

class Database;

enum class ExportKind
{
    Accounts,
    Attempts,
    Payments,
    Promises
};

template <> std::span<const CodeEntry<ExportKind>> codeTable<ExportKind>();

// Writes `path` (refusing to overwrite) and returns the number of data rows. `today` decides days past due
// and which promise windows have closed.
Result<qint64> exportCsv(Database& db, ExportKind kind, const QString& path, QDate today);

} // namespace collector
