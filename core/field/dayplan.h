// A field collector's day: which accounts to visit, in which order, when, and for how long. The accounts come
// from the collector's queue (the segments whose channels include visits, in queue order) or from a list a
// lead or the collector picked. Each gets its address, the hours the pack allows a visit on that local day
// (the gate asked slot by slot: CN daytime only), the staff it needs (two where the pack says so), a visit
// type and duration by stage; the located addresses are routed (field/route.h), and times are laid out along
// the route from the day's start. A day stays in one area: a located address more than 40 km from the start
// (or from the first located visit) is another day's; an address without a point goes with the located visits
// of its district, and a day with no points at all stays in one district. Of the accounts asked for, what
// cannot be visited that day is listed with the reason; from the queue, the first ones the day allows are
// taken.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "domain/kinds.h"
#include "domain/money.h"
#include "field/route.h"

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <optional>
#include <vector>

namespace collector {

class Database;

struct PlannedVisit
{
    Id accountId;
    Id addressId;
    QString reference;     // the creditor's reference: the day sheet names accounts by it
    QString maskedAddress; // as shown before a reveal
    QString district;
    std::optional<GeoPoint> where;
    QString timeZone;    // the address's
    QTime windowFrom;    // the local hours a visit is allowed that day
    QTime windowTo;      // (exclusive)
    QDateTime plannedAt; // UTC
    int minutes = 0;     // expected at the door
    int travelMinutes = 0;
    VisitType type = VisitType::FriendlyReminder;
    int staff = 1; // how many must go
    Stage stage = Stage::Early;
    Currency currency;
    qint64 balanceMinor = 0;
    int daysPastDue = 0;
};

struct UnplannedVisit
{
    Id accountId;
    QString reference;
    QString reason; // translated; names no personal data
};

struct FieldDayPlan
{
    QDate day;
    Id collectorId;
    std::vector<PlannedVisit> visits; // in route order
    std::vector<UnplannedVisit> unplanned;
    double km = 0;      // over the located visits, the way back included
    bool exact = false; // the route is a shortest one
    int staff = 1;      // the most any visit needs: two means take a colleague
};

struct FieldDayRequest
{
    Id collectorId;
    QDate day;
    QString timeZone; // where the collector's day is counted (empty: the first visit's zone)
    QTime startAt = QTime(9, 0);
    std::optional<GeoPoint> start; // the office; none: the day starts at the first visit
    std::vector<Id> accounts;      // empty: from the queue
    int maxVisits = 10;
};

Result<FieldDayPlan> planFieldDay(Database& db, const FieldDayRequest& request);

// Keeps the plan's order in the store for the days offline (replacing that day's), and reads it back.
Status saveFieldDay(Database& db, const FieldDayPlan& plan);
Result<std::vector<Id>> savedFieldDay(Database& db, const QDate& day);

// Expected minutes at the door for a visit type.
int visitMinutes(VisitType type);

} // namespace collector
