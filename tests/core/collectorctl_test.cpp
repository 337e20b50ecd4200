// collectorctl as a person or a script runs it: exit codes per kind of failure, one sentence on stderr,
// nothing written when something is wrong.
#include "audit/auditlog.h"
#include "profile/profile.h"
#include "store/database.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

struct Run
{
    int exitCode;
    QString out;
    QString err;
};

// How long a collectorctl run may take before the test calls it hung. Generous: with 60 s, the 30,000-row
// import test (25 s alone, Debug) failed on this 2-core machine while a clean build ran beside the suite.
constexpr int kHungAfterMs = 300'000;

Run collectorctl(const QStringList& args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStringLiteral(COLLECTORCTL_PATH), args);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(kHungAfterMs));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

struct Fixture
{
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("profile"));
    QString pass = tmp.filePath(QStringLiteral("pass"));
    QString wrong = tmp.filePath(QStringLiteral("wrong"));
    QString newPass = tmp.filePath(QStringLiteral("new"));

    Fixture()
    {
        test::writeAll(pass, "collectorctl test passphrase\n");
        test::writeAll(wrong, "not the right passphrase\n");
        test::writeAll(newPass, "a brand new passphrase\n");
    }
    QStringList profileArgs(const char* command, const QString& passFile) const
    {
        return {QString::fromLatin1(command), QStringLiteral("--profile"), dir,
                QStringLiteral("--passphrase-file"), passFile};
    }
    // A new profile with the demo portfolio as it stands on 2026-11-23.
    void createDemo(int accounts) const
    {
        REQUIRE(collectorctl(profileArgs("init", pass)).exitCode == 0);
        QStringList demo = profileArgs("demo", pass);
        demo << QStringLiteral("--accounts") << QString::number(accounts) << QStringLiteral("--as-of")
             << QStringLiteral("2026-11-23");
        REQUIRE(collectorctl(demo).exitCode == 0);
    }
};

} // namespace

TEST_CASE("collectorctl init, verify, passwd, rekey and backup succeed with exit 0", "[cli]")
{
    Fixture f;
    Run init = collectorctl(f.profileArgs("init", f.pass));
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QLatin1String("Created profile")));
    CHECK(collectorctl(f.profileArgs("verify", f.pass)).exitCode == 0);

    QStringList backup = f.profileArgs("backup", f.pass);
    backup << QStringLiteral("--out") << f.tmp.filePath(QStringLiteral("b.db"));
    CHECK(collectorctl(backup).exitCode == 0);
    Run again = collectorctl(backup);
    CHECK(again.exitCode == 9);

    CHECK(collectorctl(f.profileArgs("rekey", f.pass)).exitCode == 0);
    QStringList passwd = f.profileArgs("passwd", f.pass);
    passwd << QStringLiteral("--new-passphrase-file") << f.newPass;
    CHECK(collectorctl(passwd).exitCode == 0);
    CHECK(collectorctl(f.profileArgs("verify", f.pass)).exitCode == 3);
    CHECK(collectorctl(f.profileArgs("verify", f.newPass)).exitCode == 0);
}

TEST_CASE("collectorctl failures: one sentence on stderr, a distinct exit code, no bytes changed", "[cli]")
{
    Fixture f;
    REQUIRE(collectorctl(f.profileArgs("init", f.pass)).exitCode == 0);
    const QByteArray storeBefore = test::fileSha256(Profile::storePath(f.dir));
    const QByteArray keyBefore = test::fileSha256(Profile::keyPath(f.dir));

    Run wrong = collectorctl(f.profileArgs("verify", f.wrong));
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err.count(QLatin1Char('\n')) == 1);
    CHECK(wrong.err.contains(QLatin1String("passphrase is not correct")));
    CHECK_FALSE(wrong.err.contains(QLatin1String("not the right passphrase"))); // never echo a secret

    CHECK(collectorctl(f.profileArgs("init", f.pass)).exitCode == 9);
    CHECK(collectorctl({QStringLiteral("verify"), QStringLiteral("--profile"),
                        f.tmp.filePath(QStringLiteral("no")), QStringLiteral("--passphrase-file"), f.pass})
              .exitCode == 10);
    CHECK(test::fileSha256(Profile::storePath(f.dir)) == storeBefore);
    CHECK(test::fileSha256(Profile::keyPath(f.dir)) == keyBefore);

    test::writeAll(Profile::keyPath(f.dir), "{\"format\": \"something else\"}");
    CHECK(collectorctl(f.profileArgs("verify", f.pass)).exitCode == 5);
    QFile::remove(Profile::keyPath(f.dir));
    CHECK(collectorctl(f.profileArgs("verify", f.pass)).exitCode == 4);
}

