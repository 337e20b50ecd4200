#include "io/importvalues.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace collector {

QDate parseImportDate(const QString& text)
{
    const QString s = text.trimmed();
    static const QRegularExpression ymd(QStringLiteral(R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    static const QRegularExpression chinese(QStringLiteral(R"(^(\d{4})年(\d{1,2})月(\d{1,2})日$)"));
    static const QRegularExpression slashYearLast(QStringLiteral(R"(^(\d{1,2})/(\d{1,2})/(\d{4})$)"));
    for (const QRegularExpression* re : {&ymd, &compact, &chinese}) {
        const auto m = re->match(s);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    const auto m = slashYearLast.match(s);
    if (m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        // Month first (US files) unless the first number cannot be a month.
        return first > 12 ? QDate(year, second, first) : QDate(year, first, second);
    }
    return {};
}

namespace {

struct Zone
{
    const char* key;
    const char* zone;
};

// Each state's zone where most of its people live (IANA tz database; split states take the majority zone).
const Zone kUsStates[] = {
    {"AL", "America/Chicago"},     {"AK", "America/Anchorage"},   {"AZ", "America/Phoenix"},
    {"AR", "America/Chicago"},     {"CA", "America/Los_Angeles"}, {"CO", "America/Denver"},
    {"CT", "America/New_York"},    {"DE", "America/New_York"},    {"DC", "America/New_York"},
    {"FL", "America/New_York"},    {"GA", "America/New_York"},    {"HI", "Pacific/Honolulu"},
    {"ID", "America/Boise"},       {"IL", "America/Chicago"},     {"IN", "America/Indiana/Indianapolis"},
    {"IA", "America/Chicago"},     {"KS", "America/Chicago"},     {"KY", "America/New_York"},
    {"LA", "America/Chicago"},     {"ME", "America/New_York"},    {"MD", "America/New_York"},
    {"MA", "America/New_York"},    {"MI", "America/Detroit"},     {"MN", "America/Chicago"},
    {"MS", "America/Chicago"},     {"MO", "America/Chicago"},     {"MT", "America/Denver"},
    {"NE", "America/Chicago"},     {"NV", "America/Los_Angeles"}, {"NH", "America/New_York"},
    {"NJ", "America/New_York"},    {"NM", "America/Denver"},      {"NY", "America/New_York"},
    {"NC", "America/New_York"},    {"ND", "America/Chicago"},     {"OH", "America/New_York"},
    {"OK", "America/Chicago"},     {"OR", "America/Los_Angeles"}, {"PA", "America/New_York"},
    {"RI", "America/New_York"},    {"SC", "America/New_York"},    {"SD", "America/Chicago"},
    {"TN", "America/Chicago"},     {"TX", "America/Chicago"},     {"UT", "America/Denver"},
    {"VT", "America/New_York"},    {"VA", "America/New_York"},    {"WA", "America/Los_Angeles"},
    {"WV", "America/New_York"},    {"WI", "America/Chicago"},     {"WY", "America/Denver"},
    {"PR", "America/Puerto_Rico"},
};

} // namespace

QString resolveTimeZone(const QString& explicitZone, const QString& region, const QString& stateOrProvince)
{
    const QString zone = explicitZone.trimmed();
    if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone.toLatin1()))
        return zone;
    if (!zone.isEmpty())
        return {}; // a zone column with a wrong value is an error for the row, not something to guess past
    const QString state = stateOrProvince.trimmed();
    if (region == QLatin1String("CN")) {
        // China keeps one civil time; Xinjiang's own (Urumqi) time is widely used there.
        return state.startsWith(QStringLiteral("新疆")) ? QStringLiteral("Asia/Urumqi")
                                                        : QStringLiteral("Asia/Shanghai");
    }
    if (region == QLatin1String("US")) {
        for (const Zone& z : kUsStates)
            if (state.compare(QLatin1String(z.key), Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(z.zone);
    }
    return {};
}

} // namespace collector
