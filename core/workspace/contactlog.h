// Logging a contact: one transaction writes the attempt and what the outcome implies — a promise with its
// amount and date, a dispute or a death report as a stop event (audited), a callback that returns to the
// queue, a wrong number marked so nobody dials it again. An outbound contact is logged only when the gate did
// not block it, or a lead's override covers it; the debtor's own call can always be logged.
#pragma once

#include "common/result.h"
#include "compliance/gate.h"
#include "domain/id.h"
#include "domain/kinds.h"
#include "domain/money.h"
#include "workspace/accountfacts.h"

#include <QDateTime>
#include <optional>

namespace collector {

class Database;

struct ContactLogEntry
{
    Id accountId;
    Id contactPointId; // nil for a letter or a visit without a stored point
    Channel channel = Channel::Call;
    Direction direction = Direction::Outbound;
    Outcome outcome = Outcome::NoAnswer;
    std::optional<Reaction> reaction;
    QString note;
    int durationSeconds = 0;
    qint64 atMs = 0;
    Id collectorId; // who made the contact: the signed-in user
    QString actor;  // the login (or "workstation") for the audit trail
    // PromiseToPay
    std::optional<Money> promiseAmount;
    QDate promiseDue;
    // CallbackRequested
    QDateTime callbackAt;
};

struct LoggedContact
{
    Id attemptId;
    Id promiseId;  // when a promise was taken
    Id stopId;     // when a stop event was created
    Id callbackId; // when a callback was booked
};

// Checks the entry makes sense on its own (amounts, dates, fields an outcome needs), with a sentence that
// says what to fix.
Status validateContactLog(const ContactLogEntry& entry, const QDate& today);

// `gate`: the gate's answer for this contact when it was started. `overrideCovers`: a lead's override
// covering it (see compliance/override.h).
Result<LoggedContact> logContact(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                                 const GateDecision& gate, bool overrideCovers);

// The parts other logs of a contact (a field visit) share:
// a blocked contact's refusal — audited as `contact_blocked` with the rule — and the error that says so;
Error refuseBlockedContact(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                           const GateDecision& gate);
// inside the caller's transaction, what the outcome implies: a promise, a stop event (audited), a callback
// (from `logged.attemptId` when there is one), a wrong number marked do-not-contact; fills `logged`'s ids.
Status writeOutcomeRecords(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                           const AccountFacts& facts, LoggedContact& logged);

} // namespace collector
