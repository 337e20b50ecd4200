// The contact gate against the rules as written. Expected decisions come from the texts cited in each pack:
// Regulation F 12 CFR 1006.14(b)(2)(i) (more than seven calls within seven consecutive days; any call within
// seven days after a telephone conversation, the conversation's date being the first day) and the CFPB's
// call-frequency FAQ (incoming calls do not count as calls placed but do start the seven days);
// 1006.6(b)(1)(i) (8 a.m. to 9 p.m. at the consumer's location); GB/T 45251-2025 5.3 (no collection
// 22:00-08:00, at most 3 connected calls a day per debtor); the banking association's 2026 guideline (at most
// 6 unanswered attempts a day to one number); the Debt Respite Scheme Regulations 2020 (60-day moratorium).
// Time-zone facts: US daylight saving time began 2026-03-08 and ends 2026-11-01; UK summer time began
// 2026-03-29.
#include "compliance/gate.h"
#include "compliance/scenario.h"
#include "domain/phonezones.h"

#include <QJsonDocument>
#include <catch2/catch_test_macros.hpp>

using namespace collector;

namespace {

struct Expect
{
    const char* decision;
    const char* rule;    // "" for none
    const char* reopens; // "" for none
};

QJsonObject decide(const QByteArray& json)
{
    auto scenario = parseGateScenario(json);
    if (!scenario)
        FAIL(scenario.error().detail.toStdString());
    const GateDecision d = evaluateContact(scenario.value().pack, scenario.value().facts);
    return gateDecisionJson(d, scenario.value().pack);
}

void check(const QByteArray& json, const Expect& e)
{
    const QJsonObject got = decide(json);
    INFO(QJsonDocument(got).toJson().toStdString());
    CHECK(got.value(QLatin1String("decision")).toString() == QLatin1String(e.decision));
    CHECK(got.value(QLatin1String("rule")).toString() == QLatin1String(e.rule));
    CHECK(got.value(QLatin1String("reopens_at")).toString() == QLatin1String(e.reopens));
    CHECK_FALSE(got.value(QLatin1String("reason")).toString().isEmpty());
}

// A call to a New York number of a New York debtor, with optional extra JSON members.
QByteArray usCall(const char* at, const char* extra = "")
{
    return QStringLiteral(R"({"pack":"us","at":"%1","channel":"call",
        "debtor":{"address_time_zone":"America/New_York"},
        "contact_point":{"kind":"phone","value":"+12125550123"}%2})")
        .arg(QLatin1String(at), QLatin1String(extra))
        .toUtf8();
}

QByteArray cnCall(const char* at, const char* extra = "", const char* zone = "Asia/Shanghai")
{
    return QStringLiteral(R"({"pack":"cn","at":"%1","channel":"call",
        "debtor":{"address_time_zone":"%3"},
        "contact_point":{"kind":"phone","value":"+8613812345678"}%2})")
        .arg(QLatin1String(at), QLatin1String(extra), QLatin1String(zone))
        .toUtf8();
}

QByteArray callAt(const char* at, const char* outcome = "no_answer", const char* point = "+12125550123")
{
    return QStringLiteral(
               R"({"at":"%1","channel":"call","direction":"outbound","outcome":"%2","contact_point":"%3"})")
        .arg(QLatin1String(at), QLatin1String(outcome), QLatin1String(point))
        .toUtf8();
}

QByteArray history(std::initializer_list<QByteArray> items)
{
    QByteArray out = R"(,"history":[)";
    bool first = true;
    for (const QByteArray& item : items) {
        if (!first)
            out += ',';
        out += item;
        first = false;
    }
    return out + ']';
}

} // namespace

TEST_CASE("Phone numbers map to the zones of their area", "[compliance]")
{
    CHECK(phoneTimeZones(QStringLiteral("+12125550123")) == QStringList{QStringLiteral("America/New_York")});
    CHECK(phoneTimeZones(QStringLiteral("+13105550123")) ==
          QStringList{QStringLiteral("America/Los_Angeles")});
    // Texas spans Central and Mountain time: both must be inside the window.
    CHECK(phoneTimeZones(QStringLiteral("+19155550123")).contains(QStringLiteral("America/Denver")));
    CHECK(phoneTimeZones(QStringLiteral("+8613812345678")) == QStringList{QStringLiteral("Asia/Shanghai")});
    CHECK(phoneTimeZones(QStringLiteral("not a number")).isEmpty());
}

