// What the account workspace shows, read from the store in one go: the account and its balance from the
// ledger, the debtor (personal data in full: the screen masks it), contact points with their flags, and the
// stop events in force. Typed, so the screen never touches SQL.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "domain/kinds.h"
#include "domain/ledger.h"
#include "domain/money.h"
#include "domain/promises.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace collector {

class Database;

struct ContactPointView
{
    Id id;
    ContactKind kind = ContactKind::Phone;
    QString value;
    std::optional<PhoneType> phoneType;
    QString holder; // "debtor", "family", "colleague", "reference", "other"
    bool consent = false;
    bool doNotContact = false;
    bool verified = false;
};

// A promise with what the payments since made of it (plan instalments included).
struct PromiseView
{
    Id id;
    qint64 amountMinor = 0;
    QDate madeOn;
    QDate dueOn;
    int graceDays = 0;
    Id planId; // nil for a promise made in a call
    int instalmentNo = 0;
    PromiseStatus status = PromiseStatus::Pending;
    qint64 paidMinor = 0;
};

struct AccountView
{
    Id accountId;
    QString reference;
    QString creditorName;
    QString product;
    Currency currency;
    Stage stage = Stage::Early;
    AccountStatus status = AccountStatus::Active;
    qint64 originalPrincipalMinor = 0;
    LedgerPosition position;
    int daysPastDue = 0;
    QDate nextDue; // the next scheduled due date on or after the view's date, if the lender sent one

    Id debtorId;
    QString debtorName;
    QString nationalId;
    QDate birthDate;
    QString timeZone;
    QString language;

    std::vector<ContactPointView> contactPoints;
    std::vector<StopKind> stopsInForce;
    std::vector<PromiseView> promises; // by due date
};

// Whose work an account is: what the access check needs, without loading the whole view.
struct AccountAssignment
{
    Id collectorId; // nil when unassigned
    Id teamId;
};
Result<AccountAssignment> loadAssignment(Database& db, const Id& accountId);

// The account with this creditor reference (exact match), if any.
Result<std::optional<Id>> findAccountByReference(Database& db, const QString& reference);

Result<AccountView> loadAccountView(Database& db, const Id& accountId, const QDate& asOf);

} // namespace collector
