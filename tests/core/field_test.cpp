// Field visits on a real encrypted store: receipt numbers, the gate at the door (daytime, two staff), what a
// visit writes (visit, payment with its receipt, promise, stop event, audit), and what it refuses.
#include "audit/auditlog.h"
#include "compliance/rulepack.h"
#include "field/dayplan.h"
#include "field/fieldprep.h"
#include "field/receipts.h"
#include "field/visitlog.h"
#include "field/visitphoto.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTimeZone>
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <cmath>

using namespace collector;

namespace {

qint64 utcMs(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

qint64 count(Database& db, const char* sql)
{
    auto n = db.queryInt(sql);
    REQUIRE(n.ok());
    return n.value();
}

struct Field
{
    Id account;
    Id debtor;
    Id address;
    Id collector;
    Id companion;
};

// A Beijing debtor with one CNY debt at a Chinese lender, their home address in Haidian, two collectors.
Field writeField(Database& db)
{
    DomainWriter w(db);
    Field f;
    const qint64 t0 = utcMs("2026-01-05T02:00:00Z");
    const Id team = Id::generate(t0);
    REQUIRE(w.write(Team{team, QStringLiteral("外访一组")}));
    f.collector = Id::generate(t0);
    f.companion = Id::generate(t0);
    REQUIRE(
        w.write(User{f.collector, team, QStringLiteral("wang"), QStringLiteral("王"), UserRole::Collector}));
    REQUIRE(
        w.write(User{f.companion, team, QStringLiteral("li"), QStringLiteral("李"), UserRole::Collector}));
    Creditor c;
    c.id = Id::generate(t0);
    c.code = QStringLiteral("HUAXIA");
    c.name = QStringLiteral("华夏消费金融");
    REQUIRE(w.write(c));
    Debtor d;
    d.id = f.debtor = Id::generate(t0);
    d.fullName = QStringLiteral("张伟");
    d.language = QStringLiteral("zh");
    d.timeZone = QStringLiteral("Asia/Shanghai");
    REQUIRE(w.write(d));
    Account a;
    a.id = f.account = Id::generate(t0);
    a.creditorId = c.id;
    a.creditorReference = QStringLiteral("HX-1");
    a.product = QStringLiteral("consumer_loan");
    a.currency = Currency::fromCode(QStringLiteral("CNY")).value();
    a.originalPrincipalMinor = 2'000'000;
    a.teamId = team;
    a.assignedCollectorId = f.collector;
    REQUIRE(w.write(a));
    REQUIRE(w.write(AccountParty{a.id, d.id, PartyRole::Debtor}));
    ContactPoint home;
    home.id = f.address = Id::generate(t0);
    home.debtorId = d.id;
    home.kind = ContactKind::Address;
    home.value = QStringLiteral("北京市海淀区中关村大街27号");
    home.region = QStringLiteral("CN");
    home.timeZone = QStringLiteral("Asia/Shanghai");
    home.createdAtMs = t0;
    home.district = QStringLiteral("海淀区");
    home.latitude = 39.9841;
    home.longitude = 116.3079;
    REQUIRE(w.write(home));
    return f;
}

// Another Beijing debtor of the same lender, in the middle stage (its segment visits), with a placement of
// 5,000.00 on the books; an address at `where` in `district` unless `withAddress` is false.
Id addDebt(Database& db, const Field& f, const char* reference, std::optional<GeoPoint> where,
           const char* district, bool withAddress = true)
{
    DomainWriter w(db);
    const qint64 t0 = utcMs("2026-01-05T02:00:00Z");
    Debtor d;
    d.id = Id::generate(t0);
    d.fullName = QStringLiteral("李娜");
    d.language = QStringLiteral("zh");
    d.timeZone = QStringLiteral("Asia/Shanghai");
    REQUIRE(w.write(d));
    auto first = db.prepare("SELECT creditor_id, team_id FROM account WHERE id = ?");
    REQUIRE(first.ok());
    first.value().bind(1, f.account.toBytes());
    REQUIRE(first.value().step().value());
    Account a;
    a.id = Id::generate(t0);
    a.creditorId = Id::fromBytes(first.value().blob(0));
    a.teamId = Id::fromBytes(first.value().blob(1));
    a.creditorReference = QString::fromLatin1(reference);
    a.product = QStringLiteral("consumer_loan");
    a.currency = Currency::fromCode(QStringLiteral("CNY")).value();
    a.originalPrincipalMinor = 500'000;
    a.stage = Stage::Middle;
    a.assignedCollectorId = f.collector;
    REQUIRE(w.write(a));
    REQUIRE(w.write(AccountParty{a.id, d.id, PartyRole::Debtor}));
    REQUIRE(w.write(LedgerRecord{a.id,
                                 {Id::generate(t0),
                                  LedgerKind::Placement,
                                  Component::Principal,
                                  Money(500'000, a.currency),
                                  QDate(2026, 1, 5),
                                  t0,
                                  {}},
                                 QString(),
                                 QString(),
                                 QStringLiteral("placement"),
                                 Id()}));
    if (withAddress) {
        ContactPoint home;
        home.id = Id::generate(t0);
        home.debtorId = d.id;
        home.kind = ContactKind::Address;
        home.value = QStringLiteral("北京市%1某路1号").arg(QString::fromUtf8(district));
        home.region = QStringLiteral("CN");
        home.timeZone = QStringLiteral("Asia/Shanghai");
        home.createdAtMs = t0;
        home.district = QString::fromUtf8(district);
        if (where) {
            home.latitude = where->latitude;
            home.longitude = where->longitude;
        }
        REQUIRE(w.write(home));
    }
    return a.id;
}

VisitEntry doorstep(const Field& f, const char* at)
{
    VisitEntry v;
    v.contact.accountId = f.account;
    v.contact.contactPointId = f.address;
    v.contact.atMs = utcMs(at);
    v.contact.collectorId = f.collector;
    v.contact.actor = QStringLiteral("wang");
    v.companionId = f.companion;
    v.type = VisitType::FriendlyReminder;
    return v;
}

} // namespace

TEST_CASE("Luhn check digits and the receipt number's shape", "[field]")
{
    // The worked example of the Luhn algorithm (ISO/IEC 7812-1; Wikipedia "Luhn algorithm"): 7992739871 -> 3.
    CHECK(luhnCheckDigit(u"7992739871") == 3);
    CHECK(luhnCheckDigit(u"0") == 0);
    CHECK(receiptNumberValid(QStringLiteral("RC-000042-000001-%1").arg(luhnCheckDigit(u"000042000001"))));
    const QString good = QStringLiteral("RC-000042-000123-%1").arg(luhnCheckDigit(u"000042000123"));
    REQUIRE(receiptNumberValid(good));
    // One digit copied wrong, or two neighbours swapped, is caught.
    CHECK_FALSE(
        receiptNumberValid(QString(good).replace(QStringLiteral("000123"), QStringLiteral("000128"))));
    CHECK_FALSE(
        receiptNumberValid(QString(good).replace(QStringLiteral("000123"), QStringLiteral("000132"))));
    CHECK_FALSE(receiptNumberValid(QStringLiteral("RC-42-1-0")));
    CHECK_FALSE(receiptNumberValid(QString()));
}

TEST_CASE("Receipt numbers: a local code until enrolled, the hub's serial after; sync first if it is unknown",
          "[field]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    auto first = takeReceiptNumber(db);
    auto second = takeReceiptNumber(db);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first.value().startsWith(QLatin1String("RC-L")));
    CHECK(first.value().section(QLatin1Char('-'), 1, 1) == second.value().section(QLatin1Char('-'), 1, 1));
    CHECK(first.value().section(QLatin1Char('-'), 2, 2) == QLatin1String("000001"));
    CHECK(second.value().section(QLatin1Char('-'), 2, 2) == QLatin1String("000002"));
    CHECK(receiptNumberValid(first.value()));
    CHECK(receiptNumberValid(second.value()));
    // Enrolled with a hub, but the hub's serial not yet pulled: no number, and the reason.
    REQUIRE(db.exec("INSERT INTO sync_state (key, value) VALUES ('hub', 'https://hub.example:8443')").ok());
    auto refused = takeReceiptNumber(db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QLatin1String("sync once")));
    REQUIRE(db.exec("INSERT INTO sync_state (key, value) VALUES ('device_serial', '42')").ok());
    auto enrolled = takeReceiptNumber(db);
    REQUIRE(enrolled.ok());
    CHECK(enrolled.value().left(17) == QLatin1String("RC-000042-000003-"));
    CHECK(receiptNumberValid(enrolled.value()));
}

