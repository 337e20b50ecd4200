#include "field/dayplan.h"

#include "compliance/gate.h"
#include "domain/contactmask.h"
#include "field/visitlog.h"
#include "queue/queue.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace collector {

namespace {

constexpr int kSlotMinutes = 15;
constexpr double kCitySpeedKmh = 20;        // door to door through a city, parking included
constexpr int kUnlocatedTravelMinutes = 20; // to or from an address without a point
constexpr int kShortestTravelMinutes = 5;
constexpr double kFieldRadiusKm = 40; // farther from the day's area than this is another day's trip

VisitType typeFor(Stage stage)
{
    switch (stage) {
    case Stage::Early:
        return VisitType::FriendlyReminder;
    case Stage::Middle:
        return VisitType::Firm;
    case Stage::Late:
        return VisitType::LegalNoticeDelivery;
    }
    return VisitType::FriendlyReminder;
}

struct Address
{
    Id id;
    QString value;
    QString district;
    std::optional<GeoPoint> where;
    QString timeZone;
};

// The debtor's own address to visit: verified ones first, then the newest.
Result<std::optional<Address>> addressOf(Statement& stmt, const Id& accountId)
{
    stmt.reset();
    stmt.bind(1, accountId.toBytes());
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Address>();
    Address a;
    a.id = Id::fromBytes(stmt.blob(0));
    a.value = stmt.text(1);
    a.district = stmt.text(2);
    if (!stmt.isNull(3) && !stmt.isNull(4))
        a.where = GeoPoint{stmt.real(3), stmt.real(4)};
    a.timeZone = stmt.text(5);
    return std::optional<Address>(a);
}

struct Window
{
    QTime from;
    QTime to;
    int staff = 1;
    QString refusal; // when there is no window: why
};

// The first run of slots that day in which the gate allows a visit by two; then whether one would do.
Result<Window> visitWindow(Database& db, const Id& accountId, const Address& address, const QDate& day)
{
    const QTimeZone zone(address.timeZone.toUtf8());
    const QDateTime dayStart(day, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc());
    auto input =
        visitGateInput(db, accountId, address.id, dayStart.addSecs(24 * 3600 - 60).toMSecsSinceEpoch(), 2);
    if (!input)
        return input.error();
    GateFacts facts = input.value().facts;
    Window window;
    bool open = false;
    for (int slot = 0; slot < 24 * 60 / kSlotMinutes; ++slot) {
        const QDateTime at = dayStart.addSecs(qint64(slot) * kSlotMinutes * 60);
        facts.at = at.toUTC();
        facts.visitStaff = 2;
        const GateDecision decision = evaluateContact(input.value().pack, facts);
        const bool allowed = decision.verdict != GateVerdict::Blocked;
        if (allowed && !open) {
            open = true;
            window.from = at.time();
            facts.visitStaff = 1;
            const GateDecision alone = evaluateContact(input.value().pack, facts);
            const Rule* rule = input.value().pack.rule(alone.ruleId);
            if (alone.verdict == GateVerdict::Blocked && rule && rule->kind == RuleKind::VisitStaff)
                window.staff = 2;
        } else if (!allowed && open) {
            window.to = at.time();
            return window;
        } else if (!allowed && window.refusal.isEmpty() && at.time() >= QTime(9, 0)) {
            window.refusal = decision.reason;
        }
    }
    if (open)
        window.to = QTime(23, 59, 59);
    else if (window.refusal.isEmpty())
        window.refusal = QCoreApplication::translate("FieldDay", "No hour of the day allows a visit.");
    return window;
}

int travelMinutes(const std::optional<GeoPoint>& from, const std::optional<GeoPoint>& to, bool first)
{
    if (first && !from)
        return 0;
    if (!from || !to)
        return kUnlocatedTravelMinutes;
    const double minutes = greatCircleKm(*from, *to) / kCitySpeedKmh * 60;
    return std::max(kShortestTravelMinutes, static_cast<int>(std::ceil(minutes)));
}

} // namespace

int visitMinutes(VisitType type)
{
    switch (type) {
    case VisitType::FriendlyReminder:
        return 20;
    case VisitType::Firm:
        return 30;
    case VisitType::LegalNoticeDelivery:
        return 45;
    }
    return 30;
}

