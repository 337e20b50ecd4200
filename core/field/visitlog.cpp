#include "field/visitlog.h"

#include "audit/auditlog.h"
#include "compliance/override.h"
#include "compliance/storefacts.h"
#include "domain/records.h"
#include "field/receipts.h"
#include "store/database.h"
#include "store/domainwriter.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimeZone>

namespace collector {

namespace {

constexpr qint64 kLargestFieldPaymentMinor = 100'000'000; // a million in major units: larger is a typing slip

struct AddressPlace
{
    QString district;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

Result<AddressPlace> addressPlace(Database& db, const Id& addressId, const Id& debtorId)
{
    AddressPlace place;
    if (addressId.isNull())
        return place;
    auto stmt = db.prepare("SELECT district, latitude, longitude FROM contact_point WHERE id = ? AND kind = "
                           "'address' AND debtor_id = ?");
    if (!stmt)
        return stmt.error();
    stmt.value().bind(1, addressId.toBytes()).bind(2, debtorId.toBytes());
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation",
                                        "the address visited is not one of the debtor's: choose it again"));
    place.district = stmt.value().text(0);
    if (!stmt.value().isNull(1) && !stmt.value().isNull(2)) {
        place.latitude = stmt.value().real(1);
        place.longitude = stmt.value().real(2);
    }
    return place;
}

} // namespace

Result<StoredGateInput> visitGateInput(Database& db, const Id& accountId, const Id& addressId, qint64 atMs,
                                       int staff)
{
    ContactTarget target;
    target.accountId = accountId;
    target.contactPointId = addressId;
    target.channel = Channel::Visit;
    target.at = QDateTime::fromMSecsSinceEpoch(atMs, QTimeZone::utc());
    target.visitStaff = staff;
    return gateInputFromStore(db, target);
}

Status validateVisit(const VisitEntry& entry, const QDate& today)
{
    const Outcome outcome = entry.contact.outcome;
    if (entry.met == VisitMet::Nobody && outcome != Outcome::NoAnswer && outcome != Outcome::WrongNumber)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation",
                                        "nobody was met: the outcome is \"no answer\" (or a wrong address)"));
    if (entry.met != VisitMet::Nobody && outcome == Outcome::NoAnswer)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation",
                                        "someone was met: choose what came of it instead of \"no answer\""));
    if (entry.met != VisitMet::Debtor &&
        (outcome == Outcome::PromiseToPay || outcome == Outcome::Dispute || outcome == Outcome::RightParty))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate(
                "Validation", "only the debtor in person can promise, dispute or be the right party"));
    if (entry.met == VisitMet::Nobody && entry.recording != VisitRecording::None)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation", "nobody was met, so nobody was asked about recording"));
    if (!entry.companionId.isNull() && entry.companionId == entry.contact.collectorId)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Validation",
                                        "the companion is a colleague, not yourself: choose who came along"));
    if (auto ok = validateContactLog(entry.contact, today); !ok)
        return ok;
    if (entry.payment) {
        if (entry.met == VisitMet::Nobody)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("Validation", "nobody was met, so no payment was taken"));
        if (entry.payment->amount.minor() <= 0 || entry.payment->amount.minor() > kLargestFieldPaymentMinor)
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate(
                    "Validation", "enter the amount received, more than zero and at most 1,000,000"));
    }
    return {};
}

Result<GateDecision> visitGate(Database& db, const Id& accountId, const Id& addressId, qint64 atMs, int staff)
{
    auto input = visitGateInput(db, accountId, addressId, atMs, staff);
    if (!input)
        return input.error();
    return evaluateContact(input.value().pack, input.value().facts);
}

