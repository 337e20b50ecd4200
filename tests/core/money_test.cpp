// Ids and money: exact values, no silent rounding, no overflow, no mixing of currencies.
#include "domain/id.h"
#include "domain/kinds.h"
#include "domain/money.h"
#include "domain/nationalid.h"
#include "domain/phone.h"

#include <QLocale>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {
Currency cny()
{
    return Currency::fromCode(QStringLiteral("CNY")).value();
}
} // namespace

TEST_CASE("UUIDv7 layout matches the example of RFC 9562, appendix A.6", "[id]")
{
    // RFC 9562 A.6: unix_ts_ms 0x017F22E279B0, rand_a 0xCC3, rand_b 0x18C4DC0C0C07398F
    //   -> 017F22E2-79B0-7CC3-98C4-DC0C0C07398F
    const Id id = Id::fromParts(0x017F22E279B0LL, 0xCC3, 0x18C4DC0C0C07398FULL);
    CHECK(id.toString() == QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));
    CHECK(id.version() == 7);
    CHECK(id.unixMs() == 0x017F22E279B0LL);
    CHECK(Id::fromString(id.toString()) == id);
    CHECK(Id::fromBytes(id.toBytes()) == id);
    CHECK(Id::fromString(QStringLiteral("not-a-uuid")).isNull());
    CHECK(Id::fromBytes(QByteArray(15, 'x')).isNull());
}

TEST_CASE("generated ids sort by time and do not repeat", "[id]")
{
    const Id a = Id::generate(1'700'000'000'000);
    const Id b = Id::generate(1'700'000'000'001);
    const Id c = Id::generate(1'700'000'000'001);
    CHECK(a < b);
    CHECK(b != c);
    CHECK(a.version() == 7);
}

TEST_CASE("amounts parse exactly, with or without thousands separators and currency signs", "[money]")
{
    const Currency yuan = cny();
    CHECK(Money::parse(QStringLiteral("1,234.56"), yuan).value().minor() == 123456);
    CHECK(Money::parse(QStringLiteral("1234.56"), yuan).value().minor() == 123456);
    CHECK(Money::parse(QStringLiteral("1234"), yuan).value().minor() == 123400);
    CHECK(Money::parse(QStringLiteral("1234.5"), yuan).value().minor() == 123450);
    CHECK(Money::parse(QStringLiteral("-12.5"), yuan).value().minor() == -1250);
    CHECK(Money::parse(QStringLiteral(" ¥1,234,567.01 "), yuan).value().minor() == 123456701);
    CHECK(Money::parse(QStringLiteral("88元"), yuan).value().minor() == 8800);
    CHECK(Money::parse(QStringLiteral("0.01"), yuan).value().minor() == 1);
    const Currency yen = Currency::fromCode(QStringLiteral("jpy")).value();
    CHECK(yen.minorDigits == 0);
    CHECK(Money::parse(QStringLiteral("1,000"), yen).value().minor() == 1000);

    for (const char* bad : {"", "abc", "12.345", "12.", "1,23.45", "1234,56", "1.2.3", "--5", "12,3456",
                            ",123", "1 234", "9223372036854775808", "99999999999999999.99"}) {
        INFO(bad);
        CHECK_FALSE(Money::parse(QString::fromUtf8(bad), yuan).ok());
    }
    CHECK_FALSE(Money::parse(QStringLiteral("10.5"), yen).ok()); // the yen has no minor unit
    CHECK_FALSE(Currency::fromCode(QStringLiteral("XXX")).ok());
}

TEST_CASE("money arithmetic refuses other currencies and overflow", "[money]")
{
    const Money a(150, cny());
    const Money b(250, cny());
    CHECK(a.plus(b).value().minor() == 400);
    CHECK(a.minus(b).value().minor() == -100);
    const Money dollars(100, Currency::fromCode(QStringLiteral("USD")).value());
    auto mixed = a.plus(dollars);
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().code == ErrorCode::InvalidArgument);
    CHECK_FALSE(Money(std::numeric_limits<qint64>::max(), cny()).plus(Money(1, cny())).ok());
    CHECK_FALSE(Money(std::numeric_limits<qint64>::min(), cny()).minus(Money(1, cny())).ok());
}

