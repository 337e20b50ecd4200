#include "io/csvreader.h"

#include <QStringDecoder>

namespace collector {

namespace {

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

// The offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
// nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int min = 0;
        if ((lead & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
        } else {
            return i;
        }
        unsigned int cp = lead & (0x7Fu >> (extra + 1));
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

} // namespace

Result<DecodedText> decodeText(const QByteArray& bytes, std::optional<TextEncoding> forced)
{
    DecodedText out;
    QByteArray body = bytes;
    if (body.startsWith(kUtf8Bom)) {
        out.hadByteOrderMark = true;
        body = body.mid(kUtf8Bom.size());
        if (!forced)
            forced = TextEncoding::Utf8;
    }
    const qsizetype badUtf8 = firstInvalidUtf8(body);
    const TextEncoding encoding =
        forced ? *forced : (badUtf8 < 0 ? TextEncoding::Utf8 : TextEncoding::Gb18030);
    out.encoding = encoding;
    if (encoding == TextEncoding::Utf8) {
        if (badUtf8 >= 0)
            return makeError(
                ErrorCode::InvalidArgument,
                QStringLiteral("the file is not valid UTF-8 (first bad byte at offset %1); if it is "
                               "GB18030/GBK, say so with --encoding gb18030")
                    .arg(badUtf8 + (out.hadByteOrderMark ? 3 : 0)));
        out.text = QString::fromUtf8(body);
        return out;
    }
    QStringDecoder decoder("GB18030", QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("GB18030 decoding is not available"));
    out.text = decoder.decode(body);
    if (decoder.hasError() || out.text.contains(QChar::ReplacementCharacter))
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the file is neither valid UTF-8 nor valid GB18030; save it as UTF-8 and "
                           "import again"));
    return out;
}

QChar detectDelimiter(QStringView text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return QLatin1Char('\t');
    if (semicolon > comma)
        return QLatin1Char(';');
    return QLatin1Char(',');
}

CsvReader::CsvReader(QString text, QChar delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter)
{}

bool CsvReader::atEnd() const
{
    return m_pos >= m_text.size();
}

Result<CsvRecord> CsvReader::next()
{
    CsvRecord record;
    record.line = m_line;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool malformed = false;
    QString problem;
    const qsizetype n = m_text.size();
    while (m_pos < n) {
        const QChar c = m_text[m_pos++];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (m_pos < n && m_text[m_pos] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++m_pos;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == m_delimiter) {
            record.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && m_pos < n && m_text[m_pos] == QLatin1Char('\n'))
                ++m_pos;
            ++m_line;
            record.fields << field;
            if (malformed)
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("line %1: %2").arg(record.line).arg(problem));
            return record;
        } else if (c == QLatin1Char('"')) {
            if (field.isEmpty() && !fieldWasQuoted) {
                inQuotes = true;
                fieldWasQuoted = true;
            } else if (!malformed) {
                malformed = true;
                problem = QStringLiteral(
                    "a quote inside an unquoted field (quote the whole field and double the quote)");
            }
        } else {
            if (fieldWasQuoted && !malformed) {
                malformed = true;
                problem = QStringLiteral("text after the closing quote of a field");
            }
            field += c;
        }
    }
    if (inQuotes)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("line %1: a quoted field is never closed").arg(record.line));
    record.fields << field;
    if (malformed)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("line %1: %2").arg(record.line).arg(problem));
    return record;
}

} // namespace collector
