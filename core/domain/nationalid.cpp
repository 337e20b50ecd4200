#include "domain/nationalid.h"

#include <QDate>

namespace collector {

QChar chineseResidentIdCheck(const QString& first17)
{
    // ISO 7064 MOD 11-2 as GB 11643-1999 applies it: weight of position i is 2^(17-i) mod 11.
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        sum += (c.unicode() - u'0') * kWeights[i];
    }
    return QLatin1Char(kCheck[sum % 11]);
}

bool isValidChineseResidentId(const QString& id)
{
    if (id.size() != 18)
        return false;
    const QChar check = chineseResidentIdCheck(id.left(17));
    if (check.isNull() || id[17].toUpper() != check)
        return false;
    return QDate::fromString(id.mid(6, 8), QStringLiteral("yyyyMMdd")).isValid();
}

QString maskNationalId(const QString& id)
{
    if (id.size() == 18)
        return id.left(6) + QStringLiteral("********") + id.right(4);
    if (id.size() <= 4)
        return QString(id.size(), QLatin1Char('*'));
    return QString(id.size() - 4, QLatin1Char('*')) + id.right(4);
}

} // namespace collector
