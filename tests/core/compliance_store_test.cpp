// The gate on facts read from a real encrypted store: the debtor's zone picks the pack, every collector's
// attempts count, cleared stop events stop counting; a lead's override is stored and audited, a collector's
// is refused; the retention purge removes closed accounts past the pack's years and nothing else.
#include "audit/auditlog.h"
#include "compliance/gate.h"
#include "compliance/override.h"
#include "compliance/retention.h"
#include "compliance/storefacts.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "testsupport.h"
#include "workspace/contactlog.h"

#include <QTimeZone>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

struct Portfolio
{
    Id creditor;
    Id debtor;
    Id account;
    Id otherAccount;
    Id phone;
    Id collectorA;
    Id collectorB;
};

// A New York debtor with two debts at one lender, worked by two collectors.
Portfolio writePortfolio(Database& db, AccountStatus status = AccountStatus::Active, const QString& tag = {})
{
    DomainWriter w(db);
    Portfolio p;
    const qint64 t0 = utc("2026-01-05T15:00:00Z").toMSecsSinceEpoch();
    const Id team = Id::generate(t0);
    REQUIRE(w.write(Team{team, QStringLiteral("East")}));
    p.collectorA = Id::generate(t0);
    p.collectorB = Id::generate(t0);
    REQUIRE(w.write(
        User{p.collectorA, team, QStringLiteral("amy") + tag, QStringLiteral("Amy"), UserRole::Collector}));
    REQUIRE(w.write(
        User{p.collectorB, team, QStringLiteral("ben") + tag, QStringLiteral("Ben"), UserRole::Collector}));
    p.creditor = Id::generate(t0);
    Creditor c;
    c.id = p.creditor;
    c.code = QStringLiteral("ACME") + tag;
    c.name = QStringLiteral("Acme Lending");
    REQUIRE(w.write(c));
    p.debtor = Id::generate(t0);
    Debtor d;
    d.id = p.debtor;
    d.fullName = QStringLiteral("Mary Smith");
    d.language = QStringLiteral("en");
    d.timeZone = QStringLiteral("America/New_York");
    REQUIRE(w.write(d));
    for (Id* account : {&p.account, &p.otherAccount}) {
        *account = Id::generate(t0);
        Account a;
        a.id = *account;
        a.creditorId = p.creditor;
        a.creditorReference = account == &p.account ? QStringLiteral("R-1") : QStringLiteral("R-2");
        a.product = QStringLiteral("card");
        a.currency = Currency::fromCode(QStringLiteral("USD")).value();
        a.originalPrincipalMinor = 150000;
        a.status = status;
        a.teamId = team;
        REQUIRE(w.write(a));
        REQUIRE(w.write(AccountParty{*account, p.debtor, PartyRole::Debtor}));
    }
    p.phone = Id::generate(t0);
    ContactPoint phone;
    phone.id = p.phone;
    phone.debtorId = p.debtor;
    phone.kind = ContactKind::Phone;
    phone.value = QStringLiteral("+12125550123");
    phone.region = QStringLiteral("US");
    phone.timeZone = QStringLiteral("America/New_York");
    phone.createdAtMs = t0;
    REQUIRE(w.write(phone));
    return p;
}

void call(Database& db, const Portfolio& p, const char* at, const Id& account, const Id& collector,
          Outcome outcome = Outcome::NoAnswer)
{
    ContactAttempt a;
    a.id = Id::generate(utc(at).toMSecsSinceEpoch());
    a.accountId = account;
    a.debtorId = p.debtor;
    a.contactPointId = p.phone;
    a.atMs = utc(at).toMSecsSinceEpoch();
    a.outcome = outcome;
    a.rightParty = isRightPartyOutcome(outcome);
    a.collectorId = collector;
    REQUIRE(DomainWriter(db).write(a));
}

GateDecision gate(Database& db, const Portfolio& p, const char* at)
{
    auto input = gateInputFromStore(db, {p.account, p.phone, Channel::Call, utc(at), 0});
    REQUIRE(input);
    return evaluateContact(input.value().pack, input.value().facts);
}

} // namespace

