// Fuzzes the readers of values from lender files: amounts, dates, phone numbers, resident ids, time zones.
#include "domain/money.h"
#include "domain/nationalid.h"
#include "domain/phone.h"
#include "io/importvalues.h"

#include <cstddef>
#include <cstdint>

using namespace collector;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    static const Currency yuan = Currency::fromCode(QStringLiteral("CNY")).value();
    auto money = Money::parse(text, yuan);
    // Whatever parses must print back to the same amount.
    if (money.ok() &&
        Money::parse(money.value().toDecimalString(), yuan).value().minor() != money.value().minor())
        __builtin_trap();
    (void)parseImportDate(text);
    (void)normalizePhone(text, QStringLiteral("CN"));
    (void)isValidChineseResidentId(text);
    (void)maskNationalId(text);
    (void)resolveTimeZone(text, QStringLiteral("US"), text);
    return 0;
}