TEST_CASE("US contact hours: 8:00 to 21:00 at the consumer's location, to the second", "[compliance]")
{
    // 2026-03-09 is a Monday in EDT (UTC-4).
    check(usCall("2026-03-10T00:59:59Z"), {"allowed", "", ""});
    check(usCall("2026-03-10T01:00:00Z"), {"blocked", "us.fdcpa.hours", "2026-03-10T12:00:00Z"});
    check(usCall("2026-03-09T11:59:59Z"), {"blocked", "us.fdcpa.hours", "2026-03-09T12:00:00Z"});
    check(usCall("2026-03-09T12:00:00Z"), {"allowed", "", ""});
    const QJsonObject open = decide(usCall("2026-03-09T23:00:00Z"));
    CHECK(open.value(QLatin1String("allowed_until")).toString() == QLatin1String("2026-03-10T01:00:00Z"));
    // Letters are not held to the hours.
    check(QByteArray(usCall("2026-03-10T03:00:00Z")).replace("\"call\"", "\"letter\""), {"allowed", "", ""});
}

TEST_CASE("US contact hours across the daylight-saving changes", "[compliance]")
{
    // Spring forward on Sunday 2026-03-08 at 02:00: 08:00 that morning is already EDT (12:00Z).
    check(usCall("2026-03-08T12:30:00Z"), {"allowed", "", ""});
    check(usCall("2026-03-08T11:30:00Z"), {"blocked", "us.fdcpa.hours", "2026-03-08T12:00:00Z"});
    // Saturday 21:30 EST: reopens Sunday 08:00 EDT, one hour earlier in UTC than the day before.
    check(usCall("2026-03-08T02:30:00Z"), {"blocked", "us.fdcpa.hours", "2026-03-08T12:00:00Z"});
    // Fall back on Sunday 2026-11-01: 08:00 EST is 13:00Z, 21:00 EST is 02:00Z.
    check(usCall("2026-11-01T12:30:00Z"), {"blocked", "us.fdcpa.hours", "2026-11-01T13:00:00Z"});
    check(usCall("2026-11-02T01:59:59Z"), {"allowed", "", ""});
    check(usCall("2026-11-02T02:00:00Z"), {"blocked", "us.fdcpa.hours", "2026-11-02T13:00:00Z"});
}

TEST_CASE("Every zone of the debtor must be inside the window", "[compliance]")
{
    // Lives in Los Angeles, keeps a New York number.
    const char* laWithNy = R"({"pack":"us","at":"%1","channel":"call",
        "debtor":{"address_time_zone":"America/Los_Angeles"},
        "contact_point":{"kind":"phone","value":"+12125550123"}})";
    const auto at = [&](const char* instant) {
        return QString::fromLatin1(laWithNy).arg(QLatin1String(instant)).toUtf8();
    };
    // 09:30 in New York, 06:30 in Los Angeles: wait for 08:00 PDT.
    check(at("2026-03-09T13:30:00Z"), {"blocked", "us.fdcpa.hours", "2026-03-09T15:00:00Z"});
    // 20:30 New York / 17:30 Los Angeles: allowed until 21:00 in New York.
    const QJsonObject evening = decide(at("2026-03-10T00:30:00Z"));
    CHECK(evening.value(QLatin1String("decision")).toString() == QLatin1String("allowed"));
    CHECK(evening.value(QLatin1String("allowed_until")).toString() == QLatin1String("2026-03-10T01:00:00Z"));
    // 21:30 New York: New York opens at 12:00Z, but Los Angeles only at 15:00Z.
    check(at("2026-03-10T01:30:00Z"), {"blocked", "us.fdcpa.hours", "2026-03-10T15:00:00Z"});
    // China: an address in Urumqi (UTC+6) and a mainland mobile on Beijing time (UTC+8).
    check(cnCall("2026-03-09T00:30:00Z", "", "Asia/Urumqi"), {"blocked", "cn.hours", "2026-03-09T02:00:00Z"});
}