TEST_CASE("The gate reads the store: both collectors' calls count, per debt", "[compliance][store]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Portfolio p = writePortfolio(db);
    // Seven calls on this debt by two collectors, Monday 03-02 to Friday 03-06; two on the other debt.
    for (const char* at :
         {"2026-03-02T15:00:00Z", "2026-03-03T15:00:00Z", "2026-03-04T15:00:00Z", "2026-03-05T15:00:00Z"})
        call(db, p, at, p.account, p.collectorA);
    for (const char* at : {"2026-03-05T18:00:00Z", "2026-03-06T15:00:00Z", "2026-03-06T18:00:00Z"})
        call(db, p, at, p.account, p.collectorB);
    call(db, p, "2026-03-06T19:00:00Z", p.otherAccount, p.collectorB);

    const GateDecision sunday = gate(db, p, "2026-03-08T14:00:00Z");
    CHECK(verdictCode(sunday.verdict) == QLatin1String("blocked"));
    CHECK(sunday.ruleId == QLatin1String("us.regf.7in7"));
    REQUIRE(sunday.reopensAt);
    CHECK(*sunday.reopensAt == utc("2026-03-09T12:00:00Z"));
    // The other debt had one call: it may be called.
    auto other =
        gateInputFromStore(db, {p.otherAccount, p.phone, Channel::Call, utc("2026-03-08T14:00:00Z"), 0});
    REQUIRE(other);
    CHECK(evaluateContact(other.value().pack, other.value().facts).verdict == GateVerdict::Allowed);
    CHECK(other.value().pack.pack == QLatin1String("us")); // from the debtor's zone, the creditor names none
}

TEST_CASE("Stop events from the store block until a cleared event lifts them", "[compliance][store]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Portfolio p = writePortfolio(db);
    StopEvent dispute;
    dispute.id = Id::generate(utc("2026-03-02T15:00:00Z").toMSecsSinceEpoch());
    dispute.debtorId = p.debtor;
    dispute.accountId = p.account;
    dispute.kind = StopKind::Dispute;
    dispute.atMs = utc("2026-03-02T15:00:00Z").toMSecsSinceEpoch();
    dispute.startsOn = QDate(2026, 3, 2);
    REQUIRE(DomainWriter(db).write(dispute));
    const GateDecision held = gate(db, p, "2026-03-09T15:00:00Z");
    CHECK(held.ruleId == QLatin1String("us.stop"));
    CHECK_FALSE(held.reopensAt);
    CHECK(held.overridable);

    StopEvent cleared;
    cleared.id = Id::generate(utc("2026-03-10T15:00:00Z").toMSecsSinceEpoch());
    cleared.debtorId = p.debtor;
    cleared.accountId = p.account;
    cleared.kind = StopKind::Cleared;
    cleared.atMs = utc("2026-03-10T15:00:00Z").toMSecsSinceEpoch();
    cleared.startsOn = QDate(2026, 3, 10);
    cleared.clearsId = dispute.id;
    REQUIRE(DomainWriter(db).write(cleared));
    CHECK(gate(db, p, "2026-03-09T15:00:00Z").ruleId == QLatin1String("us.stop")); // before it was cleared
    CHECK(gate(db, p, "2026-03-10T16:00:00Z").verdict == GateVerdict::Allowed);
}