Result<FieldDayPlan> planFieldDay(Database& db, const FieldDayRequest& request)
{
    FieldDayPlan plan;
    plan.day = request.day;
    plan.collectorId = request.collectorId;
    if (!request.timeZone.isEmpty() && !QTimeZone(request.timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("unknown time zone '%1': use an IANA name such as Asia/Shanghai")
                             .arg(request.timeZone));
    auto queue =
        buildQueue(db, defaultStrategy(),
                   {request.collectorId, QDateTime(request.day, request.startAt, QTimeZone::utc()), 0});
    if (!queue)
        return queue.error();

    // The candidates: the accounts asked for, in their order, or the queue's accounts whose segment visits.
    std::vector<const QueueEntry*> candidates;
    const bool fromQueue = request.accounts.empty();
    if (fromQueue) {
        for (const QueueEntry& e : queue.value())
            if (std::find(e.channels.begin(), e.channels.end(), Channel::Visit) != e.channels.end())
                candidates.push_back(&e);
    } else {
        for (const Id& id : request.accounts) {
            const auto found = std::find_if(queue.value().begin(), queue.value().end(),
                                            [&](const QueueEntry& e) { return e.accountId == id; });
            if (found == queue.value().end())
                plan.unplanned.push_back(
                    {id, QString(),
                     QCoreApplication::translate("FieldDay", "Not one of the collector's active accounts.")});
            else
                candidates.push_back(&*found);
        }
    }

    auto addressStmt = db.prepare(
        "SELECT cp.id, cp.value, coalesce(cp.district, ''), cp.latitude, cp.longitude,"
        " coalesce(cp.time_zone, d.time_zone, '') FROM account_party ap"
        " JOIN contact_point cp ON cp.debtor_id = ap.debtor_id JOIN debtor d ON d.id = ap.debtor_id"
        " WHERE ap.account_id = ? AND ap.role = 'debtor' AND cp.kind = 'address' AND cp.do_not_contact = 0"
        " AND cp.holder = 'debtor' ORDER BY cp.verified DESC, cp.created_at_ms DESC LIMIT 1");
    if (!addressStmt)
        return addressStmt.error();
    std::vector<PlannedVisit> chosen;
    std::vector<PlannedVisit> unlocated; // kept below when a located visit of the day is in their district
    std::optional<GeoPoint> anchor = request.start; // the day's area: the start, or the first located visit
    const auto full = [&] { return static_cast<int>(chosen.size()) >= request.maxVisits; };
    for (const QueueEntry* e : candidates) {
        if (full()) {
            if (!fromQueue)
                plan.unplanned.push_back({e->accountId, e->reference,
                                          QCoreApplication::translate("FieldDay", "The day is full.")});
            continue;
        }
        auto address = addressOf(addressStmt.value(), e->accountId);
        if (!address)
            return address.error();
        if (!address.value()) {
            if (!fromQueue)
                plan.unplanned.push_back(
                    {e->accountId, e->reference,
                     QCoreApplication::translate("FieldDay", "No address of the debtor to visit.")});
            continue;
        }
        if (const auto& where = address.value()->where) {
            if (!anchor)
                anchor = where;
            if (const double km = greatCircleKm(*anchor, *where); km > kFieldRadiusKm) {
                if (!fromQueue)
                    plan.unplanned.push_back(
                        {e->accountId, e->reference,
                         QCoreApplication::translate("FieldDay",
                                                     "%1 km from the day's area: another day's visit.")
                             .arg(QLocale().toString(km, 'f', 0))});
                continue;
            }
        }
        auto window = visitWindow(db, e->accountId, *address.value(), request.day);
        if (!window)
            return window.error();
        if (!window.value().refusal.isEmpty()) {
            if (!fromQueue)
                plan.unplanned.push_back({e->accountId, e->reference, window.value().refusal});
            continue;
        }
        PlannedVisit v;
        v.accountId = e->accountId;
        v.addressId = address.value()->id;
        v.reference = e->reference;
        v.maskedAddress = maskContactValue(ContactKind::Address, address.value()->value);
        v.district = address.value()->district;
        v.where = address.value()->where;
        v.timeZone = address.value()->timeZone;
        v.windowFrom = window.value().from;
        v.windowTo = window.value().to;
        v.staff = window.value().staff;
        v.stage = e->stage;
        v.type = typeFor(e->stage);
        v.minutes = visitMinutes(v.type);
        v.currency = e->currency;
        v.balanceMinor = e->balanceMinor;
        v.daysPastDue = e->daysPastDue;
        if (v.where)
            chosen.push_back(std::move(v));
        else
            unlocated.push_back(std::move(v));
    }
    // Without any point, the day stays in the district of the first address the queue (or the list) gives
    // (addresses whose district is not known either, as imported ones, make one group of their own).
    const bool noPoints = chosen.empty();
    const QString districtDay = noPoints && !unlocated.empty() ? unlocated.front().district : QString();
    for (PlannedVisit& v : unlocated) {
        const bool near = noPoints
                              ? v.district == districtDay
                              : !v.district.isEmpty() &&
                                    std::any_of(chosen.begin(), chosen.end(), [&](const PlannedVisit& c) {
                                        return c.where && c.district == v.district;
                                    });
        if (near && !full())
            chosen.push_back(std::move(v));
        else if (!fromQueue)
            plan.unplanned.push_back(
                {v.accountId, v.reference,
                 near ? QCoreApplication::translate("FieldDay", "The day is full.")
                      : QCoreApplication::translate(
                            "FieldDay", "The address has no point and no visit of the day is in its "
                                        "district.")});
    }
    // The day is counted where it is worked: the collector's zone when given, else the first visit's.
    const QString homeZone = !request.timeZone.isEmpty()
                                 ? request.timeZone
                                 : (chosen.empty() ? QString() : chosen.front().timeZone);
    const QTimeZone home =
        QTimeZone(homeZone.toUtf8()).isValid() ? QTimeZone(homeZone.toUtf8()) : QTimeZone::utc();
    const QDateTime dayStart(request.day, request.startAt, home);

    std::vector<RouteStop> stops;
    for (const PlannedVisit& v : chosen)
        stops.push_back({v.where, v.district});
    const Route route = planRoute(stops, request.start);
    plan.km = route.km;
    plan.exact = route.exact;

    // Along the route: each visit after the travel from the last located place, not before its window opens;
    // one that would end after its window closes does not fit the day.
    QDateTime clock = dayStart;
    std::optional<GeoPoint> here = request.start;
    bool first = true;
    for (int index : route.order) {
        PlannedVisit v = chosen[static_cast<std::size_t>(index)];
        const QTimeZone zone(v.timeZone.toUtf8());
        const QTimeZone local = zone.isValid() ? zone : home;
        v.travelMinutes = travelMinutes(here, v.where, first);
        QDateTime at = clock.addSecs(qint64(v.travelMinutes) * 60);
        const QDateTime opens(request.day, v.windowFrom, local);
        const QDateTime closes(request.day, v.windowTo, local);
        if (at < opens)
            at = opens;
        if (at.addSecs(qint64(v.minutes) * 60) > closes) {
            plan.unplanned.push_back(
                {v.accountId, v.reference,
                 QCoreApplication::translate("FieldDay", "No time left within the visit hours that day.")});
            continue;
        }
        v.plannedAt = at.toUTC();
        clock = at.addSecs(qint64(v.minutes) * 60);
        here = v.where; // after an address without a point, where we are is not known either
        first = false;
        plan.staff = std::max(plan.staff, v.staff);
        plan.visits.push_back(std::move(v));
    }
    return plan;
}

Status saveFieldDay(Database& db, const FieldDayPlan& plan)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto clear = db.prepare("DELETE FROM field_stop WHERE day = ?");
    if (!clear)
        return clear.error();
    clear.value().bind(1, plan.day.toString(Qt::ISODate));
    if (auto done = clear.value().run(); !done)
        return done;
    auto put = db.prepare("INSERT INTO field_stop (day, seq, account_id, address_id, planned_at_ms, minutes,"
                          " visit_type) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!put)
        return put.error();
    int seq = 0;
    for (const PlannedVisit& v : plan.visits) {
        put.value().reset();
        put.value()
            .bind(1, plan.day.toString(Qt::ISODate))
            .bind(2, ++seq)
            .bind(3, v.accountId.toBytes())
            .bind(4, v.addressId.toBytes())
            .bind(5, v.plannedAt.toMSecsSinceEpoch())
            .bind(6, v.minutes)
            .bind(7, codeOf(v.type));
        if (auto done = put.value().run(); !done)
            return done;
    }
    return tx.value().commit();
}

Result<std::vector<Id>> savedFieldDay(Database& db, const QDate& day)
{
    auto stmt = db.prepare("SELECT account_id FROM field_stop WHERE day = ? ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, day.toString(Qt::ISODate));
    std::vector<Id> ids;
    auto done = stmt.value().forEachRow([&](Statement& row) { ids.push_back(Id::fromBytes(row.blob(0))); });
    if (!done)
        return done.error();
    return ids;
}

} // namespace collector