TEST_CASE("Regulation F: more than seven calls within seven consecutive days", "[compliance]")
{
    // Seven unanswered calls from Monday 2026-03-02 to Friday 2026-03-06 (10:00 EST each).
    const QByteArray seven = history({callAt("2026-03-02T15:00:00Z"), callAt("2026-03-02T18:00:00Z"),
                                      callAt("2026-03-03T15:00:00Z"), callAt("2026-03-04T15:00:00Z"),
                                      callAt("2026-03-04T18:00:00Z"), callAt("2026-03-06T15:00:00Z"),
                                      callAt("2026-03-06T18:00:00Z")});
    // Sunday 03-08 is day 7 of the period that began on 03-02: an eighth call is presumed harassment. On
    // Monday 03-09 the period is 03-03..03-09 with five calls, so calling reopens at 08:00 EDT.
    check(usCall("2026-03-08T14:00:00Z", seven.constData()),
          {"blocked", "us.regf.7in7", "2026-03-09T12:00:00Z"});
    check(usCall("2026-03-09T14:00:00Z", seven.constData()), {"allowed", "", ""});
    // The seventh call itself is allowed, with a warning that it is the last one.
    const QByteArray six = history({callAt("2026-03-02T15:00:00Z"), callAt("2026-03-02T18:00:00Z"),
                                    callAt("2026-03-03T15:00:00Z"), callAt("2026-03-04T15:00:00Z"),
                                    callAt("2026-03-04T18:00:00Z"), callAt("2026-03-06T15:00:00Z")});
    check(usCall("2026-03-07T15:00:00Z", six.constData()), {"warn", "us.regf.7in7", ""});
    // Calls about another debt and calls from the debtor do not count toward this debt's seven.
    const QByteArray others = history(
        {callAt("2026-03-02T15:00:00Z"), callAt("2026-03-02T18:00:00Z"), callAt("2026-03-03T15:00:00Z"),
         callAt("2026-03-04T15:00:00Z"), callAt("2026-03-04T18:00:00Z"), callAt("2026-03-06T15:00:00Z"),
         R"({"at":"2026-03-06T18:00:00Z","channel":"call","outcome":"no_answer","debt":"other"})",
         R"({"at":"2026-03-06T19:00:00Z","channel":"call","direction":"inbound","outcome":"voicemail"})"});
    check(usCall("2026-03-07T15:00:00Z", others.constData()), {"warn", "us.regf.7in7", ""});
    // A creditor may hold its collectors to five.
    const QByteArray fiveCap = QByteArray(six) + R"(,"creditor":{"caps":{"us.regf.7in7":5}})";
    check(usCall("2026-03-07T15:00:00Z", fiveCap.constData()),
          {"blocked", "us.regf.7in7", "2026-03-09T12:00:00Z"});
}

TEST_CASE("Regulation F: no call within seven days after a conversation, its day being day 1", "[compliance]")
{
    const QByteArray talked = history({callAt("2026-03-02T15:00:00Z", "right_party")});
    // Days 1-7 are 03-02..03-08; the first call may be placed on 03-09 at 08:00 EDT.
    check(usCall("2026-03-08T20:00:00Z", talked.constData()),
          {"blocked", "us.regf.after_conversation", "2026-03-09T12:00:00Z"});
    check(usCall("2026-03-09T12:00:00Z", talked.constData()), {"allowed", "", ""});
    // The debtor's own call with a conversation starts the seven days too (Wednesday 03-04, 18:30 EST).
    const QByteArray inbound = history(
        {R"({"at":"2026-03-04T23:30:00Z","channel":"call","direction":"inbound","outcome":"right_party","conversation":true})"});
    check(usCall("2026-03-10T14:00:00Z", inbound.constData()),
          {"blocked", "us.regf.after_conversation", "2026-03-11T12:00:00Z"});
    // Days are the debtor's calendar days: 06:30Z on 03-03 is still 03-02 (22:30 PST) in Los Angeles.
    const QByteArray la = R"({"pack":"us","at":"2026-03-08T23:00:00Z","channel":"call",
        "debtor":{"address_time_zone":"America/Los_Angeles"},
        "contact_point":{"kind":"phone","value":"+13105550123"},
        "history":[{"at":"2026-03-03T06:30:00Z","channel":"call","direction":"inbound","outcome":"right_party"}]})";
    check(la, {"blocked", "us.regf.after_conversation", "2026-03-09T15:00:00Z"});
    // A conversation about another debt does not hold this one.
    const QByteArray other =
        history({R"({"at":"2026-03-02T15:00:00Z","channel":"call","outcome":"right_party","debt":"other"})"});
    check(usCall("2026-03-03T15:00:00Z", other.constData()), {"allowed", "", ""});
}

TEST_CASE("Stop events block until cleared or ended", "[compliance]")
{
    const auto withStop = [](const char* stop, const char* channel = "call") {
        return QStringLiteral(R"({"pack":"us","at":"2026-03-09T15:00:00Z","channel":"%2",
            "debtor":{"address_time_zone":"America/New_York","stop_events":[%1]},
            "contact_point":{"kind":"phone","value":"+12125550123"}})")
            .arg(QLatin1String(stop), QLatin1String(channel))
            .toUtf8();
    };
    check(withStop(R"({"kind":"dispute","from":"2026-03-01"})"), {"blocked", "us.stop", ""});
    CHECK(decide(withStop(R"({"kind":"dispute","from":"2026-03-01"})"))
              .value(QLatin1String("overridable"))
              .toBool());
    CHECK_FALSE(decide(withStop(R"({"kind":"bankruptcy","from":"2026-03-01"})"))
                    .value(QLatin1String("overridable"))
                    .toBool());
    for (const char* kind : {"cease_communication", "deceased", "legal_hold", "bankruptcy"}) {
        INFO(kind);
        check(withStop(QStringLiteral(R"({"kind":"%1","from":"2026-03-01"})")
                           .arg(QLatin1String(kind))
                           .toUtf8()
                           .constData()),
              {"blocked", "us.stop", ""});
    }
    // After a cease request a letter may still say that collection has stopped.
    check(withStop(R"({"kind":"cease_communication","from":"2026-03-01"})", "letter"),
          {"warn", "us.stop", ""});
    // A complaint warns; a cleared dispute, or one that starts later, does not stop anything.
    check(withStop(R"({"kind":"complaint","from":"2026-03-01"})"), {"warn", "us.stop", ""});
    check(withStop(R"({"kind":"dispute","from":"2026-03-01","cleared_at":"2026-03-05T10:00:00Z"})"),
          {"allowed", "", ""});
    check(withStop(R"({"kind":"dispute","from":"2026-03-10"})"), {"allowed", "", ""});
    // A hold with an end date reopens the morning after it (the end date is its last day).
    check(withStop(R"({"kind":"legal_hold","from":"2026-03-01","until":"2026-03-12"})"),
          {"blocked", "us.stop", "2026-03-13T12:00:00Z"});
}

