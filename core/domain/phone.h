// Phone numbers as the law and the dialler need them: E.164, with the number's type and region, through
// libphonenumber. A number that does not exist in the numbering plan is an error, not a guess.
#pragma once

#include "common/result.h"
#include "domain/kinds.h"

#include <QString>

namespace collector {

struct NormalizedPhone
{
    QString e164; // "+8613812345678"
    PhoneType type = PhoneType::Other;
    QString region; // ISO 3166-1 alpha-2, "CN"
};

// `defaultRegion` ("CN", "US") reads national forms like "010 6234 5678" or "(212) 555-1234".
Result<NormalizedPhone> normalizePhone(const QString& raw, const QString& defaultRegion);

// "+86 138 **** 5678": what a screen shows before the collector reveals the number.
QString maskPhone(const QString& e164);

} // namespace collector
