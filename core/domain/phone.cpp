#include "domain/phone.h"

#include <QCoreApplication>
#include <phonenumbers/phonenumberutil.h>

namespace collector {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneType typeOf(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::MOBILE:
        return PhoneType::Mobile;
    case PhoneNumberUtil::FIXED_LINE:
        return PhoneType::FixedLine;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return PhoneType::FixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
        return PhoneType::TollFree;
    case PhoneNumberUtil::VOIP:
        return PhoneType::Voip;
    default:
        return PhoneType::Other;
    }
}

} // namespace

Result<NormalizedPhone> normalizePhone(const QString& raw, const QString& defaultRegion)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string input = raw.trimmed().toStdString();
    if (input.empty())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Phone", "phone number is empty"));
    if (util->Parse(input, defaultRegion.toStdString(), &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Phone", "phone number cannot be read"));
    if (!util->IsValidNumber(number))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Phone", "phone number does not exist in its numbering plan"));
    NormalizedPhone out;
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    out.e164 = QString::fromStdString(formatted);
    out.type = typeOf(util->GetNumberType(number));
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    out.region = QString::fromStdString(region);
    return out;
}

QString maskPhone(const QString& e164)
{
    // Keep the country code and the last four digits: enough to tell numbers apart, not to dial.
    if (e164.size() < 8)
        return QStringLiteral("****");
    const QString tail = e164.right(4);
    const int codeLength = e164.startsWith(QLatin1String("+1")) ? 2 : 3;
    return e164.left(codeLength) + QStringLiteral(" **** ") + tail;
}

} // namespace collector