TEST_CASE("UK breathing space lasts 60 days from its first day", "[compliance]")
{
    const auto uk = [](const char* at, const char* extra) {
        return QStringLiteral(R"({"pack":"uk","at":"%1","channel":"call",
            "debtor":{"address_time_zone":"Europe/London"%2},
            "contact_point":{"kind":"phone","value":"+447700900123"}})")
            .arg(QLatin1String(at), QLatin1String(extra))
            .toUtf8();
    };
    const char* moratorium = R"(,"stop_events":[{"kind":"breathing_space","from":"2026-03-01"}])";
    // Days 1-60 are 03-01..04-29; on 04-30 calls reopen at 08:00 BST (07:00Z).
    check(uk("2026-04-29T10:00:00Z", moratorium), {"blocked", "uk.stop", "2026-04-30T07:00:00Z"});
    CHECK_FALSE(decide(uk("2026-04-29T10:00:00Z", moratorium)).value(QLatin1String("overridable")).toBool());
    check(uk("2026-04-30T07:00:00Z", moratorium), {"allowed", "", ""});
    // UK summer time began 2026-03-29: 08:30 BST is 07:30Z; the day before, 07:30Z was 07:30 GMT.
    check(uk("2026-03-29T07:30:00Z", ""), {"allowed", "", ""});
    check(uk("2026-03-28T07:30:00Z", ""), {"blocked", "uk.conc.hours", "2026-03-28T08:00:00Z"});
    check(uk("2026-03-09T10:00:00Z", R"(,"vulnerable":true)"), {"warn", "uk.vulnerability", ""});
}

TEST_CASE("Contact points: do-not-contact, consent, stated preferences, third parties", "[compliance]")
{
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T15:00:00Z","channel":"call",
        "debtor":{"address_time_zone":"America/New_York"},
        "contact_point":{"kind":"phone","value":"+12125550123","do_not_contact":true}})"),
          {"blocked", "us.do_not_contact", ""});
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T15:00:00Z","channel":"sms",
        "debtor":{"address_time_zone":"America/New_York"},
        "contact_point":{"kind":"phone","value":"+12125550123","consent":false}})"),
          {"blocked", "us.consent", ""});
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T15:00:00Z","channel":"sms",
        "debtor":{"address_time_zone":"America/New_York"},
        "contact_point":{"kind":"phone","value":"+12125550123","consent":true}})"),
          {"warn", "us.regf.opt_out", ""});
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T15:00:00Z","channel":"email",
        "debtor":{"address_time_zone":"America/New_York","preferences":{"no_channels":["email"]}},
        "contact_point":{"kind":"email","value":"x@example.com"}})"),
          {"blocked", "us.preferences", ""});
    // Stated hours 10:00-19:00: at 07:00 the debtor's own start is later than the law's.
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T11:00:00Z","channel":"call",
        "debtor":{"address_time_zone":"America/New_York","preferences":{"not_before":"10:00","not_after":"19:00"}},
        "contact_point":{"kind":"phone","value":"+12125550123"}})"),
          {"blocked", "us.preferences", "2026-03-09T14:00:00Z"});
    // Hours agreed with the debtor replace the statutory window: 07:30 is fine.
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T11:30:00Z","channel":"call",
        "debtor":{"address_time_zone":"America/New_York","preferences":{"not_before":"07:00","not_after":"22:00","agreed":true}},
        "contact_point":{"kind":"phone","value":"+12125550123"}})"),
          {"allowed", "", ""});
    check(QByteArray(R"({"pack":"us","at":"2026-03-09T15:00:00Z","channel":"call",
        "debtor":{"address_time_zone":"America/New_York"},
        "contact_point":{"kind":"phone","value":"+12125550199","holder":"family"}})"),
          {"warn", "us.third_party", ""});
}

