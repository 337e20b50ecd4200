// The collection records as they are stored: who owes what to whom, how to reach them, and every event
// that happened. Plain values; the store writes and reads them, the rules read them.
#pragma once

#include "domain/id.h"
#include "domain/kinds.h"
#include "domain/ledger.h"
#include "domain/money.h"

#include <QDate>
#include <QString>
#include <optional>

namespace collector {

struct Team
{
    Id id;
    QString name;
};

struct User
{
    Id id;
    Id teamId;
    QString login;
    QString displayName;
    UserRole role = UserRole::Collector;
};

struct Creditor
{
    Id id;
    QString code;
    QString name;
    AllocationOrder allocationOrder;
    int promiseGraceDays = 3;
};

struct Placement
{
    Id id;
    Id creditorId;
    QString reference;
    qint64 placedAtMs = 0;
    QString sourceName;
    QByteArray sourceSha256;
};

struct Debtor
{
    Id id;
    QString fullName;
    QString nationalId; // stored; shown masked unless revealed
    QDate birthDate;
    QString language; // "zh_CN", "en"
    QString timeZone; // IANA, "Asia/Shanghai"
};

struct Account
{
    Id id;
    Id creditorId;
    Id placementId;
    QString creditorReference;
    QString product;
    Currency currency;
    qint64 originalPrincipalMinor = 0;
    QDate openedOn;
    Stage stage = Stage::Early;
    AccountStatus status = AccountStatus::Active;
    Id assignedCollectorId;
    Id teamId;
};

struct AccountDueRecord
{
    Id accountId;
    QDate dueOn;
    qint64 amountMinor = 0;
};

struct AccountParty
{
    Id accountId;
    Id debtorId;
    PartyRole role = PartyRole::Debtor;
};

struct ContactPoint
{
    Id id;
    Id debtorId;
    ContactKind kind = ContactKind::Phone;
    QString value; // E.164 for phones
    std::optional<PhoneType> phoneType;
    QString region;
    QString timeZone;
    ContactSource source = ContactSource::Placement;
    bool verified = false;
    bool consent = false;
    bool doNotContact = false;
    qint64 createdAtMs = 0;
    // Addresses: where they are, for routing visits (district when known; a point when geocoded).
    QString district;
    std::optional<double> latitude;
    std::optional<double> longitude;
};

struct LedgerRecord
{
    Id accountId;
    LedgerEntry entry;
    QString channel;
    QString externalReference; // the lender's payment or transaction reference: makes re-imports idempotent
    QString source;            // "placement", "import", "workstation", "field", "demo"
    Id recordedBy;
};

struct ContactAttempt
{
    Id id;
    Id accountId;
    Id debtorId;
    Id contactPointId;
    Channel channel = Channel::Call;
    Direction direction = Direction::Outbound;
    qint64 atMs = 0;
    Outcome outcome = Outcome::NoAnswer;
    bool rightParty = false;
    int durationSeconds = 0;
    std::optional<Reaction> reaction;
    QString note;
    Id collectorId;
};

struct PromiseRecord
{
    Id id;
    Id accountId;
    Id debtorId;
    Money amount;
    QDate madeOn;
    QDate dueOn;
    int graceDays = 0;
    qint64 createdAtMs = 0;
    Id collectorId;
    Id planId;
    int instalmentNo = 0;
};

struct PlanRecord
{
    Id id;
    Id accountId;
    PlanMethod method = PlanMethod::EqualInstalment;
    Currency currency;
    qint64 principalMinor = 0;
    qint64 totalMinor = 0;
    int instalmentCount = 0;
    qint64 createdAtMs = 0;
    Id collectorId;
    QString termsJson;
};

struct PlanInstalment
{
    Id planId;
    int n = 0;
    QDate dueOn;
    qint64 amountMinor = 0;
    qint64 principalMinor = 0;
    qint64 interestMinor = 0;
    qint64 feeMinor = 0;
};

struct Visit
{
    Id id;
    Id accountId;
    Id debtorId;
    qint64 atMs = 0;
    VisitType type = VisitType::FriendlyReminder;
    VisitMet met = VisitMet::Nobody;
    Id companionId;
    Outcome outcome = Outcome::NoAnswer;
    std::optional<Reaction> reaction;
    QString district;
    QString note;
    Id collectorId;
    VisitRecording recording = VisitRecording::None;
    Id paymentId; // the payment taken at the door (its receipt number is the payment's external reference)
    std::optional<double> latitude; // only where the pack allows a visit's point to be kept
    std::optional<double> longitude;
};

struct Note
{
    Id id;
    Id accountId;
    qint64 atMs = 0;
    Id authorId;
    QString body;
};

struct StopEvent
{
    Id id;
    Id debtorId;
    Id accountId; // null: applies to every account of the debtor
    StopKind kind = StopKind::Dispute;
    qint64 atMs = 0;
    QDate startsOn;
    QDate endsOn; // invalid: until cleared
    Id clearsId;  // for kind Cleared: the stop event it lifts
    Id recordedBy;
    QString note;
};

} // namespace collector
