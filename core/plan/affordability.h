// Whether a debtor can keep a plan, and whether the creditor allows it. The budget (monthly income and
// expenditure by category) gives the disposable income and the highest instalment it sustains at the plan's
// frequency; the creditor's guardrails are checked with the rule named when one fails, so a collector sees
// which rule and can ask a lead where the rule allows it.
#pragma once

#include "domain/kinds.h"
#include "plan/schedule.h"

#include <QString>
#include <optional>
#include <vector>

namespace collector {

struct BudgetLine
{
    QString category; // "salary", "rent", "food", "transport", "childcare", "debt_repayments" ...
    qint64 monthlyMinor = 0;
};

struct Budget
{
    std::vector<BudgetLine> income;
    std::vector<BudgetLine> expenditure;
};

struct Affordability
{
    qint64 incomeMinor = 0;
    qint64 expenditureMinor = 0;
    qint64 disposableMinor = 0;    // monthly; never below zero
    qint64 maxInstalmentMinor = 0; // at the plan's frequency
};

// `shareOfDisposablePercent`: how much of the disposable income a plan may take (100 = all of it).
Result<Affordability> assessAffordability(const Budget& budget, Frequency frequency, int everyNDays,
                                          int shareOfDisposablePercent = 100);

struct Guardrails
{
    qint64 minInstalmentMinor = 0;
    int maxTermInstalments = 0; // 0: no limit
    int maxDiscountPercentCollector = 0;
    int maxDiscountPercentLead = 0;
    int maxDiscountPercentAdmin = 0;
};

struct RuleFailure
{
    QString rule;    // "minimum_instalment", "maximum_term", "maximum_discount", "affordability"
    QString field;   // the request field to change
    QString message; // what the rule says, with the numbers
};

struct PlanOffer
{
    const PlanTerms* terms = nullptr;
    const Schedule* schedule = nullptr;
    qint64 balanceOwedMinor = 0;                 // what the ledger says is owed
    std::optional<qint64> settlementAmountMinor; // for a settlement: the discounted amount accepted
    UserRole offeredBy = UserRole::Collector;
};

// Every failed rule; empty when the offer may be made.
std::vector<RuleFailure> checkOffer(const PlanOffer& offer, const Guardrails& rails,
                                    const std::optional<Affordability>& affordability);

} // namespace collector