TEST_CASE("China: 22:00 to 08:00, three connected calls a day, six unanswered to one number", "[compliance]")
{
    check(cnCall("2026-03-09T13:59:59Z"), {"allowed", "", ""});
    check(cnCall("2026-03-09T14:00:00Z"), {"blocked", "cn.hours", "2026-03-10T00:00:00Z"});
    // Three connected calls today by three collectors (09:00, 10:00 and 11:00 Beijing time).
    const QByteArray three = history({callAt("2026-03-09T01:00:00Z", "right_party", "+8613812345678"),
                                      callAt("2026-03-09T02:00:00Z", "third_party", "+8613812345678"),
                                      callAt("2026-03-09T03:00:00Z", "wrong_number", "+8613912345678")});
    check(cnCall("2026-03-09T06:00:00Z", three.constData()),
          {"blocked", "cn.connected_daily", "2026-03-10T00:00:00Z"});
    // Beijing's day starts at 16:00Z: a call at 15:30Z on 03-08 belonged to the day before.
    const QByteArray spanning = history({callAt("2026-03-08T15:30:00Z", "right_party", "+8613812345678"),
                                         callAt("2026-03-08T16:30:00Z", "right_party", "+8613812345678"),
                                         callAt("2026-03-09T02:00:00Z", "right_party", "+8613812345678")});
    check(cnCall("2026-03-09T06:00:00Z", spanning.constData()), {"allowed", "", ""});
    // Six unanswered attempts to this number today: not this number again today, but another one may ring.
    QByteArray six = history({callAt("2026-03-09T01:00:00Z", "no_answer", "+8613812345678"),
                              callAt("2026-03-09T01:10:00Z", "busy", "+8613812345678"),
                              callAt("2026-03-09T01:20:00Z", "no_answer", "+8613812345678"),
                              callAt("2026-03-09T01:30:00Z", "voicemail", "+8613812345678"),
                              callAt("2026-03-09T01:40:00Z", "no_answer", "+8613812345678"),
                              callAt("2026-03-09T01:50:00Z", "no_answer", "+8613812345678")});
    check(cnCall("2026-03-09T06:00:00Z", six.constData()),
          {"blocked", "cn.unanswered_daily", "2026-03-10T00:00:00Z"});
    check(QByteArray(cnCall("2026-03-09T06:00:00Z", six.constData()))
              .replace("\"value\":\"+8613812345678\"", "\"value\":\"+8613900001111\""),
          {"allowed", "", ""});
    // The six-a-day rule came with the banking association's guideline of 2026-01-30; before it only GB/T
    // 45251-2025 applied.
    const QJsonObject before = decide(
        cnCall("2025-06-02T06:00:00Z", QByteArray(six).replace("2026-03-09", "2025-06-02").constData()));
    CHECK(before.value(QLatin1String("decision")).toString() == QLatin1String("allowed"));
    CHECK(before.value(QLatin1String("pack_version")).toString() == QLatin1String("2025.1"));
    CHECK_FALSE(parseGateScenario(cnCall("2025-01-10T06:00:00Z")));
}

TEST_CASE("China: third parties, visits, and a creditor's shorter window", "[compliance]")
{
    const QByteArray relative = R"({"pack":"cn","at":"2026-03-09T06:00:00Z","channel":"call",
        "debtor":{"address_time_zone":"Asia/Shanghai"},
        "contact_point":{"kind":"phone","value":"+8613700000000","holder":"family"}%1})";
    check(QString::fromUtf8(relative).arg(QString()).toUtf8(), {"blocked", "cn.third_party", ""});
    // After three failed attempts to reach the debtor, a relative may be asked how to reach them.
    const QByteArray lost = history({callAt("2026-03-09T01:00:00Z", "no_answer", "+8613812345678"),
                                     callAt("2026-03-09T02:00:00Z", "no_answer", "+8613812345678"),
                                     callAt("2026-03-09T03:00:00Z", "busy", "+8613812345678")});
    check(QString::fromUtf8(relative).arg(QString::fromUtf8(lost)).toUtf8(), {"warn", "cn.third_party", ""});
    const auto visit = [](int staff) {
        return QStringLiteral(R"({"pack":"cn","at":"2026-03-09T06:00:00Z","channel":"visit","visit_staff":%1,
            "debtor":{"address_time_zone":"Asia/Shanghai"},"contact_point":{"kind":"address","value":"x"}})")
            .arg(staff)
            .toUtf8();
    };
    check(visit(1), {"blocked", "cn.visit_staff", ""});
    check(visit(0), {"warn", "cn.visit_staff", ""});
    check(visit(2), {"allowed", "", ""});
    // Visits in daytime only (cn.visit_daytime, 09:00-18:00 Beijing time): 19:00 waits for 09:00 tomorrow,
    // though a call at 19:00 is allowed (cn.hours runs to 22:00).
    const QByteArray evening = QByteArray(visit(2)).replace("2026-03-09T06:00:00Z", "2026-03-09T11:00:00Z");
    check(evening, {"blocked", "cn.visit_daytime", "2026-03-10T01:00:00Z"});
    check(cnCall("2026-03-09T11:00:00Z"), {"allowed", "", ""});
    // A creditor's 21:00 shortens the calling hours and leaves the narrower visit hours as they are.
    check(QByteArray(evening).replace(R"("visit_staff":2,)",
                                      R"("visit_staff":2,"creditor":{"not_after":"21:00"},)"),
          {"blocked", "cn.visit_daytime", "2026-03-10T01:00:00Z"});
    // A creditor stopping at 21:00: 21:30 Beijing time waits for the morning.
    check(cnCall("2026-03-09T13:30:00Z", R"(,"creditor":{"not_after":"21:00"})"),
          {"blocked", "cn.hours", "2026-03-10T00:00:00Z"});
    // Loosening the law is refused, with the rule it would weaken.
    auto looser = parseGateScenario(cnCall("2026-03-09T13:30:00Z", R"(,"creditor":{"not_after":"23:00"})"));
    REQUIRE_FALSE(looser);
    CHECK(looser.error().detail.contains(QLatin1String("cn.hours")));
    CHECK_FALSE(parseGateScenario(
        cnCall("2026-03-09T13:30:00Z", R"(,"creditor":{"caps":{"cn.connected_daily":4}})")));
}