TEST_CASE("collectorctl verify reports a flipped byte in a page as tampering, exit 7", "[cli]")
{
    Fixture f;
    REQUIRE(collectorctl(f.profileArgs("init", f.pass)).exitCode == 0);
    {
        auto profile = Profile::open(f.dir, test::passphrase("collectorctl test passphrase"));
        REQUIRE(profile.ok());
        Database& db = profile.value().database();
        REQUIRE(
            db.exec("CREATE TABLE filler (b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                    "FROM n WHERE i < 300) INSERT INTO filler SELECT randomblob(500) FROM n;")
                .ok());
    }
    test::flipByte(Profile::storePath(f.dir), 12 * 4096 + 2000);
    Run verify = collectorctl(f.profileArgs("verify", f.pass));
    CHECK(verify.exitCode == 7);
    CHECK(verify.err.contains(QLatin1String("integrity check")));
}

TEST_CASE("collectorctl takes no passphrase on the command line and explains its usage", "[cli]")
{
    Fixture f;
    Run run = collectorctl({QStringLiteral("init"), QStringLiteral("--profile"), f.dir,
                            QStringLiteral("--passphrase"), QStringLiteral("secret123456")});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(f.dir));
    CHECK(collectorctl({QStringLiteral("frobnicate")}).exitCode == 2);
    Run version = collectorctl({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("collectorctl " COLLECTOR_VERSION));
    Run help = collectorctl({QStringLiteral("--help")});
    CHECK(help.out.contains(QLatin1String("Exit codes")));
}

TEST_CASE("collectorctl import killed mid-file keeps whole parts, and the same import then completes",
          "[cli][import]")
{
    Fixture f;
    REQUIRE(collectorctl(f.profileArgs("init", f.pass)).exitCode == 0);
    constexpr int kRows = 30'000;
    QByteArray csv = "reference,name,mobile,principal,due_date\n";
    for (int i = 0; i < kRows; ++i)
        csv += "K" + QByteArray::number(i) + ",测试" + QByteArray::number(i) + ",138" +
               QByteArray::number(10'000'000 + i) + ",1000.00,2026-10-01\n";
    const QString file = f.tmp.filePath(QStringLiteral("big.csv"));
    test::writeAll(file, csv);
    QStringList args{QStringLiteral("import"),
                     QStringLiteral("placements"),
                     file,
                     QStringLiteral("--profile"),
                     f.dir,
                     QStringLiteral("--passphrase-file"),
                     f.pass,
                     QStringLiteral("--creditor"),
                     QStringLiteral("K"),
                     QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-23")};

    QProcess import;
    import.start(QStringLiteral(COLLECTORCTL_PATH), args);
    REQUIRE(import.waitForStarted());
    // The first progress line is printed after the first part has committed.
    QByteArray progress;
    REQUIRE(test::waitUntil(
        [&] {
            progress += import.readAllStandardError();
            return progress.contains("import:") || import.state() == QProcess::NotRunning;
        },
        kHungAfterMs));
    import.kill();
    import.waitForFinished();

    qint64 committed = 0;
    {
        auto profile = Profile::open(f.dir, test::passphrase("collectorctl test passphrase"));
        REQUIRE(profile.ok());
        committed = profile.value().database().queryInt("SELECT count(*) FROM account").value();
        // Whole parts of 1,000 rows, never a part of one: each account comes with its debtor and ledger.
        CHECK(committed % 1000 == 0);
        CHECK(committed < kRows); // the kill landed mid-file
        CHECK(profile.value().database().queryInt("SELECT count(*) FROM debtor").value() == committed);
        CHECK(profile.value().database().queryInt("SELECT count(*) FROM ledger_entry").value() == committed);
    }
    Run again = collectorctl(args);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("%1 added").arg(kRows - committed)));
    CHECK(again.out.contains(QStringLiteral("%1 unchanged").arg(committed)));
}

