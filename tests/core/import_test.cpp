// Importing lender files: a nasty file set built here (GB18030 with Chinese headers, BOM, semicolons, tabs,
// quoted newlines, a bad row of every kind), exact reports, idempotent re-import, updates as adjustments,
// payments that settle promises.
#include "domain/ledger.h"
#include "domain/records.h"
#include "io/csvexport.h"
#include "io/csvreader.h"
#include "io/fileimport.h"
#include "profile/profile.h"
#include "store/domainwriter.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

const QDate kToday(2026, 11, 23);

QByteArray gb18030(const QString& text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

// Line numbers are those of the file; the quoted address of HT001 spans lines 2-3.
const QString kChineseFile =
    QStringLiteral("合同号,姓名,身份证号,手机号,本金,利息,罚息,逾期日期,产品,地址\r\n"
                   "HT001,张伟,11010519491231002X,13812345678,\"12,345.67\",100.00,50,2026-09-01,现金贷,"
                   "\"北京市海淀区\r\n中关村大街27号\"\r\n"
                   "HT002,李娜,,139 1234 5678,8000,0,0,2026/10/15,消费分期,上海市\r\n"
                   "HT003,,,13712345670,5000,0,0,2026-10-01,现金贷,\r\n"
                   "HT004,王芳,110105194912310021,13712345678,5000,0,0,2026-10-01,现金贷,\r\n"
                   "HT005,赵强,,12345,5000,0,0,2026-10-01,现金贷,\r\n"
                   "HT006,刘洋,,13612345678,\"1,23.45\",0,0,2026-10-01,现金贷,\r\n"
                   "\r\n"
                   "HT007,陈静,,13512345678,5000,0,0,2026-13-01,现金贷,\r\n"
                   "HT008,杨磊,,13412345678,5000,0,0,2099-01-01,现金贷,\r\n"
                   "HT009,\"黄\"\"小\"\"明\",,13312345678,3000,0,0,20260801,信用卡,\r\n"
                   "HT010,周杰,,13212345678,abc,0,0,2026-10-01,现金贷,\r\n");

struct Fixture
{
    QTemporaryDir tmp;
    Profile profile = test::freshProfile(tmp);
    Database& db() { return profile.database(); }

    ImportSummary placements(const QByteArray& bytes, QJsonObject mapping = {},
                             QString currency = QStringLiteral("CNY"))
    {
        ImportOptions options;
        options.creditorCode = QStringLiteral("HXCF");
        options.today = kToday;
        options.mapping = mapping;
        options.defaultCurrency = currency;
        auto result = importPlacements(db(), bytes, QStringLiteral("placement.csv"), options);
        if (!result.ok())
            FAIL(result.error().detail.toStdString());
        return result.value();
    }
    ImportSummary payments(const QByteArray& bytes)
    {
        ImportOptions options;
        options.creditorCode = QStringLiteral("HXCF");
        options.today = kToday;
        auto result = importPayments(db(), bytes, QStringLiteral("payments.csv"), options);
        if (!result.ok())
            FAIL(result.error().detail.toStdString());
        return result.value();
    }
    qint64 count(const char* sql) { return db().queryInt(sql).value(); }
};

QStringList rejectedLines(const ImportSummary& s)
{
    QStringList out;
    for (const RejectedRow& r : s.rejected)
        out << QStringLiteral("%1 %2 %3").arg(r.line).arg(r.reference, r.field);
    return out;
}

} // namespace

TEST_CASE("csv: quotes, doubled quotes, embedded newlines, CRLF and a record left open", "[csv]")
{
    CsvReader reader(QStringLiteral("a,\"b,1\",\"c\"\"d\"\r\n\"multi\nline\",x\rlast,\"open"),
                     QLatin1Char(','));
    auto r1 = reader.next();
    REQUIRE(r1.ok());
    CHECK(r1.value().fields ==
          QStringList{QStringLiteral("a"), QStringLiteral("b,1"), QStringLiteral("c\"d")});
    auto r2 = reader.next();
    REQUIRE(r2.ok());
    CHECK(r2.value().line == 2);
    CHECK(r2.value().fields == QStringList{QStringLiteral("multi\nline"), QStringLiteral("x")});
    // Line 4 opens a quoted field that never closes: one error for the whole record, then the end.
    auto r3 = reader.next();
    REQUIRE_FALSE(r3.ok());
    CHECK(r3.error().detail == QStringLiteral("line 4: a quoted field is never closed"));
    CHECK(reader.atEnd());

    CsvReader bad(QStringLiteral("ok,fine\nbro\"ken,x\nnext,row\n"), QLatin1Char(','));
    CHECK(bad.next().ok());
    auto broken = bad.next();
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().detail.startsWith(QLatin1String("line 2:")));
    auto after = bad.next();
    REQUIRE(after.ok()); // the reader carries on after a bad record
    CHECK(after.value().fields.first() == QStringLiteral("next"));
}

