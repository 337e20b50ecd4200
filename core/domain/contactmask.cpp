#include "domain/contactmask.h"

#include "domain/phone.h"

namespace collector {

QString maskEmail(const QString& email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QStringLiteral("***");
    return email.left(1) + QStringLiteral("***") + email.mid(at);
}

QString maskContactValue(ContactKind kind, const QString& value)
{
    switch (kind) {
    case ContactKind::Phone:
        return maskPhone(value);
    case ContactKind::Email:
        return maskEmail(value);
    case ContactKind::Address:
        // The first few characters say which address it is (a city, a district) without the house.
        return value.left(value.size() > 8 ? 6 : 2) + QStringLiteral(" ***");
    }
    return QStringLiteral("***");
}

} // namespace collector