namespace {

Run collectorctlWithInput(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(COLLECTORCTL_PATH), args);
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(kHungAfterMs));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject jsonOf(const Run& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("collectorctl plan answers a schedule as JSON, with decimal strings", "[cli][plan]")
{
    // 2000 at 10 % a year over 24 months: numpy-financial ipmt/ppmt give 16.67 interest and 75.62 principal
    // first.
    const Run run = collectorctlWithInput(
        {QStringLiteral("plan")},
        R"({"currency":"CNY","principal":"2000","annual_rate_percent":"10","method":"annuity","term":24,
            "start_date":"2026-01-31","day_count":"periodic","rounding":"half_up"})");
    REQUIRE(run.exitCode == 0);
    const QJsonObject answer = jsonOf(run);
    const QJsonArray instalments = answer.value(QStringLiteral("instalments")).toArray();
    REQUIRE(instalments.size() == 24);
    const QJsonObject first = instalments.first().toObject();
    CHECK(first.value(QStringLiteral("interest")).toString() == QStringLiteral("16.67"));
    CHECK(first.value(QStringLiteral("principal")).toString() == QStringLiteral("75.62"));
    CHECK(first.value(QStringLiteral("due_date")).toString() ==
          QStringLiteral("2026-02-28")); // month end kept
    CHECK(instalments.last().toObject().value(QStringLiteral("balance")).toString() ==
          QStringLiteral("0.00"));
    CHECK(answer.value(QStringLiteral("apr_percent")).toString().startsWith(QLatin1String("10.0")));
}

TEST_CASE("collectorctl plan and apr report bad requests by field, with a non-zero exit", "[cli][plan]")
{
    const Run badRate = collectorctlWithInput(
        {QStringLiteral("plan")},
        R"({"principal":"100","annual_rate_percent":5,"term":3,"start_date":"2026-01-01"})");
    CHECK(badRate.exitCode == 2);
    const QJsonObject error = jsonOf(badRate).value(QStringLiteral("error")).toObject();
    CHECK(error.value(QStringLiteral("field")).toString() == QStringLiteral("annual_rate_percent"));
    CHECK(error.value(QStringLiteral("code")).toString() == QStringLiteral("invalid_field"));

    const Run missing =
        collectorctlWithInput({QStringLiteral("plan")}, R"({"principal":"100","annual_rate_percent":"5"})");
    CHECK(
        jsonOf(missing).value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
        QStringLiteral("term"));
    const Run badDeferral = collectorctlWithInput(
        {QStringLiteral("plan")},
        R"({"principal":"100","annual_rate_percent":"5","term":3,"start_date":"2026-01-01","deferral":{"periods":1,"interest":"forgive"}})");
    CHECK(jsonOf(badDeferral)
              .value(QStringLiteral("error"))
              .toObject()
              .value(QStringLiteral("field"))
              .toString() == QStringLiteral("deferral"));
    const Run noSign = collectorctlWithInput(
        {QStringLiteral("apr")},
        R"({"method":"xirr","advances":[{"date":"2026-01-01","amount":"0"}],"payments":[{"date":"2026-02-01","amount":"5"}]})");
    CHECK(noSign.exitCode == 2);
    CHECK(collectorctlWithInput({QStringLiteral("apr")}, "[1,2,3]").exitCode == 2);
}

TEST_CASE("collectorctl apr chooses the unit period as Appendix J says", "[cli][apr]")
{
    // Built from 1 % a month: 1000 advanced, 1015.05 repaid a month and a half later (see plan_test.cpp).
    const Run run =
        collectorctlWithInput({QStringLiteral("apr")},
                              R"({"method":"us_actuarial","advances":[{"date":"2026-01-10","amount":"1000"}],
            "payments":[{"date":"2026-02-25","amount":"1015.05"}],"unit_period":"month"})");
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).value(QStringLiteral("apr_percent")).toString() == QStringLiteral("12.0000"));
}