TEST_CASE("csv: encodings and delimiters are detected", "[csv]")
{
    const QString text = QStringLiteral("姓名;本金\n张伟;100\n");
    auto utf8 = decodeText(text.toUtf8());
    REQUIRE(utf8.ok());
    CHECK(utf8.value().encoding == TextEncoding::Utf8);
    auto bom = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    REQUIRE(bom.ok());
    CHECK(bom.value().hadByteOrderMark);
    CHECK(bom.value().text == text);
    auto gb = decodeText(gb18030(text));
    REQUIRE(gb.ok());
    CHECK(gb.value().encoding == TextEncoding::Gb18030);
    CHECK(gb.value().text == text);
    CHECK_FALSE(
        decodeText(gb18030(text), TextEncoding::Utf8).ok()); // forced wrong: a clear error, no mojibake
    CHECK(detectDelimiter(text) == QLatin1Char(';'));
    CHECK(detectDelimiter(u"a\tb\tc") == QLatin1Char('\t'));
    CHECK(detectDelimiter(u"\"x;y\",b,c") == QLatin1Char(','));
}

TEST_CASE("import: a GB18030 file with Chinese headers, exact report of every bad row", "[import]")
{
    Fixture f;
    const ImportSummary s = f.placements(gb18030(kChineseFile));
    CHECK(s.encoding == TextEncoding::Gb18030);
    CHECK(s.rows == 10);
    CHECK(s.created == 3);
    CHECK(s.updated == 0);
    CHECK(rejectedLines(s) == QStringList{
                                  QStringLiteral("5 HT003 debtor_name"),
                                  QStringLiteral("6 HT004 national_id"),
                                  QStringLiteral("7 HT005 mobile"),
                                  QStringLiteral("8 HT006 principal"),
                                  QStringLiteral("10 HT007 due_date"),
                                  QStringLiteral("11 HT008 due_date"),
                                  QStringLiteral("13 HT010 principal"),
                              });
    CHECK(f.count("SELECT count(*) FROM account") == 3);
    // Nothing of a rejected row was written.
    CHECK(f.count("SELECT count(*) FROM debtor") == 3);
    CHECK(f.db()
              .queryText("SELECT full_name FROM debtor d JOIN account_party p ON p.debtor_id = d.id "
                         "JOIN account a ON a.id = p.account_id WHERE a.creditor_reference = 'HT009'")
              .value() == QStringLiteral("黄\"小\"明"));
    CHECK(f.db()
              .queryText("SELECT value FROM contact_point WHERE kind = 'address' AND value LIKE '北京%'")
              .value() == QStringLiteral("北京市海淀区\r\n中关村大街27号"));
    CHECK(f.db().queryText("SELECT value FROM contact_point WHERE value LIKE '+86139%'").value() ==
          QStringLiteral("+8613912345678"));
    // 12,345.67 + 100.00 + 50 placed for HT001, in fen.
    CHECK(f.count("SELECT sum(amount_minor) FROM ledger_entry e JOIN account a ON a.id = e.account_id "
                  "WHERE a.creditor_reference = 'HT001'") == 1234567 + 10000 + 5000);
    CHECK(f.db().queryText("SELECT stage FROM account WHERE creditor_reference = 'HT001'").value() ==
          QStringLiteral("middle")); // overdue since 1 Sep: 83 days, in the 31-90 band

    // The report a person reads: UTF-8 with BOM, one line per rejected row, no phone numbers in it.
    const QString reportPath = f.tmp.filePath(QStringLiteral("report.csv"));
    REQUIRE(writeRejectReport(reportPath, s).ok());
    const QByteArray report = test::readAll(reportPath);
    CHECK(report.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(report).contains(QStringLiteral("7,HT005,mobile,")));
    CHECK_FALSE(report.contains("12345,"));
    CHECK_FALSE(writeRejectReport(reportPath, s).ok()); // never overwritten
}

