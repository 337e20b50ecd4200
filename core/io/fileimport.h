// Importing lender files: placements (new accounts, and updates of known ones as ledger adjustments) and
// payments. Every row is validated; rejected rows are reported with their line and reason and never half
// written; accepted rows commit one part at a time, so a kill leaves whole parts; importing the same file
// again changes nothing.
#pragma once

#include "common/result.h"
#include "io/csvreader.h"
#include "io/importcolumns.h"

#include <QDate>
#include <QJsonObject>
#include <functional>
#include <optional>
#include <vector>

namespace collector {

class Database;

struct ImportOptions
{
    QString creditorCode;
    QJsonObject mapping;                  // field code -> header text, for files our synonyms miss
    std::optional<TextEncoding> encoding; // detected when not set
    QString defaultCurrency = QStringLiteral("CNY");
    QDate today; // decides days past due, stage, and "paid in the future"
    int rowsPerPart = 1000;
};

struct RejectedRow
{
    int line = 0;
    QString reference;
    QString field;
    QString reason;
};

struct ImportSummary
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    std::vector<RejectedRow> rejected;
};

using ImportProgress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;

// What a person needs to map columns before importing: the header cells, how the file was read, and the
// column our synonyms chose for each field (-1 when none).
struct HeaderPreview
{
    QStringList header;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar delimiter;
    std::vector<std::pair<ImportField, int>> suggested;
};
Result<HeaderPreview> previewHeader(const QByteArray& file, std::optional<TextEncoding> encoding,
                                    std::span<const ImportField> fields);

Result<ImportSummary> importPlacements(Database& db, const QByteArray& file, const QString& sourceName,
                                       const ImportOptions& options, const ImportProgress& progress = {});
Result<ImportSummary> importPayments(Database& db, const QByteArray& file, const QString& sourceName,
                                     const ImportOptions& options, const ImportProgress& progress = {});

// The rejected rows as CSV (UTF-8 with BOM, so spreadsheet programs show Chinese text): line, reference,
// field, reason. Refuses to overwrite an existing file.
Status writeRejectReport(const QString& path, const ImportSummary& summary);

} // namespace collector
