#include "domain/phonezones.h"

#include <map>
#include <memory>
#include <mutex>
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

namespace collector {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

struct StateZones
{
    const char* name;
    const char* code;
    QStringList zones;
};

// US states and territories with the IANA zones they span (IANA tz database, zone1970.tab comments).
const std::vector<StateZones>& usStates()
{
    static const std::vector<StateZones> states{
        {"Alabama", "AL", {QStringLiteral("America/Chicago")}},
        {"Alaska", "AK", {QStringLiteral("America/Anchorage"), QStringLiteral("America/Adak")}},
        {"Arizona", "AZ", {QStringLiteral("America/Phoenix")}},
        {"Arkansas", "AR", {QStringLiteral("America/Chicago")}},
        {"California", "CA", {QStringLiteral("America/Los_Angeles")}},
        {"Colorado", "CO", {QStringLiteral("America/Denver")}},
        {"Connecticut", "CT", {QStringLiteral("America/New_York")}},
        {"Delaware", "DE", {QStringLiteral("America/New_York")}},
        {"Washington D.C.", "DC", {QStringLiteral("America/New_York")}},
        {"Florida", "FL", {QStringLiteral("America/New_York"), QStringLiteral("America/Chicago")}},
        {"Georgia", "GA", {QStringLiteral("America/New_York")}},
        {"Hawaii", "HI", {QStringLiteral("Pacific/Honolulu")}},
        {"Idaho", "ID", {QStringLiteral("America/Boise"), QStringLiteral("America/Los_Angeles")}},
        {"Illinois", "IL", {QStringLiteral("America/Chicago")}},
        {"Indiana",
         "IN",
         {QStringLiteral("America/Indiana/Indianapolis"), QStringLiteral("America/Chicago")}},
        {"Iowa", "IA", {QStringLiteral("America/Chicago")}},
        {"Kansas", "KS", {QStringLiteral("America/Chicago"), QStringLiteral("America/Denver")}},
        {"Kentucky", "KY", {QStringLiteral("America/New_York"), QStringLiteral("America/Chicago")}},
        {"Louisiana", "LA", {QStringLiteral("America/Chicago")}},
        {"Maine", "ME", {QStringLiteral("America/New_York")}},
        {"Maryland", "MD", {QStringLiteral("America/New_York")}},
        {"Massachusetts", "MA", {QStringLiteral("America/New_York")}},
        {"Michigan", "MI", {QStringLiteral("America/Detroit"), QStringLiteral("America/Menominee")}},
        {"Minnesota", "MN", {QStringLiteral("America/Chicago")}},
        {"Mississippi", "MS", {QStringLiteral("America/Chicago")}},
        {"Missouri", "MO", {QStringLiteral("America/Chicago")}},
        {"Montana", "MT", {QStringLiteral("America/Denver")}},
        {"Nebraska", "NE", {QStringLiteral("America/Chicago"), QStringLiteral("America/Denver")}},
        {"Nevada", "NV", {QStringLiteral("America/Los_Angeles")}},
        {"New Hampshire", "NH", {QStringLiteral("America/New_York")}},
        {"New Jersey", "NJ", {QStringLiteral("America/New_York")}},
        {"New Mexico", "NM", {QStringLiteral("America/Denver")}},
        {"New York", "NY", {QStringLiteral("America/New_York")}},
        {"North Carolina", "NC", {QStringLiteral("America/New_York")}},
        {"North Dakota", "ND", {QStringLiteral("America/Chicago"), QStringLiteral("America/Denver")}},
        {"Ohio", "OH", {QStringLiteral("America/New_York")}},
        {"Oklahoma", "OK", {QStringLiteral("America/Chicago")}},
        {"Oregon", "OR", {QStringLiteral("America/Los_Angeles"), QStringLiteral("America/Boise")}},
        {"Pennsylvania", "PA", {QStringLiteral("America/New_York")}},
        {"Rhode Island", "RI", {QStringLiteral("America/New_York")}},
        {"South Carolina", "SC", {QStringLiteral("America/New_York")}},
        {"South Dakota", "SD", {QStringLiteral("America/Chicago"), QStringLiteral("America/Denver")}},
        {"Tennessee", "TN", {QStringLiteral("America/Chicago"), QStringLiteral("America/New_York")}},
        {"Texas", "TX", {QStringLiteral("America/Chicago"), QStringLiteral("America/Denver")}},
        {"Utah", "UT", {QStringLiteral("America/Denver")}},
        {"Vermont", "VT", {QStringLiteral("America/New_York")}},
        {"Virginia", "VA", {QStringLiteral("America/New_York")}},
        {"Washington", "WA", {QStringLiteral("America/Los_Angeles")}},
        {"West Virginia", "WV", {QStringLiteral("America/New_York")}},
        {"Wisconsin", "WI", {QStringLiteral("America/Chicago")}},
        {"Wyoming", "WY", {QStringLiteral("America/Denver")}},
        {"Puerto Rico", "PR", {QStringLiteral("America/Puerto_Rico")}},
        {"Guam", "GU", {QStringLiteral("Pacific/Guam")}},
    };
    return states;
}

// Regions whose whole territory keeps one civil time.
const std::map<QString, QString>& singleZoneRegions()
{
    static const std::map<QString, QString> regions{
        {QStringLiteral("CN"), QStringLiteral("Asia/Shanghai")},
        {QStringLiteral("GB"), QStringLiteral("Europe/London")},
        {QStringLiteral("HK"), QStringLiteral("Asia/Hong_Kong")},
        {QStringLiteral("MO"), QStringLiteral("Asia/Macau")},
        {QStringLiteral("TW"), QStringLiteral("Asia/Taipei")},
        {QStringLiteral("SG"), QStringLiteral("Asia/Singapore")},
        {QStringLiteral("IE"), QStringLiteral("Europe/Dublin")},
        {QStringLiteral("DE"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("FR"), QStringLiteral("Europe/Paris")},
        {QStringLiteral("JP"), QStringLiteral("Asia/Tokyo")},
        {QStringLiteral("KR"), QStringLiteral("Asia/Seoul")},
    };
    return regions;
}

QStringList zonesForUsDescription(const QString& description)
{
    // The geocoder says "California" for some area codes and "New York, NY" for others.
    const QString state = description.section(QLatin1Char(','), -1).trimmed();
    for (const auto& s : usStates())
        if (state == QLatin1String(s.code) || state == QLatin1String(s.name))
            return s.zones;
    return {};
}

} // namespace

// Parsing with libphonenumber runs its regular expressions (tens of microseconds a number); the queue asks
// for thousands. Country calling codes are prefix-free, so the code is read off the E.164 digits; only NANP
// numbers need the geocoder, and their state follows from the area code, so answers are kept per "+1NPA".
QStringList phoneTimeZones(const QString& e164)
{
    if (!e164.startsWith(QLatin1Char('+')) || e164.size() < 4)
        return {};
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    QString regionCode;
    for (int digits = 1; digits <= 3 && regionCode.isEmpty(); ++digits) {
        bool ok = false;
        const int code = e164.mid(1, digits).toInt(&ok);
        if (!ok)
            return {};
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region != "ZZ")
            regionCode = QString::fromStdString(region);
    }
    if (regionCode.isEmpty())
        return {};
    if (regionCode !=
        QLatin1String("US")) // +1 answers "US" first; other NANP regions follow from the area code
        if (const auto found = singleZoneRegions().find(regionCode); found != singleZoneRegions().end())
            return {found->second};
    if (!e164.startsWith(QLatin1String("+1")))
        return {};
    static std::mutex lock;
    static std::unique_ptr<PhoneNumberOfflineGeocoder> geocoder;
    static std::map<QString, QStringList> byAreaCode;
    const QString areaKey = e164.left(5);
    std::lock_guard guard(lock);
    if (const auto known = byAreaCode.find(areaKey); known != byAreaCode.end())
        return known->second;
    PhoneNumber number;
    if (util->Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    QStringList zones;
    if (region == "US") {
        // The geocoder loads its tables on first use and is not documented as thread-safe: one, behind the
        // lock.
        if (!geocoder)
            geocoder = std::make_unique<PhoneNumberOfflineGeocoder>();
        zones = zonesForUsDescription(
            QString::fromStdString(geocoder->GetDescriptionForNumber(number, icu::Locale("en", "US"))));
    }
    byAreaCode.emplace(areaKey, zones);
    return zones;
}

} // namespace collector