TEST_CASE("Scenario and pack errors name the field", "[compliance]")
{
    const auto problem = [](const QByteArray& json) {
        auto s = parseGateScenario(json);
        return s ? QString() : s.error().detail;
    };
    CHECK(problem("[]").contains(QLatin1String("not a JSON object")));
    CHECK(problem(R"({"pack":"us","channel":"call"})").startsWith(QLatin1String("at ")));
    CHECK(problem(R"({"pack":"us","at":"2026-03-09T13:30:00","channel":"call"})")
              .contains(QLatin1String("offset")));
    CHECK(problem(R"({"pack":"xx","at":"2026-03-09T13:30:00Z","channel":"call"})")
              .contains(QLatin1String("no rule pack")));
    CHECK(problem(R"({"pack":"us","at":"2026-03-09T13:30:00Z","channel":"fax"})")
              .startsWith(QLatin1String("channel")));
    CHECK(
        problem(
            R"({"pack":"us","at":"2026-03-09T13:30:00Z","channel":"call","debtor":{"address_time_zone":"Mars/Olympus"}})")
            .startsWith(QLatin1String("debtor.address_time_zone")));
    CHECK(
        problem(
            R"({"pack":"us","at":"2026-03-09T13:30:00Z","channel":"call","history":[{"at":"2026-03-01T10:00:00Z","channel":"call","outcome":"maybe"}]})")
            .startsWith(QLatin1String("history[0].outcome")));
    CHECK(
        problem(
            R"({"pack":"us","at":"2026-03-09T13:30:00Z","channel":"call","debtor":{"stop_events":[{"kind":"holiday"}]}})")
            .startsWith(QLatin1String("debtor.stop_events[0].kind")));

    // A number far outside int's range is refused, not cast (the fuzzer found the cast's undefined
    // behaviour).
    CHECK(problem(R"({"pack":"cn","at":"2026-03-09T06:00:00Z","channel":"visit","visit_staff":1e31})")
              .startsWith(QLatin1String("visit_staff")));
    CHECK_FALSE(parseRulePacks(R"({"pack":"zz","title":"t","versions":[]})"));
    auto badRule =
        parseRulePacks(R"({"pack":"zz","title":"t","versions":[{"version":"1","effective_from":"2026-01-01",
        "sources":[{"id":"a","title":"b"}],"retention":{"years":3,"citation":"c"},
        "rules":[{"id":"zz.cap","kind":"daily_cap","citation":"c","max":0}]}]})");
    REQUIRE_FALSE(badRule);
    CHECK(badRule.error().detail.contains(QLatin1String("versions[0].rules[0].max")));
}

TEST_CASE("Bundled packs load, cite their sources and keep versions in date order", "[compliance]")
{
    const auto& packs = bundledRulePacks();
    REQUIRE(packs.size() >= 3);
    for (const RulePack& p : packs) {
        INFO(p.pack.toStdString() << " " << p.version.toStdString());
        CHECK_FALSE(p.sources.empty());
        CHECK(p.retentionYears > 0);
        for (const Rule& r : p.rules) {
            CHECK(r.id.startsWith(p.pack + QLatin1Char('.')));
            CHECK_FALSE(r.citation.isEmpty());
        }
    }
    CHECK(rulePackInForce(QStringLiteral("us"), QDate(2026, 3, 9)).value().retentionYears == 3);
    CHECK(rulePackInForce(QStringLiteral("cn"), QDate(2026, 3, 9)).value().version ==
          QLatin1String("2026.1"));
    CHECK_FALSE(rulePackInForce(QStringLiteral("us"), QDate(2021, 11, 29)));
}

