// Fuzzes what a lender file goes through before any row is trusted: decoding (UTF-8/BOM/GB18030), delimiter
// detection, RFC 4180 record splitting and header mapping. Nothing may crash, hang or read out of bounds.
#include "io/csvreader.h"
#include "io/importcolumns.h"

#include <cstddef>
#include <cstdint>

using namespace collector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (auto forced : {std::optional<TextEncoding>{}, std::optional<TextEncoding>{TextEncoding::Gb18030}}) {
        auto decoded = decodeText(bytes, forced);
        if (!decoded.ok())
            continue;
        const QChar delimiter = detectDelimiter(decoded.value().text);
        CsvReader reader(decoded.value().text, delimiter);
        bool first = true;
        qsizetype lastPosition = -1;
        while (!reader.atEnd()) {
            auto record = reader.next();
            if (reader.position() <= lastPosition)
                __builtin_trap(); // the reader must always move forward
            lastPosition = reader.position();
            if (record.ok() && first) {
                static const ImportField kRequired[] = {ImportField::CreditorReference};
                (void)ColumnMap::fromHeader(record.value().fields, {}, kRequired);
                first = false;
            }
        }
    }
    return 0;
}
