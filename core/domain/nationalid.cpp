#include "domain/nationalid.h"

#include <QDate>
#include <QStringList>
#include <algorithm>

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

QString maskPersonName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    const bool cjk = trimmed.front().unicode() >= 0x3400 && trimmed.front().unicode() <= 0x9FFF;
    if (cjk) {
        // Two-character surnames stay whole (欧阳, 司马 ...); every other character is masked.
        static const QStringList kCompound{
            QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
            QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
            QStringLiteral("慕容"), QStringLiteral("令狐"), QStringLiteral("司徒"), QStringLiteral("夏侯")};
        const int kept = trimmed.size() > 2 && kCompound.contains(trimmed.left(2)) ? 2 : 1;
        return trimmed.left(kept) + QString(std::max<qsizetype>(1, trimmed.size() - kept), QLatin1Char('*'));
    }
    QStringList parts;
    for (const QString& part : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        parts << part.left(1) + QString(std::max<qsizetype>(1, part.size() - 1), QLatin1Char('*'));
    return parts.join(QLatin1Char(' '));
}

} // namespace collector