namespace {

// A scenario's facts with leases of contact budget laid on (the hub hands them out; see sync/contactbudget).
GateDecision decideWithLeases(const QByteArray& json, std::vector<LeaseFact> leases, bool budgeted)
{
    auto scenario = parseGateScenario(json);
    REQUIRE(scenario);
    scenario.value().facts.leases = std::move(leases);
    scenario.value().facts.budgeted = budgeted;
    return evaluateContact(scenario.value().pack, scenario.value().facts);
}

LeaseFact lease(const char* rule, bool mine, const char* first, const char* last, int tokens, int base)
{
    return {QString::fromLatin1(rule),
            mine,
            QDate::fromString(QLatin1String(first), Qt::ISODate),
            QDate::fromString(QLatin1String(last), Qt::ISODate),
            tokens,
            base};
}

} // namespace

// Budgets only divide what the pack allows: with 3 connected calls a day (GB/T 45251-2025 5.3) and one on
// record, 2 are left, so another workstation holding 2 leaves none, and one holding 1 leaves one.
TEST_CASE("Contact budgets: other workstations' leases count as calls made", "[compliance][budget]")
{
    const QByteArray one = history({callAt("2026-03-09T01:00:00Z", "right_party", "+8613812345678")});
    const GateDecision none =
        decideWithLeases(cnCall("2026-03-09T06:00:00Z", one.constData()),
                         {lease("cn.connected_daily", false, "2026-03-09", "2026-03-09", 2, 1)}, false);
    CHECK(none.verdict == GateVerdict::Blocked);
    CHECK(none.ruleId == QLatin1String("cn.connected_daily"));
    CHECK(none.reason.contains(QLatin1String("Another workstation")));
    CHECK_FALSE(none.reopensAt.has_value());
    CHECK(decideWithLeases(cnCall("2026-03-09T06:00:00Z", one.constData()),
                           {lease("cn.connected_daily", false, "2026-03-09", "2026-03-09", 1, 1)}, false)
              .verdict == GateVerdict::Allowed);
    // A lease for tomorrow (Beijing) or under another rule leaves today alone.
    CHECK(decideWithLeases(cnCall("2026-03-09T06:00:00Z", one.constData()),
                           {lease("cn.connected_daily", false, "2026-03-10", "2026-03-10", 3, 0),
                            lease("cn.unanswered_daily", false, "2026-03-09", "2026-03-09", 3, 0)},
                           false)
              .verdict == GateVerdict::Allowed);
}

TEST_CASE("Contact budgets: a workstation working offline spends only its own lease", "[compliance][budget]")
{
    const auto own = [](int tokens, int base) {
        return std::vector<LeaseFact>{
            lease("cn.connected_daily", true, "2026-03-09", "2026-03-09", tokens, base),
            lease("cn.unanswered_daily", true, "2026-03-09", "2026-03-09", 3, 0)};
    };
    // Leased 1 connected call with 1 on record: a second connected call today is the lease's one...
    const QByteArray one = history({callAt("2026-03-09T01:00:00Z", "right_party", "+8613812345678")});
    CHECK(decideWithLeases(cnCall("2026-03-09T06:00:00Z", one.constData()), own(1, 1), true).verdict ==
          GateVerdict::Allowed);
    // ...and once it is made the budget is spent, although the pack alone would allow a third.
    const QByteArray two = history({callAt("2026-03-09T01:00:00Z", "right_party", "+8613812345678"),
                                    callAt("2026-03-09T02:00:00Z", "right_party", "+8613812345678")});
    const GateDecision spent =
        decideWithLeases(cnCall("2026-03-09T06:00:00Z", two.constData()), own(1, 1), true);
    CHECK(spent.verdict == GateVerdict::Blocked);
    CHECK(spent.ruleId == QLatin1String("cn.connected_daily"));
    CHECK(spent.reason.contains(QLatin1String("spent")));
    // Unanswered calls do not spend a connected-call lease.
    const QByteArray unanswered = history({callAt("2026-03-09T01:00:00Z", "right_party", "+8613812345678"),
                                           callAt("2026-03-09T02:00:00Z", "no_answer", "+8613812345678"),
                                           callAt("2026-03-09T03:00:00Z", "busy", "+8613812345678")});
    CHECK(decideWithLeases(cnCall("2026-03-09T06:00:00Z", unanswered.constData()), own(1, 1), true).verdict ==
          GateVerdict::Allowed);
    // Working on budgets with no lease for the day (the trip was leased until yesterday): blocked, sync
    // first.
    const GateDecision noLease =
        decideWithLeases(cnCall("2026-03-10T06:00:00Z"),
                         {lease("cn.connected_daily", true, "2026-03-09", "2026-03-09", 2, 0),
                          lease("cn.unanswered_daily", true, "2026-03-10", "2026-03-10", 3, 0)},
                         true);
    CHECK(noLease.verdict == GateVerdict::Blocked);
    CHECK(noLease.ruleId == QLatin1String("cn.connected_daily"));
    CHECK(noLease.reason.contains(QLatin1String("sync to lease")));
}

