// Reading lender files: bytes to text (UTF-8 with or without BOM, or GB18030/GBK, detected or chosen), the
// delimiter (comma, semicolon or tab, detected), then RFC 4180 records with quoted fields, doubled quotes,
// embedded newlines and CRLF. A malformed record is reported with its line and skipped; the rest still reads.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace collector {

enum class TextEncoding
{
    Utf8,
    Gb18030
};

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadByteOrderMark = false;
};

// `forced` overrides detection. Undecodable bytes are an error naming the first bad byte offset: nothing is
// guessed or replaced.
Result<DecodedText> decodeText(const QByteArray& bytes, std::optional<TextEncoding> forced = std::nullopt);

// The delimiter used most often outside quotes on the first line; a comma when none appears.
QChar detectDelimiter(QStringView text);

struct CsvRecord
{
    QStringList fields;
    int line = 0; // where the record starts, 1-based
};

class CsvReader
{
public:
    CsvReader(QString text, QChar delimiter);

    bool atEnd() const;
    // Characters consumed so far, for progress.
    qsizetype position() const { return m_pos; }
    // The next record, or an error for a malformed one (the reader has moved past it either way).
    Result<CsvRecord> next();

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace collector
