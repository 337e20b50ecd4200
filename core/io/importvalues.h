// Reading values as lenders write them: dates in the usual forms, and a debtor's time zone from an explicit
// column, a US state or a Chinese province.
#pragma once

#include <QDate>
#include <QString>

namespace collector {

// 2026-03-05, 2026/3/5, 2026.03.05, 20260305, 2026年3月5日, 3/5/2026 (US month first) and 25/3/2026 (day
// first when the first number cannot be a month). An invalid QDate when none fits or the date does not exist.
QDate parseImportDate(const QString& text);

// An IANA zone id if the text names one; else the zone of a US state (postal code) or a Chinese province
// (name, with or without 省/市/自治区); empty when unknown.
QString resolveTimeZone(const QString& explicitZone, const QString& region, const QString& stateOrProvince);

} // namespace collector
