// The demo portfolio: the same seed makes the same book; every number, zone and id in it is valid; the
// money adds up through the real ledger; history sits inside calling hours in the debtor's own time.
#include "domain/ledger.h"
#include "domain/nationalid.h"
#include "domain/phone.h"
#include "domain/promises.h"
#include "io/demogenerator.h"
#include "profile/profile.h"
#include "store/domainwriter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>
#include <map>

using namespace collector;

namespace {

const QDate kAsOf(2026, 11, 23);

Profile demoProfile(const QString& dir, int accounts, quint64 seed)
{
    auto profile =
        Profile::create(dir, test::passphrase("demo test passphrase"), KdfLimits::fastForTestsOnly());
    REQUIRE(profile.ok());
    DemoOptions options;
    options.accounts = accounts;
    options.seed = seed;
    options.asOf = kAsOf;
    options.accountsPerChunk = 97; // several chunks, not a multiple of the total
    qint64 lastProgress = 0;
    auto summary = generateDemoPortfolio(profile.value().database(), options,
                                         [&](qint64 done, qint64) { lastProgress = done; });
    REQUIRE(summary.ok());
    CHECK(summary.value().accounts == accounts);
    CHECK(lastProgress == accounts);
    return std::move(profile.value());
}

// SHA-256 over every row of every domain table in rowid order.
QByteArray digest(Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"team", "app_user", "creditor", "placement", "debtor", "account", "account_due",
                              "account_party", "contact_point", "ledger_entry", "contact_attempt", "promise",
                              "plan", "plan_instalment", "visit", "note", "stop_event"}) {
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY rowid";
        auto stmt = db.prepare(sql.constData());
        REQUIRE(stmt.ok());
        while (stmt.value().step().value())
            for (int c = 0; c < stmt.value().columnCount(); ++c)
                hash.addData(QByteArray(stmt.value().blob(c) + '\x1f'));
        hash.addData(QByteArray(table));
    }
    return hash.result();
}

} // namespace

TEST_CASE("the demo generator is deterministic for a seed", "[demo]")
{
    QTemporaryDir tmp;
    Profile a = demoProfile(tmp.filePath(QStringLiteral("a")), 400, 5);
    Profile b = demoProfile(tmp.filePath(QStringLiteral("b")), 400, 5);
    Profile c = demoProfile(tmp.filePath(QStringLiteral("c")), 400, 6);
    CHECK(digest(a.database()) == digest(b.database()));
    CHECK(digest(a.database()) != digest(c.database()));
}

