#include "workspace/contactlog.h"

#include "audit/auditlog.h"
#include "domain/records.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/transaction.h"
#include "workspace/accountfacts.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

namespace collector {

namespace {

constexpr int kLongestPromiseDays = 180; // a promise further out is a plan, not a promise
constexpr int kNoteLimit = 2000;

Status writeStop(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                 const AccountFacts& facts, StopKind kind, const Id& id)
{
    StopEvent stop;
    stop.id = id;
    stop.debtorId = facts.debtorId;
    // A dispute is about this debt; a death is about the person and stops every account.
    stop.accountId = kind == StopKind::Dispute ? entry.accountId : Id();
    stop.kind = kind;
    stop.atMs = entry.atMs;
    stop.startsOn = QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()).date();
    stop.recordedBy = entry.collectorId;
    if (auto done = DomainWriter(db).write(stop); !done)
        return done;
    return appendAudit(db, deviceId, entry.atMs,
                       {entry.actor, QStringLiteral("stop_event"), QStringLiteral("account"),
                        entry.accountId.toString(),
                        QJsonObject{{QStringLiteral("kind"), codeOf(kind)},
                                    {QStringLiteral("stop_id"), id.toString()},
                                    {QStringLiteral("source"), QStringLiteral("contact_log")}}});
}

} // namespace

Status validateContactLog(const ContactLogEntry& entry, const QDate& today)
{
    if (entry.accountId.isNull())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation", "choose the account the contact was about"));
    if (entry.note.size() > kNoteLimit)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation", "the note is longer than %1 characters: shorten it")
                .arg(kNoteLimit));
    if (entry.outcome == Outcome::PromiseToPay) {
        if (!entry.promiseAmount || entry.promiseAmount->minor() <= 0)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("Validation", "enter the amount the debtor promised"));
        if (!entry.promiseDue.isValid() || entry.promiseDue < today)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "Validation", "enter the date of the promised payment, today or later"));
        if (entry.promiseDue > today.addDays(kLongestPromiseDays))
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "Validation",
                                 "a payment more than %1 days away is a plan: build one in the plan "
                                 "panel")
                                 .arg(kLongestPromiseDays));
    }
    if (entry.outcome == Outcome::CallbackRequested &&
        (!entry.callbackAt.isValid() || entry.callbackAt.toMSecsSinceEpoch() <= entry.atMs))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation", "enter when the debtor asked to be called back"));
    return {};
}

Error refuseBlockedContact(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                           const GateDecision& gate)
{
    // The refusal is a compliance exception in its own right: audited (the rule, never the words), so the
    // lead's dashboard counts the blocks.
    if (auto done =
            appendAudit(db, deviceId, entry.atMs,
                        {entry.actor, QStringLiteral("contact_blocked"), QStringLiteral("account"),
                         entry.accountId.toString(), QJsonObject{{QStringLiteral("rule"), gate.ruleId}}});
        !done)
        return done.error();
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("Validation", "contact blocked by rule %1: it cannot be logged as made")
            .arg(gate.ruleId));
}

Status writeOutcomeRecords(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                           const AccountFacts& facts, LoggedContact& logged)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()).date();
    DomainWriter writer(db);
    switch (entry.outcome) {
    case Outcome::PromiseToPay: {
        PromiseRecord promise;
        promise.id = logged.promiseId = Id::generate(entry.atMs);
        promise.accountId = entry.accountId;
        promise.debtorId = facts.debtorId;
        promise.amount = Money(entry.promiseAmount->minor(), facts.currency);
        promise.madeOn = today;
        promise.dueOn = entry.promiseDue;
        promise.graceDays = facts.graceDays;
        promise.createdAtMs = entry.atMs;
        promise.collectorId = entry.collectorId;
        if (auto done = writer.write(promise); !done)
            return done;
        break;
    }
    case Outcome::Dispute:
    case Outcome::DeceasedReported: {
        logged.stopId = Id::generate(entry.atMs);
        const StopKind kind = entry.outcome == Outcome::Dispute ? StopKind::Dispute : StopKind::Deceased;
        if (auto done = writeStop(db, deviceId, entry, facts, kind, logged.stopId); !done)
            return done;
        break;
    }
    case Outcome::CallbackRequested: {
        logged.callbackId = Id::generate(entry.atMs);
        auto insert =
            db.prepare("INSERT INTO callback (id, account_id, attempt_id, due_at_ms, created_at_ms, "
                       "collector_id) VALUES (?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        insert.value()
            .bind(1, logged.callbackId.toBytes())
            .bind(2, entry.accountId.toBytes())
            .bind(4, entry.callbackAt.toMSecsSinceEpoch())
            .bind(5, entry.atMs);
        if (logged.attemptId.isNull())
            insert.value().bindNull(3); // asked for at the door: no call to point back to
        else
            insert.value().bind(3, logged.attemptId.toBytes());
        if (entry.collectorId.isNull())
            insert.value().bindNull(6);
        else
            insert.value().bind(6, entry.collectorId.toBytes());
        if (auto done = insert.value().run(); !done)
            return done;
        break;
    }
    case Outcome::WrongNumber:
        // Nobody dials a number known to be someone else's again; the attempt says why.
        if (!entry.contactPointId.isNull()) {
            auto mark = db.prepare("UPDATE contact_point SET do_not_contact = 1 WHERE id = ?");
            if (!mark)
                return mark.error();
            mark.value().bind(1, entry.contactPointId.toBytes());
            if (auto done = mark.value().run(); !done)
                return done;
        }
        break;
    default:
        break;
    }
    return {};
}

Result<LoggedContact> logContact(Database& db, const QString& deviceId, const ContactLogEntry& entry,
                                 const GateDecision& gate, bool overrideCovers)
{
    if (entry.direction == Direction::Outbound && gate.verdict == GateVerdict::Blocked && !overrideCovers)
        return refuseBlockedContact(db, deviceId, entry, gate);
    const QDate today = QDateTime::fromMSecsSinceEpoch(entry.atMs, QTimeZone::utc()).date();
    if (auto ok = validateContactLog(entry, today); !ok)
        return ok.error();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto facts = accountFacts(db, entry.accountId);
    if (!facts)
        return facts.error();
    DomainWriter writer(db);
    LoggedContact logged;
    ContactAttempt attempt;
    attempt.id = logged.attemptId = Id::generate(entry.atMs);
    attempt.accountId = entry.accountId;
    attempt.debtorId = facts.value().debtorId;
    attempt.contactPointId = entry.contactPointId;
    attempt.channel = entry.channel;
    attempt.direction = entry.direction;
    attempt.atMs = entry.atMs;
    attempt.outcome = entry.outcome;
    attempt.rightParty = isRightPartyOutcome(entry.outcome);
    attempt.durationSeconds = entry.durationSeconds;
    attempt.reaction = entry.reaction;
    attempt.note = entry.note.trimmed();
    attempt.collectorId = entry.collectorId;
    if (auto done = writer.write(attempt); !done)
        return done.error();

    if (auto done = writeOutcomeRecords(db, deviceId, entry, facts.value(), logged); !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return logged;
}

} // namespace collector
