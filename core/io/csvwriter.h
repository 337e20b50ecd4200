// Writing CSV that spreadsheet programs open correctly: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
// order mark so Chinese text is not shown as mojibake.
#pragma once

#include <QByteArray>
#include <QStringList>
#include <utility>

namespace collector {

class CsvWriter
{
public:
    void row(const QStringList& fields);
    QByteArray bytesWithBom() const;
    // Hands over what was written so far (for streaming to a file); the BOM is the caller's first write.
    QByteArray takeBody() { return std::exchange(m_body, QByteArray()); }
    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    // Free text (names, notes, addresses) starting with = + - @ gets an apostrophe in front, so a spreadsheet
    // shows it instead of evaluating it as a formula. Not for amounts: "-12.50" must stay a number.
    static QString safeCell(const QString& text);

private:
    QByteArray m_body;
};

} // namespace collector
