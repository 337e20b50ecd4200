// The raw material of the demo portfolio: names, cities (with their dialling codes and time zones),
// creditors and products. Invented lenders; real numbering plans and zones so every rule sees real data.
#pragma once

#include "field/route.h"

#include <span>

namespace collector::demo {

struct City
{
    const char* name;     // as written in the debtor's language
    const char* region;   // ISO 3166-1 country
    const char* province; // province or state
    const char* areaCode; // landline prefix in national format ("010", "212")
    const char* timeZone; // IANA
    const char* districts[4];
    const char* streets[4];
};

struct CreditorSpec
{
    const char* code;
    const char* name;
    const char* region;
    const char* currency;
    const char* allocationOrder;
    int graceDays;
    const char* products[3];
    long long minPrincipalMinor;
    long long maxPrincipalMinor;
};

std::span<const char* const> chineseSurnames();
std::span<const char* const> chineseGivenNameParts();
std::span<const char* const> englishFirstNames();
std::span<const char* const> englishLastNames();
std::span<const City> cities();
std::span<const CreditorSpec> creditors();
// Chinese resident id card region prefixes (6 digits) by city, in the order of cities() for the CN ones.
const char* residentIdRegionPrefix(const City& city);
// A point for an address in district `district` (0-3) of the city: the districts sit about 4 km from the city
// centre in four directions (placed for the demo, not surveyed), the address within 1.5 km of its district's
// point; u and v in [0, 1) choose where.
GeoPoint addressPoint(const City& city, int district, double u, double v);
// Mobile prefixes in service: CN 1[3-9]x ranges; US numbers use the city's area code.
std::span<const char* const> chineseMobilePrefixes();

} // namespace collector::demo
