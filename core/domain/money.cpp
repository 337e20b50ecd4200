#include "domain/money.h"

#include <QCoreApplication>
#include <QHash>
#include <array>

namespace collector {

namespace {

struct KnownCurrency
{
    const char* code;
    int minorDigits;
};

// ISO 4217 minor units (the standard's "Minor unit" column) for the currencies this product handles.
constexpr std::array kKnown{
    KnownCurrency{"CNY", 2}, KnownCurrency{"USD", 2}, KnownCurrency{"EUR", 2}, KnownCurrency{"GBP", 2},
    KnownCurrency{"HKD", 2}, KnownCurrency{"TWD", 2}, KnownCurrency{"SGD", 2}, KnownCurrency{"MOP", 2},
    KnownCurrency{"JPY", 0}, KnownCurrency{"KRW", 0}, KnownCurrency{"VND", 0}, KnownCurrency{"IDR", 2},
    KnownCurrency{"KWD", 3}, KnownCurrency{"BHD", 3}, KnownCurrency{"PHP", 2}, KnownCurrency{"INR", 2},
};

constexpr qint64 kPowersOfTen[] = {1, 10, 100, 1000};

Error mixed(const Currency& a, const Currency& b)
{
    return makeError(ErrorCode::InvalidArgument,
                     QStringLiteral("cannot combine %1 and %2 amounts").arg(a.code, b.code));
}

} // namespace

bool addMinor(qint64 a, qint64 b, qint64& out)
{
    return !__builtin_add_overflow(a, b, &out);
}

bool subtractMinor(qint64 a, qint64 b, qint64& out)
{
    return !__builtin_sub_overflow(a, b, &out);
}

Result<Currency> Currency::fromCode(const QString& code)
{
    const QString upper = code.trimmed().toUpper();
    for (const KnownCurrency& known : kKnown)
        if (upper == QLatin1String(known.code))
            return Currency{upper, known.minorDigits};
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown currency code"));
}

Result<Money> Money::plus(const Money& other) const
{
    if (!(m_currency == other.m_currency))
        return mixed(m_currency, other.m_currency);
    qint64 sum = 0;
    if (!addMinor(m_minor, other.m_minor, sum))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("amount too large"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money& other) const
{
    if (!(m_currency == other.m_currency))
        return mixed(m_currency, other.m_currency);
    qint64 difference = 0;
    if (!subtractMinor(m_minor, other.m_minor, difference))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("amount too large"));
    return Money(difference, m_currency);
}

Result<Money> Money::parse(const QString& text, const Currency& currency)
{
    // Translated: an import report shows it to the collector in their language (the command line has no
    // translator loaded and stays English).
    auto bad = [](const char* why) {
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("Money", "not an amount: %1")
                                                         .arg(QCoreApplication::translate("Money", why)));
    };
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(QLatin1Char('-'))) {
        negative = true;
        s = s.mid(1).trimmed();
    }
    // Currency signs that lender files put around amounts.
    for (const QString& sign :
         {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("$"), QStringLiteral("US$"),
          QStringLiteral("€"), QStringLiteral("£"), QStringLiteral("RMB")})
        if (s.startsWith(sign))
            s = s.mid(sign.size()).trimmed();
    if (s.endsWith(QStringLiteral("元")))
        s.chop(1);
    if (s.isEmpty())
        return bad(QT_TRANSLATE_NOOP("Money", "empty"));

    const qsizetype point = s.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? s : s.left(point);
    const QString fraction = point < 0 ? QString() : s.mid(point + 1);
    if (whole.isEmpty() || fraction.contains(QLatin1Char('.')) || fraction.contains(QLatin1Char(',')))
        return bad(QT_TRANSLATE_NOOP("Money", "malformed"));
    if (point >= 0 && fraction.isEmpty())
        return bad(QT_TRANSLATE_NOOP("Money", "nothing after the decimal point"));
    if (fraction.size() > currency.minorDigits)
        return bad(QT_TRANSLATE_NOOP("Money", "more decimals than the currency has"));

    // Thousands separators are accepted only where they belong: groups of exactly three digits.
    const QStringList groups = whole.split(QLatin1Char(','));
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString& g = groups[i];
        if (g.isEmpty() || (i > 0 && g.size() != 3) || (i == 0 && groups.size() > 1 && g.size() > 3))
            return bad(QT_TRANSLATE_NOOP("Money", "misplaced thousands separator"));
    }
    qint64 value = 0;
    auto appendDigits = [&](const QString& digits) {
        for (QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
            if (__builtin_mul_overflow(value, qint64{10}, &value) ||
                __builtin_add_overflow(value, qint64{c.unicode() - u'0'}, &value))
                return false;
        }
        return true;
    };
    if (!appendDigits(groups.join(QString())) ||
        !appendDigits(fraction.leftJustified(currency.minorDigits, u'0')))
        return bad(QT_TRANSLATE_NOOP("Money", "not a number, or too large"));
    return Money(negative ? -value : value, currency);
}

QString Money::toDecimalString() const
{
    const qint64 scale = kPowersOfTen[m_currency.minorDigits];
    const quint64 magnitude =
        m_minor < 0 ? 0ULL - static_cast<quint64>(m_minor) : static_cast<quint64>(m_minor);
    QString out = QString::number(magnitude / static_cast<quint64>(scale));
    if (m_currency.minorDigits > 0)
        out += QLatin1Char('.') + QString::number(magnitude % static_cast<quint64>(scale))
                                      .rightJustified(m_currency.minorDigits, u'0');
    return m_minor < 0 ? QLatin1Char('-') + out : out;
}

QString Money::format(const QLocale& locale) const
{
    // Unambiguous signs: "$" alone could be any dollar. Other currencies show their code.
    static const QHash<QString, QString> kSigns{
        {QStringLiteral("CNY"), QStringLiteral("¥")},   {QStringLiteral("USD"), QStringLiteral("US$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},   {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("HKD"), QStringLiteral("HK$")}, {QStringLiteral("JPY"), QStringLiteral("JP¥")}};
    const QString sign = kSigns.value(m_currency.code, m_currency.code + QLatin1Char(' '));
    // QLocale formats through double: exact for any amount below 2^53 minor units (90 trillion yuan).
    const double units =
        static_cast<double>(m_minor) / static_cast<double>(kPowersOfTen[m_currency.minorDigits]);
    return locale.toCurrencyString(units, sign, m_currency.minorDigits);
}

} // namespace collector
