// Which column of a lender's file holds which field. Headers are matched against English and Chinese names
// lenders use; a mapping file can name the columns explicitly ({"principal": "Outstanding Principal"}).
#pragma once

#include "common/result.h"
#include "domain/codes.h"

#include <QJsonObject>
#include <QStringList>
#include <map>

namespace collector {

enum class ImportField
{
    CreditorReference,
    DebtorName,
    NationalId,
    BirthDate,
    Mobile,
    Phone2,
    Landline,
    Email,
    Address,
    State,
    TimeZone,
    Product,
    Currency,
    Principal,
    Interest,
    Fees,
    DueDate,
    OpenedOn,
    Language,
    // Payment files
    Amount,
    PaidOn,
    TransactionReference,
    PaymentChannel,
};

template <> std::span<const CodeEntry<ImportField>> codeTable<ImportField>();

// The fields of each kind of file, required ones first.
std::span<const ImportField> placementFields();
std::span<const ImportField> placementRequiredFields();
std::span<const ImportField> paymentFields();
std::span<const ImportField> paymentRequiredFields();

class ColumnMap
{
public:
    // Maps header cells to fields; `explicitMapping` (field code -> header text) takes precedence. Fails when
    // a required field has no column, naming it and the headers that were found.
    static Result<ColumnMap> fromHeader(const QStringList& header, const QJsonObject& explicitMapping,
                                        std::span<const ImportField> required);

    bool has(ImportField field) const { return m_columns.count(field) > 0; }
    // The column index for the field, or -1.
    int columnOf(ImportField field) const
    {
        const auto found = m_columns.find(field);
        return found == m_columns.end() ? -1 : found->second;
    }
    // The trimmed cell for the field, or an empty string when the file has no such column.
    QString value(const QStringList& row, ImportField field) const;

private:
    std::map<ImportField, int> m_columns;
};

} // namespace collector