TEST_CASE("collectorctl payoff quotes principal plus interest to the date", "[cli][payoff]")
{
    // 10,000.00 at 7.3 % act/365 is 2.00 a day; 1,060.00 paid on day 30; quote on day 40 (see plan_test.cpp).
    const Run run = collectorctlWithInput(
        {QStringLiteral("payoff")},
        R"({"currency":"CNY","principal":"10000","annual_rate_percent":"7.3","term":12,"start_date":"2026-01-15",
            "day_count":"act/365","payments_made":[{"date":"2026-02-14","amount":"1060"}],"payoff_date":"2026-02-24"})");
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).value(QStringLiteral("payoff_amount")).toString() == QStringLiteral("9018.00"));
    CHECK(jsonOf(run).value(QStringLiteral("interest")).toString() == QStringLiteral("18.00"));
}

TEST_CASE("collectorctl plan settles for a discounted amount and says what is waived", "[cli][plan]")
{
    const Run run = collectorctlWithInput(
        {QStringLiteral("plan")},
        R"({"principal":"10000","annual_rate_percent":"12","term":1,"start_date":"2026-01-15",
            "method":"settlement","settlement_amount":"7000"})");
    REQUIRE(run.exitCode == 0);
    CHECK(jsonOf(run).value(QStringLiteral("waived")).toString() == QStringLiteral("3000.00"));
    CHECK(jsonOf(run).value(QStringLiteral("total_payment")).toString() == QStringLiteral("7000.00"));
    CHECK_FALSE(jsonOf(run).contains(QStringLiteral("apr_percent"))); // no rate of charge on a settlement
}

TEST_CASE("collectorctl records its actions and audit verify catches tampering, exit 7", "[cli][audit]")
{
    Fixture f;
    REQUIRE(collectorctl(f.profileArgs("init", f.pass)).exitCode == 0);
    QStringList exportArgs = f.profileArgs("export", f.pass);
    exportArgs.insert(1, QStringLiteral("accounts"));
    exportArgs << QStringLiteral("--out") << f.tmp.filePath(QStringLiteral("a.csv"));
    REQUIRE(collectorctl(exportArgs).exitCode == 0);
    REQUIRE(collectorctl(f.profileArgs("rekey", f.pass)).exitCode == 0);

    QStringList verify = f.profileArgs("audit", f.pass);
    verify.insert(1, QStringLiteral("verify"));
    const Run ok = collectorctl(verify);
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QLatin1String("2 entries")));
    QStringList list = f.profileArgs("audit", f.pass);
    list.insert(1, QStringLiteral("list"));
    const Run listed = collectorctl(list);
    CHECK(listed.out.contains(QLatin1String("export")));
    CHECK(listed.out.contains(QLatin1String("key_rotated")));
    {
        auto profile = Profile::open(f.dir, test::passphrase("collectorctl test passphrase"));
        REQUIRE(profile.ok());
        REQUIRE(profile.value()
                    .database()
                    .exec("DROP TRIGGER audit_entry_no_update;"
                          "UPDATE audit_entry SET detail = '{\"kind\":\"attempts\",\"rows\":0}' "
                          "WHERE seq = 1")
                    .ok());
    }
    const Run broken = collectorctl(verify);
    CHECK(broken.exitCode == 7);
    CHECK(broken.err.contains(QLatin1String("entry 1 was altered after it was written")));
}