TEST_CASE("A visit by two in daytime is recorded with its payment, receipt and audit; district only in China",
          "[field]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Field f = writeField(db);
    // 10:30 Beijing time, with a colleague; the debtor pays 500.00 in cash and promises 1,000.00 for Friday.
    VisitEntry v = doorstep(f, "2026-03-09T02:30:00Z");
    v.met = VisitMet::Debtor;
    v.recording = VisitRecording::Refused;
    v.contact.outcome = Outcome::PromiseToPay;
    v.contact.reaction = Reaction::Cooperative;
    v.contact.promiseAmount = Money(100'000, Currency::fromCode(QStringLiteral("CNY")).value());
    v.contact.promiseDue = QDate(2026, 3, 13);
    v.payment = FieldPayment{Money(50'000, Currency::fromCode(QStringLiteral("CNY")).value()),
                             FieldPaymentMethod::Cash};
    auto recorded = recordVisit(db, profile.profileId(), v);
    INFO((recorded ? QString() : recorded.error().detail).toStdString());
    REQUIRE(recorded.ok());
    CHECK(recorded.value().gate.verdict == GateVerdict::Allowed);
    CHECK(receiptNumberValid(recorded.value().receiptNumber));

    auto visit = db.prepare("SELECT district, latitude IS NULL AND longitude IS NULL, recording, met, "
                            "companion_id = ?, lower(hex(payment_id)) FROM visit");
    REQUIRE(visit.ok());
    visit.value().bind(1, f.companion.toBytes());
    REQUIRE(visit.value().step().value());
    CHECK(visit.value().text(0) == QStringLiteral("海淀区"));
    CHECK(visit.value().int64(1) == 1); // PIPL: a visit's place is kept as its district
    CHECK(visit.value().text(2) == QLatin1String("refused"));
    CHECK(visit.value().text(3) == QLatin1String("debtor"));
    CHECK(visit.value().int64(4) == 1);
    CHECK(visit.value().text(5) == QString::fromLatin1(recorded.value().paymentId.toBytes().toHex()));

    auto payment = db.prepare("SELECT amount_minor, currency, channel, external_reference, source, kind "
                              "FROM ledger_entry WHERE id = ?");
    REQUIRE(payment.ok());
    payment.value().bind(1, recorded.value().paymentId.toBytes());
    REQUIRE(payment.value().step().value());
    CHECK(payment.value().int64(0) == 50'000);
    CHECK(payment.value().text(1) == QLatin1String("CNY"));
    CHECK(payment.value().text(2) == QLatin1String("cash"));
    CHECK(payment.value().text(3) == recorded.value().receiptNumber);
    CHECK(payment.value().text(4) == QLatin1String("field"));
    CHECK(payment.value().text(5) == QLatin1String("payment"));
    CHECK(count(db, "SELECT count(*) FROM promise WHERE amount_minor = 100000 AND due_on = '2026-03-13'") ==
          1);
    // The visit, its payment and its promise are all on their way to the hub.
    CHECK(count(db, "SELECT count(*) FROM sync_outbox WHERE kind IN ('visit', 'ledger_entry', 'promise')"
                    " AND body LIKE '%2026%' OR kind = 'visit'") >= 3);
    // The audit entry says what happened and the receipt number, and names nobody.
    const QString detail =
        db.queryText("SELECT detail FROM audit_entry WHERE action = 'visit_recorded'").value();
    CHECK(detail.contains(recorded.value().receiptNumber));
    CHECK(detail.contains(QLatin1String("\"staff\":2")));
    CHECK_FALSE(detail.contains(QStringLiteral("张伟")));
    CHECK_FALSE(detail.contains(QStringLiteral("中关村")));
}

TEST_CASE("The gate at the door: one person, or the evening, cannot be recorded as a visit made", "[field]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Field f = writeField(db);
    VisitEntry alone = doorstep(f, "2026-03-09T02:30:00Z");
    alone.companionId = Id();
    auto refused = recordVisit(db, profile.profileId(), alone);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().detail.contains(QLatin1String("cn.visit_staff")));
    // 19:00 Beijing time: calls are still allowed, visits are not.
    auto evening = recordVisit(db, profile.profileId(), doorstep(f, "2026-03-09T11:00:00Z"));
    REQUIRE_FALSE(evening.ok());
    CHECK(evening.error().detail.contains(QLatin1String("cn.visit_daytime")));
    auto gate = visitGate(db, f.account, f.address, utcMs("2026-03-09T11:00:00Z"), 2);
    REQUIRE(gate.ok());
    CHECK(gate.value().reopensAt == QDateTime(QDate(2026, 3, 10), QTime(1, 0), QTimeZone::utc()));
    CHECK(count(db, "SELECT count(*) FROM visit") == 0);
    CHECK(count(db, "SELECT count(*) FROM audit_entry WHERE action = 'contact_blocked'") == 2);
}

TEST_CASE("A visit that makes no sense is refused whole, with what to fix", "[field]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Field f = writeField(db);
    const Currency cny = Currency::fromCode(QStringLiteral("CNY")).value();
    const auto problem = [&](const std::function<void(VisitEntry&)>& change) {
        VisitEntry v = doorstep(f, "2026-03-09T03:00:00Z");
        change(v);
        auto r = recordVisit(db, profile.profileId(), v);
        return r ? QString() : r.error().detail;
    };
    CHECK(problem([&](VisitEntry& v) {
              v.contact.outcome = Outcome::PromiseToPay;
          }).contains(QLatin1String("nobody was met")));
    CHECK(problem([&](VisitEntry& v) {
              v.met = VisitMet::Family;
              v.contact.outcome = Outcome::ThirdParty;
              v.payment = FieldPayment{Money(0, cny), FieldPaymentMethod::Cash};
          }).contains(QLatin1String("more than zero")));
    CHECK(problem([&](VisitEntry& v) {
              v.met = VisitMet::Debtor;
              v.contact.outcome = Outcome::RightParty;
              v.payment = FieldPayment{Money(100, Currency::fromCode(QStringLiteral("USD")).value()),
                                       FieldPaymentMethod::Transfer};
          }).contains(QLatin1String("kept in CNY")));
    CHECK(problem([&](VisitEntry& v) { v.companionId = f.collector; }).contains(QLatin1String("companion")));
    CHECK(problem([&](VisitEntry& v) {
              v.met = VisitMet::Neighbour;
              v.contact.outcome = Outcome::Dispute;
          }).contains(QLatin1String("only the debtor")));
    // Another debtor's address is not where this debtor was visited.
    const Id other = addDebt(db, f, "OTHER-1", GeoPoint{39.95, 116.35}, "海淀区");
    const Id othersAddress = Id::fromBytes(QByteArray::fromHex(
        db.queryText(
              QStringLiteral("SELECT hex(cp.id) FROM contact_point cp JOIN account_party ap ON ap.debtor_id"
                             " = cp.debtor_id WHERE ap.account_id = x'%1'")
                  .arg(QString::fromLatin1(other.toBytes().toHex()))
                  .toUtf8()
                  .constData())
            .value()
            .toLatin1()));
    CHECK(problem([&](VisitEntry& v) {
              v.contact.contactPointId = othersAddress;
          }).contains(QLatin1String("not one of the debtor's")));
    CHECK(count(db, "SELECT count(*) FROM visit") == 0);
    CHECK(count(db, "SELECT count(*) FROM ledger_entry WHERE source = 'field'") == 0);
    // No receipt number was spent on a refused payment.
    CHECK(count(db, "SELECT count(*) FROM profile_meta WHERE key = 'receipt_seq'") == 0);
    // A dispute at the door stops collection like one on the phone.
    VisitEntry dispute = doorstep(f, "2026-03-09T03:00:00Z");
    dispute.met = VisitMet::Debtor;
    dispute.contact.outcome = Outcome::Dispute;
    REQUIRE(recordVisit(db, profile.profileId(), dispute).ok());
    CHECK(count(db, "SELECT count(*) FROM stop_event WHERE kind = 'dispute'") == 1);
    auto after = recordVisit(db, profile.profileId(), doorstep(f, "2026-03-10T03:00:00Z"));
    REQUIRE_FALSE(after.ok());
    CHECK(after.error().detail.contains(QLatin1String("cn.stop")));
}

TEST_CASE("A pack says whether a visit's point may be kept", "[field][compliance]")
{
    const QByteArray pack =
        R"({"pack":"zz","title":"t","versions":[{"version":"1","effective_from":"2026-01-01",
        "sources":[{"id":"s","title":"s"}],"retention":{"years":5,"citation":"c"},%1"rules":[{"id":"zz.hours","kind":"contact_window",
        "not_before":"08:00","not_after":"21:00","citation":"c"}]}]})";
    const auto parse = [&](const char* location) {
        return parseRulePacks(QString::fromUtf8(pack).arg(QString::fromUtf8(location)).toUtf8());
    };
    auto none = parse("");
    INFO((none ? QString() : none.error().detail).toStdString());
    REQUIRE(none.ok());
    CHECK_FALSE(none.value().front().visitPointAllowed);
    auto point = parse(R"("visit_location":{"precision":"point","citation":"c"},)");
    REQUIRE(point.ok());
    CHECK(point.value().front().visitPointAllowed);
    auto bad = parse(R"("visit_location":{"precision":"street","citation":"c"},)");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().detail.contains(QLatin1String("visit_location.precision")));
    CHECK_FALSE(rulePackInForce(QStringLiteral("cn"), QDate(2026, 3, 9)).value().visitPointAllowed);
}