Result<RecordedVisit> recordVisit(Database& db, const QString& deviceId, const VisitEntry& given)
{
    VisitEntry entry = given;
    entry.contact.channel = Channel::Visit;
    entry.contact.direction = Direction::Outbound;
    const ContactLogEntry& contact = entry.contact;
    const int staff = entry.companionId.isNull() ? 1 : 2;

    auto input = visitGateInput(db, contact.accountId, contact.contactPointId, contact.atMs, staff);
    if (!input)
        return input.error();
    RecordedVisit recorded;
    recorded.gate = evaluateContact(input.value().pack, input.value().facts);
    if (recorded.gate.verdict == GateVerdict::Blocked) {
        auto covered = overrideCovers(db, contact.accountId, contact.contactPointId, Channel::Visit,
                                      recorded.gate.ruleId, contact.atMs);
        if (!covered)
            return covered.error();
        if (!covered.value())
            return refuseBlockedContact(db, deviceId, contact, recorded.gate);
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(contact.atMs, QTimeZone::utc()).date();
    if (auto ok = validateVisit(entry, today); !ok)
        return ok.error();

    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto facts = accountFacts(db, contact.accountId);
    if (!facts)
        return facts.error();
    auto place = addressPlace(db, contact.contactPointId, facts.value().debtorId);
    if (!place)
        return place.error();
    DomainWriter writer(db);

    if (entry.payment) {
        if (entry.payment->amount.currency() != facts.value().currency)
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("Validation",
                                                         "the account is kept in %1: enter the payment in %1")
                                 .arg(facts.value().currency.code));
        auto number = takeReceiptNumber(db);
        if (!number)
            return number.error();
        recorded.receiptNumber = number.value();
        recorded.paymentId = Id::generate(contact.atMs);
        const LedgerRecord payment{contact.accountId,
                                   {recorded.paymentId,
                                    LedgerKind::Payment,
                                    Component::Principal,
                                    entry.payment->amount,
                                    today,
                                    contact.atMs,
                                    {}},
                                   entry.payment->method == FieldPaymentMethod::Cash
                                       ? QStringLiteral("cash")
                                       : QStringLiteral("transfer"),
                                   recorded.receiptNumber,
                                   QStringLiteral("field"),
                                   contact.collectorId};
        if (auto done = writer.write(payment); !done)
            return done.error();
    }

    Visit visit;
    visit.id = recorded.visitId = Id::generate(contact.atMs);
    visit.accountId = contact.accountId;
    visit.debtorId = facts.value().debtorId;
    visit.atMs = contact.atMs;
    visit.type = entry.type;
    visit.met = entry.met;
    visit.companionId = entry.companionId;
    visit.outcome = contact.outcome;
    visit.reaction = contact.reaction;
    visit.district = place.value().district;
    visit.note = contact.note.trimmed();
    visit.collectorId = contact.collectorId;
    visit.recording = entry.recording;
    visit.paymentId = recorded.paymentId;
    if (input.value().pack.visitPointAllowed) {
        visit.latitude = place.value().latitude;
        visit.longitude = place.value().longitude;
    }
    if (auto done = writer.write(visit); !done)
        return done.error();
    if (auto done = writeOutcomeRecords(db, deviceId, contact, facts.value(), recorded.outcome); !done)
        return done.error();

    QJsonObject detail{{QStringLiteral("visit_id"), recorded.visitId.toString()},
                       {QStringLiteral("type"), codeOf(entry.type)},
                       {QStringLiteral("met"), codeOf(entry.met)},
                       {QStringLiteral("staff"), staff},
                       {QStringLiteral("recording"), codeOf(entry.recording)},
                       {QStringLiteral("outcome"), codeOf(contact.outcome)}};
    if (entry.payment) {
        detail.insert(QStringLiteral("receipt"), recorded.receiptNumber);
        detail.insert(QStringLiteral("amount"), entry.payment->amount.toDecimalString());
        detail.insert(QStringLiteral("currency"), entry.payment->amount.currency().code);
    }
    if (recorded.gate.verdict == GateVerdict::Blocked)
        detail.insert(QStringLiteral("override_rule"), recorded.gate.ruleId);
    if (auto done = appendAudit(db, deviceId, contact.atMs,
                                {contact.actor, QStringLiteral("visit_recorded"), QStringLiteral("account"),
                                 contact.accountId.toString(), detail});
        !done)
        return done.error();
    if (auto done = tx.value().commit(); !done)
        return done.error();
    return recorded;
}

} // namespace collector
