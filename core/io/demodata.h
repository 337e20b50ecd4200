// The raw material of the demo portfolio: names, cities (with their dialling codes and time zones),
// creditors and products. Invented lenders; real numbering plans and zones so every rule sees real data.
#pragma once

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
// Mobile prefixes in service: CN 1[3-9]x ranges; US numbers use the city's area code.
std::span<const char* const> chineseMobilePrefixes();

} // namespace collector::demo