TEST_CASE("money prints as a plain decimal and as the locale writes it", "[money]")
{
    CHECK(Money(123456, cny()).toDecimalString() == QStringLiteral("1234.56"));
    CHECK(Money(-5, cny()).toDecimalString() == QStringLiteral("-0.05"));
    CHECK(Money(7, Currency::fromCode(QStringLiteral("KWD")).value()).toDecimalString() ==
          QStringLiteral("0.007"));
    CHECK(Money(123456, cny()).format(QLocale(QLocale::English, QLocale::UnitedStates)) ==
          QStringLiteral("¥1,234.56"));
    CHECK(Money(123456, cny()).format(QLocale(QLocale::Chinese, QLocale::China)) ==
          QStringLiteral("¥1,234.56"));
}

TEST_CASE("domain codes round-trip and unknown codes are refused", "[kinds]")
{
    for (const auto& entry : codeTable<Outcome>())
        CHECK(parseCode<Outcome>(codeOf(entry.value)) == entry.value);
    CHECK(codeOf(PartyRole::CoBorrower) == QStringLiteral("co_borrower"));
    CHECK_FALSE(parseCode<Stage>(u"final").has_value());
    CHECK(isRightPartyOutcome(Outcome::PromiseToPay));
    CHECK_FALSE(isRightPartyOutcome(Outcome::ThirdParty));
}

TEST_CASE("phone numbers normalise to E.164 with type and region, or are refused", "[phone]")
{
    // Expected values: libphonenumber's numbering-plan metadata (CN mobile 1[3-9]x, Beijing 010, US NANP).
    auto mobile = normalizePhone(QStringLiteral("138 1234 5678"), QStringLiteral("CN"));
    REQUIRE(mobile.ok());
    CHECK(mobile.value().e164 == QStringLiteral("+8613812345678"));
    CHECK(mobile.value().type == PhoneType::Mobile);
    CHECK(mobile.value().region == QStringLiteral("CN"));

    auto beijing = normalizePhone(QStringLiteral("(010) 6234-5678"), QStringLiteral("CN"));
    REQUIRE(beijing.ok());
    CHECK(beijing.value().e164 == QStringLiteral("+861062345678"));
    CHECK(beijing.value().type == PhoneType::FixedLine);

    auto newYork = normalizePhone(QStringLiteral("(212) 555-1234"), QStringLiteral("US"));
    REQUIRE(newYork.ok());
    CHECK(newYork.value().e164 == QStringLiteral("+12125551234"));
    CHECK(newYork.value().region == QStringLiteral("US"));

    auto international = normalizePhone(QStringLiteral("+1 415 867 5309"), QStringLiteral("CN"));
    REQUIRE(international.ok());
    CHECK(international.value().region == QStringLiteral("US"));

    for (const char* bad : {"", "12345", "138 1234 567", "abc", "+999 123"})
        CHECK_FALSE(normalizePhone(QString::fromLatin1(bad), QStringLiteral("CN")).ok());
    CHECK(maskPhone(QStringLiteral("+8613812345678")) == QStringLiteral("+86 **** 5678"));
    CHECK(maskPhone(QStringLiteral("+12125551234")) == QStringLiteral("+1 **** 1234"));
}

TEST_CASE("Chinese resident id check character follows GB 11643-1999", "[nationalid]")
{
    // The standard's own example number: 11010519491231002X (check character X).
    CHECK(chineseResidentIdCheck(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(isValidChineseResidentId(QStringLiteral("11010519491231002X")));
    CHECK(isValidChineseResidentId(QStringLiteral("11010519491231002x")));
    CHECK_FALSE(isValidChineseResidentId(QStringLiteral("110105194912310021"))); // wrong check character
    CHECK(chineseResidentIdCheck(QStringLiteral("11010519491331002")) == QLatin1Char('1'));
    CHECK_FALSE(isValidChineseResidentId(QStringLiteral("110105194913310021"))); // right check, no 13th month
    CHECK_FALSE(isValidChineseResidentId(QStringLiteral("1101051949123100")));
    CHECK(maskNationalId(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(maskNationalId(QStringLiteral("900-12-3456")) == QStringLiteral("*******3456"));
}

TEST_CASE("names are masked for display: surname kept, the rest starred", "[masking]")
{
    CHECK(maskPersonName(QStringLiteral("张伟")) == QStringLiteral("张*")); // the example issue 5 gives
    CHECK(maskPersonName(QStringLiteral("张小明")) == QStringLiteral("张**"));
    CHECK(maskPersonName(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧阳**"));
    CHECK(maskPersonName(QStringLiteral("欧阳")) ==
          QStringLiteral("欧*")); // a two-character name, not a surname
    CHECK(maskPersonName(QStringLiteral("Mary Smith")) == QStringLiteral("M*** S****"));
    CHECK(maskPersonName(QStringLiteral(" Al ")) == QStringLiteral("A*"));
    CHECK(maskPersonName(QString()).isEmpty());
}
