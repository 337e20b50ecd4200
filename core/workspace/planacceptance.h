// Accepting a repayment plan on an account: the creditor's guardrails are checked again here (whatever the
// screen showed), the plan and its instalments are written, each instalment becomes a promise (so the promise
// rules judge it kept or broken like any other), and the acceptance is audited, all in one transaction.
#pragma once

#include "common/result.h"
#include "domain/id.h"
#include "plan/affordability.h"
#include "plan/schedule.h"
#include "users/users.h"

#include <QJsonObject>
#include <optional>

namespace collector {

class Database;

// Guardrails when the creditor sets none: a plan of at most three years, instalments of at least 50 in the
// account's currency, discounts up to 10 % (collector), 30 % (lead), 50 % (admin).
Guardrails defaultGuardrails();

// {"min_instalment": "50.00", "max_term": 36, "max_discount_percent": {"collector": 10, "lead": 30,
//  "admin": 50}}; missing keys keep the defaults.
Result<Guardrails> parseGuardrails(const QJsonObject& json, const Currency& currency);

// The guardrails of the account's creditor.
Result<Guardrails> guardrailsForAccount(Database& db, const Id& accountId);

struct PlanAcceptance
{
    Id accountId;
    PlanTerms terms;
    qint64 balanceOwedMinor = 0; // what the ledger says is owed now
    std::optional<Affordability> affordability;
    UserRecord by;
    qint64 atMs = 0;
};

// Writes the plan; returns its id. Refused, naming the rule, when a guardrail fails or the account has a plan
// with instalments still to come.
Result<Id> acceptPlan(Database& db, const QString& deviceId, const PlanAcceptance& acceptance);

// The terms as stored with the plan (the CLI's request field names).
QJsonObject termsJson(const PlanTerms& terms);

} // namespace collector