// Regulation F 1006.14(b)(2)(i): seven calls within seven consecutive days. A three-day trip from Monday
// 03-09 leased 2 calls when the periods meeting Monday already held 3 (03-03..03-09).
TEST_CASE("Contact budgets: a seven-in-seven lease spans the trip", "[compliance][budget]")
{
    const std::vector<LeaseFact> trip{lease("us.regf.7in7", true, "2026-03-09", "2026-03-11", 2, 3)};
    const QByteArray before = history(
        {callAt("2026-03-04T15:00:00Z"), callAt("2026-03-05T15:00:00Z"), callAt("2026-03-06T15:00:00Z")});
    const QByteArray oneOnTrip = history({callAt("2026-03-04T15:00:00Z"), callAt("2026-03-05T15:00:00Z"),
                                          callAt("2026-03-06T15:00:00Z"), callAt("2026-03-09T15:00:00Z")});
    const QByteArray twoOnTrip = history({callAt("2026-03-04T15:00:00Z"), callAt("2026-03-05T15:00:00Z"),
                                          callAt("2026-03-06T15:00:00Z"), callAt("2026-03-09T15:00:00Z"),
                                          callAt("2026-03-10T15:00:00Z")});
    CHECK(decideWithLeases(usCall("2026-03-10T14:00:00Z", before.constData()), trip, true).verdict ==
          GateVerdict::Allowed);
    CHECK(decideWithLeases(usCall("2026-03-10T18:00:00Z", oneOnTrip.constData()), trip, true).verdict ==
          GateVerdict::Allowed);
    // Two calls made on the trip: the lease is spent on Wednesday although the period holds five of seven.
    const GateDecision spent =
        decideWithLeases(usCall("2026-03-11T14:00:00Z", twoOnTrip.constData()), trip, true);
    CHECK(spent.verdict == GateVerdict::Blocked);
    CHECK(spent.ruleId == QLatin1String("us.regf.7in7"));
    // An office workstation, online, sees the trip's 2 leased calls as made: with 5 on record in the period,
    // a call would make the eighth if the trip's were all made.
    const QByteArray five = history({callAt("2026-03-04T15:00:00Z"), callAt("2026-03-05T15:00:00Z"),
                                     callAt("2026-03-05T18:00:00Z"), callAt("2026-03-06T15:00:00Z"),
                                     callAt("2026-03-06T18:00:00Z")});
    const std::vector<LeaseFact> theirs{lease("us.regf.7in7", false, "2026-03-09", "2026-03-11", 2, 5)};
    CHECK(decideWithLeases(usCall("2026-03-09T14:00:00Z", five.constData()), theirs, false).verdict ==
          GateVerdict::Blocked);
    // A week after the trip ended its lease shares no period with today.
    CHECK(decideWithLeases(usCall("2026-03-18T14:00:00Z", five.constData()), theirs, false).verdict ==
          GateVerdict::Allowed);
}

TEST_CASE("Contact budgets: what a lease states as already counted", "[compliance][budget]")
{
    auto scenario = parseGateScenario(cnCall(
        "2026-03-09T06:00:00Z",
        history({callAt("2026-03-08T15:30:00Z", "right_party", "+8613812345678"), // 03-08 23:30 Beijing
                 callAt("2026-03-09T01:00:00Z", "right_party", "+8613812345678"),
                 callAt("2026-03-09T02:00:00Z", "no_answer", "+8613812345678"),
                 callAt("2026-03-09T03:00:00Z", "no_answer", "+8613912345678")})
            .constData()));
    REQUIRE(scenario);
    const GateFacts& facts = scenario.value().facts;
    const QDate today = debtorLocalDay(facts, facts.at);
    CHECK(today == QDate(2026, 3, 9));
    const Rule* connected = scenario.value().pack.rule(QStringLiteral("cn.connected_daily"));
    const Rule* unanswered = scenario.value().pack.rule(QStringLiteral("cn.unanswered_daily"));
    REQUIRE(connected);
    REQUIRE(unanswered);
    CHECK(countedCalls(*connected, facts, today, today) == 1);
    CHECK(countedCalls(*connected, facts, today.addDays(-1), today) == 2);
    // Per number: only the number being called counts.
    CHECK(countedCalls(*unanswered, facts, today, today) == 1);
}
