#include "io/csvwriter.h"

namespace collector {

void CsvWriter::row(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        const QString& f = fields[i];
        const bool quote = f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'));
        if (quote) {
            QString escaped = f;
            escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += QLatin1Char('"') + escaped + QLatin1Char('"');
        } else {
            line += f;
        }
    }
    m_body += line.toUtf8() + "\r\n";
}

QByteArray CsvWriter::bytesWithBom() const
{
    return byteOrderMark() + m_body;
}

QString CsvWriter::safeCell(const QString& text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

} // namespace collector