TEST_CASE("Overrides: a lead with a reason, audited; never a collector or a statutory stay",
          "[compliance][store]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Portfolio p = writePortfolio(db);
    call(db, p, "2026-03-02T15:00:00Z", p.account, p.collectorA, Outcome::RightParty);
    const GateDecision quiet = gate(db, p, "2026-03-04T15:00:00Z");
    REQUIRE(quiet.ruleId == QLatin1String("us.regf.after_conversation"));
    REQUIRE(quiet.overridable);

    OverrideRequest request;
    request.accountId = p.account;
    request.contactPointId = p.phone;
    request.lead = QStringLiteral("lena");
    request.role = UserRole::Collector;
    request.reason = QStringLiteral("Debtor asked by letter for a call on Wednesday");
    request.atMs = utc("2026-03-04T15:00:00Z").toMSecsSinceEpoch();
    CHECK_FALSE(checkOverride(quiet, request)); // a collector may not
    request.role = UserRole::Lead;
    OverrideRequest terse = request;
    terse.reason = QStringLiteral("ok");
    CHECK_FALSE(checkOverride(quiet, terse));

    auto granted = recordOverride(db, profile.profileId(), quiet, QStringLiteral("2021.1"), request);
    REQUIRE(granted);
    CHECK(overrideCovers(db, p.account, p.phone, Channel::Call, quiet.ruleId, request.atMs + 60'000).value());
    CHECK_FALSE(overrideCovers(db, p.account, p.phone, Channel::Call, quiet.ruleId,
                               request.atMs + kOverrideValidMs + 1)
                    .value());
    CHECK_FALSE(
        overrideCovers(db, p.otherAccount, p.phone, Channel::Call, quiet.ruleId, request.atMs).value());
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'override'").value() == 1);
    CHECK(db.queryText("SELECT detail FROM audit_entry WHERE action = 'override'")
              .value()
              .contains(QLatin1String("reason_sha256")));
    CHECK(verifyAudit(db).value().ok());

    GateDecision bankruptcy;
    bankruptcy.verdict = GateVerdict::Blocked;
    bankruptcy.ruleId = QStringLiteral("us.stop");
    bankruptcy.overridable = false;
    CHECK_FALSE(recordOverride(db, profile.profileId(), bankruptcy, QStringLiteral("2021.1"), request));
    CHECK_FALSE(db.exec("DELETE FROM compliance_override"));
}

TEST_CASE("Retention purge removes closed accounts past the pack's years, audited", "[compliance][store]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Portfolio closed = writePortfolio(db, AccountStatus::Settled);
    call(db, closed, "2026-01-06T15:00:00Z", closed.account, closed.collectorA);
    call(db, closed, "2026-01-06T12:00:00Z", closed.otherAccount, closed.collectorB);
    // Events cannot be deleted outside the purge.
    CHECK_FALSE(db.exec("DELETE FROM contact_attempt"));

    // US records are kept three years after the last activity (12 CFR 1006.100(a)).
    auto early =
        purgeExpiredRecords(db, profile.profileId(), QStringLiteral("admin"), utc("2029-01-06T11:59:59Z"));
    REQUIRE(early);
    CHECK(early.value().accounts == 0);
    CHECK(db.queryInt("SELECT count(*) FROM account").value() == 2);

    auto due =
        purgeExpiredRecords(db, profile.profileId(), QStringLiteral("admin"), utc("2029-01-07T00:00:00Z"));
    INFO((due ? QString() : due.error().detail).toStdString());
    REQUIRE(due);
    CHECK(due.value().accounts == 2);
    CHECK(due.value().debtors == 1);
    CHECK(db.queryInt("SELECT count(*) FROM account").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM debtor").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM contact_point").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM contact_attempt").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM retention_purge_active").value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'retention_purge'").value() == 2);
    CHECK(verifyAudit(db).value().ok());
    // And the guard is back.
    const Portfolio again = writePortfolio(db, AccountStatus::Active, QStringLiteral("2"));
    call(db, again, "2026-01-06T15:00:00Z", again.account, again.collectorA);
    CHECK_FALSE(db.exec("DELETE FROM contact_attempt"));
    auto active =
        purgeExpiredRecords(db, profile.profileId(), QStringLiteral("admin"), utc("2040-01-01T00:00:00Z"));
    REQUIRE(active);
    CHECK(active.value().accounts == 0); // active accounts are never purged
}

TEST_CASE("Logging a contact: the gate guards it, and each outcome leaves what it implies",
          "[compliance][store][log]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Portfolio p = writePortfolio(db);
    const auto entryAt = [&](const char* at, Outcome outcome) {
        ContactLogEntry e;
        e.accountId = p.account;
        e.contactPointId = p.phone;
        e.outcome = outcome;
        e.atMs = utc(at).toMSecsSinceEpoch();
        e.collectorId = p.collectorA;
        e.actor = QStringLiteral("amy");
        return e;
    };
    const auto attempts = [&] { return db.queryInt("SELECT count(*) FROM contact_attempt").value(); };

    // 22:30 in New York: an outbound call cannot be logged as made; the debtor's own call can.
    const GateDecision night = gate(db, p, "2026-03-10T02:30:00Z");
    REQUIRE(night.verdict == GateVerdict::Blocked);
    CHECK_FALSE(logContact(db, profile.profileId(), entryAt("2026-03-10T02:30:00Z", Outcome::NoAnswer), night,
                           false));
    CHECK(attempts() == 0);
    ContactLogEntry inbound = entryAt("2026-03-10T02:30:00Z", Outcome::RightParty);
    inbound.direction = Direction::Inbound;
    REQUIRE(logContact(db, profile.profileId(), inbound, night, false));
    CHECK(attempts() == 1);

    // A promise needs its amount and a date within reach; then it is stored with the creditor's grace.
    const char* morning = "2026-03-18T14:00:00Z";
    const GateDecision open = gate(db, p, morning);
    REQUIRE(open.verdict != GateVerdict::Blocked);
    ContactLogEntry promise = entryAt(morning, Outcome::PromiseToPay);
    CHECK_FALSE(logContact(db, profile.profileId(), promise, open, false)); // no amount
    promise.promiseAmount = Money(25000, Currency::fromCode(QStringLiteral("USD")).value());
    promise.promiseDue = QDate(2027, 1, 1);
    CHECK_FALSE(logContact(db, profile.profileId(), promise, open, false)); // beyond 180 days: a plan
    promise.promiseDue = QDate(2026, 3, 25);
    auto promised = logContact(db, profile.profileId(), promise, open, false);
    REQUIRE(promised);
    CHECK_FALSE(promised.value().promiseId.isNull());
    CHECK(db.queryText("SELECT due_on || ' ' || amount_minor || ' ' || grace_days FROM promise").value() ==
          QLatin1String("2026-03-25 25000 3"));

    // A callback goes into the queue's table at its time.
    ContactLogEntry callback = entryAt("2026-03-26T14:00:00Z", Outcome::CallbackRequested);
    callback.callbackAt = utc("2026-03-27T19:00:00Z");
    REQUIRE(logContact(db, profile.profileId(), callback, gate(db, p, "2026-03-26T14:00:00Z"), false));
    CHECK(db.queryInt("SELECT due_at_ms FROM callback").value() ==
          utc("2026-03-27T19:00:00Z").toMSecsSinceEpoch());

    // A dispute creates the stop event (audited) and the gate blocks the next call.
    auto disputed = logContact(db, profile.profileId(), entryAt("2026-04-06T14:00:00Z", Outcome::Dispute),
                               gate(db, p, "2026-04-06T14:00:00Z"), false);
    REQUIRE(disputed);
    CHECK(db.queryInt("SELECT count(*) FROM audit_entry WHERE action = 'stop_event'").value() == 1);
    CHECK(gate(db, p, "2026-04-20T14:00:00Z").ruleId == QLatin1String("us.stop"));

    // A wrong number is marked so that nobody dials it again.
    ContactLogEntry wrong = entryAt("2026-04-06T15:00:00Z", Outcome::WrongNumber);
    wrong.accountId = p.otherAccount;
    REQUIRE(logContact(db, profile.profileId(), wrong, GateDecision{}, false));
    CHECK(db.queryInt("SELECT do_not_contact FROM contact_point").value() == 1);
    CHECK(verifyAudit(db).value().ok());
}
