// Money: integer minor units and an ISO 4217 currency. Never a double. Arithmetic across currencies is an
// error, not a conversion; arithmetic that would overflow is an error, not a wrap.
#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace collector {

struct Currency
{
    QString code; // ISO 4217 alphabetic code, e.g. "CNY"
    int minorDigits = 2;

    // Known currencies only; InvalidArgument for anything else.
    static Result<Currency> fromCode(const QString& code);
    friend bool operator==(const Currency&, const Currency&) = default;
};

class Money
{
public:
    Money() = default;
    Money(qint64 minor, Currency currency)
        : m_minor(minor)
        , m_currency(std::move(currency))
    {}

    qint64 minor() const { return m_minor; }
    const Currency& currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }

    Result<Money> plus(const Money& other) const;
    Result<Money> minus(const Money& other) const;

    // Parses "1234.56", "1,234.56", "-12.5", "¥1,234.56", "1234" into exact minor units. More decimals than
    // the currency has, stray characters or misplaced separators are an error (nothing is rounded silently).
    static Result<Money> parse(const QString& text, const Currency& currency);
    // "1234.56": the plain decimal form used in files and JSON.
    QString toDecimalString() const;
    // "¥1,234.56" / "US$1,234.56" as the locale writes it.
    QString format(const QLocale& locale) const;

    friend bool operator==(const Money&, const Money&) = default;

private:
    qint64 m_minor = 0;
    Currency m_currency;
};

// Checked int64 helpers: false on overflow.
bool addMinor(qint64 a, qint64 b, qint64& out);
bool subtractMinor(qint64 a, qint64 b, qint64& out);

} // namespace collector