TEST_CASE("import: the same file again changes nothing; a corrected row is added", "[import]")
{
    Fixture f;
    f.placements(gb18030(kChineseFile));
    const qint64 entries = f.count("SELECT count(*) FROM ledger_entry");
    const qint64 points = f.count("SELECT count(*) FROM contact_point");
    const ImportSummary again = f.placements(gb18030(kChineseFile));
    CHECK(again.created == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 3);
    CHECK(again.rejected.size() == 7);
    CHECK(f.count("SELECT count(*) FROM ledger_entry") == entries);
    CHECK(f.count("SELECT count(*) FROM contact_point") == points);
    CHECK(f.count("SELECT count(*) FROM placement") == 1);

    QString corrected = kChineseFile;
    corrected.replace(QStringLiteral("HT003,,,"), QStringLiteral("HT003,孙丽,,"));
    const ImportSummary fixed = f.placements(gb18030(corrected));
    CHECK(fixed.created == 1);
    CHECK(fixed.unchanged == 3);
    CHECK(f.count("SELECT count(*) FROM account") == 4);
}

TEST_CASE("import: an updated balance becomes ledger adjustments, history stays", "[import]")
{
    Fixture f;
    f.placements(gb18030(kChineseFile));
    QString updated = kChineseFile;
    updated.replace(QStringLiteral("\"12,345.67\",100.00,50"), QStringLiteral("\"12,000.00\",100.00,80"));
    const ImportSummary s = f.placements(gb18030(updated));
    CHECK(s.updated == 1);
    CHECK(s.unchanged == 2);
    CHECK(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'adjustment'") == 2);
    CHECK(
        f.count(
            "SELECT amount_minor FROM ledger_entry WHERE kind = 'adjustment' AND component = 'principal'") ==
        -34567);
    CHECK(f.count("SELECT amount_minor FROM ledger_entry WHERE kind = 'adjustment' AND component = 'fees'") ==
          3000);
    // Untouched: HT001 placed three components, HT002 and HT009 principal only (no interest or fees).
    CHECK(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'placement'") == 3 + 1 + 1);
}

TEST_CASE("import: UTF-8 with BOM, semicolons, English headers, US dates and states", "[import]")
{
    Fixture f;
    const QByteArray file =
        QByteArray("\xEF\xBB\xBF") +
        QStringLiteral("Account Number;Name;Mobile;State;Principal;Interest;Fees;Due Date;Currency\n"
                       "US1;Mary Smith;(212) 555-1234;NY;1,234.56;0;0;03/15/2026;USD\n"
                       "US2;John Lee;415 867 5309;CA;500;10.5;0;25/3/2026;USD\n"
                       "US3;Ann Wu;312 555 0100;XX;500;0;0;2026-03-01;USD\n")
            .toUtf8();
    const ImportSummary s = f.placements(file);
    CHECK(s.encoding == TextEncoding::Utf8);
    CHECK(s.delimiter == QLatin1Char(';'));
    CHECK(s.created == 2);
    CHECK(rejectedLines(s) == QStringList{QStringLiteral("4 US3 time_zone")});
    CHECK(f.db().queryText("SELECT time_zone FROM debtor WHERE full_name = 'John Lee'").value() ==
          QStringLiteral("America/Los_Angeles"));
    CHECK(f.db()
              .queryText("SELECT due_on FROM account_due d JOIN account a ON a.id = d.account_id "
                         "WHERE a.creditor_reference = 'US1'")
              .value() == QStringLiteral("2026-03-15"));
    CHECK(f.db()
              .queryText("SELECT due_on FROM account_due d JOIN account a ON a.id = d.account_id "
                         "WHERE a.creditor_reference = 'US2'")
              .value() == QStringLiteral("2026-03-25"));
}

TEST_CASE("import: a mapping names columns our synonyms do not know; a missing column is named", "[import]")
{
    Fixture f;
    const QByteArray file = QStringLiteral("Loan Ref\tBorrower\tCell No\tOutstanding\tMissed Since\n"
                                           "M1\t郑爽\t13812345679\t900.00\t2026-11-01\n")
                                .toUtf8();
    ImportOptions options;
    options.creditorCode = QStringLiteral("HXCF");
    options.today = kToday;
    auto refused = importPlacements(f.db(), file, QStringLiteral("x.tsv"), options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QLatin1String("no column for creditor_reference")));
    CHECK(f.count("SELECT count(*) FROM account") == 0);

    const QJsonObject mapping{{QStringLiteral("creditor_reference"), QStringLiteral("Loan Ref")},
                              {QStringLiteral("debtor_name"), QStringLiteral("Borrower")},
                              {QStringLiteral("mobile"), QStringLiteral("Cell No")},
                              {QStringLiteral("principal"), QStringLiteral("Outstanding")},
                              {QStringLiteral("due_date"), QStringLiteral("Missed Since")}};
    const ImportSummary s = f.placements(file, mapping);
    CHECK(s.delimiter == QLatin1Char('\t'));
    CHECK(s.created == 1);
}

TEST_CASE("import: payment files settle once, whatever is imported twice", "[import]")
{
    Fixture f;
    f.placements(gb18030(kChineseFile));
    const QByteArray file = QStringLiteral("合同号,还款金额,还款日期,交易流水号,还款渠道\n"
                                           "HT001,1000.00,2026-11-01,T1,alipay\n"
                                           "HT001,1000.00,2026-11-01,T1,alipay\n"
                                           "HT002,250,2026-11-02,T2,bank_transfer\n"
                                           "NOPE,10,2026-11-02,T3,cash\n"
                                           "HT002,-5,2026-11-02,T4,cash\n"
                                           "HT002,5,2026-12-02,T5,cash\n")
                                .toUtf8();
    const ImportSummary s = f.payments(file);
    CHECK(s.created == 2);
    CHECK(s.unchanged == 1);
    CHECK(rejectedLines(s) == QStringList{QStringLiteral("5 NOPE creditor_reference"),
                                          QStringLiteral("6 HT002 amount"),
                                          QStringLiteral("7 HT002 paid_on")});
    const ImportSummary again = f.payments(file);
    CHECK(again.created == 0);
    CHECK(again.unchanged == 3);
    CHECK(f.count("SELECT count(*) FROM ledger_entry WHERE kind = 'payment'") == 2);

    // The export derives balances through the ledger: HT001 paid 1000.00 of 12,495.67.
    const QString out = f.tmp.filePath(QStringLiteral("accounts.csv"));
    auto rows = exportCsv(f.db(), ExportKind::Accounts, out, kToday);
    REQUIRE(rows.ok());
    CHECK(rows.value() == 3);
    const QString csv = QString::fromUtf8(test::readAll(out));
    CHECK(csv.contains(QStringLiteral(
        "HXCF,HT001,现金贷,CNY,12345.67,11495.67,11495.67,0.00,0.00,1000.00,2026-09-01,83,middle")));
    CHECK_FALSE(exportCsv(f.db(), ExportKind::Accounts, out, kToday).ok()); // never overwrites
}

TEST_CASE("import: a payment file settles the promise it covers", "[import]")
{
    Fixture f;
    f.placements(gb18030(kChineseFile));
    auto find = f.db().prepare("SELECT id FROM account WHERE creditor_reference = 'HT002'");
    REQUIRE(find.ok());
    REQUIRE(find.value().step().value());
    const Id account = Id::fromBytes(find.value().blob(0));
    REQUIRE_FALSE(account.isNull());
    // 300.00 promised on 1 Nov for 10 Nov, three days' grace.
    DomainWriter writer(f.db());
    const Currency cny = Currency::fromCode(QStringLiteral("CNY")).value();
    REQUIRE(writer
                .write(PromiseRecord{Id::generate(1),
                                     account,
                                     {},
                                     Money(30000, cny),
                                     QDate(2026, 11, 1),
                                     QDate(2026, 11, 10),
                                     3,
                                     1,
                                     {},
                                     {},
                                     0})
                .ok());
    auto statusOf = [&](const char* name) {
        const QString out = f.tmp.filePath(QString::fromLatin1(name));
        REQUIRE(exportCsv(f.db(), ExportKind::Promises, out, kToday).ok());
        return QString::fromUtf8(test::readAll(out));
    };
    CHECK(statusOf("before.csv")
              .contains(QStringLiteral("HT002,2026-11-01,2026-11-10,3,300.00,CNY,0.00,broken")));
    // The lender's file arrives on 23 Nov with a payment made on 12 Nov, inside the grace days.
    const ImportSummary s =
        f.payments(QStringLiteral("合同号,还款金额,还款日期,交易流水号\nHT002,300,2026-11-12,T9\n").toUtf8());
    CHECK(s.created == 1);
    CHECK(statusOf("after.csv")
              .contains(QStringLiteral("HT002,2026-11-01,2026-11-10,3,300.00,CNY,300.00,kept")));
}