TEST_CASE("A field day: shortest route from the office, times inside the visit hours, two staff, and what is "
          "left out says why",
          "[field]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Field f = writeField(db);
    // Four addresses on one parallel, 0.1 degrees of longitude apart, given out of order; one without a point
    // in a located stop's district; one without any address; one with a dispute on record.
    const Id east = addDebt(db, f, "D-EAST", GeoPoint{39.90, 116.50}, "朝阳区");
    const Id west = addDebt(db, f, "D-WEST", GeoPoint{39.90, 116.20}, "海淀区");
    const Id mid = addDebt(db, f, "D-MID", GeoPoint{39.90, 116.40}, "东城区");
    const Id near = addDebt(db, f, "D-NEAR", GeoPoint{39.90, 116.30}, "西城区");
    const Id unlocated = addDebt(db, f, "D-HAIDIAN", std::nullopt, "海淀区");
    const Id homeless = addDebt(db, f, "D-NOADDR", std::nullopt, "", false);
    const Id disputed = addDebt(db, f, "D-DISPUTE", GeoPoint{39.91, 116.25}, "海淀区");
    StopEvent dispute;
    dispute.id = Id::generate(utcMs("2026-03-01T02:00:00Z"));
    dispute.debtorId = Id::fromBytes(
        QByteArray::fromHex(db.queryText(QStringLiteral("SELECT hex(debtor_id) FROM account_party WHERE "
                                                        "account_id = x'%1'")
                                             .arg(QString::fromLatin1(disputed.toBytes().toHex()))
                                             .toUtf8()
                                             .constData())
                                .value()
                                .toLatin1()));
    dispute.accountId = disputed;
    dispute.atMs = utcMs("2026-03-01T02:00:00Z");
    dispute.startsOn = QDate(2026, 3, 1);
    dispute.recordedBy = f.collector;
    REQUIRE(DomainWriter(db).write(dispute));

    FieldDayRequest request;
    request.collectorId = f.collector;
    request.day = QDate(2026, 3, 9);
    request.start = GeoPoint{39.90, 116.10};
    request.accounts = {east, homeless, west, mid, disputed, near, unlocated};
    auto plan = planFieldDay(db, request);
    INFO((plan ? QString() : plan.error().detail).toStdString());
    REQUIRE(plan.ok());
    std::vector<Id> order;
    for (const PlannedVisit& v : plan.value().visits)
        order.push_back(v.accountId);
    // West to east and back (the shortest tour of points on a line), the unlocated Haidian address right
    // after the located one in Haidian.
    CHECK(order == std::vector<Id>{west, unlocated, near, mid, east});
    CHECK(plan.value().exact);
    CHECK(plan.value().staff == 2);
    const double stepKm = greatCircleKm({39.90, 116.10}, {39.90, 116.20});
    CHECK(plan.value().km == Catch::Approx(8 * stepKm).epsilon(1e-6));

    // The times: 09:00 at the office; 0.1 degrees at 20 km/h, rounded up to the minute; firm visits of 30
    // minutes (middle stage); 20 minutes to and from the address without a point.
    const int step = static_cast<int>(std::ceil(stepKm / 20.0 * 60.0));
    const QTimeZone beijing("Asia/Shanghai");
    QDateTime expected(QDate(2026, 3, 9), QTime(9, 0), beijing);
    const int travel[] = {step, 20, 20, step, step};
    for (std::size_t i = 0; i < plan.value().visits.size(); ++i) {
        const PlannedVisit& v = plan.value().visits[i];
        INFO(v.reference.toStdString());
        expected = expected.addSecs(travel[i] * 60);
        CHECK(v.travelMinutes == travel[i]);
        CHECK(v.plannedAt == expected);
        CHECK(v.minutes == 30);
        CHECK(v.type == VisitType::Firm);
        CHECK(v.windowFrom == QTime(9, 0));
        CHECK(v.windowTo == QTime(18, 0));
        CHECK(v.staff == 2);
        CHECK_FALSE(v.maskedAddress.contains(QStringLiteral("某路")));
        expected = expected.addSecs(30 * 60);
    }
    REQUIRE(plan.value().unplanned.size() == 2);
    CHECK(plan.value().unplanned[0].accountId == homeless);
    CHECK(plan.value().unplanned[0].reason.contains(QLatin1String("No address")));
    CHECK(plan.value().unplanned[1].accountId == disputed);
    CHECK_FALSE(plan.value().unplanned[1].reason.isEmpty());

    // A workstation with no hub prepares alone: the plan is kept and nothing is missing. A debt whose data
    // is not in the store (here: the address, as a pull cut short would leave it), or receipts that cannot be
    // numbered yet, are named.
    const PreparedFieldDay prepared = prepareFieldDay(db, plan.value(), 1);
    CHECK(prepared.ready());
    CHECK(savedFieldDay(db, QDate(2026, 3, 9)).value() == order); // kept for the days offline, in route order
    REQUIRE(db.exec("DELETE FROM field_stop").ok());
    REQUIRE(db.exec(QStringLiteral("DELETE FROM contact_point WHERE id = x'%1'")
                        .arg(QString::fromLatin1(plan.value().visits.back().addressId.toBytes().toHex()))
                        .toUtf8()
                        .constData())
                .ok());
    REQUIRE(db.exec("INSERT INTO sync_state (key, value) VALUES ('hub', 'https://hub.example:8443')").ok());
    auto gaps = fieldDayGaps(db, plan.value());
    REQUIRE(gaps.ok());
    REQUIRE(gaps.value().size() == 2);
    CHECK(gaps.value()[0].reference == QLatin1String("D-EAST"));
    CHECK(gaps.value()[0].missing == QStringList{QStringLiteral("the address")});
    CHECK(gaps.value()[1].accountId.isNull());
    CHECK(gaps.value()[1].missing.join(QString()).contains(QLatin1String("receipt")));

    // A late start leaves no time for the last visits inside the hours: they are listed, not squeezed in.
    request.startAt = QTime(16, 0);
    auto late = planFieldDay(db, request);
    REQUIRE(late.ok());
    CHECK(late.value().visits.size() < 5);
    CHECK(late.value().unplanned.back().reason.contains(QLatin1String("No time left")));
}