TEST_CASE("collectorctl compliance check answers the issue's scenario shape", "[cli][compliance]")
{
    // Los Angeles debtor with a New York number, who asked for 10:00-19:00 and no e-mail, had a conversation
    // on Thursday 2026-03-05: Regulation F's seven days are 03-05..03-11, so the next call is Thursday
    // 2026-03-12 at 10:00 Pacific daylight time (17:00Z).
    const Run run = collectorctlWithInput({QStringLiteral("compliance"), QStringLiteral("check")},
                                          R"({"pack":"us","at":"2026-03-09T13:30:00Z","channel":"call",
            "debtor":{"address_time_zone":"America/Los_Angeles","preferences":{"not_before":"10:00",
              "not_after":"19:00","no_channels":["email"]},"stop_events":[]},
            "contact_point":{"kind":"phone","value":"+12125550123","do_not_contact":false,"consent":true},
            "history":[{"at":"2026-03-05T18:00:00Z","channel":"call","direction":"outbound",
              "outcome":"right_party","conversation":true,"contact_point":"+12125550123"}]})");
    REQUIRE(run.exitCode == 0);
    const QJsonObject answer = jsonOf(run);
    CHECK(answer.value(QStringLiteral("decision")).toString() == QStringLiteral("blocked"));
    CHECK(answer.value(QStringLiteral("rule")).toString() == QStringLiteral("us.preferences"));
    CHECK(answer.value(QStringLiteral("reopens_at")).toString() == QStringLiteral("2026-03-12T17:00:00Z"));
    CHECK(answer.value(QStringLiteral("reason")).toString().contains(QLatin1String("2026-03-12 10:00")));

    const Run bad = collectorctlWithInput({QStringLiteral("compliance"), QStringLiteral("check")},
                                          R"({"pack":"us","at":"yesterday","channel":"call"})");
    CHECK(bad.exitCode == 2);
    CHECK(jsonOf(bad).value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString() ==
          QStringLiteral("at"));

    const Run packs = collectorctlWithInput({QStringLiteral("compliance"), QStringLiteral("packs")}, "");
    REQUIRE(packs.exitCode == 0);
    QStringList names;
    for (const QJsonValue& p : jsonOf(packs).value(QStringLiteral("packs")).toArray())
        names << p.toObject().value(QStringLiteral("pack")).toString() + QLatin1Char(' ') +
                     p.toObject().value(QStringLiteral("effective_from")).toString();
    CHECK(names == QStringList{QStringLiteral("cn 2025-02-28"), QStringLiteral("cn 2026-01-30"),
                               QStringLiteral("uk 2021-05-04"), QStringLiteral("us 2021-11-30")});
}

