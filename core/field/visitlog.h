// Recording a field visit. One transaction writes the visit and what it led to — a promise, a stop event or a
// callback (the contact log's outcome records), a payment taken at the door with its numbered receipt — and
// audits it. The gate is asked first, here, with the staff at the door: a visit it blocks (outside the pack's
// visit hours, one person where two are required, a stop event) cannot be recorded as made unless a lead's
// override covers it. Where the visit took place is kept as the address's district, and as the address's
// point only where the account's pack allows it.
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "compliance/storefacts.h"
#include "domain/kinds.h"
#include "domain/money.h"
#include "workspace/contactlog.h"

#include <optional>

namespace collector {

class Database;

enum class FieldPaymentMethod
{
    Cash,
    Transfer // paid by the debtor's phone or card at the door; the receipt is for the amount seen
};

struct FieldPayment
{
    Money amount;
    FieldPaymentMethod method = FieldPaymentMethod::Cash;
};

struct VisitEntry
{
    // Account, the address visited (contactPointId), time, outcome, reaction, note, collector, promise or
    // callback: as for any contact. The channel is a visit's whatever it says.
    ContactLogEntry contact;
    VisitType type = VisitType::FriendlyReminder;
    VisitMet met = VisitMet::Nobody;
    Id companionId; // the colleague at the door (nil: alone)
    VisitRecording recording = VisitRecording::None;
    std::optional<FieldPayment> payment;
};

struct RecordedVisit
{
    Id visitId;
    LoggedContact outcome; // the promise, stop or callback the outcome made
    Id paymentId;
    QString receiptNumber;
    GateDecision gate; // what the gate said of the visit
};

// Checks the entry makes sense on its own, with a sentence that says what to fix.
Status validateVisit(const VisitEntry& entry, const QDate& today);

Result<RecordedVisit> recordVisit(Database& db, const QString& deviceId, const VisitEntry& entry);

// The gate's facts and pack for a visit to `addressId` at `atMs` by `staff` people (the planner varies the
// time and the staff on one read).
Result<StoredGateInput> visitGateInput(Database& db, const Id& accountId, const Id& addressId, qint64 atMs,
                                       int staff);

// The gate's answer for a visit to `addressId` at `atMs` by `staff` people (the form shows it before saving).
Result<GateDecision> visitGate(Database& db, const Id& accountId, const Id& addressId, qint64 atMs,
                               int staff);

} // namespace collector