TEST_CASE("Photos of a delivered notice stay in the encrypted store, checked, hashed and audited", "[field]")
{
    QTemporaryDir dir;
    Profile profile = test::freshProfile(dir);
    Database& db = profile.database();
    const Field f = writeField(db);
    VisitEntry v = doorstep(f, "2026-03-09T03:00:00Z");
    v.type = VisitType::LegalNoticeDelivery;
    v.met = VisitMet::Family;
    v.contact.outcome = Outcome::ThirdParty;
    auto visit = recordVisit(db, profile.profileId(), v);
    REQUIRE(visit.ok());
    // The smallest PNG: signature, IHDR, IDAT, IEND (a 1x1 image); its SHA-256 is computed here, not typed
    // in.
    const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f1"
                                               "5c4890000000d4944415478da63f8cfc0f01f0005"
                                               "0001ff8d7d6a3e0000000049454e44ae426082");
    auto id = addVisitPhoto(db, profile.profileId(), QStringLiteral("wang"), visit.value().visitId, png,
                            utcMs("2026-03-09T03:05:00Z"));
    REQUIRE(id.ok());
    auto photos = visitPhotos(db, visit.value().visitId);
    REQUIRE(photos.ok());
    REQUIRE(photos.value().size() == 1);
    CHECK(photos.value()[0].mime == QLatin1String("image/png"));
    CHECK(photos.value()[0].bytes == png.size());
    CHECK(photos.value()[0].sha256 == QCryptographicHash::hash(png, QCryptographicHash::Sha256));
    CHECK(visitPhotoBytes(db, id.value()).value() == png);
    CHECK(db.queryText("SELECT detail FROM audit_entry WHERE action = 'visit_photo_added'")
              .value()
              .contains(
                  QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex())));
    // Not an image, too large, or for no visit: refused, nothing stored.
    auto text = addVisitPhoto(db, profile.profileId(), QStringLiteral("wang"), visit.value().visitId,
                              QByteArray("GIF89a...."), 0);
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().detail.contains(QLatin1String("JPEG or PNG")));
    QByteArray huge = QByteArray::fromHex("ffd8ffe0");
    huge.resize(kLargestVisitPhotoBytes + 1);
    CHECK_FALSE(
        addVisitPhoto(db, profile.profileId(), QStringLiteral("wang"), visit.value().visitId, huge, 0));
    CHECK_FALSE(addVisitPhoto(db, profile.profileId(), QStringLiteral("wang"), Id::generate(1), png, 0));
    CHECK(count(db, "SELECT count(*) FROM visit_photo") == 1);
    // Photos stay on the workstation: they are not among the synced tables' outbox rows.
    CHECK(count(db, "SELECT count(*) FROM sync_outbox WHERE kind = 'visit_photo'") == 0);
}