TEST_CASE("demo data is valid: phones, zones, ids, stages, money, calling hours", "[demo]")
{
    QTemporaryDir tmp;
    Profile profile = demoProfile(tmp.filePath(QStringLiteral("p")), 1500, 11);
    Database& db = profile.database();

    SECTION("every phone is E.164 and libphonenumber agrees with its stored type and region")
    {
        auto phones = db.prepare("SELECT value, phone_type, region FROM contact_point WHERE kind = 'phone'");
        REQUIRE(phones.ok());
        int count = 0;
        int fixed = 0;
        while (phones.value().step().value()) {
            const QString value = phones.value().text(0);
            auto normalized = normalizePhone(value, phones.value().text(2));
            REQUIRE(normalized.ok());
            CHECK(normalized.value().e164 == value);
            CHECK(normalized.value().region == phones.value().text(2));
            fixed += phones.value().text(1) != QLatin1String("mobile") ? 1 : 0;
            ++count;
        }
        CHECK(count > 1500);
        CHECK(fixed > 100);
    }
    SECTION("every time zone is a real IANA zone and every Chinese resident id passes its check")
    {
        auto debtors = db.prepare("SELECT time_zone, national_id, language FROM debtor");
        REQUIRE(debtors.ok());
        std::map<QString, int> zones;
        while (debtors.value().step().value()) {
            CHECK(QTimeZone::isTimeZoneIdAvailable(debtors.value().text(0).toLatin1()));
            ++zones[debtors.value().text(0)];
            if (debtors.value().text(2) == QLatin1String("zh_CN"))
                CHECK(isValidChineseResidentId(debtors.value().text(1)));
        }
        CHECK(zones.size() >= 6); // several US zones plus Shanghai and Urumqi
        CHECK(zones.count(QStringLiteral("Asia/Urumqi")) == 1);
    }
    SECTION("days past due span 1 to 720 and the stage follows them")
    {
        auto dues =
            db.prepare("SELECT a.stage, d.due_on FROM account a JOIN account_due d ON d.account_id = a.id");
        REQUIRE(dues.ok());
        int minDpd = 10'000;
        int maxDpd = 0;
        while (dues.value().step().value()) {
            const int dpd = static_cast<int>(parseDateText(dues.value().text(1)).daysTo(kAsOf));
            minDpd = std::min(minDpd, dpd);
            maxDpd = std::max(maxDpd, dpd);
            const QString expected = dpd <= 30
                                         ? QStringLiteral("early")
                                         : (dpd <= 90 ? QStringLiteral("middle") : QStringLiteral("late"));
            CHECK(dues.value().text(0) == expected);
        }
        CHECK(minDpd >= 1);
        CHECK(maxDpd <= 720);
        CHECK(maxDpd > 500);
    }
    SECTION("every account's ledger computes, in its own currency, to an open balance")
    {
        auto rows = db.prepare("SELECT a.id, a.currency, c.allocation_order, e.id, e.kind, e.component, "
                               "e.amount_minor, e.effective_on, e.recorded_at_ms FROM account a "
                               "JOIN creditor c ON c.id = a.creditor_id "
                               "JOIN ledger_entry e ON e.account_id = a.id ORDER BY a.rowid");
        REQUIRE(rows.ok());
        std::map<QByteArray, std::pair<QString, std::vector<LedgerEntry>>> books;
        std::map<QByteArray, QString> orders;
        while (rows.value().step().value()) {
            auto& book = books[rows.value().blob(0)];
            book.first = rows.value().text(1);
            orders[rows.value().blob(0)] = rows.value().text(2);
            const Currency currency = Currency::fromCode(book.first).value();
            book.second.push_back({Id::fromBytes(rows.value().blob(3)),
                                   *parseCode<LedgerKind>(rows.value().text(4)),
                                   *parseCode<Component>(rows.value().text(5)),
                                   Money(rows.value().int64(6), currency),
                                   parseDateText(rows.value().text(7)),
                                   rows.value().int64(8),
                                   {}});
        }
        CHECK(books.size() == 1500);
        for (const auto& [id, book] : books) {
            auto position = computePosition(book.second, Currency::fromCode(book.first).value(),
                                            AllocationOrder::parse(orders[id]).value());
            REQUIRE(position.ok());
            CHECK(position.value().balanceMinor() > 0);
        }
    }
    SECTION("contact attempts sit between 09:00 and 21:00 in the debtor's time zone")
    {
        auto attempts = db.prepare("SELECT t.at_ms, d.time_zone FROM contact_attempt t JOIN debtor d "
                                   "ON d.id = t.debtor_id");
        REQUIRE(attempts.ok());
        int count = 0;
        while (attempts.value().step().value()) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(
                attempts.value().int64(0), QTimeZone(attempts.value().text(1).toLatin1()));
            CHECK(local.time() >= QTime(9, 0));
            CHECK(local.time() <= QTime(21, 0));
            ++count;
        }
        CHECK(count > 3000);
    }
    SECTION("the outcome mix and the promises look like a collections book")
    {
        const qint64 attempts = db.queryInt("SELECT count(*) FROM contact_attempt").value();
        const qint64 rpc = db.queryInt("SELECT count(*) FROM contact_attempt WHERE right_party = 1").value();
        const qint64 noAnswer =
            db.queryInt("SELECT count(*) FROM contact_attempt WHERE outcome = 'no_answer'").value();
        CHECK(rpc * 100 / attempts >= 15);
        CHECK(rpc * 100 / attempts <= 45);
        CHECK(noAnswer > rpc);
        CHECK(db.queryInt("SELECT count(*) FROM promise").value() > 100);
        CHECK(db.queryInt("SELECT count(*) FROM plan").value() > 10);
        CHECK(db.queryInt("SELECT count(*) FROM stop_event WHERE kind = 'cleared'").value() >= 1);
        CHECK(db.queryInt("SELECT count(*) FROM visit WHERE companion_id IS NOT NULL").value() ==
              db.queryInt("SELECT count(*) FROM visit").value());
    }
}

TEST_CASE("demo data goes only into an empty profile, and events cannot be edited", "[demo]")
{
    QTemporaryDir tmp;
    Profile profile = demoProfile(tmp.filePath(QStringLiteral("p")), 50, 3);
    DemoOptions options;
    options.asOf = kAsOf;
    auto again = generateDemoPortfolio(profile.database(), options);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::InvalidArgument);

    CHECK_FALSE(profile.database().exec("UPDATE ledger_entry SET amount_minor = 1").ok());
    CHECK_FALSE(profile.database().exec("DELETE FROM contact_attempt").ok());
    CHECK_FALSE(profile.database().exec("UPDATE promise SET amount_minor = 1").ok());
    CHECK(profile.database().queryInt("SELECT count(*) FROM contact_attempt").value() > 0);
}