TEST_CASE("collectorctl compliance purge removes closed demo accounts past retention and audits it",
          "[cli][compliance]")
{
    Fixture f;
    REQUIRE(collectorctl(f.profileArgs("init", f.pass)).exitCode == 0);
    QStringList demo = f.profileArgs("demo", f.pass);
    demo << QStringLiteral("--accounts") << QStringLiteral("60") << QStringLiteral("--as-of")
         << QStringLiteral("2026-11-23");
    REQUIRE(collectorctl(demo).exitCode == 0);
    qint64 closedBefore = 0;
    qint64 activeBefore = 0;
    {
        auto profile = Profile::open(f.dir, test::passphrase("collectorctl test passphrase"));
        REQUIRE(profile.ok());
        // The demo's accounts are all being worked; a third of them are settled here, as a lender would.
        REQUIRE(profile.value().database().exec("UPDATE account SET status = 'settled' WHERE rowid % 3 = 0"));
        closedBefore = profile.value()
                           .database()
                           .queryInt("SELECT count(*) FROM account WHERE status <> 'active'")
                           .value();
        activeBefore = profile.value()
                           .database()
                           .queryInt("SELECT count(*) FROM account WHERE status = 'active'")
                           .value();
    }
    REQUIRE(closedBefore > 0);
    // Nothing is old enough today.
    QStringList today = f.profileArgs("compliance", f.pass);
    today.insert(1, QStringLiteral("purge"));
    today << QStringLiteral("--as-of") << QStringLiteral("2026-11-23");
    const Run none = collectorctl(today);
    REQUIRE(none.exitCode == 0);
    CHECK(none.out.contains(QLatin1String("Purged 0 closed accounts")));
    // Twenty years on, every closed account has passed both packs' periods; active ones stay.
    QStringList later = f.profileArgs("compliance", f.pass);
    later.insert(1, QStringLiteral("purge"));
    later << QStringLiteral("--as-of") << QStringLiteral("2046-11-23");
    const Run purged = collectorctl(later);
    REQUIRE(purged.exitCode == 0);
    CHECK(purged.out.contains(QStringLiteral("Purged %1 closed accounts").arg(closedBefore)));
    auto profile = Profile::open(f.dir, test::passphrase("collectorctl test passphrase"));
    REQUIRE(profile.ok());
    Database& db = profile.value().database();
    CHECK(db.queryInt("SELECT count(*) FROM account WHERE status <> 'active'").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM account").value() == activeBefore);
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'retention_purge'").value() == 2);
    CHECK(db.queryInt("SELECT count(*) FROM pragma_foreign_key_check").value() == 0);
    CHECK(verifyAudit(db).value().ok());
}

TEST_CASE("collectorctl queue prints a collector's queue with reasons, as JSON", "[cli][queue]")
{
    Fixture f;
    f.createDemo(80);
    QStringList args = f.profileArgs("queue", f.pass);
    args << QStringLiteral("--collector") << QStringLiteral("u00002") << QStringLiteral("--at")
         << QStringLiteral("2026-11-23T02:00:00Z") << QStringLiteral("--json");
    const Run run = collectorctl(args);
    REQUIRE(run.exitCode == 0);
    const QJsonArray accounts = jsonOf(run).value(QStringLiteral("accounts")).toArray();
    REQUIRE_FALSE(accounts.isEmpty());
    for (const QJsonValue& a : accounts) {
        const QJsonObject o = a.toObject();
        CHECK_FALSE(o.value(QStringLiteral("reasons")).toArray().isEmpty());
        CHECK_FALSE(o.value(QStringLiteral("group")).toString().isEmpty());
    }
    // Positions count up and groups never go back.
    const QStringList groups{QStringLiteral("callback_due"),
                             QStringLiteral("promise_due_today"),
                             QStringLiteral("promise_broken_yesterday"),
                             QStringLiteral("new_placement"),
                             QStringLiteral("missed_instalment"),
                             QStringLiteral("scored"),
                             QStringLiteral("not_now")};
    int last = 0;
    for (const QJsonValue& a : accounts) {
        const int g =
            static_cast<int>(groups.indexOf(a.toObject().value(QStringLiteral("group")).toString()));
        CHECK(g >= last);
        last = g;
    }
    QStringList unknown = f.profileArgs("queue", f.pass);
    unknown << QStringLiteral("--collector") << QStringLiteral("nobody");
    CHECK(collectorctl(unknown).exitCode == 2);
}

TEST_CASE("collectorctl users: the workstation's user, role changes by an admin only, each audited",
          "[cli][users]")
{
    Fixture f;
    REQUIRE(collectorctl(f.profileArgs("init", f.pass)).exitCode == 0);
    QStringList demo = f.profileArgs("demo", f.pass);
    demo << QStringLiteral("--accounts") << QStringLiteral("20");
    REQUIRE(collectorctl(demo).exitCode == 0);
    auto users = [&](const QStringList& more) {
        QStringList args = f.profileArgs("users", f.pass);
        args.insert(1, more.first());
        return collectorctl(args + more.mid(1));
    };
    const QStringList login{QStringLiteral("--login")};

    // The demo's first team: lead u00001, collectors from u00002; one admin.
    Run listed = users({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    QMap<QString, QString> roles;
    for (const QJsonValue& u : jsonOf(listed).value(QStringLiteral("users")).toArray())
        roles.insert(u[QStringLiteral("login")].toString(), u[QStringLiteral("role")].toString());
    CHECK(roles.value(QStringLiteral("u00001")) == QLatin1String("lead"));
    CHECK(roles.value(QStringLiteral("u00002")) == QLatin1String("collector"));
    CHECK(roles.value(QStringLiteral("admin")) == QLatin1String("admin"));

    // Nobody signed in: role changes are refused; the first assignment is open.
    Run refused = users({QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("u00003"),
                         QStringLiteral("--role"), QStringLiteral("lead")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("assign it to an admin first")));
    REQUIRE(users({QStringLiteral("assign-device"), QStringLiteral("--login"), QStringLiteral("admin")})
                .exitCode == 0);
    REQUIRE(users({QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("u00003"),
                   QStringLiteral("--role"), QStringLiteral("lead")})
                .exitCode == 0);
    // The last admin cannot give the role away; an unknown login and role are named.
    Run last = users({QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("admin"),
                      QStringLiteral("--role"), QStringLiteral("collector")});
    CHECK(last.exitCode == 2);
    CHECK(last.err.contains(QLatin1String("last admin")));
    CHECK(users({QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("zz"),
                 QStringLiteral("--role"), QStringLiteral("lead")})
              .exitCode == 2);
    CHECK(users({QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("u00004"),
                 QStringLiteral("--role"), QStringLiteral("boss")})
              .exitCode == 2);
    // The admin hands the workstation to a collector, who cannot hand it on nor change roles.
    REQUIRE(users({QStringLiteral("assign-device"), QStringLiteral("--login"), QStringLiteral("u00002")})
                .exitCode == 0);
    CHECK(users({QStringLiteral("assign-device"), QStringLiteral("--login"), QStringLiteral("u00004")})
              .exitCode == 2);
    CHECK(users({QStringLiteral("set-role"), QStringLiteral("--login"), QStringLiteral("u00004"),
                 QStringLiteral("--role"), QStringLiteral("lead")})
              .exitCode == 2);
    listed = users({QStringLiteral("list")});
    CHECK(listed.out.contains(QLatin1String("u00002")));
    CHECK(listed.out.contains(QLatin1String("(this workstation)")));

    auto profile = Profile::open(f.dir, test::passphrase("collectorctl test passphrase"));
    REQUIRE(profile.ok());
    Database& db = profile.value().database();
    CHECK(db.queryText("SELECT role FROM app_user WHERE login = 'u00003'").value() == QLatin1String("lead"));
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'device_user_set'").value() == 2);
    CHECK(db.queryText("SELECT actor || ' ' || detail FROM audit_entry WHERE action = 'role_changed'")
              .value() == QLatin1String("admin {\"from\":\"collector\",\"to\":\"lead\"}"));
    CHECK(verifyAudit(db).value().ok());
}

TEST_CASE("collectorctl kpi: the measures as JSON, consistent across teams and collectors", "[cli][kpi]")
{
    Fixture f;
    f.createDemo(80);
    const auto kpi = [&](const QStringList& more) {
        QStringList args = f.profileArgs("kpi", f.pass);
        args << QStringLiteral("--from") << QStringLiteral("2026-10-01") << QStringLiteral("--to")
             << QStringLiteral("2026-11-22") << QStringLiteral("--json") << more;
        const Run run = collectorctl(args);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        return jsonOf(run);
    };
    const QJsonObject all = kpi({});
    const QJsonObject total = all.value(QStringLiteral("total")).toObject();
    // Every account is in exactly one cell of the roll matrix.
    qint64 accounts = 0;
    for (const QJsonValue& row : total.value(QStringLiteral("roll_matrix")).toArray())
        for (const QJsonValue& cell : row.toArray())
            accounts += cell.toInteger();
    CHECK(accounts == 80);
    // The team's calls are its collectors' calls; the demo's teams split the portfolio's.
    const qint64 attempts = total.value(QStringLiteral("attempts")).toInteger();
    CHECK(attempts > 0);
    qint64 byCollector = 0;
    for (const QJsonValue& c : all.value(QStringLiteral("collectors")).toArray())
        byCollector += c.toObject()
                           .value(QStringLiteral("measures"))
                           .toObject()
                           .value(QStringLiteral("attempts"))
                           .toInteger();
    CHECK(byCollector == attempts);
    const QJsonObject rate = total.value(QStringLiteral("rpc_per_attempt")).toObject();
    CHECK(rate.value(QStringLiteral("denominator")).toInteger() == attempts);

    // One collector alone: their row is the total.
    const QJsonObject one = kpi({QStringLiteral("--collector"), QStringLiteral("u00002")});
    REQUIRE(one.value(QStringLiteral("collectors")).toArray().size() == 1);
    CHECK(one.value(QStringLiteral("total")).toObject().value(QStringLiteral("attempts")) ==
          one.value(QStringLiteral("collectors"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("measures"))
              .toObject()
              .value(QStringLiteral("attempts")));

    // A target set by the team's lead shows prorated: 31,000.00 for October is the whole of October's.
    QStringList assign = f.profileArgs("users", f.pass);
    assign << QStringLiteral("assign-device") << QStringLiteral("--login") << QStringLiteral("u00001");
    REQUIRE(collectorctl(assign).exitCode == 0);
    QStringList target = f.profileArgs("target", f.pass);
    target << QStringLiteral("--collector") << QStringLiteral("u00002") << QStringLiteral("--month")
           << QStringLiteral("2026-10") << QStringLiteral("--amount") << QStringLiteral("31000.00");
    const Run set = collectorctl(target);
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    QStringList october = f.profileArgs("kpi", f.pass);
    october << QStringLiteral("--from") << QStringLiteral("2026-10-01") << QStringLiteral("--to")
            << QStringLiteral("2026-10-10") << QStringLiteral("--collector") << QStringLiteral("u00002")
            << QStringLiteral("--json");
    const Run tenDays = collectorctl(october);
    REQUIRE(tenDays.exitCode == 0);
    CHECK(jsonOf(tenDays)
              .value(QStringLiteral("total"))
              .toObject()
              .value(QStringLiteral("target"))
              .toObject()
              .value(QStringLiteral("CNY")) == QStringLiteral("10000.00"));

    QStringList backwards = f.profileArgs("kpi", f.pass);
    backwards << QStringLiteral("--from") << QStringLiteral("2026-11-01") << QStringLiteral("--to")
              << QStringLiteral("2026-10-01");
    const Run refused = collectorctl(backwards);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("before --from")));
    QStringList noTeam = f.profileArgs("kpi", f.pass);
    noTeam << QStringLiteral("--from") << QStringLiteral("2026-10-01") << QStringLiteral("--to")
           << QStringLiteral("2026-10-31") << QStringLiteral("--team") << QStringLiteral("Nobody");
    const Run unknown = collectorctl(noTeam);
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no team named")));
}

TEST_CASE("collectorctl field: a day's plan as JSON, chosen accounts, prepared alone; bad input refused",
          "[cli][field]")
{
    Fixture f;
    f.createDemo(400);
    QStringList args = f.profileArgs("field", f.pass);
    args.insert(1, QStringLiteral("plan"));
    args << QStringLiteral("--collector") << QStringLiteral("u00002") << QStringLiteral("--day")
         << QStringLiteral("2026-11-24") << QStringLiteral("--json");
    const Run run = collectorctl(args);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject plan = jsonOf(run);
    const QJsonArray visits = plan.value(QStringLiteral("visits")).toArray();
    REQUIRE_FALSE(visits.isEmpty());
    QString previous;
    QStringList references;
    for (const QJsonValue& v : visits) {
        const QJsonObject o = v.toObject();
        // Planned in order, inside the visit hours of the day, each with its staff and a masked address.
        CHECK(o.value(QStringLiteral("planned_at")).toString() >= previous);
        previous = o.value(QStringLiteral("planned_at")).toString();
        const QString hours = o.value(QStringLiteral("visit_hours")).toString();
        CHECK(o.value(QStringLiteral("local_time")).toString() >= hours.left(5));
        CHECK(o.value(QStringLiteral("local_time")).toString() < hours.mid(6));
        CHECK(o.value(QStringLiteral("staff")).toInt() >= 1);
        CHECK(o.value(QStringLiteral("address")).toString().contains(QLatin1String("***")));
        references << o.value(QStringLiteral("reference")).toString();
    }
    // The same accounts given by hand, and prepared on a workstation without a hub: ready.
    QStringList prepare = f.profileArgs("field", f.pass);
    prepare.insert(1, QStringLiteral("prepare"));
    prepare << QStringLiteral("--collector") << QStringLiteral("u00002") << QStringLiteral("--day")
            << QStringLiteral("2026-11-24") << QStringLiteral("--accounts")
            << references.join(QLatin1Char(',')) << QStringLiteral("--json");
    const Run prepared = collectorctl(prepare);
    INFO(prepared.err.toStdString());
    REQUIRE(prepared.exitCode == 0);
    CHECK(jsonOf(prepared).value(QStringLiteral("ready")).toBool());
    CHECK(jsonOf(prepared).value(QStringLiteral("visits")).toArray().size() == visits.size());
    // Bad input: a day that is no date, an unknown reference, no sub-command.
    QStringList badDay = args;
    badDay[badDay.indexOf(QStringLiteral("2026-11-24"))] = QStringLiteral("24/11/2026");
    CHECK(collectorctl(badDay).exitCode == 2);
    QStringList unknown = prepare;
    unknown[unknown.indexOf(references.join(QLatin1Char(',')))] = QStringLiteral("NO-SUCH-REF");
    const Run refused = collectorctl(unknown);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QLatin1String("NO-SUCH-REF")));
    CHECK(collectorctl({QStringLiteral("field")}).exitCode == 2);
}
